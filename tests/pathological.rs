//! Pathological inputs: each test states what the library does with it, and every one finishes in
//! time linear in its size (all together well under a minute in `cargo test --release`).
//! `benches/pathological.rs` times several of them at growing sizes.

use quotecheck::checks::{Checker, Report, Severity};
use quotecheck::input::{decode, InputError};
use quotecheck::lexicon::Lexicon;
use quotecheck::parse::QuoteKind;
use quotecheck::text::{line_col, Span};
use quotecheck::Analysis;
use std::path::Path;
use std::time::{Duration, Instant};

mod common;

/// Every span of the analysis lies inside its text on char boundaries.
fn spans_ok(a: &Analysis) {
    let text = a.doc.text();
    let ok = |s: Span| s.start <= s.end && text.get(s.start..s.end).is_some();
    assert!(a.doc.paragraphs.iter().all(|p| ok(p.span)));
    assert!(a.doc.sentences.iter().all(|s| ok(s.span)));
    assert!(a.doc.tokens.iter().all(|t| ok(t.span)));
    for q in &a.attributions {
        assert!(ok(q.content) && ok(q.outer), "{q:?}");
        assert!(q.speaker.as_ref().is_none_or(|s| ok(s.span)) && q.cue.is_none_or(ok), "{q:?}");
    }
    assert!(a.warnings.iter().all(|w| ok(w.span)));
}

/// Analyses `text`, checks its spans, and fails when it takes longer than `limit` (a generous bound:
/// each input here takes well under a second on a slow machine once the grammar is linear).
fn analyse(text: String, limit: Duration) -> Analysis {
    let t = Instant::now();
    let a = Analysis::new(text);
    let took = t.elapsed();
    assert!(took < limit, "analysis took {took:?}");
    spans_ok(&a);
    a
}

