//! `quotecheck eval`: the corpus, PolNeAR quotes and the factual-consistency benchmarks.

use super::{severity, write_stdout, FailOn, Format};
use miette::IntoDiagnostic;
use quotecheck::checks::{Profile, Settings};
use quotecheck::eval::benchmark;
use quotecheck::input::read_text;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub(crate) fn eval_quotes(file: &Path, format: Format) -> miette::Result<ExitCode> {
    let text = read_text(file)?;
    let scores = quotecheck::eval::quotes::eval_polnear(&text)
        .map_err(|e| miette::miette!("{}: not a PolNeAR-format JSONL file: {e}", file.display()))?;
    match format {
        Format::Json => write_stdout(&(serde_json::to_string_pretty(&scores).into_diagnostic()? + "\n"))?,
        Format::Human => write_stdout(&quotecheck::eval::quotes::render_table(&scores))?,
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn eval_benchmarks(
    files: &[PathBuf],
    profile: Profile,
    fail_on: FailOn,
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
        datasets.extend(benchmark::eval_pairs(&name, &pairs, &settings, severity(fail_on)));
    }
    match format {
        Format::Json => {
            let json = serde_json::json!({ "datasets": datasets });
            write_stdout(&(serde_json::to_string_pretty(&json).into_diagnostic()? + "\n"))?;
        }
        Format::Human => write_stdout(&benchmark::render_table(&datasets))?,
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn eval_corpus(dir: &Path, format: Format, verbose: bool) -> miette::Result<ExitCode> {
    let scores = quotecheck::eval::corpus::eval_dir(dir)?;
    match format {
        Format::Json => write_stdout(&(serde_json::to_string_pretty(&scores).into_diagnostic()? + "\n"))?,
        Format::Human => write_stdout(&quotecheck::eval::corpus::render_table(&scores, verbose))?,
    }
    Ok(ExitCode::SUCCESS)
}
