//! Quote marks: the nom lexer and each mark's orientation from its context.
//!
//! Grammar (alternatives in this order: two-char marks first, so that `''` is one double mark and
//! not two apostrophes):
//!
//! ```text
//! mark   := "''" | "``" | double | single
//! double := “ | ” | „ | ‟ | " | « | » | ‹ | › | 「 | 」 | 『 | 』
//! single := ‘ | ’ | ‚ | '
//! ```
//!
//! A glyph does not say whether it opens or closes: German quotes close with “, the English opening
//! mark, and straight marks are both. Orientation comes from the neighbours (as CommonMark decides
//! emphasis): a mark followed by a letter and preceded by space or punctuation can open; one preceded
//! by a letter or punctuation and followed by space or punctuation can close. A single mark between
//! two letters or before a digit ("Shi’ite", "’90s") is an apostrophe, never a quote.

use crate::text::Span;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::{IResult, Parser};

/// Which pair family a mark belongs to; a quote closes with a mark of the family it opened with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// “ ” „ " '' `` « » and the CJK corner brackets.
    Double,
    /// ‘ ’ ‚ ' ‹ ›.
    Single,
}

/// One quote mark with what its context allows it to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Where the mark is.
    pub span: Span,
    /// Its pair family.
    pub family: Family,
    /// The context allows it to open a quote.
    pub can_open: bool,
    /// The context allows it to close a quote.
    pub can_close: bool,
}

/// Recognises one mark at the start of `input` and returns its family.
fn mark(input: &str) -> IResult<&str, Family> {
    alt((
        alt((tag("''"), tag("``"))).map(|_| Family::Double),
        alt((
            tag("“"),
            tag("”"),
            tag("„"),
            tag("‟"),
            tag("\""),
            tag("«"),
            tag("»"),
            tag("「"),
            tag("」"),
            tag("『"),
            tag("』"),
        ))
        .map(|_| Family::Double),
        alt((tag("‘"), tag("’"), tag("‚"), tag("'"), tag("‹"), tag("›"))).map(|_| Family::Single),
    ))
    .parse(input)
}

/// True for a char that can be a quotation mark (or an apostrophe).
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '"'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '‘'
            | '’'
            | '‚'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// Invisible formatting chars (direction marks, zero-width space) that may stand before a mark.
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Punctuation after which a mark still opens ("(“", "—‘").
fn opens_after(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'' | '«' | '„' | '‹' | '¡' | '¿')
}

/// Punctuation before which a mark still closes ("”.", "’,").
fn closes_before(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '—'
            | '–'
            | '-'
            | '/'
            | '…'
            | '”'
            | '’'
            | '"'
            | '\''
            | '»'
            | '›'
    )
}

/// Words written with a leading apostrophe ("’em", "rock ’n’ roll"): the mark is not a quote.
fn is_elision(word: &str) -> bool {
    const ELISIONS: &[&str] = &["em", "n", "til", "cause", "tis", "twas", "bout", "round", "nuff", "s", "d", "ll"];
    ELISIONS.contains(&crate::text::fold(word).as_str())
}

/// The byte offset of the first char of `s` that can be a quote mark (see [`is_quote_mark`]).
fn next_quote_mark(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Every other ASCII byte is skipped without decoding a char.
        let b = bytes[at];
        if b.is_ascii() && !matches!(b, b'\'' | b'`' | b'"') {
            at += 1;
            continue;
        }
        let c = s[at..].chars().next()?;
        if is_quote_mark(c) {
            return Some(at);
        }
        at += c.len_utf8();
    }
    None
}

/// All quote marks of `text`, with their orientation.
pub fn lex_marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = next_quote_mark(rest) {
        let after = &rest[at..];
        let start = text.len() - after.len();
        match mark(after) {
            Ok((tail, family)) => {
                let end = text.len() - tail.len();
                out.push(orient(text, Span::new(start, end), family));
                rest = tail;
            }
            Err(_) => {
                // A lone backtick: skip one char.
                let skip = after.chars().next().map_or(1, char::len_utf8);
                rest = &after[skip..];
            }
        }
    }
    out
}

