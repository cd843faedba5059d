//! Evaluation against labelled data.

pub mod corpus;
pub mod quotes;
