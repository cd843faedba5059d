//! entity-mismatch: a name the source does not have, or a direction turned around.

use super::{opposites, ClaimContext, Finding, Rule, Severity};
use crate::align::Word;
use crate::details::names::{is_name, name_group, source_has_name};
use crate::text::Span;

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
(\"GAO\"); an abbreviation that tokenisation split into letters (\"U. S.\") is the same word. It
also fires when the claim swaps a direction against its evidence (north/south,
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
        if reported.iter().any(|g: &Span| g.overlaps(&group)) {
            continue;
        }
        reported.push(group);
        let message = format!("the source never mentions “{}”", w.span.slice(ctx.summary.text()));
        out.push(ctx.finding(&RULE, group, message, 1.0));
    }
    swapped_names(ctx, &mut reported, out);
    let src = ctx.source();
    for (k, p) in opposites(ctx, "entity") {
        let (w, o) = (&words[k], &src.words.words[p]);
        let mut f = ctx.finding(&RULE, w.span, format!("the source says “{}” here", o.span.slice(src.text())), 1.0);
        f.evidence = vec![src.sentence_span(o.sentence)];
        out.push(f);
    }
}

/// Lowest share of the claim's weighted terms its best sentence must hold for a name swap.
const MIN_SCORE: f64 = 0.5;

/// The stems of the nearest content words before and after `at` in `words[range]`.
fn neighbours(words: &[Word], range: std::ops::Range<usize>, at: usize) -> (Option<&str>, Option<&str>) {
    let before = range.clone().rev().find(|&k| k < at && words[k].content).map(|k| words[k].stem.as_str());
    let after = range.filter(|&k| k > at && words[k].content).find(|_| true).map(|k| words[k].stem.as_str());
    (before, after)
}

/// True for a capital city (grammar/capitals.txt).
fn is_city(lex: &crate::lexicon::Lexicon, w: &Word) -> bool {
    lex.capitals.contains_key(w.folded.as_str())
}

/// True for a word that stands for a country (a country name, demonym or capital).
fn is_place(lex: &crate::lexicon::Lexicon, w: &Word) -> bool {
    lex.place(w.folded.as_str()).is_some() || lex.is_country(w.folded.as_str())
}

fn same_name(lex: &crate::lexicon::Lexicon, a: &Word, b: &Word) -> bool {
    let domain = |x: &str, y: &str| x.strip_prefix(y).is_some_and(|rest| rest.starts_with('.'));
    a.stem == b.stem
        // A country and its demonym or capital are one name; two cities of one country are not.
        || lex.place(a.folded.as_str()) == Some(b.folded.as_str())
        || lex.place(b.folded.as_str()) == Some(a.folded.as_str())
        || (lex.place(a.folded.as_str()).is_some() && lex.place(a.folded.as_str()) == lex.place(b.folded.as_str()) && !is_city(lex, a) && !is_city(lex, b))
        || domain(&a.folded, &b.folded)
        || domain(&b.folded, &a.folded)
        || crate::align::index::similar_names(&a.folded, &b.folded)
}

/// Names the source has, but where the claim's best evidence puts another name in the same slot
/// ("Florida Secretary of State Blackwell" against "Ohio Secretary of State Blackwell").
fn swapped_names(ctx: &ClaimContext, reported: &mut Vec<Span>, out: &mut Vec<Finding>) {
    let Some(best) = ctx.evidence.best().filter(|b| b.score >= MIN_SCORE) else { return };
    let src = ctx.source();
    let (sw, mw) = (&src.words.words, &ctx.summary.words.words);
    let ev = src.words.sentences[best.sentence].clone();
    let claim = ctx.claim.words.clone();
    for k in claim.clone() {
        let next = mw.get(k + 1).filter(|n| n.sentence == mw[k].sentence);
        if ctx.is_quoted(k) || !is_name(ctx.lex, &mw[k], next) || reported.iter().any(|g| g.overlaps(&mw[k].span)) {
            continue;
        }
        if ev.clone().any(|j| same_name(ctx.lex, &sw[j], &mw[k])) {
            continue;
        }
        // The other name must be of the same sort (a place for a place) and share a neighbour on
        // the same side: "Florida Secretary" / "Ohio Secretary", "in Tokyo" / "in Beijing".
        let (before, after) = neighbours(mw, claim.clone(), k);
        let place = is_place(ctx.lex, &mw[k]);
        let other = ev.clone().find(|&j| {
            let next = sw.get(j + 1).filter(|n| n.sentence == sw[j].sentence);
            let (b, a) = neighbours(sw, ev.clone(), j);
            is_name(ctx.lex, &sw[j], next)
                && is_place(ctx.lex, &sw[j]) == place
                && ((b.is_some() && b == before) || (a.is_some() && a == after))
                && !claim.clone().any(|c| same_name(ctx.lex, &mw[c], &sw[j]))
        });
        let Some(j) = other else { continue };
        let group = name_group(mw, k);
        reported.push(group);
        let theirs = sw[j].span.slice(src.text());
        let message = format!("the source has “{theirs}” here, not “{}”", mw[k].span.slice(ctx.summary.text()));
        let mut f = ctx.finding(&RULE, group, message, best.score);
        f.evidence = vec![src.sentence_span(best.sentence)];
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str = "The Finnish security firm F-Secure warned users. Azerbaijan shares a long border with Iran on its southern border. The Government Accountability Office agreed.";

    #[test]
    fn fires_on_a_name_in_another_names_slot() {
        let source =
            "Ohio Secretary of State Kenneth Blackwell defended the count. Voters in Florida waited for hours.";
        let s = "Florida Secretary of State Kenneth Blackwell defended the count.";
        assert_eq!(fired("entity-mismatch", source, s), ["Florida Secretary"]);
    }

    #[test]
    fn fires_on_a_foreign_name_and_a_swapped_direction() {
        assert_eq!(fired("entity-mismatch", SOURCE, "A Swedish security firm warned users."), ["Swedish"]);
        assert_eq!(
            fired("entity-mismatch", SOURCE, "Azerbaijan is bordered to the north by Iran along a long border."),
            ["north"]
        );
    }

    #[test]
    fn silent_on_an_abbreviation_that_tokenisation_split() {
        let source = "They crossed two canadian provinces as well as five u. S. States - new york and ohio.";
        let summary = "They crossed two canadian provinces and five u.s. states.";
        assert!(fired("entity-mismatch", source, summary).is_empty());
    }

    #[test]
    fn silent_on_variants_of_the_same_names() {
        for s in [
            "F-Secure, a firm from Finland, warned users.",
            "The GAO agreed.",
            "Iranian territory lies on Azerbaijan's southern border.",
        ] {
            assert!(fired("entity-mismatch", SOURCE, s).is_empty(), "{s}");
        }
    }
}
