//! Speaker phrases and the words around cue verbs.
//!
//! ```text
//! speaker     := pronoun | nominal
//! nominal     := determiner? premodifier* head postmodifier?
//! determiner  := the | a | an | another | his | her | its | their | our | one | two | ...
//!              | Capitalised possessive ("Azerbaijan’s", "Britain’s")
//! premodifier := Capitalised word | title | role | modifier ("former", "senior", "foreign") | age ("17-year-old")
//!              | possessive role ("the paper's") | possessive right after the determiner
//!                ("the country's") | name connector between names ("de", "al", "van")
//! head        := Capitalised word | role            (grammar/roles.txt)
//! postmod     := preposition determiner? (Capitalised | role | modifier)* (Capitalised | role)
//!                (grammar/np_prepositions.txt: "of", "for", "at", "close to", ...; at most 7 words)
//! aux_adverbs := (has | was | also | later | ...)*  (grammar/aux_adverbs.txt)
//! ```
//! Capitalised words exclude sentence openers ("The", "But"), months, weekdays, cue verbs and "I".

use super::words::{cover, PResult, Words, W};
use crate::lexicon::{is_weekday, month_number, Gender, Lexicon};
use crate::speakers::names::org_words;
use crate::text::{Span, TokenKind};
use nom::Parser;

/// What a speaker phrase is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// A pronoun ("he"), with the gender it fits.
    Pronoun(Gender),
    /// Contains a capitalised name ("Zaur Shiriyev", "the Foreign Ministry").
    Named,
    /// Only role words ("the ambassador", "officials").
    Role,
}

/// A speaker phrase found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerPhrase {
    /// The whole phrase.
    pub span: Span,
    /// What it is made of.
    pub kind: PhraseKind,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "its", "their", "our", "my", "your", "one", "two", "three", "four",
    "five", "several", "some", "many", "most", "both", "other", "these", "those", "this", "that",
];
const CONNECTORS: &[&str] =
    &["de", "da", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "du", "dos", "del", "di", "y"];

/// A capitalised word that can be part of a name (as [`name_word_rule`] found when it was indexed).
pub fn is_name_word(w: &W) -> bool {
    w.lexical.name_word
}

/// The rule behind [`is_name_word`], applied once per distinct word by the word index.
pub fn name_word_rule(lex: &Lexicon, w: &W) -> bool {
    if w.kind != TokenKind::Word || !w.cap {
        return false;
    }
    let f = w.stem_possessive();
    // Upper-case datelines ("ANKARA —", "UNITED NATIONS (AP)") are not names; acronyms are.
    if w.all_caps && f.chars().filter(|c| c.is_alphabetic()).count() >= 5 {
        return false;
    }
    // Words run together across a full stop ("He.said") are no name; initials ("U.S.") are.
    if f.split('.').skip(1).any(|part| part.chars().filter(|c| c.is_alphabetic()).count() >= 3) {
        return false;
    }
    (!lex.sentence_openers.contains(f) || lex.is_role(f))
        && month_number(f).is_none()
        && !is_weekday(f)
        && f != "i"
        && !lex.cue_verbs.contains_key(f)
        && lex.pronoun(f).is_none()
        && !matches!(f, "according" | "mr" | "mrs" | "ms" | "dr")
}

fn is_title_word(w: &W) -> bool {
    w.kind == TokenKind::Word && w.lexical.title
}

fn is_role_word(w: &W) -> bool {
    w.kind == TokenKind::Word && w.lexical.role
}

fn is_premodifier(w: &W) -> bool {
    is_name_word(w)
        || is_role_word(w)
        || is_title_word(w)
        || (w.kind == TokenKind::Word && w.lexical.np_modifier)
        || (w.kind == TokenKind::Word && w.cap && matches!(w.folded.as_str(), "mr" | "mrs" | "ms" | "dr"))
        || is_age(w)
}

