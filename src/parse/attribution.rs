//! Attributions of one document: every quotation and reported statement, with its cue and the
//! speaker phrase it points at (before speaker resolution).

use super::frames::{dash_colon_frame, post_frame, pre_frame, Frame};
use super::marks::is_quote_mark;
use super::pairing::{pair_quotes, MarkWarning, RawQuote};
use super::phrases::{
    clause_subject, is_relative_pronoun, plain_subject_before, speaker, subject_before, PhraseKind, SpeakerPhrase,
};
use super::reported::{find_reported, owner_before};
use super::words::{Words, W};
use crate::lexicon::Lexicon;
use crate::text::{Document, Span, TokenKind};
use nom::Parser;
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

/// What kind of quotation or statement an attribution is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted sentence or clause given as someone's words.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// Reported speech without quotation marks.
    Reported,
    /// Scare quotes, a title or a name: not speech.
    Term,
}

impl QuoteKind {
    /// The name used in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Reported => "reported",
            QuoteKind::Term => "term",
        }
    }
}

/// How firmly an attribution was recognised. The checks read only [`Certainty::Clause`]; the
/// listing (`quotecheck quotes`) and the quote evaluation take both levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// A quotation, or reported speech of the `S said (that) CLAUSE` family.
    #[default]
    Clause,
    /// Reported speech recognised loosely: noun-phrase content ("endorsed Bush", "criticism of the
    /// plan"), a cue outside the core lexicon, or no source named.
    Loose,
}

/// How an attribution reached its speaker phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// A frame around the quote or statement names the speaker.
    Frame,
    /// Continues the attribution with this index (split quote, quote-only paragraph).
    Continuation(usize),
    /// Follows a statement introduced earlier (a previous attribution or a sentence with a cue noun).
    Context(Option<usize>),
    /// No speaker.
    None,
}

/// One quotation or reported statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// What it is.
    pub kind: QuoteKind,
    /// The quoted text without marks, or the reported clause.
    pub content: Span,
    /// The quote with its marks (equal to `content` for reported speech).
    pub outer: Span,
    /// The cue ("said", "according to").
    pub cue: Option<Span>,
    /// The speaker phrase the attribution points at ("he", "Shiriyev").
    pub speaker: Option<SpeakerPhrase>,
    /// How the speaker phrase was reached.
    pub link: Link,
    /// Quotations nested inside this one.
    pub nested: Vec<Span>,
    /// Pieces of one multi-paragraph quotation share a group.
    pub group: Option<usize>,
    /// True when the closing mark is missing.
    pub unclosed: bool,
    /// How firmly it was recognised (always [`Certainty::Clause`] for quotations).
    pub certainty: Certainty,
}

impl Attribution {
    /// True for reported speech recognised only loosely, which the checks leave aside.
    pub fn is_loose(&self) -> bool {
        self.certainty == Certainty::Loose
    }

    /// Makes it a term: no speech, so no cue, speaker or link.
    fn make_term(&mut self) {
        self.kind = QuoteKind::Term;
        self.cue = None;
        self.speaker = None;
        self.link = Link::None;
    }

    /// The word of the text that stands for the speaker at the cue: the speaker phrase itself,
    /// or the relative pronoun that takes its place ("Mr. Sanders, who said ..." → "who"), as
    /// "he" does in "he said".
    pub fn mention(&self, doc: &Document) -> Option<Span> {
        let sp = self.speaker.as_ref()?;
        // A continuation points at the speaker phrase it continues.
        let own = !matches!(self.link, Link::Continuation(_) | Link::Context(Some(_)));
        let relative = self.cue.filter(|c| own && c.start > sp.span.end).and_then(|c| {
            let between = doc.slice(Span::new(sp.span.end, c.start));
            let rest = between.trim_start().strip_prefix(',')?;
            let who = rest.trim_start();
            let after = who.strip_prefix("who")?;
            // Only auxiliaries or adverbs between "who" and the cue ("who has long argued"); a
            // closed relative clause leaves the cue to the main clause ("X, who lives here, said").
            let short = after.split_whitespace().count() <= 3 && !after.contains(',');
            (after.starts_with(char::is_whitespace) && short).then(|| {
                // `who` runs to the cue.
                let start = c.start - who.len();
                Span::new(start, start + "who".len())
            })
        });
        Some(relative.unwrap_or(sp.span))
    }
}

/// Everything the grammar finds in one document.
#[derive(Debug, Clone, Default)]
pub struct Attributions {
    /// In document order.
    pub items: Vec<Attribution>,
    /// Problems with quote marks.
    pub warnings: Vec<MarkWarning>,
}

fn paragraph_tokens(doc: &Document, p: usize) -> std::ops::Range<usize> {
    let para = &doc.paragraphs[p];
    let first = &doc.sentences[para.sentences.start];
    let last = &doc.sentences[para.sentences.end - 1];
    first.tokens.start..last.tokens.end
}

