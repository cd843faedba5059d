//! altered-quote: a quotation that matches the source only approximately.

use super::fabricated_quote::FABRICATED_BELOW;
use super::{ClaimContext, Finding, Rule, Severity};
use crate::align::render_diff;

/// The rule.
pub const RULE: Rule = Rule {
    id: "altered-quote",
    severity: Severity::Error,
    summary: "a quotation differs from the source's words",
    doc: "altered-quote (error)

Fires when a quotation in the summary matches a source quotation only approximately (word
similarity of at least 0.5 but not an exact match). The finding shows a word diff: [-word-] for
source words the summary dropped or replaced, {+word+} for words it added.

Legitimate editing never fires: an ellipsis for omitted words, [brackets] (or parentheses in wire
copy) for inserted or replaced words, the first letter's case, punctuation at either end, and the
style of quotation marks. Case, punctuation and diacritics are ignored throughout.

What to do: restore the source's words, or mark the edit with an ellipsis or brackets.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    for q in &ctx.quotes {
        let Some(m) = q.found.as_ref().filter(|m| !m.exact && m.similarity >= FABRICATED_BELOW) else { continue };
        // An approximate match outside the source's quotations is fabricated-quote's.
        if q.words.len() < 2 || q.source_quote.is_none() {
            continue;
        }
        let a = &ctx.summary.analysis.attributions[q.attribution];
        let mut f = ctx.finding(
            &RULE,
            a.content,
            format!("this quotation differs from the source ({:.0}% of the words agree)", m.similarity * 100.0),
            m.similarity,
        );
        f.evidence = vec![m.span];
        f.note = Some(format!("word diff against the source: {}", render_diff(&m.diff)));
        f.summary_speaker = ctx.summary.speaker_ref(q.attribution);
        f.source_speaker = q.source_quote.and_then(|s| ctx.source().speaker_ref(s));
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str =
        "“The whole mission will be demonstrated in anticipation of future heavy lifts,” said Col. John Smith.";

    #[test]
    fn fires_on_a_changed_word() {
        let s = "Smith said “the entire mission will be demonstrated in anticipation of future heavy lifts.”";
        assert_eq!(fired("altered-quote", SOURCE, s).len(), 1);
    }

    #[test]
    fn silent_on_ellipsis_brackets_and_case() {
        for s in [
            "Smith said “the whole mission … in anticipation of future heavy lifts.”",
            "Smith said “[the] mission will be demonstrated in anticipation of future heavy lifts.”",
            "“THE WHOLE MISSION will be demonstrated,” Smith said.",
        ] {
            assert!(fired("altered-quote", SOURCE, s).is_empty(), "{s}");
        }
    }
}
