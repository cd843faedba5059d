//! wrong-object: a claim that copies the start of what one source sentence says and ends it with
//! an object, place or time the source does not give there.

use super::wrong_subject::{key, longest_run, source_keys};
use super::{ClaimContext, Finding, Rule, Severity};
use crate::align::Word;
use crate::lexicon::Lexicon;
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

/// The rule.
pub const RULE: Rule = Rule {
    id: "wrong-object",
    severity: Severity::Warning,
    summary: "the claim copies the start of a source statement and ends it differently",
    doc: "wrong-object (warning; on in the `consistency` profile only)

Fires on a claim whose longest run of words copied from the source (at least four words, stemmed)
is followed by words of its own that end the claim (one to four, or up to six of which at most
two are content words: \"his last days in church with his family\"), when fewer than half of the
content words of that ending occur after the run in its source sentence or in the sentence after
(a shared head noun does not make \"the Sir Tom Finney award\" the source's \"young player of the
year award\"), and the
source sentence goes on with a content word of its own (one the claim lacks) within three words
of the run. The ending is then the claim's object, place or time, and the source completes the
copied words with another: \"Balotelli has no future at Anfield\" where the source has \"Balotelli
has no future at Liverpool after ...\"; \"it is believed he based himself in Spain\" where the
source has \"... based himself in the Netherlands\"; \"the teen claims the sexual relationship took
place in her car late at night on March 24\" where the source has \"... on January 18 and 19\".
An ending the source gives later in the sentence or in the next one is a faithful compression. An
ending that repeats the last words of the run (\"missing in the Republic of Ireland in the
Republic of Ireland\") stutters and is left alone. A reported statement's attribution after its content
(\"..., a rights group says\") is not part of the ending.

The thresholds (four words, an ending of at most four, one sentence on, three words after the
run) are one setting for every dataset, chosen on the development halves of the
factual-consistency benchmarks (`quotecheck eval --benchmark`) with wrong-subject on: summary
balanced accuracy rose on SummEval from 0.703 to 0.723, on QAGS from 0.678 to 0.691 and on FRANK
from 0.739 to 0.743, while XSumFaith fell from 0.637 to 0.630 (its one-sentence summaries end in
new details more often than they swap them). Both rules match words by place, cue-verb lemma
(\"says\" is \"said\") or stem and leave titles out. Requiring half of the ending rather than any one of its words raised
QAGS from 0.712 to 0.716 and SummEval from 0.726 to 0.728, with FRANK, XSumFaith, SummEdits and
FaithBench unchanged. Endings of five or six words with at most two content words then raised
QAGS from 0.716 to 0.725 and FRANK from 0.741 to 0.743, the others unchanged (allowing every
ending of five words instead raised QAGS as far but lowered XSumFaith, SummEdits and FRANK). Leaving
a trailing attribution out of the ending raised QAGS from 0.720 to 0.725 and XSumFaith from 0.626
to 0.630, FRANK went from 0.743 to 0.742, the others unchanged. Split-half figures are in wrong-subject's
documentation. The rule is off in the `editorial` profile; quotecheck.toml can turn it on
([rules] wrong-object = \"warning\").

What to do: check how the source sentence ends what the claim copies, and follow it.",
    check,
};

/// Fewest words the copied run must have.
pub const MIN_RUN: usize = 4;
/// Most words of the claim after the copied run (its ending).
pub const MAX_ENDING: usize = 4;
/// Most words of an ending longer than `MAX_ENDING`, which must have at most
/// `MAX_LONG_CONTENT` content words.
pub const MAX_LONG_ENDING: usize = 6;
/// Most content words of an ending longer than `MAX_ENDING`.
pub const MAX_LONG_CONTENT: usize = 2;
/// Sentences after the run's sentence in which the ending may occur.
pub const SENTENCES_ON: usize = 1;
/// Words after the run in which the source's own continuation must be.
pub const WORDS_ON: usize = 3;

/// True when at least half of `keys` occur in the source from `at` to the end of the sentence
/// `SENTENCES_ON` sentences later.
fn given_after(source: &[Word], lex: &Lexicon, at: usize, sentence: usize, keys: &HashSet<&str>) -> bool {
    let last = sentence + SENTENCES_ON;
    let given: HashSet<&str> = source[at..]
        .iter()
        .take_while(|w| w.sentence <= last)
        .map(|w| key(w, lex))
        .filter(|k| keys.contains(k))
        .collect();
    given.len() * 2 >= keys.len()
}

/// The source's own content words among the `WORDS_ON` words from `at` in `sentence` that the
/// claim lacks.
fn own_ending(
    source: &[Word],
    lex: &Lexicon,
    at: usize,
    sentence: usize,
    claim: &HashSet<&str>,
) -> Option<Range<usize>> {
    let to = (at + WORDS_ON).min(source.len());
    let own = |j: &usize| {
        let w = &source[*j];
        w.sentence == sentence && w.content && !claim.contains(key(w, lex))
    };
    let first = (at..to).find(own)?;
    let last = (at..to).rfind(own)?;
    Some(first..last + 1)
}

/// The claim's words without a reported statement's attribution after its content ("...,
/// a rights group says"): the statement's content ends there.
fn statement_words<'c>(ctx: &'c ClaimContext) -> &'c [Word] {
    let words = ctx.words();
    let attributions = &ctx.summary.analysis.attributions;
    let Some(first) = words.first() else { return words };
    for &s in &ctx.claim.statements {
        let content = attributions[s].content;
        if content.start <= first.span.start {
            let n = words.iter().take_while(|w| w.span.end <= content.end).count();
            if n > 0 {
                return &words[..n];
            }
        }
    }
    words
}

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let claim = statement_words(ctx);
    let src = &ctx.source().words.words;
    let Some((a, len, starts)) = longest_run(src, &ctx.checker.stems, claim) else { return };
    let end = a + len;
    let short = |e: &[Word]| {
        e.len() <= MAX_ENDING
            || (e.len() <= MAX_LONG_ENDING && e.iter().filter(|w| w.content).count() <= MAX_LONG_CONTENT)
    };
    if len < MIN_RUN || end == claim.len() || !short(&claim[end..]) {
        return;
    }
    let ending = source_keys(ctx, &claim[end..]);
    // An ending that repeats the last words of the copied run ("missing in the Republic of
    // Ireland in the Republic of Ireland") stutters; it adds no object of its own.
    let k = claim.len() - end;
    let repeats = || k <= len && claim[end..].iter().zip(&claim[end - k..end]).all(|(x, y)| x.stem == y.stem);
    if ending.is_empty() || repeats() {
        return;
    }
    let keys: HashSet<&str> = claim.iter().map(|w| key(w, ctx.lex)).collect();
    let mut theirs = None;
    for &s0 in &starts {
        let (at, sentence) = (s0 + len, src[s0].sentence);
        if given_after(src, ctx.lex, at, sentence, &ending) {
            return;
        }
        let Some(own) = own_ending(src, ctx.lex, at, sentence, &keys) else { return };
        theirs.get_or_insert((s0, own));
    }
    let Some((s0, own)) = theirs else { return };
    let (text, stext) = (ctx.summary.text(), ctx.source().text());
    let run = claim[a].span.start..claim[end - 1].span.end;
    let ending = claim[end].span.start..claim[claim.len() - 1].span.end;
    let source_ending = src[own.start].span.start..src[own.end - 1].span.end;
    let message =
        format!("the source goes on from “{}” with “{}”, not “{}”", &text[run], &stext[source_ending], &text[ending]);
    let mut f = ctx.finding(&RULE, ctx.claim.span, message, len as f64 / claim.len() as f64);
    f.evidence = vec![ctx.source().sentence_span(src[s0].sentence)];
    out.push(f);
}

#[cfg(test)]
mod tests {

    const SOURCE: &str = "Mario Balotelli has no future at Liverpool after the manager lost patience. He moved \
                          to the club in August. Fans at Anfield were pleased.";

    fn fired(summary: &str) -> usize {
        crate::checks::fired_consistency("wrong-object", SOURCE, summary)
    }

    #[test]
    fn fires_on_an_ending_the_source_does_not_give() {
        assert_eq!(fired("Mario Balotelli has no future at Anfield."), 1);
    }

    #[test]
    fn fires_when_only_the_head_noun_of_the_ending_follows() {
        let source = "Dele Alli picked up the young player of the year award. The gala was held in London. \
                      Veteran striker Kevin Phillips was honoured with the Sir Tom Finney award.";
        let summary = "Dele Alli picked up the Sir Tom Finney award.";
        assert_eq!(crate::checks::fired_consistency("wrong-object", source, summary), 1);
        let summary = "Dele Alli picked up the player of the year award.";
        assert_eq!(crate::checks::fired_consistency("wrong-object", source, summary), 0);
    }

    #[test]
    fn a_longer_ending_with_few_content_words_and_a_stutter() {
        let source = "Myuran Sukumaran has requested to spend his last days before his execution painting. \
                      The prison is on an island. Andrew Chan has requested to spend his last hours in church.";
        let fired = |s: &str| crate::checks::fired_consistency("wrong-object", source, s);
        assert_eq!(fired("Myuran Sukumaran has requested to spend his last days in church with his family."), 1);
        assert_eq!(fired("Myuran Sukumaran has requested to spend his last days in church with wife and family."), 0);
        assert_eq!(fired("Myuran Sukumaran has requested to spend his last days his last days."), 0);
    }

    #[test]
    fn a_trailing_attribution_is_not_the_ending() {
        let source = "Fighting spread from Sevare last week. Troops executed at least 20 people in the central \
                      town of Konna. The army denied it.";
        let summary = "Troops executed at least 20 people in the central town of Sevare, a rights group says.";
        assert_eq!(crate::checks::fired_consistency("wrong-object", source, summary), 1);
    }

    #[test]
    fn silent_on_the_source_ending_and_one_from_the_next_sentence() {
        assert_eq!(fired("Mario Balotelli has no future at Liverpool."), 0);
        assert_eq!(fired("He moved to the club in August at Anfield."), 0);
    }
}
