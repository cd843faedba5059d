//! Rendering results for people and tools; nothing here changes what was found.

pub mod quotes;
pub mod check;