fn word_count(doc: &Document, span: Span) -> usize {
    doc.slice(span).split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn looks_like_sentence(doc: &Document, span: Span) -> bool {
    let s = doc.slice(span).trim();
    let first_upper = s.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let last = s.trim_end_matches(['”', '"', '’', '\'', ' ']).chars().last();
    first_upper
        && (matches!(last, Some('.') | Some('!') | Some('?') | Some('…') | Some(',')) || word_count(doc, span) >= 8)
}

/// [`is_title_with`] of a quotation, with its marks at `outer`: a full stop inside a quotation that
/// closes its sentence without opening it (`the reality show “The Apprentice.”`) may be the
/// sentence's own, put inside the marks as American usage does, and then says nothing.
fn is_quoted_title(doc: &Document, content: Span, outer: Span) -> bool {
    let closes = doc.sentence_at(outer.start).is_some_and(|s| {
        let sp = doc.sentences[s].span;
        sp.end == outer.end && sp.start != outer.start
    });
    is_title_with(doc, content, closes) || names_after_possessive(doc, content, outer)
}

/// Prepositions of four letters that a title leaves in lower case (`Meet the Press`, `This Week
/// with George Stephanopoulos`).
const TITLE_LOWER: &[&str] = &["with", "from", "into", "onto", "upon", "over", "than"];

/// True for a word of [`TITLE_LOWER`] (in lower case, as a title writes it).
fn is_title_lower(w: &str) -> bool {
    TITLE_LOWER.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// True for a name in quote marks after a possessive: a programme, work or slogan of its owner
/// (`CNN’s “New Day,”`, `Fox News Channel’s “Hannity,”`, `WTMJ’s “Midday with Charlie Sykes,”`).
///
/// ```text
/// name := possessive ("’s" | "s’") quote-of(Capitalised (word | Capitalised | TITLE_LOWER){0,7} [.,])
/// ```
/// Every word of four letters or more is capitalised; a quoted phrase after a possessive in lower
/// case is the owner's words (`Trump’s “latest twitter meltdown”`, `Trump's "New York values"`).
fn names_after_possessive(doc: &Document, content: Span, outer: Span) -> bool {
    let before = doc.text()[..outer.start].trim_end();
    let possessive = before.ends_with("’s")
        || before.ends_with("'s")
        || before.ends_with("s’")
        || before.ends_with("s'") && !before.ends_with("''");
    if !possessive {
        return false;
    }
    let s = doc.slice(content).trim_end_matches(['.', ',', ' ']);
    let words: Vec<&str> = s.split_whitespace().take(9).collect();
    let capital = |w: &str| w.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric());
    (1..=8).contains(&words.len())
        && capital(words[0])
        && !s.contains(['!', '?'])
        && words.iter().all(|w| w.chars().filter(|c| c.is_alphabetic()).count() < 4 || capital(w) || is_title_lower(w))
}

/// True for a quoted title ("Meet the Press", ''An American Son'', “Contract with America”):
/// every word of four letters or more but the prepositions of [`TITLE_LOWER`] is capitalised, at
/// most ten words; a full stop at the end is a sentence's (a short
/// sentence is no title) unless `stop_is_sentence_end`.
fn is_title_with(doc: &Document, span: Span, stop_is_sentence_end: bool) -> bool {
    let s = doc.slice(span).trim_end_matches(['.', ',', '!', '?', ' ']);
    let capitalised = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if !s.split_whitespace().next().is_some_and(capitalised) {
        return false;
    }
    // Words (up to 11), long words and whether every long word is capitalised, in one pass.
    // Four-letter prepositions stay in lower case in a title ("Midday with Charlie Sykes").
    let (mut words, mut long, mut long_capitalised) = (0, 0, true);
    for w in s.split_whitespace().take(11) {
        words += 1;
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !is_title_lower(w) {
            long += 1;
            long_capitalised &= capitalised(w);
        }
    }
    // A short sentence ("Look at us now.", "That's on me.") has one capitalised long word at most.
    let text = doc.slice(span).trim_end();
    let ends_sentence = text.ends_with(['!', '?']) || text.ends_with('.') && !stop_is_sentence_end;
    (2..=10).contains(&words) && long > 0 && (!ends_sentence || long >= 2) && long_capitalised
}

/// Finds every quotation and reported statement of `doc`; `words` is its [`WordIndex`](super::words::WordIndex).
pub fn attribute(doc: &Document, lex: &Lexicon, words: &[W]) -> Attributions {
    let (raws, warnings) = pair_quotes(doc);
    let outers: Vec<&RawQuote> = raws.iter().filter(|r| r.depth == 0).collect();
    let outer_spans: Vec<Span> = outers.iter().map(|r| outer_span(r)).collect();
    let in_quote = quoted_words(words, &outer_spans);
    let quoted = |i: usize| in_quote[i];
    // Inner quotations ordered by where their content starts, so that each outer quotation looks
    // only at the ones that start inside it (not at every quotation of the text).
    let mut inner: Vec<(usize, Span)> =
        raws.iter().enumerate().filter(|(_, n)| n.depth > 0).map(|(i, n)| (i, n.content)).collect();
    inner.sort_by_key(|&(i, c)| (c.start, i));
    let mut items: Vec<Attribution> = Vec::new();
    for (qi, r) in outers.iter().enumerate() {
        let outer = outer_spans[qi];
        let from = inner.partition_point(|(_, c)| c.start < outer.start);
        let mut within: Vec<(usize, Span)> = inner[from..]
            .iter()
            .take_while(|(_, c)| c.start <= outer.end)
            .filter(|(_, c)| outer.contains(c))
            .copied()
            .collect();
        within.sort_unstable_by_key(|&(i, _)| i);
        let nested = within.into_iter().map(|(_, c)| c).collect();
        let sentence = doc.sentence_at(outer.start);
        let frame = find_frame(doc, lex, words, outer, sentence, &quoted);
        let (link, cue, speaker, immediate) = match &frame {
            Some((f, _)) => (Link::Frame, Some(f.cue), Some(f.speaker.clone()), f.immediate),
            None => (Link::None, None, None, false),
        };
        let at_sentence_start = sentence.is_some_and(|s| doc.sentences[s].span.start == outer.start);
        let starts_upper = doc
            .slice(r.content)
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let introduced = match &frame {
            Some((f, false)) if f.immediate => {
                let near = sentence.map_or(0..0, |s| doc.sentences[s].tokens.clone());
                introduced_by_punctuation(words, doc, outer, f, near)
            }
            _ => false,
        };
        let said = (at_sentence_start && frame_is_post(&frame))
            || (introduced && ends_sentence(doc, r.content))
            || uttered_right_after(lex, words, doc, outer, &frame);
        let kind = if is_quoted_title(doc, r.content, outer) && !said {
            QuoteKind::Term
        } else if at_sentence_start || (immediate && starts_upper) || looks_like_sentence(doc, r.content) {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
        items.push(Attribution {
            kind,
            content: r.content,
            outer,
            cue,
            speaker,
            link,
            nested,
            group: Some(r.group),
            unclosed: r.unclosed,
            certainty: Certainty::Clause,
        });
    }
    let mut loose = Vec::new();
    for s in &doc.sentences {
        if !doc.paragraphs[s.paragraph].kind.is_prose() {
            continue;
        }
        let ws = &words[s.tokens.clone()];
        let base = s.tokens.start;
        for rep in find_reported(lex, ws, |i| quoted(base + i)) {
            let item = Attribution {
                kind: QuoteKind::Reported,
                content: rep.clause,
                outer: rep.clause,
                cue: rep.cue,
                link: if rep.speaker.is_some() { Link::Frame } else { Link::None },
                speaker: rep.speaker,
                nested: Vec::new(),
                group: None,
                unclosed: false,
                certainty: rep.certainty,
            };
            if item.is_loose() {
                loose.push(item);
            } else {
                items.push(item);
            }
        }
    }
    items.sort_by_key(|a| (a.content.start, a.kind == QuoteKind::Reported));
    link_unframed(doc, lex, words, &mut items);
    credit_inside_reported(doc, &mut items);
    credit_to_cue_subject(doc, lex, words, &in_quote, &mut items);
    headline_fragments_are_terms(doc, &mut items);
    quoted_subheads_are_terms(doc, &mut items);
    Attributions { items: merge_loose(items, loose), warnings }
}

/// Merges the loosely recognised statements into the settled attributions in document order,
/// keeping the indices of links right. They come in last so that they lend no speaker, cue or
/// context to the others; one that overlaps a firm reported statement adds nothing and is dropped.
fn merge_loose(firm: Vec<Attribution>, mut loose: Vec<Attribution>) -> Vec<Attribution> {
    let firm_reported: Vec<Span> = firm.iter().filter(|a| a.kind == QuoteKind::Reported).map(|a| a.content).collect();
    loose.retain(|l| {
        let k = firm_reported.partition_point(|c| c.start < l.content.end);
        !firm_reported[..k].iter().rev().take(8).any(|c| c.overlaps(&l.content))
    });
    if loose.is_empty() {
        return firm;
    }
    loose.sort_by_key(|a| a.content.start);
    let mut out = Vec::with_capacity(firm.len() + loose.len());
    let mut new_index = Vec::with_capacity(firm.len());
    let mut rest = loose.into_iter().peekable();
    for a in firm {
        while let Some(l) = rest.next_if(|l| l.content.start < a.content.start) {
            out.push(l);
        }
        new_index.push(out.len());
        out.push(a);
    }
    out.extend(rest);
    for a in &mut out {
        if let Link::Continuation(j) | Link::Context(Some(j)) = &mut a.link {
            *j = new_index[*j];
        }
    }
    out
}

/// A quoted fragment of a headline is no quotation of its own: headline style puts in quote marks
/// a word or phrase of the attribution the headline condenses (`Pence: Gennifer Flowers Won’t Be
/// at Debate, Trump Was ‘Mocking’ Clinton Camp`, `Obama slams GOP’s ‘doom and despair’ on
/// economy`), and it becomes a term. A quotation that is a whole clause of the headline stays a
/// quotation:
///
/// ```text
/// whole := (headline start | ":") quote (headline end | ":" ... | quote ending in , . ! ?)
/// ```
/// (`Trump: ‘We are going to win so much.’`, `‘We will not be bullied,’ says Faroese fisheries
/// minister`).
fn headline_fragments_are_terms(doc: &Document, items: &mut [Attribution]) {
    let Some(p) = doc.headline() else { return };
    let head = doc.paragraphs[p].span;
    for it in items.iter_mut() {
        if it.outer.start >= head.end {
            break;
        }
        if !matches!(it.kind, QuoteKind::Direct | QuoteKind::Partial) || !head.contains(&it.outer) {
            continue;
        }
        let before = doc.slice(Span::new(head.start, it.outer.start)).trim_end();
        let after = doc.slice(Span::new(it.outer.end, head.end)).trim_start();
        let opens = before.is_empty() || before.ends_with(':');
        let closes = !after.chars().any(char::is_alphanumeric)
            || after.starts_with(':')
            || doc.slice(it.content).trim_end().ends_with([',', '.', '!', '?']);
        if !(opens && closes) {
            it.make_term();
        }
    }
}

/// True when a quotation opens with a single mark (`‘`, `'`; not the doubled `''`).
fn opens_single(doc: &Document, outer: Span) -> bool {
    let s = doc.slice(outer);
    s.starts_with('‘') || s.starts_with('\'') && !s.starts_with("''")
}

/// The most words of a quoted subhead.
const SUBHEAD_WORDS: usize = 8;

/// A paragraph that is nothing but a short quotation in single marks, in a text that quotes with
/// double marks, is a subhead: headline style sets a phrase from the story in single marks
/// (`''...,'' Mr. Autor said.` ... `'Pretty cool working there.'`). Its quotation becomes a
/// term.
fn quoted_subheads_are_terms(doc: &Document, items: &mut [Attribution]) {
    let quotes = |a: &&Attribution| matches!(a.kind, QuoteKind::Direct | QuoteKind::Partial | QuoteKind::Term);
    if !items.iter().filter(quotes).any(|a| !opens_single(doc, a.outer)) {
        return;
    }
    for it in items.iter_mut() {
        if !matches!(it.kind, QuoteKind::Direct | QuoteKind::Partial)
            || !opens_single(doc, it.outer)
            || word_count(doc, it.content) > SUBHEAD_WORDS
        {
            continue;
        }
        let Some(p) = doc.paragraph_at(it.outer.start) else { continue };
        let para = doc.paragraphs[p].span;
        let around =
            [Span::new(para.start, it.outer.start.max(para.start)), Span::new(it.outer.end.min(para.end), para.end)];
        if para.contains(&it.outer) && around.iter().all(|&a| !doc.slice(a).chars().any(char::is_alphanumeric)) {
            it.make_term();
        }
    }
}

/// A quotation without a speaker inside a reported clause is a partial quote of that clause's
/// speaker (`Smith said the plan was “a disaster” for farmers`); quoted titles stay terms.
fn credit_inside_reported(doc: &Document, items: &mut [Attribution]) {
    let reported: Vec<(Span, Option<Span>, Option<SpeakerPhrase>)> =
        items.iter().filter(|a| a.kind == QuoteKind::Reported).map(|a| (a.content, a.cue, a.speaker.clone())).collect();
    if reported.is_empty() {
        return;
    }
    for it in items.iter_mut() {
        if it.kind != QuoteKind::Term || it.speaker.is_some() || is_quoted_title(doc, it.content, it.outer) {
            continue;
        }
        // Reported clauses are in document order of their start; the innermost one that
        // contains the quotation is the nearest starting before it.
        let k = reported.partition_point(|(c, _, _)| c.start <= it.outer.start);
        if let Some((_, cue, sp)) = reported[..k].iter().rev().take(4).find(|(c, _, _)| c.contains(&it.outer)) {
            it.kind = QuoteKind::Partial;
            it.cue = *cue;
            it.speaker = sp.clone();
            it.link = Link::Frame;
        }
    }
}

/// How many words back from a quotation its cue may be.
const CUE_WINDOW: usize = 40;

/// A quoted fragment without a speaker after a cue verb or noun of its sentence is the words of
/// that cue's subject (`Reid has been steadily pounding Trump as a “con artist”`, `Feinstein
/// last week said Clinton was not the originator of any “top secret” email chains`); quoted
/// titles stay terms. `in_quote[i]` tells whether word `i` lies inside a quotation.
fn credit_to_cue_subject(doc: &Document, lex: &Lexicon, words: &[W], in_quote: &[bool], items: &mut [Attribution]) {
    for it in items.iter_mut() {
        if it.kind != QuoteKind::Term {
            continue;
        }
        let naming = named_by_verb(doc, words, it.outer);
        // A title its frame credits to someone: "Trump called the winner “Miss Piggy”".
        if it.speaker.is_some() {
            if naming.is_some() {
                it.kind = QuoteKind::Partial;
            }
            continue;
        }
        if naming.is_none() && is_quoted_title(doc, it.content, it.outer) {
            continue;
        }
        let Some(s) = doc.sentence_at(it.outer.start) else { continue };
        if !doc.paragraphs[doc.sentences[s].paragraph].kind.is_prose() {
            continue;
        }
        let before = token_at_or_after_near(doc, it.outer.start, doc.sentences[s].tokens.clone())
            .clamp(doc.sentences[s].tokens.start, words.len());
        // As for frames, only the last PRE_FRAME_WINDOW words count: parsing subjects from the
        // start of a very long sentence for each of its quotations would be quadratic.
        let st = doc.sentences[s].tokens.start.max(before.saturating_sub(PRE_FRAME_WINDOW));
        let lo = st.max(before.saturating_sub(CUE_WINDOW));
        let ws = &words[st..before];
        let named = naming_as(ws).and_then(|a| Some((a, active_subject(lex, ws, a)?)));
        let cued = || {
            let c = (lo..before).rev().find(|&k| {
                let w = &words[k];
                // ("the so-called “...”" names no speaker of its own.)
                let naming = naming.is_some_and(|v| v == k) && w.folded != "so-called";
                !in_quote[k] && w.is_word() && !w.cap && (w.lexical.cue_verb || w.lexical.cue_noun || naming)
            })? - st;
            let sp = subject_before(lex, ws, 0, c)
                .or_else(|| plain_subject_before(lex, ws, 0, c))
                .or_else(|| clause_subject(lex, ws, 0, c).filter(|sp| sp.span.end <= ws[c].span.start))?;
            Some((c, sp))
        };
        let credited = named.or_else(cued).filter(|(c, sp)| speaks_through_cue(ws, sp, *c));
        let Some((c, sp)) = credited else {
            // "has been called “...” by Joshua Hendrick", "his calls to end the “rigged
            // economy”"; "a group called the “We The People Foundation”" names no one.
            // A name with no one to credit stays a term ("nicknamed “Shershen” (Hornet)").
            let Some(v) = naming else { continue };
            let noun = matches!(words[v].folded.as_str(), "call" | "calls");
            let sp = agent_after(doc, lex, words, it.outer, doc.sentences[s].tokens.clone())
                .or_else(|| owner_before(lex, words, v).filter(|_| noun));
            let name = is_quoted_title(doc, it.content, it.outer)
                || doc.slice(it.content).split_whitespace().count() == 1
                    && doc.slice(it.content).starts_with(char::is_uppercase);
            if sp.is_none() && name {
                continue;
            }
            it.kind = QuoteKind::Partial;
            it.cue = Some(words[v].span);
            if let Some(sp) = sp {
                it.speaker = Some(sp);
                it.link = Link::Frame;
            }
            continue;
        };
        it.kind = QuoteKind::Partial;
        it.speaker = Some(sp);
        it.cue = Some(ws[c].span);
        it.link = Link::Frame;
    }
}

/// The verbs of `grammar/naming_verbs.txt`, in every form.
fn naming_verbs() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../grammar/naming_verbs.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .map(crate::text::fold)
            .collect()
    })
}

