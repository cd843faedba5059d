//! The document model: the untouched text with its paragraphs, sentences and tokens.

use super::normalize::Normalized;
use super::sentences::split_sentences;
use super::span::{trim_span, Span};
use super::tokens::{tokenize, Token, TokenKind};
use crate::lexicon::Lexicon;
use crate::text::fold;
use std::ops::Range;
use std::sync::OnceLock;

/// What kind of line a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// Ordinary prose.
    Prose,
    /// A list item; its span excludes the marker.
    Bullet,
    /// A title or heading: no final punctuation.
    Heading,
    /// A section label or page chrome ("Highlights", "You've reached the end").
    Label,
    /// A date or time line ("Jun 19, 2025, 4:39 PM").
    Dateline,
    /// A byline ("By Jane Doe").
    Byline,
}

impl ParagraphKind {
    /// True for paragraphs whose sentences are statements (prose, bullets, headings).
    pub fn is_prose(self) -> bool {
        matches!(self, ParagraphKind::Prose | ParagraphKind::Bullet | ParagraphKind::Heading)
    }
}

/// A paragraph: one line, or several lines of one hard-wrapped block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The content, trimmed, without a list marker.
    pub span: Span,
    /// What kind of line it is.
    pub kind: ParagraphKind,
    /// The list marker of a bullet.
    pub marker: Option<Span>,
    /// Its sentences, as indices into [`Document::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence, trimmed.
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Its tokens, as indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// A text with its structure. The text is never changed; everything else is spans into it.
#[derive(Debug)]
pub struct Document {
    text: String,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Tokens in order.
    pub tokens: Vec<Token>,
    normalized: OnceLock<Normalized>,
}

impl Document {
    /// Builds the document model of `text` with the built-in lexicon.
    pub fn new(text: impl Into<String>) -> Self {
        Self::with_lexicon(text, Lexicon::builtin())
    }

    /// Builds the document model of `text`.
    pub fn with_lexicon(text: impl Into<String>, lex: &Lexicon) -> Self {
        let text = text.into();
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        // About one token for every four bytes of English news text: reserving that (untouched
        // capacity costs nothing) saves growing the vector step by step.
        let mut tokens = Vec::with_capacity(text.len() / 4);
        let mut para_tokens = Vec::new();
        for block in paragraph_spans(&text) {
            let (marker, span) = split_marker(&text, block);
            para_tokens.clear();
            tokenize(&text, span, &mut para_tokens);
            let kind = classify(&text, span, &para_tokens, marker.is_some(), lex);
            let first = sentences.len();
            let index = paragraphs.len();
            let spans = if kind.is_prose() { split_sentences(&text, span, lex) } else { vec![span] };
            for s in spans {
                // Sentences end at white space, where a token always ends: the paragraph's tokens
                // inside a sentence are the sentence's tokens.
                let t0 = tokens.len();
                let lo = para_tokens.partition_point(|t| t.span.start < s.start);
                let hi = para_tokens.partition_point(|t| t.span.start < s.end);
                tokens.extend_from_slice(&para_tokens[lo..hi]);
                sentences.push(Sentence { span: s, paragraph: index, tokens: t0..tokens.len() });
            }
            paragraphs.push(Paragraph { span, kind, marker, sentences: first..sentences.len() });
        }
        Document { text, paragraphs, sentences, tokens, normalized: OnceLock::new() }
    }

    /// The original text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The folded view for matching, computed on first use.
    pub fn normalized(&self) -> &Normalized {
        self.normalized.get_or_init(|| Normalized::new(&self.text))
    }

