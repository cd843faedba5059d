//! The public factual-consistency benchmarks (`../shared/benchmarks/*.dev.jsonl`), checked with
//! the `consistency` profile as `quotecheck eval --benchmark` does. Fails when a development
//! figure drops more than 2 points below the one measured and recorded in README.md. Skips with
//! a message when the shared data is not beside the repository.

use quotecheck::checks::{Profile, Settings, Severity};
use quotecheck::eval::benchmark::{eval_pairs, parse_pairs};
use std::path::Path;

/// (file, summary balanced accuracy, sentence balanced accuracy, AUC) as measured.
const MEASURED: [(&str, f64, Option<f64>, f64); 6] = [
    ("faithbench", 0.555, Some(0.575), 0.663),
    ("frank", 0.741, Some(0.834), 0.815),
    ("qags", 0.729, Some(0.729), 0.781),
    ("summedits_news", 0.587, Some(0.561), 0.554),
    ("summeval", 0.729, Some(0.911), 0.783),
    ("xsumfaith", 0.630, Some(0.630), 0.712),
];

/// The largest drop a change may cause.
const TOLERANCE: f64 = 0.02;

#[test]
fn benchmark_figures_do_not_regress() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/benchmarks");
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let settings = Settings::for_profile(Profile::Consistency);
    let mut failures = Vec::new();
    for (name, bacc, sentence_bacc, auc) in MEASURED {
        let path = dir.join(format!("{name}.dev.jsonl"));
        let text = std::fs::read_to_string(&path).expect("readable benchmark file");
        let pairs = parse_pairs(&text).expect("benchmark JSONL");
        let scores = eval_pairs(name, &pairs, &settings, Severity::Warning);
        let s = &scores[name];
        println!("{name}: {s:?}");
        let mut check = |what: &str, got: Option<f64>, floor: f64| {
            if got.is_none_or(|g| g < floor - TOLERANCE) {
                failures.push(format!("{name} {what}: {got:?}, recorded {floor:.3}"));
            }
        };
        check("summary_bacc", s.summary_bacc, bacc);
        if let Some(sb) = sentence_bacc {
            check("sentence_bacc", s.sentence_bacc, sb);
        }
        check("auc", s.auc, auc);
    }
    assert!(failures.is_empty(), "benchmark figures dropped:\n{}", failures.join("\n"));
}
