//! The front half shared by both texts: document, attributions, speakers.

use crate::lexicon::Lexicon;
use crate::parse::words::WordIndex;
use crate::parse::{attribute, Attribution, MarkWarning, QuoteKind};
use crate::speakers::{resolve, Entity, Resolution, Speakers};
use crate::text::{Document, Span};

/// A text with its quotations, reported statements and speakers.
#[derive(Debug)]
pub struct Analysis {
    /// The document model.
    pub doc: Document,
    /// Quotations and reported statements, in document order.
    pub attributions: Vec<Attribution>,
    /// Entities and each attribution's speaker.
    pub speakers: Speakers,
    /// Problems with quote marks.
    pub warnings: Vec<MarkWarning>,
}

impl Analysis {
    /// Analyses `text` with the built-in lexicon.
    pub fn new(text: impl Into<String>) -> Self {
        Self::with_lexicon(text, Lexicon::builtin())
    }

    /// Analyses `text`.
    pub fn with_lexicon(text: impl Into<String>, lex: &Lexicon) -> Self {
        let doc = Document::with_lexicon(text, lex);
        let words = WordIndex::with_lexicon(&doc, lex).words;
        let found = attribute(&doc, lex, &words);
        let speakers = resolve(&doc, lex, &words, &found.items);
        Analysis { doc, attributions: found.items, speakers, warnings: found.warnings }
    }

    /// The speaker entity of attribution `i`.
    pub fn speaker(&self, i: usize) -> Option<&Entity> {
        self.speakers.entity_of(i)
    }

    /// How the speaker of attribution `i` was resolved.
    pub fn resolution(&self, i: usize) -> Resolution {
        self.speakers.resolved.get(i).map_or(Resolution::None, |r| r.resolution)
    }

    /// Indices of the attributions whose content overlaps `span`.
    pub fn attributions_in(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        self.attributions.iter().enumerate().filter(move |(_, a)| a.content.overlaps(&span)).map(|(i, _)| i)
    }

    /// The quotations (direct and partial), not terms or reported speech.
    pub fn quotations(&self) -> impl Iterator<Item = (usize, &Attribution)> {
        self.attributions.iter().enumerate().filter(|(_, a)| matches!(a.kind, QuoteKind::Direct | QuoteKind::Partial))
    }
}
