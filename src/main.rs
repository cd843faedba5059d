//! The `quotecheck` command line.

use clap::{Parser, Subcommand, ValueEnum};
use miette::IntoDiagnostic;
use quotecheck::checks::{Checker, Profile, Settings, Severity, RULES};
use quotecheck::eval::benchmark;
use quotecheck::input::read_text;
use quotecheck::lexicon::Lexicon;
use quotecheck::report::check::{render_human as render_check, CheckJson, HumanOptions};
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
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum FailOn {
    Error,
    Warning,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Check a summary against its source article.
    Check {
        /// The source article (`-` for standard input).
        #[arg(long)]
        source: PathBuf,
        /// The summary (`-` for standard input).
        summary: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Lowest severity that makes the exit status 1.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// Colour in the human report (NO_COLOR is respected with auto).
        #[arg(long, value_enum, default_value = "auto")]
        color: Color,
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
    /// List the rules with their default severity.
    Rules,
    /// Print the documentation of a rule.
    Explain {
        /// The rule id (see `quotecheck rules`).
        id: String,
    },
}

fn eval_quotes(file: &Path, format: Format) -> miette::Result<ExitCode> {
    let text = read_text(file)?;
    let scores = quotecheck::eval::quotes::eval_polnear(&text)
        .map_err(|e| miette::miette!("{}: not a PolNeAR-format JSONL file: {e}", file.display()))?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&scores).into_diagnostic()?),
        Format::Human => print!("{}", quotecheck::eval::quotes::render_table(&scores)),
    }
    Ok(ExitCode::SUCCESS)
}

fn eval_benchmarks(
    files: &[PathBuf],
    profile: Profile,
    fail_on: FailOn,
    jobs: usize,
    format: Format,
) -> miette::Result<ExitCode> {
    let settings = Settings::for_profile(profile);
    let mut datasets = std::collections::BTreeMap::new();
    for file in files {
        let text = read_text(file)?;
        let pairs = benchmark::parse_pairs(&text).map_err(|e| {
            miette::miette!(
                help = "each line holds {\"source\", \"summary\", \"label\", ...}",
                "{}: {e}",
                file.display()
            )
        })?;
        let stem = file.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let name = stem.split('.').next().unwrap_or(&stem).to_string();
        datasets.extend(benchmark::eval_pairs(&name, &pairs, &settings, severity(fail_on), jobs));
    }
    match format {
        Format::Json => {
            let json = serde_json::json!({ "datasets": datasets });
            println!("{}", serde_json::to_string_pretty(&json).into_diagnostic()?);
        }
        Format::Human => print!("{}", benchmark::render_table(&datasets)),
    }
    Ok(ExitCode::SUCCESS)
}

fn severity(fail_on: FailOn) -> Severity {
    if fail_on == FailOn::Warning {
        Severity::Warning
    } else {
        Severity::Error
    }
}

fn eval_corpus(dir: &Path, format: Format, verbose: bool) -> miette::Result<ExitCode> {
    let scores = quotecheck::eval::corpus::eval_dir(dir)?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&scores).into_diagnostic()?),
        Format::Human => print!("{}", quotecheck::eval::corpus::render_table(&scores, verbose)),
    }
    Ok(ExitCode::SUCCESS)
}

fn use_color(color: Color) -> bool {
    match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

fn check(source: &Path, summary: &Path, format: Format, fail_on: FailOn, color: Color) -> miette::Result<ExitCode> {
    let source_text = read_text(source)?;
    let summary_text = read_text(summary)?;
    let source_analysis = Analysis::new(source_text);
    let summary_analysis = Analysis::new(summary_text);
    let report = Checker::new(&source_analysis, Lexicon::builtin()).check(&summary_analysis);
    let (src, sum) = (source_analysis.doc.text(), summary_analysis.doc.text());
    match format {
        Format::Json => {
            println!("{}", serde_json::to_string_pretty(&CheckJson::new(&report, src, sum)).into_diagnostic()?);
        }
        Format::Human => {
            let opts = HumanOptions { color: use_color(color), width: 100 };
            let names = (source.display().to_string(), summary.display().to_string());
            print!("{}", render_check(&report, (&names.0, src), (&names.1, sum), opts));
        }
    }
    let failed = report.findings.iter().any(|f| f.severity >= severity(fail_on));
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn run(cli: Cli) -> miette::Result<ExitCode> {
    match cli.command {
        Command::Check { source, summary, format, fail_on, color } => check(&source, &summary, format, fail_on, color),
        Command::Quotes { file, format } => {
            let text = read_text(&file)?;
            let analysis = Analysis::new(text);
            match format {
                Format::Json => {
                    let json = serde_json::to_string_pretty(&QuotesJson::new(&analysis)).into_diagnostic()?;
                    println!("{json}");
                }
                Format::Human => print!("{}", render_human(&analysis, &file.display().to_string())),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { quotes: Some(file), format, .. } => eval_quotes(&file, format),
        Command::Eval { benchmark, profile, fail_on, jobs, format, .. } if !benchmark.is_empty() => {
            eval_benchmarks(&benchmark, profile, fail_on, jobs, format)
        }
        Command::Eval { dir: Some(dir), format, verbose, .. } => eval_corpus(&dir, format, verbose),
        Command::Eval { .. } => Err(miette::miette!(
            help = "pass a corpus directory, --quotes FILE.jsonl or --benchmark FILE.jsonl",
            "nothing to evaluate"
        )),
        Command::Rules => {
            for r in RULES {
                println!("{:<22} {:<8} {}", r.id, r.severity.as_str(), r.summary);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { id } => match quotecheck::checks::rule(&id) {
            Some(r) => {
                println!("{}", r.doc);
                Ok(ExitCode::SUCCESS)
            }
            None => Err(miette::miette!(help = "`quotecheck rules` lists the rule ids", "no rule named `{id}`")),
        },
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(2)
        }
    }
}
