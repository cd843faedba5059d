//! Dates in a text: years ("1999", "1992's"), months, days of the month ("June 13", "13 June",
//! "May 28th") and weekdays. A lower-case "may" is a verb, not a month.

use crate::align::Word;
use crate::lexicon::{is_weekday, month_number};
use crate::text::Span;

/// One date mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Where it is.
    pub span: Span,
    /// The year, if given.
    pub year: Option<i32>,
    /// The month (1–12), if given.
    pub month: Option<u32>,
    /// The day of the month, if given.
    pub day: Option<u32>,
    /// The weekday (folded, full or abbreviated), if given.
    pub weekday: Option<String>,
}

/// True for a word that is a year: four digits from 1000 to 2199, without separators.
pub fn is_year(w: &Word) -> bool {
    w.folded.len() == 4 && w.folded.chars().all(|c| c.is_ascii_digit()) && (1000..2200).contains(&year_of(w))
}

fn year_of(w: &Word) -> i32 {
    w.folded.parse().unwrap_or(0)
}

fn month_of(w: &Word) -> Option<u32> {
    if !w.cap {
        return None;
    }
    month_number(&w.folded)
}

fn day_of(w: &Word) -> Option<u32> {
    let digits = w.folded.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w.folded[digits.len()..];
    if !matches!(suffix, "" | "th" | "st" | "nd" | "rd") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// The canonical weekday name of a folded weekday word ("tues" → "tue").
fn weekday_key(folded: &str) -> String {
    folded.chars().take(3).collect()
}

/// The dates among `words` (a slice of one text's word view).
pub fn dates(words: &[Word]) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let mut d = DateMention { span: w.span, year: None, month: None, day: None, weekday: None };
        let mut end = i;
        if let Some(m) = month_of(w) {
            d.month = Some(m);
            if let Some(day) = words.get(i + 1).and_then(day_of) {
                d.day = Some(day);
                end = i + 1;
            } else if i > 0 && d.day.is_none() {
                if let Some(day) =
                    day_of(&words[i - 1]).filter(|_| !out.iter().any(|o: &DateMention| o.span == words[i - 1].span))
                {
                    d.day = Some(day);
                    d.span = words[i - 1].span;
                }
            }
            if let Some(y) = words.get(end + 1).filter(|n| is_year(n)) {
                d.year = Some(year_of(y));
                end += 1;
            }
        } else if is_year(w) {
            d.year = Some(year_of(w));
        } else if w.cap && is_weekday(&w.folded) {
            d.weekday = Some(weekday_key(&w.folded));
        } else {
            i += 1;
            continue;
        }
        d.span = d.span.cover(&words[end].span);
        out.push(d);
        i = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::TextWords;
    use crate::lexicon::Lexicon;
    use crate::text::Document;

    type Parts = (Option<i32>, Option<u32>, Option<u32>, Option<String>);

    fn ds(t: &str) -> Vec<Parts> {
        let d = Document::new(t);
        let w = TextWords::new(&d, Lexicon::builtin());
        dates(&w.words).into_iter().map(|d| (d.year, d.month, d.day, d.weekday)).collect()
    }

    #[test]
    fn forms_of_dates() {
        assert_eq!(ds("On June 13, 2025 it began."), [(Some(2025), Some(6), Some(13), None)]);
        assert_eq!(ds("on 13 June and in 1999"), [(None, Some(6), Some(13), None), (Some(1999), None, None, None)]);
        assert_eq!(
            ds("It may rain on Sunday, May 28th."),
            [(None, None, None, Some("sun".into())), (None, Some(5), Some(28), None)]
        );
        assert_eq!(ds("1992's Batman Returns and 2,000 people"), [(Some(1992), None, None, None)]);
    }
}
