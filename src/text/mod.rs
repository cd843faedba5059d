//! The document model: spans, paragraphs, sentences, tokens and the normalised view.

mod document;
mod normalize;
mod sentences;
mod span;
mod stem;
mod tokens;

pub use document::{Document, Paragraph, ParagraphKind, Sentence};
pub use normalize::{fold, fold_char, fold_compact, fold_within, Normalized};
pub use sentences::split_sentences;
pub use span::{line_col, trim_span, Span};
pub use stem::stem;
pub use tokens::{tokenize, Token, TokenKind};
