//! Helpers shared by the integration tests.

#![allow(dead_code)]

pub mod sarif;

use quotecheck::checks::Report;
use quotecheck::text::Span;
use std::path::{Path, PathBuf};

/// The labelled cases of `corpus/` (directories with a source, a summary and expected.json).
pub fn case_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("expected.json").is_file() && p.join("source.txt").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// Reads a file of a case.
pub fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

/// The true findings of a report: (rule, summary span) of each finding that matches a labelled one
/// of the case (same rule, overlapping the labelled summary text).
pub fn true_findings(dir: &Path, summary: &str, report: &Report) -> Vec<(&'static str, Span)> {
    let expected: serde_json::Value = serde_json::from_str(&read(dir, "expected.json")).unwrap();
    let labels: Vec<(String, Span)> = expected["findings"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|e| {
            let text = e["summary_text"].as_str()?;
            let at = summary.find(text)?;
            Some((e["kind"].as_str()?.to_string(), Span::new(at, at + text.len())))
        })
        .collect();
    report
        .findings
        .iter()
        .filter(|f| labels.iter().any(|(kind, span)| kind == f.rule && f.summary_span.overlaps(span)))
        .map(|f| (f.rule, f.summary_span))
        .collect()
}
