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

use super::phrases::{
    adjuncts_start, aux_adverbs, clause_subject, ends_sentence_at, generic_role, is_aux_or_adverb, is_name_word,
    is_relative_pronoun, plain_subject_before, speaker, subject_before, PhraseKind, SpeakerPhrase,
};
use super::words::{is_cue, multiword_cue, Words, W};
use crate::lexicon::{Gender, Lexicon};
use crate::text::{Span, TokenKind};
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
    // cue first: ", said Richard Kauzlarich", ", said the designer, who ..."
    if let Ok((after, _)) = aux_adverbs().parse(Words(rest)) {
        if let Some(cue) = after.0.first().filter(|w| is_cue(w) && !w.cap) {
            let subject = Words(&after.0[1..]);
            if let Ok((_, sp)) = speaker(lex).parse(subject) {
                return Some(Frame { cue: cue.span, speaker: sp, immediate: true });
            }
            // "said undecided Republican voter Stephanie Hooton": a plain adjective before a name.
            if let [adjective, name, ..] = subject.0 {
                let plain = adjective.is_word() && !adjective.cap && !adjective.lexical.stopword && !is_cue(adjective);
                if plain && name.cap && is_name_word(name) {
                    if let Ok((_, sp)) = speaker(lex).parse(Words(&subject.0[1..])) {
                        return Some(Frame { cue: cue.span, speaker: sp, immediate: true });
                    }
                }
            }
            if let Ok((rest, sp)) = generic_role(lex).parse(subject) {
                if ends_phrase(rest.0) {
                    return Some(Frame { cue: cue.span, speaker: sp, immediate: true });
                }
            }
        }
    }
    // ", according to the ministry"
    if let Ok((after, cue)) = multiword_cue(lex).parse(Words(rest)) {
        if let Ok((_, sp)) = speaker(lex).parse(after) {
            return Some(Frame { cue, speaker: sp, immediate: true });
        }
    }
    // speaker first: ", Kauzlarich said", ", the ad's narrator says"
    let subjects = [speaker(lex).parse(Words(rest)), generic_role(lex).parse(Words(rest))];
    for (after, sp) in subjects.into_iter().flatten() {
        // a signature: "“...” ― Adriana Rodarte" ending the paragraph, or before the next
        // signed quotation on the next line
        let next_quote = after.0.iter().find(|w| w.kind != TokenKind::Punct || w.mark).is_none_or(|w| w.mark);
        if i == 1 && ws[0].is_punct("-") && next_quote {
            return Some(Frame { cue: ws[0].span, speaker: sp, immediate: true });
        }
        let right_after = after.0.len();
        let after = skip_apposition(lex, skip_parenthesis(after.0));
        let Ok((after, _)) = aux_adverbs().parse(Words(after)) else { continue };
        // A capitalised cue word right after the phrase is a name's ("the Islamic State").
        let named = |w: &W| w.cap && after.0.len() == right_after;
        if let Some(cue) = after.0.first().filter(|w| !named(w) && (is_cue(w) || puts_it(after.0))) {
            return Some(Frame { cue: cue.span, speaker: sp, immediate: true });
        }
        // "a Democratic staffer in the room wondered": a short place phrase before the cue.
        if let Some(cue) = cue_after_place(after.0) {
            return Some(Frame { cue: cue.span, speaker: sp, immediate: true });
        }
    }
    None
}

/// The lower-case cue after a place phrase of at most four plain words opening `ws` ("in the
/// room wondered", "at the rally chanted").
fn cue_after_place(ws: &[W]) -> Option<&W> {
    let first = ws.first()?;
    if !matches!(first.folded.as_str(), "in" | "at" | "on" | "inside" | "outside" | "near") {
        return None;
    }
    let k = (1..ws.len().min(6)).find(|&k| is_cue(&ws[k]))?;
    let plain = ws[1..k].iter().all(|w| w.is_word() && !w.mark && !is_name_word(w));
    (plain && !ws[k].cap).then(|| &ws[k])
}

/// Skips a short parenthesis after a name ("Sen. Claire McCaskill (D-Mo.) said").
fn skip_parenthesis(ws: &[W]) -> &[W] {
    if ws.first().is_some_and(|w| w.is_punct("(")) {
        if let Some(k) = ws.iter().take(9).position(|w| w.is_punct(")")) {
            return &ws[k + 1..];
        }
    }
    ws
}