/// The word index of a naming verb at most five words before the quotation at `outer`, in its
/// sentence and with no punctuation between (`called the 1996 pageant winner “Miss Piggy”`,
/// `deemed him ''well qualified''`, `the so-called “Implementation Initiative”`).
fn named_by_verb(doc: &Document, words: &[W], outer: Span) -> Option<usize> {
    let s = doc.sentence_at(outer.start)?;
    let first = doc.sentences[s].tokens.start;
    let k = token_at_or_after_near(doc, outer.start, doc.sentences[s].tokens.clone()).min(words.len());
    (first..k)
        .rev()
        .take(6)
        .take_while(|&i| words[i].is_word() || words[i].kind == TokenKind::Number)
        .find(|&i| !words[i].cap && naming_verbs().contains(words[i].folded.as_str()))
}

/// The agent of a passive naming verb after the quotation at `outer`: `“...” by S`.
fn agent_after(
    doc: &Document,
    lex: &Lexicon,
    words: &[W],
    outer: Span,
    sentence: Range<usize>,
) -> Option<SpeakerPhrase> {
    let sentence_end = sentence.end.min(words.len());
    let k = token_at_or_after_near(doc, outer.end, sentence);
    let by = (k..sentence_end.min(k + 2)).find(|&i| words[i].is_word())?;
    if words[by].folded != "by" {
        return None;
    }
    speaker(lex).parse(Words(&words[by + 1..sentence_end])).ok().map(|(_, sp)| sp)
}

