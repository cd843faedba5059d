//! `quotecheck batch`: many pairs on all cores, with a progress bar and a closing table.

use super::{in_pool, severity, FailOn};
use quotecheck::batch::BatchOptions;
use quotecheck::config::Config;
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn batch(
    pairs: &Path,
    output: Option<&Path>,
    jobs: usize,
    fail_on: FailOn,
    config: &Config,
) -> miette::Result<ExitCode> {
    use std::io::BufReader;
    let unreadable = |e: std::io::Error| miette::miette!("cannot read {}: {e}", pairs.display());
    let (reader, size): (Box<dyn std::io::BufRead + Send>, Option<u64>) = if pairs.as_os_str() == "-" {
        (Box::new(BufReader::new(std::io::stdin())), None)
    } else {
        let file = std::fs::File::open(pairs).map_err(unreadable)?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(BufReader::new(file)), size)
    };
    let writer: Box<dyn std::io::Write + Send> = match output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(|e| miette::miette!("cannot write {}: {e}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    let bar = if std::io::stderr().is_terminal() {
        let bar = size.map_or_else(indicatif::ProgressBar::new_spinner, indicatif::ProgressBar::new);
        let style = indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {elapsed} (eta {eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        bar.set_style(style);
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let lex = config.lexicon();
    let settings = config.settings();
    let base = if pairs.as_os_str() == "-" { Path::new(".") } else { pairs.parent().unwrap_or(Path::new(".")) };
    let opts = BatchOptions { settings: &settings, lex: &lex, fail_on: severity(fail_on), base };
    let summary = in_pool(jobs, || quotecheck::batch::run(reader, writer, &opts, |n| bar.inc(n)))?
        .map_err(|e| miette::miette!("batch output failed: {e}"))?;
    bar.finish_and_clear();
    eprint!("{}", summary.render(severity(fail_on)));
    Ok(if summary.bad_lines > 0 {
        ExitCode::from(2)
    } else if summary.failing_pairs > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
