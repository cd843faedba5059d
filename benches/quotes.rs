//! Throughput of `quotes` (document model, quote grammar, attribution, speakers) on the seed
//! article and on articles of 10 KB, 100 KB and 1 MB built by repeating the corpus passages.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotecheck::Analysis;

mod common;
use common::{corpus_quotes_text, repeat_to};

fn bench(c: &mut Criterion) {
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/azerbaijan/source.txt")).unwrap();
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed", |b| b.iter(|| Analysis::new(seed.clone())));
    let base = corpus_quotes_text();
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
