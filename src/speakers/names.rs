//! Names in running text: runs of capitalised words, with titles split off.

use super::EntityKind;
use crate::lexicon::{Gender, Lexicon};
use crate::parse::phrases::{is_name_word, org_name_follows};
use crate::parse::words::W;
use crate::text::{fold, Document, Span};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// A name as written in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    /// The name without title or possessive ending.
    pub span: Span,
    /// The name as written (without title or possessive).
    pub name: String,
    /// Folded name words.
    pub words: Vec<String>,
    /// Folded title words that stood before it ("foreign", "minister").
    pub title: Vec<String>,
    /// What it names.
    pub kind: EntityKind,
}

pub(crate) fn org_words() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../grammar/org_words.txt")
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(fold)
            .collect()
    })
}

impl NameMention {
    /// The gender a pronoun must fit to refer to this name.
    pub fn gender(&self, lex: &Lexicon) -> Gender {
        if self.kind != EntityKind::Person {
            return Gender::Neuter;
        }
        for t in &self.title {
            match t.trim_end_matches('.') {
                "mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother" => return Gender::Masculine,
                "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "sister" => return Gender::Feminine,
                _ => {}
            }
            if let Some(&g) = lex.roles.get(t.as_str()) {
                if g != Gender::Unknown {
                    return g;
                }
            }
        }
        match self.words.first() {
            Some(first) if self.words.len() > 1 => lex.first_names.get(first).copied().unwrap_or(Gender::Unknown),
            _ => Gender::Unknown,
        }
    }
}

/// Collects the name mentions of `doc` (whose [`WordIndex`](crate::parse::words::WordIndex) words are `words`), in order.
pub fn collect_names(doc: &Document, lex: &Lexicon, words: &[W]) -> Vec<NameMention> {
    let text = doc.text();
    let mut out = Vec::new();
    for s in &doc.sentences {
        let ws = &words[s.tokens.clone()];
        let mut i = 0;
        while i < ws.len() {
            if !is_name_word(&ws[i]) && !is_title_abbrev(&ws[i]) {
                i += 1;
                continue;
            }
            let start = i;
            let mut j = i;
            while j < ws.len() {
                let w = &ws[j];
                let cont = is_name_word(w)
                    || is_title_abbrev(w)
                    || (w.is_punct(".")
                        && j > start
                        && ws[j - 1].cap
                        && ws[j - 1].folded.chars().count() <= 4
                        && ws.get(j + 1).is_some_and(|n| n.cap))
                    || (j > start
                        && matches!(w.folded.as_str(), "de" | "van" | "von" | "al" | "bin" | "da" | "del" | "of")
                        && ws.get(j + 1).is_some_and(is_name_word)
                        // "Jack Garner of Gannet News Service" is a person and an employer.
                        && !(w.folded == "of" && lex.first_names.contains_key(ws[start].folded.as_str())))
                    // "the Independent Electoral and Boundaries Commission"
                    || (j > start
                        && start > 0
                        && w.folded == "and"
                        && ws[start - 1].folded == "the"
                        && org_name_follows(&ws[j + 1..]));
                if !cont {
                    break;
                }
                j += 1;
            }
            // A possessive inside the run: "Azerbaijan’s Foreign Ministry" is one organisation;
            // "Britain’s Boris Johnson" is two names.
            let run = &ws[start..j];
            let split = run[..run.len().saturating_sub(1)].iter().position(|w| w.is_possessive());
            let whole_org = run.iter().any(|w| org_words().contains(w.stem_possessive()) && !w.is_possessive());
            match split {
                Some(k) if !whole_org => {
                    out.extend(mention(text, lex, &run[..=k], start == 0));
                    out.extend(mention(text, lex, &run[k + 1..], false));
                }
                _ => out.extend(mention(text, lex, run, start == 0)),
            }
            i = j.max(i + 1);
        }
    }
    out
}

