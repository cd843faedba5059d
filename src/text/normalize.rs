//! A normalised view of a text for matching, with a map back to original byte offsets.
//!
//! Folding: lower case, curly quotes to straight ones, dashes to `-`, `…` to `...`, diacritics
//! removed, no-break and other spaces to a plain space, zero-width characters dropped.

use super::span::Span;
use compact_str::CompactString;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The folded text and, for each of its bytes, the original char it came from.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the span of the original char that produced it.
    origin: Vec<(u32, u32)>,
    original_len: usize,
}

impl Normalized {
    /// Folds `text`.
    pub fn new(text: &str) -> Self {
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut buf = String::new();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            buf.clear();
            fold_char(c, &mut buf);
            for _ in 0..buf.len() {
                origin.push((i as u32, end as u32));
            }
            out.push_str(&buf);
        }
        Normalized { text: out, origin, original_len: text.len() }
    }

    /// Maps a span of the folded text back to the original text.
    pub fn to_original(&self, span: Span) -> Span {
        if self.origin.is_empty() {
            return Span::new(0, 0);
        }
        let start =
            if span.start >= self.origin.len() { self.original_len } else { self.origin[span.start].0 as usize };
        let end = if span.end == 0 {
            start
        } else {
            let last = (span.end - 1).min(self.origin.len() - 1);
            self.origin[last].1 as usize
        };
        Span::new(start, end.max(start))
    }

    /// The folded-text offset of the first byte produced at or after original offset `offset`.
    pub fn from_original(&self, offset: usize) -> usize {
        self.origin.partition_point(|&(s, _)| (s as usize) < offset)
    }
}

/// Folds one char into `out` (see the module doc for what folds to what).
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(char::from(fold_ascii(c as u8)));
        return;
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' | '\u{2039}'
        | '\u{203A}' | '\u{300C}' | '\u{300D}' | '\u{300E}' | '\u{300F}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{2026}' => out.push_str("..."),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => out.push(' '),
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
        c => {
            let mut decomposed = false;
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    for l in d.to_lowercase() {
                        out.push(l);
                    }
                }
                decomposed = true;
            });
            if !decomposed {
                for l in c.to_lowercase() {
                    out.push(l);
                }
            }
        }
    }
}

/// Folds a whole string (no offset map); used for lexicon look-ups and comparisons.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        let out = s.to_ascii_lowercase();
        return if out.bytes().any(|b| b == b'`' || b == b'\t') {
            out.replace('`', "'").replace('\t', " ")
        } else {
            out
        };
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out, usize::MAX);
    out
}

/// `fold(s)` when it is at most `limit` bytes long.
pub fn fold_within(s: &str, limit: usize) -> Option<String> {
    let mut out = String::with_capacity(s.len().min(limit));
    fold_into(s, &mut out, limit).then_some(out)
}

/// Appends `fold(s)` to `out`, stopping with false once `out` is longer than `limit` bytes.
fn fold_into(s: &str, out: &mut String, limit: usize) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        // A run of ASCII bytes, no longer than what would pass the limit.
        let room = limit.saturating_sub(out.len()).saturating_add(1);
        let ascii = rest.bytes().take(room).position(|b| !b.is_ascii()).unwrap_or(rest.len().min(room));
        out.extend(rest[..ascii].bytes().map(|b| char::from(fold_ascii(b))));
        rest = &rest[ascii..];
        if out.len() > limit {
            return false;
        }
        let Some(c) = rest.chars().next() else { break };
        fold_char(c, out);
        rest = &rest[c.len_utf8()..];
    }
    out.len() <= limit
}

/// `fold(s)` as a [`CompactString`]: short words need no allocation.
pub fn fold_compact(s: &str) -> CompactString {
    if s.bytes().all(|b| b.is_ascii() && b != b'`' && b != b'\t') {
        let mut out = CompactString::from(s);
        out.make_ascii_lowercase();
        out
    } else {
        CompactString::from(fold(s))
    }
}

/// What `fold_char` makes of an ASCII byte.
fn fold_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        b'\t' => b' ',
        b => b.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_marks_dashes_diacritics() {
        assert_eq!(fold("“Núñez’s” — war…"), "\"nunez's\" - war...");
    }

    #[test]
    fn folds_within_a_limit() {
        assert_eq!(fold_within("Ab…", 5).as_deref(), Some("ab..."));
        assert_eq!(fold_within("Ab…", 4), None);
        assert_eq!(fold_within("Abcdef", 3), None);
        assert_eq!(fold_within("A\u{200B}\u{200B}b", 2).as_deref(), Some("ab"));
    }

    #[test]
    fn maps_back_to_original() {
        let t = "a “Núñez” b";
        let n = Normalized::new(t);
        let at = n.text.find("nunez").unwrap();
        let back = n.to_original(Span::new(at, at + 5));
        assert_eq!(back.slice(t), "Núñez");
        assert_eq!(n.from_original(back.start), at);
    }

    #[test]
    fn ellipsis_expands_and_maps() {
        let t = "war… now";
        let n = Normalized::new(t);
        assert_eq!(n.text, "war... now");
        assert_eq!(n.to_original(Span::new(3, 6)).slice(t), "…");
        assert_eq!(n.to_original(Span::new(4, 5)).slice(t), "…");
    }
}
