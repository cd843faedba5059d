//! Word, number and punctuation tokens as byte spans.
//!
//! Word boundaries come from Unicode's UAX #29 (unicode-segmentation), which keeps inner
//! apostrophes ("Azerbaijan’s", "don't") and number separators ("1,000.5") inside one token;
//! hyphenated words ("long-standing", "Nagorno-Karabakh") are joined on top of it.

use super::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// `c.is_alphabetic()`, answered without the Unicode tables for the chars of [`is_fast_char`].
fn is_alphabetic(c: char) -> bool {
    if is_fast_char(c) {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

fn kind_of(s: &str) -> TokenKind {
    match s.chars().next() {
        Some(c) if is_alphabetic(c) => TokenKind::Word,
        Some(c) if c.is_ascii_digit() || (!is_fast_char(c) && c.is_numeric()) => TokenKind::Number,
        _ => {
            if s.chars().any(is_alphabetic) {
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

/// ASCII white space: a word boundary always falls before it, and after it when an ASCII char follows.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C')
}

/// The UAX #29 word break properties an ASCII byte can have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    MidLetter,
    MidNum,
    MidNumLet,
    ExtendNumLet,
    Space,
    Other,
}

#[inline(always)]
fn wb(b: u8) -> Wb {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b':' => Wb::MidLetter,
        b',' | b';' => Wb::MidNum,
        b'.' | b'\'' => Wb::MidNumLet,
        b'_' => Wb::ExtendNumLet,
        b if is_ascii_space(b) => Wb::Space,
        _ => Wb::Other,
    }
}

/// True for the chars whose UAX #29 word break property [`class_at`] knows: ASCII, and the
/// curly quotes, em dash and ellipsis of news text (none of which is Extend, Format or ZWJ).
fn is_fast_char(c: char) -> bool {
    c.is_ascii() || matches!(c, '’' | '‘' | '“' | '”' | '—' | '…')
}

/// The word break property and the UTF-8 length of the char at byte `k` of `s`, a string of
/// chars that [`is_fast_char`] accepts; `Other` and 0 past the end.
#[inline(always)]
fn class_at(s: &[u8], k: usize) -> (Wb, usize) {
    match s.get(k) {
        None => (Wb::Other, 0),
        Some(&b) if b.is_ascii() => (wb(b), 1),
        // ’ and ‘ are MidNumLet like the apostrophe; “ ” — … are Other. Each is three bytes.
        Some(_) if s[k..].starts_with("’".as_bytes()) || s[k..].starts_with("‘".as_bytes()) => (Wb::MidNumLet, 3),
        Some(_) => (Wb::Other, 3),
    }
}

/// The end of the UAX #29 word segment of `s` (chars that [`is_fast_char`] accepts) that starts
/// at byte `start`. Letters, digits and `_` always join; a `.`, `'`, `’`, `‘`, `:`, `,` or `;`
/// joins only between two letters (`:`, `.`, `'`, `’`, `‘`) or two digits (`,`, `;`, `.`, `'`,
/// `’`, `‘`); white space joins white space; anything else stands alone.
fn fast_segment_end(s: &[u8], start: usize) -> usize {
    use Wb::*;
    let (mut prev, len) = class_at(s, start);
    let mut i = start + len;
    match prev {
        Letter | Numeric | ExtendNumLet => {}
        Space => {
            while class_at(s, i).0 == Space {
                i += 1;
            }
            return i;
        }
        _ => return i,
    }
    loop {
        // Most of a word is a run of ASCII letters and digits.
        let run = s[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if run > 0 {
            i += run;
            prev = if s[i - 1].is_ascii_digit() { Numeric } else { Letter };
        }
        let (c, len) = class_at(s, i);
        match c {
            Letter | Numeric | ExtendNumLet => {
                prev = c;
                i += len;
            }
            MidLetter | MidNum | MidNumLet => {
                let (next, next_len) = class_at(s, i + len);
                let joins = (prev == Letter && matches!(c, MidLetter | MidNumLet) && next == Letter)
                    || (prev == Numeric && matches!(c, MidNum | MidNumLet) && next == Numeric);
                if !joins {
                    return i;
                }
                prev = next;
                i += len + next_len;
            }
            _ => return i,
        }
    }
}

/// The first offset after `start` where ASCII white space is followed by another ASCII char (where
/// a word boundary always falls), or the end of `bytes`.
fn piece_end(bytes: &[u8], start: usize) -> usize {
    let mut from = start;
    while let Some(k) = bytes[from..].iter().position(|&b| is_ascii_space(b)) {
        let after = from + k + bytes[from + k..].iter().take_while(|&&b| is_ascii_space(b)).count();
        match bytes.get(after) {
            Some(b) if b.is_ascii() => return after,
            Some(_) => from = after + 1,
            None => break,
        }
    }
    bytes.len()
}

/// Calls `f` with each UAX #29 word segment of `s` that is not all white space, and its offset,
/// as `split_word_bound_indices` gives them. Stretches of ASCII (and a few common punctuation
/// marks) are segmented here; a stretch with other chars goes to unicode-segmentation. A
/// boundary always falls between ASCII white space and a following ASCII char, so the text can
/// be cut there and each piece segmented alone.
fn word_bounds<'a>(s: &'a str, mut f: impl FnMut(usize, &'a str)) {
    let bytes = s.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let end = piece_end(bytes, start);
        let piece = &s[start..end];
        if piece.is_ascii() || piece.chars().all(is_fast_char) {
            let mut seg = 0;
            while seg < piece.len() {
                let next = fast_segment_end(piece.as_bytes(), seg);
                if !is_ascii_space(piece.as_bytes()[seg]) {
                    f(start + seg, &piece[seg..next]);
                }
                seg = next;
            }
        } else {
            for (i, w) in piece.split_word_bound_indices() {
                if !w.chars().all(char::is_whitespace) {
                    f(start + i, w);
                }
            }
        }
        start = end;
    }
}

/// Appends the tokens of `span` (a part of `text`) to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let part = span.slice(text);
    let first = out.len();
    word_bounds(part, |i, w| {
        let s = Span::new(span.start + i, span.start + i + w.len());
        let kind = kind_of(w);
        // Join "word - word" written without spaces into one word.
        let n = out.len();
        if kind != TokenKind::Punct && n >= first + 2 {
            let (a, h) = (out[n - 2], out[n - 1]);
            if a.kind != TokenKind::Punct
                && a.span.end == h.span.start
                && h.span.end == s.start
                && is_hyphen(h.text(text))
            {
                out.truncate(n - 2);
                out.push(Token { span: Span::new(a.span.start, s.end), kind: a.kind });
                return;
            }
        }
        out.push(Token { span: s, kind });
    });
    join_plural_possessives(text, first, out);
}

/// True for a single quote mark or apostrophe.
fn is_single_mark(s: &str) -> bool {
    matches!(s, "'" | "’" | "‘")
}

/// Joins the apostrophe of a plural possessive to its word ("Supporters’ groups", "the
/// Democrats' plan"), which UAX #29 leaves apart: a single mark right after a word in "s" and
/// before a space and a letter or digit, when no single quotation opened in the paragraph is
/// still open (then the mark may close it: ‘a war of the words’ said). `out[first..]` are the
/// paragraph's tokens.
fn join_plural_possessives(text: &str, first: usize, out: &mut Vec<Token>) {
    // Most paragraphs have no single mark: nothing to join, nothing to move.
    let is_mark = |t: &Token| t.kind == TokenKind::Punct && t.span.len() <= 3 && is_single_mark(t.text(text));
    let Some(from) = out[first..].iter().position(is_mark).map(|k| first + k) else { return };
    let mut open = 0usize;
    let mut kept = from;
    for k in from..out.len() {
        let t = out[k];
        let glyph = t.text(text);
        if t.kind == TokenKind::Punct && is_single_mark(glyph) {
            let before = text[..t.span.start].chars().next_back();
            let mut after = text[t.span.end..].chars();
            let next = after.next();
            if next.is_some_and(char::is_alphanumeric)
                && before.is_none_or(|c| c.is_whitespace() || "([{“\"—–-".contains(c))
            {
                open += 1;
            } else if before.is_some_and(|c| !c.is_whitespace()) {
                let glued =
                    kept > first && out[kept - 1].kind == TokenKind::Word && out[kept - 1].span.end == t.span.start;
                let plural = glued && out[kept - 1].text(text).ends_with(['s', 'S']);
                let then_word =
                    next.is_some_and(char::is_whitespace) && after.next().is_some_and(char::is_alphanumeric);
                if open == 0 && plural && then_word {
                    out[kept - 1].span.end = t.span.end;
                    continue;
                }
                open = open.saturating_sub(1);
            }
        }
        out[kept] = t;
        kept += 1;
    }
    out.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut out);
        out.iter().map(|k| k.text(t)).collect()
    }

    /// Segments as `word_bounds` gives them.
    fn segments(s: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        word_bounds(s, |i, w| out.push((i, w)));
        out
    }

    #[test]
    fn word_bounds_match_unicode_segmentation() {
        // Every string of up to five chars from an alphabet covering the ASCII classes, and
        // pseudo-random longer strings mixing in curly marks, dashes, combining marks and odd spaces.
        let alphabet: Vec<char> = "a1:,.'_\" -\n\r\t".chars().collect();
        let wide: Vec<char> = "aZ9:;,.'_\" -\n\r\t’‘“”—…\u{301}\u{a0}\u{2003}\u{200d}é😀".chars().collect();
        let mut strings = Vec::new();
        let mut level = vec![String::new()];
        for _ in 0..5 {
            level = level.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            strings.extend(level.iter().cloned());
        }
        // The same with only the chars segmented without unicode-segmentation.
        let fast: Vec<char> = "aZ9:;,.'_\" -\n\r\t’‘“”—…".chars().collect();
        let mut seed = 12345u64;
        for alphabet in [&wide, &fast] {
            for _ in 0..20_000 {
                let mut s = String::new();
                for _ in 0..12 {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
                }
                strings.push(s);
            }
        }
        for s in &strings {
            let want: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
            let got = segments(s);
            let visible = |v: &[(usize, &str)]| -> Vec<(usize, String)> {
                v.iter()
                    .filter(|(_, w)| !w.chars().all(char::is_whitespace))
                    .map(|(i, w)| (*i, w.to_string()))
                    .collect()
            };
            assert_eq!(visible(&got), visible(&want), "{s:?}");
        }
    }

    #[test]
    fn keeps_apostrophes_numbers_and_hyphens() {
        assert_eq!(
            words("Azerbaijan’s long-standing ties cost $1,000.5 (69%)."),
            ["Azerbaijan’s", "long-standing", "ties", "cost", "$", "1,000.5", "(", "69", "%", ")", "."]
        );
    }

    #[test]
    fn plural_possessives_keep_their_apostrophe() {
        assert_eq!(words("Supporters’ groups said"), ["Supporters’", "groups", "said"]);
        assert_eq!(words("the Democrats' plan"), ["the", "Democrats'", "plan"]);
        // A mark that may close an open single quotation stays apart.
        assert_eq!(words("‘a war of words’ said"), ["‘", "a", "war", "of", "words", "’", "said"]);
        assert_eq!(words("‘Go,’ the Smiths’ son said"), ["‘", "Go", ",", "’", "the", "Smiths’", "son", "said"]);
        // Two apostrophes used as a double mark stay apart.
        assert_eq!(words("''like this'' he"), ["'", "'", "like", "this", "'", "'", "he"]);
        // At the end of a clause the mark is left alone.
        assert_eq!(words("the farmers’."), ["the", "farmers", "’", "."]);
    }
}
