//! The editorial workflow as the README shows it: a newsroom archive of Markdown stories, the
//! GitHub Actions job's `run:` lines, the pre-commit hook's `entry`, configuration, suppression,
//! baseline and batch mode, all through the real binary.

mod common;

use common::sarif::{errors, sarif_validator};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_quotecheck");

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A temporary archive: stories/seed (the seed pair, as Markdown) and stories/flag (a faithful one).
fn archive(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quotecheck-workflow-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (story, case) in [("seed", "azerbaijan"), ("flag", "nz-flag-faithful")] {
        let d = dir.join("stories").join(story);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::copy(repo(&format!("corpus/{case}/source.txt")), d.join("source.txt")).unwrap();
        let summary = std::fs::read_to_string(repo(&format!("corpus/{case}/summary.txt"))).unwrap();
        std::fs::write(d.join("summary.md"), format!("---\nauthor: desk\n---\n{summary}")).unwrap();
    }
    dir
}

fn sh(dir: &Path, line: &str) -> Output {
    let line = line.replacen("quotecheck", BIN, 1);
    Command::new("sh").arg("-c").arg(&line).current_dir(dir).output().unwrap()
}

/// The `run:` lines of the README's GitHub Actions job that call quotecheck.
fn readme_run_lines() -> Vec<String> {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let job = readme.split("```yaml").find(|b| b.contains("jobs:")).expect("a workflow in the README");
    let job = job.split("```").next().unwrap();
    job.lines()
        .filter_map(|l| l.trim().strip_prefix("- run: "))
        .filter(|l| l.starts_with("quotecheck "))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_readme_github_job_runs() {
    let dir = archive("github");
    let lines = readme_run_lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    let sarif = sh(&dir, &lines[0]);
    assert!(sarif.status.success(), "{}", String::from_utf8_lossy(&sarif.stderr));
    let log: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("quotecheck.sarif")).unwrap()).unwrap();
    let errs = errors(&sarif_validator(), &log);
    assert!(errs.is_empty(), "invalid SARIF:\n{}", errs.join("\n"));
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results.len() >= 5);
    assert!(results.iter().all(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("seed/summary.md")));

    let github = sh(&dir, &lines[1]);
    assert_eq!(github.status.code(), Some(1), "the seed story has errors");
    let text = String::from_utf8_lossy(&github.stdout);
    assert!(text.lines().all(|l| l.starts_with("::error file=") || l.starts_with("::warning file=")), "{text}");
    // Front matter is skipped and lines still count from the file's top.
    assert!(!text.contains("line=1,"), "{text}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_pre_commit_hook_entry_runs_on_matching_files() {
    let hooks = std::fs::read_to_string(repo(".pre-commit-hooks.yaml")).unwrap();
    let field =
        |key: &str| hooks.lines().find_map(|l| l.trim().strip_prefix(&format!("{key}: "))).map(str::to_string).unwrap();
    let (entry, files) = (field("entry"), field("files"));
    assert_eq!(field("language"), "rust");
    let dir = archive("hook");
    // pre-commit passes the staged files that match `files` (a regex): here, both summaries.
    let staged = ["stories/seed/summary.md", "stories/flag/summary.md", "stories/flag/source.txt"];
    let matching: Vec<&str> = staged.iter().copied().filter(|f| f.ends_with("summary.md")).collect();
    assert!(files.contains("summary") && files.contains("md"), "{files}");
    let out = sh(&dir, &format!("{entry} {}", matching.join(" ")));
    assert_eq!(out.status.code(), Some(1), "the seed story blocks the commit");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().all(|l| l.starts_with("stories/seed/summary.md:")), "{text}");
    let clean = sh(&dir, &format!("{entry} stories/flag/summary.md"));
    assert_eq!(clean.status.code(), Some(0), "{}", String::from_utf8_lossy(&clean.stdout));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn configuration_suppression_and_baseline() {
    let dir = archive("config");
    let brief = |extra: &str| sh(&dir, &format!("quotecheck check --format brief stories/seed/summary.md {extra}"));
    let before = brief("");
    let n = String::from_utf8_lossy(&before.stdout).lines().count();
    assert!(String::from_utf8_lossy(&before.stdout).contains("[unsupported-claim]"));

    // A rule turned off in quotecheck.toml (found above the summary's folder).
    std::fs::write(dir.join("quotecheck.toml"), "[rules]\nunsupported-claim = \"off\"\n").unwrap();
    let off = brief("");
    assert!(!String::from_utf8_lossy(&off.stdout).contains("[unsupported-claim]"));
    assert_eq!(brief("--no-config").stdout, before.stdout);

    // An unknown key: exit 2, with the file, line and column.
    std::fs::write(dir.join("quotecheck.toml"), "[rules]\nunsupported-claim = \"off\"\nthreshold = 2\n").unwrap();
    let bad = brief("");
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("quotecheck.toml:3:1"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    std::fs::remove_file(dir.join("quotecheck.toml")).unwrap();

    // A suppression comment before a line silences its findings.
    let summary_path = dir.join("stories/seed/summary.md");
    let summary = std::fs::read_to_string(&summary_path).unwrap();
    let first = String::from_utf8_lossy(&before.stdout).lines().next().unwrap().to_string();
    let line: usize = first.split(':').nth(1).unwrap().parse().unwrap();
    let mut lines: Vec<&str> = summary.lines().collect();
    lines.insert(line - 1, "<!-- quotecheck-disable-next-line -->\n");
    std::fs::write(&summary_path, lines.join("\n")).unwrap();
    let suppressed = brief("");
    let after: Vec<String> = String::from_utf8_lossy(&suppressed.stdout).lines().map(str::to_string).collect();
    assert!(after.len() < n, "{after:?}");
    std::fs::write(&summary_path, &summary).unwrap();

    // A baseline saved now absorbs every finding; a new problem still shows.
    let json = sh(&dir, "quotecheck check --format json stories/seed/summary.md > baseline.json");
    assert_eq!(json.status.code(), Some(1));
    let base = brief("--baseline baseline.json");
    assert_eq!(base.status.code(), Some(0));
    assert!(base.stdout.is_empty(), "{}", String::from_utf8_lossy(&base.stdout));
    std::fs::write(&summary_path, format!("{summary}\nThe talks were held on 3 May 1987.\n")).unwrap();
    let new = brief("--baseline baseline.json");
    let text = String::from_utf8_lossy(&new.stdout);
    let written = std::fs::read_to_string(&summary_path).unwrap();
    let new_line = written.lines().position(|l| l.contains("1987")).unwrap() + 1;
    assert!(text.lines().all(|l| l.starts_with(&format!("stories/seed/summary.md:{new_line}:"))), "{text}");
    assert!(text.contains("warning[date-mismatch] the source never gives the year 1987"), "{text}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn batch_writes_one_result_per_line_in_order() {
    let dir = archive("batch");
    let lines = [
        serde_json::json!({"id": "seed", "source_path": "stories/seed/source.txt", "summary_path": "stories/seed/summary.md"}),
        serde_json::json!({"id": "inline", "source": "The budget is 40 million euros.", "summary": "The budget is 40 million euros."}),
        serde_json::json!({"id": "missing", "source_path": "stories/none/source.txt", "summary": "Hello."}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect::<String>() + "{broken\n";
    std::fs::write(dir.join("pairs.jsonl"), input).unwrap();
    let out = sh(&dir, "quotecheck batch pairs.jsonl --jobs 2 --output results.jsonl");
    assert_eq!(out.status.code(), Some(2), "bad lines make the status 2");
    let table = String::from_utf8_lossy(&out.stderr);
    assert!(table.contains("2 pairs") && table.contains("2 bad lines"), "{table}");
    let results: Vec<serde_json::Value> = std::fs::read_to_string(dir.join("results.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&serde_json::Value> = results.iter().map(|r| &r["id"]).collect();
    assert_eq!(
        ids,
        [
            &serde_json::json!("seed"),
            &serde_json::json!("inline"),
            &serde_json::json!("missing"),
            &serde_json::Value::Null
        ]
    );
    assert!(!results[0]["findings"].as_array().unwrap().is_empty());
    assert!(results[1]["findings"].as_array().unwrap().is_empty());
    assert!(results[2]["error"].as_str().unwrap().contains("cannot read"));
    assert_eq!(results[3]["line"], 4);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn batch_results_do_not_depend_on_the_number_of_threads() {
    let dir = archive("jobs");
    let mut input = String::new();
    for case in ["azerbaijan", "nz-flag-faithful", "taipei-lantern-llm", "bush-canada-llm"] {
        for _ in 0..3 {
            let line = serde_json::json!({"id": case, "source_path": repo(&format!("corpus/{case}/source.txt")), "summary_path": repo(&format!("corpus/{case}/summary.txt"))});
            input.push_str(&format!("{line}\n"));
        }
    }
    std::fs::write(dir.join("pairs.jsonl"), input).unwrap();
    let one = sh(&dir, "quotecheck batch pairs.jsonl --jobs 1");
    let two = sh(&dir, "quotecheck batch pairs.jsonl --jobs 2");
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(String::from_utf8_lossy(&one.stdout).lines().count(), 12);
    std::fs::remove_dir_all(&dir).ok();
}
