//! Inputs shared by the benchmarks.

use std::path::Path;

/// The passages of `corpus/quotes/`, joined by line ends in file-name order.
#[allow(dead_code)] // not every bench uses it
pub fn corpus_quotes_text() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/quotes");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` repeated (one copy per line) up to about `size` bytes, cut at a line end.
pub fn repeat_to(text: &str, size: usize) -> String {
    let mut out = String::with_capacity(size + text.len());
    while out.len() < size {
        out.push_str(text);
        out.push('\n');
    }
    let mut end = size.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    let at = out[..end].rfind('\n').unwrap_or(end);
    out.truncate(at);
    out
}

/// The first `n` words of `text` (split at whitespace), with the text's own spacing kept.
#[allow(dead_code)] // not every bench uses it
pub fn first_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word && words == n {
                return &text[..i];
            }
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    text
}