/// An age written as one hyphenated word: "17-year-old", "70-year-old".
fn is_age(w: &W) -> bool {
    w.kind == TokenKind::Number && (w.folded.ends_with("-year-old") || w.folded.ends_with("-years-old"))
}

fn is_head(w: &W) -> bool {
    (is_name_word(w) || is_role_word(w)) && !w.is_possessive()
}

/// `.` after an initial or an abbreviated title ("J.", "A.N.", "Mr.", "Gen.") inside a name.
fn is_inner_stop(lex: &Lexicon, prev: Option<&W>, w: &W, next: Option<&W>) -> bool {
    w.is_punct(".")
        && prev.is_some_and(|p| {
            p.cap
                && (p.folded.split('.').all(|part| part.chars().count() == 1)
                    || lex.abbreviations.get(p.folded.as_str()).is_some_and(|&may_end| !may_end))
        })
        && next.is_some_and(|n| n.cap)
}

/// True when `ws[k]` is a full stop (`!`, `?`) that ends a sentence: not one that closes an
/// abbreviation before a comma ("R-Wis.,", "N.C.,") nor one inside a name ("Mr. Obama's").
pub fn ends_sentence_at(lex: &Lexicon, ws: &[W], k: usize) -> bool {
    let w = &ws[k];
    w.ends_sentence()
        && !(w.is_punct(".") && ws.get(k + 1).is_some_and(|n| n.is_punct(",")))
        && !inner_stop_at(lex, ws, k)
}

/// [`is_inner_stop`] at `ws[k]`.
fn inner_stop_at(lex: &Lexicon, ws: &[W], k: usize) -> bool {
    is_inner_stop(lex, k.checked_sub(1).map(|p| &ws[p]), &ws[k], ws.get(k + 1))
}

/// True for a relative pronoun ("who", "which", "whom", "whose").
pub fn is_relative_pronoun(w: &W) -> bool {
    matches!(w.folded.as_str(), "who" | "which" | "whom" | "whose")
}

/// Whether `ws[k]` ends any subject before it: a quote mark, a comma or a full stop other than
/// one inside a name ("Dr. S. Venkataraman Iyer").
fn is_phrase_boundary(lex: &Lexicon, ws: &[W], k: usize) -> bool {
    let w = &ws[k];
    w.mark || w.is_punct(",") || (w.ends_sentence() && !inner_stop_at(lex, ws, k))
}

