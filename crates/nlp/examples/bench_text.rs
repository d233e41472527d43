//! Measures pipeline speed on the raw sentence texts of CoNLL-U files.
//!
//! `cargo run --release -p newsgraph-nlp --example bench_text -- FILE...`

use newsgraph_nlp::conllu::read_conllu;
use newsgraph_nlp::ner::NameTagger;
use newsgraph_nlp::{bench, Pipeline};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    for f in std::env::args().skip(1) {
        for s in read_conllu(&PathBuf::from(f))? {
            if let Some(t) = s.text {
                text.push_str(&t);
                text.push(' ');
            }
        }
    }
    let t = std::time::Instant::now();
    let pipeline = Pipeline::default();
    let load_ms = t.elapsed().as_secs_f64() * 1000.0;
    let b = bench(&pipeline, &text);
    println!(
        "load {load_ms:.1} ms; {} bytes, {} tokens, {} sentences; tokenize+split {:.0} tok/s; \
         analyze {:.0} tok/s",
        b.bytes, b.tokens, b.sentences, b.tokenize_tokens_per_sec, b.analyze_tokens_per_sec
    );
    let names = NameTagger::default();
    let doc = pipeline.analyze(&text);
    let t = std::time::Instant::now();
    let mut found = 0;
    let mut rounds = 0;
    while t.elapsed().as_secs_f64() < 0.5 {
        found = doc
            .sentences
            .iter()
            .map(|s| names.tag(s).len())
            .sum::<usize>();
        rounds += 1;
    }
    println!(
        "name tagging (on analysed sentences): {:.0} tok/s, {found} names",
        (b.tokens * rounds) as f64 / t.elapsed().as_secs_f64()
    );
    Ok(())
}
