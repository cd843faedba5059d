//! The inverted index over source sentences and the search for a claim's evidence.
//!
//! Keys are stems of content words; capitalised words and words standing for a country also get a
//! name key (`@iran` for "Iran", "Iranian" and "Tehran"). A claim's terms are weighted by inverse
//! document frequency over source sentences; a sentence scores the weighted share of the claim's
//! terms it contains. The evidence is the best sentence plus up to two more chosen greedily for
//! the terms still uncovered, so content spread over two or three sentences is found. Names that
//! are not in the index are matched to indexed names by Jaro-Winkler similarity (strsim).

use super::words::{TextWords, Word};
use crate::lexicon::Lexicon;
use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;

/// Similarity at which two names count as the same spelling (Araqchi / Araghchi).
pub const NAME_SIMILARITY: f64 = 0.9;

/// A spelling key that makes common transliteration variants equal (Araghchi / Araqchi,
/// Khamenei / Hamenei, Aliyev / Aliev).
pub fn transliteration_key(name: &str) -> String {
    const RULES: [(&str, &str); 10] = [
        ("gh", "g"),
        ("q", "g"),
        ("kh", "h"),
        ("ph", "f"),
        ("ou", "u"),
        ("iy", "i"),
        ("y", "i"),
        ("w", "v"),
        ("dh", "d"),
        ("ck", "k"),
    ];
    let mut s = name.to_string();
    for (from, to) in RULES {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    s
}

/// Names whose spelling keys a thread remembers; past that the memory starts afresh.
const MEMO_NAMES: usize = 10_000;

thread_local! {
    static KEYS: RefCell<HashMap<String, String>> = RefCell::default();
}

/// Jaro-Winkler similarity of the transliteration keys of two names (keys memoised per thread).
fn key_similarity(a: &str, b: &str) -> f64 {
    KEYS.with_borrow_mut(|keys| {
        if keys.len() >= MEMO_NAMES {
            keys.clear();
        }
        for name in [a, b] {
            if !keys.contains_key(name) {
                keys.insert(name.to_string(), transliteration_key(name));
            }
        }
        strsim::jaro_winkler(&keys[a], &keys[b])
    })
}

/// True when two folded names are the same name in different spellings.
pub fn similar_names(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 5 && b.chars().count() >= 5 && key_similarity(a, b) >= NAME_SIMILARITY)
}

/// The name key of a capitalised word or a word standing for a country.
fn name_key(w: &Word, lex: &Lexicon) -> Option<String> {
    let place = lex.place(&w.folded);
    (w.cap || place.is_some()).then(|| format!("@{}", place.unwrap_or(&w.folded)))
}

/// Inverted index over the sentences of a source.
#[derive(Debug, Default)]
pub struct SourceIndex {
    postings: HashMap<CompactString, Vec<u32>>,
    names: Vec<String>,
    sentences: usize,
}

/// One evidence sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// Index of the source sentence.
    pub sentence: usize,
    /// Weighted share of the claim's terms it contains (0–1).
    pub score: f64,
}

/// The evidence for one claim.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    /// Up to three sentences, best first.
    pub sentences: Vec<Scored>,
    /// Weighted share of the claim's terms found in any of them (0–1).
    pub coverage: f64,
    /// The claim's distinct terms with their weights and whether the evidence has them.
    pub terms: Vec<Term>,
    /// Share of the claim's terms (unweighted) that occur anywhere in the source.
    pub presence: f64,
}

/// One distinct content term of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The stem.
    pub stem: String,
    /// Its weight (inverse document frequency in the source).
    pub weight: f64,
    /// The index keys it matches.
    pub keys: Vec<String>,
    /// Found in the evidence.
    pub found: bool,
}

impl Evidence {
    /// The best sentence, if any scored.
    pub fn best(&self) -> Option<Scored> {
        self.sentences.first().copied()
    }

    /// Number of the claim's terms the evidence contains.
    pub fn found_terms(&self) -> usize {
        self.terms.iter().filter(|t| t.found).count()
    }
}

