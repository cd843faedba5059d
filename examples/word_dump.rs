//! Words of benchmark pairs for offline experiments:
//! `cargo run --release --example word_dump -- FILE.jsonl...` prints one JSON line per pair with
//! its label, the source's words (stem, sentence, content, capitalised, cue verb), each claim's
//! words the same way, and the rules (other than spliced-claim) that fired on each claim.

use quotecheck::align::{TextWords, Word};
use quotecheck::claims::claims;
use quotecheck::lexicon::Lexicon;

fn dump(w: &Word, prev: Option<&Word>, text: &str, lex: &Lexicon) -> serde_json::Value {
    let cue = lex.cue_verb(&w.folded).is_some() as u8;
    let gap = prev.filter(|p| p.sentence == w.sentence).map_or("", |p| text[p.span.end..w.span.start].trim());
    serde_json::json!([w.stem.as_str(), w.sentence, w.content as u8, w.cap as u8, cue, w.folded.as_str(), gap])
}

fn dump_all(words: &[Word], text: &str, lex: &Lexicon) -> Vec<serde_json::Value> {
    words.iter().enumerate().map(|(i, w)| dump(w, i.checked_sub(1).map(|j| &words[j]), text, lex)).collect()
}

mod common;

fn main() {
    let lex = Lexicon::builtin();
    common::for_each_checked_pair(|c| {
        let common::Checked { dataset: name, pair: p, source, summary, report, .. } = c;
        let sw = TextWords::new(&source.doc, lex);
        let mw = TextWords::new(&summary.doc, lex);
        let cl: Vec<serde_json::Value> = claims(summary, &mw)
            .iter()
            .map(|c| {
                let rules: Vec<&str> =
                    report.findings.iter().filter(|f| f.summary_span.overlaps(&c.span)).map(|f| f.rule).collect();
                let words = dump_all(&mw.words[c.words.clone()], &p.summary, lex);
                serde_json::json!({"text": c.span.slice(&p.summary), "rules": rules, "words": words})
            })
            .collect();
        let src = dump_all(&sw.words, &p.source, lex);
        let flagged: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
        let line = serde_json::json!({"ds": name, "id": p.id, "label": p.label, "origin": p.meta.origin,
            "rules": flagged, "claims": cl, "source": src});
        println!("{line}");
    });
}
