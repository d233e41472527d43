//! Trains the default dependency parser.
//!
//! `cargo run --release -p newsgraph-nlp --example train_parser -- OUT EPOCHS FOLDS BITS \
//!   DOCUMENTS_TSV TRAIN... -- DEV...` (FOLDS 0: tags from the embedded tagger instead of
//! jack-knifing). Environment overrides for experiments: `MEMBERS` (3), `LABEL_BITS` (18),
//! `EXPLORE` (100, greedy epochs only), `BEAM` (training beam, 1 = greedy dynamic-oracle
//! training; 4 for the beam experiment in `data/models/README.md`), `BEAM_FROM` (first beam
//! epoch, 1), `PARSE_BEAM` (the beam the model parses with, 1; 3 in that experiment), and
//! `TAG_CACHE=FILE` to reuse the training tags between runs.

use newsgraph_nlp::{gum_nc_documents, train_parser, ParserOptions, TagSource, TrainOptions};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: train_parser OUT EPOCHS FOLDS BITS DOCUMENTS_TSV TRAIN... -- DEV...";
    if args.len() < 7 {
        return Err(usage.into());
    }
    let out = PathBuf::from(&args[0]);
    let epochs: usize = args[1].parse()?;
    let folds: usize = args[2].parse()?;
    let bits: u8 = args[3].parse()?;
    let exclude = gum_nc_documents(&PathBuf::from(&args[4]))?;
    let sep = args.iter().position(|a| a == "--").ok_or(usage)?;
    let train: Vec<PathBuf> = args[5..sep].iter().map(PathBuf::from).collect();
    let dev: Vec<PathBuf> = args[sep + 1..].iter().map(PathBuf::from).collect();
    let mut opts = ParserOptions {
        epochs,
        bits,
        exclude_docs: exclude.clone(),
        verbose: true,
        explore_percent: std::env::var("EXPLORE").map_or(Ok(100), |v| v.parse())?,
        members: std::env::var("MEMBERS").map_or(Ok(3), |v| v.parse())?,
        tag_cache: std::env::var("TAG_CACHE").ok().map(PathBuf::from),
        label_bits: std::env::var("LABEL_BITS").map_or(Ok(18), |v| v.parse())?,
        beam: std::env::var("BEAM").map_or(Ok(1), |v| v.parse())?,
        beam_from_epoch: std::env::var("BEAM_FROM").map_or(Ok(1), |v| v.parse())?,
        parse_beam: std::env::var("PARSE_BEAM").map_or(Ok(1), |v| v.parse())?,
        ..ParserOptions::default()
    };
    if folds > 0 {
        // The same settings as the shipped tagger (data/models/README.md).
        opts.train_tags = TagSource::Jackknife {
            folds,
            pos: TrainOptions {
                epochs: 10,
                bucket_bits: 18,
                exclude_docs: exclude,
                ..TrainOptions::default()
            },
        };
    }
    let t = std::time::Instant::now();
    let (model, log) = train_parser(&train, &dev, &opts)?;
    eprintln!(
        "trained in {:.1}s on {} sentences / {} words (excluded {} sentences, {} docs); \
         {} non-projective sentences ({} crossing arcs) skipped by the transition classifier; \
         {} training words with a wrong predicted UPOS",
        t.elapsed().as_secs_f64(),
        log.train_sentences,
        log.train_words,
        log.excluded_sentences,
        log.excluded_docs,
        log.non_projective_sentences,
        log.non_projective_arcs,
        log.train_upos_errors
    );
    let s = model.scores;
    eprintln!(
        "dev: UAS {:.4} LAS {:.4}; without punctuation UAS {:.4} LAS {:.4} ({} words)",
        s.uas, s.las, s.uas_no_punct, s.las_no_punct, s.words
    );
    model.save(&out)?;
    eprintln!("wrote {} ({} bytes)", out.display(), model.to_bytes().len());
    Ok(())
}
