//! The word view of a text used for matching: every word and number, folded and stemmed, with
//! its span and sentence. Hyphenated words count as their parts ("36-hour" is "36" and "hour").

use crate::lexicon::Lexicon;
use crate::text::{fold_compact, stem, Document, Span, TokenKind};
use compact_str::CompactString;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// One word of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Where it is in the original text.
    pub span: Span,
    /// Folded, without a possessive ending.
    pub folded: CompactString,
    /// The Snowball stem of `folded` (numbers keep their text).
    pub stem: CompactString,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// First word of its sentence.
    pub initial: bool,
    /// Carries content (not a stopword, negation or fragment).
    pub content: bool,
    /// Index of its sentence in the document.
    pub sentence: usize,
}

/// Every word of a document, with each sentence's range of words.
#[derive(Debug, Clone, Default)]
pub struct TextWords {
    /// The words in order.
    pub words: Vec<Word>,
    /// For each sentence, its words.
    pub sentences: Vec<Range<usize>>,
}

fn strip_possessive(f: &str) -> &str {
    f.strip_suffix("'s").or_else(|| f.strip_suffix('\'')).unwrap_or(f)
}

/// The stem of a folded word (numbers keep their text) and whether it carries content.
fn stem_and_content(folded: &str, lex: &Lexicon) -> (CompactString, bool) {
    let is_number = folded.starts_with(|c: char| c.is_ascii_digit());
    let content = is_number
        || (folded.chars().count() >= 2
            && !lex.stopwords.contains(folded)
            && lex.negation_len(&[folded]) == 0
            && folded.chars().any(char::is_alphabetic));
    (if is_number { folded.into() } else { stem(folded) }, content)
}

impl TextWords {
    /// Builds the word view of `doc`.
    pub fn new(doc: &Document, lex: &Lexicon) -> Self {
        let text = doc.text();
        let mut words = Vec::with_capacity(doc.tokens.len());
        let mut sentences = Vec::with_capacity(doc.sentences.len());
        // Words repeat: look each distinct word up once.
        let mut stems: FxHashMap<CompactString, (CompactString, bool)> =
            FxHashMap::with_capacity_and_hasher(doc.tokens.len() / 2, Default::default());
        for (si, s) in doc.sentences.iter().enumerate() {
            let first = words.len();
            for t in &doc.tokens[s.tokens.clone()] {
                if t.kind == TokenKind::Punct {
                    continue;
                }
                let raw = t.span.slice(text);
                let mut start = 0;
                let ends = raw.char_indices().filter(|&(_, c)| matches!(c, '-' | '\u{2010}' | '\u{2011}'));
                for (i, c) in ends.chain(std::iter::once((raw.len(), ' '))) {
                    let (span, part) = (Span::new(t.span.start + start, t.span.start + i), &raw[start..i]);
                    start = i + c.len_utf8();
                    if part.is_empty() {
                        continue;
                    }
                    let mut folded = fold_compact(part);
                    folded.truncate(strip_possessive(&folded).len());
                    let (stem, content) = match stems.get(&folded) {
                        Some(known) => known.clone(),
                        None => {
                            let found = stem_and_content(&folded, lex);
                            stems.insert(folded.clone(), found.clone());
                            found
                        }
                    };
                    let cap = part.chars().next().is_some_and(char::is_uppercase);
                    words.push(Word { span, folded, stem, cap, initial: words.len() == first, content, sentence: si });
                }
            }
            sentences.push(first..words.len());
        }
        TextWords { words, sentences }
    }

    /// The words whose spans lie inside `span`.
    pub fn within(&self, span: Span) -> Range<usize> {
        let a = self.words.partition_point(|w| w.span.start < span.start);
        let b = self.words.partition_point(|w| w.span.end <= span.end);
        a..b.max(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_stem_and_split_hyphens() {
        let d = Document::new("Azerbaijan’s 36-hour talks were held.");
        let tw = TextWords::new(&d, Lexicon::builtin());
        let f: Vec<&str> = tw.words.iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(f, ["azerbaijan", "36", "hour", "talks", "were", "held"]);
        assert_eq!(tw.words[1].span.slice(d.text()), "36");
        assert_eq!(tw.words[2].span.slice(d.text()), "hour");
        assert!(!tw.words[4].content, "auxiliary is a stopword");
        assert_eq!(tw.words[3].stem, "talk");
        assert_eq!(tw.within(Span::new(0, 22)), 0..3);
    }
}
