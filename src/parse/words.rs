//! A nom input over words: the attribution grammar is written against tokens, not chars.
//!
//! nom 8 implements its `Input` trait for `&str` and `&[u8]` only; [`Words`] implements it for a
//! slice of [`W`] so that the usual combinators (`opt`, `many0`, `alt`, `preceded`...) work on
//! words the way they do on characters.

use super::phrases::name_word_rule;
use crate::lexicon::{folded as fold_key, month_number, without_role_prefix, Gender, Lexicon, WordFlags};
use crate::text::{fold_compact, Document, Span, Token, TokenKind};
use compact_str::CompactString;
use nom::error::{Error, ErrorKind};
use nom::{IResult, Input, Needed};
use rustc_hash::{FxHashMap, FxHashSet};

/// What the lexicon says of one word, looked up once when the word is indexed (see
/// [`WordIndex::with_lexicon`]) instead of in every grammar rule that asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lexical {
    /// Can be part of a name ([`is_name_word`](super::phrases::is_name_word)).
    pub name_word: bool,
    /// The folded text is a cue verb form.
    pub cue_verb: bool,
    /// The folded text is a verb of the loose cues (`Lexicon::loose_verbs`).
    pub loose_verb: bool,
    /// The folded text is a noun of the loose cues (`Lexicon::loose_nouns`).
    pub loose_noun: bool,
    /// The folded text is an attribution noun.
    pub cue_noun: bool,
    /// The folded text starts a multi-word cue ("according").
    pub multiword_cue: bool,
    /// The folded text without a possessive ending is a role noun.
    pub role: bool,
    /// The folded text is a one-word title.
    pub title: bool,
    /// The folded text is a speaker noun-phrase modifier.
    pub np_modifier: bool,
    /// The folded text is an auxiliary or adverb that may stand between a speaker and the cue.
    pub aux_adverb: bool,
    /// The folded text is a stopword.
    pub stopword: bool,
    /// The folded text is a pronoun that can be a speaker, with the gender it fits.
    pub pronoun: Option<Gender>,
    /// The folded text without a possessive ending is also the folded text of a word of the
    /// document that does not start with a capital.
    pub seen_lower: bool,
}

/// One word (or punctuation token) with what the grammar asks of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct W {
    /// Where it is in the document.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// Folded text (lower case, straight marks).
    pub folded: CompactString,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Is a quote mark.
    pub mark: bool,
    /// Every letter is upper case (and there are at least two).
    pub all_caps: bool,
    /// What the lexicon the word index was built with says of it.
    pub lexical: Lexical,
}

/// Lower-case name particles joined to a capitalised name by a hyphen ("al-Awadi", "el-Faki",
/// "bin-Laden"): the word is written as a name, though its first letter is small.
const HYPHENED_PARTICLES: &[&str] =
    &["al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul", "bin", "ibn", "abu", "abd"];