impl SourceIndex {
    /// Indexes every sentence of the source's words.
    pub fn new(words: &TextWords, lex: &Lexicon) -> Self {
        let mut postings: HashMap<CompactString, Vec<u32>> =
            HashMap::with_capacity_and_hasher(words.words.len() / 2, Default::default());
        let mut post = |key: &str, sentence: u32| match postings.get_mut(key) {
            Some(list) if list.last() == Some(&sentence) => {}
            Some(list) => list.push(sentence),
            None => {
                postings.insert(key.into(), vec![sentence]);
            }
        };
        for w in words.words.iter().filter(|w| w.content) {
            post(&w.stem, w.sentence as u32);
            if let Some(name) = name_key(w, lex) {
                post(&name, w.sentence as u32);
            }
        }
        let names = postings.keys().filter(|k| k.starts_with('@')).map(|k| k.to_string()).collect();
        SourceIndex { postings, names, sentences: words.sentences.len() }
    }

    /// Adds a key to a sentence (a tokenised number read whole, say).
    pub fn add(&mut self, key: &str, sentence: usize) {
        let list = self.postings.entry(key.into()).or_default();
        if let Err(at) = list.binary_search(&(sentence as u32)) {
            list.insert(at, sentence as u32);
        }
    }

    /// Adds the abbreviations that tokenisation split into single letters ("U. S." for "U.S."),
    /// as one word ("u.s") and as the name it stands for, to their sentences.
    pub fn add_split_abbreviations(&mut self, text: &str, words: &TextWords, lex: &Lexicon) {
        let letter = |w: &Word| w.folded.chars().count() == 1 && w.folded.chars().all(char::is_alphabetic);
        let dotted = |w: &Word| text.get(w.span.end..).is_some_and(|rest| rest.starts_with('.'));
        let ws = &words.words;
        let mut i = 0;
        while i < ws.len() {
            let mut j = i;
            while j < ws.len() && letter(&ws[j]) && dotted(&ws[j]) {
                let next_joined = ws.get(j + 1).is_some_and(|n| {
                    text.get(ws[j].span.end..n.span.start).is_some_and(|gap| gap == "." || gap == ". ")
                });
                j += 1;
                if !next_joined {
                    break;
                }
            }
            if j - i >= 2 {
                let joined = ws[i..j].iter().map(|w| w.folded.as_str()).collect::<Vec<_>>().join(".");
                let sentence = ws[i].sentence;
                if let Some(place) = lex.place(&joined) {
                    self.add(&format!("@{place}"), sentence);
                }
                self.add(&joined, sentence);
            }
            i = j.max(i + 1);
        }
    }

    /// Inverse document frequency of a key (large for keys the source lacks).
    pub fn idf(&self, key: &str) -> f64 {
        let df = self.postings.get(key).map_or(0, Vec::len) as f64;
        ((self.sentences as f64 + 1.0) / (df + 0.5)).ln().max(0.1)
    }

    /// True when the source contains the key.
    pub fn contains(&self, key: &str) -> bool {
        self.postings.contains_key(key)
    }

    /// The sentences containing a key.
    pub fn postings(&self, key: &str) -> &[u32] {
        self.postings.get(key).map_or(&[], Vec::as_slice)
    }

