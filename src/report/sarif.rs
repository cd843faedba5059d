//! `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers.
//!
//! One run, whose `tool.driver.rules` are all of [`RULES`] (so `ruleIndex` is a finding's rule's
//! position there) and whose `results` are the findings in [`ordered`] order. Each result points
//! at the summary (`locations`) and at the source evidence (`relatedLocations`, linked from the
//! message as `[line N](id)`); its message carries the speakers, the note and an excerpt of the
//! evidence, since GitHub shows only the message.
//!
//! Regions are 1-based; columns count Unicode code points, which the run declares with
//! `columnKind: "unicodeCodePoints"` (SARIF's other choice, UTF-16 code units, is what editors on
//! Windows count); `endColumn` is the column just past the last character. Relative paths become
//! relative URIs with forward slashes under `%SRCROOT%`; absolute ones become `file://` URIs.
//!
//! `partialFingerprints["quotecheckTextHash/v1"]` hashes the rule id and the summary text the
//! finding points at (white space collapsed), not its offsets, so an alert keeps its identity when
//! the summary changes elsewhere; a repeat of the same rule on the same text gets `:2`, `:3`…

use super::{describe, forward_slashes, ordered, Region, Texts};
use crate::checks::{Report, Severity, RULES};
use crate::text::Span;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The schema URI the log declares (the OASIS standard's, errata 01).
pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The name of the fingerprint in `partialFingerprints`.
pub const FINGERPRINT: &str = "quotecheckTextHash/v1";

/// A SARIF log (the top-level object).
#[derive(Debug, Serialize)]
pub struct SarifLog<'a> {
    /// The schema URI.
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    /// Always "2.1.0".
    pub version: &'static str,
    /// One run.
    pub runs: Vec<Run<'a>>,
}

/// One run of quotecheck.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run<'a> {
    /// The tool and its rules.
    pub tool: Tool,
    /// "unicodeCodePoints": the unit of every column.
    pub column_kind: &'static str,
    /// The findings.
    pub results: Vec<SarifResult<'a>>,
}

/// `tool`.
#[derive(Debug, Serialize)]
pub struct Tool {
    /// `tool.driver`.
    pub driver: Driver,
}

/// `tool.driver`: quotecheck and its rules.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    /// "quotecheck".
    pub name: &'static str,
    /// The crate's version.
    pub version: &'static str,
    /// The crate's repository, when Cargo.toml names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub information_uri: Option<&'static str>,
    /// Every rule, in [`RULES`] order.
    pub rules: Vec<RuleDescriptor>,
}

/// A rule (`reportingDescriptor`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleDescriptor {
    /// The rule id.
    pub id: &'static str,
    /// The id in PascalCase (`misattributed-quote` → `MisattributedQuote`).
    pub name: String,
    /// The one-line summary.
    pub short_description: Text,
    /// The documentation.
    pub full_description: Text,
    /// The documentation again: GitHub shows `help` with an alert.
    pub help: Text,
    /// The default level.
    pub default_configuration: Configuration,
}

/// A `message` or `multiformatMessageString` with plain text only.
#[derive(Debug, Serialize)]
pub struct Text {
    /// The text.
    pub text: String,
}

/// `defaultConfiguration`.
#[derive(Debug, Serialize)]
pub struct Configuration {
    /// "error" or "warning".
    pub level: &'static str,
}

/// One finding.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult<'a> {
    /// The rule id.
    pub rule_id: &'static str,
    /// The rule's position in `tool.driver.rules`.
    pub rule_index: usize,
    /// "error" or "warning".
    pub level: &'static str,
    /// What is wrong, with the speakers, note and evidence.
    pub message: Text,
    /// The summary span.
    pub locations: Vec<Location<'a>>,
    /// The source evidence, ids from 1.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<Location<'a>>,
    /// [`FINGERPRINT`] → hash.
    pub partial_fingerprints: BTreeMap<&'static str, String>,
    /// The rule's score.
    pub properties: Properties,
}

/// `result.properties`.
#[derive(Debug, Serialize)]
pub struct Properties {
    /// How sure the rule is, or the similarity it measured (0–1, three decimals).
    pub score: f64,
}

/// A location (`location`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location<'a> {
    /// The id a message links to (related locations only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<usize>,
    /// File and region.
    pub physical_location: PhysicalLocation<'a>,
    /// What the location is (related locations only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Text>,
}

/// `physicalLocation`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation<'a> {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// Where in it.
    pub region: SarifRegion<'a>,
}

/// `artifactLocation`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    /// A relative URI reference with forward slashes, or a `file://` URI for an absolute path.
    pub uri: String,
    /// "%SRCROOT%" for a relative `uri`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<&'static str>,
}

