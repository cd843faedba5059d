//! Per-rule agreement with benchmark labels, for error analysis:
//! `cargo run --release --example benchmark_rules -- FILE.jsonl [RULE]` prints, for each rule, on
//! how many consistent and inconsistent summaries it fires (with the `consistency` profile, as
//! `eval --benchmark` checks); with RULE, every finding of that rule on a consistent summary (a
//! false alarm), with its evidence.

use quotecheck::checks::{Checker, Profile, Settings};
use quotecheck::eval::benchmark::parse_pairs;
use quotecheck::lexicon::Lexicon;
use quotecheck::Analysis;
use std::collections::BTreeMap;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: benchmark_rules FILE.jsonl [RULE]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("readable benchmark file");
    let pairs = parse_pairs(&text).expect("benchmark JSONL");
    let lex = Lexicon::builtin();
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for p in &pairs {
        let source = Analysis::with_lexicon(p.source.as_str(), lex);
        let summary = Analysis::with_lexicon(p.summary.as_str(), lex);
        let report = Checker::with_settings(&source, lex, Settings::for_profile(Profile::Consistency)).check(&summary);
        let mut rules: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
        rules.dedup();
        for r in rules {
            let c = counts.entry(r).or_default();
            if p.label == 1 {
                c.0 += 1;
            } else {
                c.1 += 1;
            }
        }
        if let Some(rule) = args.get(1) {
            for f in report.findings.iter().filter(|f| f.rule == rule && p.label == 1) {
                println!("{}\n  summary: {}\n  finding: {}", p.id, p.summary, f.message);
                for e in &f.evidence {
                    println!("  source:  {}", e.slice(&p.source));
                }
            }
        }
    }
    println!("{:<22} {:>10} {:>12}", "rule", "consistent", "inconsistent");
    for (r, (c, i)) in counts {
        println!("{r:<22} {c:>10} {i:>12}");
    }
}
