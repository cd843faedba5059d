//! Per-claim lexical features of benchmark pairs, for measuring what a lexical checker can reach:
//! `cargo run --release --example feature_dump -- FILE.jsonl... > features.jsonl` prints one JSON
//! line per pair with its label, the consistency profile's verdict and, per claim, evidence
//! coverage and presence, n-gram novelty against the source, fragment counts, word-order
//! inversions against the best evidence sentence, spliced-claim's measures (word-pair cover,
//! new four-word runs, content-word pairs that never share a source sentence) and the rules that
//! fired. The README's figures on how far lexical features go come from sweeping these.

use quotecheck::align::{SourceIndex, TextWords, Word};
use quotecheck::claims::claims;
use quotecheck::lexicon::Lexicon;
use std::collections::{HashMap, HashSet};

fn ngrams(words: &[Word], n: usize) -> Vec<String> {
    if words.len() < n {
        return Vec::new();
    }
    (0..=words.len() - n)
        .map(|i| words[i..i + n].iter().map(|w| w.stem.as_str()).collect::<Vec<_>>().join(" "))
        .collect()
}

mod common;

fn main() {
    let lex = Lexicon::builtin();
    common::for_each_checked_pair(|c| {
        let common::Checked { dataset: name, pair: p, source, summary, checker, report } = c;
        let sw = TextWords::new(&source.doc, lex);
        let index = SourceIndex::new(&sw, lex);
        let mw = TextWords::new(&summary.doc, lex);
        // Source n-grams over all words (stems).
        let mut src_ngrams: [HashSet<String>; 4] = Default::default();
        for r in &sw.sentences {
            for n in 1..=4 {
                src_ngrams[n - 1].extend(ngrams(&sw.words[r.clone()], n));
            }
        }
        // Positions of each stem in the source.
        let mut pos: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, w) in sw.words.iter().enumerate() {
            pos.entry(w.stem.as_str()).or_default().push(k);
        }
        let mut out_claims = Vec::new();
        for c in claims(summary, &mw) {
            let words = &mw.words[c.words.clone()];
            let ev = index.evidence(index.terms(words, lex));
            let (rc, rn) = checker.runs.measure(words);
            // Content-word pairs (next and next-but-one content word) that the source has but never in one sentence.
            let cw: Vec<&Word> = words.iter().filter(|w| w.content && !index.postings(&w.stem).is_empty()).collect();
            let (mut unl1, mut unl2, mut npairs) = (0, 0, 0);
            let mut unl_pairs: Vec<(String, String, f64, f64, usize, usize)> = Vec::new();
            for i in 0..cw.len() {
                for d in 1..=2 {
                    if i + d >= cw.len() || cw[i].stem == cw[i + d].stem {
                        continue;
                    }
                    let (a, b) = (index.postings(&cw[i].stem), index.postings(&cw[i + d].stem));
                    let together = a.iter().any(|x| b.binary_search(x).is_ok());
                    if d == 1 {
                        npairs += 1;
                    }
                    if !together {
                        if d == 1 {
                            unl1 += 1;
                            unl_pairs.push((
                                cw[i].stem.to_string(),
                                cw[i + 1].stem.to_string(),
                                index.idf(&cw[i].stem),
                                index.idf(&cw[i + 1].stem),
                                a.len(),
                                b.len(),
                            ));
                        } else {
                            unl2 += 1
                        }
                    }
                }
            }
            let nov = |n: usize| {
                let g = ngrams(words, n);
                if g.is_empty() {
                    return 0.0;
                }
                g.iter().filter(|x| !src_ngrams[n - 1].contains(*x)).count() as f64 / g.len() as f64
            };
            // Greedy fragments: longest source match from each position (stems, all words).
            let mut frags = Vec::new();
            let mut i = 0;
            while i < words.len() {
                let mut best = (0usize, usize::MAX);
                for &start in pos.get(words[i].stem.as_str()).map_or(&[][..], |v| v.as_slice()) {
                    let mut l = 0;
                    while i + l < words.len()
                        && start + l < sw.words.len()
                        && sw.words[start + l].stem == words[i + l].stem
                    {
                        l += 1;
                    }
                    if l > best.0 {
                        best = (l, sw.words[start].sentence);
                    }
                }
                if best.0 == 0 {
                    i += 1;
                    continue;
                }
                frags.push((best.0, best.1));
                i += best.0;
            }
            let long: Vec<&(usize, usize)> = frags.iter().filter(|f| f.0 >= 3).collect();
            let covered3: usize = long.iter().map(|f| f.0).sum();
            let sents3: HashSet<usize> = long.iter().map(|f| f.1).collect();
            let lfrag = frags.iter().map(|f| f.0).max().unwrap_or(0);
            let cov_n = |n: usize| {
                frags.iter().filter(|f| f.0 >= n).map(|f| f.0).sum::<usize>() as f64 / words.len().max(1) as f64
            };
            let sents4: HashSet<usize> = frags.iter().filter(|f| f.0 >= 4).map(|f| f.1).collect();
            // Order inversions of content words against the best sentence (words occurring once there).
            let (mut conc, mut disc) = (0, 0);
            let mut ldisc = 0;
            if let Some(b) = ev.best() {
                let range = sw.sentences[b.sentence].clone();
                let mut seq = Vec::new();
                let mut seen = HashSet::new();
                let mut cpos: Vec<usize> = Vec::new();
                for w in words.iter().filter(|w| w.content) {
                    if !seen.insert(w.stem.clone()) {
                        continue;
                    }
                    let occ: Vec<usize> = range.clone().filter(|&k| sw.words[k].stem == w.stem).collect();
                    if occ.len() == 1 {
                        let ci = words.iter().position(|x| x.stem == w.stem).unwrap();
                        seq.push(occ[0]);
                        cpos.push(ci);
                    }
                }
                for a in 0..seq.len() {
                    for b2 in a + 1..seq.len() {
                        if seq[a] > seq[b2] && cpos[b2] - cpos[a] <= 3 && seq[a] - seq[b2] <= 3 {
                            ldisc += 1;
                        }
                        if seq[a] < seq[b2] {
                            conc += 1;
                        } else {
                            disc += 1;
                        }
                    }
                }
            }
            let unfound: Vec<(String, f64)> =
                ev.terms.iter().filter(|t| !t.found).map(|t| (t.stem.clone(), t.weight)).collect();
            let rules: Vec<&str> =
                report.findings.iter().filter(|f| f.summary_span.overlaps(&c.span)).map(|f| f.rule).collect();
            out_claims.push(serde_json::json!({
                "unl1": unl1, "unlp": unl_pairs, "unl2": unl2, "npairs": npairs, "rc": rc, "rn": rn, "cov": ev.coverage, "pres": ev.presence, "nterms": ev.terms.len(),
                "best": ev.best().map_or(0.0, |b| b.score), "nev": ev.sentences.len(),
                "found": ev.found_terms(), "unfound": unfound,
                "nov1": nov(1), "nov2": nov(2), "nov3": nov(3), "nov4": nov(4),
                "nwords": words.len(), "nfrag": frags.len(), "cov3": covered3 as f64 / words.len().max(1) as f64,
                "sents3": sents3.len(), "lfrag": lfrag, "cov2": cov_n(2), "cov4": cov_n(4), "cov5": cov_n(5), "sents4": sents4.len(), "conc": conc, "ldisc": ldisc, "disc": disc, "rules": rules,
                "text": c.span.slice(summary.doc.text()),
            }));
        }
        let flagged = report.findings.iter().any(|f| f.severity >= quotecheck::checks::Severity::Warning);
        println!(
            "{}",
            serde_json::json!({"ds": name, "id": p.id, "label": p.label, "origin": p.meta.origin,
            "flagged": flagged, "risk": report.risk(), "claims": out_claims})
        );
    });
}
