//! Scoring quote and speaker extraction against gold annotations.
//!
//! A found quote matches a gold one when their content spans overlap. Quotations (direct and
//! partial together, and reported clauses that hold a quotation, as the gold counts them) and
//! reported speech are scored separately: precision over what was found,
//! recall over the gold, F1. Speaker accuracy is measured on matched gold items that have a
//! speaker: right when a matching found item's speaker mention overlaps the gold mention (PolNeAR),
//! or names the same entity (the corpus, which gives canonical names).

use crate::analysis::Analysis;
use crate::parse::QuoteKind;
use crate::text::{fold, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The two categories scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Direct and partial quotations.
    Quotes,
    /// Reported speech.
    Reported,
}

/// One gold item.
#[derive(Debug, Clone)]
pub struct GoldQuote {
    /// Content span (bytes).
    pub span: Span,
    /// Category.
    pub category: Category,
    /// The gold speaker mention, if any.
    pub mention: Option<Span>,
    /// The gold canonical speaker name, if any.
    pub speaker: Option<String>,
}

/// Counts for one category.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Score {
    /// Gold items.
    pub expected: usize,
    /// Found items.
    pub found: usize,
    /// Found items that match a gold one.
    pub found_matched: usize,
    /// Gold items matched by a found one.
    pub expected_matched: usize,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Matched gold items with a speaker.
    pub speaker_total: usize,
    /// ... whose speaker was right.
    pub speaker_right: usize,
    /// Speaker accuracy.
    pub speaker_accuracy: f64,
}

impl Score {
    fn finish(&mut self) {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        self.precision = ratio(self.found_matched, self.found);
        self.recall = ratio(self.expected_matched, self.expected);
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
        self.speaker_accuracy = ratio(self.speaker_right, self.speaker_total);
    }

    fn add(&mut self, o: &Score) {
        self.expected += o.expected;
        self.found += o.found;
        self.found_matched += o.found_matched;
        self.expected_matched += o.expected_matched;
        self.speaker_total += o.speaker_total;
        self.speaker_right += o.speaker_right;
    }
}

/// Scores of a whole set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuoteScores {
    /// Score only what the clause level of reported speech finds (no loosely recognised
    /// statements): for expectations written for that level.
    #[serde(skip)]
    pub clause_only: bool,
    /// Documents scored.
    pub documents: usize,
    /// Per category.
    pub categories: BTreeMap<Category, Score>,
}

impl QuoteScores {
    /// Adds the scores of one document.
    pub fn add_document(&mut self, analysis: &Analysis, gold: &[GoldQuote]) {
        self.documents += 1;
        for cat in [Category::Quotes, Category::Reported] {
            let s = score_document(analysis, gold, cat, self.clause_only);
            self.categories.entry(cat).or_default().add(&s);
        }
    }

    /// Computes the ratios.
    pub fn finish(&mut self) {
        for s in self.categories.values_mut() {
            s.finish();
        }
    }

    /// The score of one category.
    pub fn get(&self, cat: Category) -> Score {
        self.categories.get(&cat).cloned().unwrap_or_default()
    }
}

fn category_of(kind: QuoteKind) -> Option<Category> {
    match kind {
        QuoteKind::Direct | QuoteKind::Partial => Some(Category::Quotes),
        QuoteKind::Reported => Some(Category::Reported),
        QuoteKind::Term => None,
    }
}

/// The category a found item is scored in. A reported clause that holds a quotation in double
/// marks is scored with the quotations: the gold derives its kind from the double quote marks
/// inside an annotated span ("mixed" when there are any; a headline's ‘single marks’ leave it
/// "indirect"), and the same rule applies to what is found.
fn found_category(a: &Analysis, i: usize) -> Option<Category> {
    let it = &a.attributions[i];
    let text = a.doc.text();
    let holds_quote = || {
        a.attributions.iter().any(|q| {
            q.kind != QuoteKind::Reported && it.content.contains(&q.content) && !single_marked(text, q.content.start)
        })
    };
    match category_of(it.kind)? {
        Category::Reported if holds_quote() => Some(Category::Quotes),
        c => Some(c),
    }
}

/// True when the quotation whose content starts at byte `start` of `text` opens with a single
/// mark (‘ ‚ ‹ or one straight apostrophe; two apostrophes are the wire copy's double mark).
fn single_marked(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default().trim_end();
    before.ends_with(['‘', '‚', '‹']) || before.ends_with('\'') && !before.ends_with("''")
}

fn score_document(a: &Analysis, gold: &[GoldQuote], cat: Category, clause_only: bool) -> Score {
    let found: Vec<usize> = (0..a.attributions.len())
        .filter(|&i| !(clause_only && a.attributions[i].is_loose()) && found_category(a, i) == Some(cat))
        .collect();
    let gold: Vec<&GoldQuote> = gold.iter().filter(|g| g.category == cat).collect();
    let mut s = Score { expected: gold.len(), found: found.len(), ..Score::default() };
    s.found_matched =
        found.iter().filter(|&&i| gold.iter().any(|g| g.span.overlaps(&a.attributions[i].content))).count();
    for g in &gold {
        let matches: Vec<usize> =
            found.iter().copied().filter(|&i| g.span.overlaps(&a.attributions[i].content)).collect();
        if matches.is_empty() {
            continue;
        }
        s.expected_matched += 1;
        if g.mention.is_none() && g.speaker.is_none() {
            continue;
        }
        s.speaker_total += 1;
        let right = matches.iter().any(|&i| match (&g.mention, &g.speaker) {
            (Some(m), _) => a.attributions[i].mention(&a.doc).is_some_and(|sp| sp.overlaps(m)),
            (None, Some(name)) => a.speaker(i).is_some_and(|e| same_name(&e.name, name)),
            _ => false,
        });
        if right {
            s.speaker_right += 1;
        }
    }
    s
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| fold(s).trim_start_matches("the ").replace("'s ", " ").to_string();
    norm(a) == norm(b)
}