fn orient(text: &str, span: Span, family: Family) -> Mark {
    let prev = text[..span.start].chars().next_back();
    let next = text[span.end..].chars().next();
    let glyph = span.slice(text);
    let space_before = prev.is_none_or(char::is_whitespace);
    let space_after = next.is_none_or(char::is_whitespace);
    let left = !space_after; // something follows
    let right = !space_before; // something precedes
    let mut can_open = left && (space_before || prev.is_some_and(opens_after));
    let mut can_close = right && (space_after || next.is_some_and(closes_before));
    // A closer set off by a space from a nested closer: ‘never again,’ ”
    if space_before && !can_open && (space_after || next.is_some_and(closes_before)) {
        let mut back = text[..span.start].chars().rev();
        back.next();
        if back.next().is_some_and(|c| matches!(c, '’' | '”' | '\'' | '"' | '»' | '›')) {
            can_close = true;
        }
    }
    // A closer set off by a space from the quotation's last punctuation: "coalitions, '' said".
    if family == Family::Double && space_before && space_after {
        let mut back = text[..span.start].chars().rev();
        back.next();
        if back.next().is_some_and(|c| matches!(c, ',' | '.' | '!' | '?')) {
            can_close = true;
        }
    }
    // Marks a careless writer sets off or runs on (`said,“Look`, `authorities."We`, `reported, “
    // … if`, a paragraph opening with ”): the context overrides the usual reading.
    if family == Family::Double {
        let next_upper = next.is_some_and(char::is_uppercase);
        let after_stop = prev.is_some_and(|c| matches!(c, ',' | '.' | ';'));
        // A straight mark after a comma closes as often as it opens (`audiences,"Katie Packer`).
        let straight_opens = glyph == "\"" && next_upper && prev == Some('.');
        if glyph == "“" && next.is_some_and(char::is_alphanumeric) && after_stop || straight_opens {
            can_open = true;
        }
        let then = text[span.end..].chars().nth(1);
        if glyph == "“" && space_before && space_after && then.is_some_and(|c| c.is_alphanumeric() || c == '…') {
            can_open = true;
            can_close = false;
        }
        let line_start = text[..span.start].chars().rev().find(|c| !is_format_char(*c)).is_none_or(|c| c == '\n');
        if glyph == "”" && line_start && next.is_some() {
            can_open = true;
            can_close = false;
        }
    }
    // Glyphs with a fixed direction in every convention we meet.
    match glyph {
        "„" | "‚" | "``" => can_close = false,
        // CJK corner brackets have one direction and need no space around them: 他说：「好」。
        "「" | "『" => {
            can_open = next.is_some();
            can_close = false;
        }
        "」" | "』" => {
            can_open = false;
            can_close = prev.is_some();
        }
        "«" if !space_before && prev.is_some_and(char::is_alphanumeric) => can_open = false,
        _ => {}
    }
    // French spacing: « word » — the inner space still makes a pair.
    if glyph == "«" && space_after && !space_before {
        can_open = false;
    }
    if glyph == "«" && space_after && space_before {
        can_open = true;
    }
    if glyph == "»" && space_before && !space_after && !next.is_some_and(char::is_alphanumeric) {
        can_close = true;
    }
    if glyph == "»" && space_before && space_after {
        can_close = true;
    }
    if family == Family::Single && glyph != "‹" && glyph != "›" {
        let prev_alnum = prev.is_some_and(char::is_alphanumeric);
        let next_alnum = next.is_some_and(char::is_alphanumeric);
        if prev_alnum && next_alnum {
            can_open = false;
            can_close = false;
        }
        if next.is_some_and(|c| c.is_ascii_digit()) {
            can_open = false;
        }
        if can_open {
            let word: String = text[span.end..].chars().take_while(|c| c.is_alphanumeric()).collect();
            let after_word = text[span.end + word.len()..].chars().next();
            if is_elision(&word) && !matches!(after_word, Some('’') | Some('\'')) {
                can_open = false;
            }
            if word.len() <= 1 && matches!(after_word, Some('’') | Some('\'')) {
                can_open = false; // rock ’n’ roll
            }
        }
    }
    Mark { span, family, can_open, can_close }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(text: &str) -> Vec<(String, bool, bool)> {
        lex_marks(text).into_iter().map(|m| (m.span.slice(text).to_string(), m.can_open, m.can_close)).collect()
    }

    #[test]
    fn apostrophes_never_open_or_close() {
        for t in ["Azerbaijan’s", "Shi’ite", "the ’90s", "don't", "rock ’n’ roll", "give ’em"] {
            assert!(summary(t).iter().all(|(_, o, _)| !o), "{t}: {:?}", summary(t));
        }
    }

    #[test]
    fn orientation_from_context() {
        assert_eq!(summary("„Ja“, sagte er"), [("„".into(), true, false), ("“".into(), false, true)]);
        assert_eq!(summary("said ''like this'' in"), [("''".into(), true, false), ("''".into(), false, true)]);
        assert_eq!(
            summary("\"Yes.” and “no\""),
            [
                ("\"".into(), true, false),
                ("”".into(), false, true),
                ("“".into(), true, false),
                ("\"".into(), false, true)
            ]
        );
        assert_eq!(summary("« Oui »"), [("«".into(), true, false), ("»".into(), false, true)]);
        // A closer set off by a space after the quotation's comma.
        assert_eq!(summary("''Yes, '' he said"), [("''".into(), true, false), ("''".into(), false, true)]);
        assert_eq!(summary("他说：「好」。"), [("「".into(), true, false), ("」".into(), false, true)]);
        // Marks set off or run on carelessly.
        assert_eq!(summary("said,“Look.”"), [("“".into(), true, false), ("”".into(), false, true)]);
        assert_eq!(summary("reported, “ … if"), [("“".into(), true, false)]);
        assert_eq!(summary("” … they are,” she"), [("”".into(), true, false), ("”".into(), false, true)]);
    }
}
