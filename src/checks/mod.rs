//! The checks: each rule lives in its own file and looks at one claim with its evidence.
//!
//! [`Checker::new`] prepares the source once (word view, inverted index, quotation positions,
//! numbers, dates, negation and hedge scopes, which attribution each word belongs to);
//! [`Checker::check`] aligns every claim of a summary and runs the rules on it.

mod altered_quote;
mod attribution_dropped;
mod date_mismatch;
mod entity_mismatch;
mod fabricated_quote;
mod hedge_dropped;
mod misattributed_claim;
mod misattributed_quote;
mod negation_mismatch;
mod number_mismatch;
mod quote_from_narrative;
pub mod settings;
mod spliced_claim;
mod unsupported_claim;
mod wrong_object;
mod wrong_subject;

use crate::align::{
    find_quote, find_quote_exact_all, Evidence, QuoteMatch, QuoteWords, SourceIndex, TextWords, Word, WordPositions,
};
use crate::claims::{claims, Claim};
use crate::details::dates::{dates, DateMention};
use crate::details::names::acronyms;
use crate::details::numbers::{numbers, NumberMention};
use crate::details::polarity::{hedges, negations, Scope};
use crate::lexicon::Lexicon;
use crate::parse::QuoteKind;
use crate::speakers::{compare_speakers, Resolution, SameSpeaker};
use crate::text::Span;
use crate::Analysis;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;
pub use settings::{Profile, Settings};
pub use spliced_claim::SourceRuns;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Warning,
    /// Must be fixed before publishing.
    Error,
}

impl Severity {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A speaker as a finding reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRef {
    /// The entity's fullest name.
    pub name: String,
    /// How the attribution's speaker was resolved.
    pub resolution: Resolution,
    /// The words that name the speaker at this attribution.
    pub mention: Option<String>,
}

/// One problem found in a summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's id.
    pub rule: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where in the summary.
    pub summary_span: Span,
    /// The source text that supports the judgement.
    pub evidence: Vec<Span>,
    /// The speaker the summary gives.
    pub summary_speaker: Option<SpeakerRef>,
    /// The speaker the source gives.
    pub source_speaker: Option<SpeakerRef>,
    /// How sure the rule is, or the similarity it measured (0–1).
    pub score: f64,
    /// Extra detail for the reader (a word diff, what the source has instead).
    pub note: Option<String>,
}

/// A rule: its identity, its documentation and its check.
pub struct Rule {
    /// Stable id.
    pub id: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// One-line summary.
    pub summary: &'static str,
    /// The documentation `quotecheck explain ID` prints.
    pub doc: &'static str,
    /// Looks at one claim and pushes findings.
    pub check: fn(&ClaimContext, &mut Vec<Finding>),
}

/// Every rule, in report order.
pub const RULES: &[&Rule] = &[
    &fabricated_quote::RULE,
    &altered_quote::RULE,
    &misattributed_quote::RULE,
    &quote_from_narrative::RULE,
    &misattributed_claim::RULE,
    &attribution_dropped::RULE,
    &unsupported_claim::RULE,
    &spliced_claim::RULE,
    &wrong_subject::RULE,
    &wrong_object::RULE,
    &number_mismatch::RULE,
    &date_mismatch::RULE,
    &entity_mismatch::RULE,
    &negation_mismatch::RULE,
    &hedge_dropped::RULE,
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// A text prepared for the checks: its analysis, words, details and scopes.
pub struct Side<'a> {
    /// The analysis.
    pub analysis: &'a Analysis,
    /// Its word view.
    pub words: TextWords,
    /// Numbers, in order.
    pub numbers: Vec<NumberMention>,
    /// Dates, in order.
    pub dates: Vec<DateMention>,
    /// Negation scopes (word indices into `words`).
    pub negations: Vec<Scope>,
    /// Hedge scopes (word indices into `words`).
    pub hedges: Vec<Scope>,
    /// For each word, the attribution (quotation or reported statement) it belongs to.
    pub attribution_of_word: Vec<Option<usize>>,
}

