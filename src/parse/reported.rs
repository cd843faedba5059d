//! Reported speech: statements credited to a speaker without quotation marks.
//!
//! ```text
//! reported := speaker aux_adverbs cue object? (PP)* that? CLAUSE      "Officials said (that) the bridge ..."
//!           | CLAUSE "," speaker aux_adverbs cue (PP)* "."           "The bridge will reopen, officials said."
//!           | CLAUSE "," cue speaker (apposition)? "."                "..., said Efraim Halevy, the former head ..."
//!           | according_to speaker "," CLAUSE                         "According to police, the man ..."
//!           | CLAUSE "," according_to speaker "."
//!           | SUBJECT ... "," cue-ing CLAUSE                          "..., saying the attacks were illegal"
//!           | owner's adjective* cue-noun (that | cue-ing) CLAUSE       "Tehran's repeated assertions that ..."
//!           | SUBJECT verb determiner? cue-noun (that | cue-ing) CLAUSE "The ministry issued a statement saying ..."
//! ```
//! Only cue verbs marked `| reported` in `grammar/cue_verbs.txt` introduce reported speech. A
//! clause of fewer than three words, one inside a quotation, or one that is mostly a quotation is
//! not reported speech (the quotation is attributed by the frames instead).

use super::phrases::{clause_subject, speaker, subject_before, SpeakerPhrase};
use super::words::{cover, multiword_cue, Words, W};
use crate::lexicon::{is_weekday, month_number, Lexicon};
use crate::text::{Span, TokenKind};
use nom::Parser;

/// A reported statement found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The reported clause.
    pub clause: Span,
    /// The cue.
    pub cue: Span,
    /// Who is reported.
    pub speaker: SpeakerPhrase,
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

