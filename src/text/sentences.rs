//! Sentence splitting inside one paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, after any closing quote marks and brackets,
//! when white space and a capital letter, a digit or an opening mark follow. It does not end
//! after a title abbreviation ("Mr.", "Gen.", "Jan."), an initial ("J."), or another
//! abbreviation ("U.S.", "Inc.") unless an ordinary sentence opener follows; nor inside a
//! decimal; nor when a quotation closes and the attribution follows (`win?” he said.`).

use super::span::{trim_span, Span};
use crate::lexicon::Lexicon;
use crate::text::fold;

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
    let folded = fold(word);
    let may_end = match lex.abbreviations.get(&folded) {
        Some(&may_end) => may_end,
        None if word.contains('.') => true,
        None => return false,
    };
    if !may_end {
        return true;
    }
    !lex.sentence_openers.contains(&fold(next_word))
}

/// Splits the paragraph `para` of `text` into sentence spans (trimmed, never empty).
pub fn split_sentences(text: &str, para: Span, lex: &Lexicon) -> Vec<Span> {
    let s = para.slice(text);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < n {
        let (at, c) = chars[i];
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && is_terminator(chars[j].1) {
            j += 1;
        }
        let run = &s[at..chars.get(j).map_or(s.len(), |x| x.0)];
        while j < n && is_closer(chars[j].1) {
            j += 1;
        }
        // Tokenised text ("he left . ' she said"): a stop after a space is never an
        // abbreviation, its closing marks stand apart, and the next sentence may be lower-case.
        let spaced = i > 0 && chars[i - 1].1.is_whitespace() && matches!(run, "." | "?" | "!");
        while spaced
            && j + 2 <= n
            && chars[j].1 == ' '
            && is_closer(chars[j + 1].1)
            && chars.get(j + 2).is_none_or(|x| x.1.is_whitespace())
        {
            j += 2;
        }
        if j >= n {
            break;
        }
        if !chars[j].1.is_whitespace() {
            i = j.max(i + 1);
            continue;
        }
        let end = chars[j].0;
        let mut k = j;
        while k < n && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k >= n {
            break;
        }
        let next = chars[k].1;
        let next_starts = next.is_uppercase()
            || next.is_numeric()
            || (is_opener(next) && chars.get(k + 1).is_some_and(|&(_, d)| d.is_uppercase() || d.is_numeric()));
        let mut boundary = next_starts || (spaced && (next.is_alphanumeric() || is_opener(next)));
        if boundary && run == "." && !spaced {
            let next_word_at = if is_opener(next) { chars.get(k + 1).map_or(s.len(), |x| x.0) } else { chars[k].0 };
            boundary = !stop_is_abbreviation(word_before(s, at), word_at(s, next_word_at), lex);
        }
        if boundary {
            let sp = trim_span(text, Span::new(para.start + start, para.start + end));
            if !sp.is_empty() {
                out.push(sp);
            }
            start = chars[k].0;
        }
        i = k;
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
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("If there is a war… we do not wish it. Fine... Then go."),
            ["If there is a war… we do not wish it.", "Fine...", "Then go."]
        );
    }
}