impl<'a> Side<'a> {
    /// Prepares one text.
    pub fn new(analysis: &'a Analysis, lex: &Lexicon) -> Self {
        let words = TextWords::new(&analysis.doc, lex);
        let text = analysis.doc.text();
        let mut attribution_of_word = vec![None; words.words.len()];
        // Reported statements first, so that a quotation inside one takes its own words.
        let mut order: Vec<usize> = (0..analysis.attributions.len())
            .filter(|&i| analysis.attributions[i].kind != QuoteKind::Term && !analysis.attributions[i].is_loose())
            .collect();
        order.sort_by_key(|&i| analysis.attributions[i].kind != QuoteKind::Reported);
        for i in order {
            for k in words.within(analysis.attributions[i].content) {
                attribution_of_word[k] = Some(i);
            }
        }
        Side {
            numbers: numbers(analysis.doc.text(), &words.words, lex),
            dates: dates(&words.words),
            negations: negations(text, &words.words, lex),
            hedges: hedges(text, &words.words, lex),
            attribution_of_word,
            analysis,
            words,
        }
    }

    /// The original text.
    pub fn text(&self) -> &str {
        self.analysis.doc.text()
    }

    /// The speaker of attribution `i`, as a finding reports it.
    pub fn speaker_ref(&self, i: usize) -> Option<SpeakerRef> {
        let a = &self.analysis.attributions[i];
        let entity = self.analysis.speaker(i)?;
        Some(SpeakerRef {
            name: entity.name.clone(),
            resolution: self.analysis.resolution(i),
            mention: a.speaker.as_ref().map(|s| s.span.slice(self.text()).to_string()),
        })
    }

    /// Among the words `ks`, the attribution holding the most of them, with how many it holds and
    /// how many words there were.
    pub fn holder(&self, ks: impl IntoIterator<Item = usize>) -> Option<(usize, usize, usize)> {
        let mut counts: HashMap<usize, usize> = HashMap::default();
        let mut total = 0;
        for k in ks {
            total += 1;
            if let Some(a) = self.attribution_of_word[k] {
                *counts.entry(a).or_default() += 1;
            }
        }
        let (a, n) = counts.into_iter().max_by_key(|&(a, n)| (n, usize::MAX - a))?;
        Some((a, n, total))
    }

    /// The span of sentence `i`.
    pub fn sentence_span(&self, i: usize) -> Span {
        crate::text::trim_span(self.text(), self.analysis.doc.sentences[i].span)
    }
}

/// How many further exact occurrences of a quotation are looked at when the first is not a
/// quotation of the summary's speaker (bounded: a common word can occur 100,000 times in a long
/// source, and each look scans the attributions).
const MAX_OTHER_OCCURRENCES: usize = 64;

/// The source, prepared once for any number of summaries.
pub struct Checker<'a> {
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// The source text.
    pub source: Side<'a>,
    /// Inverted index over source sentences.
    pub index: SourceIndex,
    /// Where each word occurs in the source.
    pub positions: WordPositions,
    /// Acronyms the source spells out.
    pub acronyms: HashSet<String>,
    /// Rule severities and thresholds.
    pub settings: Settings,
    /// The source's word pairs and four-word runs (empty when spliced-claim is off).
    pub runs: SourceRuns,
    /// Where each stem occurs in the source (empty when wrong-subject and wrong-object are off).
    pub stems: WordPositions,
}

/// A summary quotation and where the source has it.
#[derive(Debug, Clone)]
pub struct AlignedQuote {
    /// The summary attribution.
    pub attribution: usize,
    /// Its words, prepared for matching.
    pub words: QuoteWords,
    /// Where the source has it, exactly or approximately.
    pub found: Option<QuoteMatch>,
    /// The source quotation (direct or partial) that contains the match.
    pub source_quote: Option<usize>,
    /// The source attribution of any kind (quotation or reported statement) that contains it.
    pub source_attribution: Option<usize>,
}

/// A summary's reported statement and its evidence.
#[derive(Debug, Clone)]
pub struct AlignedStatement {
    /// The summary attribution.
    pub attribution: usize,
    /// The evidence for the statement's clause.
    pub evidence: Evidence,
    /// The source attribution that holds most of the matched words of the best sentence, with
    /// the share of those words it holds.
    pub source_attribution: Option<(usize, f64)>,
}

