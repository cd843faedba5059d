//! `--format brief`: one grep-friendly line per finding, as compilers print them:
//!
//! ```text
//! corpus/azerbaijan/summary.txt:12:4: warning[date-mismatch] the source never gives the year 2025
//! ```
//!
//! Lines and columns are 1-based, columns counted in characters (Unicode code points) of the
//! summary; the lines are in [`ordered`] order. A message never spans lines.

use super::{ordered, Region, Texts};
use crate::checks::Report;
use std::fmt::Write;

/// Renders a report as `path:line:col: severity[rule-id] message` lines, each ending in `\n`.
pub fn render_brief(report: &Report, texts: &Texts) -> String {
    let mut out = String::new();
    for f in ordered(report) {
        let at = Region::new(texts.summary, f.summary_span);
        let message = f.message.split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}] {message}",
            texts.summary_path,
            at.start_line,
            at.start_column,
            f.severity.as_str(),
            f.rule
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Severity;
    use crate::report::test_support::{finding_on, report};

    fn texts(summary: &str) -> Texts<'_> {
        Texts { summary_path: "dir/summary.txt", summary, source_path: "dir/source.txt", source: "" }
    }

    #[test]
    fn columns_count_characters_on_multibyte_lines() {
        let summary = "Title\n«Ça» — il a dit “non” à Zoë.\n";
        let r = report(vec![finding_on(summary, "Zoë", "entity-mismatch", Severity::Warning, "Not Zoë.")]);
        assert_eq!(render_brief(&r, &texts(summary)), "dir/summary.txt:2:25: warning[entity-mismatch] Not Zoë.\n");
    }

    #[test]
    fn ordered_by_position_then_rule_and_one_line_each() {
        let summary = "One said “x”.\nTwo.";
        let r = report(vec![
            finding_on(summary, "Two", "unsupported-claim", Severity::Warning, "No\nevidence."),
            finding_on(summary, "“x”", "misattributed-quote", Severity::Error, "b"),
            finding_on(summary, "“x”", "fabricated-quote", Severity::Error, "a"),
        ]);
        assert_eq!(
            render_brief(&r, &texts(summary)),
            "dir/summary.txt:1:10: error[fabricated-quote] a\n\
             dir/summary.txt:1:10: error[misattributed-quote] b\n\
             dir/summary.txt:2:1: warning[unsupported-claim] No evidence.\n"
        );
    }
}
