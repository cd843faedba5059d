//! Per-pair verdicts on benchmark files, for error analysis:
//! `cargo run --release --example pair_dump -- FILE.jsonl...` prints one JSON line per pair with
//! its dataset, id, label, the `consistency` profile's findings (rule, summary span text, message)
//! and the per-claim evidence coverage and presence.

use quotecheck::align::TextWords;
use quotecheck::claims::claims;
use quotecheck::lexicon::Lexicon;

mod common;

fn main() {
    let lex = Lexicon::builtin();
    common::for_each_checked_pair(|c| {
        let common::Checked { dataset: name, pair: p, summary, checker, report, .. } = c;
        let findings: Vec<serde_json::Value> = report
            .findings
            .iter()
            .map(
                |f| serde_json::json!({"rule": f.rule, "text": f.summary_span.slice(&p.summary), "message": f.message}),
            )
            .collect();
        let mw = TextWords::new(&summary.doc, lex);
        let cl: Vec<serde_json::Value> = claims(summary, &mw)
            .iter()
            .map(|c| {
                let ev = checker.index.evidence(checker.index.terms(&mw.words[c.words.clone()], lex));
                serde_json::json!({"text": c.span.slice(&p.summary), "coverage": ev.coverage, "presence": ev.presence})
            })
            .collect();
        let line =
            serde_json::json!({"dataset": name, "id": p.id, "label": p.label, "findings": findings, "claims": cl});
        println!("{line}");
    });
}