/// Skips an apposition set off by commas after a speaker, up to the comma that the cue follows
/// ("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said"): at most 30 words, no
/// cue, quote mark or sentence end inside.
fn skip_apposition<'a>(lex: &Lexicon, ws: &'a [W]) -> &'a [W] {
    if !ws.first().is_some_and(|w| w.is_punct(",")) {
        return ws;
    }
    let mut relative = false;
    for k in 1..ws.len().min(30) {
        let w = &ws[k];
        // An apostrophe after a plural ("Sanders’ campaign manager") is no quote mark.
        let apostrophe = w.mark && matches!(w.folded.as_str(), "'") && ws[k - 1].is_word();
        // A cue inside a relative clause is its own ("Cruz, who has proposed repealing ..., said").
        relative |= is_relative_pronoun(w);
        // A cue word in a name ("the State Department") or after a determiner or preposition
        // ("secretary of state") is a noun.
        let noun = w.cap
            || matches!(ws[k - 1].folded.as_str(), "of" | "the" | "a" | "an" | "for" | "in" | "on" | "his" | "her");
        if is_cue(w) && !relative && !noun || (w.mark && !apostrophe) || ends_sentence_at(lex, ws, k) {
            // "Jack Garner, film critic for Gannet News Service said": a short apposition ending
            // in a name whose closing comma the writer left out.
            let unclosed =
                is_cue(w) && !relative && k <= 12 && ws[k - 1].cap && !ws[1..k].iter().any(|x| x.is_punct(","));
            let role_first = ws[1..k.min(3)].iter().any(|x| x.lexical.role);
            if unclosed && role_first {
                return &ws[k..];
            }
            break;
        }
        if w.is_punct(",") {
            let rest = &ws[k + 1..];
            let starts_cue = aux_adverbs().parse(Words(rest)).is_ok_and(|(r, _)| r.0.first().is_some_and(is_cue));
            if starts_cue {
                return rest;
            }
        }
    }
    ws
}

/// The subject a cue shares with an earlier verb or names through a relative pronoun: "Trump
/// outlined his plan and vowed to punish “...”" (the clause's subject), "McConnell, who in 2010
/// said ..." (the phrase before ", who").
fn shared_subject(lex: &Lexicon, ws: &[W], cue: usize) -> Option<SpeakerPhrase> {
    let lo = cue.saturating_sub(8);
    let k = lo + ws[lo..cue].iter().rposition(|w| !is_aux_or_adverb(w))?;
    match ws[k].folded.as_str() {
        "and" | "but" if !ws[..k].iter().any(|w| w.mark) => {
            // The subject of the cue before ("Suu Kyi, 70, said ... but added"), else the clause's.
            let earlier = (k.saturating_sub(30)..k).rev().find(|&e| is_cue(&ws[e]) && !ws[e].cap);
            earlier
                .and_then(|e| subject_before(lex, ws, 0, e))
                .or_else(|| clause_subject(lex, ws, 0, k).filter(|sp| sp.span.end <= ws[k].span.start))
        }
        "who" if k > 1 && ws[k - 1].is_punct(",") => subject_before(lex, ws, 0, k - 1),
        _ => None,
    }
}

/// The plain-noun subject of an absolute phrase ending `ws`: "with one poster" (writing ...).
fn with_plain_subject(lex: &Lexicon, ws: &[W]) -> Option<SpeakerPhrase> {
    let k = (ws.len().saturating_sub(7)..ws.len()).rev().find(|&k| ws[k].folded == "with")?;
    let (rest, sp) = generic_role(lex).parse(Words(&ws[k + 1..])).ok()?;
    rest.0.is_empty().then_some(sp)
}

/// A cue of two words at the start of `ws`: "as Tom Ridge put it, “...”", "“...,” Trump went
/// on", "he points out", "Hillary shot back, “...”".
fn puts_it(ws: &[W]) -> bool {
    // "went on" ends its clause ("Trump went on, as if ..."): "the Senate goes on recess" is no cue.
    let clause_ends = ws.get(2).is_none_or(|w| w.kind == TokenKind::Punct);
    ws.len() >= 2
        && match (ws[0].folded.as_str(), ws[1].folded.as_str()) {
            ("put" | "puts", "it") | ("point" | "points" | "pointed", "out") => true,
            ("shot" | "fired" | "shoots" | "fires", "back") => true,
            ("went" | "goes", "on") => clause_ends,
            _ => false,
        }
}

