//! Rendering results for people and tools; nothing here changes what was found.
//!
//! `check` renders a report for people (miette) and as quotecheck's own JSON; `brief`, `sarif` and
//! `github` render it for other tools. Those three share [`Texts`], [`Region`], [`ordered`] and
//! [`describe`] from here.

pub mod brief;
pub mod check;
pub mod github;
pub mod quotes;
pub mod sarif;

use crate::checks::{Finding, Report, SpeakerRef, RULES};
use crate::text::{line_col, Span};

/// The two texts a report was made from, with the paths to show for them.
///
/// The texts are the analysed ones (`Analysis::doc.text()`, a byte-order mark dropped), as the
/// finding spans point into them.
#[derive(Debug, Clone, Copy)]
pub struct Texts<'a> {
    /// Path of the summary, as it should appear in the output.
    pub summary_path: &'a str,
    /// The summary text.
    pub summary: &'a str,
    /// Path of the source article.
    pub source_path: &'a str,
    /// The source text.
    pub source: &'a str,
}

/// Where a span lies in its text: 1-based lines and columns, columns counted in Unicode code points
/// (as [`line_col`] does). The end is exclusive: the position just past the last character, as
/// SARIF's `endColumn` and linters' end columns are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Region {
    /// Line of the first character.
    pub start_line: usize,
    /// Column of the first character.
    pub start_column: usize,
    /// Line of the position just past the last character.
    pub end_line: usize,
    /// Column of the position just past the last character.
    pub end_column: usize,
}

impl Region {
    /// The region of `span` in `text`.
    pub fn new(text: &str, span: Span) -> Self {
        let (start_line, start_column) = line_col(text, span.start);
        let (end_line, end_column) = line_col(text, span.end);
        Region { start_line, start_column, end_line, end_column }
    }
}

/// The findings in a fixed order: by summary position, then by rule (in [`RULES`] order), then by
/// the end of the span.
pub fn ordered(report: &Report) -> Vec<&Finding> {
    let mut findings: Vec<&Finding> = report.findings.iter().collect();
    let rank = |id: &str| RULES.iter().position(|r| r.id == id).unwrap_or(RULES.len());
    findings.sort_by_key(|f| (f.summary_span.start, rank(f.rule), f.summary_span.end));
    findings
}

/// How a speaker is shown: `summary speaker: NAME (RESOLUTION via “MENTION”)`.
pub(crate) fn describe_speaker(side: &str, s: &SpeakerRef) -> String {
    let via = s.mention.as_deref().filter(|m| *m != s.name).map(|m| format!(" via “{m}”")).unwrap_or_default();
    format!("{side} speaker: {} ({}{via})", s.name, s.resolution.as_str())
}

/// Longest evidence excerpt [`describe`] quotes, in characters.
const EXCERPT_CHARS: usize = 160;

/// `text` on one line (runs of white space made one space), cut to `max` characters with “…”.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The lines that tell a reader who sees only a message what a finding is: the message, the
/// speakers, the note (a word diff, what the source has), and the first source evidence with its
/// line. `evidence_label` renders the evidence's line number (so SARIF can make it a link).
pub(crate) fn describe(f: &Finding, texts: &Texts, evidence_label: impl Fn(usize) -> String) -> Vec<String> {
    let mut lines = vec![f.message.clone()];
    let speakers: Vec<String> = [("summary", &f.summary_speaker), ("source", &f.source_speaker)]
        .into_iter()
        .filter_map(|(side, s)| s.as_ref().map(|s| describe_speaker(side, s)))
        .collect();
    if !speakers.is_empty() {
        lines.push(speakers.join("; "));
    }
    if let Some(note) = &f.note {
        lines.push(note.clone());
    }
    if let Some(&e) = f.evidence.first() {
        let line = line_col(texts.source, e.start).0;
        lines.push(format!("{}: {}", evidence_label(line), excerpt(e.slice(texts.source), EXCERPT_CHARS)));
    }
    lines
}

/// A path with forward slashes and without a leading `./`.
pub(crate) fn forward_slashes(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut rest = path.as_str();
    while let Some(r) = rest.strip_prefix("./") {
        rest = r;
    }
    rest.to_string()
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::checks::{Finding, Report, Severity};
    use crate::text::Span;

    /// A finding of `rule` on the first occurrence of `needle` in `text`.
    pub fn finding_on(text: &str, needle: &str, rule: &'static str, severity: Severity, message: &str) -> Finding {
        let start = text.find(needle).expect("needle in text");
        Finding {
            rule,
            severity,
            message: message.to_string(),
            summary_span: Span::new(start, start + needle.len()),
            evidence: Vec::new(),
            summary_speaker: None,
            source_speaker: None,
            score: 0.5,
            note: None,
        }
    }

    /// A report of these findings.
    pub fn report(findings: Vec<Finding>) -> Report {
        Report { claims: findings.len(), supported: 0, support: 0.0, findings }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_count_code_points_and_end_past_the_last_character() {
        // "é" is two bytes, "😀" four: columns count them once each.
        let text = "é😀 ab\nxé yz";
        let start = text.find("ab").unwrap();
        assert_eq!(
            Region::new(text, Span::new(start, start + 2)),
            Region { start_line: 1, start_column: 4, end_line: 1, end_column: 6 }
        );
        let start = text.find("yz").unwrap();
        assert_eq!(
            Region::new(text, Span::new(start, start + 2)),
            Region { start_line: 2, start_column: 4, end_line: 2, end_column: 6 }
        );
        // A span across the line end.
        let start = text.find("ab").unwrap();
        let end = text.find(" yz").unwrap();
        assert_eq!(
            Region::new(text, Span::new(start, end)),
            Region { start_line: 1, start_column: 4, end_line: 2, end_column: 3 }
        );
    }

    #[test]
    fn excerpts_are_one_line_and_cut() {
        assert_eq!(excerpt("a\n  b\tc", 10), "a b c");
        assert_eq!(excerpt("ééééé ééééé", 6), "ééééé…");
    }

    #[test]
    fn paths_get_forward_slashes() {
        assert_eq!(forward_slashes(r".\corpus\a b\summary.txt"), "corpus/a b/summary.txt");
        assert_eq!(forward_slashes("././x.txt"), "x.txt");
    }
}
