//! Inputs shared by the benchmarks.

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