/// Parses the longest speaker phrase at the start of the input.
pub fn speaker<'a>(lex: &'a Lexicon) -> impl FnMut(Words<'a>) -> PResult<'a, SpeakerPhrase> {
    move |input: Words<'a>| {
        let ws = input.0;
        let fail = || Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
        let Some(first) = ws.first() else { return fail() };
        if let Some(g) = first.lexical.pronoun.filter(|_| first.kind == TokenKind::Word) {
            let next_is_name = ws.get(1).is_some_and(|n| is_head(n) && !n.cap);
            if !next_is_name {
                return Ok((Words(&ws[1..]), SpeakerPhrase { span: first.span, kind: PhraseKind::Pronoun(g) }));
            }
        }
        let mut i = 0;
        // "that Clinton once described": a demonstrative before a name is a conjunction.
        let conjunction =
            matches!(first.folded.as_str(), "that" | "this" | "these" | "those") && ws.get(1).is_some_and(|n| n.cap);
        if first.kind == TokenKind::Word && DETERMINERS.contains(&first.folded.as_str()) && !conjunction {
            i = 1;
        }
        let body_start = i;
        let mut last_head: Option<usize> = None;
        while i < ws.len() {
            let w = &ws[i];
            let prev = i.checked_sub(1).map(|k| &ws[k]);
            // After a determiner or a name, one plain lower-case noun may modify a role: "the
            // event website", "Faroese fisheries minister".
            let after_name = i > body_start && prev.is_some_and(|p| is_name_word(p) && !p.is_possessive());
            // ... or after a possessive or a modifier: "the Post's senior politics editor".
            let after_modifier = i > 0 && prev.is_some_and(|p| p.is_possessive() || p.lexical.np_modifier);
            let noun_modifier = (i == body_start && body_start > 0 || after_name || after_modifier)
                && !w.folded.ends_with("ed")
                && w.kind == TokenKind::Word
                && !w.cap
                && !w.lexical.stopword
                && !w.lexical.cue_verb
                && ws.get(i + 1).is_some_and(|n| is_role_word(n) && !n.cap);
            let ok = is_premodifier(w)
                || noun_modifier
                || (w.is_possessive() && (w.cap || is_role_word(w)))
                // "the country’s foreign minister", "the islands’ fisheries minister".
                || (w.is_possessive() && i == body_start && body_start > 0 && !w.lexical.stopword)
                || (i > body_start && is_inner_stop(lex, prev, w, ws.get(i + 1)))
                || (i > body_start
                    && w.kind == TokenKind::Word
                    && CONNECTORS.contains(&w.folded.as_str())
                    && ws.get(i + 1).is_some_and(is_name_word))
                || (i > body_start && first.folded == "the" && w.folded == "and" && org_name_follows(&ws[i + 1..]));
            if !ok {
                break;
            }
            if is_head(w) {
                last_head = Some(i);
            }
            // A possessive ends a determiner-like prefix: "Azerbaijan’s Foreign Ministry".
            i += 1;
        }
        let Some(head) = last_head else { return fail() };
        let mut end = head + 1;
        // postmodifier: "of the Israeli spy agency Mossad", and one more after it ("of the
        // Armenian Patriarchate of Jerusalem")
        for _ in 0..2 {
            let before = end;
            end = postmodifier_end(lex, ws, end);
            if end == before {
                break;
            }
        }
        let words = &ws[..end];
        let named = words[body_start..].iter().any(is_name_word);
        let kind = if named { PhraseKind::Named } else { PhraseKind::Role };
        Ok((Words(&ws[end..]), SpeakerPhrase { span: cover(words), kind }))
    }
}

/// True when `ws` open with capitalised words ending in an organisation word ("Boundaries
/// Commission" of "The Independent Electoral and Boundaries Commission", "Technology Directorate"):
/// the "and" before them joins one name, not two speakers.
pub(crate) fn org_name_follows(ws: &[W]) -> bool {
    let run = ws.iter().take(4).take_while(|w| is_name_word(w) && !w.is_possessive()).count();
    run > 0 && org_words().contains(ws[run - 1].folded.as_str())
}

/// Where a postmodifier starting at `end` ends ("of the Israeli spy agency Mossad"): a
/// preposition of `grammar/np_prepositions.txt`, a determiner, then at most seven premodifiers
/// and heads, up to the last head; `end` itself when none follows.
fn postmodifier_end(lex: &Lexicon, ws: &[W], mut end: usize) -> usize {
    for prep in &lex.np_prepositions {
        if end + prep.len() > ws.len() || !prep.iter().zip(&ws[end..]).all(|(a, w)| *a == w.folded) {
            continue;
        }
        let mut j = end + prep.len();
        if ws.get(j).is_some_and(|w| DETERMINERS.contains(&w.folded.as_str())) {
            j += 1;
        }
        let mut last = None;
        while j < ws.len() && j < end + prep.len() + 7 {
            let w = &ws[j];
            if !(is_premodifier(w) || (w.is_possessive() && w.cap)) {
                break;
            }
            if is_head(w) {
                last = Some(j);
            }
            j += 1;
        }
        if let Some(l) = last {
            end = l + 1;
        }
        break;
    }
    end
}

