//! The fuzz targets' bodies and their invariants. `tests/fuzz_regressions.rs` includes this file too,
//! so that a saved input replays through exactly the code that found it.
#![allow(dead_code)]

use quotecheck::checks::Checker;
use quotecheck::lexicon::Lexicon;
use quotecheck::report::check::CheckJson;
use quotecheck::report::quotes::QuotesJson;
use quotecheck::text::Span;
use quotecheck::Analysis;

/// The `analysis` target: the parser on the lossy UTF-8 of `data`, and the quotes JSON.
pub fn run_analysis(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let a = Analysis::new(text.clone());
    assert_eq!(a.doc.text(), text, "the document keeps the text unchanged");
    check_analysis(&a);
    let json = QuotesJson::new(&a);
    assert_eq!(json.quotes.len(), a.attributions.len());
    for q in &json.quotes {
        let slice = text.get(q.start..q.end).expect("quote span inside the text");
        assert_eq!(q.text, slice, "a quote's text is the slice it claims");
    }
    serde_json::to_string(&json).expect("quotes JSON serialises");
}

/// Splits a `check` input into source and summary: at the first 0xFF byte (which never occurs in
/// UTF-8), or halfway (moved forward to a UTF-8 sequence start) when there is none.
pub fn split_pair(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => {
            let mut half = data.len() / 2;
            while half < data.len() && (data[half] & 0xC0) == 0x80 {
                half += 1;
            }
            data.split_at(half)
        }
    }
}

/// The `check` target: the checker on the pair, every finding's spans, and the check JSON.
pub fn run_check(data: &[u8]) {
    let (src, sum) = split_pair(data);
    let source = Analysis::new(String::from_utf8_lossy(src).into_owned());
    let summary = Analysis::new(String::from_utf8_lossy(sum).into_owned());
    check_analysis(&source);
    check_analysis(&summary);
    let report = Checker::new(&source, Lexicon::builtin()).check(&summary);
    let (st, mt) = (source.doc.text(), summary.doc.text());
    for f in &report.findings {
        assert_span(mt, f.summary_span, f.rule);
        for e in &f.evidence {
            assert_span(st, *e, "evidence");
        }
        assert!(f.score.is_finite(), "{}: score {}", f.rule, f.score);
    }
    assert!(report.supported <= report.claims);
    let json = CheckJson::new(&report, st, mt);
    assert_eq!(json.findings.len(), report.findings.len());
    serde_json::to_string(&json).expect("check JSON serialises");
}

/// Panics unless `span` lies inside `text` and on char boundaries.
pub fn assert_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: start {} > end {}", span.start, span.end);
    assert!(span.end <= text.len(), "{what}: end {} past the text ({} bytes)", span.end, text.len());
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {}..{} not on char boundaries",
        span.start,
        span.end
    );
}

/// Every span of an analysis: paragraphs, sentences, tokens, attributions, speakers, warnings.
pub fn check_analysis(a: &Analysis) {
    let text = a.doc.text();
    for p in &a.doc.paragraphs {
        assert_span(text, p.span, "paragraph");
        if let Some(m) = p.marker {
            assert_span(text, m, "list marker");
        }
        assert!(p.sentences.end <= a.doc.sentences.len(), "paragraph sentence range");
    }
    for s in &a.doc.sentences {
        assert_span(text, s.span, "sentence");
        assert!(s.tokens.end <= a.doc.tokens.len(), "sentence token range");
    }
    for t in &a.doc.tokens {
        assert_span(text, t.span, "token");
    }
    for (i, q) in a.attributions.iter().enumerate() {
        assert_span(text, q.content, "attribution content");
        assert_span(text, q.outer, "attribution outer");
        for n in &q.nested {
            assert_span(text, *n, "nested quote");
        }
        if let Some(s) = &q.speaker {
            assert_span(text, s.span, "speaker phrase");
        }
        if let Some(c) = q.cue {
            assert_span(text, c, "cue");
        }
        let _ = a.speaker(i);
        let _ = a.resolution(i);
    }
    for e in &a.speakers.entities {
        for m in &e.mentions {
            assert_span(text, *m, "entity mention");
        }
    }
    for w in &a.warnings {
        assert_span(text, w.span, "mark warning");
    }
}
