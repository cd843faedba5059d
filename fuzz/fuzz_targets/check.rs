//! The checker on a (source, summary) pair: the input splits at its first 0xFF byte (or halfway
//! when there is none). Every finding's spans lie inside their texts on char boundaries, and the
//! JSON report builds and serialises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotecheck::checks::Checker;
use quotecheck::lexicon::Lexicon;
use quotecheck::report::check::CheckJson;
use quotecheck::Analysis;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (src, sum) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => {
            let mut half = data.len() / 2;
            // Keep a UTF-8 sequence whole where possible.
            while half < data.len() && (data[half] & 0xC0) == 0x80 {
                half += 1;
            }
            data.split_at(half)
        }
    };
    let source = Analysis::new(String::from_utf8_lossy(src).into_owned());
    let summary = Analysis::new(String::from_utf8_lossy(sum).into_owned());
    common::check_analysis(&source);
    common::check_analysis(&summary);
    let report = Checker::new(&source, Lexicon::builtin()).check(&summary);
    let (st, mt) = (source.doc.text(), summary.doc.text());
    for f in &report.findings {
        common::assert_span(mt, f.summary_span, f.rule);
        for e in &f.evidence {
            common::assert_span(st, *e, "evidence");
        }
        assert!(f.score.is_finite(), "{}: score {}", f.rule, f.score);
    }
    assert!(report.supported <= report.claims);
    let json = CheckJson::new(&report, st, mt);
    assert_eq!(json.findings.len(), report.findings.len());
    serde_json::to_string(&json).expect("check JSON serialises");
});