/// A noun phrase of plain words standing as a speaker where the frame leaves no doubt that
/// one is named (right after a quotation: `“...,” said the designer`, `“...,” the ad's
/// narrator says`, `the presumptive Republican nominee told`):
///
/// ```text
/// generic_role := (the | a | an | another | one | his | her | their | its)
///                 (content word | possessive | premodifier){1,5}
///                 | (content word | premodifier){1,5} Capitalised     "Senate minority leader Harry Reid"
/// ```
/// Content words are lower-case words other than function words, cue verbs, pronouns and "-ly"
/// adverbs; premodifiers are names, titles and roles. The last word is the head: a content word
/// or a [`speaker`] head, not a possessive. Parsed only when [`speaker`] finds nothing: the role
/// lexicon cannot list every occupation.
pub fn generic_role<'a>(lex: &'a Lexicon) -> impl FnMut(Words<'a>) -> PResult<'a, SpeakerPhrase> {
    move |input: Words<'a>| {
        let ws = input.0;
        let fail = || Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
        // A possessive name determines the phrase as "the" does: "Turkey’s central bank".
        let det = |w: &W| {
            w.kind == TokenKind::Word
                && (matches!(
                    w.folded.as_str(),
                    "the" | "a" | "an" | "another" | "one" | "his" | "her" | "their" | "its"
                ) || w.is_possessive() && is_name_word(w))
        };
        let content = |w: &W| {
            w.kind == TokenKind::Word
                && !w.cap
                && w.folded.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
                && w.folded.chars().any(char::is_alphabetic)
                && !lex.stopwords.contains(w.stem_possessive())
                && !w.lexical.cue_verb
                && w.lexical.pronoun.is_none()
                && !is_aux_or_adverb(w)
        };
        // Without a determiner the phrase describes a name: "political scientist Christopher Wlezien".
        let bare = !ws.first().is_some_and(det);
        if bare && !ws.first().is_some_and(|w| content(w) || is_premodifier(w)) {
            return fail();
        }
        let from = usize::from(!bare);
        let mut n = 0;
        for (k, w) in ws.iter().enumerate().skip(from).take(5) {
            let inner_stop = is_inner_stop(lex, k.checked_sub(1).and_then(|p| ws.get(p)), w, ws.get(k + 1));
            if !(content(w) || is_premodifier(w) || inner_stop) {
                break;
            }
            n = k;
        }
        let head = &ws.get(n).filter(|_| n > 0);
        let Some(h) = head else { return fail() };
        if h.is_possessive() || !(content(h) || is_head(h)) || !ws[from..=n].iter().any(content) {
            return fail();
        }
        if bare && !is_name_word(h) {
            return fail();
        }
        let named = ws[from..=n].iter().any(is_name_word);
        let kind = if named { PhraseKind::Named } else { PhraseKind::Role };
        Ok((Words(&ws[n + 1..]), SpeakerPhrase { span: cover(&ws[..=n]), kind }))
    }
}

/// Nouns ending in "-ly" that are not manner adverbs.
const LY_NOUNS: &[&str] =
    &["family", "rally", "ally", "assembly", "supply", "reply", "belly", "bully", "anomaly", "monopoly"];

/// A lower-case manner adverb in "-ly" ("jokingly", "pleasantly"), which may stand between a
/// speaker and the cue like the listed adverbs.
pub fn is_ly_adverb(w: &W) -> bool {
    w.kind == TokenKind::Word
        && !w.cap
        && w.folded.len() >= 6
        && w.folded.ends_with("ly")
        && !LY_NOUNS.contains(&w.folded.as_str())
}

/// An auxiliary or adverb that may stand between a speaker and the cue: a listed one ("has",
/// "also", "later") or a manner adverb in "-ly".
pub fn is_aux_or_adverb(w: &W) -> bool {
    (w.kind == TokenKind::Word && w.lexical.aux_adverb) || is_ly_adverb(w)
}

/// Skips auxiliaries, adverbs and short time adjuncts ("has long", "also", "later",
/// "jokingly", "on Tuesday", "last week").
pub fn aux_adverbs<'a>() -> impl FnMut(Words<'a>) -> PResult<'a, ()> {
    move |input: Words<'a>| {
        let ws = input.0;
        let mut k = 0;
        while k < ws.len() {
            let n = match time_adjunct_len(&ws[k..]) {
                0 => usize::from(is_aux_or_adverb(&ws[k])),
                n => n,
            };
            if n == 0 {
                break;
            }
            k += n;
        }
        Ok((Words(&ws[k..]), ()))
    }
}

