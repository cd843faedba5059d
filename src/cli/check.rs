//! `quotecheck check`: summaries against their sources, in every output format.

use super::{severity, use_color, write_stdout, CheckFormat, Color, FailOn};
use miette::IntoDiagnostic;
use quotecheck::baseline::Baseline;
use quotecheck::batch::check_pair;
use quotecheck::checks::Report;
use quotecheck::config::Config;
use quotecheck::input::{read_input, Input};
use quotecheck::report::brief::render_brief;
use quotecheck::report::check::{render_human as render_check, CheckJson, HumanOptions};
use quotecheck::report::github::render_github;
use quotecheck::report::sarif::render_sarif;
use quotecheck::report::Texts;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Options of `check` that shape the output.
pub(crate) struct CheckOptions {
    pub(crate) format: CheckFormat,
    pub(crate) fail_on: FailOn,
    pub(crate) color: Color,
    pub(crate) quiet: bool,
    pub(crate) statistics: bool,
    pub(crate) baseline: Option<PathBuf>,
}

fn statistics(report: &Report) -> String {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for f in &report.findings {
        *counts.entry(f.rule).or_default() += 1;
    }
    counts.iter().map(|(rule, n)| format!("{n:>5}  {rule}\n")).collect()
}

/// The source beside a summary: source.md, source.markdown or source.txt in its folder.
fn source_beside(summary: &Path) -> miette::Result<PathBuf> {
    let dir = summary.parent().unwrap_or(Path::new("."));
    ["source.md", "source.markdown", "source.txt"].iter().map(|n| dir.join(n)).find(|p| p.is_file()).ok_or_else(|| {
        miette::miette!(
            help = "pass --source SOURCE, or keep the article as source.md or source.txt beside the summary",
            "no source for {}: {} holds no source.md or source.txt",
            summary.display(),
            dir.display()
        )
    })
}

/// One checked summary, with what its output needs.
struct Checked {
    report: Report,
    source: (String, Input),
    summary: (String, Input),
}

fn render(c: &Checked, opts: &CheckOptions) -> miette::Result<String> {
    let (src, sum) = (c.source.1.shown.as_str(), c.summary.1.shown.as_str());
    let texts = Texts { summary_path: &c.summary.0, summary: sum, source_path: &c.source.0, source: src };
    Ok(match opts.format {
        CheckFormat::Json => {
            serde_json::to_string_pretty(&CheckJson::new(&c.report, src, sum)).into_diagnostic()? + "\n"
        }
        CheckFormat::Human => {
            let human = HumanOptions { color: use_color(opts.color), width: 100 };
            let text = render_check(&c.report, (&c.source.0, src), (&c.summary.0, sum), human);
            if opts.quiet {
                // The tally is the last line.
                let body = text.trim_end().rsplit_once('\n').map_or("", |(body, _)| body);
                if body.trim().is_empty() {
                    String::new()
                } else {
                    format!("{body}\n")
                }
            } else {
                text
            }
        }
        CheckFormat::Brief => render_brief(&c.report, &texts),
        CheckFormat::Sarif => render_sarif(&c.report, &texts),
        CheckFormat::Github => render_github(&c.report, &texts),
    })
}

/// One SARIF log with the results of every file (the rules are the same in each).
fn merge_sarif(logs: &[String]) -> miette::Result<String> {
    let mut logs = logs
        .iter()
        .map(|l| serde_json::from_str::<serde_json::Value>(l))
        .collect::<Result<Vec<_>, _>>()
        .into_diagnostic()?;
    let Some((first, rest)) = logs.split_first_mut() else { return Ok(String::new()) };
    for log in rest {
        let results = log["runs"][0]["results"].as_array_mut().map(std::mem::take).unwrap_or_default();
        if let Some(all) = first["runs"][0]["results"].as_array_mut() {
            all.extend(results);
        }
    }
    Ok(serde_json::to_string_pretty(first).into_diagnostic()? + "\n")
}

pub(crate) fn check(
    source: Option<&Path>,
    summaries: &[PathBuf],
    config: &Config,
    opts: &CheckOptions,
) -> miette::Result<ExitCode> {
    let lexicon = config.lexicon();
    let lex = &*lexicon;
    let settings = config.settings();
    let baseline = opts.baseline.as_deref().map(Baseline::read).transpose()?;
    let mut checked = Vec::new();
    for summary in summaries {
        let source = match source {
            Some(s) => s.to_path_buf(),
            None => source_beside(summary)?,
        };
        let (source_input, summary_input) = (read_input(&source)?, read_input(summary)?);
        let mut report = check_pair(&source_input, &summary_input, &settings, lex);
        if let Some(b) = &baseline {
            b.filter(&mut report.findings, &summary_input.shown);
        }
        checked.push(Checked {
            report,
            source: (source.display().to_string(), source_input),
            summary: (summary.display().to_string(), summary_input),
        });
    }
    let rendered = checked.iter().map(|c| render(c, opts)).collect::<miette::Result<Vec<_>>>()?;
    let mut out = match opts.format {
        CheckFormat::Sarif => merge_sarif(&rendered)?,
        CheckFormat::Json if checked.len() > 1 => {
            let files: Vec<serde_json::Value> = checked
                .iter()
                .map(|c| {
                    let mut v = serde_json::to_value(CheckJson::new(&c.report, &c.source.1.shown, &c.summary.1.shown))
                        .unwrap_or_default();
                    v["summary_path"] = c.summary.0.clone().into();
                    v["source_path"] = c.source.0.clone().into();
                    v
                })
                .collect();
            serde_json::to_string_pretty(&serde_json::json!({ "files": files })).into_diagnostic()? + "\n"
        }
        _ => rendered.concat(),
    };
    let all = Report {
        findings: checked.iter().flat_map(|c| c.report.findings.iter().cloned()).collect(),
        claims: checked.iter().map(|c| c.report.claims).sum(),
        supported: checked.iter().map(|c| c.report.supported).sum(),
        support: checked.iter().map(|c| c.report.support).fold(1.0, f64::min),
    };
    if opts.statistics {
        let stats = statistics(&all);
        if matches!(opts.format, CheckFormat::Human | CheckFormat::Brief) {
            out.push_str(&stats);
        } else {
            eprint!("{stats}");
        }
    }
    write_stdout(&out)?;
    let failed = all.findings.iter().any(|f| f.severity >= severity(opts.fail_on));
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
