//! MB/s of `Analysis::new` on a text of about SIZE bytes built like `benches/quotes.rs` builds
//! its inputs (the passages of `corpus/quotes/` repeated), for profiling.
//! Usage: cargo run --release --example quotes_speed [-- SIZE [RUNS]]. On Linux it also gives the
//! figures in time on the CPU, which a machine shared with other jobs does not inflate.

use quotecheck::Analysis;
use std::time::Instant;

#[path = "../benches/common/mod.rs"]
mod common;

/// Nanoseconds this thread has run on a CPU (Linux), if known.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// The median and the best of `times` (seconds), as MB/s for `mb` megabytes.
fn rates(mut times: Vec<f64>, mb: f64) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (mb / times[times.len() / 2], mb / times[0])
}

fn main() {
    let mut args = std::env::args().skip(1);
    let size: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let text = common::repeat_to(&common::corpus_quotes_text(), size);
    // Each run analyses about 2 MB (the text several times when it is short): the CPU clock of
    // /proc moves in steps.
    let reps = (2_000_000 / text.len().max(1)).max(1);
    let (mut wall, mut cpu) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs.max(1) {
        let (start, cpu_start) = (Instant::now(), cpu_ns());
        for _ in 0..reps {
            std::hint::black_box(Analysis::new(text.as_str()));
        }
        wall.push(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, cpu_ns()) {
            cpu.push(b.saturating_sub(a).max(1) as f64 / 1e9);
        }
    }
    let mb = (text.len() * reps) as f64 / 1e6;
    let (median, best) = rates(wall, mb);
    print!("{} bytes, {} runs: median {median:.1} MB/s, best {best:.1} MB/s", text.len(), runs.max(1));
    if !cpu.is_empty() {
        let (median, best) = rates(cpu, mb);
        print!("; CPU time: median {median:.1} MB/s, best {best:.1} MB/s");
    }
    println!();
}
