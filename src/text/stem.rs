//! Stemming for matching words across texts (Snowball English, via rust-stemmers).

use compact_str::CompactString;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Words whose stems a thread remembers; past that the memory starts afresh.
const MEMO_WORDS: usize = 100_000;

/// The Snowball English stem of a folded word ("emphasizing" → "emphas"). Stems are memoised
/// per thread: news vocabulary repeats from text to text.
pub fn stem(folded: &str) -> CompactString {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    thread_local! {
        static MEMO: RefCell<FxHashMap<CompactString, CompactString>> = RefCell::default();
    }
    MEMO.with_borrow_mut(|memo| {
        if let Some(s) = memo.get(folded) {
            return s.clone();
        }
        if memo.len() >= MEMO_WORDS {
            memo.clear();
        }
        let s = CompactString::from(STEMMER.get_or_init(|| Stemmer::create(Algorithm::English)).stem(folded));
        memo.insert(folded.into(), s.clone());
        s
    })
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