    /// The text a span points at.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// The index of the sentence containing byte `offset` (or the nearest one before it).
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= offset);
        i.checked_sub(1)
    }

    /// The index of the paragraph containing byte `offset` (or the nearest one before it).
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.span.start <= offset);
        i.checked_sub(1)
    }

    /// The index of the first token starting at or after `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: usize) -> &[Token] {
        &self.tokens[self.sentences[sentence].tokens.clone()]
    }

    /// The index of the document's headline, if it has one.
    ///
    /// ```text
    /// headline := first paragraph, (prose or heading), one sentence of at most HEADLINE_WORDS
    ///             words, not opened by a dateline ("BAKU, Azerbaijan — ..."), followed by a story
    ///             whose first prose paragraph opens with a dateline or runs longer
    /// ```
    /// A news story's lead sentence opens with a dateline or runs longer than its headline: a
    /// single short line above a longer paragraph is the headline, with or without a full stop.
    pub fn headline(&self) -> Option<usize> {
        let para = self.paragraphs.first()?;
        if !para.kind.is_prose() || para.kind == ParagraphKind::Bullet || para.sentences.len() != 1 {
            return None;
        }
        let toks = self.sentence_tokens(para.sentences.start);
        let words = count_words(toks, HEADLINE_WORDS + 1);
        if words > HEADLINE_WORDS || opens_with_dateline(&self.text, toks) {
            return None;
        }
        let lead = self.paragraphs[1..].iter().find(|p| p.kind == ParagraphKind::Prose)?;
        let lead_toks = &self.tokens
            [self.sentences[lead.sentences.start].tokens.start..self.sentences[lead.sentences.end - 1].tokens.end];
        let longer = count_words(lead_toks, words + 1) > words;
        (longer || opens_with_dateline(&self.text, lead_toks)).then_some(0)
    }
}

/// The number of words and numbers of `toks`, counted up to `limit`.
fn count_words(toks: &[Token], limit: usize) -> usize {
    toks.iter().filter(|t| t.is_wordlike()).take(limit).count()
}

/// The most words a headline has.
const HEADLINE_WORDS: usize = 20;

/// True when `toks` open with a dateline: a word in capitals ("BAKU", "LOS ANGELES") with a dash
/// among the first ten tokens ("BAKU, Azerbaijan —", "LOS ANGELES, Sept. 28 (UPI) —").
fn opens_with_dateline(text: &str, toks: &[Token]) -> bool {
    let caps = toks.first().is_some_and(|t| {
        let w = t.text(text);
        t.kind == TokenKind::Word
            && w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
            && !w.chars().any(char::is_lowercase)
    });
    caps && toks.iter().take(10).any(|t| matches!(t.text(text), "—" | "–" | "-" | "--"))
}

