//! Reading input texts: every failure becomes an error that names the file, the place and what to do.

use miette::{Diagnostic, NamedSource, SourceSpan};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Why a text could not be read.
#[derive(Debug, Error, Diagnostic)]
pub enum InputError {
    /// The file does not exist or cannot be opened.
    #[error("cannot read {path}: {source}")]
    #[diagnostic(code(quotecheck::input::unreadable), help("check the path and the file's permissions"))]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The path is a directory.
    #[error("{path} is a directory, not a text file")]
    #[diagnostic(code(quotecheck::input::directory), help("give the path of a .txt or .md file"))]
    Directory {
        /// The path.
        path: PathBuf,
    },
    /// The bytes are not UTF-8.
    #[error("{path} is not valid UTF-8: invalid byte at offset {offset} (line {line}, column {column})")]
    #[diagnostic(
        code(quotecheck::input::encoding),
        help("convert the file to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`")
    )]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// 1-based column (in bytes) of that byte.
        column: usize,
    },
    /// The file holds binary data.
    #[error("{path} looks like a binary file (NUL byte at offset {offset})")]
    #[diagnostic(code(quotecheck::input::binary), help("quotecheck reads plain text or Markdown"))]
    Binary {
        /// The file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
        /// The text up to there, for the label.
        #[source_code]
        src: NamedSource<String>,
        /// Where.
        #[label("NUL byte here")]
        at: SourceSpan,
    },
    /// Nothing but white space.
    #[error("{path} is empty")]
    #[diagnostic(code(quotecheck::input::empty), help("give a file that contains the article or summary text"))]
    Empty {
        /// The file.
        path: PathBuf,
    },
}

/// Decodes bytes read from `path` into text: strips a UTF-8 byte-order mark, rejects invalid UTF-8
/// (naming the offset), binary data and empty input. CRLF and CR line ends are kept; the document
/// model reads them as line ends.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let before = &bytes[..offset];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = offset - before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1;
            return Err(InputError::InvalidUtf8 { path: path.to_path_buf(), offset, line, column });
        }
    };
    if let Some(offset) = text.find('\0') {
        let shown: String = text[..offset].chars().rev().take(200).collect::<Vec<_>>().into_iter().rev().collect();
        let at = shown.len();
        return Err(InputError::Binary {
            path: path.to_path_buf(),
            offset,
            src: NamedSource::new(path.display().to_string(), shown),
            at: (at, 0).into(),
        });
    }
    if text.trim().is_empty() {
        return Err(InputError::Empty { path: path.to_path_buf() });
    }
    Ok(text)
}

/// Reads a text file (or standard input for `-`).
pub fn read_text(path: &Path) -> Result<String, InputError> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|source| InputError::Unreadable { path: path.to_path_buf(), source })?;
        return decode(path, buf);
    }
    if path.is_dir() {
        return Err(InputError::Directory { path: path.to_path_buf() });
    }
    let bytes = std::fs::read(path).map_err(|source| InputError::Unreadable { path: path.to_path_buf(), source })?;
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
}