/// True when a phrase ends here: at punctuation, a relative pronoun or the end of the paragraph.
fn ends_phrase(rest: &[W]) -> bool {
    rest.first().is_none_or(|w| w.kind == TokenKind::Punct || matches!(w.folded.as_str(), "who" | "whose"))
}

/// Cue verbs that may come before their speaker ("said Smith: “...”", "wrote one commenter").
const INVERTING: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "added",
    "adds",
    "asked",
    "asks",
    "replied",
    "replies",
    "continued",
    "continues",
    "explained",
    "explains",
    "declared",
    "declares",
    "stated",
    "states",
    "recalled",
    "recalls",
    "noted",
    "notes",
    "tweeted",
    "tweets",
    "insisted",
    "insists",
    "remarked",
    "remarks",
    "observed",
    "observes",
];

/// True for a cue in its -ing form ("saying", "adding"), whose speaker is the clause's subject.
fn is_participle(w: &W) -> bool {
    w.folded.ends_with("ing")
}

/// The speaker of a roundup line `TOPIC - Name: “...”` ("Pollsters agree - Carl Bialik:"): a
/// name between a dash and the colon that ends `ws` (the words before the quotation); or of an
/// excerpt `(More | Also)? from SOURCE: “...”` opening its sentence ("From the report:"). Two
/// names joined by "and" are left alone: one quotation has one speaker to check.
pub fn dash_colon_frame(lex: &Lexicon, ws: &[W]) -> Option<Frame> {
    let (colon, before) = ws.split_last()?;
    if !colon.is_punct(":") {
        return None;
    }
    if let Some(f) = from_source(lex, before, colon) {
        return Some(f);
    }
    let dash = before.iter().rposition(|w| w.is_punct("-") || w.is_punct("--"))?;
    let names = &before[dash + 1..];
    let (rest, sp) = speaker(lex).parse(Words(names)).ok()?;
    (rest.0.is_empty() && sp.kind == PhraseKind::Named).then_some(Frame {
        cue: colon.span,
        speaker: sp,
        immediate: true,
    })
}

/// `(More | Also)? from SOURCE` before the colon `colon`, at the start of the sentence (after a
/// dash at most): the source is a speaker phrase or a plain noun phrase ("the report").
fn from_source(lex: &Lexicon, before: &[W], colon: &W) -> Option<Frame> {
    let from = before.iter().position(|w| w.folded == "from")?;
    let opening =
        before[..from].iter().all(|w| w.kind == TokenKind::Punct || matches!(w.folded.as_str(), "more" | "also"));
    if !opening || from > 3 {
        return None;
    }
    let source = Words(&before[from + 1..]);
    let (rest, sp) = speaker(lex).parse(source).or_else(|_| generic_role(lex).parse(source)).ok()?;
    rest.0.is_empty().then_some(Frame { cue: colon.span, speaker: sp, immediate: true })
}

/// The nearest cue before the quote, in its sentence. `ws` are the sentence's words up to the
/// opening mark; `quoted(i)` tells whether word `i` lies inside another quotation.
pub fn pre_frame(lex: &Lexicon, ws: &[W], quoted: impl Fn(usize) -> bool) -> Option<Frame> {
    nearest_frame(lex, ws, &quoted)
}

