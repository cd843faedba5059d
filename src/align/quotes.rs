//! Finding a summary's quotation in the source, word by word.
//!
//! A quotation is split into segments at the places where a faithful quotation may leave the
//! source's words: an ellipsis (words omitted, up to a paragraph's worth) and a bracketed
//! insertion (`[Azerbaijan]`, or `(Azerbaijan)` in wire copy) that stands for a few source words.
//! Case, quote-mark style, punctuation and diacritics never matter: words are compared folded.
//!
//! The exact match finds every segment in order. Failing that, the fuzzy match lets the
//! quotation's content words vote for an alignment offset and diffs the quotation against the
//! source window there (longest common subsequence of words), giving a similarity and a diff.

use super::words::{TextWords, Word};
use crate::text::Span;
use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Source words an ellipsis may stand for.
const ELLIPSIS_GAP: usize = 150;
/// Source words a bracketed insertion may stand for.
const BRACKET_GAP: usize = 8;
/// Longest list of positions a word may vote with (very common words add nothing).
const MAX_VOTES_PER_WORD: usize = 64;

/// How the words of a quotation's segment connect to the previous segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    None,
    Ellipsis,
    Bracket,
}

/// A quotation prepared for matching.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteWords {
    segments: Vec<(Gap, Vec<String>)>,
}

impl QuoteWords {
    /// Splits the words of `span` in `text` (with `words` its word view) into segments.
    pub fn new(text: &str, words: &TextWords, span: Span) -> Self {
        let range = words.within(span);
        let mut segments: Vec<(Gap, Vec<String>)> = Vec::new();
        let mut depth = 0usize;
        let mut pending = Gap::None;
        let mut prev_end = span.start;
        for w in &words.words[range] {
            let between = &text[prev_end.min(w.span.start)..w.span.start];
            if between.contains('…') || between.contains("...") || between.contains(". . .") {
                pending = Gap::Ellipsis;
            }
            for c in between.chars() {
                match c {
                    '[' | '(' => {
                        depth += 1;
                        if pending == Gap::None {
                            pending = Gap::Bracket;
                        }
                    }
                    ']' | ')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            prev_end = w.span.end;
            if depth > 0 {
                continue;
            }
            if pending != Gap::None || segments.is_empty() {
                segments.push((pending, Vec::new()));
                pending = Gap::None;
            }
            if let Some(last) = segments.last_mut() {
                last.1.push(w.folded.to_string());
            }
        }
        segments.retain(|(_, s)| !s.is_empty());
        QuoteWords { segments }
    }

    /// Number of words (outside brackets).
    pub fn len(&self) -> usize {
        self.segments.iter().map(|(_, s)| s.len()).sum()
    }

    /// True when no word is left.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn flat(&self) -> Vec<&str> {
        self.segments.iter().flat_map(|(_, s)| s.iter().map(String::as_str)).collect()
    }
}

/// One step of a word diff from the source's words to the summary's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffOp {
    /// The same word on both sides.
    Same(String),
    /// A source word the summary leaves out.
    Removed(String),
    /// A summary word the source does not have.
    Added(String),
}

/// Where a quotation was found in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteMatch {
    /// The matched source text.
    pub span: Span,
    /// Source words matched.
    pub words: Range<usize>,
    /// True when every word matched in order (with legitimate omissions and insertions only).
    pub exact: bool,
    /// Word similarity (1 for an exact match).
    pub similarity: f64,
    /// The word diff (empty for an exact match).
    pub diff: Vec<DiffOp>,
}

/// Where each word of the source occurs (word indices), keyed by its folded form (for
/// quotations) or by its stem (for copied runs).
#[derive(Debug, Default)]
pub struct WordPositions {
    positions: HashMap<CompactString, Vec<u32>>,
}

impl WordPositions {
    /// Indexes the positions of every word by its folded form.
    pub fn new(words: &TextWords) -> Self {
        Self::keyed(words, |w| &w.folded)
    }

