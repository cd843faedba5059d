//! The quote and attribution grammar: quote marks, speaker phrases, attribution frames and
//! reported speech.

pub mod marks;
pub mod pairing;
pub mod phrases;
pub mod words;
