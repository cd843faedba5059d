//! Attribution frames around a direct quotation.
//!
//! ```text
//! post_frame    := [, — --]? (aux_adverbs cue speaker           ", said Richard Kauzlarich"
//!                            | according_to speaker              ", according to the ministry"
//!                            | speaker apposition? aux_adverbs cue)   ", Kauzlarich said", ", he said"
//! apposition    := "," (word but not a cue){1,15} ","
//! pre_frame     := ... speaker aux_adverbs cue object? [: ,]? quote      "Shiriyev said: “...”"
//!                | ... speaker aux_adverbs cue CLAUSE-with-quote      "the ministry said Baku was “concerned”"
//!                | SUBJECT ... , cue-ing ... quote                      "..., saying Baku was “concerned”"
//!                | according_to speaker , ... quote
//! ```
//! A post frame is tried first (it is the commonest and the least ambiguous), then the nearest cue
//! before the quote in its sentence whose speaker can be parsed.

use super::phrases::{aux_adverbs, clause_subject, speaker, subject_before, SpeakerPhrase};
use super::words::{is_cue, multiword_cue, Words, W};
use crate::lexicon::Lexicon;
use crate::text::Span;
use nom::Parser;

/// A frame that attributes a quote: the cue and the speaker phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The cue (verb or "according to").
    pub cue: Span,
    /// The speaker phrase.
    pub speaker: SpeakerPhrase,
    /// True when the frame introduces the quote directly (`S said: “...”`, `“...,” S said`).
    pub immediate: bool,
}

/// The frame right after a quote: `ws` starts at the first token after the closing mark.
pub fn post_frame(lex: &Lexicon, ws: &[W]) -> Option<Frame> {
    let mut i = 0;
    if ws.first().is_some_and(|w| [",", "-", "--", "—", "–"].iter().any(|p| w.is_punct(p))) {
        i = 1;
    }
    let rest = &ws[i..];
    // cue first: ", said Richard Kauzlarich"
    if let Ok((after, _)) = aux_adverbs().parse(Words(rest)) {
        if let Some(cue) = after.0.first().filter(|w| is_cue(w) && !w.cap) {
            if let Ok((_, sp)) = speaker(lex).parse(Words(&after.0[1..])) {
                return Some(Frame { cue: cue.span, speaker: sp, immediate: true });
            }
        }
    }
    // ", according to the ministry"
    if let Ok((after, cue)) = multiword_cue(lex).parse(Words(rest)) {
        if let Ok((_, sp)) = speaker(lex).parse(after) {
            return Some(Frame { cue, speaker: sp, immediate: true });
        }
    }
    // speaker first: ", Kauzlarich said"
    let (after, sp) = speaker(lex).parse(Words(rest)).ok()?;
    let mut after = after.0;
    if after.first().is_some_and(|w| w.is_punct(",")) {
        if let Some(k) = after.iter().take(16).skip(1).position(|w| w.is_punct(",")) {
            if !after[1..k + 1].iter().any(|w| is_cue(w) || w.mark || w.ends_sentence()) {
                after = &after[k + 2..];
            }
        }
    }
    let (after, _) = aux_adverbs().parse(Words(after)).ok()?;
    let cue = after.0.first().filter(|w| is_cue(w))?;
    Some(Frame { cue: cue.span, speaker: sp, immediate: true })
}

/// True for a cue in its -ing form ("saying", "adding"), whose speaker is the clause's subject.
fn is_participle(w: &W) -> bool {
    w.folded.ends_with("ing")
}

