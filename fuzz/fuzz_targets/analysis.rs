//! The quote and attribution parser on one text: every span inside the text, on char boundaries,
//! and the JSON view of `quotecheck quotes` agrees with it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotecheck::report::quotes::QuotesJson;
use quotecheck::Analysis;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let a = Analysis::new(text.clone());
    assert_eq!(a.doc.text(), text, "the document keeps the text unchanged");
    common::check_analysis(&a);
    let json = QuotesJson::new(&a);
    assert_eq!(json.quotes.len(), a.attributions.len());
    for q in &json.quotes {
        let slice = text.get(q.start..q.end).expect("quote span inside the text");
        assert_eq!(q.text, slice, "a quote's text is the slice it claims");
    }
    serde_json::to_string(&json).expect("quotes JSON serialises");
});