/// The index of "as" when it introduces the quotation that follows `ws` (`described the
/// government as being ''...''`, `admires Putin as a “strong leader”`): a naming or describing
/// construction, whose subject gives the words.
fn naming_as(ws: &[W]) -> Option<usize> {
    let n = ws.len();
    let det =
        |w: &W| matches!(w.folded.as_str(), "a" | "an" | "the" | "being" | "having" | "his" | "her" | "their" | "its");
    let k = if n >= 1 && ws[n - 1].folded == "as" {
        n - 1
    } else if n >= 2 && ws[n - 2].folded == "as" && det(&ws[n - 1]) {
        n - 2
    } else {
        return None;
    };
    (k > 0).then_some(k)
}

/// The subject of the clause before word `a` of `ws` when a verb in the active voice follows it
/// (`Merkel heralded the deal as ...`, `Reid has been pounding Trump as ...`; not `the scheme,
/// known in German as ...`, `she's seen as ...`, `a drone known as ...`).
fn active_subject(lex: &Lexicon, ws: &[W], a: usize) -> Option<SpeakerPhrase> {
    // "a new drone known as ...", "a plan dubbed ...": a participle right before "as" names the
    // noun it follows, whoever the clause's subject is.
    let before = &ws[a - 1];
    if before.is_word() && (before.folded.ends_with("ed") || matches!(before.folded.as_str(), "known" | "seen")) {
        return None;
    }
    let sp = clause_subject(lex, ws, 0, a)?;
    let mut k = ws.partition_point(|w| w.span.start < sp.span.end);
    let mut be = false;
    while k < a && (ws[k].lexical.aux_adverb || is_be(&ws[k])) {
        be |= is_be(&ws[k]);
        k += 1;
    }
    // After "be" only a progressive is active: "has been pounding", not "is seen".
    let verb = ws.get(k).filter(|_| k < a)?;
    (verb.is_word() && !verb.cap && (!be || verb.folded.ends_with("ing"))).then_some(sp)
}

