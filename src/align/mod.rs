//! Alignment of summary claims to source evidence: the word view of both texts, the inverted
//! index over source sentences, and quotation matching.

pub mod index;
pub mod quotes;
pub mod words;

pub use index::{Evidence, Scored, SourceIndex, Term};
pub use quotes::{find_quote, find_quote_exact_all, render_diff, DiffOp, QuoteMatch, QuoteWords, WordPositions};
pub use words::{TextWords, Word};