fn nearest_frame(lex: &Lexicon, ws: &[W], quoted: &dyn Fn(usize) -> bool) -> Option<Frame> {
    let end = ws.len();
    for c in (0..end).rev() {
        if quoted(c) {
            continue;
        }
        let w = &ws[c];
        if let Ok((after, cue)) = multiword_cue(lex).parse(Words(&ws[c..])) {
            if cue.start == w.span.start {
                if let Ok((_, sp)) = speaker(lex).parse(after).or_else(|_| generic_role(lex).parse(after)) {
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
                    PhraseKind::Named
                } else {
                    PhraseKind::Pronoun(match owner.folded.as_str() {
                        "his" => Gender::Masculine,
                        "her" => Gender::Feminine,
                        "its" => Gender::Neuter,
                        _ => Gender::Plural,
                    })
                };
                // "saying Trump's comments are “...”", "called Mr. Obama's remarks “...”": a cue verb
                // earlier in the sentence whose object the noun is reports the speaker's words.
                // "her assertion (during the debate) that “...”" keeps its owner.
                let owner_at = ws.partition_point(|x| x.span.start < span.start);
                let that_follows = ws[c + 1..].iter().take(10).any(|x| x.folded == "that");
                let verb = (!that_follows).then(|| nearest_frame(lex, &ws[..owner_at], quoted)).flatten().filter(|f| {
                    let k = ws.partition_point(|x| x.span.start < f.cue.start);
                    ws.get(k).is_some_and(|x| x.lexical.cue_verb)
                });
                return Some(verb.unwrap_or(Frame {
                    cue: w.span,
                    speaker: SpeakerPhrase { span, kind },
                    immediate: false,
                }));
            }
        }
        // "Trump issued a statement, “...”": a cue noun right before the quotation (a comma or
        // colon between) introduces the words of its clause's subject.
        if w.lexical.cue_noun && !w.cap && c + 2 == end && (ws[c + 1].is_punct(",") || ws[c + 1].is_punct(":")) {
            if let Some(sp) = clause_subject(lex, ws, 0, c).filter(|sp| sp.span.end <= w.span.start) {
                return Some(Frame { cue: w.span, speaker: sp, immediate: true });
            }
        }
        // "Stated Stone: “...”", "Said Dorothy Poynter, who grew up with Ali, “...”": a cue opening
        // the sentence before its speaker.
        if c == 0 && w.cap && is_cue(w) {
            if let Ok((rest, sp)) = speaker(lex).parse(Words(&ws[1..])) {
                let rest = skip_apposition(lex, rest.0);
                if rest.first().is_some_and(|p| p.is_punct(":") || p.is_punct(",")) || rest.is_empty() {
                    return Some(Frame { cue: w.span, speaker: sp, immediate: true });
                }
            }
        }
        if !(is_cue(w) || puts_it(&ws[c..])) || w.cap {
            continue;
        }
        let subject = if is_participle(w) && c > 0 && ws[c - 1].is_word() {
            // "with Sen. John McCain calling it ...", "footage of Hillary Clinton asking", "Clinton
            // is telling": the phrase before the participle is its subject only after "with" or
            // "of", at the start of a clause or before a form of "be"; otherwise it is an object
            // ("blasted out an email to supporters stating") and the clause's subject speaks.
            let progressive = matches!(ws[c - 1].folded.as_str(), "is" | "are" | "was" | "were" | "been" | "'s");
            // "quotes Elizabeth Nadeau, a student, as saying": the phrase before "as".
            let end = if c > 1 && ws[c - 1].folded == "as" { c - 1 } else { c };
            subject_before(lex, ws, 0, end)
                .filter(|sp| {
                    let k = ws.partition_point(|x| x.span.start < sp.span.start);
                    // "... quotes Elizabeth Nadeau, a student, as saying": the one quoted speaks.
                    let opens = |x: &W| {
                        x.is_punct(",")
                            || x.is_punct("-")
                            || matches!(x.folded.as_str(), "with" | "of" | "and" | "quotes" | "quoted" | "quoting")
                    };
                    // A title may stand between: "with Sen. John McCain calling"; a verb may not
                    // ("Hours later, she issued a statement calling").
                    let title_between = |j: usize| ws[j + 1..k].iter().all(|x| x.cap || x.kind == TokenKind::Punct);
                    progressive || k == 0 || (k.saturating_sub(3)..k).any(|j| opens(&ws[j]) && title_between(j))
                })
                .or_else(|| with_plain_subject(lex, &ws[..c]))
                .or_else(|| unquoted_clause_subject(lex, ws, c, quoted))
        } else if is_participle(w) {
            // "Spicer said, adding, “...”": the subject of the cue before the comma.
            let after_cue = c >= 2 && ws[c - 1].is_punct(",") && is_cue(&ws[c - 2]) && !ws[c - 2].cap;
            let cue_subject = || subject_before(lex, ws, 0, c - 2).filter(|_| after_cue);
            cue_subject().or_else(|| unquoted_clause_subject(lex, ws, c, quoted))
        } else {
            subject_before(lex, ws, 0, c)
                .or_else(|| plain_subject_before(lex, ws, 0, c))
                .or_else(|| shared_subject(lex, ws, c))
        };
        let subject = subject.or_else(|| {
            // "said Smith: “...”": only verbs of saying invert ("told his supporters, “...”" names
            // the hearer, "calling Alwaleed “dopey”" the object).
            if !INVERTING.contains(&w.folded.as_str()) {
                return None;
            }
            let (rest, sp) = speaker(lex).parse(Words(&ws[c + 1..])).ok()?;
            (!rest.0.is_empty() && rest.0.iter().all(|w| w.is_punct(":") || w.is_punct(","))).then_some(sp)
        });
        if let Some(sp) = subject {
            let stance = lex.cue_verbs.get(w.folded.as_str()).is_some_and(|v| v.stance);
            let (cue, sp) = outer_speaker(lex, ws, &sp, stance).unwrap_or((w.span, sp));
            let between = &ws[c + 1..];
            let immediate = between.len() <= 6
                && between.last().is_none_or(|l| l.is_punct(":") || l.is_punct(","))
                && !between.iter().any(|w| w.folded == "that");
            return Some(Frame { cue, speaker: sp, immediate });
        }
    }
    None
}

