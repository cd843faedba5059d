//! Claims: the prose sentences of a summary (title, bullets, story paragraphs; not datelines,
//! labels or bylines), each with the quotations and reported statements inside it.

use crate::align::TextWords;
use crate::parse::QuoteKind;
use crate::text::trim_span;
use crate::text::Span;
use crate::Analysis;
use std::ops::Range;

/// One claim of a summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// Index of its sentence in the summary.
    pub sentence: usize,
    /// The sentence, trimmed.
    pub span: Span,
    /// Its words in the summary's word view.
    pub words: Range<usize>,
    /// Attributions of the summary that are quotations inside it (direct or partial).
    pub quotes: Vec<usize>,
    /// Attributions of the summary that are reported statements inside it (not the loosely
    /// recognised ones).
    pub statements: Vec<usize>,
}

/// The claims of a summary, in order.
pub fn claims(summary: &Analysis, words: &TextWords) -> Vec<Claim> {
    let doc = &summary.doc;
    let mut out = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if !doc.paragraphs[s.paragraph].kind.is_prose() {
            continue;
        }
        let span = trim_span(doc.text(), s.span);
        let range = words.sentences[i].clone();
        if range.is_empty() {
            continue;
        }
        // A quotation that began in an earlier sentence still covers this one's words.
        let inside = |a: &Span| span.overlaps(a);
        let quotes = summary
            .attributions
            .iter()
            .enumerate()
            .filter(|(_, a)| matches!(a.kind, QuoteKind::Direct | QuoteKind::Partial) && inside(&a.content))
            .map(|(k, _)| k)
            .collect();
        let statements = summary
            .attributions
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == QuoteKind::Reported && !a.is_loose() && inside(&a.content))
            .map(|(k, _)| k)
            .collect();
        out.push(Claim { sentence: i, span, words: range, quotes, statements });
    }
    out
}
