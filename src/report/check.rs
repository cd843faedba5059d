//! Output of `quotecheck check`: JSON for tools and miette diagnostics for people.

use super::describe_speaker;
use crate::checks::{Finding, Report, Severity, SpeakerRef};
use crate::text::{line_col, Span};
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use serde::Serialize;
use std::fmt;

/// A span of text with its content.
#[derive(Debug, Serialize)]
pub struct TextSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// The text.
    pub text: String,
}

impl TextSpan {
    fn new(text: &str, span: Span) -> Self {
        let (line, column) = line_col(text, span.start);
        TextSpan { start: span.start, end: span.end, line, column, text: span.slice(text).to_string() }
    }
}

/// One finding in JSON.
#[derive(Debug, Serialize)]
pub struct FindingJson<'a> {
    /// Rule id.
    pub rule: &'a str,
    /// error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: &'a str,
    /// Where in the summary.
    pub summary_span: Span,
    /// The summary text there.
    pub summary_text: &'a str,
    /// 1-based line of the summary span.
    pub line: usize,
    /// 1-based column (characters) of the summary span.
    pub column: usize,
    /// Source evidence.
    pub evidence: Vec<TextSpan>,
    /// The summary's speaker and how it was resolved.
    pub summary_speaker: Option<&'a SpeakerRef>,
    /// The source's speaker and how it was resolved.
    pub source_speaker: Option<&'a SpeakerRef>,
    /// The rule's score.
    pub score: f64,
    /// Extra detail (a word diff, what the source has).
    pub note: Option<&'a str>,
}

/// The JSON document of `quotecheck check --format json`.
#[derive(Debug, Serialize)]
pub struct CheckJson<'a> {
    /// Findings in summary order.
    pub findings: Vec<FindingJson<'a>>,
    /// Number of claims checked.
    pub claims: usize,
    /// Claims without findings.
    pub supported: usize,
    /// Lowest evidence coverage of any claim.
    pub support: f64,
}

impl<'a> CheckJson<'a> {
    /// Builds the JSON view of a report.
    pub fn new(report: &'a Report, source: &'a str, summary: &'a str) -> Self {
        let findings = report
            .findings
            .iter()
            .map(|f| {
                let (line, column) = line_col(summary, f.summary_span.start);
                FindingJson {
                    rule: f.rule,
                    severity: f.severity,
                    message: &f.message,
                    summary_span: f.summary_span,
                    summary_text: f.summary_span.slice(summary),
                    line,
                    column,
                    evidence: f.evidence.iter().map(|&e| TextSpan::new(source, e)).collect(),
                    summary_speaker: f.summary_speaker.as_ref(),
                    source_speaker: f.source_speaker.as_ref(),
                    score: (f.score * 1000.0).round() / 1000.0,
                    note: f.note.as_deref(),
                }
            })
            .collect();
        CheckJson { findings, claims: report.claims, supported: report.supported, support: report.support }
    }
}

/// A finding as a miette diagnostic, with the source evidence as a related diagnostic.
#[derive(Debug)]
struct FindingDiagnostic {
    finding: Finding,
    summary: NamedSource<String>,
    related: Vec<EvidenceDiagnostic>,
    help: Option<String>,
}

#[derive(Debug)]
struct EvidenceDiagnostic {
    source: NamedSource<String>,
    span: Span,
    line: usize,
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.finding.message)
    }
}
impl std::error::Error for FindingDiagnostic {}

impl fmt::Display for EvidenceDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "source evidence (line {})", self.line)
    }
}
impl std::error::Error for EvidenceDiagnostic {}

impl Diagnostic for EvidenceDiagnostic {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span: SourceSpan = self.span.into();
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(Some("the source".into()), span))))
    }
}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.finding.rule))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.summary)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span: SourceSpan = self.finding.summary_span.into();
        Some(Box::new(std::iter::once(LabeledSpan::new_primary_with_span(Some("here".into()), span))))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

fn help_text(f: &Finding) -> Option<String> {
    let mut lines = Vec::new();
    if let Some(s) = &f.summary_speaker {
        lines.push(describe_speaker("summary", s));
    }
    if let Some(s) = &f.source_speaker {
        lines.push(describe_speaker("source", s));
    }
    if let Some(n) = &f.note {
        lines.push(n.clone());
    }
    lines.push(format!("score {:.2}; `quotecheck explain {}` tells more", f.score, f.rule));
    Some(lines.join("\n"))
}

/// Options for the human report.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    /// Use colour.
    pub color: bool,
    /// Width to wrap at.
    pub width: usize,
}

/// Renders a report as miette diagnostics followed by a one-line tally.
pub fn render_human(
    report: &Report,
    (source_name, source): (&str, &str),
    (summary_name, summary): (&str, &str),
    opts: HumanOptions,
) -> String {
    let theme = if opts.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(opts.width);
    let mut out = String::new();
    for f in &report.findings {
        let related = f
            .evidence
            .iter()
            .map(|&span| EvidenceDiagnostic {
                source: NamedSource::new(source_name, source.to_string()),
                span,
                line: line_col(source, span.start).0,
            })
            .collect();
        let diag = FindingDiagnostic {
            help: help_text(f),
            finding: f.clone(),
            summary: NamedSource::new(summary_name, summary.to_string()),
            related,
        };
        let _ = handler.render_report(&mut out, &diag);
        out.push('\n');
    }
    out.push_str(&tally(report));
    out.push('\n');
    out
}

/// The closing line: counts by severity and how many claims are supported.
pub fn tally(report: &Report) -> String {
    let errors = report.findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = report.findings.len() - errors;
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}; {} of {} claims without findings",
        plural(errors, "error"),
        plural(warnings, "warning"),
        report.supported,
        report.claims
    )
}
