//! `quotecheck eval --benchmark FILE.jsonl`: how well the checker's judgement agrees with people's
//! on public factual-consistency benchmarks (format in `../shared/benchmarks/README.md`).
//!
//! Inconsistent is the positive class. A summary is judged inconsistent when it gets any finding at
//! or above the failing severity; a labelled sentence when such a finding overlaps it. Balanced
//! accuracy is the mean of the true-positive and true-negative rates; AUC ranks pairs by
//! [`crate::checks::Report::risk`].

use crate::checks::{Checker, Settings, Severity};
use crate::lexicon::Lexicon;
use crate::text::Span;
use crate::Analysis;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::Instant;

/// One benchmark pair.
#[derive(Debug, Deserialize)]
pub struct Pair {
    /// The record's id.
    #[serde(default)]
    pub id: String,
    /// The source article.
    pub source: String,
    /// The summary.
    pub summary: String,
    /// 1 consistent, 0 not.
    pub label: u8,
    /// Sentences of the summary, with labels where the dataset judged them.
    #[serde(default)]
    pub sentences: Vec<SentenceLabel>,
    /// Dataset-specific fields; only `origin` is read.
    #[serde(default)]
    pub meta: Meta,
}

/// A labelled summary sentence; offsets are in code points.
#[derive(Debug, Deserialize)]
pub struct SentenceLabel {
    /// First code point.
    pub start: usize,
    /// Past the last code point.
    pub end: usize,
    /// 1 consistent, 0 not, absent when unjudged.
    pub label: Option<u8>,
}

/// The fields of `meta` that the evaluation reads.
#[derive(Debug, Default, Deserialize)]
pub struct Meta {
    /// The corpus the article came from (cnndm, xsum), where the dataset mixes them.
    #[serde(default)]
    pub origin: Option<String>,
}

/// The checker's verdict on one pair, beside the label.
#[derive(Debug, Clone)]
pub struct Judged {
    /// The pair's origin, if any.
    pub origin: Option<String>,
    /// People judged the summary inconsistent.
    pub inconsistent: bool,
    /// The checker judged it inconsistent.
    pub flagged: bool,
    /// The continuous risk score.
    pub risk: f64,
    /// (people judged it inconsistent, the checker did) per labelled sentence.
    pub sentences: Vec<(bool, bool)>,
}

/// Scores on one dataset (or one origin within it).
#[derive(Debug, Default, Clone, Serialize)]
pub struct DatasetScore {
    /// Pairs checked.
    pub pairs: usize,
    /// Pairs people judged inconsistent.
    pub inconsistent: usize,
    /// Summary-level balanced accuracy (absent when one class is missing).
    pub summary_bacc: Option<f64>,
    /// Sentence-level balanced accuracy on labelled sentences (absent without them).
    pub sentence_bacc: Option<f64>,
    /// ROC AUC of the risk score.
    pub auc: Option<f64>,
    /// Pairs judged inconsistent that are (true positive rate).
    pub recall: Option<f64>,
    /// Flagged pairs that are inconsistent.
    pub precision: Option<f64>,
    /// Throughput of the whole run (analysis of both texts and the check).
    pub pairs_per_sec: f64,
}

/// A line that is not a benchmark pair.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct PairError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Parses a JSONL benchmark file (blank lines are skipped).
pub fn parse_pairs(text: &str) -> Result<Vec<Pair>, PairError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| PairError { line: i + 1, message: e.to_string() }))
        .collect()
}

/// Byte offset of code point `cp` in `text` (clamped to the end).
fn byte_offset(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

/// Checks one pair and compares the verdicts with the labels.
pub fn judge(pair: &Pair, settings: &Settings, fail_on: Severity, lex: &Lexicon) -> Judged {
    let source = Analysis::with_lexicon(pair.source.as_str(), lex);
    let summary = Analysis::with_lexicon(pair.summary.as_str(), lex);
    let report = Checker::with_settings(&source, lex, settings.clone()).check(&summary);
    let failing: Vec<Span> = report.findings.iter().filter(|f| f.severity >= fail_on).map(|f| f.summary_span).collect();
    let sentences = pair
        .sentences
        .iter()
        .filter_map(|s| {
            let label = s.label?;
            let span = Span::new(byte_offset(&pair.summary, s.start), byte_offset(&pair.summary, s.end));
            Some((label == 0, failing.iter().any(|f| f.overlaps(&span))))
        })
        .collect();
    Judged {
        origin: pair.meta.origin.clone(),
        inconsistent: pair.label == 0,
        flagged: !failing.is_empty(),
        risk: report.risk(),
        sentences,
    }
}

/// Checks every pair on the current rayon pool, in input order.
pub fn judge_all(pairs: &[Pair], settings: &Settings, fail_on: Severity) -> Vec<Judged> {
    let lex = Lexicon::builtin();
    pairs.par_iter().map(|p| judge(p, settings, fail_on, lex)).collect()
}

fn balanced_accuracy(pairs: impl Iterator<Item = (bool, bool)>) -> Option<f64> {
    let (mut tp, mut pos, mut tn, mut neg) = (0usize, 0usize, 0usize, 0usize);
    for (truth, flagged) in pairs {
        if truth {
            pos += 1;
            tp += usize::from(flagged);
        } else {
            neg += 1;
            tn += usize::from(!flagged);
        }
    }
    (pos > 0 && neg > 0).then(|| (tp as f64 / pos as f64 + tn as f64 / neg as f64) / 2.0)
}

/// ROC AUC of `scores` for the positive class (the Mann-Whitney statistic; ties count one half).
pub fn auc(scored: &[(bool, f64)]) -> Option<f64> {
    let mut sorted: Vec<(bool, f64)> = scored.to_vec();
    sorted.sort_by(|a, b| a.1.total_cmp(&b.1));
    let pos = sorted.iter().filter(|s| s.0).count();
    let neg = sorted.len() - pos;
    if pos == 0 || neg == 0 {
        return None;
    }
    // Sum of the positives' ranks, with tied scores sharing their mean rank.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].1 == sorted[i].1 {
            j += 1;
        }
        let mean_rank = (i + j + 1) as f64 / 2.0;
        rank_sum += mean_rank * sorted[i..j].iter().filter(|s| s.0).count() as f64;
        i = j;
    }
    Some((rank_sum - (pos * (pos + 1)) as f64 / 2.0) / (pos * neg) as f64)
}

