//! `--baseline FILE`: findings already known (a JSON report saved earlier with `--format json`)
//! are not reported again, so a newsroom can adopt the check on an archive and fail only on new
//! problems. A finding matches a baseline entry by rule id and the summary text it points at
//! (white space collapsed), never by offsets, so edits elsewhere in the file keep it matched.
//! Each entry absorbs one finding: a second identical problem is new.

use crate::checks::Finding;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct SavedReport {
    findings: Vec<SavedFinding>,
}

#[derive(Deserialize)]
struct SavedFinding {
    rule: String,
    summary_text: String,
}

/// A baseline file that cannot be used.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("baseline {path}: {message}")]
#[diagnostic(
    code(quotecheck::baseline),
    help("save a baseline with `quotecheck check --format json --source SOURCE SUMMARY > baseline.json`")
)]
pub struct BaselineError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong.
    pub message: String,
}

/// Known findings, counted by (rule, text).
#[derive(Debug, Default, Clone)]
pub struct Baseline {
    known: HashMap<(String, String), usize>,
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Baseline {
    /// Parses a saved JSON report.
    pub fn parse(path: &Path, json: &str) -> Result<Baseline, BaselineError> {
        let saved: SavedReport = serde_json::from_str(json).map_err(|e| BaselineError {
            path: path.to_path_buf(),
            message: format!("not a quotecheck JSON report: {e}"),
        })?;
        let mut known = HashMap::new();
        for f in saved.findings {
            *known.entry((f.rule, collapse(&f.summary_text))).or_insert(0) += 1;
        }
        Ok(Baseline { known })
    }

    /// Reads a saved JSON report.
    pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
        let json = std::fs::read_to_string(path)
            .map_err(|e| BaselineError { path: path.to_path_buf(), message: e.to_string() })?;
        Baseline::parse(path, &json)
    }

    /// Drops the findings the baseline knows; returns how many were dropped.
    pub fn filter(&self, findings: &mut Vec<Finding>, summary: &str) -> usize {
        let mut left = self.known.clone();
        let before = findings.len();
        findings.retain(|f| {
            let key = (f.rule.to_string(), collapse(f.summary_span.slice(summary)));
            match left.get_mut(&key) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            }
        });
        before - findings.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check;
    use crate::report::check::CheckJson;
    use crate::Analysis;

    const SOURCE: &str = "The council approved the budget of 40 million euros on Monday.";

    #[test]
    fn known_findings_are_dropped_and_new_ones_kept() {
        let old_summary = "The council approved a budget of 90 million euros.";
        let (src, old) = (Analysis::new(SOURCE), Analysis::new(old_summary));
        let report = check(&src, &old);
        assert!(!report.findings.is_empty());
        let saved = serde_json::to_string(&CheckJson::new(&report, SOURCE, old_summary)).unwrap();
        let baseline = Baseline::parse(Path::new("b.json"), &saved).unwrap();

        // The same problem moved by an edit before it, and a new one.
        let new_summary =
            "In short: the council approved a budget of 90 million euros. It met on Friday, 7 March 1999.";
        let new = Analysis::new(new_summary);
        let mut findings = check(&src, &new).findings;
        let total = findings.len();
        let dropped = baseline.filter(&mut findings, new_summary);
        assert_eq!(dropped, report.findings.len());
        assert_eq!(findings.len(), total - dropped);
        assert!(!findings.is_empty(), "the new date problem stays");
    }

    #[test]
    fn a_bad_file_is_an_error() {
        assert!(Baseline::parse(Path::new("b.json"), "{\"no\": 1}").is_err());
    }
}
