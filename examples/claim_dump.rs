//! Prints each claim of a summary with its terms, weights and evidence (for error analysis).
//! Usage: cargo run --release --example claim_dump -- SOURCE SUMMARY

use quotecheck::align::{SourceIndex, TextWords};
use quotecheck::claims::claims;
use quotecheck::lexicon::Lexicon;
use quotecheck::Analysis;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(src), Some(sum)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: claim_dump SOURCE SUMMARY");
        std::process::exit(2);
    };
    let lex = Lexicon::builtin();
    let source = Analysis::new(std::fs::read_to_string(src).expect("source"));
    let summary = Analysis::new(std::fs::read_to_string(sum).expect("summary"));
    let sw = TextWords::new(&source.doc, lex);
    let index = SourceIndex::new(&sw, lex);
    let mw = TextWords::new(&summary.doc, lex);
    for c in claims(&summary, &mw) {
        let ev = index.evidence(index.terms(&mw.words[c.words.clone()], lex));
        println!("\n== {:.2} {:.2} {}", ev.coverage, ev.presence, c.span.slice(summary.doc.text()));
        let terms: Vec<String> =
            ev.terms.iter().map(|t| format!("{}{}:{:.1}", if t.found { "+" } else { "-" }, t.stem, t.weight)).collect();
        println!("   {}", terms.join(" "));
        for s in &ev.sentences {
            let span = source.doc.sentences[s.sentence].span;
            println!("   [{:.2}] {}", s.score, span.slice(source.doc.text()).trim());
        }
    }
}
