//! Trains the default name tagger.
//!
//! `cargo run --release -p newsgraph-nlp --example train_ner -- OUT CORPORA_DIR EPOCHS BITS`
//! (POS tags come from the embedded default POS model.)

use newsgraph_nlp::ner::{train_ner_from_corpora, NerTrainOptions};
use newsgraph_nlp::Pipeline;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 4 {
        return Err("usage: train_ner OUT CORPORA_DIR EPOCHS BITS".into());
    }
    let out = PathBuf::from(&args[0]);
    let opts = NerTrainOptions {
        epochs: args[2].parse()?,
        bucket_bits: args[3].parse()?,
        verbose: true,
        ..NerTrainOptions::default()
    };
    let pipeline = Pipeline::default();
    let t = std::time::Instant::now();
    let (tagger, _) = train_ner_from_corpora(&PathBuf::from(&args[1]), pipeline.model(), &opts)?;
    eprintln!("trained in {:.1}s", t.elapsed().as_secs_f64());
    tagger.save(&out)?;
    eprintln!(
        "wrote {} ({} bytes)",
        out.display(),
        tagger.to_bytes().len()
    );
    Ok(())
}
