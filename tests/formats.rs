//! The machine formats (`brief`, `github`, `sarif`) on the seed pair (corpus/azerbaijan): the first
//! two kept as insta snapshots, the SARIF log validated against the official SARIF 2.1.0 schema.

use quotecheck::checks::{check, Report, RULES};
use quotecheck::report::brief::render_brief;
use quotecheck::report::github::render_github;
use quotecheck::report::sarif::{render_sarif, FINGERPRINT};
use quotecheck::report::Texts;
use quotecheck::Analysis;
use serde_json::{json, Value};
use std::path::Path;

mod common;
use common::sarif::{errors, sarif_validator};

const SUMMARY: &str = "corpus/azerbaijan/summary.txt";
const SOURCE: &str = "corpus/azerbaijan/source.txt";

struct Seed {
    source: Analysis,
    summary: Analysis,
    report: Report,
}

impl Seed {
    fn new() -> Self {
        let read = |p: &str| std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(p)).unwrap();
        let (source, summary) = (Analysis::new(read(SOURCE)), Analysis::new(read(SUMMARY)));
        let report = check(&source, &summary);
        assert!(!report.findings.is_empty(), "the seed summary has findings");
        Seed { source, summary, report }
    }

    fn texts(&self) -> Texts<'_> {
        Texts {
            summary_path: SUMMARY,
            summary: self.summary.doc.text(),
            source_path: SOURCE,
            source: self.source.doc.text(),
        }
    }
}

fn snapshot(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots/formats"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

#[test]
fn github_annotations_match_snapshot() {
    let seed = Seed::new();
    let out = render_github(&seed.report, &seed.texts());
    assert_eq!(out.lines().count(), seed.report.findings.len());
    for line in out.lines() {
        assert!(line.starts_with("::error file=") || line.starts_with("::warning file="), "{line}");
    }
    snapshot("azerbaijan-github", &out);
}

#[test]
fn brief_lines_match_snapshot() {
    let seed = Seed::new();
    let out = render_brief(&seed.report, &seed.texts());
    assert_eq!(out.lines().count(), seed.report.findings.len());
    snapshot("azerbaijan-brief", &out);
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let seed = Seed::new();
    let log: Value = serde_json::from_str(&render_sarif(&seed.report, &seed.texts())).unwrap();
    let validator = sarif_validator();
    let errs = errors(&validator, &log);
    assert!(errs.is_empty(), "invalid SARIF:\n{}", errs.join("\n"));

    // The validator is known to reject what it should, deep in the document too.
    type Spoil = fn(&mut Value);
    let broken: [(&str, Spoil); 6] = [
        ("wrong version", |v| v["version"] = json!("2.0.0")),
        ("unknown level", |v| v["runs"][0]["results"][0]["level"] = json!("fatal")),
        ("line 0", |v| {
            v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = json!(0)
        }),
        ("no message", |v| {
            v["runs"][0]["results"][0].as_object_mut().unwrap().remove("message");
        }),
        ("unknown column kind", |v| v["runs"][0]["columnKind"] = json!("bytes")),
        ("a schema that is no URI", |v| v["$schema"] = json!("not a URI")),
    ];
    for (what, spoil) in broken {
        let mut doc = log.clone();
        spoil(&mut doc);
        assert!(!validator.is_valid(&doc), "the validator accepted a log with {what}");
    }
}

#[test]
fn sarif_points_where_the_other_formats_do() {
    let seed = Seed::new();
    let texts = seed.texts();
    let log: Value = serde_json::from_str(&render_sarif(&seed.report, &texts)).unwrap();
    let run = &log["runs"][0];
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "quotecheck");
    assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), RULES.len());
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), seed.report.findings.len());

    let brief = render_brief(&seed.report, &texts);
    let summary_lines: Vec<&str> = texts.summary.split('\n').collect();
    let mut fingerprints = std::collections::HashSet::new();
    for (result, line) in results.iter().zip(brief.lines()) {
        let id = result["ruleId"].as_str().unwrap();
        assert_eq!(rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"], id);
        let loc = &result["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], SUMMARY);
        let region = &loc["region"];
        let (l, c) = (region["startLine"].as_u64().unwrap(), region["startColumn"].as_u64().unwrap());
        let level = result["level"].as_str().unwrap();
        assert!(line.starts_with(&format!("{SUMMARY}:{l}:{c}: {level}[{id}] ")), "{line} vs {region}");
        // Counting code points on the line gives back the snippet.
        if region["endLine"] == region["startLine"] {
            let end = region["endColumn"].as_u64().unwrap();
            let text: String =
                summary_lines[l as usize - 1].chars().skip(c as usize - 1).take((end - c) as usize).collect();
            assert_eq!(region["snippet"]["text"], text.as_str());
        }
        for related in result["relatedLocations"].as_array().into_iter().flatten() {
            assert_eq!(related["physicalLocation"]["artifactLocation"]["uri"], SOURCE);
        }
        assert!(fingerprints.insert(result["partialFingerprints"][FINGERPRINT].as_str().unwrap().to_string()));
    }
}
