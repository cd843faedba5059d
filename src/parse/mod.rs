//! The quote and attribution grammar: quote marks, speaker phrases, attribution frames and
//! reported speech.

pub mod attribution;
pub mod frames;
pub mod marks;
pub mod pairing;
pub mod phrases;
pub mod reported;
pub mod words;

pub use attribution::{attribute, Attribution, Attributions, Certainty, Link, QuoteKind};
pub use pairing::MarkWarning;
pub use phrases::{PhraseKind, SpeakerPhrase};
