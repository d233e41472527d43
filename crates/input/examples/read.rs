//! Reads the given inputs and prints what was found: a quick check of a corpus before
//! extraction, and the throughput figure quoted in the crate's report.
//!
//! `cargo run --release -p newsgraph-input --example read -- articles/ more.jsonl`

use std::path::PathBuf;
use std::time::Instant;

use newsgraph_input::{read_inputs, Record};

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let started = Instant::now();
    let (mut articles, mut graphs, mut datelines, mut errors, mut bytes) = (0, 0, 0, 0, 0);
    for item in read_inputs(&paths) {
        match item {
            Ok((_, Record::Article(a))) => {
                articles += 1;
                bytes += a.text.len();
                datelines += usize::from(a.dateline.is_some());
            }
            Ok((_, Record::Graph(_))) => graphs += 1,
            Err(e) => {
                errors += 1;
                eprintln!("{e}");
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{articles} articles ({datelines} with a dateline), {graphs} graphs, {errors} errors; \
         {:.1} MB of text in {secs:.2} s ({:.0} MB/s)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
}
