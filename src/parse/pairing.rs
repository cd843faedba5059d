//! Pairs quote marks into quotations.
//!
//! ```text
//! quote     := open content close
//! content   := (text | nested quote of the other family)*
//! paragraph := (text | quote)*          a quote never runs past its paragraph, except:
//! continued := open content ¶ open content ¶ ... open content close
//!              (a multi-paragraph quote repeats its opening mark at each paragraph)
//! ```
//!
//! Marks are read left to right with a stack. A mark that can close pops the innermost open quote of
//! its family; one that can open pushes. A single mark left open at the end of its paragraph was an
//! apostrophe and is dropped; a double mark left open becomes an *unclosed* quote running to the end
//! of its paragraph, with a warning — unless the next paragraph opens with a mark of the same
//! family, in which case the quote continues there. Nothing is ever swallowed past a paragraph.

use super::marks::{lex_marks, Family, Mark};
use crate::text::{trim_span, Document, Span};

/// A quotation as the marks delimit it, before any attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quote continues in the next paragraph or is unclosed.
    pub close: Option<Span>,
    /// The text inside the marks.
    pub content: Span,
    /// The family of its marks.
    pub family: Family,
    /// 0 for an outermost quote, 1 for a quote inside it, ...
    pub depth: usize,
    /// Pieces of one multi-paragraph quote share a group.
    pub group: usize,
    /// Index of this piece within its group.
    pub piece: usize,
    /// True when no closing mark was found.
    pub unclosed: bool,
}

/// Something wrong with the quote marks of a text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MarkWarning {
    /// The offending mark.
    pub span: Span,
    /// What is wrong.
    pub message: String,
}

struct Open {
    mark: Mark,
    group: usize,
    piece: usize,
}

/// Finds the quotations of a document.
pub fn pair_quotes(doc: &Document) -> (Vec<RawQuote>, Vec<MarkWarning>) {
    let text = doc.text();
    let marks = lex_marks(text);
    let mut quotes = Vec::new();
    let mut warnings = Vec::new();
    let mut next_group = 0usize;
    let mut carry: Option<(Family, usize, usize)> = None;
    let mut m = 0usize;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        while m < marks.len() && marks[m].span.start < para.span.start {
            m += 1;
        }
        let first = m;
        while m < marks.len() && marks[m].span.end <= para.span.end {
            m += 1;
        }
        let ms = &marks[first..m];
        // later_single_closer[i]: some single mark after i can close.
        let mut later_single_closer = vec![false; ms.len()];
        let mut seen = false;
        for i in (0..ms.len()).rev() {
            later_single_closer[i] = seen;
            seen |= ms[i].family == Family::Single && ms[i].can_close;
        }
        let mut stack: Vec<Open> = Vec::new();
        for (i, &mk) in ms.iter().enumerate() {
            if let Some(pos) = stack.iter().rposition(|o| o.mark.family == mk.family) {
                if mk.can_close && !(is_weak_closer(text, mk) && later_single_closer[i]) {
                    for above in stack.drain(pos + 1..) {
                        if above.mark.family == Family::Double {
                            warnings.push(unclosed_warning(above.mark));
                        }
                    }
                    let o = stack.pop().expect("pos is inside the stack");
                    quotes.push(RawQuote {
                        open: o.mark.span,
                        close: Some(mk.span),
                        content: Span::new(o.mark.span.end, mk.span.start),
                        family: mk.family,
                        depth: pos,
                        group: o.group,
                        piece: o.piece,
                        unclosed: false,
                    });
                    continue;
                }
                if mk.can_open && mk.family == Family::Double {
                    // A new opening mark while one is open: the earlier quote lost its close.
                    for (depth, above) in stack.drain(pos..).enumerate() {
                        if above.mark.family == Family::Double {
                            warnings.push(unclosed_warning(above.mark));
                            let content = trim_span(text, Span::new(above.mark.span.end, mk.span.start));
                            quotes.push(open_piece(above, content, pos + depth, true));
                        }
                    }
                    stack.push(Open { mark: mk, group: new_group(&mut next_group), piece: 0 });
                    continue;
                }
            }
            if mk.can_open {
                let (group, piece) = match carry {
                    Some((family, group, piece))
                        if i == 0 && family == mk.family && mk.span.start == para.span.start =>
                    {
                        (group, piece + 1)
                    }
                    _ => (new_group(&mut next_group), 0),
                };
                stack.push(Open { mark: mk, group, piece });
            } else if mk.can_close && mk.family == Family::Double && !mk.can_open {
                warnings.push(MarkWarning {
                    span: mk.span,
                    message: "closing quotation mark without an opening one".into(),
                });
            }
        }
        carry = None;
        let next_opens = doc.paragraphs.get(pi + 1).and_then(|next| {
            marks[m..].first().filter(|mk| mk.span.start == next.span.start && mk.can_open).map(|mk| mk.family)
        });
        let bottom = stack.first().map(|o| o.mark.family);
        for (depth, o) in stack.into_iter().enumerate() {
            let content = trim_span(text, Span::new(o.mark.span.end, para.span.end));
            if depth == 0 && next_opens.is_some() && next_opens == bottom {
                carry = Some((o.mark.family, o.group, o.piece));
                quotes.push(open_piece(o, content, depth, false));
            } else if o.mark.family == Family::Double {
                warnings.push(unclosed_warning(o.mark));
                quotes.push(open_piece(o, content, depth, true));
            }
        }
    }
    quotes.sort_by_key(|q| (q.open.start, q.depth));
    (quotes, warnings)
}

