//! negation-mismatch: polarity flipped between a claim and its evidence.

use super::{opposites, ClaimContext, Finding, Rule, Severity};
use crate::align::Word;
use crate::details::polarity::{governed, Scope};
use std::ops::Range;

/// Lowest share of the claim's weighted terms its best sentence must hold.
const MIN_SCORE: f64 = 0.5;

/// The rule.
pub const RULE: Rule = Rule {
    id: "negation-mismatch",
    severity: Severity::Warning,
    summary: "the claim flips the polarity of its evidence",
    doc: "negation-mismatch (warning)

Fires when a claim and its best source sentence (holding at least half of the claim's weighted
terms) disagree in polarity about the same words. A negation cue (not, n't, never, no, nothing,
without, failed to, refused to ...: grammar/negations.txt) governs the next three content words
of its clause; the rule fires when the source negates words that the claim states plainly (the
first governed word, or two of them) or the claim negates words the source states plainly. It
also fires on opposite verbs and adjectives (won/lost, approved/rejected, confirmed/denied:
grammar/antonyms.txt) used against the evidence.

What to do: restore the source's polarity.",
    check,
};

/// The claim's words (indices) whose stems the negated words of `scope` share, when enough do.
fn flipped(scope: &Scope, from: &[Word], plain: Range<usize>, to: &[Word], to_scopes: &[Scope]) -> Option<usize> {
    let stems: Vec<&str> = scope.governed.iter().map(|&g| from[g].stem.as_str()).collect();
    let first = stems.first()?;
    let plain_hit =
        |stem: &str| plain.clone().find(|&k| to[k].content && to[k].stem == stem && !governed(to_scopes, k));
    // The other side negating the same words somewhere too leaves the polarity open.
    let negated_there = plain.clone().any(|k| to[k].stem == *first && governed(to_scopes, k));
    let hits: Vec<usize> = stems.iter().filter_map(|s| plain_hit(s)).collect();
    // Without the negated predicate itself, two other words must agree, and names do not count
    // ("does not support Israeli strikes" says nothing against "distances itself from Israeli strikes").
    let common = hits.iter().filter(|&&k| !to[k].cap).count();
    let enough = plain_hit(first).is_some() || common >= 2;
    (enough && !negated_there).then(|| hits.first().copied()).flatten()
}

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let Some(best) = ctx.evidence.best().filter(|b| b.score >= MIN_SCORE) else { return };
    let sentence = src.words.sentences[best.sentence].clone();
    let (sw, mw) = (&src.words.words, &ctx.summary.words.words);
    let evidence = vec![src.sentence_span(best.sentence)];
    // The source negates what the claim states.
    for scope in src.negations.iter().filter(|s| sentence.contains(&s.cue.start)) {
        if let Some(k) = flipped(scope, sw, ctx.claim.words.clone(), mw, &ctx.summary.negations) {
            if ctx.is_quoted(k) {
                continue;
            }
            let cue = sw[scope.cue.start].span.cover(&sw[scope.cue.end - 1].span).slice(src.text());
            let mut f = ctx.finding(&RULE, mw[k].span, format!("the source says the opposite (“{cue}”)"), best.score);
            f.evidence.clone_from(&evidence);
            out.push(f);
            return;
        }
    }
    // The claim negates what the source states.
    for scope in
        ctx.summary.negations.iter().filter(|s| ctx.claim.words.contains(&s.cue.start) && !ctx.is_quoted(s.cue.start))
    {
        if flipped(scope, mw, sentence.clone(), sw, &src.negations).is_some() {
            let span = mw[scope.cue.start].span.cover(&mw[scope.cue.end - 1].span);
            let mut f = ctx.finding(&RULE, span, "the source states this without the negation".to_string(), best.score);
            f.evidence.clone_from(&evidence);
            out.push(f);
            return;
        }
    }
    for (k, p) in opposites(ctx, "negation") {
        let mut f = ctx.finding(
            &RULE,
            mw[k].span,
            format!("the source says “{}”, the opposite", sw[p].span.slice(src.text())),
            best.score,
        );
        f.evidence = vec![src.sentence_span(sw[p].sentence)];
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str =
        "The Bolivian and Colombian presidents attended the summit, but they did not attend the signing ceremony. \
                          Gary Fan failed to get re-elected in the constituency.";

    #[test]
    fn fires_on_a_dropped_or_added_negation() {
        let s = "The Bolivian and Colombian presidents attended the signing ceremony.";
        assert_eq!(fired("negation-mismatch", SOURCE, s), ["attended"]);
        assert_eq!(fired("negation-mismatch", SOURCE, "Gary Fan was re-elected in the constituency."), ["elected"]);
    }

    #[test]
    fn silent_when_polarity_agrees() {
        for s in
            ["The two presidents did not attend the signing ceremony.", "Gary Fan lost his seat in the constituency."]
        {
            assert!(fired("negation-mismatch", SOURCE, s).is_empty(), "{s}");
        }
    }
}