/// Finds the reported statements of one sentence. `quoted(i)` tells whether word `i` of `ws` lies
/// inside a quotation, and `quoted_share(range)` the share of a range's words inside quotations.
pub fn find_reported(lex: &Lexicon, ws: &[W], quoted: impl Fn(usize) -> bool) -> Vec<Reported> {
    let mut out = Vec::new();
    let n = ws.len();
    let mostly_quoted = |a: usize, b: usize| {
        let total = b.saturating_sub(a).max(1);
        (a..b).filter(|&i| quoted(i)).count() * 2 > total
    };
    let push = |clause: &[W], cue: Span, sp: SpeakerPhrase, out: &mut Vec<Reported>| {
        let clause = trim_clause(clause);
        if words_in(clause) >= 3 && !out.iter().any(|r| r.clause == cover(clause)) {
            out.push(Reported { clause: cover(clause), cue, speaker: sp });
        }
    };
    for c in 0..n {
        if quoted(c) {
            continue;
        }
        let w = &ws[c];
        if w.lexical.cue_noun && w.kind == TokenKind::Word {
            if let Some((sp, start)) = noun_cue(lex, ws, c) {
                if !mostly_quoted(start, n) {
                    push(&ws[start..], w.span, sp, &mut out);
                }
                continue;
            }
            // A word that is also a cue verb ("they report ...") is read as the verb next.
            if !w.lexical.cue_verb {
                continue;
            }
        }
        // according to S, CLAUSE  /  CLAUSE, according to S
        if let Ok((after, cue)) = multiword_cue(lex).parse(Words(&ws[c..])) {
            if cue.start == w.span.start && w.folded == "according" {
                if let Ok((rest, sp)) = speaker(lex).parse(after) {
                    let sp_end = n - rest.0.len();
                    if c == 0 || (c == 1 && ws[0].is_punct("(")) {
                        if rest.0.first().is_some_and(|w| w.is_punct(",")) && !mostly_quoted(sp_end + 1, n) {
                            push(&ws[sp_end + 1..], cue, sp, &mut out);
                        }
                    } else if ws[c - 1].is_punct(",") && !mostly_quoted(0, c - 1) {
                        push(&ws[..c - 1], cue, sp, &mut out);
                    } else if c >= 4 && rest.0.iter().all(|r| r.kind == TokenKind::Punct) && !mostly_quoted(0, c) {
                        // "... about 6 million visitors according to the event website."
                        push(&ws[..c], cue, sp, &mut out);
                    }
                }
            }
            continue;
        }
        let Some(verb) =
            lex.cue_verbs.get(w.folded.as_str()).filter(|v| v.reported && w.kind == TokenKind::Word && !w.cap)
        else {
            continue;
        };
        if c > 0 && PASSIVE.contains(&ws[c - 1].folded.as_str()) {
            continue;
        }
        // "-ing" after a form of "be" is a finite verb ("he is claiming that"), not a participle.
        let progressive =
            c > 0 && matches!(ws[c - 1].folded.as_str(), "is" | "are" | "was" | "were" | "am" | "'s" | "’s");
        let participle = w.folded.ends_with("ing") && !progressive;
        // CLAUSE, cue S.   ("..., said Efraim Halevy, the former head ...")
        if !participle && c >= 4 && ws[c - 1].is_punct(",") {
            if let Ok((rest, sp)) = speaker(lex).parse(Words(&ws[c + 1..])) {
                if sp.span.start > w.span.start
                    && rest.0.first().is_none_or(|r| r.is_punct(",") || r.ends_sentence() || r.is_punct(";"))
                    && !mostly_quoted(0, c - 1)
                {
                    push(&ws[..c - 1], w.span, sp, &mut out);
                    continue;
                }
            }
        }
        let subject = if participle {
            if c == 0 || !ws[c - 1].is_punct(",") {
                continue;
            }
            clause_subject(lex, ws, 0, c)
        } else {
            subject_before(lex, ws, 0, c)
        };
        let Some(sp) = subject else { continue };
        let subject_at = ws.iter().position(|x| x.span.start >= sp.span.start).unwrap_or(c);
        // The tail of a quotation's frame (`,” he said in an interview`) is not a statement.
        if ws[subject_at.saturating_sub(2)..subject_at].iter().any(|x| x.mark) && !participle {
            continue;
        }
        let next = ws.get(c + 1);
        // "explains, in a satirical fashion, that ...": a parenthetical set off by commas.
        let parenthetical_that = next.is_some_and(|x| x.is_punct(","))
            && (c + 2..n.min(c + 12)).find(|&k| ws[k].is_punct(",")).is_some_and(|k| {
                ws.get(k + 1).is_some_and(|x| x.folded == "that") && !ws[c + 2..k].iter().any(|x| x.mark)
            });
        // CLAUSE, S said.
        if !participle
            && !parenthetical_that
            && next.is_none_or(|x| x.ends_sentence() || x.is_punct(",") || x.is_punct(";"))
        {
            let start_of_subject = ws.iter().position(|x| x.span.start >= sp.span.start).unwrap_or(c);
            if start_of_subject >= 2
                && ws[start_of_subject - 1].is_punct(",")
                && !mostly_quoted(0, start_of_subject - 1)
            {
                push(&ws[..start_of_subject - 1], w.span, sp.clone(), &mut out);
                // "To prevent problems, he said, officials should be vigilant": the clause goes on.
                if next.is_some_and(|x| x.is_punct(",")) && !mostly_quoted(c + 2, n) {
                    push(&ws[c + 2..], w.span, sp, &mut out);
                }
            }
            continue;
        }
        // S said (that) CLAUSE
        let mut start = c + 1;
        if verb.lemma == "tell"
            || verb.lemma == "inform"
            || verb.lemma == "assure"
            || verb.lemma == "reassure"
            || verb.lemma == "advise"
        {
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
        if start >= n || ws[start].is_punct(":") || ws[start].mark && mostly_quoted(start, n) {
            continue;
        }
        // "said in an interview" / "said on Monday" without a clause after it.
        if start == c + 1
            && matches!(
                ws[start].folded.as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "to"
                    | "with"
                    | "of"
                    | "off"
                    | "up"
                    | "out"
                    | "for"
                    | "by"
                    | "about"
            )
        {
            continue;
        }
        let mut end = n;
        // Stop before a trailing ", S said" that belongs to another cue.
        if let Some(k) = (start + 1..n).find(|&k| ws[k].is_punct(";")) {
            end = k;
        }
        if mostly_quoted(start, end) {
            continue;
        }
        push(&ws[start..end], w.span, sp, &mut out);
    }
    out
}

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
            return Some((SpeakerPhrase { span, kind: super::phrases::PhraseKind::Named }, start));
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
            .map(|r| (d.slice(r.clause).to_string(), d.slice(r.speaker.span).to_string()))
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
}