/// Converts a code-point offset into a byte offset of `text` (clamped to its length).
pub fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b)
}

/// One PolNeAR record (the fields used).
#[derive(Debug, Deserialize)]
pub struct PolnearDoc {
    /// Document id.
    pub id: String,
    /// The article.
    pub text: String,
    /// Annotated attributions.
    pub quotes: Vec<PolnearQuote>,
}

/// One PolNeAR attribution piece.
#[derive(Debug, Deserialize)]
pub struct PolnearQuote {
    /// Content start (code points).
    pub start: usize,
    /// Content end (code points).
    pub end: usize,
    /// Speaker mention start (code points).
    pub speaker_start: Option<usize>,
    /// Speaker mention end (code points).
    pub speaker_end: Option<usize>,
    /// direct, mixed or indirect.
    pub kind: String,
}

impl PolnearDoc {
    /// The gold items in byte offsets.
    pub fn gold(&self) -> Vec<GoldQuote> {
        let mut map: Vec<usize> = self.text.char_indices().map(|(b, _)| b).collect();
        map.push(self.text.len());
        let at = |c: usize| map[c.min(map.len() - 1)];
        self.quotes
            .iter()
            .map(|q| GoldQuote {
                span: Span::new(at(q.start), at(q.end)),
                category: if q.kind == "indirect" { Category::Reported } else { Category::Quotes },
                mention: q.speaker_start.zip(q.speaker_end).map(|(s, e)| Span::new(at(s), at(e))),
                speaker: None,
            })
            .collect()
    }
}

/// Expected quotes of a corpus passage (`corpus/quotes/NAME.json`).
#[derive(Debug, Deserialize)]
pub struct CorpusExpected {
    /// Expected items in document order.
    pub quotes: Vec<CorpusQuote>,
}

/// One expected item of a corpus passage.
#[derive(Debug, Deserialize)]
pub struct CorpusQuote {
    /// Exact text of the content.
    pub text: String,
    /// direct, partial, reported or term.
    pub kind: String,
    /// Canonical speaker name.
    pub speaker: Option<String>,
    /// Which occurrence of `text` (0-based) when it is not unique.
    #[serde(default)]
    pub occurrence: usize,
}

impl CorpusExpected {
    /// The gold items located in `text`; terms are not scored as quotes. As for what is found, a
    /// reported clause that holds an expected quotation in double marks counts with the quotations.
    pub fn gold(&self, text: &str) -> Vec<GoldQuote> {
        let located: Vec<(&CorpusQuote, Span)> = self
            .quotes
            .iter()
            .filter(|q| q.kind != "term")
            .filter_map(|q| {
                let start = text.match_indices(&q.text).nth(q.occurrence)?.0;
                Some((q, Span::new(start, start + q.text.len())))
            })
            .collect();
        let holds_quote = |span: Span| {
            located
                .iter()
                .any(|(q, s)| q.kind != "reported" && *s != span && span.contains(s) && !single_marked(text, s.start))
        };
        located
            .iter()
            .map(|&(q, span)| GoldQuote {
                span,
                category: if q.kind == "reported" && !holds_quote(span) {
                    Category::Reported
                } else {
                    Category::Quotes
                },
                mention: None,
                speaker: q.speaker.clone(),
            })
            .collect()
    }
}

/// Evaluates a PolNeAR-format JSONL file.
pub fn eval_polnear(jsonl: &str) -> Result<QuoteScores, serde_json::Error> {
    let mut scores = QuoteScores::default();
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let doc: PolnearDoc = serde_json::from_str(line)?;
        let gold = doc.gold();
        let analysis = Analysis::new(doc.text);
        scores.add_document(&analysis, &gold);
    }
    scores.finish();
    Ok(scores)
}

/// A human-readable table of scores.
pub fn render_table(scores: &QuoteScores) -> String {
    let mut out = format!(
        "{} documents\n{:<10} {:>8} {:>8} {:>9} {:>7} {:>7} {:>9}\n",
        scores.documents, "category", "expected", "found", "precision", "recall", "F1", "speaker"
    );
    for (cat, s) in &scores.categories {
        let name = match cat {
            Category::Quotes => "quotes",
            Category::Reported => "reported",
        };
        out += &format!(
            "{:<10} {:>8} {:>8} {:>9.3} {:>7.3} {:>7.3} {:>9.3}\n",
            name, s.expected, s.found, s.precision, s.recall, s.f1, s.speaker_accuracy
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_marks_leave_a_clause_reported() {
        let categories = |clause: &str| {
            let e = CorpusExpected {
                quotes: vec![
                    CorpusQuote { text: clause.into(), kind: "reported".into(), speaker: None, occurrence: 0 },
                    CorpusQuote { text: "y".into(), kind: "partial".into(), speaker: None, occurrence: 0 },
                ],
            };
            e.gold(&format!("He said {clause} today.")).iter().map(|g| g.category).collect::<Vec<_>>()
        };
        assert_eq!(categories("x was “y”"), [Category::Quotes, Category::Quotes]);
        assert_eq!(categories("x was ''y''"), [Category::Quotes, Category::Quotes]);
        assert_eq!(categories("x was ‘y’"), [Category::Reported, Category::Quotes]);
        assert_eq!(categories("x was 'y'"), [Category::Reported, Category::Quotes]);
    }
}
