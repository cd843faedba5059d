//! Acceptance of `quotecheck check` on the seed pair (corpus/azerbaijan), as the issue states it.

use quotecheck::checks::{check, Finding, Report, Severity};
use quotecheck::speakers::Resolution;
use quotecheck::Analysis;

fn seed() -> (Analysis, Analysis, Report) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/azerbaijan");
    let source = Analysis::new(std::fs::read_to_string(format!("{dir}/source.txt")).unwrap());
    let summary = Analysis::new(std::fs::read_to_string(format!("{dir}/summary.txt")).unwrap());
    let report = check(&source, &summary);
    (source, summary, report)
}

fn on<'a>(report: &'a Report, summary: &Analysis, text: &str) -> Vec<&'a Finding> {
    let start = summary.doc.text().find(text).unwrap_or_else(|| panic!("not in the summary: {text}"));
    let span = quotecheck::text::Span::new(start, start + text.len());
    report.findings.iter().filter(|f| f.summary_span.overlaps(&span)).collect()
}

#[test]
fn foreign_ministry_statement_is_halevys() {
    let (source, summary, report) = seed();
    let found = on(
        &report,
        &summary,
        "Azerbaijan's Foreign Ministry released statements emphasizing its commitment to not supporting military activities",
    );
    let f = found.iter().find(|f| f.rule == "misattributed-claim").expect("misattributed-claim");
    assert_eq!(f.severity, Severity::Error);
    let speaker = f.source_speaker.as_ref().expect("source speaker");
    assert_eq!(speaker.name, "Efraim Halevy");
    assert_eq!(speaker.resolution, Resolution::Pronoun, "reached through “he said”");
    let evidence = f.evidence[0].slice(source.doc.text());
    assert!(evidence.contains("military activities which would cause loss of life"), "{evidence}");
    let paragraph = source.doc.paragraph_at(f.evidence[0].start).unwrap();
    assert_eq!(paragraph + 1, 38, "paragraph 38 of the source");
}

#[test]
fn tehrans_assertions_are_reported() {
    let (_, summary, report) = seed();
    let found = on(&report, &summary, "Such concerns were heightened following Tehran's repeated assertions that Israeli activity could destabilize the region.");
    assert!(!found.is_empty(), "a finding on the Tehran sentence");
}

#[test]
fn added_year_is_a_date_mismatch() {
    let (_, summary, report) = seed();
    assert!(on(&report, &summary, "June 2025").iter().any(|f| f.rule == "date-mismatch"));
}

#[test]
fn no_error_on_faithful_sentences() {
    let (_, summary, report) = seed();
    for clean in [
        "Azerbaijan distances itself from Israeli strikes on Iran",
        "Azerbaijan is trying to navigate its relationships with Israel and Iran while avoiding conflict.",
        "Azerbaijan heavily relies on Israeli drones and other advanced military technology, which proved instrumental in recent conflicts with Armenia over disputed territories.",
        "However, this relationship also raises eyebrows in Iran, which fears that closer ties between Baku and Jerusalem might serve as a backdrop for military operations against Iranian interests.",
    ] {
        let errors: Vec<_> = on(&report, &summary, clean).into_iter().filter(|f| f.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{clean}: {errors:?}");
    }
}

#[test]
fn a_source_checked_against_itself_has_no_error() {
    let (source, _, _) = seed();
    let again = Analysis::new(source.doc.text().to_string());
    let report = check(&source, &again);
    let errors: Vec<_> = report.findings.iter().filter(|f| f.severity == Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:?}");
}
