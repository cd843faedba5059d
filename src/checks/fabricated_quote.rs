//! fabricated-quote: quoted words the source does not have.

use super::{ClaimContext, Finding, Rule, Severity};

/// Shortest quotation (in words) judged: shorter ones are often scare quotes of a paraphrase.
const MIN_WORDS: usize = 3;
/// Below this word similarity to the closest source passage, a quotation is fabricated.
pub const FABRICATED_BELOW: f64 = 0.5;

/// The rule.
pub const RULE: Rule = Rule {
    id: "fabricated-quote",
    severity: Severity::Error,
    summary: "quoted words in the summary appear nowhere in the source",
    doc: "fabricated-quote (error)

Fires when a quotation in the summary of at least three words matches no passage of the source:
not exactly (allowing an ellipsis for omitted words, [brackets] for inserted ones, case, quote-mark
style and punctuation), and not approximately either (word similarity below 0.5 to the closest
source passage, found by letting the quotation's words vote for an alignment). A quotation that
only resembles the source's narration (an approximate match outside any source quotation) is
fabricated too: nobody said those words.

Why it matters: a quotation promises the reader these are someone's own words. If the source has
nothing like them, the summary has put words in a mouth.

What to do: remove the quotation marks and paraphrase what the source says, or quote the source's
actual words.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    for q in &ctx.quotes {
        if q.words.len() < MIN_WORDS {
            continue;
        }
        let similarity = q.found.as_ref().map_or(0.0, |m| m.similarity);
        // Words that only resemble the source's narration were never anyone's quotation either.
        let resembles_narration = q.found.as_ref().is_some_and(|m| !m.exact) && q.source_quote.is_none();
        if similarity >= FABRICATED_BELOW && !resembles_narration {
            continue;
        }
        let a = &ctx.summary.analysis.attributions[q.attribution];
        let mut f = ctx.finding(
            &RULE,
            a.content,
            format!("this quotation is not in the source (closest passage: {:.0}% similar)", similarity * 100.0),
            1.0 - similarity,
        );
        f.summary_speaker = ctx.summary.speaker_ref(q.attribution);
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str = "The rocket launched on Tuesday. “It was a great success,” said program manager Jane Doe.";

    #[test]
    fn fires_on_invented_words() {
        let s = "Jane Doe called it “a proud day for everyone who worked on this rocket.”";
        assert_eq!(fired("fabricated-quote", SOURCE, s), ["a proud day for everyone who worked on this rocket."]);
    }

    #[test]
    fn silent_on_real_words() {
        assert!(fired("fabricated-quote", SOURCE, "Jane Doe said “it was a great success.”").is_empty());
        assert!(fired("fabricated-quote", SOURCE, "It was a “success,” Doe said.").is_empty());
    }
}
