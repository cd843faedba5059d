//! Word, number and punctuation tokens as byte spans.
//!
//! Word boundaries come from Unicode's UAX #29 (unicode-segmentation), which keeps inner
//! apostrophes ("Azerbaijan’s", "don't") and number separators ("1,000.5") inside one token;
//! hyphenated words ("long-standing", "Nagorno-Karabakh") are joined on top of it.

use super::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter.
    Word,
    /// Starts with a digit.
    Number,
    /// Anything else that is not white space.
    Punct,
}

/// One token of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }

    /// True for words and numbers.
    pub fn is_wordlike(&self) -> bool {
        self.kind != TokenKind::Punct
    }
}

fn kind_of(s: &str) -> TokenKind {
    match s.chars().next() {
        Some(c) if c.is_alphabetic() => TokenKind::Word,
        Some(c) if c.is_numeric() => TokenKind::Number,
        _ => {
            if s.chars().any(char::is_alphabetic) {
                TokenKind::Word
            } else {
                TokenKind::Punct
            }
        }
    }
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

/// Appends the tokens of `span` (a part of `text`) to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let part = span.slice(text);
    let first = out.len();
    for (i, w) in part.split_word_bound_indices() {
        if w.chars().all(char::is_whitespace) {
            continue;
        }
        let s = Span::new(span.start + i, span.start + i + w.len());
        let kind = kind_of(w);
        // Join "word - word" written without spaces into one word.
        let n = out.len();
        if kind != TokenKind::Punct && n >= first + 2 {
            let (a, h) = (out[n - 2], out[n - 1]);
            if a.kind != TokenKind::Punct
                && is_hyphen(h.text(text))
                && a.span.end == h.span.start
                && h.span.end == s.start
            {
                out.truncate(n - 2);
                out.push(Token { span: Span::new(a.span.start, s.end), kind: a.kind });
                continue;
            }
        }
        out.push(Token { span: s, kind });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut out);
        out.iter().map(|k| k.text(t)).collect()
    }

    #[test]
    fn keeps_apostrophes_numbers_and_hyphens() {
        assert_eq!(
            words("Azerbaijan’s long-standing ties cost $1,000.5 (69%)."),
            ["Azerbaijan’s", "long-standing", "ties", "cost", "$", "1,000.5", "(", "69", "%", ")", "."]
        );
    }
}