/// True for a form of "be".
fn is_be(w: &W) -> bool {
    matches!(w.folded.as_str(), "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "'re")
}

/// True when `sp` can be the one who speaks through the cue at word `c` of `ws`: not "it" (`it
/// was a report by Politico that ...`), and no relative pronoun between them makes the cue
/// another noun's (`Donald Trump Jr., who suggested ...`).
fn speaks_through_cue(ws: &[W], sp: &SpeakerPhrase, c: usize) -> bool {
    let neuter = matches!(sp.kind, PhraseKind::Pronoun(crate::lexicon::Gender::Neuter));
    let from = ws.partition_point(|w| w.span.start < sp.span.end);
    !neuter && !ws[from..c].iter().any(is_relative_pronoun)
}

/// For each word, whether it starts inside the last of `outers` (sorted by start) that starts
/// at or before it.
fn quoted_words(words: &[W], outers: &[Span]) -> Vec<bool> {
    let mut k = 0;
    words
        .iter()
        .map(|w| {
            let off = w.span.start;
            while k < outers.len() && outers[k].start <= off {
                k += 1;
            }
            k > 0 && outers[k - 1].contains_offset(off)
        })
        .collect()
}

/// True when the frame `f` ends right before the quotation with a colon or comma (`Trump: ‘...’`,
/// `Sanders said, “...”`; not `she wrote in her memoir, “...”`). `near` are the tokens of the
/// quotation's sentence (see [`token_at_or_after_near`]).
fn introduced_by_punctuation(words: &[W], doc: &Document, outer: Span, f: &Frame, near: Range<usize>) -> bool {
    let k = token_at_or_after_near(doc, outer.start, near);
    let Some(p) = k.checked_sub(1).and_then(|p| words.get(p)) else { return false };
    let frame_end = f.cue.end.max(f.speaker.span.end);
    let last_word = words[..k - 1].last().map(|w| w.span.end);
    p.is_punct(":") || p.is_punct(",") && last_word == Some(frame_end)
}

/// Verbs of writing, reading and singing, whose object in quote marks is often a work's title (`wrote “The
/// Art of the Deal”`, `sang “Amazing Grace”`), and "tell", whose object is the hearer (`told
/// “Fox and Friends”`).
const TITLE_TAKING: &[&str] = &["write", "read", "sing", "post", "publish", "tell"];

/// True when the quotation follows its cue verb of utterance directly (`the protesters chanted
/// “Chris Christie: Bad for New Jersey, bad for you.”`, `She declared “What a Super Tuesday!”`,
/// `he said: “...”`): its words are said even when every long word is capitalised. Verbs of
/// naming (`called`, `dubbed`, flagged loose), stance verbs (`show`, also a noun: `the TV show
/// “Shark Tank.”`) and those of [`TITLE_TAKING`] do not count.
fn uttered_right_after(lex: &Lexicon, words: &[W], doc: &Document, outer: Span, frame: &Option<(Frame, bool)>) -> bool {
    let Some((f, false)) = frame else { return false };
    let k = doc.token_at_or_after(outer.start);
    let Some(cue) = words[..k].iter().rev().find(|w| !(w.is_punct(":") || w.is_punct(","))) else { return false };
    let right_after = cue.span == f.cue && k - words[..k].iter().rposition(|w| w.span == f.cue).unwrap_or(0) <= 2;
    right_after
        && lex
            .cue_verbs
            .get(cue.folded.as_str())
            .is_some_and(|v| !v.loose && !v.stance && !TITLE_TAKING.contains(&v.lemma.as_str()))
}

/// `doc.token_at_or_after(offset)`, searched among the tokens `near` when the answer lies there
/// (the token before them starts before `offset`, the one after them does not): a search of the
/// whole text's tokens misses the cache on long texts. Tokens are ordered by start, so the
/// answer is the same.
fn token_at_or_after_near(doc: &Document, offset: usize, near: Range<usize>) -> usize {
    let len = doc.tokens.len();
    let lo = near.start.min(len);
    let hi = near.end.clamp(lo, len);
    let below = lo == 0 || doc.tokens[lo - 1].span.start < offset;
    let above = hi == len || doc.tokens[hi].span.start >= offset;
    if below && above {
        lo + doc.tokens[lo..hi].partition_point(|t| t.span.start < offset)
    } else {
        doc.token_at_or_after(offset)
    }
}

/// True when the quoted text ends with a sentence's final punctuation.
fn ends_sentence(doc: &Document, content: Span) -> bool {
    doc.slice(content).trim_end().ends_with(['.', '!', '?', '…', ','])
}

/// True when the quotation is a whole sentence of its own ending with a full stop, `!` or `?`
/// (`... ,” he said. “That’s Jeb Bush and Marco Rubio.”`): said, even when every word is
/// capitalised.
fn is_quoted_sentence(doc: &Document, it: &Attribution) -> bool {
    let whole = doc.sentence_at(it.outer.start).is_some_and(|s| doc.sentences[s].span == it.outer);
    whole && doc.slice(it.content).trim_end().ends_with(['.', '!', '?'])
}

fn frame_is_post(frame: &Option<(Frame, bool)>) -> bool {
    frame.as_ref().is_some_and(|(_, post)| *post)
}

fn outer_span(r: &RawQuote) -> Span {
    Span::new(r.open.start, r.close.map_or(r.content.end, |c| c.end))
}

/// How many words before a quotation (within its sentence) may hold its frame.
const PRE_FRAME_WINDOW: usize = 120;

fn find_frame(
    doc: &Document,
    lex: &Lexicon,
    words: &[W],
    outer: Span,
    sentence: Option<usize>,
    quoted: &impl Fn(usize) -> bool,
) -> Option<(Frame, bool)> {
    // `sentence` is `doc.sentence_at(outer.start)`; its paragraph is most often the one asked for.
    let hint = sentence.map(|s| doc.sentences[s].paragraph).filter(|&p| {
        doc.paragraphs.get(p).is_some_and(|pp| pp.span.start <= outer.start)
            && doc.paragraphs.get(p + 1).is_none_or(|next| next.span.start > outer.start)
    });
    let p = hint.or_else(|| doc.paragraph_at(outer.start))?;
    let pt = paragraph_tokens(doc, p);
    // The quotation's token bounds clamped to the paragraph (or sentence), searched among those
    // tokens only: a search over the whole text misses the cache on long texts.
    let after = pt.start + doc.tokens[pt.clone()].partition_point(|t| t.span.start < outer.end);
    // A quotation that ends its sentence with a full stop (`... living.” Gallery director Kathryn
    // Waters said`) is not framed by what follows: that is the next sentence's subject.
    let closes_sentence =
        doc.slice(Span::new(outer.start, outer.end)).trim_end_matches(is_quote_mark).trim_end().ends_with('.')
            && words.get(after).is_some_and(|w| w.cap);
    if let Some(f) = post_frame(lex, &words[after..pt.end]) {
        if !closes_sentence || is_frame_sentence(doc, words, after, &f) {
            return Some((f, true));
        }
    }
    let s = sentence?;
    let st = doc.sentences[s].tokens.start;
    let before = st + doc.tokens[st..pt.end].partition_point(|t| t.span.start < outer.start);
    // The cue is looked for among the last PRE_FRAME_WINDOW words before the quote: in a sentence
    // with many quotations (or none of its marks closed) a search back to the sentence start for
    // every quotation would take time quadratic in the sentence's length.
    let whole_sentence = st + PRE_FRAME_WINDOW >= before;
    let st = st.max(before.saturating_sub(PRE_FRAME_WINDOW));
    if let Some(f) = dash_colon_frame(lex, &words[st..before]) {
        return Some((f, false));
    }
    if let Some(f) = pre_frame(lex, &words[st..before], |i| quoted(st + i)) {
        return Some((f, false));
    }
    // "Trump gestured ..., then leaned in and boomed: “...”": a colon before the quotation
    // introduces the words of the sentence's subject.
    if whole_sentence && before > st && words[before - 1].is_punct(":") {
        if let Some(sp) = clause_subject(lex, &words[st..before - 1], 0, before - 1 - st) {
            return Some((Frame { cue: words[before - 1].span, speaker: sp, immediate: true }, false));
        }
    }
    let sentence_end = doc.sentences[s].tokens.end.min(pt.end);
    if after < sentence_end && !closes_sentence {
        if let Some(f) = closing_frame(lex, &words[after..sentence_end]) {
            return Some((f, true));
        }
    }
    // "He said:" closing the previous paragraph.
    if before == pt.start && p > 0 {
        let prev = paragraph_tokens(doc, p - 1);
        if words[..prev.end].last().is_some_and(|w| w.is_punct(":")) {
            let ps = doc.sentence_at(doc.tokens[prev.end - 1].span.start)?;
            let pst = doc.sentences[ps].tokens.start;
            return pre_frame(lex, &words[pst..prev.end], |i| quoted(pst + i))
                .map(|f| (Frame { immediate: true, ..f }, false));
        }
    }
    None
}

/// Prepositions and time words that may follow the cue of a sentence that is only a frame
/// ("Trump said in an interview.", "she said Tuesday.").
const FRAME_TAIL: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "from",
    "while",
    "when",
    "last",
    "this",
    "earlier",
    "later",
    "recently",
    "yesterday",
    "today",
    "tonight",
    "afterward",
    "afterwards",
    "then",
    "(",
];

