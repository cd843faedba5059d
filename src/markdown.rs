//! Markdown input: the prose of a Markdown file at its original byte offsets, and the inline
//! suppression comments.
//!
//! pulldown-cmark parses the file; every byte that is not prose (markup characters, code blocks
//! and inline code, HTML and comments, link and image targets, images, YAML `---` or TOML `+++`
//! front matter) is replaced by a space, line ends kept. The result has the same length and
//! lines as the file, so every span found in it points into the original.
//!
//! Suppressions, in the summary:
//! `<!-- quotecheck-disable-next-line RULE ... -->` silences the rules on the next non-blank line;
//! `<!-- quotecheck-disable RULE ... -->` … `<!-- quotecheck-enable RULE ... -->` between the two
//! (or to the end). Without a rule id, every rule.

use crate::text::Span;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// True for a path that names a Markdown file.
pub fn is_markdown_path(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        let e = e.to_ascii_lowercase();
        e == "md" || e == "markdown" || e == "mdown" || e == "mkd"
    })
}

/// A stretch of the file where some rules (or all, `rules` empty) are silent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Rule ids; empty for every rule.
    pub rules: Vec<String>,
    /// Where they are silent.
    pub span: Span,
}

/// The prose view of a Markdown file.
#[derive(Debug, Clone)]
pub struct Prose {
    /// The file with everything but prose blanked out (same length and lines).
    pub text: String,
    /// The suppression comments.
    pub suppressions: Vec<Suppression>,
}

impl Prose {
    /// True when `rule` is silenced on `span`.
    pub fn suppressed(&self, rule: &str, span: Span) -> bool {
        self.suppressions
            .iter()
            .any(|s| s.span.overlaps(&span) && (s.rules.is_empty() || s.rules.iter().any(|r| r == rule)))
    }
}

/// A suppression directive in an HTML comment.
enum Directive {
    NextLine(Vec<String>),
    Disable(Vec<String>),
    Enable(Vec<String>),
}

fn directive(html: &str) -> Option<Directive> {
    let inner = html.trim().strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    let (word, rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
    let rules = rest.split(|c: char| c.is_whitespace() || c == ',').filter(|r| !r.is_empty()).map(String::from);
    match word {
        "quotecheck-disable-next-line" => Some(Directive::NextLine(rules.collect())),
        "quotecheck-disable" => Some(Directive::Disable(rules.collect())),
        "quotecheck-enable" => Some(Directive::Enable(rules.collect())),
        _ => None,
    }
}

/// The span of the first non-blank line after byte `from` of `text`.
fn next_line(text: &str, from: usize) -> Span {
    let mut start = text[from..].find('\n').map_or(text.len(), |i| from + i + 1);
    while start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if !text[start..end].trim().is_empty() {
            return Span::new(start, end);
        }
        start = end + 1;
    }
    Span::new(text.len(), text.len())
}

/// Reads the prose and the suppressions of a Markdown text.
pub fn prose(text: &str) -> Prose {
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH;
    let mut keep = vec![false; text.len()];
    let mut skip_depth = 0usize;
    let mut suppressions = Vec::new();
    // Open `quotecheck-disable` stretches: (rules, start).
    let mut open: Vec<(Vec<String>, usize)> = Vec::new();
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. } | Tag::HtmlBlock) => {
                skip_depth += 1
            }
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::Image | TagEnd::HtmlBlock) => {
                skip_depth = skip_depth.saturating_sub(1)
            }
            Event::Text(_) if skip_depth == 0 => keep[range].iter_mut().for_each(|k| *k = true),
            Event::Html(html) | Event::InlineHtml(html) => match directive(&html) {
                Some(Directive::NextLine(rules)) => {
                    suppressions.push(Suppression { rules, span: next_line(text, range.end.saturating_sub(1)) })
                }
                Some(Directive::Disable(rules)) => open.push((rules, range.end)),
                Some(Directive::Enable(rules)) => {
                    // Close the stretches these rules opened (all of them for a bare enable).
                    let (closed, still): (Vec<_>, Vec<_>) =
                        open.drain(..).partition(|(r, _)| rules.is_empty() || r.iter().any(|x| rules.contains(x)));
                    open = still;
                    for (r, start) in closed {
                        suppressions.push(Suppression { rules: r, span: Span::new(start, range.start) });
                    }
                }
                None => {}
            },
            _ => {}
        }
    }
    for (rules, start) in open {
        suppressions.push(Suppression { rules, span: Span::new(start, text.len()) });
    }
    // Every byte outside the kept text becomes a space, line ends excepted. Kept ranges come from
    // the parser and lie on char boundaries, so the bytes stay UTF-8; the lossy conversion only
    // guards against a parser range that does not.
    let mut bytes = text.as_bytes().to_vec();
    for (b, &kept) in bytes.iter_mut().zip(&keep) {
        if !kept && *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
    let text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Prose { text, suppressions }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_prose_is_kept_at_its_offsets() {
        let md = "---\ntitle: \"Not prose\"\n---\n# Heading here\n\nThe *minister* said [it](https://x.org/\"q\") was \"fine\".\n\n```\nlet x = \"code\";\n```\n\n<!-- a comment \"here\" -->\n![alt \"text\"](img.png)\n";
        let p = prose(md);
        assert_eq!(p.text.len(), md.len());
        assert_eq!(p.text.lines().count(), md.lines().count());
        for kept in ["Heading here", "The ", "minister", " said ", "it]", " was \"fine\"."] {
            let kept = kept.trim_end_matches(']');
            let at = md.find(&format!("{kept}]")).or_else(|| md.find(kept)).unwrap();
            assert_eq!(&p.text[at..at + kept.len()], kept);
        }
        for gone in ["title", "https", "code", "comment", "alt", "img.png", "#", "*", "```"] {
            assert!(!p.text.contains(gone), "{gone} left in {:?}", p.text);
        }
    }

    #[test]
    fn multibyte_text_stays_aligned() {
        let md = "Der *Minister* sagte: „Wir prüfen das.“ — `café`\n";
        let p = prose(md);
        assert_eq!(p.text.len(), md.len());
        let at = md.find("„Wir").unwrap();
        assert!(p.text[at..].starts_with("„Wir prüfen das.“"));
        assert!(!p.text.contains("café"));
    }

    #[test]
    fn suppressions() {
        let md = "First line.\n<!-- quotecheck-disable-next-line hedge-dropped -->\n\nSecond line.\n<!-- quotecheck-disable -->\nThird line.\n<!-- quotecheck-enable -->\nFourth line.\n";
        let p = prose(md);
        let span = |s: &str| {
            let at = md.find(s).unwrap();
            Span::new(at, at + s.len())
        };
        assert!(p.suppressed("hedge-dropped", span("Second line.")));
        assert!(!p.suppressed("number-mismatch", span("Second line.")));
        assert!(!p.suppressed("hedge-dropped", span("First line.")));
        assert!(p.suppressed("number-mismatch", span("Third line.")));
        assert!(!p.suppressed("number-mismatch", span("Fourth line.")));
    }

    #[test]
    fn markdown_paths() {
        assert!(is_markdown_path(std::path::Path::new("a/story.MD")));
        assert!(!is_markdown_path(std::path::Path::new("a/story.txt")));
    }
}
