//! Reported speech: statements credited to a speaker without quotation marks.
//!
//! ```text
//! reported := subject aux_adverbs cue object? (PP)* that? CLAUSE       "Officials said (that) the bridge ..."
//!           | subject aux_adverbs cue "to" VERB ...                     "Cruz vowed to repeal the law" (verbs flagged `infinitive`)
//!           | CLAUSE "," subject aux_adverbs cue adjunct? "."           "The bridge will reopen, officials said Wednesday."
//!           | PART "," subject cue "," CLAUSE                           "Her countrymen, she said, should not listen ..."
//!           | CLAUSE "," cue speaker (apposition)? "."                  "..., said Efraim Halevy, the former head ..."
//!           | according_to source "," CLAUSE                           "According to exit polls, ..."
//!           | CLAUSE ","? according_to source "."
//!           | PART "," according_to source "," CLAUSE                  "But the next day, according to Roffman, Trump ..."
//!           | NAME ":" CLAUSE                                           "PENCE: Well, look, ..." (transcripts)
//!           | SUBJECT ... "," cue-ing CLAUSE                            "..., saying the attacks were illegal"
//!           | owner's adjective* cue-noun (that | cue-ing) CLAUSE         "Tehran's repeated assertions that ..."
//!           | SUBJECT verb determiner? cue-noun (that | cue-ing) CLAUSE   "The ministry issued a statement saying ..."
//! subject  := speaker                                  (the speaker grammar, `phrases.rs`)
//!           | NP "," "who"                             "Podesta, who said ..." (the clause ends at the next comma)
//!           | SUBJECT ... "and"                        "Ebeling reminisced about ..., and said ..."
//!           | loose NP ("," apposition ",")*           "The bank", "Experts on North Korea", "Tad Devine, a senior
//!                                                       adviser to Mr. Sanders," (see `loose_subject`)
//! source   := speaker | any words up to the next punctuation (at most 14)
//! ```
//! Only cue verbs marked `| reported` in `grammar/cue_verbs.txt` introduce reported speech; those
//! also marked `stance` ("support", "find", "show") take only a parsed speaker as subject, since a
//! thing can show or find ("The results show ..."). A cue word after a determiner, quantifier,
//! possessive, number or preposition is a noun ("secretary of state", "a planned trip"). A clause of
//! fewer than three words, one inside a quotation, or one that is mostly a quotation is not
//! reported speech (the quotation is attributed by the frames instead).

use super::attribution::Certainty;
use super::phrases::{clause_subject, dateline_dash, is_name_word, speaker, subject_before, PhraseKind, SpeakerPhrase};
use super::words::{cover, multiword_cue, Words, W};
use crate::lexicon::{is_weekday, month_number, CueVerb, Gender, Lexicon};
use crate::text::{Span, TokenKind};
use nom::Parser;

/// A reported statement found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The reported clause.
    pub clause: Span,
    /// The cue.
    pub cue: Option<Span>,
    /// Who is reported.
    pub speaker: Option<SpeakerPhrase>,
    /// How firmly it was recognised.
    pub certainty: Certainty,
}

const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "it", "you", "reporters", "journalists"];
const PASSIVE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];

fn words_in(ws: &[W]) -> usize {
    ws.iter().filter(|w| w.kind != TokenKind::Punct).count()
}

/// Trims final punctuation and quote marks off a clause's words.
fn trim_clause(ws: &[W]) -> &[W] {
    let mut end = ws.len();
    while end > 0 && (ws[end - 1].kind == TokenKind::Punct && !ws[end - 1].mark) {
        end -= 1;
    }
    let mut start = 0;
    while start < end && ws[start].kind == TokenKind::Punct && !ws[start].mark {
        start += 1;
    }
    &ws[start..end]
}

/// The most words a loosely recognised statement spans, and the furthest its end is looked for.
const MAX_LOOSE_WORDS: usize = 80;

/// The most statements of one sentence beyond which no loose one is added.
const MAX_PER_SENTENCE: usize = 48;

/// The words of `ws` up to [`MAX_LOOSE_WORDS`] after `start`: where a loose statement's end is
/// looked for.
fn within(ws: &[W], start: usize) -> &[W] {
    &ws[..ws.len().min(start + MAX_LOOSE_WORDS)]
}

/// Where the loose statement starting at `start` ends: at the next punctuation (a stop after an
/// abbreviation aside), at most [`MAX_LOOSE_WORDS`] on.
fn phrase_end(ws: &[W], start: usize) -> usize {
    let ws = within(ws, start);
    (start..ws.len()).find(|&k| ws[k].kind == TokenKind::Punct && !inner_stop(ws, k)).unwrap_or(ws.len())
}

/// One sentence's words with which of them lie inside quotations.
struct Sentence<'a> {
    lex: &'a Lexicon,
    ws: &'a [W],
    quoted: Vec<bool>,
}

impl Sentence<'_> {
    /// True when more than half the words of `a..b` lie inside quotations.
    fn mostly_quoted(&self, a: usize, b: usize) -> bool {
        let b = b.min(self.ws.len());
        let total = b.saturating_sub(a).max(1);
        (a..b).filter(|&i| self.quoted[i]).count() * 2 > total
    }

    /// Adds the clause `ws[a..b]` (trimmed) when it has three words or more and is new.
    fn push(&self, a: usize, b: usize, cue: Span, sp: SpeakerPhrase, out: &mut Vec<Reported>) {
        self.push_min(a, b, 3, cue, sp, out);
    }

    /// Adds the clause `ws[a..b]` (trimmed) when it has `min` words or more and is new.
    fn push_min(&self, a: usize, b: usize, min: usize, cue: Span, sp: SpeakerPhrase, out: &mut Vec<Reported>) {
        self.add(
            a,
            b,
            min,
            Reported { clause: Span::default(), cue: Some(cue), speaker: Some(sp), certainty: Certainty::Clause },
            out,
        );
    }

    /// Adds the clause `ws[a..b]` (trimmed) at the loose level when `loose`, else at the clause
    /// level, when it has `min` words or more and is new.
    #[allow(clippy::too_many_arguments)]
    fn push_at(
        &self,
        loose: bool,
        a: usize,
        b: usize,
        min: usize,
        cue: Span,
        sp: SpeakerPhrase,
        out: &mut Vec<Reported>,
    ) {
        if loose {
            self.push_loose(a, b, min, Some(cue), Some(sp), out);
        } else {
            self.push_min(a, b, min, cue, sp, out);
        }
    }

    /// Adds the clause `ws[a..b]` (trimmed) as a loosely recognised statement when it has `min`
    /// words or more and is new.
    fn push_loose(
        &self,
        a: usize,
        b: usize,
        min: usize,
        cue: Option<Span>,
        sp: Option<SpeakerPhrase>,
        out: &mut Vec<Reported>,
    ) {
        // Bounded, so that adversarial text ("the belief that the belief that ...") stays linear.
        if out.len() >= MAX_PER_SENTENCE {
            return;
        }
        let b = b.min(a + MAX_LOOSE_WORDS);
        self.add(a, b, min, Reported { clause: Span::default(), cue, speaker: sp, certainty: Certainty::Loose }, out);
    }

    /// Adds `r` over the clause `ws[a..b]` (trimmed) when it has `min` words or more; a firm
    /// statement takes the place of a loose one over the same clause.
    fn add(&self, a: usize, b: usize, min: usize, mut r: Reported, out: &mut Vec<Reported>) {
        let b = b.min(self.ws.len());
        let clause = trim_clause(&self.ws[a.min(b)..b]);
        if words_in(clause) < min.max(1) {
            return;
        }
        r.clause = cover(clause);
        match out.iter_mut().find(|o| o.clause == r.clause) {
            Some(o) if o.certainty == Certainty::Loose && r.certainty == Certainty::Clause => *o = r,
            Some(_) => {}
            None => out.push(r),
        }
    }
}

