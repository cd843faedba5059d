//! The `quotecheck` command line.

use clap::{Parser, Subcommand, ValueEnum};
use miette::IntoDiagnostic;
use quotecheck::baseline::Baseline;
use quotecheck::batch::{check_pair, BatchOptions};
use quotecheck::checks::Report;
use quotecheck::checks::{Profile, Settings, Severity, RULES};
use quotecheck::config::Config;
use quotecheck::eval::benchmark;
use quotecheck::input::{read_input, read_text, Input};
use quotecheck::lexicon::Lexicon;
use quotecheck::report::brief::render_brief;
use quotecheck::report::check::{render_human as render_check, CheckJson, HumanOptions};
use quotecheck::report::github::render_github;
use quotecheck::report::quotes::{render_human, QuotesJson};
use quotecheck::report::sarif::render_sarif;
use quotecheck::report::Texts;
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

/// Output of `quotes` and `eval`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

/// Output of `check`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum CheckFormat {
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

/// Where the settings come from.
#[derive(clap::Args, Clone)]
struct ConfigArgs {
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
enum Command {
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

fn eval_quotes(file: &Path, format: Format) -> miette::Result<ExitCode> {
    let text = read_text(file)?;
    let scores = quotecheck::eval::quotes::eval_polnear(&text)
        .map_err(|e| miette::miette!("{}: not a PolNeAR-format JSONL file: {e}", file.display()))?;
    match format {
        Format::Json => write_stdout(&(serde_json::to_string_pretty(&scores).into_diagnostic()? + "\n"))?,
        Format::Human => write_stdout(&quotecheck::eval::quotes::render_table(&scores))?,
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
            write_stdout(&(serde_json::to_string_pretty(&json).into_diagnostic()? + "\n"))?;
        }
        Format::Human => write_stdout(&benchmark::render_table(&datasets))?,
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
        Format::Json => write_stdout(&(serde_json::to_string_pretty(&scores).into_diagnostic()? + "\n"))?,
        Format::Human => write_stdout(&quotecheck::eval::corpus::render_table(&scores, verbose))?,
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

/// Options of `check` that shape the output.
struct CheckOptions {
    format: CheckFormat,
    fail_on: FailOn,
    color: Color,
    quiet: bool,
    statistics: bool,
    baseline: Option<PathBuf>,
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

fn check(
    source: Option<&Path>,
    summaries: &[PathBuf],
    config: &Config,
    opts: &CheckOptions,
) -> miette::Result<ExitCode> {
    let lexicon = config.extends_lexicon().then(|| config.lexicon());
    let lex = lexicon.as_ref().unwrap_or_else(|| Lexicon::builtin());
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

/// Writes to standard output; a closed pipe (`| head`) ends the output quietly.
fn write_stdout(text: &str) -> miette::Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e).into_diagnostic(),
        _ => Ok(()),
    }
}

fn batch(
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
    let lexicon = config.extends_lexicon().then(|| config.lexicon());
    let lex = lexicon.as_ref().unwrap_or_else(|| Lexicon::builtin());
    let settings = config.settings();
    let base = if pairs.as_os_str() == "-" { Path::new(".") } else { pairs.parent().unwrap_or(Path::new(".")) };
    let opts = BatchOptions { settings: &settings, lex, fail_on: severity(fail_on), base };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build().into_diagnostic()?;
    let summary = pool
        .install(|| quotecheck::batch::run(reader, writer, &opts, |n| bar.inc(n)))
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

fn run(cli: Cli) -> miette::Result<ExitCode> {
    match cli.command {
        Command::Check { source, summary, format, fail_on, color, config, quiet, statistics, baseline } => {
            let config = config.load(&summary[0])?;
            let opts = CheckOptions { format, fail_on, color, quiet, statistics, baseline };
            check(source.as_deref(), &summary, &config, &opts)
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
        Command::Eval { quotes: Some(file), format, .. } => eval_quotes(&file, format),
        Command::Eval { benchmark, profile, fail_on, jobs, format, .. } if !benchmark.is_empty() => {
            eval_benchmarks(&benchmark, profile, fail_on, jobs, format)
        }
        Command::Eval { dir: Some(dir), format, verbose, jobs, .. } => {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build().into_diagnostic()?;
            pool.install(|| eval_corpus(&dir, format, verbose))
        }
        Command::Eval { .. } => Err(miette::miette!(
            help = "pass a corpus directory, --quotes FILE.jsonl or --benchmark FILE.jsonl",
            "nothing to evaluate"
        )),
        Command::Batch { pairs, output, jobs, fail_on, config } => {
            let config = config.load(&pairs)?;
            batch(&pairs, output.as_deref(), jobs, fail_on, &config)
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
