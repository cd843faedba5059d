//! The `quotecheck` command line.

use clap::{Parser, Subcommand, ValueEnum};
use miette::IntoDiagnostic;
use quotecheck::input::read_text;
use quotecheck::report::quotes::{render_human, QuotesJson};
use quotecheck::Analysis;
use std::path::PathBuf;
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

#[derive(Subcommand)]
enum Command {
    /// List every quotation and reported statement of one text, with its speaker.
    Quotes {
        /// The text file (`-` for standard input).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Measure quotecheck on labelled data.
    Eval {
        /// Score quote and speaker extraction on a PolNeAR-format JSONL file.
        #[arg(long)]
        quotes: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
}

fn eval_quotes(file: &std::path::Path, format: Format) -> miette::Result<ExitCode> {
    let text = read_text(file)?;
    let scores = quotecheck::eval::quotes::eval_polnear(&text)
        .map_err(|e| miette::miette!("{}: not a PolNeAR-format JSONL file: {e}", file.display()))?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&scores).into_diagnostic()?),
        Format::Human => print!("{}", quotecheck::eval::quotes::render_table(&scores)),
    }
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> miette::Result<ExitCode> {
    match cli.command {
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
        Command::Eval { quotes: Some(file), format } => eval_quotes(&file, format),
        Command::Eval { quotes: None, .. } => {
            Err(miette::miette!(help = "pass --quotes FILE.jsonl", "nothing to evaluate"))
        }
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