/// Finds the reported statements of one sentence. `quoted(i)` tells whether word `i` of `ws` lies
/// inside a quotation.
pub fn find_reported(lex: &Lexicon, ws: &[W], quoted: impl Fn(usize) -> bool) -> Vec<Reported> {
    let s = Sentence { lex, ws, quoted: (0..ws.len()).map(quoted).collect() };
    let mut out = Vec::new();
    transcript_line(&s, &mut out);
    for c in 0..ws.len() {
        if s.quoted[c] {
            continue;
        }
        let w = &ws[c];
        if w.kind == TokenKind::Word && !w.cap && w.lexical.loose_noun {
            if let Some(next) = lex.loose_nouns.get(w.folded.as_str()) {
                if loose_noun(&s, c, next, &mut out) {
                    continue;
                }
            }
        }
        if w.lexical.cue_noun && w.kind == TokenKind::Word {
            if let Some((sp, start)) = noun_cue(lex, ws, c) {
                if !s.mostly_quoted(start, ws.len()) {
                    s.push(start, ws.len(), w.span, sp, &mut out);
                }
                continue;
            }
            // A word that is also a cue verb ("they report ...") is read as the verb next.
            if !w.lexical.cue_verb {
                continue;
            }
        }
        if let Ok((after, cue)) = multiword_cue(lex).parse(Words(&ws[c..])) {
            if cue.start == w.span.start && w.folded == "according" {
                according_to(&s, c, ws.len() - after.0.len(), cue, &mut out);
            }
            continue;
        }
        if sourceless_frame(&s, c, &mut out) {
            continue;
        }
        // Only a lower-case word can be a cue verb here: the look-ups are skipped for the others.
        if !w.is_word() || w.cap {
            continue;
        }
        // The word's lexical flags tell which map has it.
        let verb = if w.lexical.cue_verb {
            lex.cue_verbs.get(w.folded.as_str())
        } else if w.lexical.loose_verb {
            lex.loose_verbs.get(w.folded.as_str())
        } else {
            None
        };
        if let Some(verb) = verb.filter(|v| v.reported || v.loose) {
            verb_cue(&s, c, verb, &mut out);
        }
    }
    out
}

/// `according to S, CLAUSE` | `CLAUSE, according to S` | `CLAUSE according to S.` |
/// `CLAUSE, according to S, CLAUSE`; `after` is the index of the word after "to". When the
/// speaker grammar finds no speaker, any short noun phrase is the source ("according to exit polls").
fn according_to(s: &Sentence, c: usize, after: usize, cue: Span, out: &mut Vec<Reported>) {
    let (ws, n) = (s.ws, s.ws.len());
    let parsed = speaker(s.lex).parse(Words(&ws[after..])).ok().map(|(rest, sp)| (sp, n - rest.0.len()));
    // "according to a diplomat involved in the talks,": a speaker phrase that words follow is
    // only the start of the source.
    let complete = parsed.as_ref().is_some_and(|&(_, end)| ws.get(end).is_none_or(|w| w.kind == TokenKind::Punct));
    let source = if complete { parsed } else { loose_source(s.lex, ws, after).or(parsed) };
    let Some((sp, sp_end)) = source else { return };
    let next = ws.get(sp_end);
    let then_comma = next.is_some_and(|w| w.is_punct(","));
    // "But according to ...": a conjunction may open the sentence.
    let opens =
        c == 0 || (c == 1 && (ws[0].is_punct("(") || matches!(ws[0].folded.as_str(), "but" | "and" | "yet" | "so")));
    if opens {
        // "According to Jack Garner, film critic for Gannett News Service, this film ...".
        let from = if then_comma { source_apposition_end(s.lex, ws, sp_end).map_or(sp_end + 1, |k| k + 1) } else { n };
        if then_comma && !s.mostly_quoted(from, n) {
            s.push(from, n, cue, sp, out);
        }
    } else if ws[c - 1].is_punct(",") {
        // "But the next day, according to Roffman, Trump made further demands": the clause is
        // the longer side of the parenthetical.
        let before = words_in(trim_clause(&ws[..c - 1]));
        if then_comma && before < 4 && !s.mostly_quoted(sp_end + 1, n) {
            s.push(sp_end + 1, n, cue, sp, out);
        } else if !s.mostly_quoted(0, c - 1) {
            s.push(0, c - 1, cue, sp, out);
        }
    } else if c >= 4 && ws[sp_end..].iter().all(|r| r.kind == TokenKind::Punct) && !s.mostly_quoted(0, c) {
        // "... about 6 million visitors according to the event website."
        s.push(0, c, cue, sp, out);
    }
}

/// The comma closing an apposition that follows the source's comma at `comma` ("Jack Garner,
/// film critic for Gannett News Service,"): at most 12 words with a role word among the first
/// three, no verb and no quote mark.
fn source_apposition_end(lex: &Lexicon, ws: &[W], comma: usize) -> Option<usize> {
    let close = (comma + 1..ws.len().min(comma + 14)).find(|&k| ws[k].kind == TokenKind::Punct)?;
    let part = &ws[comma + 1..close];
    let role = part.iter().take(3).any(|w| lex.is_role(w.stem_possessive()));
    (ws[close].is_punct(",") && role && !has_finite_verb(part) && words_in(part) <= 12).then_some(close)
}

/// The source after "according to" when the speaker grammar finds none: the words from `at`
/// up to the next punctuation (a stop after an abbreviation aside), at most 14 ("exit polls
/// reported by CNN and other networks"). Returns the phrase and the index after it.
fn loose_source(lex: &Lexicon, ws: &[W], at: usize) -> Option<(SpeakerPhrase, usize)> {
    let mut end = at;
    while end < ws.len() && (ws[end].is_word() || inner_stop(ws, end)) && !ws[end].mark {
        end += 1;
    }
    let words = &ws[at..end];
    if words.is_empty() || words_in(words) > 14 || !starts_noun_phrase(lex, &ws[at], false) {
        return None;
    }
    Some((loose_phrase(words), end))
}

/// A speaker phrase over `words` that the speaker grammar does not parse: named when its head,
/// the last word before any preposition, is a name ("the FNSEA"; "Bus operators" and
/// "Economists at the WIFO institute" are neither a bus nor WIFO).
fn loose_phrase(words: &[W]) -> SpeakerPhrase {
    let head = words.iter().position(|w| PREPOSITIONS.contains(&w.folded.as_str())).unwrap_or(words.len());
    let named = words[..head].iter().rev().find(|w| w.is_word()).is_some_and(is_name_word);
    let kind = if named { PhraseKind::Named } else { PhraseKind::Role };
    SpeakerPhrase { span: cover(words), kind }
}

/// A full stop inside a sentence that closes an abbreviation or initial ("Mr.", "J.", "Ky.").
fn inner_stop(ws: &[W], i: usize) -> bool {
    ws[i].is_punct(".")
        && i > 0
        && ws[i - 1].cap
        && ws[i - 1].folded.chars().count() <= 4
        && ws.get(i + 1).is_some_and(|w| !w.mark && !w.ends_sentence())
}