/// The subject of the clause of the participle at `c`, outside quotations: when the sentence
/// opens inside one ("Absolutely not. ¶ Absolutely not," Clinton responded, remarking ...),
/// the subject after its closing mark.
fn unquoted_clause_subject(lex: &Lexicon, ws: &[W], c: usize, quoted: &dyn Fn(usize) -> bool) -> Option<SpeakerPhrase> {
    let before_cue = |sp: &SpeakerPhrase| sp.span.end <= ws[c].span.start;
    let sp = clause_subject(lex, ws, 0, c).filter(before_cue)?;
    let first = ws.partition_point(|x| x.span.start < sp.span.start);
    if !quoted(first) {
        return Some(sp);
    }
    let last_quoted = (first..c).rev().find(|&j| quoted(j))?;
    let from = (last_quoted + 1..c).find(|&j| !(ws[j].mark || ws[j].kind == TokenKind::Punct))?;
    clause_subject(lex, ws, from, c).filter(before_cue)
}

/// The named speaker of a statement that reports the speaker's own words through a pronoun
/// ("Benjamin said he believes “...”", "said Mr. Burr, adding hopefully that he did not think
/// “...”"): the cue right before the pronoun (and "that", adverbs) and its subject, which names
/// the speaker where the pronoun only refers to them. A stance verb inside a statement ("She said
/// Republican Donald Trump favors a “strongman approach”") is reported by the outer speaker too,
/// whoever its subject is.
fn outer_speaker(lex: &Lexicon, ws: &[W], sp: &SpeakerPhrase, stance: bool) -> Option<(Span, SpeakerPhrase)> {
    if !matches!(sp.kind, PhraseKind::Pronoun(_)) && !stance {
        return None;
    }
    let mut k = ws.partition_point(|w| w.span.start < sp.span.start);
    if k > 0 && ws[k - 1].folded == "that" {
        k -= 1;
    }
    // "said Sunday that he", "said recently he".
    k = adjuncts_start(ws, 0, k);
    let is_outer_cue = |c: usize| is_cue(&ws[c]) && !ws[c].cap;
    // "told reporters he thought", "told ABC’s “Good Morning America” that he": the hearer
    // between "tell" and the statement.
    let told = || {
        (k.saturating_sub(6)..k.saturating_sub(1))
            .rev()
            .find(|&c| lex.cue_verbs.get(ws[c].folded.as_str()).is_some_and(|v| v.lemma == "tell"))
            .filter(|&c| is_outer_cue(c) && ws[c + 1..k].iter().all(|w| w.is_word() || w.mark))
    };
    let cue = k.checked_sub(1).filter(|&c| is_outer_cue(c)).or_else(told)?;
    let outer = if is_participle(&ws[cue]) {
        clause_subject(lex, ws, 0, cue).or_else(|| subject_before(lex, ws, 0, cue))
    } else {
        subject_before(lex, ws, 0, cue)
    }?;
    Some((ws[cue].span, outer))
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
    fn a_participle_after_a_cue_shares_its_subject() {
        let t = "Trump and Ryan will meet next week, Spicer said, adding, ";
        assert_eq!(pre(t).map(|(_, sp, _)| sp), Some("Spicer".to_string()));
        let t = "Immediately after the attacks, Trump issued a statement, ";
        assert_eq!(pre(t).map(|(_, sp, _)| sp), Some("Trump".to_string()));
    }

    #[test]
    fn excerpts_name_their_source() {
        let frame = |t: &str| {
            let d = Document::new(t);
            let idx = WordIndex::new(&d);
            dash_colon_frame(Lexicon::builtin(), &idx.words).map(|f| d.slice(f.speaker.span).to_string())
        };
        assert_eq!(frame("From the report:"), Some("the report".to_string()));
        assert_eq!(frame("More from Carl Bialik:"), Some("Carl Bialik".to_string()));
        assert_eq!(frame("Pollsters agree - Carl Bialik:"), Some("Carl Bialik".to_string()));
        assert_eq!(frame("Voters turned away from the race:"), None);
    }

    #[test]
    fn frames_after_a_quote() {
        assert_eq!(post(", said Richard Kauzlarich, who served"), Some(("said".into(), "Richard Kauzlarich".into())));
        assert_eq!(post(" Shiriyev added."), Some(("added".into(), "Shiriyev".into())));
        assert_eq!(post(", he said in an interview"), Some(("said".into(), "he".into())));
        assert_eq!(post(", according to the ministry."), Some(("according to".into(), "the ministry".into())));
        assert_eq!(post(" drone, which Aliyev showed off"), None);
        assert_eq!(post(", said the designer, who works"), Some(("said".into(), "the designer".into())));
        assert_eq!(post(", the ad’s narrator says"), Some(("says".into(), "the ad’s narrator".into())));
        assert_eq!(post(", the design of the"), None);
        assert_eq!(
            post(", Harry Bond, 30, of Raleigh, N.C., who was among those polled, said"),
            Some(("said".into(), "Harry Bond".into()))
        );
        assert_eq!(post(" Sen. Claire McCaskill (D-Mo.) said"), Some(("said".into(), "Sen. Claire McCaskill".into())));
        assert_eq!(post(", Trump jokingly said"), Some(("said".into(), "Trump".into())));
        assert_eq!(post(" ― Adriana Rodarte."), Some(("―".into(), "Adriana Rodarte".into())));
        assert_eq!(
            post(", Senate minority leader Harry Reid told reporters"),
            Some(("told".into(), "Senate minority leader Harry Reid".into()))
        );
        assert_eq!(post(" ― Adriana Rodarte and her son"), None);
        assert_eq!(post(" ― Adriana Rodarte\n“He is someone"), Some(("―".into(), "Adriana Rodarte".into())));
        // A capitalised cue word right after a phrase is part of a name; a first name too.
        assert_eq!(post(" the Islamic State from expanding"), None);
        assert_eq!(
            post(", Trump campaign spokeswoman Hope Hicks said"),
            Some(("said".into(), "Trump campaign spokeswoman Hope Hicks".into()))
        );
        assert_eq!(
            post(" Murphy, the head of Right to Rise USA, Tweeted on Friday"),
            Some(("Tweeted".into(), "Murphy".into()))
        );
        // First names the lexicon keeps out of names, and nouns modifying a role.
        assert_eq!(post(", said Will Doyle, a professor"), Some(("said".into(), "Will Doyle".into())));
        assert_eq!(post(", columnist Ai Jun wrote"), Some(("wrote".into(), "columnist Ai Jun".into())));
        assert_eq!(
            post(" the Post's senior politics editor Steven Ginsberg responded."),
            Some(("responded".into(), "the Post's senior politics editor Steven Ginsberg".into()))
        );
        // A cue inside the apposition's relative clause is its own; "read" is a cue.
        assert_eq!(
            post(", Cruz, who has proposed repealing the mandate over five years, said at the time."),
            Some(("said".into(), "Cruz".into()))
        );
        assert_eq!(post(", it read."), Some(("read".into(), "it".into())));
        assert_eq!(
            post(" a Democratic staffer in the room wondered."),
            Some(("wondered".into(), "a Democratic staffer".into()))
        );
        assert_eq!(post(" the crowd in Washington said"), None);
        assert_eq!(
            post(", Hunter’s chief of staff, Joe Kasper, told POLITICO."),
            Some(("told".into(), "Hunter’s chief of staff".into()))
        );
        // A cue word as a noun inside the apposition ("secretary of state", "the State Department").
        assert_eq!(
            post(", Anne Richards, assistant secretary of state for population, refugees, and migration, said on the call."),
            Some(("said".into(), "Anne Richards".into()))
        );
        assert_eq!(
            post(", Melanne Verveer, a Ukrainian-American then working for the State Department, wrote"),
            Some(("wrote".into(), "Melanne Verveer".into()))
        );
        // A full stop inside the apposition closes an abbreviation or a title.
        assert_eq!(
            post(", Benjamin J. Rhodes, Mr. Obama's deputy adviser, said Sunday."),
            Some(("said".into(), "Benjamin J. Rhodes".into()))
        );
        assert_eq!(
            post(", the presumptive Republican nominee told reporters"),
            Some(("told".into(), "the presumptive Republican nominee".into()))
        );
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
        // The hearer and the object are not speakers.
        assert_eq!(pre("Carson told his supporters,").map(|f| f.1), Some("Carson".into()));
        assert_eq!(pre("by calling Alwaleed"), None);
        assert_eq!(pre("As Tom Ridge, a former secretary, put it:").map(|f| f.1), Some("Tom Ridge".into()));
        assert_eq!(pre("Stated Stone:").map(|f| f.1), Some("Stone".into()));
        // The owner of a cue noun speaks only when no cue verb reports the noun.
        assert_eq!(
            pre("Minyon Moore, a senior adviser, called Mr. Obama's remarks").map(|f| f.1),
            Some("Minyon Moore".into())
        );
        assert_eq!(
            pre("She came under fire over her assertion during the debate that").map(|f| f.1),
            Some("her".into())
        );
        assert_eq!(
            pre("According to his longtime physician, he had").map(|f| f.1),
            Some("his longtime physician".into())
        );
        assert_eq!(pre("As a phone rang, the announcer said,").map(|f| f.1), Some("the announcer".into()));
        assert_eq!(
            pre("One attendee, who spoke on the condition of anonymity, said the message was that").map(|f| f.1),
            Some("One attendee".into())
        );
        assert_eq!(
            pre("Sen. Ron Johnson, R-Wis., said in an op-ed piece,").map(|f| f.1),
            Some("Sen. Ron Johnson".into())
        );
        assert_eq!(
            pre("Melanne Verveer, a close friend of Mrs. Clinton's who was her chief of staff, said,").map(|f| f.1),
            Some("Melanne Verveer".into())
        );
        assert_eq!(pre("In the primary, Gov. John Kasich (R-OH), said,").map(|f| f.1), Some("Gov. John Kasich".into()));
        // Time adjuncts between the subject (or its apposition) and the cue.
        assert_eq!(
            pre("Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's remarks")
                .map(|f| f.1),
            Some("Speaker Paul D. Ryan".into())
        );
        assert_eq!(pre("Ryan last week said").map(|f| f.1), Some("Ryan".into()));
        // A dateline with a news agency.
        assert_eq!(
            pre("Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying that").map(|f| f.1),
            Some("Democrat Hillary Clinton".into())
        );
        assert_eq!(
            pre("Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month, said").map(|f| f.1),
            Some("Rep. Zoe Lofgren".into())
        );
        // A place in the apposition is no subject.
        assert_eq!(pre("Cory James, 22, of Flint, Mich., said:").map(|f| f.1), Some("Cory James".into()));
        // The outer speaker past time adjuncts and a hearer, and an outer pronoun.
        assert_eq!(
            pre("Trump said Sunday that he believed the nation would win, but not until Obama").map(|f| f.1),
            Some("Trump".into())
        );
        assert_eq!(pre("Donald Trump told reporters he thought Fields had").map(|f| f.1), Some("Donald Trump".into()));
        assert_eq!(pre("She said she recalls the colleague being").map(|f| f.1), Some("She".into()));
        assert_eq!(
            pre("Carter however said he would welcome China’s participation in a").map(|f| f.1),
            Some("Carter".into())
        );
        // A roundup line's name between a dash and a colon.
        let dash_colon = |t: &str| {
            let d = Document::new(t);
            let idx = WordIndex::new(&d);
            dash_colon_frame(Lexicon::builtin(), &idx.words).map(|f| d.slice(f.speaker.span).to_string())
        };
        assert_eq!(dash_colon("Pollsters agree - Carl Bialik:"), Some("Carl Bialik".into()));
        assert_eq!(dash_colon("TOO EARLY - Mark Blumenthal and Jon Cohen:"), None);
        assert_eq!(dash_colon("Carl Bialik agrees:"), None);
        // An object before a particle is no subject of the verb coordinated after it.
        assert_ne!(pre("Kasich says he’d sit Putin down and tell him").map(|f| f.1), Some("Putin".into()));
        // The named speaker of "X said he expects ..." rather than the pronoun.
        assert_eq!(
            pre("Dan Kritenbrink said he expects them to"),
            Some(("said".into(), "Dan Kritenbrink".into(), false))
        );
    }
}