    /// Indexes the positions of every word by its stem.
    pub fn by_stem(words: &TextWords) -> Self {
        Self::keyed(words, |w| &w.stem)
    }

    fn keyed(words: &TextWords, key: impl Fn(&Word) -> &CompactString) -> Self {
        let mut positions: HashMap<CompactString, Vec<u32>> =
            HashMap::with_capacity_and_hasher(words.words.len() / 2, Default::default());
        for (i, w) in words.words.iter().enumerate() {
            match positions.get_mut(key(w).as_str()) {
                Some(list) => list.push(i as u32),
                None => {
                    positions.insert(key(w).clone(), vec![i as u32]);
                }
            }
        }
        WordPositions { positions }
    }

    /// The positions of the words with this key.
    pub(crate) fn of(&self, word: &str) -> &[u32] {
        self.positions.get(word).map_or(&[], Vec::as_slice)
    }
}

fn segment_at(source: &[Word], at: usize, seg: &[String]) -> bool {
    at + seg.len() <= source.len() && seg.iter().zip(&source[at..]).all(|(a, b)| *a == b.folded)
}

/// Finds a quotation in the source: exactly if it can, else approximately.
pub fn find_quote(source: &TextWords, positions: &WordPositions, quote: &QuoteWords) -> Option<QuoteMatch> {
    find_quote_exact_all(source, positions, quote).next().or_else(|| fuzzy(source, positions, quote))
}

/// Every exact occurrence of a quotation in the source, in source order (the first is the one
/// [`find_quote`] returns).
pub fn find_quote_exact_all<'a>(
    source: &'a TextWords,
    positions: &'a WordPositions,
    quote: &'a QuoteWords,
) -> impl Iterator<Item = QuoteMatch> + 'a {
    let sw = &source.words;
    let first: &[String] = quote.segments.first().map_or(&[], |(_, f)| f.as_slice());
    let starts: &[u32] = first.first().map_or(&[], |w| positions.of(w));
    starts.iter().filter_map(move |&p| exact_at(sw, p as usize, quote))
}

/// The exact occurrence of `quote` starting at source word `p`, if there is one.
fn exact_at(sw: &[Word], p: usize, quote: &QuoteWords) -> Option<QuoteMatch> {
    let (_, first) = quote.segments.first()?;
    if !segment_at(sw, p, first) {
        return None;
    }
    let mut cursor = p + first.len();
    for (gap, seg) in &quote.segments[1..] {
        let max_gap = if *gap == Gap::Ellipsis { ELLIPSIS_GAP } else { BRACKET_GAP };
        let q = (cursor..=(cursor + max_gap).min(sw.len())).find(|&q| segment_at(sw, q, seg))?;
        cursor = q + seg.len();
    }
    let span = sw[p].span.cover(&sw[cursor - 1].span);
    Some(QuoteMatch { span, words: p..cursor, exact: true, similarity: 1.0, diff: Vec::new() })
}

fn fuzzy(source: &TextWords, positions: &WordPositions, quote: &QuoteWords) -> Option<QuoteMatch> {
    let sw = &source.words;
    let words = quote.flat();
    if words.len() < 2 {
        return None;
    }
    let mut votes: HashMap<i64, u32> = HashMap::default();
    for (i, w) in words.iter().enumerate() {
        let list = positions.of(w);
        if list.len() > MAX_VOTES_PER_WORD {
            continue;
        }
        for &p in list {
            *votes.entry(p as i64 - i as i64).or_default() += 1;
        }
    }
    // Neighbouring offsets (a word added or dropped) vote together.
    let best = votes
        .iter()
        .map(|(&o, &v)| (o, v + votes.get(&(o - 1)).unwrap_or(&0) + votes.get(&(o + 1)).unwrap_or(&0)))
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?;
    if best.1 < 2 {
        return None;
    }
    let lo = (best.0 - 4).clamp(0, sw.len() as i64) as usize;
    let hi = (best.0 + words.len() as i64 + 8).clamp(0, sw.len() as i64) as usize;
    let window: Vec<&str> = sw[lo..hi].iter().map(|w| w.folded.as_str()).collect();
    let (diff, first, last) = lcs_diff(&window, &words)?;
    let matched = diff.iter().filter(|d| matches!(d, DiffOp::Same(_))).count();
    let span_len = last - first + 1;
    let similarity = 2.0 * matched as f64 / (words.len() + span_len) as f64;
    let span = sw[lo + first].span.cover(&sw[lo + last].span);
    Some(QuoteMatch { span, words: lo + first..lo + last + 1, exact: false, similarity, diff })
}

