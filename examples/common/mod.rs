//! What the benchmark dump examples share: every pair of the benchmark files named on the
//! command line, analysed and checked with the `consistency` profile.

// Each example reads only some of the fields.
#![allow(dead_code)]

use quotecheck::checks::{Checker, Profile, Report, Settings};
use quotecheck::eval::benchmark::{parse_pairs, Pair};
use quotecheck::lexicon::Lexicon;
use quotecheck::Analysis;

/// One benchmark pair after the check.
pub struct Checked<'a> {
    /// The file's dataset name ("frank" for `frank.dev.jsonl`).
    pub dataset: &'a str,
    /// The pair as the file gives it.
    pub pair: &'a Pair,
    /// Both texts analysed.
    pub source: &'a Analysis,
    pub summary: &'a Analysis,
    /// The checker built on the source, and its report on the summary.
    pub checker: &'a Checker<'a>,
    pub report: &'a Report,
}

/// Calls `f` for every pair of every file named on the command line, in order.
pub fn for_each_checked_pair(mut f: impl FnMut(Checked)) {
    let lex = Lexicon::builtin();
    let settings = Settings::for_profile(Profile::Consistency);
    for path in std::env::args().skip(1) {
        let name = std::path::Path::new(&path).file_name().unwrap().to_string_lossy().replace(".dev.jsonl", "");
        let text = std::fs::read_to_string(&path).expect("readable benchmark file");
        let pairs = parse_pairs(&text).expect("benchmark JSONL");
        for pair in &pairs {
            let source = Analysis::with_lexicon(pair.source.as_str(), lex);
            let summary = Analysis::with_lexicon(pair.summary.as_str(), lex);
            let checker = Checker::with_settings(&source, lex, settings.clone());
            let report = checker.check(&summary);
            f(Checked { dataset: &name, pair, source: &source, summary: &summary, checker: &checker, report: &report });
        }
    }
}