/// Nouns of time that "last", "this" or "next" turn into an adjunct ("last week").
const TIME_NOUNS: &[&str] = &[
    "week",
    "month",
    "year",
    "night",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "spring",
    "summer",
    "fall",
    "winter",
];

/// The length of a time adjunct that may stand between a subject and its verb at the start of
/// `ws` ("Tuesday", "on Tuesday", "last week", "this month"), or 0.
fn time_adjunct_len(ws: &[W]) -> usize {
    let word = |k: usize| ws.get(k).filter(|w| w.kind == TokenKind::Word).map(|w| w.folded.as_str());
    match (word(0), word(1)) {
        (Some(d), _) if is_weekday(d) && ws[0].cap => 1,
        (Some("on"), Some(d)) if is_weekday(d) && ws[1].cap => 2,
        (Some("last" | "this" | "next"), Some(n)) if TIME_NOUNS.contains(&n) => 2,
        _ => 0,
    }
}

/// Where the auxiliaries, adverbs and time adjuncts right before `end` begin (`end` when there
/// are none), not before `floor`.
pub fn adjuncts_start(ws: &[W], floor: usize, end: usize) -> usize {
    let mut k = end;
    while k > floor {
        let n = (1..=2.min(k - floor))
            .rev()
            .find(|&n| time_adjunct_len(&ws[k - n..k]) == n)
            .unwrap_or_else(|| usize::from(is_aux_or_adverb(&ws[k - 1])));
        if n == 0 {
            break;
        }
        k -= n;
    }
    k
}

/// Parses exactly `ws` as a speaker phrase followed only by auxiliaries and adverbs.
pub fn whole_subject(lex: &Lexicon, ws: &[W]) -> Option<SpeakerPhrase> {
    let (rest, sp) = speaker(lex).parse(Words(ws)).ok()?;
    let (rest, _) = aux_adverbs().parse(rest).ok()?;
    rest.0.is_empty().then_some(sp)
}

/// The longest apposition between a subject and its cue ("James A. Lewis, a former government
/// cybersecurity expert who now studies ... at the Center for Strategic and International
/// Studies, said").
const APPOSITION_WORDS: usize = 32;

/// Where a subject ending at `end` can start at the earliest: after the last phrase boundary
/// (quote mark, comma, full stop outside a name), at most 14 words back and not before `floor`.
fn subject_start(lex: &Lexicon, ws: &[W], floor: usize, end: usize) -> usize {
    let lo = floor.max(end.saturating_sub(14));
    (lo..end).rev().find(|&k| is_phrase_boundary(lex, ws, k)).map_or(lo, |k| k + 1)
}