/// `region`: 1-based lines, code-point columns, exclusive end column.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifRegion<'a> {
    /// First line.
    pub start_line: usize,
    /// First column.
    pub start_column: usize,
    /// Last line.
    pub end_line: usize,
    /// Column just past the last character.
    pub end_column: usize,
    /// The text of the region.
    pub snippet: Snippet<'a>,
}

/// `artifactContent` with text.
#[derive(Debug, Serialize)]
pub struct Snippet<'a> {
    /// The text.
    pub text: &'a str,
}

impl<'a> SarifLog<'a> {
    /// The SARIF log of a report.
    pub fn new(report: &Report, texts: &Texts<'a>) -> Self {
        let rules = RULES
            .iter()
            .map(|r| RuleDescriptor {
                id: r.id,
                name: pascal_case(r.id),
                short_description: Text { text: r.summary.to_string() },
                full_description: Text { text: r.doc.to_string() },
                help: Text { text: r.doc.to_string() },
                default_configuration: Configuration { level: level(r.severity) },
            })
            .collect();
        let driver = Driver {
            name: "quotecheck",
            version: env!("CARGO_PKG_VERSION"),
            information_uri: Some(env!("CARGO_PKG_REPOSITORY")).filter(|u| !u.is_empty()),
            rules,
        };
        let summary_uri = artifact_location(texts.summary_path);
        let mut occurrences: HashMap<String, usize> = HashMap::new();
        let results = ordered(report)
            .into_iter()
            .map(|f| {
                let rule_index = RULES.iter().position(|r| r.id == f.rule).unwrap_or(0);
                let related_locations: Vec<Location<'a>> = f
                    .evidence
                    .iter()
                    .enumerate()
                    .map(|(i, &span)| Location {
                        id: Some(i + 1),
                        physical_location: physical_location(texts.source_path, texts.source, span),
                        message: Some(Text { text: "source evidence".into() }),
                    })
                    .collect();
                // The first evidence is related location 1: the message links to it.
                let lines = describe(f, texts, |line| format!("Source [line {line}](1)"));
                let link = lines.len() - 1;
                let text = lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| if i == link && !f.evidence.is_empty() { escape_link_line(l) } else { escape(l) })
                    .collect::<Vec<_>>()
                    .join("\n");
                let hash = fingerprint(f.rule, f.summary_span.slice(texts.summary));
                let n = occurrences.entry(hash.clone()).or_default();
                *n += 1;
                SarifResult {
                    rule_id: f.rule,
                    rule_index,
                    level: level(f.severity),
                    message: Text { text },
                    locations: vec![Location {
                        id: None,
                        physical_location: PhysicalLocation {
                            artifact_location: summary_uri.clone(),
                            region: region(texts.summary, f.summary_span),
                        },
                        message: None,
                    }],
                    related_locations,
                    partial_fingerprints: BTreeMap::from([(FINGERPRINT, format!("{hash}:{n}"))]),
                    properties: Properties { score: (f.score * 1000.0).round() / 1000.0 },
                }
            })
            .collect();
        SarifLog {
            schema: SARIF_SCHEMA,
            version: "2.1.0",
            runs: vec![Run { tool: Tool { driver }, column_kind: "unicodeCodePoints", results }],
        }
    }
}

/// Renders a report as a pretty-printed SARIF 2.1.0 log, ending in `\n`.
pub fn render_sarif(report: &Report, texts: &Texts) -> String {
    let mut out = serde_json::to_string_pretty(&SarifLog::new(report, texts)).expect("a SARIF log serialises");
    out.push('\n');
    out
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn pascal_case(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|first| first.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

fn region<'a>(text: &'a str, span: Span) -> SarifRegion<'a> {
    let r = Region::new(text, span);
    SarifRegion {
        start_line: r.start_line,
        start_column: r.start_column,
        end_line: r.end_line,
        end_column: r.end_column,
        snippet: Snippet { text: span.slice(text) },
    }
}

fn physical_location<'a>(path: &str, text: &'a str, span: Span) -> PhysicalLocation<'a> {
    PhysicalLocation { artifact_location: artifact_location(path), region: region(text, span) }
}

/// A path as a SARIF artifact location: forward slashes, percent-encoded; relative paths under
/// `%SRCROOT%`, absolute ones (`/x`, `C:/x`) as `file://` URIs.
fn artifact_location(path: &str) -> ArtifactLocation {
    let path = forward_slashes(path);
    let bytes = path.as_bytes();
    let drive = bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    if drive {
        return ArtifactLocation {
            uri: format!("file:///{}:{}", &path[..1], percent_encode(&path[2..])),
            uri_base_id: None,
        };
    }
    if path.starts_with('/') {
        return ArtifactLocation { uri: format!("file://{}", percent_encode(&path)), uri_base_id: None };
    }
    ArtifactLocation { uri: percent_encode(&path), uri_base_id: Some("%SRCROOT%") }
}