/// True when the sentence starting at word `start` is nothing but the frame `f`: speaker and cue
/// ending the sentence, or followed only by a prepositional or time phrase. Such a sentence
/// frames the quotation before it even when that quotation ends with a full stop (`“...
/// missing.” Trump said.`).
fn is_frame_sentence(doc: &Document, words: &[W], start: usize, f: &Frame) -> bool {
    let Some(s) = doc.sentence_at(words[start].span.start) else { return false };
    let end = doc.sentences[s].tokens.end.min(words.len());
    f.speaker.span.start < f.cue.start && ends_with_frame(&words[start..end], f)
}

/// True when nothing but a short prepositional or time phrase (at most eight words) follows the
/// cue of `f` in `ws`, which run to the end of a sentence.
fn ends_with_frame(ws: &[W], f: &Frame) -> bool {
    let Some(k) = ws.iter().position(|w| w.span == f.cue) else { return false };
    // ", said David Wasserman, an elections analyst at ...": after an inverted frame only an
    // apposition may follow the speaker.
    if f.speaker.span.start > f.cue.start {
        let after = ws.partition_point(|w| w.span.start < f.speaker.span.end);
        let tail = &ws[after..];
        return tail.iter().all(|w| w.kind == TokenKind::Punct && !w.mark)
            || tail.first().is_some_and(|w| w.is_punct(","))
                && tail.len() <= 24
                && !tail.iter().any(|w| w.mark || w.folded == "that" || (w.lexical.cue_verb && !w.cap));
    }
    // Nine words decide it (a tail of more than eight is too long): the rest of a long sentence
    // is not collected.
    let tail: Vec<&W> = ws[k + 1..].iter().filter(|w| !w.ends_sentence() && !w.mark).take(9).collect();
    // ", she said, referencing the bank's drive": a participle phrase may follow.
    let participle = tail.first().is_some_and(|w| w.is_punct(","))
        && tail.get(1).is_some_and(|w| w.is_word() && !w.cap && w.folded.ends_with("ing"));
    participle
        || tail.len() <= 8
            && tail.first().is_none_or(|w| {
                w.cap && (crate::lexicon::is_weekday(&w.folded) || crate::lexicon::month_number(&w.folded).is_some())
                    || FRAME_TAIL.contains(&w.folded.as_str())
            })
            && !tail.iter().any(|w| w.folded == "that" || w.mark)
}