fn new_group(next: &mut usize) -> usize {
    *next += 1;
    *next - 1
}

/// A quote without a closing mark: continued in the next paragraph, or `unclosed`.
fn open_piece(o: Open, content: Span, depth: usize, unclosed: bool) -> RawQuote {
    RawQuote {
        open: o.mark.span,
        close: None,
        content,
        family: o.mark.family,
        depth,
        group: o.group,
        piece: o.piece,
        unclosed,
    }
}

fn unclosed_warning(mark: Mark) -> MarkWarning {
    MarkWarning { span: mark.span, message: "quotation mark opened here is never closed in its paragraph".into() }
}

/// A single closing mark that may be a plural possessive ("the students’ union").
fn is_weak_closer(text: &str, mk: Mark) -> bool {
    if mk.family != Family::Single {
        return false;
    }
    let prev = text[..mk.span.start].chars().next_back();
    let mut after = text[mk.span.end..].chars();
    prev == Some('s') && after.next().is_some_and(char::is_whitespace) && after.next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(t: &str) -> Vec<(String, usize, bool)> {
        let d = Document::new(t);
        pair_quotes(&d).0.iter().map(|q| (d.slice(q.content).to_string(), q.depth, q.unclosed)).collect()
    }

    #[test]
    fn nested_mixed_and_german() {
        assert_eq!(
            contents("“He told me ‘never again,’ ” she said."),
            [("He told me ‘never again,’ ".to_string(), 0, false), ("never again,".to_string(), 1, false)]
        );
        assert_eq!(
            contents("\"Yes, but that is not simple.”"),
            [("Yes, but that is not simple.".to_string(), 0, false)]
        );
        assert_eq!(contents("Er sagte: „Wir kommen“, und ging."), [("Wir kommen".to_string(), 0, false)]);
        assert_eq!(contents("The students’ union said ‘no’ to Shi’ite rock ’n’ roll."), [("no".to_string(), 0, false)]);
    }

    #[test]
    fn multi_paragraph_and_unclosed() {
        let t = "“First part.\n“Second part.”\nHe left. “Never closed\nNext paragraph is safe.";
        let d = Document::new(t);
        let (q, w) = pair_quotes(&d);
        assert_eq!(q.len(), 3);
        assert_eq!((q[0].group, q[0].piece), (q[1].group, 0));
        assert_eq!(q[1].piece, 1);
        assert!(q[2].unclosed);
        assert_eq!(d.slice(q[2].content), "Never closed");
        assert_eq!(w.len(), 1);
        assert_eq!(d.slice(w[0].span), "“");
    }
}
