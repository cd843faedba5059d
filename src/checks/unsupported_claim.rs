//! unsupported-claim: no source evidence covers the claim.

use super::{ClaimContext, Finding, Rule, Severity};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unsupported-claim",
    severity: Severity::Warning,
    summary: "no source evidence covers the claim",
    doc: "unsupported-claim (warning)

Fires on a claim of at least four content words outside quotations when its evidence (the best
one to three source sentences from the inverted index over stemmed content words) covers less
than 20% of the claim's terms weighted by inverse document frequency, and no more than 60% of
its terms occur anywhere in the source. The second condition separates content from outside the
article from a heavy paraphrase of it (new wording, same names and nouns). Names match across
spellings by Jaro-Winkler similarity; demonyms and capitals match their country. Quoted words are
left to the quotation rules. These thresholds (and the four terms) were chosen on `corpus/`
and hold for the default `editorial` profile. The `consistency` profile, chosen on the
development halves of the factual-consistency benchmarks for machine-written summaries, fires
below 70% coverage when at most 80% of the terms occur in the source, on claims of two terms or
more. quotecheck.toml can set all three ([unsupported-claim] min_coverage, max_presence,
min_terms).

Typical causes: an editorial conclusion the article never draws, a detail from outside the
article, or a statement invented for a speaker.

What to do: cut the claim, or find where the source says it and follow its words.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let quoted_evidence;
    let evidence = if ctx.claim.quotes.is_empty() {
        &ctx.evidence
    } else {
        let ix = &ctx.checker.index;
        let unquoted = ctx.claim.words.clone().filter(|&k| !ctx.is_quoted(k)).map(|k| &ctx.summary.words.words[k]);
        quoted_evidence = ix.evidence(ix.terms(unquoted, ctx.lex));
        &quoted_evidence
    };
    let limits = ctx.checker.settings.unsupported;
    if evidence.terms.len() < limits.min_terms
        || evidence.coverage >= limits.min_coverage
        || evidence.presence > limits.max_presence
    {
        return;
    }
    // The claim's own words for the terms found (not their stems).
    let text = ctx.summary.text();
    let found: Vec<&str> = evidence
        .terms
        .iter()
        .filter(|t| t.found)
        .filter_map(|t| ctx.words().iter().find(|w| w.stem == t.stem).map(|w| w.span.slice(text)))
        .collect();
    let mut f = ctx.finding(
        &RULE,
        ctx.claim.span,
        format!("the source does not support this claim ({:.0}% of its content found)", evidence.coverage * 100.0),
        1.0 - evidence.coverage,
    );
    if !found.is_empty() {
        f.note = Some(format!("only these terms occur in the source: {}", found.join(", ")));
    }
    out.push(f);
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str =
        "The council approved the new bridge on Monday. Construction will start in spring and cost 40 million euros.";

    #[test]
    fn fires_on_content_from_elsewhere() {
        let s = "Environmental groups have threatened lawsuits over the endangered salmon habitat.";
        assert_eq!(fired("unsupported-claim", SOURCE, s).len(), 1);
    }

    #[test]
    fn finds_a_number_that_tokenisation_split() {
        let source = "The film has now been viewed more than 235, 000 times online. It was shot in Essex.";
        let summary = "The film was viewed more than 235,000 times.";
        assert_eq!(crate::checks::fired_consistency("unsupported-claim", source, summary), 0);
    }

    #[test]
    fn silent_on_a_paraphrase() {
        assert!(fired(
            "unsupported-claim",
            SOURCE,
            "The council approved a new bridge, whose construction starts in spring."
        )
        .is_empty());
    }
}
