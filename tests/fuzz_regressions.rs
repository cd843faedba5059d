//! Replays every input under `tests/fuzz_inputs/` through the fuzz targets' own code (the same
//! `fuzz/fuzz_targets/common.rs`), so an input that once crashed a target stays fixed. See
//! `tests/fuzz_inputs/README.md`.

use std::path::{Path, PathBuf};

#[path = "../fuzz/fuzz_targets/common.rs"]
mod common;

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_inputs").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    files
}

#[test]
fn analysis_inputs() {
    let files = inputs("analysis");
    assert!(!files.is_empty());
    for f in files {
        let data = std::fs::read(&f).unwrap();
        if std::panic::catch_unwind(|| common::run_analysis(&data)).is_err() {
            panic!("{} fails the analysis target", f.display());
        }
    }
}

#[test]
fn check_inputs() {
    let files = inputs("check");
    assert!(!files.is_empty());
    for f in files {
        let data = std::fs::read(&f).unwrap();
        if std::panic::catch_unwind(|| common::run_check(&data)).is_err() {
            panic!("{} fails the check target", f.display());
        }
    }
}

/// The check target's split: at the first 0xFF byte, else halfway on a UTF-8 sequence start.
#[test]
fn pairs_split_as_the_target_splits_them() {
    assert_eq!(common::split_pair(b"ab\xFFcd\xFFe"), (&b"ab"[..], &b"cd\xFFe"[..]));
    let (a, b) = common::split_pair("xé".as_bytes());
    assert_eq!((a, b), ("x".as_bytes(), "é".as_bytes()));
    let (a, b) = common::split_pair("éé".as_bytes());
    assert_eq!((a, b), ("é".as_bytes(), "é".as_bytes()));
}
