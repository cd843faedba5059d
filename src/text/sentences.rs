//! Sentence splitting inside one paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, after any closing quote marks and brackets,
//! when white space and a capital letter, a digit or an opening mark follow. It does not end
//! after a title abbreviation ("Mr.", "Gen.", "Jan."), an initial ("J."), or another
//! abbreviation ("U.S.", "Inc.") unless an ordinary sentence opener follows; nor inside a
//! decimal; nor when a quotation closes and the attribution follows (`win?” he said.`).

use super::span::{trim_span, Span};
use crate::lexicon::Lexicon;
use crate::text::fold_compact;

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Closing marks a sentence can end with, after its final punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»' | '›' | '」' | '』' | '“')
}

fn is_opener(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '`' | '(' | '[' | '«' | '‹' | '„' | '「' | '『' | '¿' | '¡')
}

/// True when the char at byte `at` of `s` is an apostrophe or backtick doubled into one
/// quotation mark (`''`, ``` `` ```).
fn is_doubled_mark(s: &str, at: usize) -> bool {
    let b = s.as_bytes();
    matches!(b.get(at), Some(b'\'') | Some(b'`')) && b.get(at + 1) == b.get(at)
}

/// The word directly before byte `at` of `s` (letters, digits and inner full stops).
fn word_before(s: &str, at: usize) -> &str {
    let head = &s[..at];
    let start =
        head.char_indices().rev().take_while(|&(_, c)| c.is_alphanumeric() || c == '.').last().map_or(at, |(i, _)| i);
    head[start..].trim_start_matches('.')
}

/// The word starting at byte `at` of `s`.
fn word_at(s: &str, at: usize) -> &str {
    let tail = &s[at..];
    let end = tail.find(|c: char| !c.is_alphanumeric()).unwrap_or(tail.len());
    &tail[..end]
}

/// True when a full stop after `word` does not end the sentence, given the next word.
fn stop_is_abbreviation(word: &str, next_word: &str, lex: &Lexicon) -> bool {
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() && first.is_uppercase() {
        return true; // an initial: "J. K. Rowling"
    }
    let may_end = match lex.abbreviations.get(fold_compact(word).as_str()) {
        Some(&may_end) => may_end,
        None if word.contains('.') => true,
        None => return false,
    };
    if !may_end {
        return true;
    }
    !lex.sentence_openers.contains(fold_compact(next_word).as_str())
}

/// The char starting at byte `at` of `s`, if any.
fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..).and_then(|t| t.chars().next())
}

/// The byte offset of the first terminator at or after byte `from` of `s`, or `s.len()`;
/// `ellipses` tells whether `s` holds a `…` at all.
fn next_terminator(s: &str, from: usize, ellipses: bool) -> usize {
    let bytes = s.as_bytes();
    if !ellipses {
        return memchr::memchr3(b'.', b'!', b'?', &bytes[from..]).map_or(bytes.len(), |k| from + k);
    }
    let mut at = from;
    // '…' is the only non-ASCII terminator: E2 80 A6 in UTF-8.
    while let Some(k) = bytes[at..].iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2)) {
        at += k;
        if bytes[at] != 0xE2 || bytes[at..].starts_with("…".as_bytes()) {
            return at;
        }
        at += 1;
    }
    bytes.len()
}

/// The byte offset after the run of chars satisfying `pred` that starts at byte `at` of `s`.
fn skip_while(s: &str, at: usize, pred: impl Fn(char) -> bool) -> usize {
    s[at..].char_indices().find(|&(_, c)| !pred(c)).map_or(s.len(), |(k, _)| at + k)
}

