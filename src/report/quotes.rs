//! Output of `quotecheck quotes`: every quotation and reported statement of one text.

use crate::analysis::Analysis;
use crate::parse::{Certainty, QuoteKind};
use crate::text::{line_col, Span};
use serde::Serialize;

/// The JSON document of `quotecheck quotes --format json`.
#[derive(Debug, Serialize)]
pub struct QuotesJson {
    /// Quotations and reported statements in document order.
    pub quotes: Vec<QuoteJson>,
    /// Speaking entities with all their mentions.
    pub speakers: Vec<SpeakerJson>,
    /// Problems with quote marks.
    pub warnings: Vec<WarningJson>,
}

/// One quotation or reported statement.
#[derive(Debug, Serialize)]
pub struct QuoteJson {
    /// Content without marks, or the reported clause.
    pub text: String,
    /// First byte of the content.
    pub start: usize,
    /// One past the last byte of the content.
    pub end: usize,
    /// direct, partial, reported or term.
    pub kind: &'static str,
    /// For reported speech, how firmly it was recognised: `clause` (`S said (that) CLAUSE`, what
    /// the checks read) or `loose` (noun-phrase content, a cue outside the core lexicon, no source).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certainty: Option<Certainty>,
    /// Canonical (fullest) name of the speaker.
    pub speaker: Option<String>,
    /// The mention the attribution points at.
    pub speaker_span: Option<Span>,
    /// The mention as written.
    pub speaker_text: Option<String>,
    /// The cue.
    pub cue: Option<String>,
    /// How the speaker was resolved.
    pub resolution: &'static str,
    /// 1-based line of the content.
    pub line: usize,
    /// True when the closing mark is missing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unclosed: bool,
}

/// One speaking entity.
#[derive(Debug, Serialize)]
pub struct SpeakerJson {
    /// Fullest name.
    pub name: String,
    /// person, organisation, place or group.
    pub kind: crate::speakers::EntityKind,
    /// Every mention as written, in order (repeats removed).
    pub mentions: Vec<String>,
}

/// One warning about quote marks.
#[derive(Debug, Serialize)]
pub struct WarningJson {
    /// What is wrong.
    pub message: String,
    /// Where.
    pub span: Span,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

impl QuotesJson {
    /// Builds the JSON view of an analysis.
    pub fn new(a: &Analysis) -> Self {
        let text = a.doc.text();
        let quotes = a
            .attributions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let mention = q.mention(&a.doc);
                QuoteJson {
                    text: a.doc.slice(q.content).to_string(),
                    start: q.content.start,
                    end: q.content.end,
                    kind: q.kind.as_str(),
                    certainty: (q.kind == QuoteKind::Reported).then_some(q.certainty),
                    speaker: a.speaker(i).map(|e| e.name.clone()),
                    speaker_span: mention,
                    speaker_text: mention.map(|s| a.doc.slice(s).to_string()),
                    cue: q.cue.map(|c| a.doc.slice(c).to_string()),
                    resolution: a.resolution(i).as_str(),
                    line: line_col(text, q.content.start).0,
                    unclosed: q.unclosed,
                }
            })
            .collect();
        let mut used: Vec<usize> = a.speakers.resolved.iter().filter_map(|r| r.entity).collect();
        used.sort_unstable();
        used.dedup();
        let speakers = used
            .into_iter()
            .map(|e| {
                let ent = &a.speakers.entities[e];
                let mut mentions: Vec<String> = Vec::new();
                for m in &ent.mentions {
                    let s = a.doc.slice(*m).to_string();
                    if !mentions.contains(&s) {
                        mentions.push(s);
                    }
                }
                SpeakerJson { name: ent.name.clone(), kind: ent.kind, mentions }
            })
            .collect();
        let warnings = a
            .warnings
            .iter()
            .map(|w| {
                let (line, column) = line_col(text, w.span.start);
                WarningJson { message: w.message.clone(), span: w.span, line, column }
            })
            .collect();
        QuotesJson { quotes, speakers, warnings }
    }
}

/// The human listing: one block per quotation.
pub fn render_human(a: &Analysis, name: &str) -> String {
    use std::fmt::Write;
    let json = QuotesJson::new(a);
    let mut out = String::new();
    for q in &json.quotes {
        let (line, col) = line_col(a.doc.text(), q.start);
        let mut text = q.text.replace(['\r', '\n'], " ");
        if text.chars().count() > 100 {
            text = text.chars().take(97).collect::<String>() + "...";
        }
        let loose = if q.certainty == Some(Certainty::Loose) { " (loose)" } else { "" };
        let _ = writeln!(out, "{name}:{line}:{col}: {}{loose} «{text}»", q.kind);
        let speaker = q.speaker.as_deref().unwrap_or("(nobody)");
        let via = match (&q.speaker_text, q.resolution) {
            (Some(m), r) if r != "direct" && r != "none" => format!(" ← “{m}” ({r})"),
            (_, r) => format!(" ({r})"),
        };
        let cue = q.cue.as_deref().map(|c| format!(", cue “{c}”")).unwrap_or_default();
        let _ = writeln!(out, "    speaker: {speaker}{via}{cue}");
    }
    for w in &json.warnings {
        let _ = writeln!(out, "{name}:{}:{}: warning: {}", w.line, w.column, w.message);
    }
    let direct = json.quotes.iter().filter(|q| q.kind == "direct" || q.kind == "partial").count();
    let reported = json.quotes.iter().filter(|q| q.kind == "reported").count();
    let terms = json.quotes.iter().filter(|q| q.kind == "term").count();
    let _ = writeln!(
        out,
        "{direct} quotations, {reported} reported statements, {terms} terms, {} speakers, {} warnings",
        json.speakers.len(),
        json.warnings.len()
    );
    out
}
