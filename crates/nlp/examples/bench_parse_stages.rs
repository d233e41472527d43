//! Times every pipeline stage (as `newsgraph bench nlp` does) with another parser file, so a
//! candidate parser can be compared with the embedded one before it is committed.
//!
//! `cargo run --release -p newsgraph-nlp --example bench_parse_stages -- default|PARSER.ngm \
//!   SECONDS FILE.conllu...` (`BEAM=k` decodes with a beam of k states instead of the file's).

use newsgraph_nlp::bench_stages;
use newsgraph_nlp::conllu::read_conllu;
use newsgraph_nlp::ner::NameTagger;
use std::path::PathBuf;

mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        return Err("usage: bench_parse_stages default|PARSER.ngm SECONDS FILE...".into());
    }
    let pipeline = common::pipeline(Some(&args[0]))?;

    let secs: f64 = args[1].parse()?;
    // One document per `# newdoc`, its sentence texts joined by spaces.
    let mut docs: Vec<String> = Vec::new();
    let mut last: Option<String> = None;
    for f in &args[2..] {
        for s in read_conllu(&PathBuf::from(f))? {
            if s.doc_id != last || docs.is_empty() {
                docs.push(String::new());
                last.clone_from(&s.doc_id);
            }
            if let (Some(t), Some(d)) = (s.text, docs.last_mut()) {
                d.push_str(&t);
                d.push(' ');
            }
        }
    }
    let b = bench_stages(&pipeline, &NameTagger::default(), &docs, secs);
    println!(
        "beam {}; {} words, {} tokens; cpu share {:.0} %",
        pipeline.parser().beam(),
        b.words,
        b.tokens,
        100.0 * b.cpu_share
    );
    for s in &b.stages {
        println!(
            "{:<14} {:>12.0} tok/s {:>12.0} words/s",
            s.stage, s.tokens_per_sec, s.words_per_sec
        );
    }
    Ok(())
}
