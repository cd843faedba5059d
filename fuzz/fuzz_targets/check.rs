//! The checker on a (source, summary) pair: the input splits at its first 0xFF byte (or halfway
//! when there is none). Every finding's spans lie inside their texts on char boundaries, and the
//! JSON report builds and serialises.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| common::run_check(data));
