//! Evaluation against labelled data.

pub mod quotes;
pub mod corpus;