/// The subject of the cue at `cue` (an index into `ws`), searched back to `floor`: the longest
/// phrase ending right before the cue (after auxiliaries), or before an apposition set off by
/// commas ("Scott McGeary, an IT professional from Seattle, said").
pub fn subject_before(lex: &Lexicon, ws: &[W], floor: usize, cue: usize) -> Option<SpeakerPhrase> {
    let mut ends = vec![cue];
    // "Sen. Claire McCaskill (D-Mo.) said", "Gov. John Kasich (R-OH), said": end before a short
    // parenthesis.
    let parenthesis = |close: usize| {
        (close > floor + 2 && ws[close - 1].is_punct(")"))
            .then(|| (close.saturating_sub(9).max(floor)..close - 1).rev().find(|&k| ws[k].is_punct("(")))
            .flatten()
    };
    let direct_parenthesis = parenthesis(cue);
    ends.extend(direct_parenthesis);
    // "he laughed and said": skip a coordinated verb (not a particle, whose verb has an object
    // before it: "he’d sit Putin down and tell him").
    let particle =
        |w: &W| matches!(w.folded.as_str(), "down" | "up" | "out" | "off" | "back" | "away" | "over" | "in" | "on");
    if cue >= floor + 3
        && ws[cue - 1].folded == "and"
        && ws[cue - 2].is_word()
        && !ws[cue - 2].cap
        && !particle(&ws[cue - 2])
    {
        ends.push(cue - 2);
    }
    // "Paul Ryan, the nation's highest-ranking Republican, on Tuesday called": the apposition
    // ends before the adverbs and time adjuncts.
    let core = adjuncts_start(ws, floor, cue);
    if core > floor + 1 && ws[core - 1].is_punct(",") {
        // Every comma back to the apposition's start, nearest first ("Cory James, 22, of Flint,
        // Mich., said"); no quote mark or sentence end inside.
        ends.extend(parenthesis(core - 1));
        let lo = floor.max(core.saturating_sub(APPOSITION_WORDS));
        for k in (lo..core - 1).rev() {
            if ws[k].mark || ends_sentence_at(lex, ws, k) {
                break;
            }
            if ws[k].is_punct(",") {
                ends.push(k);
                // "Rep. Zoe Lofgren (D-Calif.), who introduced ..., said"
                ends.extend(parenthesis(k));
            }
        }
    }
    for end in ends {
        let start = subject_start(lex, ws, floor, end);
        for s in start..end {
            if let Some(sp) = whole_subject(lex, &ws[s..end]) {
                // A place inside an apposition ("of Flint,") or an object in its relative clause
                // ("who promoted the campaign on Waitangi Day (6 February),") is no subject.
                let inner = end < cue && Some(end) != direct_parenthesis;
                let relative = ws[start..s].iter().any(is_relative_pronoun);
                if inner && (relative || s > floor && is_place_preposition(&ws[s - 1])) {
                    break;
                }
                // "Residents of the village of Rovies said": a name after a preposition inside
                // a noun phrase whose head can speak (a role or a plural) is no subject itself
                // ("The History section of the site explains" stays the site's).
                let speaking_head = || {
                    let head = (start..s - 1).find(|&k| is_place_preposition(&ws[k])).unwrap_or(s - 1);
                    let f = ws[head.max(start + 1) - 1].stem_possessive();
                    ws[head.max(start + 1) - 1].lexical.role || (f.ends_with('s') && !f.ends_with("ss"))
                };
                let object = s > start + 1
                    && is_place_preposition(&ws[s - 1])
                    && speaking_head()
                    && ws[start].is_word()
                    && !is_place_preposition(&ws[start])
                    && !ADVERBIAL_PREPOSITIONS.contains(&ws[start].folded.as_str())
                    && ws[start..s - 1].iter().all(|w| w.is_word() && !w.lexical.cue_verb);
                if object && end == cue {
                    return None;
                }
                return Some(sp);
            }
        }
    }
    None
}

/// A preposition that puts the name after it in a place or an organisation ("of Flint", "from
/// Ohio", "at Harvard").
fn is_place_preposition(w: &W) -> bool {
    matches!(w.folded.as_str(), "of" | "from" | "in" | "at" | "near" | "outside")
}

/// A plain-noun subject opening the clause of the cue at `cue` ("As a phone rang, the announcer
/// said", "One attendee, who spoke ..., said"): a [`generic_role`] right after a comma or at
/// `floor`, then only auxiliaries and adverbs, or an apposition set off by commas.
pub fn plain_subject_before(lex: &Lexicon, ws: &[W], floor: usize, cue: usize) -> Option<SpeakerPhrase> {
    let boundary = |end: usize| subject_start(lex, ws, floor, end);
    let first = boundary(cue);
    let whole = |from: usize, to: usize| {
        let (rest, sp) = generic_role(lex).parse(Words(&ws[from..to])).ok()?;
        let (rest, _) = aux_adverbs().parse(rest).ok()?;
        rest.0.is_empty().then_some(sp)
    };
    whole(first, cue).or_else(|| {
        // The apposition runs from the comma before `first` to the comma before the cue.
        let comma = first.checked_sub(1).filter(|&k| k > floor && ws[k].is_punct(","))?;
        let open = boundary(comma).checked_sub(1).filter(|&k| k > floor && ws[k].is_punct(","))?;
        let (rest, sp) = generic_role(lex).parse(Words(&ws[boundary(open)..open])).ok()?;
        rest.0.is_empty().then_some(sp)
    })
}

