//! attribution-dropped: the summary states as fact what the source only reports as someone's
//! words or opinion.

use super::{ClaimContext, Finding, Rule, Severity};
use crate::speakers::speaker_keys;

/// Lowest share of the claim's weighted terms the best source sentence must hold.
const MIN_SCORE: f64 = 0.6;
/// Fewest claim terms the best sentence must hold.
const MIN_TERMS: usize = 4;
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
    if ctx.words().iter().any(|w| lex.cue_verbs.contains_key(&w.folded) || lex.cue_nouns.contains(&w.folded) || w.folded == "according") {
        return;
    }
    let Some(best) = ctx.evidence.best() else { return };
    if best.score < MIN_SCORE || ctx.evidence.found_terms() < MIN_TERMS {
        return;
    }
    let Some((a, share)) = ctx.attribution_holding(best.sentence, &ctx.evidence) else { return };
    if share < MIN_SHARE {
        return;
    }
    let src = ctx.source();
    let Some(entity) = src.analysis.speaker(a) else { return };
    let keys = speaker_keys(lex, entity);
    if ctx.words().iter().any(|w| keys.contains(&w.folded) || lex.place(&w.folded).is_some_and(|p| keys.iter().any(|k| k == p))) {
        return;
    }
    let attribution = &src.analysis.attributions[a];
    let cue = attribution.cue.map(|c| c.slice(src.text()).to_string());
    let mut f = ctx.finding(
        &RULE,
        ctx.claim.span,
        format!("the source gives this as the words of {}, not as fact", entity.name),
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
