//! Throughput of `quotes` (document model, quote grammar, attribution, speakers) on the seed
//! article and on articles of 10 KB, 100 KB and 1 MB built by repeating the corpus passages.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotecheck::Analysis;
use std::path::Path;

mod common;
use common::repeat_to;

fn corpus_text() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/quotes");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

fn bench(c: &mut Criterion) {
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/azerbaijan/source.txt")).unwrap();
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed", |b| b.iter(|| Analysis::new(seed.clone())));
    let base = corpus_text();
    for size in [10_000usize, 100_000, 1_000_000] {
        let text = repeat_to(&base, size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(if size >= 1_000_000 { 10 } else { 30 });
        g.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, t| b.iter(|| Analysis::new(t.clone())));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
