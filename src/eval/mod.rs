//! Evaluation against labelled data.

pub mod quotes;
