//! Invariants shared by the fuzz targets.

use quotecheck::text::Span;
use quotecheck::Analysis;

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
