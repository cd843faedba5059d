//! `quotecheck batch PAIRS.jsonl`: many (source, summary) pairs, checked on all cores.
//!
//! Each input line is `{"id", "source", "summary"}` with the texts inline, or `source_path` /
//! `summary_path` (relative to the JSONL file's folder; `.md` files are read as Markdown). Each
//! output line is the result for the input line of the same rank: `{"id", "line", "findings",
//! "claims", "supported"}`, or `{"id", "line", "error"}` for a line that cannot be checked. The
//! input is read in blocks of a bounded number of lines, so memory does not grow with its length.

use crate::checks::{Checker, Report, Settings, Severity};
use crate::input::{read_input, Input};
use crate::lexicon::Lexicon;
use crate::report::check::CheckJson;
use crate::Analysis;
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// Checks one pair; Markdown suppressions in the summary apply.
pub fn check_pair(source: &Input, summary: &Input, settings: &Settings, lex: &Lexicon) -> Report {
    let source_analysis = Analysis::with_lexicon(source.analysed.as_str(), lex);
    let summary_analysis = Analysis::with_lexicon(summary.analysed.as_str(), lex);
    let mut report = Checker::with_settings(&source_analysis, lex, settings.clone()).check(&summary_analysis);
    report.findings.retain(|f| !summary.suppressed(f.rule, f.summary_span));
    report
}

/// One input line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PairLine {
    #[serde(default)]
    id: serde_json::Value,
    source: Option<String>,
    summary: Option<String>,
    source_path: Option<PathBuf>,
    summary_path: Option<PathBuf>,
}

/// How many lines are read and checked at a time, per worker thread.
const BLOCK_PER_THREAD: usize = 64;

/// What a batch run did.
#[derive(Debug, Default, Clone)]
pub struct BatchSummary {
    /// Lines checked.
    pub pairs: usize,
    /// Lines that could not be checked.
    pub bad_lines: usize,
    /// Pairs with a finding at or above the failing severity.
    pub failing_pairs: usize,
    /// Findings per rule.
    pub per_rule: BTreeMap<&'static str, usize>,
    /// Wall time in seconds.
    pub seconds: f64,
}

impl BatchSummary {
    /// The closing table.
    pub fn render(&self, fail_on: Severity) -> String {
        let mut out = format!(
            "{} pairs, {} failing at {} or above, {} bad lines; {:.0} pairs/s\n",
            self.pairs,
            self.failing_pairs,
            fail_on.as_str(),
            self.bad_lines,
            if self.seconds > 0.0 { self.pairs as f64 / self.seconds } else { 0.0 }
        );
        for (rule, n) in &self.per_rule {
            out.push_str(&format!("{n:>7}  {rule}\n"));
        }
        out
    }
}

/// Settings shared by every pair of a run.
pub struct BatchOptions<'a> {
    /// Checker settings.
    pub settings: &'a Settings,
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// Severity that makes a pair failing.
    pub fail_on: Severity,
    /// Folder that relative paths start from.
    pub base: &'a Path,
}

/// One output line of a checked pair: the JSON report with the pair's id and line number.
#[derive(serde::Serialize)]
struct Record<'a> {
    id: &'a serde_json::Value,
    line: usize,
    #[serde(flatten)]
    report: CheckJson<'a>,
}

/// The result of one line, serialised (on the worker thread), and its report when it was checked.
fn run_line(line_no: usize, line: &str, opts: &BatchOptions) -> (String, Option<Report>) {
    let error = |id: &serde_json::Value, message: String| {
        (serde_json::json!({ "id": id, "line": line_no, "error": message }).to_string(), None)
    };
    let pair: PairLine = match serde_json::from_str(line) {
        Ok(p) => p,
        Err(e) => return error(&serde_json::Value::Null, format!("invalid JSON: {e}")),
    };
    let text = |inline: &Option<String>, path: &Option<PathBuf>, what: &str| -> Result<Input, String> {
        match (inline, path) {
            (Some(t), None) => Ok(Input::new(t.clone(), false)),
            (None, Some(p)) => read_input(&opts.base.join(p)).map_err(|e| e.to_string()),
            (Some(_), Some(_)) => Err(format!("give `{what}` or `{what}_path`, not both")),
            (None, None) => Err(format!("missing field `{what}` (or `{what}_path`)")),
        }
    };
    let inputs = text(&pair.source, &pair.source_path, "source")
        .and_then(|s| Ok((s, text(&pair.summary, &pair.summary_path, "summary")?)));
    let (source, summary) = match inputs {
        Ok(v) => v,
        Err(message) => return error(&pair.id, message),
    };
    let report = check_pair(&source, &summary, opts.settings, opts.lex);
    let record = Record { id: &pair.id, line: line_no, report: CheckJson::new(&report, &source.shown, &summary.shown) };
    let json = serde_json::to_string(&record).unwrap_or_else(|e| error(&pair.id, e.to_string()).0);
    (json, Some(report))
}

