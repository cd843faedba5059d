//! Speed of `quotecheck check` in process: the seed pair end to end (both analyses, alignment,
//! rules), and a 5 KB summary against sources of 10 KB, 100 KB and 1 MB built from the corpus
//! cases' sources, to show how time grows with the source; and pairs per second for a typical
//! pair: the first 700 words of each corpus source that long with the first 60 of its summary.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotecheck::checks::check;
use quotecheck::Analysis;
use std::path::Path;

mod common;
use common::{first_words, repeat_to};

fn case_texts(file: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut dirs: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path().join(file)).collect();
    dirs.sort();
    dirs.into_iter().filter(|p| p.is_file()).map(|p| std::fs::read_to_string(p).unwrap()).collect::<Vec<_>>().join("\n")
}

/// (source, summary) pairs cut to 700 and 60 words, from the corpus cases with a long enough source.
fn typical_pairs() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut dirs: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    dirs.sort();
    dirs.into_iter()
        .filter_map(|d| {
            let source = std::fs::read_to_string(d.join("source.txt")).ok()?;
            let summary = std::fs::read_to_string(d.join("summary.txt")).ok()?;
            (source.split_whitespace().count() >= 700)
                .then(|| (first_words(&source, 700).to_string(), first_words(&summary, 60).to_string()))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/azerbaijan");
    let source = std::fs::read_to_string(format!("{dir}/source.txt")).unwrap();
    let summary = std::fs::read_to_string(format!("{dir}/summary.txt")).unwrap();
    let mut g = c.benchmark_group("check");
    g.bench_function("seed", |b| b.iter(|| check(&Analysis::new(source.clone()), &Analysis::new(summary.clone()))));
    let pairs = typical_pairs();
    g.throughput(Throughput::Elements(pairs.len() as u64));
    g.bench_function("pairs_700w_60w", |b| {
        b.iter(|| {
            for (source, summary) in &pairs {
                check(&Analysis::new(source.clone()), &Analysis::new(summary.clone()));
            }
        })
    });
    let sources = case_texts("source.txt");
    let summary_5k = repeat_to(&case_texts("summary.txt"), 5_000);
    let summary_analysis = Analysis::new(summary_5k.clone());
    g.sample_size(10);
    for size in [10_000usize, 100_000, 1_000_000] {
        let text = repeat_to(&sources, size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("source_with_5k_summary", size), &text, |b, t| {
            b.iter(|| check(&Analysis::new(t.clone()), &Analysis::new(summary_5k.clone())))
        });
        let analysed = Analysis::new(text.clone());
        g.bench_with_input(BenchmarkId::new("prepared_source_5k_summary", size), &analysed, |b, a| {
            b.iter(|| check(a, &summary_analysis))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