    /// The indexed name most similar to `name` (a `@` key), if similar enough.
    pub fn similar_name(&self, name: &str) -> Option<&str> {
        if name.chars().count() < 5 {
            return None;
        }
        self.names
            .iter()
            .filter(|n| n.chars().count() >= 5)
            .map(|n| (n, key_similarity(n, name)))
            .filter(|(_, s)| *s >= NAME_SIMILARITY)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(n, _)| n.as_str())
    }

    /// The distinct terms of a claim's words, with their keys and weights.
    pub fn terms<'w>(&self, words: impl IntoIterator<Item = &'w Word>, lex: &Lexicon) -> Vec<Term> {
        let mut terms: Vec<Term> = Vec::new();
        for w in words.into_iter().filter(|w| w.content) {
            if terms.iter().any(|t| t.stem == w.stem) {
                continue;
            }
            let (stem, name) = (w.stem.to_string(), name_key(w, lex));
            let mut keys = vec![stem.clone()];
            if let Some(name) = name {
                if !self.contains(&stem) && !self.contains(&name) {
                    if let Some(similar) = self.similar_name(&name) {
                        keys.push(similar.to_string());
                    }
                }
                keys.push(name);
            }
            let weight = keys.iter().map(|k| self.idf(k)).fold(f64::INFINITY, f64::min);
            terms.push(Term { stem, weight, keys, found: false });
        }
        terms
    }

    /// The evidence for a claim's terms: up to three sentences and the coverage they give.
    pub fn evidence(&self, mut terms: Vec<Term>) -> Evidence {
        let total: f64 = terms.iter().map(|t| t.weight).sum();
        if total <= 0.0 {
            return Evidence { terms, ..Evidence::default() };
        }
        let mut chosen: Vec<Scored> = Vec::new();
        let mut covered = vec![false; terms.len()];
        // Each sentence's gain in a round, and the sentences that have one.
        let mut gain = vec![0.0; self.sentences];
        let mut has_gain = vec![false; self.sentences];
        let mut touched: Vec<u32> = Vec::new();
        // The last term (numbered across rounds) that counted each sentence.
        let mut counted_for = vec![usize::MAX; self.sentences];
        for round in 0..3 {
            for &s in &touched {
                gain[s as usize] = 0.0;
                has_gain[s as usize] = false;
            }
            touched.clear();
            for (i, t) in terms.iter().enumerate() {
                if covered[i] {
                    continue;
                }
                let term = round * terms.len() + i;
                for k in &t.keys {
                    for &s in self.postings(k) {
                        if counted_for[s as usize] != term {
                            counted_for[s as usize] = term;
                            if !has_gain[s as usize] {
                                has_gain[s as usize] = true;
                                touched.push(s);
                            }
                            gain[s as usize] += t.weight;
                        }
                    }
                }
            }
            let best = touched
                .iter()
                .map(|&s| (s, gain[s as usize]))
                .filter(|(s, _)| !chosen.iter().any(|c| c.sentence == *s as usize))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            let Some((sentence, g)) = best else { break };
            // Later sentences must add a real share of the claim.
            if round > 0 && g / total < 0.15 {
                break;
            }
            let sentence = sentence as usize;
            let mut own = 0.0;
            for (i, t) in terms.iter().enumerate() {
                if t.keys.iter().any(|k| self.postings(k).binary_search(&(sentence as u32)).is_ok()) {
                    covered[i] = true;
                    own += t.weight;
                }
            }
            chosen.push(Scored { sentence, score: own / total });
        }
        let mut coverage = 0.0;
        for (t, c) in terms.iter_mut().zip(&covered) {
            t.found = *c;
            if *c {
                coverage += t.weight;
            }
        }
        let present = terms.iter().filter(|t| t.keys.iter().any(|k| self.contains(k))).count();
        let presence = present as f64 / terms.len().max(1) as f64;
        Evidence { sentences: chosen, coverage: coverage / total, terms, presence }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn setup(source: &str) -> (SourceIndex, &'static Lexicon) {
        let lex = Lexicon::builtin();
        let d = Document::new(source);
        (SourceIndex::new(&TextWords::new(&d, lex), lex), lex)
    }

    fn claim_terms(index: &SourceIndex, lex: &Lexicon, claim: &str) -> Vec<Term> {
        let d = Document::new(claim);
        let w = TextWords::new(&d, lex);
        index.terms(&w.words, lex)
    }

    #[test]
    fn best_sentence_first_and_spread_content() {
        let (ix, lex) = setup("The weather was cold. Azerbaijan buys drones from Israel. Iran fears the drones.");
        let ev = ix.evidence(claim_terms(&ix, lex, "Azerbaijan buys Israeli drones, which Iranians fear."));
        assert_eq!(ev.best().unwrap().sentence, 1);
        assert_eq!(ev.sentences.len(), 2, "the Iranian fear comes from the third sentence");
        assert!(ev.coverage > 0.7, "{ev:?}");
    }

    #[test]
    fn unsupported_claim_has_low_coverage() {
        let (ix, lex) = setup("The weather was cold. Azerbaijan buys drones from Israel.");
        let ev = ix.evidence(claim_terms(&ix, lex, "Peace talks in Geneva collapsed over sanctions."));
        assert!(ev.coverage < 0.2, "{ev:?}");
    }

    #[test]
    fn abbreviations_split_by_tokenisation_are_found() {
        let lex = Lexicon::builtin();
        let d = Document::new("They drove through five u. S. States - new york and ohio. A. B. was there.");
        let mut ix = SourceIndex::new(&TextWords::new(&d, lex), lex);
        ix.add_split_abbreviations(d.text(), &TextWords::new(&d, lex), lex);
        assert!(ix.contains("u.s"));
        assert!(ix.contains("a.b"));
        assert!(!ix.contains("s.a"), "the letters of two abbreviations are not joined");
    }

    #[test]
    fn transliterated_names_match() {
        let (ix, lex) = setup("Foreign Minister Abbas Araqchi spoke.");
        let ev = ix.evidence(claim_terms(&ix, lex, "Araghchi spoke."));
        assert!(ev.terms.iter().all(|t| t.found), "{ev:?}");
    }
}
