//! Names in a claim that a source must also have: capitalised words that are not titles, roles,
//! months, weekdays or sentence openers, and words standing for a country ("Swedish").

use crate::align::{SourceIndex, Word};
use crate::lexicon::{is_weekday, month_number, Lexicon};
use crate::text::Span;
use rustc_hash::FxHashSet as HashSet;

/// Words that join the parts of a name ("Church of Scientology", "Secretary of State").
const JOINERS: &[&str] = &["of", "the", "for", "and", "de", "la", "du", "von", "van", "al"];

/// True for a word that names something specific.
pub fn is_name(lex: &Lexicon, w: &Word, next: Option<&Word>) -> bool {
    if w.folded.chars().count() < 2 || !w.content || w.folded.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if lex.place(w.folded.as_str()).is_some() {
        return true;
    }
    if !w.cap || month_number(w.folded.as_str()).is_some() || is_weekday(w.folded.as_str()) {
        return false;
    }
    if lex.is_role(w.folded.as_str())
        || lex.title_len(&[w.folded.as_str()]) > 0
        || lex.np_modifiers.contains(w.folded.as_str())
    {
        return false;
    }
    // A capitalised first word is a name only when a name continues after it.
    !w.initial
        || (!lex.sentence_openers.contains(w.folded.as_str())
            && next.is_some_and(|n| n.cap && n.content && n.span.start == w.span.end + 1))
}

/// Acronyms the source spells out ("Government Accountability Office" → "gao").
pub fn acronyms(words: &[Word]) -> HashSet<String> {
    let mut out = HashSet::default();
    let mut run: Vec<&Word> = Vec::new();
    let mut flush = |run: &mut Vec<&Word>| {
        let initials: Vec<char> = run
            .iter()
            .filter(|w| w.cap && !JOINERS.contains(&w.folded.as_str()))
            .filter_map(|w| w.folded.chars().next())
            .collect();
        for start in 0..initials.len() {
            if initials.len() - start >= 2 {
                out.insert(initials[start..].iter().collect::<String>());
            }
        }
        run.clear();
    };
    for (i, w) in words.iter().enumerate() {
        let same_sentence = run.last().is_none_or(|l| l.sentence == w.sentence);
        if same_sentence
            && (w.cap || (!run.is_empty() && JOINERS.contains(&w.folded.as_str())))
            && !(i > 0 && w.initial)
        {
            run.push(w);
        } else {
            flush(&mut run);
            if w.cap {
                run.push(w);
            }
        }
    }
    flush(&mut run);
    out
}

/// True when the source has the name `w`: the same word or stem, the same country, a spelling
/// within strsim distance, or an acronym it spells out.
pub fn source_has_name(index: &SourceIndex, acronyms: &HashSet<String>, lex: &Lexicon, w: &Word) -> bool {
    let key = format!("@{}", lex.place(w.folded.as_str()).unwrap_or(w.folded.as_str()));
    index.contains(w.stem.as_str())
        || index.contains(&key)
        || index.similar_name(&key).is_some()
        || acronyms.contains(&w.folded.replace('.', ""))
        || lex.place(w.folded.as_str()).is_some_and(|c| {
            c.contains(' ')
                && c.split_whitespace().all(|p| index.contains(&format!("@{p}")) || lex.stopwords.contains(p))
        })
}

/// The span of the name group around word `i` (adjacent capitalised words).
pub fn name_group(words: &[Word], i: usize) -> Span {
    let mut a = i;
    while a > 0 && words[a - 1].cap && words[a - 1].sentence == words[i].sentence && !words[a - 1].initial {
        a -= 1;
    }
    let mut b = i;
    while b + 1 < words.len() && words[b + 1].cap && words[b + 1].sentence == words[i].sentence {
        b += 1;
    }
    words[a].span.cover(&words[b].span)
}
