//! attribution-dropped: the summary states as fact what the source only reports as someone's
//! words or opinion.

use super::{ClaimContext, Finding, Rule, Severity};
use crate::speakers::{names_key, speaker_keys};

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
    let held = ctx.evidence.sentences.iter().find_map(|e| {
        let stems: rustc_hash::FxHashSet<&str> =
            src.words.words[src.words.sentences[e.sentence].clone()].iter().map(|w| w.stem.as_str()).collect();
        let matched = ctx.evidence.terms.iter().filter(|t| stems.contains(t.stem.as_str())).count();
        let enough =
            if e.sentence == ctx.evidence.sentences[0].sentence { e.score >= MIN_SCORE } else { e.score >= MIN_PART };
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
            (Some(sp), Some(_)) => sp.span.slice(src.text()).to_string(),
            _ => return,
        },
    };
    let cue = attribution.cue.map(|c| c.slice(src.text()).to_string());
    let mut f = ctx.finding(
        &RULE,
        ctx.claim.span,
        format!("the source gives this as the words of {name}, not as fact"),
        share * best.score,
    );
    f.evidence = vec![attribution.content];
    f.source_speaker = src.speaker_ref(a);
    f.note = cue.map(|c| format!("the source attributes it with “{c}”"));
    out.push(f);
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
    fn silent_when_attribution_is_kept() {
        for s in [
            "Paris says her passport was taken away and she was forced to work in the engine room.",
            "According to Paris, her passport was taken away and she was forced to work in the engine room.",
        ] {
            assert!(fired("attribution-dropped", SOURCE, s).is_empty(), "{s}");
        }
    }
}
