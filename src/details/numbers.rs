//! Numbers in a text: digits ("1,500", "1.5m", "58%", "35th") and number words ("sixty",
//! "two dozen", "third"), with their scale ("1.5 million"). Years and days of the month are dates
//! (see [`super::dates`]) and are left out. Tokenised text splits numbers after their separator
//! ("235, 000", "98. 7"); such a number is read whole.

use super::dates::is_year;
use crate::align::Word;
use crate::lexicon::Lexicon;
use crate::text::Span;

/// A number mentioned in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// The words that give it.
    pub span: Span,
    /// The number as written, before any scale word.
    pub raw: f64,
    /// The scale word's factor (1 without one).
    pub scale: f64,
    /// Digits after the decimal point as written (the precision to compare at).
    pub decimals: i32,
    /// A position ("third", "35th").
    pub ordinal: bool,
    /// Preceded by "about", "nearly", "more than" ...
    pub approximate: bool,
}

impl NumberMention {
    /// The value.
    pub fn value(&self) -> f64 {
        self.raw * self.scale
    }

    /// True when `other` (from the source) gives this number, allowing for rounding to the
    /// precision written here and, for approximate numbers, ten per cent.
    pub fn agrees_with(&self, other: &NumberMention) -> bool {
        if self.ordinal != other.ordinal {
            return false;
        }
        let here = self.value();
        for there in [other.value(), other.raw] {
            let factor = 10f64.powi(self.decimals);
            let rounded = (there / self.scale * factor).round() / factor;
            if (rounded - self.raw).abs() < 1e-9 || (there - here).abs() < 1e-9 {
                return true;
            }
            // "about 800" agrees with 758: the source rounded to the digits the summary writes.
            if self.approximate && self.decimals == 0 && round_significant(there, significant_digits(here)) == here {
                return true;
            }
        }
        false
    }

    /// The number's digits as one word ("98.7" for the tokenised "98. 7"), when tokenisation split
    /// it into several words of `words` (the word view of `text`).
    pub fn rejoined(&self, text: &str, words: &[Word]) -> Option<String> {
        let digits: Vec<&Word> = words.iter().filter(|w| w.folded.starts_with(|c: char| c.is_ascii_digit())).collect();
        let (first, last) = (digits.first()?, digits.last()?);
        if digits.len() < 2 {
            return None;
        }
        let joined: String =
            text.get(first.span.start..last.span.end)?.chars().filter(|c| !c.is_whitespace()).collect();
        Some(joined)
    }
}

/// Significant digits of a whole number (800 → 1, 785,000 → 3).
fn significant_digits(v: f64) -> i32 {
    let mut v = v.abs().round() as u64;
    if v == 0 {
        return 1;
    }
    while v % 10 == 0 {
        v /= 10;
    }
    v.to_string().len() as i32
}

fn round_significant(v: f64, digits: i32) -> f64 {
    if v == 0.0 {
        return 0.0;
    }
    let magnitude = 10f64.powi(v.abs().log10().floor() as i32 - digits + 1);
    (v / magnitude).round() * magnitude
}

const APPROXIMATE: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "than",
    "up",
    "to",
    "estimated",
    "least",
];

fn parse_digits(folded: &str) -> Option<(f64, i32, &str)> {
    let end = folded.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(folded.len());
    let digits = folded[..end].trim_end_matches(['.', ',']);
    let suffix = &folded[end..];
    let plain: String = digits.chars().filter(|&c| c != ',').collect();
    let value = plain.parse::<f64>().ok()?;
    let decimals = plain.split_once('.').map_or(0, |(_, d)| d.len() as i32);
    Some((value, decimals, suffix))
}

/// Most digits after a decimal point that tokenisation set apart ("98. 7"): a longer run after a
/// full stop is more likely a new sentence that starts with a number.
const MAX_SPLIT_DECIMALS: usize = 2;

/// The digits-only word after `words[i]` that tokenisation split from it with `separator` and one
/// space ("235, 000", "98. 7"), if any.
fn split_digits<'w>(text: &str, words: &'w [Word], i: usize, separator: char) -> Option<&'w Word> {
    let (w, next) = (&words[i], words.get(i + 1)?);
    let digits = !next.folded.is_empty() && next.folded.bytes().all(|b| b.is_ascii_digit());
    let gap = text.get(w.span.end..next.span.start)?;
    (digits && gap.len() == 2 && gap.starts_with(separator) && gap.ends_with(' ')).then_some(next)
}

