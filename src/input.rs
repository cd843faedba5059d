//! Reading input texts: every failure becomes an error that names the file, the place and what to do.

use miette::{Diagnostic, NamedSource, SourceSpan};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use thiserror::Error;

/// Why a text could not be read.
#[derive(Debug, Error, Diagnostic)]
pub enum InputError {
    /// The file does not exist or cannot be opened.
    #[error("cannot read {}: {}", name(path), describe_io(source))]
    #[diagnostic(code(quotecheck::input::unreadable))]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
        /// What to do, for this kind of failure.
        #[help]
        hint: String,
    },
    /// The path is a directory.
    #[error("{} is a directory, not a text file", name(path))]
    #[diagnostic(
        code(quotecheck::input::directory),
        help("give the path of a .txt or .md file inside it (or `-` to read standard input)")
    )]
    Directory {
        /// The path.
        path: PathBuf,
    },
    /// The bytes are not UTF-8.
    #[error("{} is not valid UTF-8: {problem} at offset {offset} (line {line}, column {column})", name(path))]
    #[diagnostic(code(quotecheck::input::encoding))]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// 1-based column (in characters; the bad byte counts as one) of that byte.
        column: usize,
        /// What is there ("invalid byte 0xE9", "incomplete character").
        problem: String,
        /// What to do (convert from the encoding the bytes suggest).
        #[help]
        hint: String,
    },
    /// The file holds binary data.
    #[error("{} looks like a binary file (NUL byte at offset {offset}, line {line}, column {column})", name(path))]
    #[diagnostic(
        code(quotecheck::input::binary),
        help(
            "quotecheck reads plain text or Markdown in UTF-8: export a PDF, Word or HTML document as plain text first"
        )
    )]
    Binary {
        /// The file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// 1-based column (in characters) of that byte.
        column: usize,
        /// The text up to there, for the label (shared, to keep the error small).
        #[source_code]
        src: Arc<NamedSource<String>>,
        /// Where.
        #[label("NUL byte here")]
        at: SourceSpan,
    },
    /// Nothing but white space.
    #[error("{} is empty{}", name(path), if *blank { " (it holds only white space)" } else { "" })]
    #[diagnostic(code(quotecheck::input::empty), help("give a file that contains the article or summary text"))]
    Empty {
        /// The file.
        path: PathBuf,
        /// True when the file has bytes, all of them white space.
        blank: bool,
    },
}

impl InputError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            InputError::Unreadable { path, .. }
            | InputError::Directory { path }
            | InputError::InvalidUtf8 { path, .. }
            | InputError::Binary { path, .. }
            | InputError::Empty { path, .. } => path,
        }
    }
}

/// How a path is named in messages: `-` is standard input.
fn name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

/// The OS error without Rust's "(os error 2)" suffix.
fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "no such file".to_string(),
        ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// `IN > OUT` for an iconv line that converts `path`: OUT is IN with `.utf8` before the extension.
fn convert_args(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "FILE > FILE.utf8.txt".to_string();
    }
    let out = match (path.file_stem(), path.extension()) {
        (Some(stem), Some(ext)) => {
            path.with_file_name(format!("{}.utf8.{}", stem.to_string_lossy(), ext.to_string_lossy()))
        }
        _ => path.with_file_name(format!("{}.utf8", path.file_name().unwrap_or_default().to_string_lossy())),
    };
    format!("{} > {}", path.display(), out.display())
}

fn unreadable(path: &Path, source: std::io::Error) -> InputError {
    use std::io::ErrorKind;
    let hint = match source.kind() {
        ErrorKind::NotFound => {
            "check the path (it is relative to the current directory), or give `-` to read standard input".to_string()
        }
        ErrorKind::PermissionDenied => "make the file readable (e.g. `chmod +r FILE`) or run as its owner".to_string(),
        _ => "check the path and the file's permissions".to_string(),
    };
    InputError::Unreadable { path: path.to_path_buf(), source, hint }
}

/// 1-based line and column (in characters, an invalid byte counting as one) of byte `offset`.
/// Line ends are `\n`, `\r\n` and a lone `\r`, as the document model reads them.
fn position(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let mut line = 1;
    let mut line_start = 0;
    for (i, &b) in before.iter().enumerate() {
        let ends = b == b'\n' || (b == b'\r' && before.get(i + 1) != Some(&b'\n'));
        if ends {
            line += 1;
            line_start = i + 1;
        }
    }
    // Continuation bytes (10xxxxxx) do not start a character.
    let column = before[line_start..].iter().filter(|&&b| (b & 0xC0) != 0x80).count() + 1;
    (line, column)
}