/// `NAME: CLAUSE` opening a sentence, as in interview transcripts and headlines ("PENCE: Well,
/// look ...", "Q: You suffered from ..."): one to four capitalised words before a colon.
fn transcript_line(s: &Sentence, out: &mut Vec<Reported>) {
    let ws = s.ws;
    let Some(colon) = ws.iter().take(5).position(|w| w.is_punct(":")) else { return };
    let name = &ws[..colon];
    let named = !name.is_empty()
        && starts_noun_phrase(s.lex, &name[0], name.len() == 1)
        && name.iter().all(|w| w.is_word() && w.cap && w.kind == TokenKind::Word)
        && !s
            .lex
            .labels
            .contains(&crate::text::fold(&name.iter().map(|w| w.folded.as_str()).collect::<Vec<_>>().join(" ")));
    if named && ws.get(colon + 1).is_some_and(|w| !w.mark) && !s.mostly_quoted(colon + 1, ws.len()) {
        let sp = loose_phrase(name);
        s.push(colon + 1, ws.len(), ws[colon].span, sp, out);
    }
}

/// A reported cue verb at `c`: the grammar's verb frames (see the module documentation).
fn verb_cue(s: &Sentence, c: usize, verb: &CueVerb, out: &mut Vec<Reported>) {
    let (lex, ws, n) = (s.lex, s.ws, s.ws.len());
    let w = &ws[c];
    if c > 0 && (PASSIVE.contains(&ws[c - 1].folded.as_str()) || !can_precede_verb(&ws[c - 1])) {
        return;
    }
    // "Some estimates place ...": after a plural quantifier an "-s" form is a noun.
    if c > 0 && STANDALONE.contains(&ws[c - 1].folded.as_str()) && ws[c - 1].folded != "one" && w.folded.ends_with('s')
    {
        return;
    }
    // "-ing" after a form of "be" is a finite verb ("he is claiming that"), not a participle.
    let progressive = c > 0 && matches!(ws[c - 1].folded.as_str(), "is" | "are" | "was" | "were" | "am" | "'s" | "’s");
    let participle = w.folded.ends_with("ing") && !progressive;
    if participle && verb.stance && reduced_relative(s, c, verb, out) {
        return;
    }
    // CLAUSE, cue S.   ("..., said Efraim Halevy, the former head ...")
    // ("Paul Nyathi-Moyo, a police spokesman, said the journalist ... was held": a subject with
    // its apposition comes first.)
    if !participle && c >= 4 && ws[c - 1].is_punct(",") && subject_before(lex, ws, 0, c).is_none() {
        if let Ok((rest, sp)) = speaker(lex).parse(Words(&ws[c + 1..])) {
            if sp.span.start > w.span.start
                && rest.0.first().is_none_or(|r| r.is_punct(",") || r.ends_sentence() || r.is_punct(";"))
                && !s.mostly_quoted(0, c - 1)
            {
                s.push_at(!verb.reported, 0, c - 1, 3, w.span, sp, out);
                return;
            }
        }
    }
    let next = ws.get(c + 1);
    // "called for a ban", "talked about the deal": after a verb outside the core lexicon a
    // preposition that takes what was said opens the statement, not an adjunct.
    let takes_object = !verb.reported && next.is_some_and(|x| OBJECT_PREPOSITIONS.contains(&x.folded.as_str()));
    let post_cue = next.is_none_or(|x| x.ends_sentence() || x.is_punct(",") || x.is_punct(";"))
        || (adjunct_only(lex, &ws[c + 1..]) && !takes_object);
    // A verb outside the core lexicon, or a stance verb whose subject is no speaker phrase, gives a
    // loose statement only.
    let mut loose = !verb.reported;
    let subject = subject_of(s, c, participle, post_cue, verb.stance && !loose).or_else(|| {
        loose = true;
        subject_of(s, c, participle, post_cue, false).filter(|_| verb.stance)
    });
    let Some(Subject { sp, relative }) = subject else {
        if verb.reported && !verb.stance && !participle && !post_cue && c > 0 && ws[c - 1].is_word() {
            sourceless(s, c, verb, out);
        }
        return;
    };
    let subject_at = ws.iter().position(|x| x.span.start >= sp.span.start).unwrap_or(c);
    // The tail of a quotation's frame (`,” he said in an interview`) is not a statement; a
    // clause that only ends with a quoted fragment is ("North Korea has placed its units on a
    // 'wartime footing', the agency reported").
    let after_mark = ws[subject_at.saturating_sub(2)..subject_at].iter().any(|x| x.mark);
    if after_mark && !participle && (!post_cue || ws[0].mark || s.quoted[0] || s.mostly_quoted(0, subject_at)) {
        return;
    }
    // "explains, in a satirical fashion, that ...": a parenthetical set off by commas.
    let parenthetical_that = next.is_some_and(|x| x.is_punct(","))
        && (c + 2..n.min(c + 12))
            .find(|&k| ws[k].is_punct(","))
            .is_some_and(|k| ws.get(k + 1).is_some_and(|x| x.folded == "that") && !ws[c + 2..k].iter().any(|x| x.mark));
    // CLAUSE, S said.
    if !participle && !parenthetical_that && post_cue {
        if subject_at >= 2 && ws[subject_at - 1].is_punct(",") && !s.mostly_quoted(0, subject_at - 1) {
            // "Her countrymen, she said, should not listen ...": the statement goes on after the
            // frame, so its first part may be short.
            let goes_on = next.is_some_and(|x| x.is_punct(","));
            let from = dateline_dash(ws, 0, subject_at).map_or(0, |k| k + 1);
            s.push_at(loose, from, subject_at - 1, if goes_on { 1 } else { 3 }, w.span, sp.clone(), out);
            if goes_on && !s.mostly_quoted(c + 2, n) {
                s.push_at(loose, c + 2, n, 3, w.span, sp, out);
            }
        }
        return;
    }
    let Some((start, phrase)) = clause_start(s, c, verb, parenthetical_that) else { return };
    let end =
        if loose || phrase { clause_end(within(ws, start), start, relative) } else { clause_end(ws, start, relative) };
    // "adding his voice to the protests", "denying the session a quorum": after a participle the
    // object is a statement only when it is a clause.
    let that_clause = start > c + 1 && ws[start - 1].folded == "that";
    // ("vowing to compete in the final primary" is loose content.)
    let clause_less = participle && !that_clause && !has_finite_verb(&ws[start..end]);
    if clause_less && ws[start].folded != "to" {
        return;
    }
    // "rejected a Western proposal to expand ...", "denied the allegations", "would add $48
    // billion to the deficit": an object with no verb of its own before a comma is loose
    // content, not a clause (an infinitive after a verb flagged for one stays a statement:
    // "vowed to repeal the law").
    let head_end = (start..end).find(|&k| ws[k].is_punct(",")).unwrap_or(end);
    // A verb after a modal or "to" is an action more often than a report ("would add $48
    // billion"): past a verb not flagged `stance`, only then is an object no clause.
    let from = verb_group_start(lex, ws, c).saturating_sub(1);
    let modal = ws[from..c].iter().any(|w| {
        matches!(w.folded.as_str(), "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must" | "to")
    });
    // (After a modal only an auxiliary shows a clause: "services on the routes affected".)
    let clause_verb = if modal { has_auxiliary(&ws[start..end]) } else { has_finite_verb(&ws[start..head_end]) };
    let np_object = (verb.stance || modal) && !that_clause && ws[start].folded != "to" && !clause_verb;
    let loose = loose || phrase || clause_less || np_object;
    if s.mostly_quoted(start, end) {
        return;
    }
    if loose || words_in(trim_clause(&ws[start..end])) < 3 {
        // "Ryan endorsed Trump", "vowing to compete in the final primary", "called for a ban".
        s.push_loose(start, end, 1, Some(w.span), Some(sp), out);
    } else {
        s.push(start, end, w.span, sp, out);
    }
}