/// Word diff of `b` (summary) against `a` (source window), trimmed to the matched part of `a`.
/// Returns the diff and the first and last matched positions in `a`.
fn lcs_diff(a: &[&str], b: &[&str]) -> Option<(Vec<DiffOp>, usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[at(i, j)] = if a[i] == b[j] { t[at(i + 1, j + 1)] + 1 } else { t[at(i + 1, j)].max(t[at(i, j + 1)]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::new();
    let (mut first, mut last) = (None, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            first.get_or_insert(i);
            last = i;
            ops.push((i, DiffOp::Same(a[i].to_string())));
            i += 1;
            j += 1;
        } else if i < n && (j == m || t[at(i + 1, j)] >= t[at(i, j + 1)]) {
            ops.push((i, DiffOp::Removed(a[i].to_string())));
            i += 1;
        } else {
            ops.push((i, DiffOp::Added(b[j].to_string())));
            j += 1;
        }
    }
    let first = first?;
    // Source words outside the matched stretch are not part of the quotation.
    let diff = ops
        .into_iter()
        .filter(|(i, op)| !matches!(op, DiffOp::Removed(_)) || (*i >= first && *i <= last))
        .map(|(_, op)| op)
        .collect();
    Some((diff, first, last))
}

/// Renders a diff as `the [-whole-] {+entire+} mission`.
pub fn render_diff(diff: &[DiffOp]) -> String {
    let mut out = Vec::new();
    for op in diff {
        out.push(match op {
            DiffOp::Same(w) => w.clone(),
            DiffOp::Removed(w) => format!("[-{w}-]"),
            DiffOp::Added(w) => format!("{{+{w}+}}"),
        });
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::text::Document;

    fn find(source: &str, quote: &str) -> Option<QuoteMatch> {
        let lex = Lexicon::builtin();
        let sd = Document::new(source);
        let sw = TextWords::new(&sd, lex);
        let qd = Document::new(quote);
        let qw = TextWords::new(&qd, lex);
        let q = QuoteWords::new(qd.text(), &qw, Span::new(0, quote.len()));
        let found = find_quote(&sw, &WordPositions::new(&sw), &q)?;
        Some(found)
    }

    const SOURCE: &str = "He said: “We do not wish to involve Azerbaijan in military activities which would cause \
                          loss of life.” The whole mission will be demonstrated in anticipation of future lifts.";

    #[test]
    fn legitimate_edits_match_exactly() {
        for q in [
            "we do not wish to involve Azerbaijan in military activities",
            "We do not wish to involve [Baku] in military activities",
            "We do not wish … military activities which would cause loss of life",
            "Do not wish to involve Azerbaijan in military activities.",
        ] {
            let m = find(SOURCE, q).unwrap_or_else(|| panic!("{q}"));
            assert!(m.exact, "{q}: {m:?}");
        }
    }

    #[test]
    fn a_changed_word_is_a_fuzzy_match_with_a_diff() {
        let m = find(SOURCE, "The entire mission will be demonstrated in anticipation of future lifts").unwrap();
        assert!(!m.exact);
        assert!(m.similarity > 0.8 && m.similarity < 1.0, "{m:?}");
        assert_eq!(
            render_diff(&m.diff),
            "the [-whole-] {+entire+} mission will be demonstrated in anticipation of future lifts"
        );
    }

    #[test]
    fn unrelated_words_do_not_match() {
        assert!(
            find(SOURCE, "a proud day for everyone who has worked on this rocket").is_none_or(|m| m.similarity < 0.4)
        );
    }
}