/// Decodes bytes read from `path` into text: strips a UTF-8 byte-order mark, rejects UTF-16,
/// binary data (a NUL byte), invalid UTF-8 (naming the offset, line and column) and empty input.
/// CRLF and CR line ends are kept; the document model reads them as line ends.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let from = if bytes[0] == 0xFF { "UTF-16LE" } else { "UTF-16BE" };
        return Err(InputError::InvalidUtf8 {
            path: path.to_path_buf(),
            offset: 0,
            line: 1,
            column: 1,
            problem: format!("a {from} byte-order mark"),
            hint: format!(
                "the file is {from}: convert it to UTF-8, e.g. `iconv -f {from} -t UTF-8 {}`",
                convert_args(path)
            ),
        });
    }
    // A NUL byte means binary data (or UTF-16 without a byte-order mark): say so before any
    // complaint about the encoding.
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = position(&bytes, offset);
        let head = String::from_utf8_lossy(&bytes[..offset]);
        let shown: String = head.chars().rev().take(200).collect::<Vec<_>>().into_iter().rev().collect();
        let at = shown.len();
        return Err(InputError::Binary {
            path: path.to_path_buf(),
            offset,
            line,
            column,
            src: Arc::new(NamedSource::new(name(path), shown)),
            at: (at, 0).into(),
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let incomplete = e.utf8_error().error_len().is_none();
            let bytes = e.as_bytes();
            let (line, column) = position(bytes, offset);
            let problem = if incomplete {
                "the text ends in the middle of a character".to_string()
            } else {
                format!("invalid byte 0x{:02X}", bytes[offset])
            };
            let hint = if incomplete {
                "the file looks cut short: read or copy it again".to_string()
            } else {
                format!(
                    "the file is probably in another encoding (Windows-1252 or Latin-1 are common): \
                     convert it to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 {}`",
                    convert_args(path)
                )
            };
            return Err(InputError::InvalidUtf8 { path: path.to_path_buf(), offset, line, column, problem, hint });
        }
    };
    if text.trim().is_empty() {
        return Err(InputError::Empty { path: path.to_path_buf(), blank: !text.is_empty() });
    }
    Ok(text)
}

/// Reads a text file (or standard input for `-`).
pub fn read_text(path: &Path) -> Result<String, InputError> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| unreadable(path, source))?;
        return decode(path, buf);
    }
    if path.is_dir() {
        return Err(InputError::Directory { path: path.to_path_buf() });
    }
    let bytes = std::fs::read(path).map_err(|source| unreadable(path, source))?;
    decode(path, bytes)
}

/// A text as read for checking: the file as written, and the text analysed (for Markdown, its
/// prose at the same offsets; otherwise the same text).
#[derive(Debug, Clone)]
pub struct Input {
    /// The text as written (a byte-order mark dropped); spans point into it.
    pub shown: String,
    /// The text to analyse: same length and offsets as `shown`.
    pub analysed: String,
    /// For a Markdown file, its prose view and suppression comments.
    pub markdown: Option<crate::markdown::Prose>,
}

impl Input {
    /// Wraps a text; `markdown` reads it as Markdown.
    pub fn new(shown: String, markdown: bool) -> Self {
        if markdown {
            let prose = crate::markdown::prose(&shown);
            return Input { analysed: prose.text.clone(), shown, markdown: Some(prose) };
        }
        Input { analysed: shown.clone(), shown, markdown: None }
    }

    /// True when a Markdown suppression comment silences `rule` on `span`.
    pub fn suppressed(&self, rule: &str, span: crate::text::Span) -> bool {
        self.markdown.as_ref().is_some_and(|p| p.suppressed(rule, span))
    }
}

/// Reads a text file (or standard input for `-`), as Markdown when its name ends in .md.
pub fn read_input(path: &Path) -> Result<Input, InputError> {
    Ok(Input::new(read_text(path)?, crate::markdown::is_markdown_path(path)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_errors_name_the_place() {
        let p = Path::new("x.txt");
        assert_eq!(decode(p, b"\xEF\xBB\xBFhi".to_vec()).unwrap(), "hi");
        match decode(p, b"ok\nab\xFFc".to_vec()) {
            Err(InputError::InvalidUtf8 { offset: 5, line: 2, column: 3, .. }) => {}
            other => panic!("{other:?}"),
        }
        assert!(matches!(decode(p, b"a\0b".to_vec()), Err(InputError::Binary { offset: 1, .. })));
        assert!(matches!(decode(p, b" \n\t".to_vec()), Err(InputError::Empty { .. })));
    }

    #[test]
    fn positions_count_cr_and_characters() {
        assert_eq!(position(b"a\rb\r\nc\nd", 7), (4, 1));
        assert_eq!(position("é\u{e9}x".as_bytes(), 4), (1, 3));
    }
}