/// Scores judged pairs; `seconds` is the wall time they took.
pub fn score(judged: &[&Judged], seconds: f64) -> DatasetScore {
    let pairs = judged.len();
    let flagged = judged.iter().filter(|j| j.flagged).count();
    let inconsistent = judged.iter().filter(|j| j.inconsistent).count();
    let hits = judged.iter().filter(|j| j.flagged && j.inconsistent).count();
    let ratio = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
    let scored: Vec<(bool, f64)> = judged.iter().map(|j| (j.inconsistent, j.risk)).collect();
    DatasetScore {
        pairs,
        inconsistent,
        summary_bacc: balanced_accuracy(judged.iter().map(|j| (j.inconsistent, j.flagged))),
        sentence_bacc: balanced_accuracy(judged.iter().flat_map(|j| j.sentences.iter().copied())),
        auc: auc(&scored),
        recall: ratio(hits, inconsistent),
        precision: ratio(hits, flagged),
        pairs_per_sec: if seconds > 0.0 { pairs as f64 / seconds } else { 0.0 },
    }
}

/// Checks and scores one benchmark file: the whole dataset under `name`, and each origin under
/// `name/origin` when the dataset mixes several.
pub fn eval_pairs(
    name: &str,
    pairs: &[Pair],
    settings: &Settings,
    fail_on: Severity,
) -> BTreeMap<String, DatasetScore> {
    let start = Instant::now();
    let judged = judge_all(pairs, settings, fail_on);
    let seconds = start.elapsed().as_secs_f64();
    let mut out = BTreeMap::new();
    out.insert(name.to_string(), score(&judged.iter().collect::<Vec<_>>(), seconds));
    let mut origins: BTreeMap<&str, Vec<&Judged>> = BTreeMap::new();
    for j in &judged {
        if let Some(o) = &j.origin {
            origins.entry(o.as_str()).or_default().push(j);
        }
    }
    if origins.len() > 1 {
        for (o, js) in origins {
            let share = seconds * js.len() as f64 / judged.len() as f64;
            out.insert(format!("{name}/{o}"), score(&js, share));
        }
    }
    out
}

/// The human table.
pub fn render_table(datasets: &BTreeMap<String, DatasetScore>) -> String {
    let opt = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"));
    let mut out = format!(
        "{:<22} {:>6} {:>6} {:>12} {:>13} {:>6} {:>9} {:>7} {:>10}\n",
        "dataset", "pairs", "incons", "summary_bacc", "sentence_bacc", "auc", "precision", "recall", "pairs/s"
    );
    for (name, s) in datasets {
        out.push_str(&format!(
            "{:<22} {:>6} {:>6} {:>12} {:>13} {:>6} {:>9} {:>7} {:>10.0}\n",
            name,
            s.pairs,
            s.inconsistent,
            opt(s.summary_bacc),
            opt(s.sentence_bacc),
            opt(s.auc),
            opt(s.precision),
            opt(s.recall),
            s.pairs_per_sec
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_orders_and_ties() {
        assert_eq!(auc(&[(true, 0.9), (false, 0.1)]), Some(1.0));
        assert_eq!(auc(&[(true, 0.1), (false, 0.9)]), Some(0.0));
        assert_eq!(auc(&[(true, 0.5), (false, 0.5)]), Some(0.5));
        assert_eq!(auc(&[(true, 0.5)]), None);
    }

    #[test]
    fn balanced_accuracy_weighs_classes_equally() {
        // All flagged: perfect on positives, zero on negatives.
        let v = [(true, true), (true, true), (true, true), (false, true)];
        assert_eq!(balanced_accuracy(v.into_iter()), Some(0.5));
        assert_eq!(balanced_accuracy([(true, true)].into_iter()), None);
    }

    #[test]
    fn code_points_become_bytes() {
        assert_eq!(byte_offset("é a", 1), 2);
        assert_eq!(byte_offset("ab", 9), 2);
    }

    #[test]
    fn a_bad_line_names_its_number() {
        let err = parse_pairs("\n{\"source\": \"a\"}\n").unwrap_err();
        assert_eq!(err.line, 2);
    }

    #[test]
    fn an_invented_number_is_flagged_on_its_sentence() {
        let source = "The council approved the budget of 40 million dollars on Monday after a long debate.";
        let summary = "The council approved a budget of 90 million dollars. The debate was long.";
        let line = serde_json::json!({
            "id": "x", "source": source, "summary": summary, "label": 0,
            "sentences": [{"start": 0, "end": 52, "label": 0}, {"start": 53, "end": 73, "label": 1}],
        });
        let pairs = parse_pairs(&line.to_string()).unwrap();
        let j = judge(&pairs[0], &Settings::default(), Severity::Warning, Lexicon::builtin());
        assert!(j.flagged && j.inconsistent);
        assert_eq!(j.sentences, vec![(true, true), (false, false)]);
    }
}