/// The numbers among `words` (a slice of the word view of `text`).
pub fn numbers(text: &str, words: &[Word], lex: &Lexicon) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let start = i;
        let (mut raw, decimals, mut ordinal) = if w.folded.starts_with(|c: char| c.is_ascii_digit()) {
            let Some((v, d, suffix)) = parse_digits(w.folded.as_str()) else {
                i += 1;
                continue;
            };
            // Years and days of the month ("June 13", "13 June") are dates.
            let month = |k: usize| {
                words.get(k).is_some_and(|m| m.cap && crate::lexicon::month_number(m.folded.as_str()).is_some())
            };
            let day_of_month = (i > 0 && month(i - 1)) || month(i + 1);
            if is_year(w) || day_of_month || suffix == "s" || suffix.contains(':') {
                i += 1;
                continue;
            }
            let ordinal = matches!(suffix, "th" | "st" | "nd" | "rd");
            let scale = lex.number_words.get(suffix).filter(|n| n.scale).map_or(1.0, |n| n.value);
            let (mut v, mut d) = (v, d);
            // Tokenised thousands: "235, 000" (one to three digits, a comma and a space, three digits).
            while suffix.is_empty() && d == 0 && words[i].folded.len() <= 3 {
                let Some(next) = split_digits(text, words, i, ',').filter(|n| n.folded.len() == 3) else { break };
                v = v * 1000.0 + next.folded.parse::<f64>().unwrap_or(0.0);
                i += 1;
            }
            // Tokenised decimals: "98. 7" (a full stop and a space, one or two digits).
            if suffix.is_empty() && d == 0 && words[i].folded.bytes().all(|b| b.is_ascii_digit()) {
                if let Some(next) = split_digits(text, words, i, '.').filter(|n| n.folded.len() <= MAX_SPLIT_DECIMALS) {
                    d = next.folded.len() as i32;
                    v += next.folded.parse::<f64>().unwrap_or(0.0) / 10f64.powi(d);
                    i += 1;
                }
            }
            (v * scale, d, ordinal)
        } else if let Some(nw) = lex.number_words.get(w.folded.as_str()).filter(|n| !n.scale) {
            // "one" is more often a pronoun than a count; "second" a unit of time.
            if w.folded == "one"
                && words.get(i + 1).is_none_or(|n| !lex.number_words.get(n.folded.as_str()).is_some_and(|n| n.scale))
            {
                i += 1;
                continue;
            }
            (nw.value, 0, nw.ordinal)
        } else {
            i += 1;
            continue;
        };
        // "twenty five", "twenty-fifth"
        if (20.0..100.0).contains(&raw) && raw % 10.0 == 0.0 {
            if let Some(unit) = words.get(i + 1).and_then(|n| lex.number_words.get(n.folded.as_str())) {
                if unit.value < 10.0 && unit.value >= 1.0 && !unit.scale {
                    raw += unit.value;
                    ordinal = unit.ordinal;
                    i += 1;
                }
            }
        }
        let mut scale = 1.0;
        while let Some(s) = words.get(i + 1).and_then(|n| lex.number_words.get(n.folded.as_str())).filter(|n| n.scale) {
            scale *= s.value;
            i += 1;
        }
        let approximate = start > 0 && APPROXIMATE.contains(&words[start - 1].folded.as_str());
        out.push(NumberMention {
            span: words[start].span.cover(&words[i].span),
            raw,
            scale,
            decimals,
            ordinal,
            approximate,
        });
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::TextWords;
    use crate::text::Document;

    fn nums(t: &str) -> Vec<(f64, bool)> {
        let lex = Lexicon::builtin();
        let d = Document::new(t);
        let w = TextWords::new(&d, lex);
        numbers(t, &w.words, lex).iter().map(|n| (n.value(), n.ordinal)).collect()
    }

    #[test]
    fn digits_words_scales_and_ordinals() {
        assert_eq!(nums("About 1.5 million people, 58% of them, in 2011."), [(1_500_000.0, false), (58.0, false)]);
        assert_eq!(nums("sixty seconds and twenty-five days"), [(60.0, false), (25.0, false)]);
        assert_eq!(nums("the 35th minute, for the third time"), [(35.0, true), (3.0, true)]);
        assert_eq!(nums("$1.5m and 785,000 pounds"), [(1_500_000.0, false), (785_000.0, false)]);
        assert_eq!(
            nums("viewed 235, 000 times by 1, 200, 000 people, 12, 3 and 4"),
            [(235_000.0, false), (1_200_000.0, false), (12.0, false), (3.0, false), (4.0, false)]
        );
        assert_eq!(nums("one of them said"), []);
        assert_eq!(nums("right in 98. 7 per cent, for $ 1. 7 million"), [(98.7, false), (1_700_000.0, false)]);
        assert_eq!(nums("It rose by 12. 345 people came"), [(12.0, false), (345.0, false)]);
    }

    #[test]
    fn rounding_and_approximation_agree() {
        let lex = Lexicon::builtin();
        let get = |t: &str| {
            let d = Document::new(t);
            numbers(t, &TextWords::new(&d, lex).words, lex).remove(0)
        };
        assert!(get("27 percent").agrees_with(&get("26.6 percent")));
        assert!(get("nearly 2 million").agrees_with(&get("1.96 million")));
        assert!(get("1.5 million").agrees_with(&get("1,500,000")));
        assert!(!get("about 800").agrees_with(&get("about 80")));
        assert!(!get("785,000").agrees_with(&get("758,000")));
        assert!(!get("about 785,000").agrees_with(&get("758,000")));
        assert!(get("about 800").agrees_with(&get("758")));
    }
}