/// The dash closing a dateline that opens the clause at `start` (before `limit`): an upper-case
/// city, then capitalised words, then a dash ("UNITED NATIONS — Sudan’s ambassador ...", "ANKARA,
/// Turkey — Turkey’s central bank ..."); or capitalised words with a news agency in parentheses
/// ("Washington (AFP) – ...").
pub fn dateline_dash(ws: &[W], start: usize, limit: usize) -> Option<usize> {
    let limit = limit.min(ws.len());
    (start..limit.min(start + 6)).find(|&k| ws[k].is_punct("-") || ws[k].is_punct("--")).filter(|&k| {
        let agency = ws[start..k].windows(2).any(|p| p[0].is_punct("(") && p[1].all_caps);
        (ws[start].all_caps || agency) && ws[start..k].iter().all(|w| w.cap || w.kind == TokenKind::Punct)
    })
}

/// The subject of the clause starting at `start`: a speaker phrase there, or after an opening
/// adverbial set off by a comma ("In 2012, Azerbaijani police ...").
pub fn clause_subject(lex: &Lexicon, ws: &[W], start: usize, limit: usize) -> Option<SpeakerPhrase> {
    let limit = limit.min(ws.len());
    // The subject opens the sentence after a dateline, so a plain noun phrase will do there.
    let dateline = dateline_dash(ws, start, limit);
    let mut starts = vec![dateline.map_or(start, |k| k + 1)];
    if dateline.is_none() {
        // "And Mr. Christie gloated: ...": a conjunction opening the sentence is no subject.
        if ws.get(start).is_some_and(|w| matches!(w.folded.as_str(), "and" | "but" | "so" | "then" | "yet" | "or")) {
            starts.push(start + 1);
        }
        // After each comma of an opening adverbial ("On July 6, 2015, Sanders made ...").
        starts.extend((start..limit.min(start + 14)).filter(|&k| ws[k].is_punct(",")).map(|k| k + 1));
    }
    for s in starts {
        if s >= limit || ws[s].mark {
            continue;
        }
        if let Ok((rest, sp)) = speaker(lex).parse(Words(&ws[s..limit])) {
            if !is_opening_adverbial(&ws[s..limit], rest.0) {
                return Some(sp);
            }
        }
        if dateline.is_some() {
            let (rest, sp) = generic_role(lex).parse(Words(&ws[s..limit])).ok()?;
            // "Turkey’s central bank held ...": past a role or organisation word, plain words
            // are more likely the verb than the head.
            let end = limit - rest.0.len();
            let head = (s..end).rev().find(|&k| is_role_word(&ws[k]) || org_words().contains(ws[k].stem_possessive()));
            return Some(match head {
                Some(k) => SpeakerPhrase { span: cover(&ws[s..=k]), ..sp },
                None => sp,
            });
        }
    }
    None
}

/// Prepositions after which a one-word phrase opening a sentence is an adverbial, not a subject.
const ADVERBIAL_PREPOSITIONS: &[&str] =
    &["in", "on", "at", "after", "before", "during", "for", "with", "of", "to", "from"];