/// What a rule sees: one claim with its evidence, and both texts.
pub struct ClaimContext<'a> {
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// The prepared source.
    pub checker: &'a Checker<'a>,
    /// The prepared summary.
    pub summary: &'a Side<'a>,
    /// The claim.
    pub claim: &'a Claim,
    /// Evidence for the whole claim.
    pub evidence: Evidence,
    /// The claim's quotations.
    pub quotes: Vec<AlignedQuote>,
    /// The claim's reported statements.
    pub statements: Vec<AlignedStatement>,
    /// For each word of the claim, true when it lies inside a quotation.
    pub quoted: Vec<bool>,
}

impl ClaimContext<'_> {
    /// The source side.
    pub fn source(&self) -> &Side<'_> {
        &self.checker.source
    }

    /// The claim's words.
    pub fn words(&self) -> &[Word] {
        &self.summary.words.words[self.claim.words.clone()]
    }

    /// True when summary word `k` (an index into the summary's words) lies inside a quotation.
    pub fn is_quoted(&self, k: usize) -> bool {
        k.checked_sub(self.claim.words.start).and_then(|i| self.quoted.get(i)).copied().unwrap_or(false)
    }

    /// The spans of the evidence sentences, best first.
    pub fn evidence_spans(&self) -> Vec<Span> {
        self.evidence.sentences.iter().map(|s| self.source().sentence_span(s.sentence)).collect()
    }

    /// Compares the speakers of a summary and a source attribution.
    pub fn same_speaker(&self, summary_attr: usize, source_attr: usize) -> SameSpeaker {
        match (self.summary.analysis.speaker(summary_attr), self.source().analysis.speaker(source_attr)) {
            (Some(a), Some(b)) => compare_speakers(self.lex, a, b),
            _ => SameSpeaker::Unknown,
        }
    }

    /// A finding of `rule` on `span` with the claim's evidence.
    pub fn finding(&self, rule: &Rule, span: Span, message: String, score: f64) -> Finding {
        Finding {
            rule: rule.id,
            severity: rule.severity,
            message,
            summary_span: span,
            evidence: self.evidence_spans().into_iter().take(1).collect(),
            summary_speaker: None,
            source_speaker: None,
            score,
            note: None,
        }
    }

    /// The source attribution that holds most of the claim terms' words in source sentence `s`,
    /// with the share of those words it holds.
    pub fn attribution_holding(&self, s: usize, evidence: &Evidence) -> Option<(usize, f64)> {
        let src = self.source();
        let stems: HashSet<&str> = evidence.terms.iter().map(|t| t.stem.as_str()).collect();
        let matched = src.words.sentences[s].clone().filter(|&k| {
            let w = &src.words.words[k];
            w.content && stems.contains(w.stem.as_str())
        });
        let (attr, n, total) = src.holder(matched)?;
        Some((attr, n as f64 / total.max(1) as f64))
    }
}

/// The result of checking one summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Findings, in summary order.
    pub findings: Vec<Finding>,
    /// Number of claims.
    pub claims: usize,
    /// Claims without any finding.
    pub supported: usize,
    /// The lowest evidence coverage of any claim (1 without claims): a continuous support score.
    pub support: f64,
}

impl Report {
    /// A continuous risk that the summary is not faithful, for ranking (ROC AUC): each error
    /// counts 2 and each warning 1, and the weakest claim's missing coverage (1 − support) breaks
    /// ties between summaries with the same findings.
    pub fn risk(&self) -> f64 {
        let weight: usize = self.findings.iter().map(|f| if f.severity == Severity::Error { 2 } else { 1 }).sum();
        weight as f64 + (1.0 - self.support)
    }
}

impl<'a> Checker<'a> {
    /// Prepares a source.
    pub fn new(source: &'a Analysis, lex: &'a Lexicon) -> Self {
        Checker::with_settings(source, lex, Settings::default())
    }

    /// Prepares a source, with other severities or thresholds.
    pub fn with_settings(source: &'a Analysis, lex: &'a Lexicon, settings: Settings) -> Self {
        let side = Side::new(source, lex);
        let mut index = SourceIndex::new(&side.words, lex);
        // A number that tokenisation split ("235, 000") is also found as the summary writes it.
        for n in &side.numbers {
            let range = side.words.within(n.span);
            if let Some(joined) = n.rejoined(side.text(), &side.words.words[range.clone()]) {
                index.add(&joined, side.words.words[range.start].sentence);
            }
        }
        index.add_split_abbreviations(side.text(), &side.words, lex);
        let positions = WordPositions::new(&side.words);
        let acronyms = acronyms(&side.words.words);
        let runs = if settings.severity(&spliced_claim::RULE).is_some() {
            SourceRuns::new(&side.words)
        } else {
            SourceRuns::default()
        };
        let stems = if [&wrong_subject::RULE, &wrong_object::RULE].iter().any(|r| settings.severity(r).is_some()) {
            WordPositions::by_stem(&side.words)
        } else {
            WordPositions::default()
        };
        Checker { lex, source: side, index, positions, acronyms, settings, runs, stems }
    }