fn check(source: &Analysis, summary: &Analysis) -> Report {
    Checker::new(source, Lexicon::builtin()).check(summary)
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(format!("{}/corpus/azerbaijan/{name}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

const LIMIT: Duration = Duration::from_secs(15);

#[test]
fn hundred_thousand_unclosed_opening_marks() {
    // Each “ opens while the previous one is still open: each earlier quote lost its close.
    let a = analyse("“a ".repeat(100_000), LIMIT);
    assert_eq!(a.attributions.len(), 100_000);
    assert!(a.attributions.iter().all(|q| q.unclosed && a.doc.slice(q.content) == "a"));
    assert_eq!(a.warnings.len(), 100_000);
    assert!(a.warnings.iter().all(|w| w.message.contains("never closed")));
}

#[test]
fn hundred_thousand_closing_marks_without_opening_ones() {
    let a = analyse("a” ".repeat(100_000), LIMIT);
    assert_eq!(a.attributions.len(), 0);
    assert_eq!(a.warnings.len(), 100_000);
    assert!(a.warnings.iter().all(|w| w.message == "closing quotation mark without an opening one"));
}

#[test]
fn hundred_thousand_straight_marks() {
    // Straight marks with a word after each: every one opens, none closes.
    let a = analyse("\"a ".repeat(100_000), LIMIT);
    assert_eq!(a.attributions.len(), 100_000);
    assert!(a.attributions.iter().all(|q| q.unclosed));
    assert_eq!(a.warnings.len(), 100_000);
    // Straight marks alone: each can open and close, so they pair up into empty quotations.
    let a = analyse("\"".repeat(100_000), LIMIT);
    assert_eq!(a.attributions.len(), 50_000);
    assert!(a.attributions.iter().all(|q| q.content.is_empty() && q.kind == QuoteKind::Term));
    assert_eq!(a.warnings.len(), 0);
}

#[test]
fn hundred_thousand_single_marks_are_apostrophes() {
    // A single mark left open at the end of its paragraph was an apostrophe: no quote, no warning.
    let a = analyse("‘a ".repeat(100_000), LIMIT);
    assert_eq!(a.attributions.len(), 0);
    assert_eq!(a.warnings.len(), 0);
}

#[test]
fn one_megabyte_line_without_spaces() {
    let a = analyse("abcdefghij".repeat(100_000), LIMIT);
    assert_eq!((a.doc.paragraphs.len(), a.doc.sentences.len(), a.doc.tokens.len()), (1, 1, 1));
    assert_eq!(a.attributions.len(), 0);
    // Words, punctuation and quote marks with no space anywhere: a mark after a colon opens and one
    // before a comma closes, so each “no” is a (short, unattributed) quotation; with no space there
    // is no sentence break.
    let n = 1_000_000 / "He.said:“no”,Smith.".len();
    let a = analyse("He.said:“no”,Smith.".repeat(n), LIMIT);
    assert_eq!((a.doc.paragraphs.len(), a.doc.sentences.len()), (1, 1));
    assert_eq!(a.attributions.len(), n);
    assert!(a.attributions.iter().all(|q| a.doc.slice(q.content) == "no" && q.kind == QuoteKind::Term));
    // As a summary against the seed source: one claim, no error.
    let source = Analysis::new(seed("source"));
    let summary = analyse("abcdefghij".repeat(100_000), LIMIT);
    let report = check(&source, &summary);
    assert!(report.claims <= 1);
    assert!(report.findings.iter().all(|f| f.severity == Severity::Warning), "{:?}", report.findings);
}

#[test]
fn ten_thousand_nested_quotes() {
    // “w ‘w “w ‘w ... end’ ” ’ ” ...: double and single marks alternate 10,000 deep. A double mark
    // opening inside an open double quote means the earlier one lost its close (three levels are
    // not nested in news text): the 5,000 double quotes each become an unclosed quotation, and
    // every double mark but the outermost pair is reported.
    let n = 10_000;
    let mut s = String::from("She said ");
    for i in 0..n {
        s.push_str(if i % 2 == 0 { "“w " } else { "‘w " });
    }
    s.push_str("end");
    for i in (0..n).rev() {
        s.push_str(if i % 2 == 0 { "” " } else { "’ " });
    }
    let a = analyse(s, LIMIT);
    assert_eq!(a.attributions.len(), n / 2);
    assert_eq!(a.warnings.len(), n - 2);
    // Two levels, 10,000 times over in one paragraph: each pair is found with its nested quote.
    let a = analyse("“He told me ‘never again,’ ” she said. ".repeat(n), LIMIT);
    assert_eq!(a.attributions.iter().filter(|q| q.kind != QuoteKind::Reported).count(), n);
    assert!(a.attributions.iter().filter(|q| q.kind != QuoteKind::Reported).all(|q| q.nested.len() == 1));
    assert!(a.warnings.is_empty());
}

#[test]
fn ten_megabyte_source_against_a_short_summary() {
    // The seed source followed by 10 MB of distinct sentences about something else (no digits, no
    // names, no quotations): the summary gets the same findings as against the seed source alone.
    let base = seed("source");
    let summary = Analysis::new(seed("summary"));
    let mut big = String::with_capacity(10_100_000);
    big.push_str(&base);
    big.push('\n');
    const A: &[&str] = &["orchard", "violin", "glacier", "pottery", "lantern", "meadow", "harbour", "saddle"];
    const B: &[&str] = &["glowed", "hummed", "drifted", "cracked", "settled", "shimmered", "rusted", "bloomed"];
    const C: &[&str] = &["quietly", "slowly", "brightly", "softly", "oddly", "gently", "barely", "warmly"];
    let mut i = 0usize;
    while big.len() < 10_000_000 {
        let w = |k: usize, list: &[&'static str]| -> &'static str { list[(i >> (3 * k)) % 8] };
        let line = format!(
            "The {} {} {} near the {} while a {} {} {}.\n",
            w(0, A),
            w(1, B),
            w(2, C),
            w(3, A),
            w(4, A),
            w(5, B),
            w(6, C)
        );
        big.push_str(&line);
        i += 1;
    }
    let t = Instant::now();
    let source = Analysis::new(big);
    let analysed = t.elapsed();
    let report = check(&source, &summary);
    let took = t.elapsed();
    eprintln!("10 MB source: analysis {analysed:?}, with the check {took:?}");
    assert!(took < Duration::from_secs(40), "10 MB source took {took:?}");
    // Every true finding (one the case's labels expect) against the seed source alone fires on
    // the same summary span; so do the errors. (Warnings that rest on IDF-weighted coverage, such
    // as unsupported-claim, may come and go: 10 MB of other sentences change every word's weight.)
    let single = check(&Analysis::new(base), &summary);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/azerbaijan");
    let text = summary.doc.text();
    let truth = common::true_findings(&dir, text, &single);
    assert!(truth.len() >= 3, "{truth:?}");
    assert_eq!(common::true_findings(&dir, text, &report), truth);
    let errors = |r: &Report| {
        r.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| (f.rule, f.summary_span))
            .collect::<Vec<_>>()
    };
    assert_eq!(errors(&report), errors(&single));
}

#[test]
fn only_punctuation() {
    let a = analyse(".,;:!?()-—…[]{}/*&%$#@".repeat(50_000), LIMIT);
    assert_eq!(a.attributions.len(), 0);
    assert!(a.speakers.entities.is_empty());
    let source = Analysis::new(seed("source"));
    let report = check(&source, &a);
    assert_eq!((report.claims, report.findings.len()), (0, 0));
    // As the source: a summary finds no evidence, and nothing panics.
    let summary = Analysis::new(seed("summary"));
    let report = check(&a, &summary);
    assert!(report.claims > 0);
    assert!(report.findings.iter().any(|f| f.rule == "unsupported-claim"));
}

#[test]
fn mixed_scripts() {
    let text = "قال الوزير «سنعمل معا» أمس.\n\n\
                Министр сказал: «Мы будем работать вместе».\n\n\
                Он добавил: „Это важно“.\n\n\
                他说：「我们会合作」。她回答『好』。\n";
    let a = analyse(text.to_string(), LIMIT);
    let quotes: Vec<&str> =
        a.attributions.iter().filter(|q| q.kind != QuoteKind::Reported).map(|q| a.doc.slice(q.content)).collect();
    assert_eq!(quotes, ["سنعمل معا", "Мы будем работать вместе", "Это важно", "我们会合作", "好"]);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    // Checked against itself: nothing is an error.
    let report = check(&a, &Analysis::new(text));
    assert!(report.findings.iter().all(|f| f.severity == Severity::Warning), "{:?}", report.findings);
}

#[test]
fn zero_width_characters_and_combining_marks() {
    let text = "Zoe\u{301} Mart\u{131}\u{301}nez said: “We\u{200B} will\u{200D} win\u{FEFF} the vote.”\n\n\
                “A\u{300}\u{301}\u{302}\u{303}\u{304} b\u{200C}c,” she added.";
    let a = analyse(text.to_string(), LIMIT);
    let quotes: Vec<&str> = a.attributions.iter().map(|q| a.doc.slice(q.content)).collect();
    assert_eq!(
        quotes,
        ["We\u{200B} will\u{200D} win\u{FEFF} the vote.", "A\u{300}\u{301}\u{302}\u{303}\u{304} b\u{200C}c,"]
    );
    let speaker = a.speaker(0).expect("a speaker");
    assert!(speaker.name.starts_with("Zoe\u{301}"), "{}", speaker.name);
    // Only combining marks and zero-width characters: no words, no quotes, no panic.
    let a = analyse("\u{301}\u{200B}\u{302}\u{200D}\u{FEFF}".repeat(100_000), LIMIT);
    assert_eq!(a.attributions.len(), 0);
}

#[test]
fn nul_bytes_are_a_binary_file_error() {
    let err = decode(Path::new("article.txt"), b"Line one.\nSecond \0line".to_vec()).unwrap_err();
    match &err {
        InputError::Binary { offset, line, column, .. } => assert_eq!((*offset, *line, *column), (17, 2, 8)),
        other => panic!("{other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("article.txt") && msg.contains("binary") && msg.contains("offset 17"), "{msg}");
    // NUL bytes in a text that is also invalid UTF-8 (a real binary file) are still called binary.
    let err = decode(Path::new("photo.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()).unwrap_err();
    assert!(matches!(err, InputError::Binary { offset: 8, .. }), "{err:?}");
}

#[test]
fn cr_only_line_ends_read_like_lf() {
    let lf = "Azerbaijan distances itself from strikes\n\n\
              “We will not take part,” Hikmet Hajiyev said on Monday. He added that Baku was neutral.\n\
              “Never,” he said.\n\n\
              The ministry said the talks would go on.\n";
    let cr = lf.replace('\n', "\r");
    let crlf = lf.replace('\n', "\r\n");
    let (a, b, c) = (analyse(lf.to_string(), LIMIT), analyse(cr.clone(), LIMIT), analyse(crlf.clone(), LIMIT));
    let paras =
        |x: &Analysis| x.doc.paragraphs.iter().map(|p| (x.doc.slice(p.span).to_string(), p.kind)).collect::<Vec<_>>();
    let sents = |x: &Analysis| x.doc.sentences.iter().map(|s| x.doc.slice(s.span).to_string()).collect::<Vec<_>>();
    let quotes = |x: &Analysis| {
        x.attributions
            .iter()
            .enumerate()
            .map(|(i, q)| (x.doc.slice(q.content).to_string(), q.kind, x.speaker(i).map(|e| e.name.clone())))
            .collect::<Vec<_>>()
    };
    assert_eq!(paras(&a).len(), 4);
    assert_eq!(paras(&a), paras(&b));
    assert_eq!(paras(&a), paras(&c));
    assert_eq!(sents(&a), sents(&b));
    assert_eq!(sents(&a), sents(&c));
    assert_eq!(quotes(&a), quotes(&b));
    assert_eq!(quotes(&a), quotes(&c));
    // Lines and columns count CR and CRLF line ends like LF.
    let lines =
        |x: &Analysis| x.attributions.iter().map(|q| line_col(x.doc.text(), q.content.start)).collect::<Vec<_>>();
    assert_eq!(lines(&a), lines(&b));
    assert_eq!(lines(&a), lines(&c));
    assert_eq!(lines(&a)[0].0, 3);
}

#[test]
fn a_quotation_whose_words_the_source_narrates_100_000_times() {
    // The summary quotes words the source only narrates, 100,000 times, between 100,000 quotations:
    // every further occurrence is a candidate for a better match, and only a bounded number are
    // looked at. The quotation is the narration's: quote-from-narrative.
    let source = Analysis::new("The talks went on. “No,” he said. ".repeat(100_000));
    let summary = Analysis::new("Smith said: “The talks went on.”");
    let t = Instant::now();
    let report = check(&source, &summary);
    assert!(t.elapsed() < LIMIT, "took {:?}", t.elapsed());
    let rules: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
    assert!(rules.contains(&"quote-from-narrative"), "{rules:?}");
}

#[test]
fn one_megabyte_sentence_of_loose_cues() {
    // One sentence of 1 MB whose every few words open a loosely recognised statement ("the belief
    // that", "groups backing", "calls for", "criticism of"): each statement's end is looked for
    // within a bounded window and a sentence holds a bounded number of them, so the analysis stays
    // linear in time and memory.
    for unit in ["the belief that ", "groups backing calls ", "people supporting groups ", "calls for criticism of "] {
        let a = analyse(format!("Officials {}.", unit.repeat(1_000_000 / unit.len())), LIMIT);
        spans_ok(&a);
        assert!(a.attributions.len() <= 64, "{} statements", a.attributions.len());
        assert!(a.attributions.iter().all(|q| q.content.len() < 2_000));
    }
}