fn is_particle_name(raw: &str) -> bool {
    raw.split_once('-').is_some_and(|(particle, rest)| {
        HYPHENED_PARTICLES.contains(&particle) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

impl W {
    /// Builds the word for a token of `doc`, with what `lex` says of it (all but
    /// [`Lexical::seen_lower`], which depends on the rest of the document).
    pub fn new(doc: &Document, t: &Token, lex: &Lexicon) -> W {
        let raw = t.text(doc.text());
        let bytes = raw.as_bytes();
        let ascii = raw.is_ascii();
        let cap = if ascii {
            bytes.first().is_some_and(u8::is_ascii_uppercase)
        } else {
            raw.chars().next().is_some_and(char::is_uppercase)
        } || is_particle_name(raw);
        let mark = t.kind == TokenKind::Punct
            && raw.chars().all(|c| {
                matches!(c, '\'' | '"' | '`' | '“' | '”' | '‘' | '’' | '„' | '‚' | '«' | '»' | '‹' | '›' | '‟')
            });
        let (mut letters, mut lower) = (0, false);
        if ascii {
            letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
            lower = bytes.iter().any(u8::is_ascii_lowercase);
        } else {
            for c in raw.chars().filter(|c| c.is_alphabetic()) {
                letters += 1;
                lower |= !c.is_uppercase();
            }
        }
        let all_caps = letters >= 2 && !lower;
        let mut w = W {
            span: t.span,
            kind: t.kind,
            folded: fold_compact(raw),
            cap,
            mark,
            all_caps,
            lexical: Lexical::default(),
        };
        w.lexical = Lexical::of(lex, &w);
        w
    }

    /// True for a word or number.
    pub fn is_word(&self) -> bool {
        self.kind != TokenKind::Punct
    }

    /// True for a punctuation token equal to `p`.
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.folded == p
    }

    /// True for sentence-final punctuation.
    pub fn ends_sentence(&self) -> bool {
        self.kind == TokenKind::Punct && matches!(self.folded.as_str(), "." | "!" | "?" | "...")
    }

    /// The folded text without a possessive ending ("azerbaijan's" → "azerbaijan").
    pub fn stem_possessive(&self) -> &str {
        self.folded.strip_suffix("'s").or_else(|| self.folded.strip_suffix('\'')).unwrap_or(&self.folded)
    }

    /// True when it ends in a possessive.
    pub fn is_possessive(&self) -> bool {
        self.kind == TokenKind::Word
            && (self.folded.ends_with("'s") || (self.folded.ends_with('\'') && self.folded.len() > 1))
    }
}

/// The words of a document as one vector, with each paragraph's range.
pub struct WordIndex {
    /// All words, in order.
    pub words: Vec<W>,
}

impl WordIndex {
    /// Builds the word list of `doc` (same indices as `doc.tokens`) with the built-in lexicon.
    pub fn new(doc: &Document) -> Self {
        Self::with_lexicon(doc, Lexicon::builtin())
    }

    /// Builds the word list of `doc` (same indices as `doc.tokens`). A text repeats its words: each
    /// distinct token is folded and looked up in `lex` once, and its copies share the result.
    pub fn with_lexicon(doc: &Document, lex: &Lexicon) -> Self {
        // A text of n tokens has about n / 2 distinct ones when short, far fewer when long.
        let expected = (doc.tokens.len() / 2).min(1 << 13);
        let mut distinct: Vec<W> = Vec::with_capacity(expected);
        let mut index: FxHashMap<(&str, TokenKind), u32> =
            FxHashMap::with_capacity_and_hasher(expected, Default::default());
        let ids: Vec<u32> = doc
            .tokens
            .iter()
            .map(|t| {
                *index.entry((t.text(doc.text()), t.kind)).or_insert_with(|| {
                    distinct.push(W::new(doc, t, lex));
                    (distinct.len() - 1) as u32
                })
            })
            .collect();
        mark_seen_lower(&mut distinct);
        let mut words: Vec<W> =
            doc.tokens.iter().zip(ids).map(|(t, id)| W { span: t.span, ..distinct[id as usize].clone() }).collect();
        mark_names_in_context(lex, &mut words);
        WordIndex { words }
    }
}

/// Capitalised words that the lexicon keeps out of names but that name someone here: a first
/// name that is also a cue verb or a sentence opener, before a name ("Hope Hicks said", "said
/// Will Doyle"; the opener only inside a sentence: "Will Trump win?" stays a question), a
/// surname that is a cue verb ("Ian Read", "Read said"), a middle initial ("James A. Baker"),
/// a month after a name word ("columnist Ai Jun wrote", "Theresa May"; not "in May",
/// "Trump May 5") and a long acronym after "the".
fn mark_names_in_context(lex: &Lexicon, words: &mut [W]) {
    for i in 0..words.len() {
        let w = &words[i];
        if !w.cap || w.kind != TokenKind::Word || w.lexical.name_word {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &words[p]);
        let next = words.get(i + 1);
        let mid_sentence = prev.is_some_and(|p| p.kind == TokenKind::Word || p.is_punct(",") || p.mark);
        let before_name = next.is_some_and(|n| n.lexical.name_word && !n.lexical.cue_verb);
        // ... or alone between a quotation and its cue ("“...,” Will wrote").
        let framed = prev.is_some_and(|p| p.mark) && next.is_some_and(|n| n.lexical.cue_verb && !n.cap);
        let first_name = lex.first_names.contains_key(w.folded.as_str())
            && (before_name && (w.lexical.cue_verb || mid_sentence) || framed);
        // A surname that is a cue verb: after a first name ("Ian Read") or before a cue ("Read said").
        let surname = w.lexical.cue_verb
            && (prev.is_some_and(|p| p.lexical.name_word && lex.first_names.contains_key(p.folded.as_str()))
                || next.is_some_and(|n| n.lexical.cue_verb && !n.cap));
        let month = month_number(&w.folded).is_some()
            && prev.is_some_and(|p| p.lexical.name_word && !p.is_possessive())
            && next.is_none_or(|n| n.kind != TokenKind::Number);
        // A middle initial that is also a word ("James A. Baker").
        let initial = w.folded.chars().count() == 1
            && prev.is_some_and(|p| p.lexical.name_word)
            && next.is_some_and(|n| n.is_punct("."))
            && words.get(i + 2).is_some_and(|n| n.cap && n.lexical.name_word);
        // A long acronym after "the" ("the FNSEA", "the UNESCO"): upper-case datelines open a
        // paragraph without one.
        let acronym = w.all_caps
            && prev.is_some_and(|p| p.folded == "the")
            && next.is_none_or(|n| !n.all_caps)
            && !w.lexical.cue_verb;
        if first_name || surname || month || initial || acronym {
            let w = &mut words[i];
            w.lexical.cue_verb = false;
            w.lexical.name_word = true;
        }
    }
}

/// Sets [`Lexical::seen_lower`] on each of the distinct words of a document.
fn mark_seen_lower(distinct: &mut [W]) {
    let lower: FxHashSet<&str> = distinct.iter().filter(|w| w.is_word() && !w.cap).map(|w| w.folded.as_str()).collect();
    let seen: Vec<bool> = distinct.iter().map(|w| lower.contains(w.stem_possessive())).collect();
    for (w, seen) in distinct.iter_mut().zip(seen) {
        w.lexical.seen_lower = seen;
    }
}

impl Lexical {
    /// What `lex` says of `w` (all but `seen_lower`).
    fn of(lex: &Lexicon, w: &W) -> Lexical {
        let folded = w.folded.as_str();
        if let Some(table) = lex.word_flags() {
            return Lexical::from_table(lex, table, w);
        }
        Lexical {
            name_word: name_word_rule(lex, w),
            cue_verb: lex.cue_verbs.contains_key(folded),
            loose_verb: lex.loose_verbs.contains_key(folded),
            loose_noun: lex.loose_nouns.contains_key(folded),
            cue_noun: lex.cue_nouns.contains(folded),
            multiword_cue: lex.multiword_cues.iter().any(|e| e.first().is_some_and(|f| f == folded)),
            role: lex.is_role(w.stem_possessive()),
            title: lex.is_single_title(folded),
            np_modifier: lex.np_modifiers.contains(folded),
            aux_adverb: lex.aux_adverbs.contains(folded),
            stopword: lex.stopwords.contains(folded),
            pronoun: lex.pronoun(folded),
            seen_lower: false,
        }
    }

    /// [`Lexical::of`] answered from the combined table of the built-in lexicon (the same keys
    /// as the look-ups there): one look-up for most words, one more when the role or pronoun
    /// key differs from the folded text (a possessive, a word that folds again).
    fn from_table(lex: &Lexicon, table: &FxHashMap<String, WordFlags>, w: &W) -> Lexical {
        let folded = w.folded.as_str();
        let flags = table.get(folded).copied().unwrap_or_default();
        let flags_of = |key: &str| if key == folded { flags } else { table.get(key).copied().unwrap_or_default() };
        let refolded = flags_of(&fold_key(folded));
        // The stem is `folded` itself or a part of it.
        let stem = w.stem_possessive();
        let role = if stem.len() == folded.len() { refolded.role } else { flags_of(&fold_key(stem)).role }
            || stem.contains('-') && without_role_prefix(&fold_key(stem)).is_some_and(|b| flags_of(b).role);
        Lexical {
            name_word: name_word_rule(lex, w),
            cue_verb: flags.cue_verb,
            loose_verb: flags.loose_verb,
            loose_noun: flags.loose_noun,
            cue_noun: flags.cue_noun,
            multiword_cue: flags.multiword_first,
            role,
            title: flags.single_title,
            np_modifier: flags.np_modifier,
            aux_adverb: flags.aux_adverb,
            stopword: flags.stopword,
            pronoun: refolded.pronoun,
            seen_lower: false,
        }
    }
}

/// A slice of words as nom input.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a>(pub &'a [W]);

impl<'a> Input for Words<'a> {
    type Item = &'a W;
    type Iter = std::slice::Iter<'a, W>;
    type IterIndices = std::iter::Enumerate<std::slice::Iter<'a, W>>;

    fn input_len(&self) -> usize {
        self.0.len()
    }
    fn take(&self, index: usize) -> Self {
        Words(&self.0[..index])
    }
    fn take_from(&self, index: usize) -> Self {
        Words(&self.0[index..])
    }
    fn take_split(&self, index: usize) -> (Self, Self) {
        (Words(&self.0[index..]), Words(&self.0[..index]))
    }
    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.0.iter().position(predicate)
    }
    fn iter_elements(&self) -> Self::Iter {
        self.0.iter()
    }
    fn iter_indices(&self) -> Self::IterIndices {
        self.0.iter().enumerate()
    }
    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.0.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.0.len()))
        }
    }
}