    /// The source quotation and attribution that hold a match.
    fn holders_of(&self, m: &QuoteMatch) -> (Option<usize>, Option<usize>) {
        let (mut source_quote, mut source_attribution) = (None, None);
        if let Some((i, n, _)) = self.source.holder(m.words.clone()).filter(|&(_, n, total)| n * 2 >= total) {
            source_attribution = Some(i);
            let kind = self.source.analysis.attributions[i].kind;
            if matches!(kind, QuoteKind::Direct | QuoteKind::Partial) && n > 0 {
                source_quote = Some(i);
            }
        }
        // A match inside a scare quote or title is still inside quote marks.
        if source_quote.is_none() {
            source_quote = self.source.analysis.attributions.iter().position(|q| {
                q.kind != QuoteKind::Reported && q.content.overlaps(&m.span) && q.content.len() * 2 >= m.span.len()
            });
        }
        (source_quote, source_attribution)
    }

    fn align_quote(&self, summary: &Side, attribution: usize) -> AlignedQuote {
        let a = &summary.analysis.attributions[attribution];
        let words = QuoteWords::new(summary.text(), &summary.words, a.content);
        let mut found = find_quote(&self.source.words, &self.positions, &words);
        let (mut source_quote, mut source_attribution) = found.as_ref().map_or((None, None), |m| self.holders_of(m));
        // The same words twice in the source (quoted from two speakers, or narrated and quoted):
        // when the first occurrence is not a quotation, or is someone else's, take the first one
        // that is a quotation not credited to a different speaker than the summary's.
        let speaker = summary.analysis.speaker(attribution);
        let fits = |sq: Option<usize>| {
            sq.is_some_and(|i| match (speaker, self.source.analysis.speaker(i)) {
                (Some(a), Some(b)) => compare_speakers(self.lex, a, b) != SameSpeaker::Different,
                _ => true,
            })
        };
        if found.as_ref().is_some_and(|m| m.exact) && !fits(source_quote) {
            let others = find_quote_exact_all(&self.source.words, &self.positions, &words).skip(1);
            for m in others.take(MAX_OTHER_OCCURRENCES) {
                let (sq, sa) = self.holders_of(&m);
                if fits(sq) {
                    (found, source_quote, source_attribution) = (Some(m), sq, sa);
                    break;
                }
            }
        }
        AlignedQuote { attribution, words, found, source_quote, source_attribution }
    }

    /// Checks a summary against the source.
    pub fn check(&self, summary: &Analysis) -> Report {
        let side = Side::new(summary, self.lex);
        let claims = claims(summary, &side.words);
        let mut findings = Vec::new();
        let mut supported = 0;
        let mut support: f64 = 1.0;
        for claim in &claims {
            let words = &side.words.words[claim.words.clone()];
            let evidence = self.index.evidence(self.index.terms(words, self.lex));
            if !evidence.terms.is_empty() {
                support = support.min(evidence.coverage);
            }
            let quotes: Vec<AlignedQuote> = claim.quotes.iter().map(|&q| self.align_quote(&side, q)).collect();
            let quoted = words
                .iter()
                .map(|w| claim.quotes.iter().any(|&q| summary.attributions[q].content.contains(&w.span)))
                .collect();
            let mut ctx = ClaimContext {
                lex: self.lex,
                checker: self,
                summary: &side,
                claim,
                evidence,
                quotes,
                statements: Vec::new(),
                quoted,
            };
            ctx.statements = claim
                .statements
                .iter()
                .map(|&s| {
                    let range = side.words.within(summary.attributions[s].content);
                    let evidence = self.index.evidence(self.index.terms(&side.words.words[range], self.lex));
                    let source_attribution =
                        evidence.best().and_then(|b| ctx.attribution_holding(b.sentence, &evidence));
                    AlignedStatement { attribution: s, evidence, source_attribution }
                })
                .collect();
            let before = findings.len();
            for rule in self.settings.active() {
                let first = findings.len();
                (rule.check)(&ctx, &mut findings);
                if let Some(severity) = self.settings.severity(rule) {
                    findings[first..].iter_mut().for_each(|f| f.severity = severity);
                }
            }
            if findings.len() == before {
                supported += 1;
            }
        }
        let mut seen = HashSet::default();
        findings.retain(|f: &Finding| seen.insert((f.rule, f.summary_span)));
        findings.sort_by_key(|f| (f.summary_span.start, RULES.iter().position(|r| r.id == f.rule)));
        Report { findings, claims: claims.len(), supported, support }
    }
}

