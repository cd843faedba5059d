//! attribution-dropped: the summary states as fact what the source only reports as someone's
//! words or opinion.

use super::{ClaimContext, Finding, Rule, Severity};
use crate::speakers::{names_key, speaker_keys};
use crate::text::Span;

/// Lowest share of the claim's weighted terms the best source sentence must hold.
const MIN_SCORE: f64 = 0.6;
/// Fewest claim terms the best sentence must hold.
const MIN_TERMS: usize = 4;
/// Lowest share for a second or third evidence sentence (the claim joins several).
const MIN_PART: f64 = 0.4;
/// Cue lemmas that attribute a claim in the summary itself (stance verbs such as "attack" are
/// too often nouns to count).
const SPEECH: &[&str] = &[
    "say", "tell", "claim", "report", "allege", "state", "announce", "add", "note", "argue", "insist", "write",
    "believe", "suggest", "accuse", "warn", "estimate", "expect", "predict", "explain", "describe", "deny", "assert",
];
/// Share of the matched words that must lie inside one source attribution.
const MIN_SHARE: f64 = 0.7;

/// The rule.
pub const RULE: Rule = Rule {
    id: "attribution-dropped",
    severity: Severity::Warning,
    summary: "the summary states as fact what the source only reports as someone's words",
    doc: "attribution-dropped (warning)

Fires on a claim with no attribution of its own (no quotation, no reported-speech frame, no cue
word such as \"said\" or \"according to\") whose best source sentence holds at least 60% of its
weighted terms (and four terms), when at least 70% of the matched words lie inside one
attribution of the source (a quotation or a reported statement), and the claim does not name
that attribution's speaker. The summary has turned a claim into a fact.

What to do: keep the attribution (\"according to ...\", \"X says ...\").",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    if !ctx.claim.quotes.is_empty() || !ctx.claim.statements.is_empty() {
        return;
    }
    let lex = ctx.lex;
    let attributes = |w: &crate::align::Word| {
        lex.cue_verbs.get(w.folded.as_str()).is_some_and(|v| SPEECH.contains(&v.lemma.as_str()))
            || lex.cue_nouns.contains(w.folded.as_str())
            || w.folded == "according"
    };
    if ctx.words().iter().any(attributes) {
        return;
    }
    // The claim may join two source sentences: each evidence sentence that carries enough of it
    // is judged on its own.
    let src = ctx.source();
    // A claim that joins two source sentences ("X, and Y") is judged part by part: each of
    // its evidence sentences then needs only MIN_PART, the whole claim MIN_SCORE. Such a part must
    // rest on its sentence alone: four of its terms found in no other evidence sentence (a figure
    // the narration also gives is not only someone's word).
    let joined = ctx.evidence.sentences.len() > 1 && ctx.evidence.coverage >= MIN_SCORE;
    let held = ctx.evidence.sentences.iter().find_map(|e| {
        let stems: rustc_hash::FxHashSet<&str> =
            src.words.words[src.words.sentences[e.sentence].clone()].iter().map(|w| w.stem.as_str()).collect();
        let matched = ctx.evidence.terms.iter().filter(|t| stems.contains(t.stem.as_str())).count();
        let first = e.sentence == ctx.evidence.sentences[0].sentence;
        let enough = if first && !joined {
            e.score >= MIN_SCORE
        } else {
            e.score >= MIN_PART && own_terms(ctx, e.sentence).len() >= MIN_OWN_TERMS
        };
        if !enough || matched < MIN_TERMS {
            return None;
        }
        ctx.attribution_holding(e.sentence, &ctx.evidence).filter(|&(_, share)| share >= MIN_SHARE).map(|h| (e, h))
    });
    let Some((best, (a, share))) = held else { return };
    let attribution = &src.analysis.attributions[a];
    // The speaker as an entity, or as the source words it ("they", "the website").
    let name = match src.analysis.speaker(a) {
        Some(entity) => {
            let keys = speaker_keys(lex, entity);
            if ctx.words().iter().any(|w| names_key(lex, &keys, &w.folded)) {
                return;
            }
            entity.name.clone()
        }
        None => match (&attribution.speaker, attribution.cue) {
            // Not resolved to an entity: name it as the source words it, in quotes.
            (Some(sp), Some(_)) => format!("“{}”", sp.span.slice(src.text())),
            _ => return,
        },
    };
    let cue = attribution.cue.map(|c| c.slice(src.text()).to_string());
    let mut f = ctx.finding(
        &RULE,
        if best.score < MIN_SCORE || best.sentence != ctx.evidence.sentences[0].sentence {
            part_of_claim(ctx, best.sentence)
        } else {
            ctx.claim.span
        },
        format!("the source gives this as the words of {name}, not as fact"),
        share * best.score,
    );
    f.evidence = vec![attribution.content];
    f.source_speaker = src.speaker_ref(a);
    f.note = cue.map(|c| format!("the source attributes it with “{c}”"));
    out.push(f);
}

/// Fewest claim terms a source sentence must carry alone to be judged as one part of a claim.
const MIN_OWN_TERMS: usize = 4;

/// The claim's content words found in source sentence `s` and in no other evidence sentence.
fn own_terms<'c>(ctx: &'c ClaimContext, s: usize) -> Vec<&'c crate::align::Word> {
    let src = ctx.source();
    let stems_of = |k: usize| -> rustc_hash::FxHashSet<&str> {
        src.words.words[src.words.sentences[k].clone()].iter().map(|w| w.stem.as_str()).collect()
    };
    let here = stems_of(s);
    let elsewhere: rustc_hash::FxHashSet<&str> =
        ctx.evidence.sentences.iter().filter(|e| e.sentence != s).flat_map(|e| stems_of(e.sentence)).collect();
    ctx.words()
        .iter()
        .filter(|w| w.content && here.contains(w.stem.as_str()) && !elsewhere.contains(w.stem.as_str()))
        .collect()
}

/// The part of the claim that source sentence `s` carries: from the first to the last of its own
/// terms.
fn part_of_claim(ctx: &ClaimContext, s: usize) -> Span {
    if ctx.evidence.sentences.len() < 2 {
        return ctx.claim.span;
    }
    let own = own_terms(ctx, s);
    match (own.first(), own.last()) {
        (Some(a), Some(b)) => a.span.cover(&b.span),
        _ => ctx.claim.span,
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str = "The protest was peaceful. Paris also claims that her passport was taken away and she was forced to work in the engine room.";

    #[test]
    fn fires_when_a_claim_becomes_fact() {
        let s = "Her passport was taken away and she was forced to work in the engine room.";
        assert_eq!(fired("attribution-dropped", SOURCE, s).len(), 1);
    }

    #[test]
    fn judges_each_part_of_a_joined_claim() {
        let source = "Riot police clashed with protesters in the capital on Tuesday afternoon. \
                      Local websites report that 15,000 students marched against the new tuition fees on Friday.";
        let summary = "Riot police clashed with protesters on Tuesday, and 15,000 students marched against tuition fees on Friday.";
        let spans = fired("attribution-dropped", source, summary);
        assert_eq!(spans, ["15,000 students marched against tuition fees on Friday"]);
    }

    #[test]
    fn silent_when_attribution_is_kept() {
        for s in [
            "Paris says her passport was taken away and she was forced to work in the engine room.",
            "According to Paris, her passport was taken away and she was forced to work in the engine room.",
        ] {
            assert!(fired("attribution-dropped", SOURCE, s).is_empty(), "{s}");
        }
    }
}
