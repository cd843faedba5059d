//! date-mismatch: a date the source does not give.

use super::{ClaimContext, Finding, Rule, Severity};
use crate::details::dates::DateMention;

/// The rule.
pub const RULE: Rule = Rule {
    id: "date-mismatch",
    severity: Severity::Warning,
    summary: "a date differs from the source's, or adds a year the source never gives",
    doc: "date-mismatch (warning)

Fires on a date in a claim when the source does not give it: a year the source never mentions
(summaries often add a year to \"June 13\"), a day of the month the source gives differently
(\"May 6\" against \"May 16\", in any order: \"13 June\", \"June 13th\"), a month the source never
mentions, or a weekday the source never mentions. Dates inside quotations are left to the
quotation rules. Relative dates (\"yesterday\", \"last week\") are not judged.

What to do: give the source's date, and no year the source does not state.",
    check,
};

fn describe(d: &DateMention, source: &[DateMention]) -> Option<String> {
    if let Some(y) = d.year {
        if !source.iter().any(|s| s.year == Some(y)) {
            return Some(format!("the source never gives the year {y}"));
        }
    }
    if let (Some(m), Some(day)) = (d.month, d.day) {
        if !source.iter().any(|s| s.month == Some(m) && s.day == Some(day)) {
            return Some("the source gives no such day of the month".to_string());
        }
    } else if let Some(m) = d.month {
        if !source.iter().any(|s| s.month == Some(m)) {
            return Some("the source never mentions this month".to_string());
        }
    }
    if let Some(w) = &d.weekday {
        if !source.iter().any(|s| s.weekday.as_ref() == Some(w)) {
            return Some("the source never mentions this weekday".to_string());
        }
    }
    None
}

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let src = ctx.source();
    for d in ctx.summary.dates.iter().filter(|d| ctx.claim.span.contains(&d.span)) {
        if ctx.is_quoted(ctx.summary.words.within(d.span).start) {
            continue;
        }
        let Some(message) = describe(d, &src.dates) else { continue };
        let mut f = ctx.finding(&RULE, d.span, message, 1.0);
        // Show the source's dates in the evidence sentence, if any.
        let near: Vec<&str> = f
            .evidence
            .first()
            .map(|e| src.dates.iter().filter(|s| e.contains(&s.span)).map(|s| s.span.slice(src.text())).collect())
            .unwrap_or_default();
        if !near.is_empty() {
            f.note = Some(format!("the evidence gives: {}", near.join(", ")));
        }
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::fired;

    const SOURCE: &str = "The strikes began on June 13. The vote was held on Sunday, and the festival started in 1990.";

    #[test]
    fn fires_on_added_year_wrong_day_and_weekday() {
        assert_eq!(fired("date-mismatch", SOURCE, "The strikes began in June 2025."), ["June 2025"]);
        assert_eq!(fired("date-mismatch", SOURCE, "The strikes began on June 12."), ["June 12"]);
        assert_eq!(fired("date-mismatch", SOURCE, "The vote was held on Saturday."), ["Saturday"]);
        assert_eq!(fired("date-mismatch", SOURCE, "The festival started in 1999."), ["1999"]);
    }

    #[test]
    fn silent_on_the_same_dates() {
        for s in ["On 13 June the strikes began.", "The vote took place on Sunday.", "It started in 1990."] {
            assert!(fired("date-mismatch", SOURCE, s).is_empty(), "{s}");
        }
    }
}
