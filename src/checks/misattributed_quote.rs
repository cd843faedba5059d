//! misattributed-quote: a quotation the source gives to someone else.

use super::{ClaimContext, Finding, Rule, Severity};
use crate::speakers::SameSpeaker;

/// Lowest similarity at which the summary's quotation is taken to be the source's.
const SAME_QUOTE: f64 = 0.8;

/// The rule.
pub const RULE: Rule = Rule {
    id: "misattributed-quote",
    severity: Severity::Error,
    summary: "the quotation is in the source, from a different speaker",
    doc: "misattributed-quote (error)

Fires when a quotation in the summary is found in the source (exactly, or with at least 0.8 word
similarity) inside a source quotation whose speaker is a different entity from the one the
summary names. Speakers are compared as entities, not strings: a surname matches the full name,
a transliteration matches by Jaro-Winkler similarity, a capital matches its country, a role
matches a person who carries it. When either speaker is unknown the rule stays silent.

The finding shows both speakers and how each was resolved (direct, surname, pronoun,
continuation, role, context), so an editor can check the chain in seconds.

What to do: credit the quotation to the source's speaker.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    for q in &ctx.quotes {
        let (Some(m), Some(sq)) = (&q.found, q.source_quote) else { continue };
        if m.similarity < SAME_QUOTE
            || q.words.len() < 2
            || ctx.same_speaker(q.attribution, sq) != SameSpeaker::Different
        {
            continue;
        }
        let summary_speaker = ctx.summary.speaker_ref(q.attribution);
        let source_speaker = ctx.source().speaker_ref(sq);
        let (Some(a), Some(b)) = (&summary_speaker, &source_speaker) else { continue };
        let a_span = ctx.summary.analysis.attributions[q.attribution].content;
        let mut f = ctx.finding(
            &RULE,
            a_span,
            format!("the summary credits this quotation to {}, but the source gives it to {}", a.name, b.name),
            m.similarity,
        );
        f.evidence = vec![m.span];
        f.summary_speaker = summary_speaker;
        f.source_speaker = source_speaker;
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str = "“We will win this election,” said party leader Anna Berg. \
                          Her rival, Tom Lund, disagreed. “They have no plan at all,” he said.";

    #[test]
    fn fires_when_another_speaker_said_it() {
        let s = "Tom Lund said: “We will win this election.”";
        assert_eq!(fired("misattributed-quote", SOURCE, s), ["We will win this election."]);
    }

    #[test]
    fn silent_for_the_right_speaker_in_any_form() {
        for s in ["Berg said: “We will win this election.”", "Lund said “they have no plan at all.”"] {
            assert!(fired("misattributed-quote", SOURCE, s).is_empty(), "{s}");
        }
    }
}
