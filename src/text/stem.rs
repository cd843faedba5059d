//! Stemming for matching words across texts (Snowball English, via rust-stemmers).

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// The Snowball English stem of a folded word ("emphasizing" → "emphas").
pub fn stem(folded: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English)).stem(folded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        assert_eq!(stem("attended"), stem("attend"));
        assert_eq!(stem("yields"), stem("yield"));
        assert_ne!(stem("north"), stem("south"));
    }
}
