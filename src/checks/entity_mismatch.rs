//! entity-mismatch: a name the source does not have, or a direction turned around.

use super::{opposites, ClaimContext, Finding, Rule, Severity};
use crate::details::names::{is_name, name_group, source_has_name};

/// The rule.
pub const RULE: Rule = Rule {
    id: "entity-mismatch",
    severity: Severity::Warning,
    summary: "a name (person, place, organisation) that the source does not have in this role",
    doc: "entity-mismatch (warning)

Fires on a name in a claim that the source never mentions: a capitalised word that is not a
title, role, month, weekday or sentence opener, or a word standing for a country (\"Swedish\").
The source has a name when it has the same word or stem, a spelling within Jaro-Winkler 0.9
(Araqchi / Araghchi), the same country (demonyms and capitals: \"Iranian\", \"Tehran\" and
\"Iran\" agree; grammar/demonyms.txt and grammar/capitals.txt), or an acronym it spells out
(\"GAO\"). It also fires when the claim swaps a direction against its evidence (north/south,
eastern/western: grammar/antonyms.txt). Names inside quotations are left to the quotation rules.

What to do: use the source's name.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let ch = ctx.checker;
    let words = &ctx.summary.words.words;
    let mut reported = Vec::new();
    for k in ctx.claim.words.clone() {
        let w = &words[k];
        let next = words.get(k + 1).filter(|n| n.sentence == w.sentence);
        if ctx.is_quoted(k) || !is_name(ctx.lex, w, next) || source_has_name(&ch.index, &ch.acronyms, ctx.lex, w) {
            continue;
        }
        let group = name_group(words, k);
        if reported.iter().any(|g: &crate::text::Span| g.overlaps(&group)) {
            continue;
        }
        reported.push(group);
        let message = format!("the source never mentions “{}”", w.span.slice(ctx.summary.text()));
        out.push(ctx.finding(&RULE, group, message, 1.0));
    }
    let src = ctx.source();
    for (k, p) in opposites(ctx, "entity") {
        let (w, o) = (&words[k], &src.words.words[p]);
        let mut f = ctx.finding(&RULE, w.span, format!("the source says “{}” here", o.span.slice(src.text())), 1.0);
        f.evidence = vec![src.sentence_span(o.sentence)];
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str = "The Finnish security firm F-Secure warned users. Azerbaijan shares a long border with Iran on its southern border. The Government Accountability Office agreed.";

    #[test]
    fn fires_on_a_foreign_name_and_a_swapped_direction() {
        assert_eq!(fired("entity-mismatch", SOURCE, "A Swedish security firm warned users."), ["Swedish"]);
        assert_eq!(fired("entity-mismatch", SOURCE, "Azerbaijan is bordered to the north by Iran along a long border."), ["north"]);
    }

    #[test]
    fn silent_on_variants_of_the_same_names() {
        for s in ["F-Secure, a firm from Finland, warned users.", "The GAO agreed.", "Iranian territory lies on Azerbaijan's southern border."] {
            assert!(fired("entity-mismatch", SOURCE, s).is_empty(), "{s}");
        }
    }
}
