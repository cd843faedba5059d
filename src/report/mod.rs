//! Rendering results for people and tools; nothing here changes what was found.

pub mod check;
pub mod quotes;