/// Result of a word parser.
pub type PResult<'a, O> = IResult<Words<'a>, O>;

/// Matches one word satisfying `pred`.
pub fn one<'a>(pred: impl Fn(&W) -> bool) -> impl FnMut(Words<'a>) -> PResult<'a, &'a W> {
    move |input: Words<'a>| match input.0.first() {
        Some(w) if pred(w) => Ok((Words(&input.0[1..]), w)),
        _ => Err(nom::Err::Error(Error::new(input, ErrorKind::Verify))),
    }
}

/// Matches one word whose folded text is `s`.
pub fn lit<'a>(s: &'static str) -> impl FnMut(Words<'a>) -> PResult<'a, &'a W> {
    one(move |w| w.folded == s)
}

/// Matches a multi-word cue of `lex` ("according to"), returning its span.
pub fn multiword_cue<'a>(lex: &'a Lexicon) -> impl FnMut(Words<'a>) -> PResult<'a, Span> {
    let mut cue = phrase(&lex.multiword_cues);
    move |input: Words<'a>| match input.0.first() {
        Some(w) if w.lexical.multiword_cue => cue(input),
        _ => Err(nom::Err::Error(Error::new(input, ErrorKind::Tag))),
    }
}

/// Matches a multi-word entry of a lexicon list (`["according", "to"]`), returning its span.
pub fn phrase<'a>(entries: &'a [Vec<String>]) -> impl FnMut(Words<'a>) -> PResult<'a, Span> {
    move |input: Words<'a>| {
        for e in entries {
            if e.len() <= input.0.len() && e.iter().zip(input.0).all(|(a, w)| *a == w.folded) {
                let span = input.0[0].span.cover(&input.0[e.len() - 1].span);
                return Ok((Words(&input.0[e.len()..]), span));
            }
        }
        Err(nom::Err::Error(Error::new(input, ErrorKind::Tag)))
    }
}

