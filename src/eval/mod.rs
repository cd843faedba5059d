//! Evaluation against labelled data.

pub mod benchmark;
pub mod corpus;
pub mod quotes;