fn is_title_abbrev(w: &W) -> bool {
    w.cap && matches!(w.folded.as_str(), "mr" | "mrs" | "ms" | "dr")
}

fn mention(text: &str, lex: &Lexicon, run: &[W], sentence_start: bool) -> Option<NameMention> {
    let folded = |k: usize| run[k].folded.as_str();
    // Split off leading titles ("Foreign Minister", "Mr.").
    let mut k = 0;
    let mut title = Vec::new();
    let mut words: Vec<&str> = Vec::with_capacity(run.len());
    loop {
        words.clear();
        words.extend(run[k..].iter().map(|w| w.folded.as_str()).filter(|w| *w != "."));
        let n = lex.title_len(&words);
        if n == 0 || n >= words.len() {
            break;
        }
        let mut taken = 0;
        while taken < n && k < run.len() {
            if folded(k) != "." {
                title.push(folded(k).trim_end_matches('.').to_string());
                taken += 1;
            }
            k += 1;
        }
        while k < run.len() && folded(k) == "." {
            k += 1;
        }
    }
    let mut body = &run[k..];
    // Compound titles: "Mining Minister", "Treasury Cabinet Secretary" — strip through the last
    // title word when a name follows it.
    // Without an organisation word the body is left as it is or cut to the part after the title.
    let is_org = body.iter().any(|w| org_words().contains(w.stem_possessive()));
    if !is_org {
        let single_title = |w: &W| lex.is_single_title(&w.folded);
        if let Some(last_title) = body.iter().rposition(single_title) {
            let rest = &body[last_title + 1..];
            if rest.iter().any(|w| w.is_word() && w.folded != "of") {
                for w in &body[..=last_title] {
                    if w.is_word() {
                        title.push(w.folded.to_string());
                    }
                }
                body = rest;
                while body.first().is_some_and(|w| w.is_punct(".")) {
                    body = &body[1..];
                }
            }
        }
    }
    let first = body.first()?;
    let last = body.last()?;
    // A lone capitalised word opening a sentence is usually an ordinary word (checked before
    // anything is allocated for it).
    if sentence_start
        && body.len() == 1
        && title.is_empty()
        && first.is_word()
        && !lex.first_names.contains_key(first.stem_possessive())
        && first.lexical.seen_lower
    {
        return None;
    }
    // A possessive ends the run: "Azerbaijan’s" names Azerbaijan unless an organisation follows.
    let mut end = last.span.end;
    if last.is_possessive() {
        end -= if last.folded.ends_with("'s") {
            last.span.slice(text).chars().rev().take(2).map(char::len_utf8).sum::<usize>()
        } else {
            0
        };
    }
    let span = Span::new(first.span.start, end);
    let name = span.slice(text).trim_end_matches(['’', '\'']).to_string();
    let words: Vec<String> = body.iter().filter(|w| w.is_word()).map(|w| w.stem_possessive().to_string()).collect();
    if words.is_empty() {
        return None;
    }
    let kind = if is_org {
        EntityKind::Organisation
    } else if words.len() <= 2 && lex.capital_country(&name).is_some() {
        EntityKind::Place
    } else {
        EntityKind::Person
    };
    Some(NameMention { span, name, words, title, kind })
}

/// One upper-case word of two to six ASCII letters ("KCNA", "UN").
pub fn is_acronym(name: &str) -> bool {
    (2..=6).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase())
}

/// The initials of the words of a folded name other than function words, when it has two or
/// more ("korean central news agency" → "kcna").
pub fn initials(folded: &str) -> Option<String> {
    let initials: String = folded
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .collect();
    (initials.chars().count() >= 2).then_some(initials)
}

/// Whether `acronym` spells the initials of `folded` ("KCNA" and "korean central news agency").
pub fn spells_initials(acronym: &str, folded: &str) -> bool {
    initials(folded).is_some_and(|i| i == acronym.to_ascii_lowercase())
}