/// `NP cue-ing OBJECT`, the participle of a stance verb modifying the noun phrase before it ("a
/// group supporting Bush", "polls showing a tight race"): a loose statement of that noun phrase when it can speak,
/// the object running to the next punctuation (a clause after "that"). Returns whether one was
/// added.
fn reduced_relative(s: &Sentence, c: usize, verb: &CueVerb, out: &mut Vec<Reported>) -> bool {
    let (lex, ws) = (s.lex, s.ws);
    let Some(head) = c.checked_sub(1).map(|k| &ws[k]) else { return false };
    let nominal = |w: &W| {
        w.kind == TokenKind::Word
            && !lex.stopwords.contains(w.folded.as_str())
            && !w.folded.ends_with("ly")
            && !lex.cue_verbs.contains_key(w.folded.as_str())
    };
    if !nominal(head) || !can_end_noun_phrase(lex, head) {
        return false;
    }
    let mut a = c - 1;
    while a > 0 && a + 4 > c && nominal(&ws[a - 1]) {
        a -= 1;
    }
    if a > 0 && QUANTIFIERS.contains(&ws[a - 1].folded.as_str()) {
        a -= 1;
    }
    let np = &ws[a..c];
    if !can_speak(lex, np) || lower_cased_name(lex, np) {
        return false;
    }
    let Some((start, _)) = clause_start(s, c, verb, false) else { return false };
    let that_clause = start > c + 1 && ws[start - 1].folded == "that";
    let end = if that_clause { clause_end(within(ws, start), start, false) } else { phrase_end(ws, start) };
    if s.mostly_quoted(start, end) {
        return false;
    }
    let len = out.len();
    s.push_loose(start, end, 1, Some(ws[c].span), Some(loose_phrase(np)), out);
    out.len() > len
}

/// A core cue verb at `c` with a subject the grammar does not parse ("22 percent said they might
/// change their mind", "Each side said the other would be responsible"): a loose statement when a
/// "that" follows, or after "say" a finite clause, credited to the words before the verb back to
/// the last punctuation when there are one to eight of them.
fn sourceless(s: &Sentence, c: usize, verb: &CueVerb, out: &mut Vec<Reported>) {
    let ws = s.ws;
    let Some((start, phrase)) = clause_start(s, c, verb, false) else { return };
    let end = clause_end(within(ws, start), start, false);
    let that_clause = start > c + 1 && ws[start - 1].folded == "that";
    let finite = verb.lemma == "say" && has_finite_verb(&ws[start..end]);
    if phrase || s.mostly_quoted(start, end) || !(that_clause || finite) {
        return;
    }
    let v = verb_group_start(s.lex, ws, c);
    let from = (0..v).rev().find(|&k| ws[k].kind == TokenKind::Punct && !inner_stop(ws, k)).map_or(0, |k| k + 1);
    let before = &ws[from..v];
    // "... and said ...": a coordinated verb shares its clause's subject.
    let sp = if before.first().is_some_and(|w| starts_noun_phrase(s.lex, w, false) || w.cap) {
        (words_in(before) <= 8 && !before.iter().any(|x| x.mark)).then(|| loose_phrase(before))
    } else {
        clause_subject(s.lex, ws, 0, from.max(v.saturating_sub(1)))
    };
    s.push_loose(start, end, 3, Some(ws[c].span), sp, out);
}

/// Loose statements that name no source: `be (adverb)? expected to VERB ...` ("The White House is
/// expected to sign the measure": the expectation is someone's, unnamed) and `(when)? asked
/// about X | whether CLAUSE ,` ("When asked about the merger, she ..."). Returns whether one was
/// added.
fn sourceless_frame(s: &Sentence, c: usize, out: &mut Vec<Reported>) -> bool {
    let ws = s.ws;
    let w = &ws[c];
    let len = out.len();
    let word = |k: usize| ws.get(k).filter(|x| x.kind == TokenKind::Word).map(|x| x.folded.as_str());
    if w.folded == "expected" && c > 0 {
        let mut b = c - 1;
        if b > 0 && (s.lex.aux_adverbs.contains(ws[b].folded.as_str()) || ws[b].folded.ends_with("ly")) {
            b -= 1;
        }
        let passive = PASSIVE.contains(&ws[b].folded.as_str()) || matches!(ws[b].folded.as_str(), "'s" | "’s");
        if passive && word(c + 1) == Some("to") && ws.get(c + 2).is_some_and(|x| bare_verb(s.lex, x)) {
            let end = clause_end(within(ws, c + 1), c + 1, false);
            if !s.mostly_quoted(c + 1, end) {
                s.push_loose(c + 1, end, 3, Some(w.span), None, out);
            }
        }
    } else if w.folded == "asked" && (c == 0 || matches!(word(c - 1), Some("when" | "if" | "after" | "before"))) {
        let opens = matches!(word(c + 1), Some("about" | "whether" | "if" | "why" | "how" | "what"));
        let end = phrase_end(ws, c + 1);
        if opens && !s.mostly_quoted(c + 1, end) {
            let start = if word(c + 1) == Some("about") { c + 2 } else { c + 1 };
            s.push_loose(start, end, 1, Some(w.span), None, out);
        }
    }
    out.len() > len
}

/// Words that mark a finite clause: auxiliaries, modals and copulas.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "will", "would", "could", "should", "can", "may", "might", "must", "has",
    "have", "had", "do", "does", "did", "'s", "'re", "'ll", "'d", "won't", "can't", "isn't", "wasn't",
];

/// True when `ws` hold a finite verb: an auxiliary or modal, or a word in "-ed" after the first.
fn has_finite_verb(ws: &[W]) -> bool {
    has_auxiliary(ws)
        || ws.iter().skip(1).any(|w| w.kind == TokenKind::Word && w.folded.len() > 4 && w.folded.ends_with("ed"))
}

/// True when `ws` hold an auxiliary, a modal or a copula.
fn has_auxiliary(ws: &[W]) -> bool {
    ws.iter().any(|w| w.kind == TokenKind::Word && FINITE.contains(&w.folded.as_str()))
}

/// Prepositions after which a cue word is a noun ("secretary of state", "in the report").
const PREPOSITIONS: &[&str] = &["of", "in", "for", "on", "at", "by", "with", "from", "about", "into", "over", "under"];

/// False when `w` shows that the cue word after it is a noun or adjective, not a verb: a
/// determiner, quantifier, possessive, number or preposition ("the state", "a planned trip",
/// "many plans", "Clinton's remarks", "secretary of state").
fn can_precede_verb(w: &W) -> bool {
    let f = w.folded.as_str();
    STANDALONE.contains(&f)
        || !(QUANTIFIERS.contains(&f) || PREPOSITIONS.contains(&f) || w.is_possessive() || w.kind == TokenKind::Number)
}

/// Quantifiers and pronouns that can be a whole subject ("Some say", "Most believe", "Clinton
/// herself signaled").
const STANDALONE: &[&str] = &[
    "some",
    "many",
    "most",
    "several",
    "both",
    "all",
    "few",
    "one",
    "two",
    "three",
    "others",
    "himself",
    "herself",
    "itself",
    "themselves",
];

/// The subject of a cue verb, and whether it came through a relative pronoun ("Podesta, who
/// said ...", whose clause ends at the next comma).
struct Subject {
    sp: SpeakerPhrase,
    relative: bool,
}

