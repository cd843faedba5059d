//! Pairs per second of a whole check (both analyses and the check) on the FRANK benchmark pairs.
//! Usage: cargo run --release --example frank_speed [-- PATH]; skips when the file is absent.

use quotecheck::checks::check;
use quotecheck::Analysis;
use std::time::Instant;

const DEFAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/benchmarks/frank.dev.jsonl");

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| DEFAULT.to_string());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {path} is absent");
        return;
    };
    let pairs: Vec<(String, String)> = text
        .lines()
        .filter_map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            Some((v["source"].as_str()?.to_string(), v["summary"].as_str()?.to_string()))
        })
        .collect();
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let start = Instant::now();
        for (source, summary) in &pairs {
            std::hint::black_box(check(&Analysis::new(source.as_str()), &Analysis::new(summary.as_str())));
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let n = pairs.len() as f64;
    println!(
        "{} pairs: best of 5 runs {:.3} s, {:.0} pairs/s, {:.3} ms/pair",
        pairs.len(),
        best,
        n / best,
        best * 1e3 / n
    );
}
