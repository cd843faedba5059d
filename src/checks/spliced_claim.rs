//! spliced-claim: a claim stitched together from pieces of the source that the source never puts
//! together.

use super::{ClaimContext, Finding, Rule, Severity};
use crate::align::{SourceIndex, TextWords, Word};
use rustc_hash::{FxHashSet as HashSet, FxHasher};
use std::hash::{Hash, Hasher};

/// The rule.
pub const RULE: Rule = Rule {
    id: "spliced-claim",
    severity: Severity::Warning,
    summary: "the claim joins pieces of the source that the source never puts together",
    doc: "spliced-claim (warning; on in the `consistency` profile only)

Fires on a claim copied from the source piece by piece whose pieces the source never joins. The
claim must be near-extractive: at least 90% of its words (all words, stemmed) lie in a pair of
adjacent words that the source also has. It is then spliced when more than half of its runs of
four words occur nowhere in the source, or when at least two pairs of neighbouring content words
(next to each other once words the source lacks are skipped) never share a source sentence.
Machine summaries made this way (sentence fusion in near-extractive summaries of news) are where
wrong subjects, swapped objects and circumstances moved from one event to another come from: the
words are the article's, their combination is not (\"Andros Townsend scored the Tottenham
midfielder in the 89th minute\"). A faithful paraphrase changes words and so covers fewer of
them; a faithful copy keeps the four-word runs and the sentences.

The three thresholds (90%, half, two pairs) are one setting for every dataset, chosen by
sweeping them on the development halves of the factual-consistency benchmarks (`quotecheck eval
--benchmark`) for the best of SummEval and QAGS while FRANK and XSumFaith lose at most about one
point: summary balanced accuracy rose on SummEval from 0.642 to 0.691 and on QAGS from 0.619 to
0.678 (with 60%). Once wrong-subject and wrong-object were on, half instead of 60% moved SummEval
from 0.720 to 0.726 and QAGS from 0.695 to 0.699, FRANK from 0.746 to 0.741 and FaithBench from
0.566 to 0.555, XSumFaith unchanged. The rule is off in the `editorial` profile, whose human summaries paraphrase;
quotecheck.toml can turn it on there ([rules] spliced-claim = \"warning\").

What to do: check who did what to whom in the source sentences the claim's pieces come from, and
state only what one of them says.",
    check,
};

/// Share of a claim's words that must lie in a word pair the source has (near-extractive).
pub const MIN_PAIR_COVER: f64 = 0.9;
/// Fewest neighbouring content-word pairs the source never has in one sentence.
pub const MIN_UNLINKED: usize = 2;
/// Share of a claim's four-word runs the source must lack.
pub const MIN_NOVEL_RUNS: f64 = 0.5;

/// The word pairs and four-word runs of the source (hashes of stems, within sentences).
#[derive(Debug, Default)]
pub struct SourceRuns {
    pairs: HashSet<u64>,
    fours: HashSet<u64>,
}

fn stem_hash(w: &Word) -> u64 {
    let mut h = FxHasher::default();
    w.stem.as_str().hash(&mut h);
    h.finish()
}

fn run_hash(hs: &[u64]) -> u64 {
    let mut h = FxHasher::default();
    hs.hash(&mut h);
    h.finish()
}

impl SourceRuns {
    /// Collects the runs of every source sentence.
    pub fn new(words: &TextWords) -> Self {
        let mut runs = SourceRuns::default();
        let hashes: Vec<u64> = words.words.iter().map(stem_hash).collect();
        for r in &words.sentences {
            let hs = &hashes[r.clone()];
            runs.pairs.extend(hs.windows(2).map(run_hash));
            runs.fours.extend(hs.windows(4).map(run_hash));
        }
        runs
    }

    /// For a claim's words: the share of them inside a word pair the source has, and the share of
    /// their four-word runs the source lacks (0 for fewer than four words).
    pub fn measure(&self, words: &[Word]) -> (f64, f64) {
        if words.is_empty() {
            return (0.0, 0.0);
        }
        let hashes: Vec<u64> = words.iter().map(stem_hash).collect();
        let mut covered = vec![false; words.len()];
        for (i, pair) in hashes.windows(2).enumerate() {
            if self.pairs.contains(&run_hash(pair)) {
                covered[i] = true;
                covered[i + 1] = true;
            }
        }
        let cover = covered.iter().filter(|&&c| c).count() as f64 / words.len() as f64;
        let runs = hashes.windows(4).count();
        let novel = if runs == 0 {
            0.0
        } else {
            hashes.windows(4).filter(|r| !self.fours.contains(&run_hash(r))).count() as f64 / runs as f64
        };
        (cover, novel)
    }
}

/// Neighbouring content words of a claim (next to each other once words the source lacks are
/// skipped) that the source has, but never in one sentence.
pub fn unlinked_pairs<'w>(index: &SourceIndex, words: &'w [Word]) -> Vec<(&'w Word, &'w Word)> {
    let present: Vec<&Word> = words.iter().filter(|w| w.content && !index.postings(&w.stem).is_empty()).collect();
    present
        .windows(2)
        .filter(|p| p[0].stem != p[1].stem)
        .filter(|p| {
            let (a, b) = (index.postings(&p[0].stem), index.postings(&p[1].stem));
            !a.iter().any(|s| b.binary_search(s).is_ok())
        })
        .map(|p| (p[0], p[1]))
        .collect()
}

fn check(ctx: &ClaimContext, out: &mut Vec<Finding>) {
    let words = ctx.words();
    let (cover, novel) = ctx.checker.runs.measure(words);
    if cover < MIN_PAIR_COVER {
        return;
    }
    let unlinked = unlinked_pairs(&ctx.checker.index, words);
    if novel <= MIN_NOVEL_RUNS && unlinked.len() < MIN_UNLINKED {
        return;
    }
    let text = ctx.summary.text();
    let message = if unlinked.len() >= MIN_UNLINKED {
        let pairs: Vec<String> =
            unlinked.iter().map(|(a, b)| format!("“{} … {}”", a.span.slice(text), b.span.slice(text))).collect();
        format!("the claim joins words the source never has in one sentence: {}", pairs.join(", "))
    } else {
        format!(
            "the claim joins pieces of the source that the source never puts together ({:.0}% of its \
             four-word runs are not in the source)",
            novel * 100.0
        )
    };
    let mut f = ctx.finding(&RULE, ctx.claim.span, message, novel);
    f.evidence = ctx.evidence_spans();
    out.push(f);
}

#[cfg(test)]
mod tests {

    const SOURCE: &str = "Paul Merson has restarted his row with Andros Townsend after the Tottenham midfielder \
                          was brought on in the 83rd minute. Harry Kane scored in the 89th minute of the match.";

    fn fired(summary: &str) -> usize {
        crate::checks::fired_consistency("spliced-claim", SOURCE, summary)
    }

    #[test]
    fn fires_on_pieces_joined_wrongly() {
        assert_eq!(fired("Andros Townsend scored the Tottenham midfielder in the 89th minute."), 1);
    }

    #[test]
    fn silent_on_a_copy_and_on_a_paraphrase() {
        assert_eq!(fired("Paul Merson has restarted his row with Andros Townsend."), 0);
        assert_eq!(fired("Merson renewed his quarrel with Townsend, a Spurs player."), 0);
    }
}
