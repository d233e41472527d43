//! Trains the default POS + lemma model.
//!
//! `cargo run --release -p newsgraph-nlp --example train_pos -- OUT EPOCHS BITS \
//!   DOCUMENTS_TSV TRAIN... -- DEV...`

use newsgraph_nlp::{gum_nc_documents, train_pos, TrainOptions};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: train_pos OUT EPOCHS BITS DOCUMENTS_TSV TRAIN... -- DEV...";
    if args.len() < 6 {
        return Err(usage.into());
    }
    let out = PathBuf::from(&args[0]);
    let epochs: usize = args[1].parse()?;
    let bits: u8 = args[2].parse()?;
    let exclude = gum_nc_documents(&PathBuf::from(&args[3]))?;
    let sep = args.iter().position(|a| a == "--").ok_or(usage)?;
    let train: Vec<PathBuf> = args[4..sep].iter().map(PathBuf::from).collect();
    let dev: Vec<PathBuf> = args[sep + 1..].iter().map(PathBuf::from).collect();
    let opts = TrainOptions {
        epochs,
        bucket_bits: bits,
        exclude_docs: exclude,
        verbose: true,
        ..TrainOptions::default()
    };
    let t = std::time::Instant::now();
    let (model, log) = train_pos(&train, &dev, &opts)?;
    eprintln!(
        "trained in {:.1}s on {} sentences / {} words (excluded {} sentences, {} docs)",
        t.elapsed().as_secs_f64(),
        log.train_sentences,
        log.train_words,
        log.excluded_sentences,
        log.excluded_docs
    );
    let s = model.scores;
    eprintln!(
        "dev: tokens F1 {:.4} UPOS {:.4} XPOS {:.4} lemma {:.4} ({} words)",
        s.tokens_f1, s.upos, s.xpos, s.lemma, s.words
    );
    model.save(&out)?;
    eprintln!("wrote {} ({} bytes)", out.display(), model.to_bytes().len());
    Ok(())
}
