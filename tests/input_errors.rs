//! Input errors through the library: each names the file, the place where there is one, and says
//! what to do.

use miette::Diagnostic;
use quotecheck::input::{decode, read_text, InputError};
use std::path::{Path, PathBuf};

/// A fresh directory for this test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quotecheck-input-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The message and the help of an error.
fn texts(e: &InputError) -> (String, String) {
    (e.to_string(), e.help().map(|h| h.to_string()).unwrap_or_default())
}

#[test]
fn missing_file() {
    let dir = temp_dir("missing");
    let path = dir.join("nowhere.txt");
    let err = read_text(&path).unwrap_err();
    assert!(matches!(err, InputError::Unreadable { .. }), "{err:?}");
    let (msg, help) = texts(&err);
    assert!(msg.contains(&path.display().to_string()) && msg.contains("cannot read"), "{msg}");
    assert!(msg.contains("no such file") && !msg.contains("os error"), "{msg}");
    assert!(help.contains("check the path"), "{help}");
    assert_eq!(err.path(), path);
}

#[test]
fn directory() {
    let dir = temp_dir("dir");
    let err = read_text(&dir).unwrap_err();
    let (msg, help) = texts(&err);
    assert!(matches!(err, InputError::Directory { .. }), "{err:?}");
    assert!(msg.contains(&dir.display().to_string()) && msg.contains("is a directory"), "{msg}");
    assert!(help.contains(".txt"), "{help}");
}

#[test]
fn invalid_utf8_names_offset_line_and_column() {
    let dir = temp_dir("utf8");
    let path = dir.join("latin1.txt");
    // "Caf\xE9" is Latin-1 for "Café": the bad byte is on line 3, after "The " and "Caf".
    std::fs::write(&path, b"Title\n\nThe Caf\xE9 opened.").unwrap();
    let err = read_text(&path).unwrap_err();
    match &err {
        InputError::InvalidUtf8 { offset, line, column, .. } => assert_eq!((*offset, *line, *column), (14, 3, 8)),
        other => panic!("{other:?}"),
    }
    let (msg, help) = texts(&err);
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains("offset 14") && msg.contains("line 3, column 8") && msg.contains("0xE9"), "{msg}");
    let out = dir.join("latin1.utf8.txt");
    assert!(help.contains(&format!("iconv -f WINDOWS-1252 -t UTF-8 {} > {}", path.display(), out.display())), "{help}");
}

#[test]
fn invalid_utf8_columns_count_characters_and_cr_lines() {
    let p = Path::new("x.txt");
    // Line ends are CR only; "é" before the bad byte is one column.
    let err = decode(p, b"one\rtwo\r\xC3\xA9x\xFF".to_vec()).unwrap_err();
    assert!(matches!(err, InputError::InvalidUtf8 { offset: 11, line: 3, column: 3, .. }), "{err:?}");
    // A character cut short at the end of the file.
    let err = decode(p, b"ok \xE2\x80".to_vec()).unwrap_err();
    let (msg, help) = texts(&err);
    assert!(msg.contains("offset 3") && msg.contains("ends in the middle of a character"), "{msg}");
    assert!(help.contains("cut short"), "{help}");
}

#[test]
fn utf16_is_named() {
    let err = decode(Path::new("w.txt"), b"\xFF\xFEH\0i\0".to_vec()).unwrap_err();
    let (msg, help) = texts(&err);
    assert!(msg.contains("w.txt") && msg.contains("UTF-16LE"), "{msg}");
    assert!(help.contains("iconv -f UTF-16LE -t UTF-8 w.txt > w.utf8.txt"), "{help}");
}

#[test]
fn binary_file() {
    let dir = temp_dir("binary");
    let path = dir.join("image.txt");
    std::fs::write(&path, b"GIF89a\n\x01\x02\0\0rest").unwrap();
    let err = read_text(&path).unwrap_err();
    match &err {
        InputError::Binary { offset, line, column, .. } => assert_eq!((*offset, *line, *column), (9, 2, 3)),
        other => panic!("{other:?}"),
    }
    let (msg, help) = texts(&err);
    assert!(msg.contains(&path.display().to_string()) && msg.contains("binary"), "{msg}");
    assert!(msg.contains("NUL byte at offset 9, line 2, column 3"), "{msg}");
    assert!(help.contains("plain text"), "{help}");
    // The diagnostic points at the byte.
    assert_eq!(err.labels().map(|l| l.count()), Some(1));
}

#[test]
fn empty_and_blank_files() {
    let dir = temp_dir("empty");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let blank = dir.join("blank.txt");
    std::fs::write(&blank, b" \n\t\r\n").unwrap();
    let (msg, help) = texts(&read_text(&empty).unwrap_err());
    assert!(msg.contains(&empty.display().to_string()) && msg.ends_with("is empty"), "{msg}");
    assert!(help.contains("article or summary text"), "{help}");
    let (msg, _) = texts(&read_text(&blank).unwrap_err());
    assert!(msg.contains(&blank.display().to_string()) && msg.contains("only white space"), "{msg}");
    // A byte-order mark alone is empty too.
    assert!(matches!(decode(Path::new("b.txt"), b"\xEF\xBB\xBF".to_vec()), Err(InputError::Empty { .. })));
}

#[test]
fn standard_input_is_named_as_such() {
    let err = decode(Path::new("-"), b"\n".to_vec()).unwrap_err();
    assert_eq!(err.to_string(), "standard input is empty (it holds only white space)");
}

#[test]
fn good_text_is_kept_as_is() {
    let text = "Line one.\r\nLine two.\rLine three.\n";
    assert_eq!(decode(Path::new("ok.txt"), text.as_bytes().to_vec()).unwrap(), text);
    assert_eq!(decode(Path::new("bom.txt"), b"\xEF\xBB\xBFhi".to_vec()).unwrap(), "hi");
}
