//! number-mismatch: a number the source does not give, or a comparison turned around.

use super::{opposites, ClaimContext, Finding, Rule, Severity};
use crate::details::numbers::NumberMention;

/// The rule.
pub const RULE: Rule = Rule {
    id: "number-mismatch",
    severity: Severity::Warning,
    summary: "a number differs from the source's, or the source never gives it",
    doc: "number-mismatch (warning)

Fires on a number in a claim (digits, number words, scales such as \"1.5 million\" or \"$2bn\",
percentages) that no number in the source agrees with. Agreement allows rounding to the precision
the summary writes (\"27 percent\" for 26.6) and, after \"about\", \"nearly\", \"more than\" and
the like, ten per cent. Ordinal words (\"first\", \"third\") are judged only against the ordinals
of the claim's evidence. It also fires when the claim turns a comparison around (rose/fell,
higher/lower, largest/smallest: grammar/antonyms.txt) against its evidence. Numbers inside
quotations are left to the quotation rules; years and days of the month to date-mismatch.

What to do: give the source's figure.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let evidence_numbers: Vec<&NumberMention> = match ctx.evidence.best() {
        Some(b) => {
            let span = src.sentence_span(b.sentence);
            src.numbers.iter().filter(|n| span.contains(&n.span)).collect()
        }
        None => Vec::new(),
    };
    for n in ctx.summary.numbers.iter().filter(|n| ctx.claim.span.contains(&n.span)) {
        let first = ctx.summary.words.within(n.span).start;
        if ctx.is_quoted(first) {
            continue;
        }
        let is_word = |w: &crate::align::Word| !w.folded.starts_with(|c: char| c.is_ascii_digit());
        let word = is_word(&ctx.summary.words.words[first]);
        // Ordinal words ("first") and small number words ("the two") are judged only against the
        // evidence's numbers of the same form: they are too common to look up anywhere.
        let agrees = if word && (n.ordinal || n.value() <= 10.0) {
            let same_form: Vec<_> = evidence_numbers
                .iter()
                .filter(|e| e.ordinal == n.ordinal && is_word(&src.words.words[src.words.within(e.span).start]))
                .collect();
            same_form.is_empty() || same_form.iter().any(|e| n.agrees_with(e))
        } else {
            src.numbers.iter().any(|s| n.agrees_with(s))
        };
        // Digits the source writes verbatim (a day of the month there, say) are given.
        let digits = &ctx.summary.words.words[first];
        let verbatim =
            || !word && n.span.len() == digits.span.len() && src.words.words.iter().any(|w| w.folded == digits.folded);
        if agrees || verbatim() {
            continue;
        }
        let mut f = ctx.finding(&RULE, n.span, "the source does not give this number".to_string(), 1.0);
        let near: Vec<&str> = evidence_numbers.iter().map(|e| e.span.slice(src.text())).collect();
        if !near.is_empty() {
            f.message = format!("the source gives {} here, not this number", near.join(", "));
        }
        out.push(f);
    }
    for (k, p) in opposites(ctx, "number") {
        let (w, o) = (&ctx.summary.words.words[k], &src.words.words[p]);
        let mut f =
            ctx.finding(&RULE, w.span, format!("the source says “{}”, the opposite", o.span.slice(src.text())), 1.0);
        f.evidence = vec![src.sentence_span(o.sentence)];
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str =
        "The rocket produces 758,000 pounds of thrust. Sales rose by 26.6 percent in the third quarter.";

    #[test]
    fn fires_on_a_changed_figure_and_a_reversed_trend() {
        assert_eq!(fired("number-mismatch", SOURCE, "The rocket produces 785,000 pounds of thrust."), ["785,000"]);
        assert_eq!(fired("number-mismatch", SOURCE, "Sales fell by 26.6 percent in the third quarter."), ["fell"]);
        assert_eq!(fired("number-mismatch", SOURCE, "Sales rose by 26.6 percent in the second quarter."), ["second"]);
    }

    #[test]
    fn reads_a_decimal_that_tokenisation_split() {
        let source = "Dog one got it right in 98. 7 per cent of cases. The study cost $ 1. 7 million.";
        assert!(fired("number-mismatch", source, "The dog was right in 98.7 per cent of cases.").is_empty());
        assert!(fired("number-mismatch", source, "The study cost $1.7 million.").is_empty());
        assert_eq!(fired("number-mismatch", source, "The dog was right in 97.8 per cent of cases."), ["97.8"]);
    }

    #[test]
    fn silent_on_rounding_and_other_forms() {
        for s in ["The rocket makes about 760,000 pounds of thrust.", "Sales rose 27 percent in the third quarter."] {
            assert!(fired("number-mismatch", SOURCE, s).is_empty(), "{s}");
        }
    }
}
