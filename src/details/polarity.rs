//! Negation and hedges around words.
//!
//! A negation cue (grammar/negations.txt, or any word ending in n't) governs the next three
//! content words of its clause: "did not attend the signing ceremony" negates attend, signing,
//! ceremony. A hedge (grammar/hedges.txt) qualifies the content words that follow it in its clause.

use super::clause_break;
use crate::align::Word;
use crate::lexicon::Lexicon;
use std::ops::Range;

/// Content words governed by one cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The cue's words.
    pub cue: Range<usize>,
    /// The governed content words (indices into the same slice).
    pub governed: Vec<usize>,
}

/// How many content words a negation governs.
const NEGATION_REACH: usize = 3;
/// How many content words a hedge qualifies.
const HEDGE_REACH: usize = 6;

/// Words that open a new clause with its own subject ("not connected to the deal they signed"):
/// a cue's reach stops there.
const CLAUSE_OPENERS: &[&str] = &["who", "which", "that", "whose", "they", "he", "she", "we", "i", "you"];

fn scope(text: &str, words: &[Word], cue: Range<usize>, reach: usize) -> Scope {
    let mut governed = Vec::new();
    let mut k = cue.end;
    while k < words.len() && governed.len() < reach {
        if words[k].sentence != words[cue.start].sentence
            || clause_break(&text[words[k - 1].span.end.min(words[k].span.start)..words[k].span.start])
        {
            break;
        }
        if k > cue.end && CLAUSE_OPENERS.contains(&words[k].folded.as_str()) {
            break;
        }
        if words[k].content {
            governed.push(k);
        }
        k += 1;
    }
    Scope { cue, governed }
}

/// The negation scopes among `words` (from `text`).
pub fn negations(text: &str, words: &[Word], lex: &Lexicon) -> Vec<Scope> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let ahead = &words[i..(i + 3).min(words.len())];
        let mut window = [""; 3];
        for (slot, w) in window.iter_mut().zip(ahead) {
            *slot = w.folded.as_str();
        }
        let n = lex.negation_len(&window[..ahead.len()]);
        // "No 8", "No. 10": a number, not a negation.
        let numbered =
            window[0] == "no" && words.get(i + 1).is_some_and(|w| w.folded.starts_with(|c: char| c.is_ascii_digit()));
        if n > 0 && !numbered {
            out.push(scope(text, words, i..i + n, NEGATION_REACH));
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

/// The hedge scopes among `words` (from `text`). A capitalised "May" is a month.
pub fn hedges(text: &str, words: &[Word], lex: &Lexicon) -> Vec<Scope> {
    (0..words.len())
        .filter(|&i| lex.is_hedge(&words[i].folded) && !(words[i].cap && words[i].folded == "may"))
        .map(|i| scope(text, words, i..i + 1, HEDGE_REACH))
        .collect()
}

/// True when word `k` is governed by one of `scopes`.
pub fn governed(scopes: &[Scope], k: usize) -> bool {
    scopes.iter().any(|s| s.governed.contains(&k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::TextWords;
    use crate::text::Document;

    #[test]
    fn negation_governs_the_next_content_words_of_its_clause() {
        let lex = Lexicon::builtin();
        let d = Document::new("They did not attend the signing ceremony, but went home. He failed to get re-elected.");
        let w = TextWords::new(&d, lex);
        let scopes = negations(d.text(), &w.words, lex);
        let governed: Vec<Vec<&str>> =
            scopes.iter().map(|s| s.governed.iter().map(|&k| w.words[k].folded.as_str()).collect()).collect();
        assert_eq!(governed, [vec!["attend", "signing", "ceremony"], vec!["elected"]]);
    }

    #[test]
    fn tokenised_negations_and_numbered_no() {
        let lex = Lexicon::builtin();
        for text in [
            "That does n't prevent one man.",
            "That doesn ’ t prevent one man.",
            "That does n ’ t prevent one man.",
            "They don't prevent one man.",
        ] {
            let d = Document::new(text);
            let w = TextWords::new(&d, lex);
            let scopes = negations(d.text(), &w.words, lex);
            assert_eq!(scopes.len(), 1, "{text}");
            assert_eq!(w.words[scopes[0].governed[0]].folded, "prevent", "{text}");
        }
        let d = Document::new("The Wasps No 8 was suspended. It is not the deal they signed.");
        let w = TextWords::new(&d, lex);
        let scopes = negations(d.text(), &w.words, lex);
        assert_eq!(scopes.len(), 1);
        let governed: Vec<&str> = scopes[0].governed.iter().map(|&k| w.words[k].folded.as_str()).collect();
        assert_eq!(governed, ["deal"]);
    }

    #[test]
    fn hedges_but_not_the_month() {
        let lex = Lexicon::builtin();
        let d = Document::new("Crops may have higher yields. In May the crops grew.");
        let w = TextWords::new(&d, lex);
        assert_eq!(hedges(d.text(), &w.words, lex).len(), 1);
    }
}