/// Splits the paragraph `para` of `text` into sentence spans (trimmed, never empty).
pub fn split_sentences(text: &str, para: Span, lex: &Lexicon) -> Vec<Span> {
    let s = para.slice(text);
    let mut out = Vec::new();
    let mut start = 0usize;
    let ellipses = s.contains('…');
    // Byte offsets into `s`, always on char boundaries.
    let mut i = next_terminator(s, 0, ellipses);
    while i < s.len() {
        let at = i;
        let mut j = skip_while(s, i, is_terminator);
        let run = &s[at..j];
        j = skip_while(s, j, is_closer);
        // Tokenised text ("he left . ' she said"): a stop after a space is never an
        // abbreviation, its closing marks stand apart, and the next sentence may be lower-case.
        let spaced = s[..i].chars().next_back().is_some_and(char::is_whitespace) && matches!(run, "." | "?" | "!");
        while spaced && char_at(s, j) == Some(' ') {
            let Some(closer) = char_at(s, j + 1).filter(|&c| is_closer(c)) else { break };
            let after = j + 1 + closer.len_utf8();
            if !char_at(s, after).is_none_or(char::is_whitespace) {
                break;
            }
            j = after;
        }
        let Some(c) = char_at(s, j) else { break };
        if !c.is_whitespace() {
            i = next_terminator(s, j, ellipses);
            continue;
        }
        let end = j;
        let k = skip_while(s, j, char::is_whitespace);
        let Some(next) = char_at(s, k) else { break };
        // A two-char opening mark ("''It", "``It") counts as one.
        let after_next = k + next.len_utf8() + usize::from(is_doubled_mark(s, k));
        let next_starts = next.is_uppercase()
            || next.is_numeric()
            || (is_opener(next) && char_at(s, after_next).is_some_and(|d| d.is_uppercase() || d.is_numeric()));
        let mut boundary = next_starts || (spaced && (next.is_alphanumeric() || is_opener(next)));
        if boundary && run == "." && !spaced {
            let next_word_at = if is_opener(next) { after_next } else { k };
            boundary = !stop_is_abbreviation(word_before(s, at), word_at(s, next_word_at), lex);
        }
        if boundary {
            let sp = trim_span(text, Span::new(para.start + start, para.start + end));
            if !sp.is_empty() {
                out.push(sp);
            }
            start = k;
        }
        i = next_terminator(s, k, ellipses);
    }
    let sp = trim_span(text, Span::new(para.start + start, para.end));
    if !sp.is_empty() {
        out.push(sp);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        split_sentences(t, Span::new(0, t.len()), Lexicon::builtin()).into_iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn tokenised_text() {
        assert_eq!(
            split("he left . 'if he can get in then anybody can . ' paul merson said so . ` i 'm happy"),
            ["he left .", "'if he can get in then anybody can . '", "paul merson said so .", "` i 'm happy"]
        );
        assert_eq!(
            split("the u.s. is big . Growth was 3.5 percent ."),
            ["the u.s. is big .", "Growth was 3.5 percent ."]
        );
    }

    #[test]
    fn abbreviations_initials_decimals() {
        assert_eq!(
            split("Mr. Bao met Gen. J. K. Smith on Jan. 5 in the U.S. capital. Growth was 3.5 percent."),
            ["Mr. Bao met Gen. J. K. Smith on Jan. 5 in the U.S. capital.", "Growth was 3.5 percent."]
        );
        assert_eq!(split("He lives in the U.S. The rest stayed."), ["He lives in the U.S.", "The rest stayed."]);
    }

    #[test]
    fn quotes_and_attribution() {
        assert_eq!(
            split("“Will we win?” he asked. “Yes. We will,” she said. Then they left."),
            ["“Will we win?” he asked.", "“Yes.", "We will,” she said.", "Then they left."]
        );
        assert_eq!(split("“It is over.” That was all."), ["“It is over.”", "That was all."]);
        assert_eq!(
            split("He left. ''It's over,'' he said. ``Yes.''"),
            ["He left.", "''It's over,'' he said.", "``Yes.''"]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("If there is a war… we do not wish it. Fine... Then go."),
            ["If there is a war… we do not wish it.", "Fine...", "Then go."]
        );
    }
}