/// The frame closing the sentence of a quotation after other words (`“...” for criminal
/// behavior, she said.`, `... as his father dreamed, Mr. Turry said.`): `, S cue` or `, cue S`
/// after the sentence's last comma, followed by nothing but a short tail.
fn closing_frame(lex: &Lexicon, ws: &[W]) -> Option<Frame> {
    // The frame and its tail are short: look for the comma among the sentence's last 30 words
    // (a search through the whole rest of a long sentence for each of its quotations would be
    // quadratic).
    let lo = ws.len().saturating_sub(30);
    // The last comma, or the one before it when a participle phrase follows the frame.
    (lo..ws.len()).rev().filter(|&k| ws[k].is_punct(",")).take(2).find_map(|comma| {
        let f = post_frame(lex, &ws[comma..])?;
        ends_with_frame(&ws[comma..], &f).then_some(f)
    })
}

/// Links quotations that have no frame: pieces of a multi-paragraph quote, split quotes,
/// quote-only paragraphs, quotes after a statement; the rest without a speaker become terms when
/// short.
fn link_unframed(doc: &Document, lex: &Lexicon, words: &[W], items: &mut [Attribution]) {
    let has_speaker = |a: &Attribution| a.speaker.is_some() && a.kind != QuoteKind::Term;
    // The last earlier attribution with a speaker, of each quote group and of each paragraph
    // (quotations only), kept up to date as the loop settles each item: looking back through every
    // earlier item instead would be quadratic in the number of quotations.
    let mut group_speaker: HashMap<usize, usize> = HashMap::default();
    let mut para_speaker: HashMap<usize, usize> = HashMap::default();
    for i in 0..items.len() {
        if let Some(j) = i.checked_sub(1) {
            // Item j is settled: the loop changes an item only in its own turn.
            if has_speaker(&items[j]) {
                if let Some(g) = items[j].group {
                    group_speaker.insert(g, j);
                }
                if items[j].kind != QuoteKind::Reported {
                    if let Some(pj) = doc.paragraph_at(items[j].outer.start) {
                        para_speaker.insert(pj, j);
                    }
                }
            }
        }
        if items[i].link != Link::None || items[i].kind == QuoteKind::Reported {
            continue;
        }
        let start = items[i].outer.start;
        let Some(p) = doc.paragraph_at(start) else { continue };
        // Only this paragraph and the one before it can lend a speaker.
        let floor = doc.paragraphs[p.saturating_sub(1)].span.start;
        let first = items[..i].partition_point(|a| a.content.start < floor);
        // Earlier piece of the same multi-paragraph quote, or earlier quote in the paragraph.
        let same_group = items[i].group.and_then(|g| group_speaker.get(&g).copied());
        let same_para = para_speaker.get(&p).copied().filter(|&j| j >= first);
        if let Some(j) = same_group.or(same_para) {
            let (speaker, cue) = (items[j].speaker.clone(), items[j].cue);
            let it = &mut items[i];
            it.link = Link::Continuation(j);
            it.speaker = speaker;
            it.cue = cue;
            if it.kind == QuoteKind::Term && is_quoted_sentence(doc, it) {
                it.kind = QuoteKind::Direct;
            }
            continue;
        }
        let para_start = doc.paragraphs[p].span.start;
        if start == para_start && p > 0 {
            let prev = &doc.paragraphs[p - 1];
            let prev_item = (first..i).rev().find(|&j| prev.span.contains(&items[j].outer) && has_speaker(&items[j]));
            if let Some(j) = prev_item {
                let continuing = items[j].kind == QuoteKind::Direct;
                let (speaker, cue) = (items[j].speaker.clone(), items[j].cue);
                let it = &mut items[i];
                it.link = if continuing { Link::Continuation(j) } else { Link::Context(Some(j)) };
                it.speaker = speaker;
                it.cue = cue;
                continue;
            }
            // A statement introduced in the previous paragraph ("issued a statement on Monday.").
            if prev.kind.is_prose() {
                let last = &doc.sentences[prev.sentences.end - 1];
                let ws = &words[last.tokens.clone()];
                let introduces = ws.iter().any(|w| w.lexical.cue_noun || w.lexical.cue_verb)
                    || ws.last().is_some_and(|w| w.is_punct(":"));
                if introduces {
                    if let Some(sp) = clause_subject(lex, ws, 0, ws.len()) {
                        let it = &mut items[i];
                        it.link = Link::Context(None);
                        it.speaker = Some(sp);
                        continue;
                    }
                }
            }
        }
        let it = &mut items[i];
        if is_quoted_title(doc, it.content, it.outer) {
            it.kind = QuoteKind::Term;
            continue;
        }
        // A single word with no speaker is a name or a title (`the film “Trainwreck.”`, `CNN's
        // morning program ''New Day,''`) unless it is exclaimed or asked (`chants of “Bobby!”`).
        let single_word = word_count(doc, it.content) == 1 && !doc.slice(it.content).trim_end().ends_with(['!', '?']);
        if word_count(doc, it.content) <= 4 && !looks_like_sentence(doc, it.content)
            || single_word
            || doc.slice(it.content).trim().is_empty()
        {
            it.kind = QuoteKind::Term;
        }
        if it.kind == QuoteKind::Partial && word_count(doc, it.content) <= 6 {
            it.kind = QuoteKind::Term;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::words::WordIndex;

    /// What `f` says of each quotation of `t` (reported statements aside), in order.
    fn each_quotation<T>(t: &str, f: impl Fn(&Document, &Attribution) -> T) -> Vec<T> {
        let d = Document::new(t);
        let idx = WordIndex::new(&d);
        let found = attribute(&d, Lexicon::builtin(), &idx.words);
        found.items.iter().filter(|a| a.kind != QuoteKind::Reported).map(|a| f(&d, a)).collect()
    }

    /// The speaker phrase of each quotation of `t`, in order.
    fn speakers(t: &str) -> Vec<Option<String>> {
        each_quotation(t, |d, a| a.speaker.as_ref().map(|sp| d.slice(sp.span).to_string()))
    }

    #[test]
    fn frames_that_close_the_sentence() {
        assert_eq!(
            speakers("“Russia, if you’re listening, find the emails.” Trump said.\n"),
            [Some("Trump".to_string())]
        );
        assert_eq!(
            speakers("“The only way is jail time” for executives, she said, referencing the bank.\n"),
            [Some("she".to_string())]
        );
        assert_eq!(
            speakers(
                "\"Many would consider that an embarrassment\" if she lost, said David Wasserman, an analyst at the \
                 Cook Political Report.\n"
            ),
            [Some("David Wasserman".to_string())]
        );
        // A next sentence that says more than the frame does not frame the quotation.
        assert_eq!(
            speakers("“We won.” Gallery director Kathryn Waters said the show would travel to Paris in June.\n"),
            [None]
        );
    }
    /// The kind of each quotation of `t` with its content, in order.
    fn kinds(t: &str) -> Vec<(QuoteKind, String)> {
        each_quotation(t, |d, a| (a.kind, d.slice(a.content).to_string()))
    }

    #[test]
    fn headline_fragments_are_terms() {
        let story = "\n\nWASHINGTON — The senator spoke on Monday.\n";
        let fragment = format!("Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.{story}");
        assert_eq!(kinds(&fragment), [(QuoteKind::Term, "Mocking".to_string())]);
        let sentence_case = format!("Obama slams GOP’s ‘doom and despair’ on economy{story}");
        assert_eq!(kinds(&sentence_case), [(QuoteKind::Term, "doom and despair".to_string())]);
        // A whole clause after a colon, or a quotation with its frame, stays a quotation.
        let whole = format!("Trump: ‘We are going to win so much.’{story}");
        assert_eq!(kinds(&whole), [(QuoteKind::Direct, "We are going to win so much.".to_string())]);
        let framed = format!("‘We will not be bullied,’ says fisheries minister{story}");
        assert_eq!(kinds(&framed), [(QuoteKind::Direct, "We will not be bullied,".to_string())]);
        // The same fragment in a story's lead sentence is a partial quote.
        let lead = "WASHINGTON — Pence said Trump was ‘mocking’ the Clinton camp.\n\nHe left.\n";
        assert_eq!(kinds(lead), [(QuoteKind::Partial, "mocking".to_string())]);
    }

    #[test]
    fn naming_verbs_credit_their_subject() {
        let t = "The remarks resurfaced. Trump called the 1996 pageant winner “Miss Piggy” in an interview.\n\n\
                 The strategy has been called \"strategic ambiguity\" by Joshua Hendrick, a professor.\n\n\
                 The drone, nicknamed “Shershen” (Hornet) by its crews, carries a small warhead.\n";
        assert_eq!(
            each_quotation(t, |d, a| (a.kind, a.speaker.as_ref().map(|sp| d.slice(sp.span).to_string()))),
            [
                (QuoteKind::Partial, Some("Trump".to_string())),
                (QuoteKind::Partial, Some("Joshua Hendrick".to_string())),
                // A name nobody is credited with stays a term.
                (QuoteKind::Term, None),
            ]
        );
    }

    #[test]
    fn a_lone_word_without_speaker_is_a_term() {
        let t = "WASHINGTON — Three people were shot last summer at a screening of the film “Trainwreck.”\n\n\
                 Protesters were greeted with chants of “Bobby!” at the conference.\n";
        assert_eq!(kinds(t), [(QuoteKind::Term, "Trainwreck.".to_string()), (QuoteKind::Direct, "Bobby!".to_string())]);
    }

    #[test]
    fn a_capitalised_name_after_a_possessive_is_a_term() {
        let t = "WASHINGTON — Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said he was ready to serve.\n\n\
                 He told CNN’s “This Week with George Stephanopoulos.” that he liked Trump’s “very smart” plan.\n";
        assert_eq!(
            kinds(t),
            [
                (QuoteKind::Term, "Hannity,".to_string()),
                (QuoteKind::Term, "This Week with George Stephanopoulos.".to_string()),
                (QuoteKind::Partial, "very smart".to_string())
            ]
        );
    }

    #[test]
    fn a_paragraph_of_a_short_quote_in_single_marks_is_a_subhead() {
        let t = "WASHINGTON — ''We made air-conditioners here for fifty years,'' Mr. Autor said on Monday.\n\n\
                 'Pretty cool working there.'\n\n''It was the best job I had,'' he said.\n\n''And we lost it.''\n";
        let found = kinds(t);
        assert_eq!(found[1], (QuoteKind::Term, "Pretty cool working there.".to_string()));
        // A paragraph quoted in double marks continues the speaker's words.
        assert_eq!(found[3], (QuoteKind::Direct, "And we lost it.".to_string()));
        // In a text that quotes with single marks, the paragraph is a quotation.
        let british =
            "LONDON — 'We made them here,' Mr. Autor said on Monday at the plant.\n\n'Pretty cool working there.'\n";
        assert_eq!(kinds(british)[1], (QuoteKind::Direct, "Pretty cool working there.".to_string()));
    }

    #[test]
    fn titles_keep_four_letter_prepositions_lower() {
        let t = "WASHINGTON — Republicans led the way, as shown by Newt Gingrich’s inclusion of it in his 1994 \
                 “Contract with America.” In 1998 the Senate voted.\n\nHe said it was “good with everyone.”\n";
        assert_eq!(
            kinds(t),
            [
                (QuoteKind::Term, "Contract with America.".to_string()),
                (QuoteKind::Partial, "good with everyone.".to_string())
            ]
        );
    }

    #[test]
    fn capitalised_words_right_after_a_verb_of_utterance_are_said() {
        let t = "WASHINGTON — Outside the coffee shop on Monday, the protesters chanted “Chris Christie: Bad for New \
                 Jersey, bad for you.”\n\nShe declared “What a Super Tuesday!” at the rally.\n\n\
                 He wrote “The Art of the Deal” in 1987.\n";
        let found = kinds(t);
        assert_eq!(found[0].0, QuoteKind::Direct);
        assert_eq!(found[1], (QuoteKind::Direct, "What a Super Tuesday!".to_string()));
        // A verb of writing takes a title.
        assert_eq!(found[2], (QuoteKind::Term, "The Art of the Deal".to_string()));
    }

    #[test]
    fn a_relative_pronoun_is_the_mention() {
        let t = "“We won,” said Jason Ervin, who thinks the mayor “needs to listen.”\n\n\
                 Mr. Smith, who lives nearby, said the road “is a disgrace.”\n";
        let d = Document::new(t);
        let idx = WordIndex::new(&d);
        let found = attribute(&d, Lexicon::builtin(), &idx.words);
        let mentions: Vec<&str> = found
            .items
            .iter()
            .filter(|a| a.kind != QuoteKind::Reported)
            .filter_map(|a| a.mention(&d).map(|m| d.slice(m)))
            .collect();
        assert_eq!(mentions, ["Jason Ervin", "who", "Mr. Smith"]);
    }
}
