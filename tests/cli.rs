//! The real binary: output shapes and exit codes.

use std::process::Command;

fn quotecheck(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_quotecheck")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

#[test]
fn quotes_json_has_the_documented_shape() {
    let out = quotecheck(&["quotes", "--format", "json", "corpus/azerbaijan/source.txt"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let quotes = v["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 18);
    let text = std::fs::read_to_string("corpus/azerbaijan/source.txt").unwrap();
    for q in quotes {
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], q["text"].as_str().unwrap());
        assert!(["direct", "partial", "reported", "term"].contains(&q["kind"].as_str().unwrap()));
        assert!(q.get("speaker").is_some() && q.get("speaker_span").is_some() && q.get("cue").is_some());
        assert!(q["resolution"].is_string());
    }
    let speakers = v["speakers"].as_array().unwrap();
    assert!(speakers.iter().any(|s| s["name"] == "Zaur Shiriyev" && s["mentions"].as_array().unwrap().len() >= 2));
}

#[test]
fn bad_input_exits_2_with_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("quotecheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"fine\n\xC3\x28 broken").unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"  \n").unwrap();
    let binary = dir.join("bin.txt");
    std::fs::write(&binary, b"abc\0def").unwrap();
    for (path, needle) in [
        (dir.join("missing.txt"), "cannot read"),
        (dir.clone(), "is a directory"),
        (bad, "offset 5"),
        (empty, "is empty"),
        (binary, "NUL byte"),
    ] {
        let out = quotecheck(&["quotes", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{}", path.display());
        // miette wraps long lines to the terminal's width: compare with the wrapping undone.
        let err = String::from_utf8_lossy(&out.stderr).replace('│', " ");
        let err = err.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(err.contains(needle), "{}: {err}", path.display());
    }
    let out = quotecheck(&["quotes", "--format", "xml", "corpus/azerbaijan/source.txt"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn crlf_and_bom_are_read() {
    let dir = std::env::temp_dir().join(format!("quotecheck-crlf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("crlf.txt");
    std::fs::write(&f, "\u{FEFF}“We will win,” said Ana Silva.\r\n“Soon.”\r\n").unwrap();
    let out = quotecheck(&["quotes", "--format", "json", f.to_str().unwrap()]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"][0]["text"], "We will win,");
    assert_eq!(v["quotes"][1]["resolution"], "continuation");
    assert_eq!(v["quotes"][1]["speaker"], v["quotes"][0]["speaker"]);
}

const SEED_SOURCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/azerbaijan/source.txt");
const SEED_SUMMARY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/azerbaijan/summary.txt");

#[test]
fn check_json_has_the_documented_shape_and_exit_status() {
    let out = quotecheck(&["check", "--source", SEED_SOURCE, SEED_SUMMARY, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "the seed has errors");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summary = std::fs::read_to_string(SEED_SUMMARY).unwrap();
    let source = std::fs::read_to_string(SEED_SOURCE).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        for key in
            ["rule", "severity", "message", "summary_text", "evidence", "summary_speaker", "source_speaker", "score"]
        {
            assert!(f.get(key).is_some(), "{key} missing in {f}");
        }
        let (s, e) = (
            f["summary_span"]["start"].as_u64().unwrap() as usize,
            f["summary_span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&summary[s..e], f["summary_text"].as_str().unwrap());
        for ev in f["evidence"].as_array().unwrap() {
            let (s, e) = (ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize);
            assert_eq!(&source[s..e], ev["text"].as_str().unwrap());
        }
    }
    assert!(v["claims"].as_u64().unwrap() >= v["supported"].as_u64().unwrap());
}

#[test]
fn fail_on_sets_the_exit_status() {
    let dir = std::env::temp_dir().join(format!("quotecheck-cli-fail-on-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (src, sum) = (dir.join("source.txt"), dir.join("summary.txt"));
    std::fs::write(&src, "The council approved the bridge on Monday. It will cost 40 million euros.").unwrap();
    std::fs::write(&sum, "The council approved the bridge on Monday. It will cost 45 million euros.").unwrap();
    let args = |fail: &str| {
        let v = vec!["check", "--source", src.to_str().unwrap(), sum.to_str().unwrap(), "--fail-on", fail];
        v.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let run = |a: Vec<String>| quotecheck(&a.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(run(args("error")).status.code(), Some(0), "a number mismatch is a warning");
    assert_eq!(run(args("warning")).status.code(), Some(1));
    let human = run(args("warning"));
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("number-mismatch") && text.contains("0 errors, 1 warning"), "{text}");
    assert_eq!(quotecheck(&["check", "--source", "/no/such/file", sum.to_str().unwrap()]).status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn rules_and_explain() {
    let out = quotecheck(&["rules"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), quotecheck::checks::RULES.len(), "{text}");
    let out = quotecheck(&["explain", "altered-quote"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("ellipsis"));
    assert_eq!(quotecheck(&["explain", "no-such-rule"]).status.code(), Some(2));
}
