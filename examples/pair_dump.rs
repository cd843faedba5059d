//! Per-pair verdicts on benchmark files, for error analysis:
//! `cargo run --release --example pair_dump -- FILE.jsonl...` prints one JSON line per pair with
//! its dataset, id, label, the `consistency` profile's findings (rule, summary span text, message)
//! and the per-claim evidence coverage and presence.

use quotecheck::align::TextWords;
use quotecheck::checks::{Checker, Profile, Settings};
use quotecheck::claims::claims;
use quotecheck::eval::benchmark::parse_pairs;
use quotecheck::lexicon::Lexicon;
use quotecheck::Analysis;

fn main() {
    let lex = Lexicon::builtin();
    let settings = Settings::for_profile(Profile::Consistency);
    for path in std::env::args().skip(1) {
        let name = std::path::Path::new(&path).file_name().unwrap().to_string_lossy().replace(".dev.jsonl", "");
        let text = std::fs::read_to_string(&path).expect("readable benchmark file");
        let pairs = parse_pairs(&text).expect("benchmark JSONL");
        for p in &pairs {
            let source = Analysis::with_lexicon(p.source.as_str(), lex);
            let summary = Analysis::with_lexicon(p.summary.as_str(), lex);
            let checker = Checker::with_settings(&source, lex, settings.clone());
            let report = checker.check(&summary);
            let findings: Vec<serde_json::Value> = report
                .findings
                .iter()
                .map(|f| {
                    serde_json::json!({"rule": f.rule, "text": f.summary_span.slice(&p.summary), "message": f.message})
                })
                .collect();
            let mw = TextWords::new(&summary.doc, lex);
            let cl: Vec<serde_json::Value> = claims(&summary, &mw)
                .iter()
                .map(|c| {
                    let ev = checker.index.evidence(checker.index.terms(&mw.words[c.words.clone()], lex));
                    serde_json::json!({"text": c.span.slice(&p.summary), "coverage": ev.coverage, "presence": ev.presence})
                })
                .collect();
            let line =
                serde_json::json!({"dataset": name, "id": p.id, "label": p.label, "findings": findings, "claims": cl});
            println!("{line}");
        }
    }
}