/// Percent-encodes every byte but unreserved characters, `/` and the sub-delimiters (RFC 3986);
/// `:` is encoded too, so a relative reference never looks like a scheme.
fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Escapes what SARIF message text treats as markup: `\`, `[` and `]` (§3.11.5).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes the evidence line but its leading `Source [line N](1)` link.
fn escape_link_line(line: &str) -> String {
    match line.find("](1)") {
        Some(i) => format!("{}{}", &line[..i + 4], escape(&line[i + 4..])),
        None => escape(line),
    }
}

/// FNV-1a (64 bits) of the rule id and the finding's text with white space collapsed, in hex:
/// stable across platforms and Rust releases, unlike `std`'s hasher.
fn fingerprint(rule: &str, text: &str) -> String {
    let normalised = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in rule.bytes().chain([0]).chain(normalised.bytes()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::test_support::{finding_on, report};

    #[test]
    fn regions_count_code_points_with_an_exclusive_end() {
        let summary = "Überschrift\n“Wir schaffen das”, sagte Zoë — 😀 ok.\n";
        let source = "Zeile eins.\nZoë sagte: „Wir schaffen das.“\n";
        let mut f = finding_on(summary, "Zoë", "misattributed-quote", Severity::Error, "Not [Zoë].");
        let e = source.find("„Wir").unwrap();
        f.evidence = vec![Span::new(e, source.len() - 1)];
        let texts = Texts { summary_path: r"cases\ä b\summary.txt", summary, source_path: "/abs/source.txt", source };
        let v = serde_json::to_value(SarifLog::new(&report(vec![f]), &texts)).unwrap();
        let result = &v["runs"][0]["results"][0];
        let loc = &result["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "cases/%C3%A4%20b/summary.txt");
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        let region = &loc["region"];
        assert_eq!((&region["startLine"], &region["startColumn"]), (&2.into(), &27.into()));
        assert_eq!((&region["endLine"], &region["endColumn"]), (&2.into(), &30.into()));
        assert_eq!(region["snippet"]["text"], "Zoë");
        let related = &result["relatedLocations"][0];
        assert_eq!(related["id"], 1);
        assert_eq!(related["physicalLocation"]["artifactLocation"]["uri"], "file:///abs/source.txt");
        let region = &related["physicalLocation"]["region"];
        assert_eq!((&region["startLine"], &region["startColumn"]), (&2.into(), &12.into()));
        assert_eq!((&region["endLine"], &region["endColumn"]), (&2.into(), &31.into()));
        assert_eq!(
            result["message"]["text"], "Not \\[Zoë\\].\nSource [line 2](1): „Wir schaffen das.“",
            "brackets escaped, the evidence linked"
        );
        assert_eq!(v["runs"][0]["columnKind"], "unicodeCodePoints");
        assert_eq!(result["ruleIndex"], 2);
        assert_eq!(v["runs"][0]["tool"]["driver"]["rules"][2]["name"], "MisattributedQuote");
    }

    #[test]
    fn fingerprints_follow_the_text_not_the_offsets() {
        let a = "Intro.\nHe said “no”.";
        let b = "A longer intro,\nreflowed.\n\nHe said “no”.";
        let print = |summary: &str| {
            let texts = Texts { summary_path: "s.txt", summary, source_path: "src.txt", source: "" };
            let r = report(vec![finding_on(summary, "“no”", "fabricated-quote", Severity::Error, "m")]);
            let v = serde_json::to_value(SarifLog::new(&r, &texts)).unwrap();
            v["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT].as_str().unwrap().to_string()
        };
        assert_eq!(print(a), print(b));
        assert!(print(a).ends_with(":1"));
        assert_ne!(fingerprint("fabricated-quote", "“no”"), fingerprint("altered-quote", "“no”"));
        assert_eq!(fingerprint("r", "a  b\nc"), fingerprint("r", "a b c"));
    }

    #[test]
    fn windows_drive_paths_become_file_uris() {
        assert_eq!(artifact_location(r"C:\work\s.txt").uri, "file:///C:/work/s.txt");
        assert_eq!(artifact_location("a:b.txt").uri, "a%3Ab.txt");
        assert_eq!(artifact_location("dir/a:b.txt").uri, "dir/a%3Ab.txt");
    }
}