/// Checks `summary` against `source` with the built-in lexicon.
pub fn check(source: &Analysis, summary: &Analysis) -> Report {
    Checker::new(source, Lexicon::builtin()).check(summary)
}

/// Opposite words between a claim and the source: for each unquoted claim word that has an
/// opposite under `rule` (grammar/antonyms.txt), a source sentence that uses the opposite, not the
/// claim's word, with at least two of the content words around the claim's word (three on each
/// side) also around the opposite. Capitalised
/// words are names ("North Korea", "New Territories West"), not directions. Returns (claim word
/// index, source word index).
pub fn opposites(ctx: &ClaimContext, rule: &str) -> Vec<(usize, usize)> {
    let src = ctx.source();
    let mw = &ctx.summary.words.words;
    let content: Vec<usize> = ctx.claim.words.clone().filter(|&k| mw[k].content).collect();
    let mut out = Vec::new();
    for (p, &k) in content.iter().enumerate() {
        let w = &mw[k];
        if ctx.is_quoted(k) || w.cap {
            continue;
        }
        let Some(pairs) = ctx.lex.antonyms.get(w.stem.as_str()) else { continue };
        // The content words before and after the claim's word.
        let stems = |r: &[usize]| r.iter().map(|&c| mw[c].stem.as_str()).collect::<Vec<&str>>();
        let window = (stems(&content[p.saturating_sub(3)..p]), stems(&content[p + 1..(p + 4).min(content.len())]));
        let mut best: Option<(usize, usize)> = None;
        for (opp, _) in pairs.iter().filter(|(_, r)| r == rule) {
            for &s in ctx.checker.index.postings(opp) {
                let range = src.words.sentences[s as usize].clone();
                let sentence = &src.words.words[range.clone()];
                if sentence.iter().any(|x| x.stem == w.stem) {
                    continue;
                }
                let Some(i) = sentence.iter().position(|x| x.stem == *opp && !x.cap) else { continue };
                // The shared words must surround the opposite there too, on the same side
                // ("a winning start in the World Cup" is no opposite of "a World Cup losing
                // semi-finalist").
                let around = {
                    let content: Vec<usize> = (0..sentence.len()).filter(|&j| sentence[j].content).collect();
                    let q = content.iter().position(|&j| j == i).unwrap_or(0);
                    let stems = |r: &[usize]| r.iter().map(|&j| sentence[j].stem.as_str()).collect::<Vec<&str>>();
                    (stems(&content[q.saturating_sub(3)..q]), stems(&content[q + 1..(q + 4).min(content.len())]))
                };
                let shared = window.0.iter().filter(|st| around.0.contains(st)).count()
                    + window.1.iter().filter(|st| around.1.contains(st)).count();
                if shared >= 2 && best.is_none_or(|(n, _)| shared > n) {
                    best = Some((shared, range.start + i));
                }
            }
        }
        if let Some((_, at)) = best {
            out.push((k, at));
        }
    }
    out
}

#[cfg(test)]
pub(crate) fn fired(rule: &str, source: &str, summary: &str) -> Vec<String> {
    let (s, m) = (Analysis::new(source), Analysis::new(summary));
    check(&s, &m)
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.summary_span.slice(summary).to_string())
        .collect()
}

/// How many times `rule` fires on `summary` against `source` in the `consistency` profile.
#[cfg(test)]
pub(crate) fn fired_consistency(rule: &str, source: &str, summary: &str) -> usize {
    let (s, m) = (Analysis::new(source), Analysis::new(summary));
    let checker = Checker::with_settings(&s, Lexicon::builtin(), Settings::for_profile(Profile::Consistency));
    checker.check(&m).findings.iter().filter(|f| f.rule == rule).count()
}