/// Line ends: `\n`, `\r\n` or a lone `\r`. Yields each line's span without its end.
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        i += k;
        match bytes[i] {
            b'\n' => {
                out.push(Span::new(start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push(Span::new(start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»'));
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Paragraph blocks: each non-blank line, except that a line continuing a long unfinished line
/// (a hard-wrapped paragraph) joins it.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut prev_open = false;
    for line in lines(text) {
        let l = line.slice(text);
        let trimmed = trim_span(text, line);
        if trimmed.is_empty() {
            prev_open = false;
            continue;
        }
        let is_bullet = split_marker(text, trimmed).0.is_some();
        if prev_open && !is_bullet {
            if let Some(last) = out.last_mut() {
                last.end = trimmed.end;
                prev_open = !ends_sentence(l);
                continue;
            }
        }
        out.push(trimmed);
        prev_open = l.trim().chars().nth(59).is_some() && !ends_sentence(l);
    }
    out
}

/// Splits a list marker ("•", "-", "*", "1.", "2)") off the start of a paragraph.
fn split_marker(text: &str, span: Span) -> (Option<Span>, Span) {
    let s = span.slice(text);
    let mut chars = s.char_indices();
    let Some((_, c)) = chars.next() else { return (None, span) };
    let marker_end = if matches!(c, '•' | '-' | '*' | '–' | '—' | '·' | '▪' | '‣' | '◦' | '○' | '►') {
        c.len_utf8()
    } else if c.is_ascii_digit() {
        let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        if digits <= 3 && matches!(s[digits..].chars().next(), Some('.') | Some(')')) {
            digits + 1
        } else {
            return (None, span);
        }
    } else {
        return (None, span);
    };
    match s[marker_end..].chars().next() {
        Some(w) if w.is_whitespace() => {
            let content = trim_span(text, Span::new(span.start + marker_end, span.end));
            if content.is_empty() {
                (None, span)
            } else {
                (Some(Span::new(span.start, span.start + marker_end)), content)
            }
        }
        _ => (None, span),
    }
}

fn is_date_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "am",
        "pm",
        "a.m",
        "p.m",
        "utc",
        "gmt",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "bst",
        "cet",
        "cest",
        "updated",
        "published",
        "posted",
        "last",
        "modified",
        "at",
        "on",
        "of",
        "th",
        "st",
        "nd",
        "rd",
        "today",
        "yesterday",
        "ago",
        "min",
        "mins",
        "minutes",
        "hours",
        "hour",
        "read",
    ];
    let f = fold(w);
    WORDS.contains(&f.as_str()) || crate::lexicon::month_number(&f).is_some() || crate::lexicon::is_weekday(&f)
}

/// What kind of paragraph `span` is; `toks` are its tokens.
fn classify(text: &str, span: Span, toks: &[Token], bullet: bool, lex: &Lexicon) -> ParagraphKind {
    let s = span.slice(text);
    let bare = s.trim_matches(|c: char| !c.is_alphanumeric());
    if lex.is_label(bare) {
        return ParagraphKind::Label;
    }
    let words = || toks.iter().filter(|t| t.is_wordlike());
    // The number of words, counted up to `limit + 1` (enough to compare it with `limit`).
    let count_words = |limit: usize| words().take(limit + 1).count();
    let has_digit = toks.iter().any(|t| t.kind == TokenKind::Number);
    if has_digit && count_words(12) <= 12 && words().all(|t| t.kind == TokenKind::Number || is_date_word(t.text(text)))
    {
        return ParagraphKind::Dateline;
    }
    if bullet {
        return ParagraphKind::Bullet;
    }
    let first = words().next().map(|t| t.text(text));
    if first.is_some_and(|w| w == "By") && count_words(8) <= 8 && !ends_sentence(s) {
        return ParagraphKind::Byline;
    }
    if !ends_sentence(s) && count_words(20) <= 20 && split_sentences(text, span, lex).len() == 1 {
        return ParagraphKind::Heading;
    }
    ParagraphKind::Prose
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_lines() {
        let t = "Jun 19, 2025, 4:39 PM\n\nAzerbaijan distances itself from Israeli strikes\n\nHighlights\n  • Israel's offensive intensified.\n  • Azerbaijan navigates.\nStory\n\nIn June, it was tense. Mr. Bao said so.\n\nYou've reached the end\n";
        let d = Document::new(t);
        let kinds: Vec<ParagraphKind> = d.paragraphs.iter().map(|p| p.kind).collect();
        use ParagraphKind::*;
        assert_eq!(kinds, [Dateline, Heading, Label, Bullet, Bullet, Label, Prose, Label]);
        assert_eq!(d.slice(d.paragraphs[3].span), "Israel's offensive intensified.");
        let prose: Vec<&str> = d.paragraphs[6].sentences.clone().map(|i| d.slice(d.sentences[i].span)).collect();
        assert_eq!(prose, ["In June, it was tense.", "Mr. Bao said so."]);
    }

    #[test]
    fn headlines() {
        let story = "\n\nThe senator spoke on Monday about the budget and the coming vote.\n";
        assert_eq!(Document::new(format!("Obama slams GOP on economy.{story}")).headline(), Some(0));
        assert_eq!(Document::new(format!("Poll: Wealthy Voters Abandon Republican Party{story}")).headline(), Some(0));
        // A dateline opens a lead sentence, not a headline.
        let lead = format!("WROCŁAW, Poland — The bridge will stay closed, officials said.{story}");
        assert_eq!(Document::new(lead).headline(), None);
        // Two sentences, a long sentence or a text of one paragraph have none.
        assert_eq!(Document::new(format!("He won. She lost.{story}")).headline(), None);
        let long = "word ".repeat(21);
        assert_eq!(Document::new(format!("{long}{story}")).headline(), None);
        assert_eq!(Document::new("Obama slams GOP on economy.").headline(), None);
        // A first line followed by a line no longer than itself is prose.
        assert_eq!(Document::new("“We won,” said Jason Ervin, the mayor.\nMr. Smith said no.\n").headline(), None);
    }

    #[test]
    fn crlf_cr_and_hard_wraps() {
        let t =
            "First line of a long paragraph that was wrapped by an editor at\nsixty columns or so.\r\nSecond.\rThird.";
        let d = Document::new(t);
        let paras: Vec<&str> = d.paragraphs.iter().map(|p| d.slice(p.span)).collect();
        assert_eq!(paras[1..], ["Second.", "Third."]);
        assert!(paras[0].ends_with("or so."));
    }

    #[test]
    fn sentence_and_paragraph_lookup() {
        let d = Document::new("One. Two.\nThree.");
        assert_eq!(d.sentence_at(6), Some(1));
        assert_eq!(d.paragraph_at(11), Some(1));
        assert_eq!(d.sentence_tokens(2).len(), 2);
    }
}
