//! `--format github`: GitHub Actions workflow commands that annotate the summary in a pull request.
//!
//! ```text
//! ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=quotecheck RULE::MESSAGE
//! ```
//!
//! `::warning` for warnings. Lines and columns are 1-based, columns in characters (Unicode code
//! points); `endColumn` is the column just past the last character, as linters emit it. The
//! message has several lines (the finding's message, the speakers, the note, the source evidence);
//! GitHub shows them all. Properties and message are escaped as GitHub's runner unescapes them:
//! `%`, CR and LF everywhere, and `:` and `,` in properties too.

use super::{describe, forward_slashes, ordered, Region, Texts};
use crate::checks::Report;
use std::fmt::Write;

/// Renders a report as one workflow command per finding, each ending in `\n`.
pub fn render_github(report: &Report, texts: &Texts) -> String {
    let file = escape_property(&forward_slashes(texts.summary_path));
    let mut out = String::new();
    for f in ordered(report) {
        let r = Region::new(texts.summary, f.summary_span);
        let lines = describe(f, texts, |line| format!("{} line {line}", texts.source_path));
        let _ = writeln!(
            out,
            "::{} file={file},line={},col={},endLine={},endColumn={},title={}::{}",
            f.severity.as_str(),
            r.start_line,
            r.start_column,
            r.end_line,
            r.end_column,
            escape_property(&format!("quotecheck {}", f.rule)),
            escape_data(&lines.join("\n")),
        );
    }
    out
}

/// Escapes a command's message: `%` → `%25`, CR → `%0D`, LF → `%0A`.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value: as [`escape_data`], and `:` → `%3A`, `,` → `%2C`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Severity;
    use crate::report::test_support::{finding_on, report};
    use crate::text::Span;

    #[test]
    fn escapes_as_the_runner_unescapes() {
        assert_eq!(escape_data("50% up\r\nnext: a, b"), "50%25 up%0D%0Anext: a, b");
        assert_eq!(escape_property("a,b:c%d\ne"), "a%2Cb%3Ac%25d%0Ae");
        // `%` first, so an escape is never escaped twice.
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn annotates_multibyte_text_in_characters() {
        let summary = "Titre\nÀ Paris, l’équipe a dit « non ».\n";
        let source = "Première ligne.\nL’équipe a dit « oui », 100 %.\n";
        let mut f = finding_on(summary, "« non »", "altered-quote", Severity::Error, "Quote changed: 100%");
        let e = source.find("L’équipe").unwrap();
        f.evidence = vec![Span::new(e, source.len() - 1)];
        f.note = Some("non → oui".into());
        let texts = Texts { summary_path: r"cases\a,b:c\summary.txt", summary, source_path: "source.txt", source };
        let out = render_github(&report(vec![f]), &texts);
        assert_eq!(
            out,
            "::error file=cases/a%2Cb%3Ac/summary.txt,line=2,col=25,endLine=2,endColumn=32,\
             title=quotecheck altered-quote::Quote changed: 100%25%0Anon → oui%0A\
             source.txt line 2: L’équipe a dit « oui », 100 %25.\n"
        );
        let warning = finding_on(summary, "Paris", "entity-mismatch", Severity::Warning, "w");
        assert!(render_github(&report(vec![warning]), &texts).starts_with("::warning file="));
    }
}
