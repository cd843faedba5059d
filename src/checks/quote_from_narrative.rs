//! quote-from-narrative: quoted words that are the article's own narration.

use super::{ClaimContext, Finding, Rule, Severity};

/// Shortest quotation (in words) judged: two-word phrases recur in any prose.
const MIN_WORDS: usize = 3;

/// The rule.
pub const RULE: Rule = Rule {
    id: "quote-from-narrative",
    severity: Severity::Error,
    summary: "the quoted words are the article's own narration, not anyone's quotation",
    doc: "quote-from-narrative (error)

Fires when a quotation of at least three words in the summary is found word for word in the
source, but outside any quotation marks there: the words are the reporter's narration (or the
reporter's paraphrase of someone), so putting them in quotation marks, usually with a speaker,
invents a quotation.

What to do: drop the quotation marks (the content may well be right), or quote what the speaker
actually said.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    for q in &ctx.quotes {
        let Some(m) = q.found.as_ref().filter(|m| m.exact) else { continue };
        if q.words.len() < MIN_WORDS || q.source_quote.is_some() || q.source_attribution.is_some() {
            continue;
        }
        if speech_like(ctx, m.words.clone()) {
            continue;
        }
        let span = ctx.summary.analysis.attributions[q.attribution].content;
        let mut f =
            ctx.finding(&RULE, span, "these words are the source's narration, not a quotation".to_string(), 1.0);
        f.evidence = vec![m.span];
        f.summary_speaker = ctx.summary.speaker_ref(q.attribution);
        if let Some(a) = q.source_attribution {
            f.source_speaker = ctx.source().speaker_ref(a);
            f.note = Some("the source reports this in its own words, without quotation marks".to_string());
        }
        out.push(f);
    }
}

/// First-person words: news narration never speaks as "I" or "we", so a passage that does is
/// someone's speech that lost its quotation marks.
const FIRST_PERSON: &[&str] =
    &["i", "me", "my", "mine", "we", "us", "our", "ours", "i'm", "i've", "we're", "we've", "i'd", "we'd"];

/// True when the matched source words read as speech: first person, or introduced by a colon in
/// the same or the previous sentence of the paragraph ("... denied the allegations: She ...").
fn speech_like(ctx: &ClaimContext, words: std::ops::Range<usize>) -> bool {
    let src = ctx.source();
    let sw = &src.words.words;
    if sw[words.clone()].iter().any(|w| FIRST_PERSON.contains(&w.folded.as_str())) {
        return true;
    }
    let doc = &src.analysis.doc;
    let Some(first) = sw.get(words.start) else { return false };
    let s = first.sentence;
    let para = doc.sentences[s].paragraph;
    let from = if s > 0 && doc.sentences[s - 1].paragraph == para { s - 1 } else { s };
    let text = doc.slice(crate::text::Span::new(doc.sentences[from].span.start, first.span.start));
    if text.contains(':') {
        return true;
    }
    // Quotation marks the pairing could not use (`Wilkins said," [Warhol] liked ..."`).
    let last = &sw[words.end - 1];
    let sentence = doc.sentences[last.sentence].span;
    let around = [
        doc.slice(crate::text::Span::new(doc.sentences[s].span.start, first.span.start)),
        doc.slice(crate::text::Span::new(last.span.end, sentence.end.max(last.span.end))),
    ];
    around.iter().any(|t| t.contains(['"', '“', '”', '«', '»', '„']))
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str = "The launch was a major milestone in the program. “It flew perfectly,” said Jane Doe.";

    #[test]
    fn fires_on_quoted_narration() {
        let s = "Doe called the launch “a major milestone in the program.”";
        assert_eq!(fired("quote-from-narrative", SOURCE, s), ["a major milestone in the program."]);
    }

    #[test]
    fn silent_on_a_real_quotation() {
        assert!(fired("quote-from-narrative", SOURCE, "Doe said “it flew perfectly.”").is_empty());
    }
}
