//! quotecheck: checks a summary against its source article.
//!
//! The data flow runs one way: text → [`text::Document`] → attributions ([`parse`]: quotes,
//! reported speech) → [`speakers`] → claims → alignment → checks → report.

pub mod align;
pub mod analysis;
pub mod baseline;
pub mod batch;
pub mod checks;
pub mod claims;
pub mod config;
pub mod details;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod markdown;
pub mod parse;
pub mod report;
pub mod speakers;
pub mod text;

pub use analysis::Analysis;