/// The span covering a non-empty run of words.
pub fn cover(ws: &[W]) -> Span {
    match (ws.first(), ws.last()) {
        (Some(a), Some(b)) => a.span.cover(&b.span),
        _ => Span::default(),
    }
}

/// True when a word is a cue verb form.
pub fn is_cue(w: &W) -> bool {
    w.kind == TokenKind::Word && w.lexical.cue_verb
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        let d = Document::new(t);
        let idx = WordIndex::new(&d);
        idx.words.iter().filter(|w| w.lexical.name_word).map(|w| d.slice(w.span).to_string()).collect()
    }

    #[test]
    fn first_names_that_are_common_words() {
        assert_eq!(names("spokeswoman Hope Hicks said"), ["Hope", "Hicks"]);
        assert_eq!(names("said Will Doyle"), ["Will", "Doyle"]);
        assert_eq!(names("Will Trump win?"), ["Trump"]);
        assert_eq!(names("“It is over,” Will wrote."), ["Will"]);
        assert_eq!(names("“It is over.” Will Estrada said"), ["Will", "Estrada"]);
        assert_eq!(names("Prime Minister Theresa May said"), ["Prime", "Minister", "Theresa", "May"]);
        assert_eq!(names("Trump May 5"), ["Trump"]);
        assert_eq!(names("chief executive Ian Read. Read said"), ["Ian", "Read", "Read"]);
        assert_eq!(names("wrote James A. Baker. A man"), ["James", "A", "Baker"]);
    }
}
