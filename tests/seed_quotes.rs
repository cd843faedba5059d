//! Acceptance on the seed article (`corpus/azerbaijan/source.txt`): every direct quote with its
//! speaker and how it was resolved, the reported statements, and no apostrophe taken for a quote.

use quotecheck::parse::QuoteKind;
use quotecheck::speakers::Resolution;
use quotecheck::text::line_col;
use quotecheck::Analysis;

fn seed() -> Analysis {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/azerbaijan/source.txt")).unwrap();
    Analysis::new(text)
}

#[track_caller]
fn expect(a: &Analysis, line: usize, begins: &str, speaker: Option<&str>, how: Resolution) {
    let text = a.doc.text();
    let found = a.attributions.iter().enumerate().find(|(_, q)| {
        q.kind != QuoteKind::Reported
            && line_col(text, q.content.start).0 == line
            && a.doc.slice(q.content).starts_with(begins)
    });
    let (i, q) = found.unwrap_or_else(|| panic!("no quote beginning {begins:?} on line {line}"));
    assert_eq!(a.speaker(i).map(|e| e.name.as_str()), speaker, "speaker of {begins:?}");
    assert_eq!(a.resolution(i), how, "resolution of {begins:?}");
    if speaker.is_none() {
        assert_eq!(q.kind, QuoteKind::Term, "{begins:?} is a term");
    }
}

#[test]
fn direct_quotes_and_speakers() {
    let a = seed();
    use Resolution::*;
    expect(&a, 7, "Aliyev needs to stay on the good side", Some("Richard Kauzlarich"), Direct);
    expect(&a, 8, "Azerbaijan has no interest in a war", Some("Zaur Shiriyev"), Direct);
    expect(&a, 8, "Azerbaijan made its position clear", Some("Zaur Shiriyev"), Continuation);
    expect(&a, 10, "seriously concerned", Some("Azerbaijan’s Foreign Ministry"), Direct);
    expect(&a, 11, "We strongly condemn the escalation", Some("Azerbaijan’s Foreign Ministry"), Context);
    expect(&a, 13, "serious concern about the security situation", Some("Ceyhun Bayramov"), Surname);
    expect(&a, 28, "loitering munition", Option::None, Resolution::None);
    expect(&a, 30, "strong and mutually beneficial", Some("Richard Kauzlarich"), Surname);
    expect(&a, 30, "based on perceptions in Baku", Some("Richard Kauzlarich"), Surname);
    expect(&a, 36, "Whenever tensions rise", Some("Zaur Shiriyev"), Surname);
    expect(&a, 36, "That has never been true", Some("Zaur Shiriyev"), Continuation);
    expect(&a, 38, "If there will be a war", Some("Efraim Halevy"), Pronoun);
    expect(&a, 39, "What we do hope", Some("Efraim Halevy"), Pronoun);
    expect(&a, 39, "That I think, is what we expect", Some("Efraim Halevy"), Continuation);
    expect(&a, 40, "Is Baku trying to stay out", Some("Zaur Shiriyev"), Surname);
    expect(&a, 40, "Yes, but that is not simple", Some("Zaur Shiriyev"), Continuation);
    expect(&a, 41, "Even if Azerbaijan avoids", Some("Zaur Shiriyev"), Pronoun);
    expect(&a, 42, "If the conflict deepens", Some("Zaur Shiriyev"), Surname);
}

#[test]
fn reported_speech_and_speakers() {
    let a = seed();
    let text = a.doc.text();
    let reported: Vec<(usize, Option<&str>)> = a
        .attributions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Reported)
        .map(|(i, q)| (line_col(text, q.content.start).0, a.speaker(i).map(|e| e.name.as_str())))
        .collect();
    for (line, who) in [
        (12, "Azerbaijan’s Foreign Ministry"),
        (27, "Stockholm International Peace Research Institute"),
        (34, "Azerbaijani police"),
        (37, "Efraim Halevy"),
    ] {
        assert!(reported.contains(&(line, Some(who))), "reported speech of line {line} by {who}: {reported:?}");
    }
}

#[test]
fn no_apostrophe_becomes_a_quote() {
    let a = seed();
    for q in &a.attributions {
        if q.kind == QuoteKind::Reported {
            continue;
        }
        let open = &a.doc.text()[q.outer.start..q.content.start];
        assert!(!open.contains('’'), "an apostrophe opened {:?}", a.doc.slice(q.content));
        assert!(q.outer.start < q.content.start, "a quote has an opening mark");
    }
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn every_span_is_inside_and_on_char_boundaries() {
    let a = seed();
    let t = a.doc.text();
    for q in &a.attributions {
        for s in [Some(q.content), Some(q.outer), q.cue, q.speaker.as_ref().map(|s| s.span)].into_iter().flatten() {
            assert!(s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end), "{s:?}");
        }
    }
}
