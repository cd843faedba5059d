//! misattributed-claim: a paraphrase credited to one speaker that the source gives to another,
//! or to nobody.

use super::{ClaimContext, Finding, Rule, Severity};
use crate::speakers::{names_key, EntityKind, SameSpeaker};

/// Lowest share of the statement's weighted terms the best source sentence must hold.
const MIN_SCORE: f64 = 0.3;
/// Fewest statement terms the best sentence must hold.
const MIN_TERMS: usize = 4;
/// Share of the matched words a source attribution must hold to be the statement's origin.
const MIN_SHARE: f64 = 0.5;

/// The rule.
pub const RULE: Rule = Rule {
    id: "misattributed-claim",
    severity: Severity::Error,
    summary: "a paraphrase credited to one speaker is, in the source, someone else's (or the narrator's)",
    doc: "misattributed-claim (error)

Fires on a reported statement in the summary (\"X said that ...\", \"according to X\", \"X's
assertion that ...\", \"X released a statement saying ...\") when the source sentence that best
matches the statement's content (at least 40% of its weighted terms and three terms) holds it
inside an attribution to a different speaker, compared as entities (surname, role, capital and
country all match their full forms). It also fires when the source states the content in its own
narration and never names the summary's speaker in that sentence: the summary has given the
narrator's words a speaker.

What to do: credit the statement to the speaker the source gives, or present it as the article's
own account.",
    check,
};

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let src = ctx.source();
    for st in &ctx.statements {
        let Some(best) = st.evidence.best() else { continue };
        let Some(entity) = ctx.summary.analysis.speaker(st.attribution) else { continue };
        if best.score < MIN_SCORE || st.evidence.found_terms() < MIN_TERMS || entity.kind == EntityKind::Group {
            continue;
        }
        // A speaker the source names right there may well be the source's own speaker, reached
        // by a path the grammar missed: precision first.
        if speaks_nearby(ctx, st.attribution, best.sentence) || credited_elsewhere(ctx, st, best.score) {
            continue;
        }
        let span = ctx.summary.analysis.attributions[st.attribution].content;
        let sentence = src.sentence_span(best.sentence);
        let (message, source_speaker) = match st.source_attribution {
            Some((a, share)) if share >= MIN_SHARE => {
                if ctx.same_speaker(st.attribution, a) != SameSpeaker::Different {
                    continue;
                }
                let Some(other) = src.speaker_ref(a) else { continue };
                (
                    format!(
                        "the summary credits this to {}, but in the source it is what {} said",
                        entity.name, other.name
                    ),
                    Some(other),
                )
            }
            Some(_) => continue,
            None => {
                if paragraph_attributes(ctx, best.sentence) || named_in_sentence(ctx, entity, best.sentence) {
                    continue;
                }
                (format!("the source says this in its own narration; it does not credit it to {}", entity.name), None)
            }
        };
        let mut f = ctx.finding(&RULE, span, message, best.score);
        f.evidence = vec![sentence];
        f.summary_speaker = ctx.summary.speaker_ref(st.attribution);
        f.source_speaker = source_speaker;
        out.push(f);
    }
}

/// True when the source credits the statement's content to the summary's speaker somewhere:
/// an attribution of the same speaker holds terms of at least the weight the best sentence
/// matched. A source may say the same thing twice, once in its narration and once as the
/// speaker's.
fn credited_elsewhere(ctx: &ClaimContext, st: &super::AlignedStatement, best: f64) -> bool {
    let src = ctx.source();
    let total: f64 = st.evidence.terms.iter().map(|t| t.weight).sum();
    if total <= 0.0 {
        return false;
    }
    src.analysis.attributions.iter().enumerate().any(|(i, a)| {
        if a.is_loose() || ctx.same_speaker(st.attribution, i) != SameSpeaker::Same {
            return false;
        }
        let words = &src.words.words[src.words.within(a.content)];
        let held: f64 = st
            .evidence
            .terms
            .iter()
            .filter(|t| words.iter().any(|w| w.content && w.stem == t.stem))
            .map(|t| t.weight)
            .sum();
        held / total >= best
    })
}

/// True when the source names the entity (any of its keys) in sentence `s`, or, for a person or
/// organisation, anywhere in its paragraph. Places are named everywhere in a story about them, so
/// only the sentence counts for them.
fn named_in_sentence(ctx: &ClaimContext, entity: &crate::speakers::Entity, s: usize) -> bool {
    let keys = crate::speakers::speaker_keys(ctx.lex, entity);
    let src = ctx.source();
    let doc = &src.analysis.doc;
    let range = if entity.kind == EntityKind::Place {
        src.words.sentences[s].clone()
    } else {
        let p = doc.paragraphs[doc.sentences[s].paragraph].sentences.clone();
        src.words.sentences[p.start].start..src.words.sentences[p.end - 1].end
    };
    src.words.words[range].iter().any(|w| names_key(ctx.lex, &keys, &w.folded))
}

/// True when the source credits anything in the paragraph of sentence `s`, or the paragraphs
/// next to it, to the summary's speaker.
fn speaks_nearby(ctx: &ClaimContext, summary_attr: usize, s: usize) -> bool {
    let src = ctx.source();
    let doc = &src.analysis.doc;
    let p = doc.sentences[s].paragraph;
    let near =
        doc.paragraphs[p.saturating_sub(1)].span.cover(&doc.paragraphs[(p + 1).min(doc.paragraphs.len() - 1)].span);
    src.analysis.attributions.iter().enumerate().any(|(i, a)| {
        !a.is_loose() && near.overlaps(&a.content) && ctx.same_speaker(summary_attr, i) == SameSpeaker::Same
    })
}

/// True when the paragraph of source sentence `s` holds any attribution with a speaker (the
/// narration may continue someone's account that the grammar did not frame).
fn paragraph_attributes(ctx: &ClaimContext, s: usize) -> bool {
    let src = ctx.source();
    let doc = &src.analysis.doc;
    let p = doc.paragraphs[doc.sentences[s].paragraph].span;
    src.analysis
        .attributions
        .iter()
        .enumerate()
        .any(|(i, a)| !a.is_loose() && p.overlaps(&a.content) && src.analysis.speaker(i).is_some())
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str = "Efraim Halevy, a former intelligence chief, said Israel does not wish to involve Azerbaijan in military activities that would cause loss of life.\n\n\
                          The region has seen decades of conflict over disputed mountain territory.";

    #[test]
    fn fires_when_another_speaker_said_it() {
        let s = "The Foreign Ministry said that Israel does not wish to involve Azerbaijan in military activities causing loss of life.";
        assert_eq!(fired("misattributed-claim", SOURCE, s).len(), 1);
    }

    #[test]
    fn fires_when_the_narrator_said_it() {
        let s = "Tehran has claimed that the region has seen decades of conflict over disputed mountain territory.";
        assert_eq!(fired("misattributed-claim", SOURCE, s).len(), 1);
    }

    #[test]
    fn silent_for_the_right_speaker() {
        let s = "Halevy said Israel does not wish to involve Azerbaijan in military activities that cost lives.";
        assert!(fired("misattributed-claim", SOURCE, s).is_empty());
    }
    #[test]
    fn silent_when_the_source_also_credits_it_to_the_speaker() {
        let source = "The prints came from a foundation in New York.\n\nThe gallery opens at nine.\n\n\
                      Tickets cost ten dollars.\n\n\
                      The prints came from a foundation in New York, according to curator Ann Wells.";
        let s = "The prints came from a foundation in New York, according to Ann Wells.";
        assert!(fired("misattributed-claim", source, s).is_empty());
    }
}