/// True when the phrase at the start of `ws`, followed by `rest`, is an opening adverbial
/// ("Early in his campaign, ...", "Hastily ...", "Facing criticism, ..."): it opens with a
/// capitalised word in "-ly" or "-ing" that no name, cue or auxiliary follows, or it is one word
/// followed by a preposition.
fn is_opening_adverbial(ws: &[W], rest: &[W]) -> bool {
    let one_word = ws.len() - rest.len() == 1;
    let first = &ws[0];
    // "Kelly said", "Manning has said", "Kelly Ayotte" keep their subject: a cue, an auxiliary or
    // another name follows a name.
    let name_goes_on = ws.get(1).is_some_and(|w| w.lexical.cue_verb || w.lexical.aux_adverb || is_name_word(w));
    let shape = first.folded.len() >= 5 && (first.folded.ends_with("ly") || first.folded.ends_with("ing"));
    // "Hours later, she issued ...", "Days earlier, ...": a span of time.
    let time_span = matches!(
        first.folded.as_str(),
        "seconds" | "minutes" | "moments" | "hours" | "days" | "weeks" | "months" | "years" | "decades"
    ) && rest.first().is_some_and(|w| matches!(w.folded.as_str(), "later" | "earlier" | "ago"));
    shape && !name_goes_on
        || one_word && (time_span || rest.first().is_some_and(|w| ADVERBIAL_PREPOSITIONS.contains(&w.folded.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::words::WordIndex;
    use crate::text::Document;

    fn parse(t: &str) -> Option<String> {
        let d = Document::new(t);
        let idx = WordIndex::new(&d);
        let lex = Lexicon::builtin();
        let (_, sp) = speaker(lex).parse(Words(&idx.words)).ok()?;
        Some(d.slice(sp.span).to_string())
    }

    #[test]
    fn speaker_phrases() {
        assert_eq!(parse("Richard Kauzlarich, who served"), Some("Richard Kauzlarich".into()));
        assert_eq!(parse("Azerbaijan’s Foreign Ministry issued"), Some("Azerbaijan’s Foreign Ministry".into()));
        assert_eq!(
            parse("the former head of the Israeli spy agency Mossad."),
            Some("the former head of the Israeli spy agency Mossad".into())
        );
        assert_eq!(parse("Foreign Minister Ceyhun Bayramov had"), Some("Foreign Minister Ceyhun Bayramov".into()));
        assert_eq!(parse("Mr. Bao, the envoy"), Some("Mr. Bao".into()));
        assert_eq!(parse("he said"), Some("he".into()));
        assert_eq!(parse("a police spokesman said"), Some("a police spokesman".into()));
        assert_eq!(parse("the day Israel"), None);
        assert_eq!(parse("In June"), None);
    }

    #[test]
    fn clause_subjects_skip_opening_adverbials() {
        let lex = Lexicon::builtin();
        for (t, want) in [
            ("Early in his campaign, Trump attacked Romney, calling", Some("Trump")),
            ("Kelly said", Some("Kelly")),
            ("Hastily convened meetings followed", None),
            ("Hours later, she issued a statement calling", Some("she")),
            ("Lewandowski earlier quashed rumors by tweeting", Some("Lewandowski")),
            ("On July 6, 2015, Sanders made the following comment:", Some("Sanders")),
        ] {
            let d = Document::new(t);
            let idx = WordIndex::new(&d);
            let got = clause_subject(lex, &idx.words, 0, idx.words.len()).map(|sp| d.slice(sp.span).to_string());
            assert_eq!(got.as_deref(), want, "{t}");
        }
    }

    #[test]
    fn subjects_before_cues() {
        let lex = Lexicon::builtin();
        for (t, cue, want) in [
            ("The next day, the ministry said it", 6, "the ministry"),
            ("In 2012, Azerbaijani police announced that", 5, "Azerbaijani police"),
            ("Scott McGeary, an IT professional from Seattle, said", 9, "Scott McGeary"),
            ("Smith has long said", 3, "Smith"),
        ] {
            let d = Document::new(t);
            let idx = WordIndex::new(&d);
            assert_eq!(idx.words[cue].folded.chars().next(), Some(if t.contains("announced") { 'a' } else { 's' }));
            let sp = subject_before(lex, &idx.words, 0, cue).expect(t);
            assert_eq!(d.slice(sp.span), want);
        }
    }
}