/// Reads pairs from `input`, writes one result line per pair to `output` in input order, and
/// calls `progress` with the bytes consumed after each block.
pub fn run(
    input: impl BufRead,
    mut output: impl Write,
    opts: &BatchOptions,
    mut progress: impl FnMut(u64),
) -> std::io::Result<BatchSummary> {
    let start = std::time::Instant::now();
    let block = BLOCK_PER_THREAD * rayon::current_num_threads().max(1);
    let mut summary = BatchSummary::default();
    let mut lines = input.lines().enumerate();
    loop {
        let mut chunk: Vec<(usize, String)> = Vec::with_capacity(block);
        for (i, line) in lines.by_ref() {
            let line = line?;
            if !line.trim().is_empty() {
                chunk.push((i + 1, line));
            }
            if chunk.len() == block {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let bytes: u64 = chunk.iter().map(|(_, l)| l.len() as u64 + 1).sum();
        let results: Vec<_> = chunk.par_iter().map(|(n, line)| run_line(*n, line, opts)).collect();
        for (value, report) in results {
            match report {
                Some(r) => {
                    summary.pairs += 1;
                    summary.failing_pairs += usize::from(r.findings.iter().any(|f| f.severity >= opts.fail_on));
                    for f in &r.findings {
                        *summary.per_rule.entry(f.rule).or_default() += 1;
                    }
                }
                None => summary.bad_lines += 1,
            }
            output.write_all(value.as_bytes())?;
            output.write_all(b"\n")?;
        }
        progress(bytes);
    }
    output.flush()?;
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_text(input: &str) -> (Vec<serde_json::Value>, BatchSummary) {
        let settings = Settings::default();
        let opts = BatchOptions {
            settings: &settings,
            lex: Lexicon::builtin(),
            fail_on: Severity::Warning,
            base: Path::new("."),
        };
        let mut out = Vec::new();
        let summary = run(input.as_bytes(), &mut out, &opts, |_| {}).unwrap();
        let values = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        (values, summary)
    }

    #[test]
    fn results_in_input_order_and_bad_lines_reported() {
        let good = serde_json::json!({"id": "a", "source": "The budget is 40 million euros.", "summary": "The budget is 90 million euros."});
        let clean = serde_json::json!({"id": "b", "source": "The budget is 40 million euros.", "summary": "The budget is 40 million euros."});
        let input = format!("{good}\nnot json\n\n{clean}\n{{\"id\": \"c\", \"source\": \"x\"}}\n");
        let (values, summary) = run_text(&input);
        assert_eq!(values.len(), 4);
        assert_eq!(values[0]["id"], "a");
        assert_eq!(values[0]["findings"][0]["rule"], "number-mismatch");
        assert_eq!(values[1]["line"], 2);
        assert!(values[1]["error"].as_str().unwrap().starts_with("invalid JSON"));
        assert_eq!(values[2]["id"], "b");
        assert_eq!(values[2]["findings"].as_array().unwrap().len(), 0);
        assert_eq!(values[3]["line"], 5);
        assert!(values[3]["error"].as_str().unwrap().contains("summary"));
        assert_eq!((summary.pairs, summary.bad_lines, summary.failing_pairs), (2, 2, 1));
    }

    #[test]
    fn an_unreadable_path_is_an_error_record() {
        let line = serde_json::json!({"id": 7, "source_path": "/no/such/file.txt", "summary": "Hello there."});
        let (values, _) = run_text(&line.to_string());
        assert_eq!(values[0]["id"], 7);
        assert!(values[0]["error"].as_str().unwrap().contains("cannot read"));
    }
}
