//! `quotecheck eval DIR`: precision and recall of the checks on labelled cases
//! (`DIR/<case>/{source.txt, summary.txt, expected.json}`).
//!
//! A reported finding matches an expected one when the rule ids are equal and the summary spans
//! overlap. Loose recall counts an expected finding as found when any finding at warning or above
//! overlaps it. Clean sentences are faithful: an error on one is a false alarm.

use crate::checks::{check, Finding, Settings, Severity};
use crate::input::{read_text, InputError};
use crate::text::Span;
use crate::Analysis;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The expected findings of one case.
#[derive(Debug, Deserialize)]
pub struct Expected {
    /// Findings the checker should report.
    pub findings: Vec<ExpectedFinding>,
    /// Faithful summary sentences.
    #[serde(default)]
    pub clean: Vec<String>,
}

/// One expected finding.
#[derive(Debug, Deserialize)]
pub struct ExpectedFinding {
    /// Rule id.
    pub kind: String,
    /// Exact summary text it points at.
    pub summary_text: String,
    /// Exact source text, if any.
    #[serde(default)]
    pub source_text: Option<String>,
    /// Why.
    #[serde(default)]
    pub note: String,
}

/// Counts for one rule or overall.
#[derive(Debug, Default, Clone, Serialize)]
pub struct RuleScore {
    /// Expected findings.
    pub expected: usize,
    /// Reported findings.
    pub found: usize,
    /// Reported findings that match an expected one (expected findings matched, for recall).
    pub tp: usize,
    /// tp / found.
    pub precision: f64,
    /// matched expected / expected.
    pub recall: f64,
    /// Expected findings overlapped by any finding at warning or above.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loose_recall: Option<f64>,
    #[serde(skip)]
    matched_expected: usize,
    #[serde(skip)]
    loose: usize,
}

/// Clean-sentence counts.
#[derive(Debug, Default, Clone, Serialize)]
pub struct CleanScore {
    /// Clean sentences.
    pub sentences: usize,
    /// Clean sentences with an error (false alarms).
    pub errors: usize,
    /// Clean sentences with a warning but no error.
    pub warnings: usize,
}

/// One mismatch between the checker and the labels, for error analysis.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// The case.
    pub case: String,
    /// missed, false-positive or false-alarm.
    pub what: &'static str,
    /// Rule id.
    pub rule: String,
    /// The summary text.
    pub text: String,
    /// The finding's message, for false positives.
    pub message: String,
}

/// The result of evaluating a corpus.
#[derive(Debug, Default, Serialize)]
pub struct CorpusScores {
    /// Number of cases.
    pub cases: usize,
    /// Scores per rule.
    pub rules: BTreeMap<String, RuleScore>,
    /// Scores over all rules.
    pub overall: RuleScore,
    /// Clean sentences.
    pub clean: CleanScore,
    /// Every mismatch.
    pub misses: Vec<Miss>,
}

/// A case that could not be read.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum CaseError {
    /// A file of the case is unreadable.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Input(#[from] InputError),
    /// expected.json is malformed.
    #[error("{path}: {message}")]
    #[diagnostic(help(
        "expected.json holds {{\"findings\": [{{\"kind\", \"summary_text\", ...}}], \"clean\": [...]}}"
    ))]
    Expected {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The case directory cannot be listed.
    #[error("cannot list {path}: {message}")]
    List {
        /// The directory.
        path: PathBuf,
        /// Why.
        message: String,
    },
}

fn locate(text: &str, needle: &str) -> Option<Span> {
    text.find(needle).map(|s| Span::new(s, s + needle.len()))
}

