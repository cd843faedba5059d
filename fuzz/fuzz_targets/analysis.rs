//! The quote and attribution parser on one text: every span inside the text, on char boundaries,
//! and the JSON view of `quotecheck quotes` agrees with it.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| common::run_analysis(data));
