//! The command line: arguments, dispatch and the output helpers the commands share.

mod batch;
mod check;
mod eval;

use clap::{Parser, Subcommand, ValueEnum};
use miette::IntoDiagnostic;
use quotecheck::checks::{Profile, Severity, RULES};
use quotecheck::config::Config;
use quotecheck::input::read_text;
use quotecheck::report::quotes::{render_human, QuotesJson};
use quotecheck::Analysis;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "quotecheck",
    version,
    about = "Checks a summary against its source: misquotes, misattributions, unsupported claims"
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Output of `quotes` and `eval`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum Format {
    Human,
    Json,
}

/// Output of `check`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum CheckFormat {
    /// miette's graphical report.
    Human,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Brief,
    /// quotecheck's JSON report (also the `--baseline` format).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub workflow-command annotations.
    Github,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum FailOn {
    Error,
    Warning,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum Color {
    Auto,
    Always,
    Never,
}

/// Where the settings come from.
#[derive(clap::Args, Clone)]
pub(crate) struct ConfigArgs {
    /// The configuration file (default: the nearest quotecheck.toml above the summary).
    #[arg(long, conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore any quotecheck.toml.
    #[arg(long)]
    no_config: bool,
    /// Start from this profile instead of the configuration's.
    #[arg(long, value_enum)]
    profile: Option<Profile>,
}

impl ConfigArgs {
    /// The configuration that applies to a summary at `near`.
    fn load(&self, near: &Path) -> miette::Result<Config> {
        let path = match (&self.config, self.no_config) {
            (Some(p), _) => Some(p.clone()),
            (None, true) => None,
            (None, false) => {
                let dir =
                    if near.as_os_str() == "-" { Path::new(".") } else { near.parent().unwrap_or(Path::new(".")) };
                Config::find(dir)
            }
        };
        let mut config = match path {
            Some(p) => Config::read(&p)?,
            None => Config::default(),
        };
        if let Some(profile) = self.profile {
            config.profile = profile;
        }
        Ok(config)
    }
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Check a summary against its source article.
    Check {
        /// The source article (`-` for standard input). Without it, each summary's source is the
        /// source.md or source.txt in the summary's folder.
        #[arg(long)]
        source: Option<PathBuf>,
        /// The summaries (`-` for standard input). Files ending in .md are read as Markdown.
        #[arg(required = true)]
        summary: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: CheckFormat,
        /// Lowest severity that makes the exit status 1.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// Colour in the human report (NO_COLOR is respected with auto).
        #[arg(long, value_enum, default_value = "auto")]
        color: Color,
        #[command(flatten)]
        config: ConfigArgs,
        /// Print the findings only (no tally or closing line).
        #[arg(long, short)]
        quiet: bool,
        /// Print the number of findings per rule (to standard error for json, sarif and github).
        #[arg(long)]
        statistics: bool,
        /// A JSON report saved earlier: findings already in it (same rule, same text) are not reported.
        #[arg(long)]
        baseline: Option<PathBuf>,
    },
    /// List every quotation and reported statement of one text, with its speaker.
    Quotes {
        /// The text file (`-` for standard input).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Measure quotecheck on labelled data: a corpus directory of cases, or quotes in PolNeAR format.
    Eval {
        /// A directory of cases (`DIR/<case>/{source.txt, summary.txt, expected.json}`).
        dir: Option<PathBuf>,
        /// Score quote and speaker extraction on a PolNeAR-format JSONL file.
        #[arg(long)]
        quotes: Option<PathBuf>,
        /// Score summary support on factual-consistency benchmark files (JSONL; repeatable).
        #[arg(long)]
        benchmark: Vec<PathBuf>,
        /// With --benchmark: lowest severity that judges a summary inconsistent.
        #[arg(long, value_enum, default_value = "warning")]
        fail_on: FailOn,
        /// Worker threads (0: all cores).
        #[arg(long, default_value_t = 0)]
        jobs: usize,
        /// With --benchmark: the settings profile the pairs are checked with.
        #[arg(long, value_enum, default_value = "consistency")]
        profile: Profile,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// List every missed finding, false positive and false alarm.
        #[arg(long)]
        verbose: bool,
    },
    /// Check many pairs from a JSONL file (`{"id", "source", "summary"}` or `source_path`/`summary_path`
    /// per line) on all cores; one JSON result per line, in input order.
    Batch {
        /// The pairs (`-` for standard input).
        pairs: PathBuf,
        /// Write the results here instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Worker threads (0: all cores).
        #[arg(long, default_value_t = 0)]
        jobs: usize,
        /// Lowest severity that makes a pair failing (and the exit status 1).
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// List the rules with their severity (as the configuration sets it) and summary.
    Rules {
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Print the documentation of a rule.
    Explain {
        /// The rule id (see `quotecheck rules`).
        id: String,
    },
}

pub(crate) fn severity(fail_on: FailOn) -> Severity {
    if fail_on == FailOn::Warning {
        Severity::Warning
    } else {
        Severity::Error
    }
}

pub(crate) fn use_color(color: Color) -> bool {
    match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Writes to standard output; a closed pipe (`| head`) ends the output quietly.
pub(crate) fn write_stdout(text: &str) -> miette::Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e).into_diagnostic(),
        _ => Ok(()),
    }
}

/// Runs `work` on a pool of `jobs` threads (0: all cores).
pub(crate) fn in_pool<T: Send>(jobs: usize, work: impl FnOnce() -> T + Send) -> miette::Result<T> {
    Ok(rayon::ThreadPoolBuilder::new().num_threads(jobs).build().into_diagnostic()?.install(work))
}

/// Runs one command.
pub(crate) fn run(cli: Cli) -> miette::Result<ExitCode> {
    match cli.command {
        Command::Check { source, summary, format, fail_on, color, config, quiet, statistics, baseline } => {
            let config = config.load(&summary[0])?;
            let opts = check::CheckOptions { format, fail_on, color, quiet, statistics, baseline };
            check::check(source.as_deref(), &summary, &config, &opts)
        }
        Command::Quotes { file, format } => {
            let text = read_text(&file)?;
            let analysis = Analysis::new(text);
            match format {
                Format::Json => {
                    let json = serde_json::to_string_pretty(&QuotesJson::new(&analysis)).into_diagnostic()?;
                    write_stdout(&(json + "\n"))?;
                }
                Format::Human => write_stdout(&render_human(&analysis, &file.display().to_string()))?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { quotes: Some(file), format, .. } => eval::eval_quotes(&file, format),
        Command::Eval { benchmark, profile, fail_on, jobs, format, .. } if !benchmark.is_empty() => {
            in_pool(jobs, || eval::eval_benchmarks(&benchmark, profile, fail_on, format))?
        }
        Command::Eval { dir: Some(dir), format, verbose, jobs, .. } => {
            in_pool(jobs, || eval::eval_corpus(&dir, format, verbose))?
        }
        Command::Eval { .. } => Err(miette::miette!(
            help = "pass a corpus directory, --quotes FILE.jsonl or --benchmark FILE.jsonl",
            "nothing to evaluate"
        )),
        Command::Batch { pairs, output, jobs, fail_on, config } => {
            let config = config.load(&pairs)?;
            batch::batch(&pairs, output.as_deref(), jobs, fail_on, &config)
        }
        Command::Rules { config } => {
            let settings = config.load(Path::new("./-"))?.settings();
            let level = |r| settings.severity(r).map_or("off", Severity::as_str);
            let lines: String = RULES.iter().map(|r| format!("{:<22} {:<8} {}\n", r.id, level(r), r.summary)).collect();
            write_stdout(&lines)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { id } => match quotecheck::checks::rule(&id) {
            Some(r) => {
                write_stdout(&format!("{}\n", r.doc))?;
                Ok(ExitCode::SUCCESS)
            }
            None => Err(miette::miette!(help = "`quotecheck rules` lists the rule ids", "no rule named `{id}`")),
        },
    }
}