/// The case directories under `dir` (those holding an expected.json), sorted.
pub fn case_dirs(dir: &Path) -> Result<Vec<PathBuf>, CaseError> {
    let list = |e: std::io::Error| CaseError::List { path: dir.to_path_buf(), message: e.to_string() };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(list)? {
        let p = entry.map_err(list)?.path();
        if p.join("expected.json").is_file() {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

/// One labelled case, read and checked.
pub struct CaseRun {
    /// Its name (the directory's).
    pub name: String,
    /// The summary text.
    pub summary: String,
    /// The labels.
    pub expected: Expected,
    /// What the checker reported.
    pub findings: Vec<Finding>,
}

/// Reads and checks one case.
pub fn run_case(dir: &Path) -> Result<CaseRun, CaseError> {
    let source = read_text(&dir.join("source.txt"))?;
    let summary = read_text(&dir.join("summary.txt"))?;
    let path = dir.join("expected.json");
    let expected: Expected = serde_json::from_str(&read_text(&path)?)
        .map_err(|e| CaseError::Expected { path: path.clone(), message: e.to_string() })?;
    let report = check(&Analysis::new(source), &Analysis::new(summary.clone()));
    let name = dir.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Ok(CaseRun { name, summary, expected, findings: report.findings })
}

/// Scores checked cases.
pub fn score(runs: &[CaseRun]) -> CorpusScores {
    let mut s = CorpusScores { cases: runs.len(), ..CorpusScores::default() };
    // The rules `check` runs (the editorial profile); rules it leaves off are scored only if a
    // case expects them.
    for r in Settings::default().active() {
        s.rules.insert(r.id.to_string(), RuleScore::default());
    }
    for run in runs {
        let expected: Vec<(&ExpectedFinding, Option<Span>)> =
            run.expected.findings.iter().map(|e| (e, locate(&run.summary, &e.summary_text))).collect();
        for (e, span) in &expected {
            let rs = s.rules.entry(e.kind.clone()).or_default();
            rs.expected += 1;
            let hit =
                span.is_some_and(|sp| run.findings.iter().any(|f| f.rule == e.kind && f.summary_span.overlaps(&sp)));
            let loose = span.is_some_and(|sp| run.findings.iter().any(|f| f.summary_span.overlaps(&sp)));
            rs.matched_expected += usize::from(hit);
            rs.loose += usize::from(loose);
            if !hit {
                s.misses.push(Miss {
                    case: run.name.clone(),
                    what: "missed",
                    rule: e.kind.clone(),
                    text: e.summary_text.clone(),
                    message: if span.is_none() {
                        "summary_text not found in summary.txt".into()
                    } else {
                        e.note.clone()
                    },
                });
            }
        }
        for f in &run.findings {
            let rs = s.rules.entry(f.rule.to_string()).or_default();
            rs.found += 1;
            let tp =
                expected.iter().any(|(e, sp)| e.kind == f.rule && sp.is_some_and(|sp| sp.overlaps(&f.summary_span)));
            rs.tp += usize::from(tp);
            if !tp {
                s.misses.push(Miss {
                    case: run.name.clone(),
                    what: "false-positive",
                    rule: f.rule.to_string(),
                    text: f.summary_span.slice(&run.summary).to_string(),
                    message: f.message.clone(),
                });
            }
        }
        for c in &run.expected.clean {
            s.clean.sentences += 1;
            let Some(sp) = locate(&run.summary, c) else { continue };
            let over: Vec<&Finding> = run.findings.iter().filter(|f| f.summary_span.overlaps(&sp)).collect();
            if over.iter().any(|f| f.severity == Severity::Error) {
                s.clean.errors += 1;
                s.misses.push(Miss {
                    case: run.name.clone(),
                    what: "false-alarm",
                    rule: over[0].rule.to_string(),
                    text: c.clone(),
                    message: over[0].message.clone(),
                });
            } else if !over.is_empty() {
                s.clean.warnings += 1;
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let mut overall = RuleScore::default();
    for rs in s.rules.values_mut() {
        rs.precision = ratio(rs.tp, rs.found);
        rs.recall = ratio(rs.matched_expected, rs.expected);
        overall.expected += rs.expected;
        overall.found += rs.found;
        overall.tp += rs.tp;
        overall.matched_expected += rs.matched_expected;
        overall.loose += rs.loose;
    }
    overall.precision = ratio(overall.tp, overall.found);
    overall.recall = ratio(overall.matched_expected, overall.expected);
    overall.loose_recall = Some(ratio(overall.loose, overall.expected));
    s.overall = overall;
    s
}

/// Reads, checks and scores every case under `dir` on the current rayon pool (scores do not depend
/// on the number of threads).
pub fn eval_dir(dir: &Path) -> Result<CorpusScores, CaseError> {
    use rayon::prelude::*;
    let runs = case_dirs(dir)?.par_iter().map(|d| run_case(d)).collect::<Result<Vec<_>, _>>()?;
    Ok(score(&runs))
}

/// The human table, with the mismatches when `verbose`.
pub fn render_table(s: &CorpusScores, verbose: bool) -> String {
    let mut out = format!("{} cases\n\n", s.cases);
    out.push_str(&format!(
        "{:<22} {:>8} {:>6} {:>4} {:>9} {:>7}\n",
        "rule", "expected", "found", "tp", "precision", "recall"
    ));
    let row = |name: &str, r: &RuleScore| {
        format!("{:<22} {:>8} {:>6} {:>4} {:>9.3} {:>7.3}\n", name, r.expected, r.found, r.tp, r.precision, r.recall)
    };
    for (id, r) in &s.rules {
        out.push_str(&row(id, r));
    }
    out.push_str(&row("overall", &s.overall));
    out.push_str(&format!("loose recall (any finding overlapping): {:.3}\n", s.overall.loose_recall.unwrap_or(0.0)));
    out.push_str(&format!(
        "clean sentences: {}, with an error (false alarms): {} ({:.1}%), with a warning: {}\n",
        s.clean.sentences,
        s.clean.errors,
        100.0 * s.clean.errors as f64 / s.clean.sentences.max(1) as f64,
        s.clean.warnings
    ));
    if verbose {
        out.push('\n');
        for m in &s.misses {
            out.push_str(&format!("{:<14} {:<22} {:<28} {}  — {}\n", m.what, m.rule, m.case, m.text, m.message));
        }
    }
    out
}
