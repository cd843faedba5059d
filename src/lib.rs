//! quotecheck: checks a summary against its source article.
//!
//! The data flow runs one way: text → [`text::Document`] → attributions (quotes, reported
//! speech) → speakers → claims → alignment → checks → report.

pub mod lexicon;
pub mod parse;
pub mod text;