/// The subject of the cue verb at `c`, tried in turn: a participle's clause subject; the speaker
/// phrase right before the verb; through a relative "who"; the clause subject of a coordinated
/// verb ("X reminisced about ... and said"); any noun phrase opening the clause ([`loose_subject`]).
/// A `stance` verb takes only the speaker phrase.
fn subject_of(s: &Sentence, c: usize, participle: bool, post_cue: bool, stance: bool) -> Option<Subject> {
    let (lex, ws) = (s.lex, s.ws);
    let plain = |sp| Some(Subject { sp, relative: false });
    if participle {
        if c == 0 || !ws[c - 1].is_punct(",") {
            return None;
        }
        // "“...,” KCNA said, adding that ...": the subject of the cue the participle follows.
        let cue_before = c >= 2 && ws[c - 2].lexical.cue_verb && !ws[c - 2].cap;
        let after_cue = || subject_before(lex, ws, 0, c - 2).filter(|_| cue_before);
        return clause_subject(lex, ws, 0, c).or_else(after_cue).and_then(plain);
    }
    if let Some(sp) = subject_before(lex, ws, 0, c) {
        return plain(sp);
    }
    if stance {
        return None;
    }
    let v = verb_group_start(lex, ws, c);
    let before = v.checked_sub(1).map(|k| &ws[k]);
    if before.is_some_and(|b| b.folded == "who") && v >= 2 {
        let k = v - 1;
        let sp = if ws[k - 1].is_punct(",") { subject_before(lex, ws, 0, k - 1) } else { None };
        return sp.or_else(|| loose_subject(s, k, false)).map(|sp| Subject { sp, relative: true });
    }
    if before.is_some_and(|b| b.folded == "and" || b.folded == "but") && !post_cue {
        // "... said the developer had cut the height and added ...": inside another cue's clause,
        // unless a "that" shows a second statement ("said ... but warned that ...").
        let earlier_cue =
            ws[..v - 1].iter().any(|w| !w.cap && lex.cue_verbs.get(w.folded.as_str()).is_some_and(|cv| cv.reported));
        if earlier_cue && !second_statement(ws, v - 1) {
            return None;
        }
        let sp = clause_subject(lex, ws, 0, v - 1).map(|sp| with_initials(ws, sp));
        return sp.or_else(|| loose_subject(s, v - 1, false)).and_then(plain);
    }
    loose_subject(s, v, post_cue).and_then(plain)
}

/// True when the "and" or "but" at `k` joins a second reported statement of the same subject:
/// a cue verb follows (after adverbs), then "that" ("said ... but warned that ...").
fn second_statement(ws: &[W], k: usize) -> bool {
    let mut c = k + 1;
    while c < ws.len() && ws[c].folded.ends_with("ly") && !ws[c].cap {
        c += 1;
    }
    let cue = ws.get(c).is_some_and(|w| w.is_word() && !w.cap && w.lexical.cue_verb);
    cue && ws.get(c + 1).is_some_and(|w| w.folded == "that")
}

/// Extends a speaker phrase that stops at initials ("A.N" of "A.N. Whitcombe") over the stop and
/// the capitalised words after it.
fn with_initials(ws: &[W], sp: SpeakerPhrase) -> SpeakerPhrase {
    let Some(last) = ws.iter().rposition(|w| w.span.end <= sp.span.end) else { return sp };
    if !inner_stop(ws, last + 1) {
        return sp;
    }
    let end = (last + 2..ws.len()).take_while(|&k| ws[k].cap && ws[k].kind == TokenKind::Word).last();
    match end {
        Some(e) => SpeakerPhrase { span: sp.span.cover(&ws[e].span), kind: sp.kind },
        None => sp,
    }
}

/// Where the verb group of the cue at `c` starts: auxiliaries and adverbs ("has long", "have
/// repeatedly", "also is", "aggressively") before it belong to it.
fn verb_group_start(lex: &Lexicon, ws: &[W], c: usize) -> usize {
    let mut v = c;
    while v > 0
        && ws[v - 1].kind == TokenKind::Word
        && !ws[v - 1].cap
        && (lex.aux_adverbs.contains(ws[v - 1].folded.as_str()) || ws[v - 1].folded.ends_with("ly"))
    {
        v -= 1;
    }
    v
}

/// Function words that show a stretch of words is a clause, not a noun phrase.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "what", "if", "when", "because", "while", "although", "though", "whether", "as", "than", "so",
    "where", "is", "was", "are", "were", "will", "would", "can", "could", "should", "may", "might", "must", "do",
    "does", "did", "has", "have", "had", "be", "been", "it", "there", "not", "to", "how", "why", "but",
];
/// Quantifiers that open a noun phrase ("many in the crowd", "all but two").
const QUANTIFIERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "its", "their", "our", "some", "many", "most", "several", "both", "all",
    "few", "each", "every", "these", "those", "this", "other", "one", "two", "three",
];

/// True when `w` can open a noun phrase: a determiner or quantifier, a name, or a content word
/// (not a function word, adverb or participle; `first` marks the sentence's first word, where an
/// "-ed" or "-ing" word opens an adverbial, "Pressed by reporters, ...", unless a name goes on,
/// "Planned Parenthood").
fn starts_noun_phrase(lex: &Lexicon, w: &W, first: bool) -> bool {
    let f = w.folded.as_str();
    if w.kind == TokenKind::Number || QUANTIFIERS.contains(&f) {
        return true;
    }
    let participle = f.ends_with("ed") || f.ends_with("ing");
    w.kind == TokenKind::Word
        && !lex.stopwords.contains(f)
        && !lex.sentence_openers.contains(f)
        && !f.ends_with("ly")
        && !(participle && (first || !w.cap))
        && !lex.cue_verbs.contains_key(f)
}

/// The part of a loose subject that names the speaker: the words before a bracket ("The Indian
/// Space Research Organisation (ISRO)").
fn speaker_part(head: &[W]) -> &[W] {
    let paren = head.iter().position(|w| w.is_punct("(")).filter(|&k| k > 0).unwrap_or(head.len());
    &head[..paren]
}

/// True when the head noun of a loose subject (its last word before a postmodifier: "People
/// with direct knowledge ...") can name someone who speaks: a name, a role, an organisation word,
/// a standalone quantifier or a plural ("executives"); not a thing ("Azerbaijan's foreign policy").
fn can_speak(lex: &Lexicon, head: &[W]) -> bool {
    let end = head.iter().position(|w| PREPOSITIONS.contains(&w.folded.as_str())).unwrap_or(head.len());
    let Some(noun) = head[..end].iter().rev().find(|w| w.kind == TokenKind::Word) else { return false };
    let f = noun.stem_possessive();
    noun.cap
        || lex.is_role(f)
        || crate::speakers::names::org_words().contains(f)
        || STANDALONE.contains(&f)
        || (f.ends_with('s') && !f.ends_with("ss"))
}

/// True when a capitalised word is followed by a lower-case content word that is no role: text
/// whose names were lower-cased ("Usain bolt", "Twice french open champion"), where a name
/// cannot be told from a common noun. Determiners and possessives may precede ("The bank",
/// "Clinton's presidential campaign").
fn lower_cased_name(lex: &Lexicon, head: &[W]) -> bool {
    head.windows(2).enumerate().any(|(k, p)| {
        // "the WIFO institute": a name after a determiner modifies the noun it precedes.
        let after_determiner = k > 0 && matches!(head[k - 1].folded.as_str(), "the" | "a" | "an");
        // "Bus operators said": a capital opening the phrase before a plural that ends it.
        let plural_head = k == 0
            && head.len() == 2
            && p[1].folded.ends_with('s')
            && !p[1].folded.ends_with("ss")
            && !p[1].folded.ends_with("'s");
        p[0].cap
            && !plural_head
            && p[0].kind == TokenKind::Word
            && !p[0].is_possessive()
            && !after_determiner
            && !QUANTIFIERS.contains(&p[0].folded.as_str())
            && p[1].kind == TokenKind::Word
            && !p[1].cap
            && !lex.stopwords.contains(p[1].folded.as_str())
            && !lex.is_role(p[1].stem_possessive())
    })
}

