//! hedge-dropped: the source hedges, the claim states it as certain.

use super::{ClaimContext, Finding, Rule, Severity};

/// Lowest share of the claim's weighted terms its best sentence must hold.
const MIN_SCORE: f64 = 0.5;
/// Fewest claim words a hedge must qualify in the evidence.
const MIN_QUALIFIED: usize = 2;

/// The rule.
pub const RULE: Rule = Rule {
    id: "hedge-dropped",
    severity: Severity::Warning,
    summary: "the source hedges (allegedly, may, reportedly) and the claim states it as certain",
    doc: "hedge-dropped (warning)

Fires when the claim's best source sentence (holding at least half of its weighted terms) carries
a hedge (allegedly, reportedly, may, could, likely, believed, expected, possible ...:
grammar/hedges.txt) that qualifies at least two of the claim's content words in its clause,
while the claim carries no hedge at all. A capitalised \"May\" is the month.

What to do: keep the hedge: the source does not know this for certain.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let Some(best) = ctx.evidence.best().filter(|b| b.score >= MIN_SCORE) else { return };
    if ctx.summary.hedges.iter().any(|h| ctx.claim.words.contains(&h.cue.start)) {
        return;
    }
    let src = ctx.source();
    let sentence = src.words.sentences[best.sentence].clone();
    let (sw, mw) = (&src.words.words, &ctx.summary.words.words);
    for scope in src.hedges.iter().filter(|h| sentence.contains(&h.cue.start)) {
        let in_claim = |g: usize| {
            ctx.claim.words.clone().find(|&k| mw[k].content && mw[k].stem == sw[g].stem && !ctx.is_quoted(k))
        };
        // The word the hedge qualifies first (its predicate) must be in the claim.
        if scope.governed.first().and_then(|&g| in_claim(g)).is_none() {
            continue;
        }
        let qualified: Vec<usize> = scope.governed.iter().filter_map(|&g| in_claim(g)).collect();
        if qualified.len() < MIN_QUALIFIED {
            continue;
        }
        let span = mw[qualified[0]].span.cover(&mw[*qualified.iter().max().unwrap_or(&qualified[0])].span);
        let hedge = sw[scope.cue.start].span.slice(src.text());
        let mut f = ctx.finding(
            &RULE,
            span,
            format!("the source hedges this with “{hedge}”; the summary states it as certain"),
            best.score,
        );
        f.evidence = vec![src.sentence_span(best.sentence)];
        out.push(f);
        return;
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str =
        "Some crops may have higher yields with more carbon dioxide. The Navy reportedly saved 200 more people.";

    #[test]
    fn fires_when_the_hedge_is_dropped() {
        assert_eq!(
            fired("hedge-dropped", SOURCE, "Some crops will have higher yields with more carbon dioxide.").len(),
            1
        );
        assert_eq!(fired("hedge-dropped", SOURCE, "The Navy saved 200 more people.").len(), 1);
    }

    #[test]
    fn silent_when_the_hedge_is_kept() {
        for s in [
            "Some crops might have higher yields with more carbon dioxide.",
            "The Navy reportedly saved 200 more people.",
        ] {
            assert!(fired("hedge-dropped", SOURCE, s).is_empty(), "{s}");
        }
    }
}
