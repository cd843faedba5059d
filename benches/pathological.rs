//! Pathological inputs at growing sizes, so that linear (or not) growth is visible: each group
//! runs one input shape at 10,000, 30,000 and 100,000 repetitions. `cargo bench --bench pathological`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotecheck::Analysis;
use std::time::Duration;

/// Builds the text of `n` repetitions of a shape.
type Make = fn(usize) -> String;

/// The shapes: a name and its builder.
fn shapes() -> Vec<(&'static str, Make)> {
    vec![
        // Unclosed opening marks: each earlier quote loses its close.
        ("unclosed_openers", |n| "“a ".repeat(n)),
        // Straight marks with a word after each: all open, none closes, one sentence.
        ("straight_marks", |n| "\"a ".repeat(n)),
        // Closed, framed quotations in one paragraph.
        ("framed_quotes_one_paragraph", |n| "“We will win,” he said. ".repeat(n)),
        // Double and single marks nested n deep.
        ("nested", |n| {
            let mut s = String::from("She said ");
            for i in 0..n {
                s.push_str(if i % 2 == 0 { "“w " } else { "‘w " });
            }
            s.push_str("end");
            for i in (0..n).rev() {
                s.push_str(if i % 2 == 0 { "” " } else { "’ " });
            }
            s
        }),
        // One line without spaces (10 bytes a repetition).
        ("line_without_spaces", |n| "abcdefghij".repeat(n)),
        // Punctuation only (9 chars a repetition).
        ("punctuation", |n| ".,;:!?()-".repeat(n)),
    ]
}

fn bench(c: &mut Criterion) {
    for (name, make) in shapes() {
        let mut g = c.benchmark_group(name);
        g.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
        for n in [10_000usize, 30_000, 100_000] {
            let text = make(n);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, t| b.iter(|| Analysis::new(t.clone())));
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