/// The nearest cue before the quote, in its sentence. `ws` are the sentence's words up to the
/// opening mark; `quoted(i)` tells whether word `i` lies inside another quotation.
pub fn pre_frame(lex: &Lexicon, ws: &[W], quoted: impl Fn(usize) -> bool) -> Option<Frame> {
    let end = ws.len();
    for c in (0..end).rev() {
        if quoted(c) {
            continue;
        }
        let w = &ws[c];
        if let Ok((after, cue)) = multiword_cue(lex).parse(Words(&ws[c..])) {
            if cue.start == w.span.start {
                if let Ok((_, sp)) = speaker(lex).parse(after) {
                    if sp.span.end <= w.span.end.max(ws[end - 1].span.end) {
                        return Some(Frame { cue, speaker: sp, immediate: false });
                    }
                }
            }
        }
        if w.lexical.cue_noun && c > 0 && !quoted(c - 1) {
            let owner = &ws[c - 1];
            if owner.is_possessive() && owner.cap || matches!(owner.folded.as_str(), "his" | "her" | "their" | "its") {
                let span = if owner.is_possessive() {
                    let mut start = c - 1;
                    while start > 0 && ws[start - 1].cap && ws[start - 1].is_word() && !ws[start - 1].is_possessive() {
                        start -= 1;
                    }
                    Span::new(ws[start].span.start, owner.span.end)
                } else {
                    owner.span
                };
                let kind = if owner.is_possessive() {
                    super::phrases::PhraseKind::Named
                } else {
                    super::phrases::PhraseKind::Pronoun(match owner.folded.as_str() {
                        "his" => crate::lexicon::Gender::Masculine,
                        "her" => crate::lexicon::Gender::Feminine,
                        "its" => crate::lexicon::Gender::Neuter,
                        _ => crate::lexicon::Gender::Plural,
                    })
                };
                return Some(Frame { cue: w.span, speaker: SpeakerPhrase { span, kind }, immediate: false });
            }
        }
        if !is_cue(w) || w.cap {
            continue;
        }
        let subject = if is_participle(w) && c > 0 && ws[c - 1].is_word() {
            // "with Sen. John McCain calling it ..."
            subject_before(lex, ws, 0, c)
        } else if is_participle(w) {
            clause_subject(lex, ws, 0, c).filter(|sp| sp.span.end <= w.span.start)
        } else {
            subject_before(lex, ws, 0, c)
        };
        let subject = subject.or_else(|| {
            // "said Smith: “...”"
            let (rest, sp) = speaker(lex).parse(Words(&ws[c + 1..])).ok()?;
            rest.0.iter().all(|w| w.is_punct(":") || w.is_punct(",")).then_some(sp)
        });
        if let Some(sp) = subject {
            let between = &ws[c + 1..];
            let immediate = between.len() <= 6
                && between.last().is_none_or(|l| l.is_punct(":") || l.is_punct(","))
                && !between.iter().any(|w| w.folded == "that");
            return Some(Frame { cue: w.span, speaker: sp, immediate });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::words::WordIndex;
    use crate::text::Document;

    fn post(t: &str) -> Option<(String, String)> {
        let d = Document::new(t);
        let idx = WordIndex::new(&d);
        let f = post_frame(Lexicon::builtin(), &idx.words)?;
        Some((d.slice(f.cue).into(), d.slice(f.speaker.span).into()))
    }

    fn pre(t: &str) -> Option<(String, String, bool)> {
        let d = Document::new(t);
        let idx = WordIndex::new(&d);
        let f = pre_frame(Lexicon::builtin(), &idx.words, |_| false)?;
        Some((d.slice(f.cue).into(), d.slice(f.speaker.span).into(), f.immediate))
    }

    #[test]
    fn frames_after_a_quote() {
        assert_eq!(post(", said Richard Kauzlarich, who served"), Some(("said".into(), "Richard Kauzlarich".into())));
        assert_eq!(post(" Shiriyev added."), Some(("added".into(), "Shiriyev".into())));
        assert_eq!(post(", he said in an interview"), Some(("said".into(), "he".into())));
        assert_eq!(post(", according to the ministry."), Some(("according to".into(), "the ministry".into())));
        assert_eq!(post(" drone, which Aliyev showed off"), None);
    }

    #[test]
    fn frames_before_a_quote() {
        assert_eq!(pre("Shiriyev said:"), Some(("said".into(), "Shiriyev".into(), true)));
        assert_eq!(
            pre("Azerbaijan’s Foreign Ministry issued a statement on June 13 -- the day Israel started its campaign -- saying Baku was"),
            Some(("saying".into(), "Azerbaijan’s Foreign Ministry".into(), false))
        );
        assert_eq!(
            pre("Bayramov later spoke with Britain’s foreign secretary, expressing"),
            Some(("expressing".into(), "Bayramov".into(), true))
        );
        assert_eq!(pre("That includes drones like the Harop"), None);
    }
}