/// True when `w` can be the last word of a noun phrase: not a function word, determiner or
/// preposition ("across the", "secretary of"), save quantifiers standing alone ("all", "many").
fn can_end_noun_phrase(lex: &Lexicon, w: &W) -> bool {
    let f = w.folded.as_str();
    let content = w.cap || !lex.stopwords.contains(f) || STANDALONE.contains(&f);
    w.kind == TokenKind::Number || (w.kind == TokenKind::Word && content && can_precede_verb(w))
}

/// A subject the speaker grammar does not parse, ending before the verb group at `v`: the
/// noun phrase opening the clause, after an opening adverbial set off by a comma and with any
/// appositions set off by commas ("Tad Devine, a senior adviser to Mr. Sanders,", "The bank",
/// "Experts on North Korea and nuclear nonproliferation", "People with direct knowledge of
/// Gates' work"). Its head (up to the first comma or "who") is the speaker. With `last_only`
/// ("CLAUSE, the bank said.") the phrase is the last comma-separated part before the verb.
fn loose_subject(s: &Sentence, v: usize, last_only: bool) -> Option<SpeakerPhrase> {
    let (lex, ws) = (s.lex, s.ws);
    let lo = v.saturating_sub(30);
    let boundary = |k: usize| {
        ws[k].mark
            || ws[k].is_punct(";")
            || ws[k].is_punct(":")
            // Dashes fold to "-" (a hyphen inside a word is part of it).
            || ws[k].is_punct("-")
            || ws[k].is_punct("--")
            || (ws[k].ends_sentence() && !inner_stop(ws, k))
    };
    let floor = match (lo..v).rev().find(|&k| boundary(k)) {
        Some(k) => k + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let commas: Vec<usize> = (floor..v).filter(|&k| ws[k].is_punct(",")).collect();
    let mut starts: Vec<usize> = std::iter::once(floor).chain(commas.iter().map(|&k| k + 1)).collect();
    if last_only {
        starts = starts.split_off(starts.len() - 1);
    }
    for &a in &starts {
        // A bare quantifier ("Some argue ...") names no one: the statement stays the narrator's.
        if v == a + 1 && STANDALONE.contains(&ws[a].folded.as_str()) {
            continue;
        }
        if a >= v || !starts_noun_phrase(lex, &ws[a], a == 0 && !ws[a + 1].cap) {
            continue;
        }
        let head_end = (a..v).find(|&k| ws[k].is_punct(",") || ws[k].folded == "who").unwrap_or(v);
        let head = &ws[a..head_end];
        // "Republicans who voted against the measure said": a relative clause without commas
        // restricts the head and belongs to the speaker.
        let restrictive = head_end < v
            && ws[head_end].folded == "who"
            && v - head_end <= 10
            && ws[head_end + 1..v].iter().all(|w| w.is_word() && !w.lexical.cue_verb);
        let nominal = |w: &W| {
            (w.is_word()
                && !CLAUSE_WORDS.contains(&w.folded.as_str())
                && !lex.cue_verbs.contains_key(w.folded.as_str()))
                || w.is_punct("(")
                || w.is_punct(")")
                || w.is_punct("-")
                || w.is_punct(".")
        };
        if (head_end > a && (ws[head_end - 1].is_punct(")") || inner_stop(ws, head_end - 1))
            || head.last().is_some_and(|w| can_end_noun_phrase(lex, w)))
            && words_in(head) <= 12
            && head.iter().all(nominal)
            && !lower_cased_name(lex, head)
            && can_speak(lex, head)
            && (head_end == v || ws[v - 1].is_punct(",") || restrictive)
        {
            let phrase = if restrictive { &ws[a..v] } else { speaker_part(head) };
            return Some(loose_phrase(phrase));
        }
    }
    None
}

/// Where the clause after the cue verb at `c` starts: after an object of "tell" and its kind,
/// a "that", a time adjunct or a parenthetical; `None` when no clause follows ("said in an
/// interview", "said on Monday", "said:"). An infinitive follows only verbs flagged so
/// ("vowed to repeal the law"); after other verbs it, and a noun phrase after a preposition
/// ("called for a ban", "spoke about the economy"), is loose content: the flag returned.
fn clause_start(s: &Sentence, c: usize, verb: &CueVerb, parenthetical_that: bool) -> Option<(usize, bool)> {
    let (lex, ws, n) = (s.lex, s.ws, s.ws.len());
    let mut start = c + 1;
    if matches!(verb.lemma.as_str(), "tell" | "inform" | "assure" | "reassure" | "advise") {
        if ws.get(start).is_some_and(|x| OBJECT_PRONOUNS.contains(&x.folded.as_str())) {
            start += 1;
        } else if let Ok((rest, _)) = speaker(lex).parse(Words(&ws[start..])) {
            start = n - rest.0.len();
        }
    }
    if parenthetical_that && start == c + 1 {
        if let Some(k) = (c + 2..n).find(|&k| ws[k].is_punct(",")) {
            start = k + 1;
        }
    }
    // "said (on Monday) that ...": a "that" further on belongs to the clause ("activities that would").
    if let Some(t) = (start..n.min(start + 5)).find(|&k| ws[k].folded == "that" && ws[k].kind == TokenKind::Word) {
        if !ws[start..t].iter().any(|x| x.mark || x.ends_sentence() || x.is_punct(",")) || t == start {
            start = t + 1;
        }
    }
    // "said on Wednesday it would ...": a time adjunct before the clause.
    if start + 2 < n
        && matches!(ws[start].folded.as_str(), "on" | "in" | "at" | "during" | "last" | "this")
        && (is_weekday(&ws[start + 1].folded)
            || month_number(&ws[start + 1].folded).is_some()
            || matches!(ws[start + 1].folded.as_str(), "week" | "month" | "year" | "monday"))
    {
        start += 2;
        if ws.get(start).is_some_and(|w| w.kind == TokenKind::Number) {
            start += 1;
        }
    } else if start + 1 < n && matches!(ws[start].folded.as_str(), "today" | "yesterday" | "tonight") {
        start += 1;
    }
    if start >= n || ws[start].is_punct(":") || ws[start].mark && s.mostly_quoted(start, n) {
        return None;
    }
    // "said recently ...": an adverb before the clause.
    let right_after = start == c + 1;
    if ws[start].folded.ends_with("ly") && !ws[start].cap && start + 1 < n {
        start += 1;
    }
    let infinitive = ws[start].folded == "to" && ws.get(start + 1).is_some_and(|x| bare_verb(lex, x));
    // "agreed on Wednesday to raise ...": an infinitive only after verbs flagged for one.
    if ws[start].folded == "to" && !infinitive {
        return loose_object(lex, ws, start);
    }
    if infinitive && !verb.infinitive {
        return Some((start, true));
    }
    if !right_after || infinitive || !ADJUNCT_PREPOSITIONS.contains(&ws[start].folded.as_str()) {
        return Some((start, false));
    }
    // "said after the convention he would ...", "said during his speech Tuesday that ...": a
    // clause after the adjunct; without one ("said in an interview") there is no statement.
    (start + 2..n.min(start + 10))
        .take_while(|&k| ws[k].is_word())
        .find(|&k| ws[k].folded == "that" || lex.pronoun(&ws[k].folded).is_some_and(|_| ws[k].folded != "it"))
        .map(|k| (if ws[k].folded == "that" { k + 1 } else { k }, false))
        .or_else(|| loose_object(lex, ws, start))
}

/// Prepositions after a cue verb whose object is what was said or thought ("called for a ban",
/// "spoke about the economy", "railed against the deal").
const OBJECT_PREPOSITIONS: &[&str] = &["for", "about", "against", "on", "to", "over", "of"];

/// Loose content after a cue verb and one of [`OBJECT_PREPOSITIONS`] at `p`: the noun phrase
/// that follows, unless it is a time, a place word or a pronoun ("on Monday", "to reporters").
fn loose_object(lex: &Lexicon, ws: &[W], p: usize) -> Option<(usize, bool)> {
    let prep = ws.get(p)?;
    let first = ws.get(p + 1)?;
    let f = first.folded.as_str();
    let time = is_weekday(f) || month_number(f).is_some() || matches!(f, "today" | "yesterday" | "tonight");
    let usable = OBJECT_PREPOSITIONS.contains(&prep.folded.as_str())
        && first.is_word()
        && !time
        && !OBJECT_PRONOUNS.contains(&f)
        && lex.pronoun(f).is_none()
        && (starts_noun_phrase(lex, first, false) || first.cap || f == "whether" || f == "how" || f == "what");
    usable.then_some((p + 1, true))
}

/// True when the words up to the next comma or sentence end are an adjunct, not a clause: "(CLAUSE,
/// S said) Wednesday", "on Saturday", "during his campaign", "in a statement" — a time word or an
/// adjunct preposition first, at most eight words, with no "that" and no subject pronoun.
fn adjunct_only(lex: &Lexicon, rest: &[W]) -> bool {
    let Some(first) = rest.first() else { return false };
    let f = first.folded.as_str();
    let opens = is_weekday(f)
        || matches!(f, "today" | "yesterday" | "tonight" | "earlier" | "later" | "last" | "this")
        || (f != "to" && ADJUNCT_PREPOSITIONS.contains(&f));
    if !opens {
        return false;
    }
    // Only the first nine words matter: an adjunct has at most eight.
    let end =
        rest.iter().take(9).position(|w| w.ends_sentence() || w.is_punct(",") || w.is_punct(";")).unwrap_or(rest.len());
    opens
        && end <= 8
        && rest[..end].iter().all(|w| w.is_word() && w.folded != "that" && lex.pronoun(&w.folded).is_none())
}

/// Prepositions that open an adjunct, not a clause, right after a cue verb.
const ADJUNCT_PREPOSITIONS: &[&str] =
    &["in", "on", "at", "during", "after", "before", "to", "with", "of", "off", "up", "out", "for", "by", "about"];

/// A word after "to" that can be a bare infinitive: lower case, and not a determiner, pronoun
/// or other function word ("to repeal", not "to the", "to him").
fn bare_verb(lex: &Lexicon, w: &W) -> bool {
    w.kind == TokenKind::Word
        && !w.cap
        && !lex.stopwords.contains(w.folded.as_str())
        && !OBJECT_PRONOUNS.contains(&w.folded.as_str())
        && !QUANTIFIERS.contains(&w.folded.as_str())
}

/// Where the clause starting at `start` ends: at a semicolon (a trailing ", S said" belongs to
/// another cue), at a full stop that a quotation follows (a sentence the splitter kept whole:
/// `... involvement. ''If he ...`), and for a relative subject at the comma closing the relative
/// clause.
fn clause_end(ws: &[W], start: usize, relative: bool) -> usize {
    let n = ws.len();
    (start + 1..n)
        .find(|&k| {
            ws[k].is_punct(";")
                || (matches!(ws[k].folded.as_str(), "and" | "but") && second_statement(ws, k))
                || (ws[k].ends_sentence() && ws.get(k + 1).is_some_and(|x| x.mark && x.span.start > ws[k].span.end))
                || (relative && k >= start + 3 && ws[k].is_punct(","))
        })
        .unwrap_or(n)
}

/// A loosely recognised statement after the noun at `c` when the word after it is one of `next`
/// ("criticism of the deal", "his pledge to cut taxes", "the belief that ..."): the phrase up to
/// the next punctuation (a clause after "that"), credited to the owner before the noun or else to
/// the subject of its clause, when there is one. Returns whether one was added.
fn loose_noun(s: &Sentence, c: usize, next: &[String], out: &mut Vec<Reported>) -> bool {
    let ws = s.ws;
    let Some(link) =
        ws.get(c + 1).filter(|x| x.kind == TokenKind::Word && next.iter().any(|n| n.as_str() == x.folded.as_str()))
    else {
        return false;
    };
    let start = c + 2;
    if start >= ws.len() || !ws[start].is_word() || (link.folded == "to" && !bare_verb(s.lex, &ws[start])) {
        return false;
    }
    let end = if link.folded == "that" { clause_end(within(ws, start), start, false) } else { phrase_end(ws, start) };
    if s.mostly_quoted(start, end) {
        return false;
    }
    let len = out.len();
    // "Trump renewed his attacks on ...", "The senator voiced support for ...": the owner, else the
    // subject of the clause the noun is part of.
    let sp = owner_before(s.lex, ws, c).or_else(|| clause_subject(s.lex, ws, 0, c));
    s.push_loose(start, end, 1, Some(ws[c].span.cover(&link.span)), sp, out);
    out.len() > len
}

/// The owner of the noun at `c`: a possessive name or pronoun before it, with at most three
/// lower-case words between ("Trump's repeated criticism", "his pledge", "their calls").
pub(super) fn owner_before(lex: &Lexicon, ws: &[W], c: usize) -> Option<SpeakerPhrase> {
    let lo = c.saturating_sub(4);
    let p = (lo..c)
        .rev()
        .find(|&k| ws[k].is_possessive() || POSSESSIVE_PRONOUNS.iter().any(|(w, _)| ws[k].folded == *w))?;
    if !ws[p + 1..c].iter().all(|x| x.kind == TokenKind::Word && !x.cap) {
        return None;
    }
    if let Some((_, g)) = POSSESSIVE_PRONOUNS.iter().find(|(w, _)| ws[p].folded == *w) {
        return Some(SpeakerPhrase { span: ws[p].span, kind: PhraseKind::Pronoun(*g) });
    }
    let mut first = p;
    while first > 0 && ws[first - 1].cap && ws[first - 1].is_word() && !ws[first - 1].is_possessive() {
        first -= 1;
    }
    let span = ws[first].span.cover(&ws[p].span);
    let kind = if ws[first..=p].iter().any(is_name_word) { PhraseKind::Named } else { PhraseKind::Role };
    (ws[p].cap || lex.is_role(ws[p].stem_possessive())).then_some(SpeakerPhrase { span, kind })
}

/// Possessive pronouns and the gender of the speaker they stand for.
const POSSESSIVE_PRONOUNS: &[(&str, Gender)] =
    &[("his", Gender::Masculine), ("her", Gender::Feminine), ("their", Gender::Plural), ("its", Gender::Neuter)];

/// A statement introduced by a cue noun at `c`: its speaker and where its clause starts.
fn noun_cue(lex: &Lexicon, ws: &[W], c: usize) -> Option<(SpeakerPhrase, usize)> {
    let next = ws.get(c + 1)?;
    let introduces = next.folded == "that"
        || next.folded.ends_with("ing") && lex.cue_verbs.get(next.folded.as_str()).is_some_and(|v| v.reported);
    if !introduces || next.kind != TokenKind::Word {
        return None;
    }
    let start = c + 2;
    // owner's (adjective)* cue-noun
    let lo = c.saturating_sub(4);
    if let Some(p) = (lo..c).rev().find(|&k| ws[k].is_possessive()) {
        if ws[p + 1..c].iter().all(|x| x.kind == TokenKind::Word && !x.cap) && ws[p].cap {
            let mut first = p;
            while first > 0 && ws[first - 1].cap && ws[first - 1].is_word() && !ws[first - 1].is_possessive() {
                first -= 1;
            }
            let span = ws[first].span.cover(&ws[p].span);
            return Some((SpeakerPhrase { span, kind: PhraseKind::Named }, start));
        }
    }
    // SUBJECT verb (determiner | adjective)* cue-noun: the subject opens the sentence.
    let sp = clause_subject(lex, ws, 0, c)?;
    Some((sp, start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::words::WordIndex;
    use crate::text::Document;

    fn found(t: &str) -> Vec<(String, String)> {
        let d = Document::new(t);
        let idx = WordIndex::new(&d);
        find_reported(Lexicon::builtin(), &idx.words, |_| false)
            .into_iter()
            .filter(|r| r.certainty == Certainty::Clause)
            .filter_map(|r| Some((d.slice(r.clause).to_string(), d.slice(r.speaker?.span).to_string())))
            .collect()
    }

    /// The loosely recognised statements of `t`, with their speakers ("" for none).
    fn found_loose(t: &str) -> Vec<(String, String)> {
        let d = Document::new(t);
        let idx = WordIndex::new(&d);
        find_reported(Lexicon::builtin(), &idx.words, |_| false)
            .into_iter()
            .filter(|r| r.certainty == Certainty::Loose)
            .map(|r| (d.slice(r.clause).to_string(), r.speaker.map_or(String::new(), |s| d.slice(s.span).to_string())))
            .collect()
    }

    #[test]
    fn reported_frames() {
        assert_eq!(
            found("The next day, the ministry said Foreign Minister Ceyhun Bayramov had spoken with him."),
            [("Foreign Minister Ceyhun Bayramov had spoken with him".to_string(), "the ministry".to_string())]
        );
        assert_eq!(
            found("Between 2016 and 2021, Israel was the source for 69 percent of imports, according to the Stockholm International Peace Research Institute."),
            [(
                "Between 2016 and 2021, Israel was the source for 69 percent of imports".to_string(),
                "the Stockholm International Peace Research Institute".to_string()
            )]
        );
        assert_eq!(
            found("In 2012, Azerbaijani police announced that they had arrested several people."),
            [("they had arrested several people".to_string(), "Azerbaijani police".to_string())]
        );
        assert_eq!(
            found("Israel is likely counting on moral support, said Efraim Halevy, the former head of Mossad."),
            [(
                "Israel is likely counting on moral support".to_string(),
                "Efraim Halevy, the former head of Mossad".to_string()
            )]
            .map(|(a, b)| (a, b.split(',').next().unwrap().to_string()))
        );
        assert_eq!(
            found("The bridge will reopen on Monday, officials said."),
            [("The bridge will reopen on Monday".to_string(), "officials".to_string())]
        );
        assert_eq!(found("He was accused of fraud."), Vec::<(String, String)>::new());
        assert_eq!(
            found("The city expects 6 million visitors according to the website."),
            [("The city expects 6 million visitors".to_string(), "the website".to_string())]
        );
        assert_eq!(
            found("The website explains, in a satirical fashion, that the incident was prompted by a video."),
            [("the incident was prompted by a video".to_string(), "The website".to_string())]
        );
        assert_eq!(
            found("Such fears grew after Tehran's repeated assertions that the drones could strike."),
            [("the drones could strike".to_string(), "Tehran's".to_string())]
        );
        assert_eq!(
            found("The Foreign Ministry released statements stressing its neutrality in the war."),
            [("its neutrality in the war".to_string(), "The Foreign Ministry".to_string())]
        );
    }

    #[test]
    fn loose_frames() {
        assert_eq!(found_loose("Ryan endorsed Trump."), pairs(&[("Trump", "Ryan")]));
        assert_eq!(
            found_loose("Trump renewed his attacks on the trade deal, saying it failed."),
            pairs(&[("the trade deal", "his"), ("it failed", "Trump")])
        );
        assert_eq!(
            found_loose("Clinton plans to focus on jobs this month."),
            pairs(&[("focus on jobs this month", "Clinton")])
        );
        assert_eq!(
            found_loose("Each side said the other would be responsible."),
            pairs(&[("the other would be responsible", "Each side")])
        );
        // What the clause level finds is not listed again as loose.
        assert_eq!(found_loose("Officials said the bridge will reopen."), pairs(&[]));
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn loose_subjects_and_other_frames() {
        assert_eq!(
            found("The bank said that it had fired thousands of employees."),
            pairs(&[("it had fired thousands of employees", "The bank")])
        );
        assert_eq!(
            found("Tad Devine, a senior adviser to Mr. Sanders, said on Tuesday that the campaign would not mislead voters."),
            pairs(&[("the campaign would not mislead voters", "Tad Devine")])
        );
        assert_eq!(
            found("His appeal was greatest among younger voters, according to exit polls reported by CNN."),
            pairs(&[("His appeal was greatest among younger voters", "exit polls reported by CNN")])
        );
        assert_eq!(
            found("Podesta, who said the project was vetted by counsel, said he was unaware of it."),
            pairs(&[("the project was vetted by counsel", "Podesta"), ("he was unaware of it", "Podesta")])
        );
        assert_eq!(found("Cruz vowed to repeal the health law."), pairs(&[("to repeal the health law", "Cruz")]));
        assert_eq!(found("The victory for the former secretary of state gives her two wins."), pairs(&[]));
        assert_eq!(found("The results show the camp kept its majority."), pairs(&[]));
        assert_eq!(found("Some estimates place the population above ten million."), pairs(&[]));
        assert_eq!(
            found("Her countrymen, she said, should not listen to them."),
            pairs(&[("Her countrymen", "she"), ("should not listen to them", "she")])
        );
        assert_eq!(
            found("The bridge will reopen on Monday, the bank said Wednesday."),
            pairs(&[("The bridge will reopen on Monday", "the bank")])
        );
        assert_eq!(
            found("Republicans who voted against the measure said it would add $48 billion to the deficit."),
            pairs(&[("it would add $48 billion to the deficit", "Republicans who voted against the measure")])
        );
        assert_eq!(
            found("But according to Jack Garner, film critic for a news service, this film may not be a hit."),
            pairs(&[("this film may not be a hit", "Jack Garner")])
        );
        assert_eq!(
            found("Haluk Demirtaş said the pause was reasonable but warned that the lira remained vulnerable."),
            pairs(&[
                ("the pause was reasonable", "Haluk Demirtaş"),
                ("the lira remained vulnerable", "Haluk Demirtaş")
            ])
        );
        assert_eq!(
            found("'It is a provocation,' KCNA said, adding that the broadcasts must stop within 48 hours."),
            pairs(&[("the broadcasts must stop within 48 hours", "KCNA")])
        );
        assert_eq!(found("Bus operators said they would add extra services on the routes affected."), {
            pairs(&[("they would add extra services on the routes affected", "Bus operators")])
        });
        assert_eq!(
            found("PENCE: Well, look, he has a unique way of communicating."),
            pairs(&[("Well, look, he has a unique way of communicating", "PENCE")])
        );
    }
}
