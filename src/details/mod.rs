//! The details a claim can get wrong, read off a text's words: numbers, dates, names, negation
//! and hedges.

pub mod dates;
pub mod names;
pub mod numbers;
pub mod polarity;

/// True when the text between two words breaks a clause (comma, semicolon, colon, dash, bracket).
pub fn clause_break(between: &str) -> bool {
    between.contains([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']) || between.contains(" - ")
}
