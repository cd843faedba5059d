//! Batch throughput (`quotecheck batch`): pairs of a ~700-word source and a ~60-word summary, cut
//! from the corpus cases whose source has 700 words or more, checked on one and on two threads.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quotecheck::batch::{run, BatchOptions};
use quotecheck::checks::{Settings, Severity};
use quotecheck::lexicon::Lexicon;
use std::path::Path;

// As in the binary (src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The first `n` words of `text`, cut at a sentence end where one is near.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n).collect();
    let cut = words.join(" ");
    match cut.rfind(". ") {
        Some(i) if i > cut.len() / 2 => cut[..=i].to_string(),
        _ => cut,
    }
}

/// One JSONL line per corpus case, repeated to `pairs` lines.
fn pairs_jsonl(pairs: usize) -> String {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut lines = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&corpus).unwrap().flatten().map(|e| e.path()).collect();
    dirs.sort();
    for dir in dirs.iter().filter(|d| d.join("summary.txt").is_file()) {
        let source = std::fs::read_to_string(dir.join("source.txt")).unwrap();
        if source.split_whitespace().count() < 700 {
            continue;
        }
        let summary = std::fs::read_to_string(dir.join("summary.txt")).unwrap();
        let line = serde_json::json!({"id": dir.display().to_string(), "source": first_words(&source, 700), "summary": first_words(&summary, 60)});
        lines.push(line.to_string());
    }
    (0..pairs).map(|i| lines[i % lines.len()].clone() + "\n").collect()
}

fn bench(c: &mut Criterion) {
    let input = pairs_jsonl(256);
    let settings = Settings::default();
    let opts =
        BatchOptions { settings: &settings, lex: Lexicon::builtin(), fail_on: Severity::Error, base: Path::new(".") };
    let mut group = c.benchmark_group("batch 700-word source, 60-word summary");
    group.throughput(Throughput::Elements(256));
    group.sample_size(10);
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        group.bench_function(format!("{threads} thread(s)"), |b| {
            b.iter(|| pool.install(|| run(input.as_bytes(), std::io::sink(), &opts, |_| {}).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
