//! `newsgraph train pos|ner|parser`: trains a model from annotated files (the work is in
//! `newsgraph_nlp`); same data and seed give a byte-identical model file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use crate::cmd::nlp_eval::flat;
use newsgraph_nlp::ner::{train_ner_files, NerTrainOptions};
use newsgraph_nlp::{
    gum_nc_documents, train_parser, train_pos, Model, ParserOptions, Pipeline, TagSource,
    TrainOptions,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Which {
    /// UPOS + XPOS tagger and lemmatizer (CoNLL-U in).
    Pos,
    /// Name tagger (GUM CoNLL-U with `Entity=`, or token/tag files: CoNLL, BTC, WNUT-17).
    Ner,
    /// Dependency parser (CoNLL-U in).
    Parser,
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Which model to train.
    #[arg(value_enum)]
    pub which: Which,
    /// Training files.
    #[arg(long, required = true, num_args = 1.., value_name = "FILE")]
    pub train: Vec<PathBuf>,
    /// Dev files: scored after every epoch; never trained on.
    #[arg(long, required = true, num_args = 1.., value_name = "FILE")]
    pub dev: Vec<PathBuf>,
    /// Where to write the model (e.g. data/models/pos-en.ngm).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Passes over the training data (default: pos 10, ner 4, parser 9).
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Seed of the shuffles.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Hash-table bits (default: pos 18, ner 18, parser 22 — the transition table).
    #[arg(long)]
    pub bits: Option<u8>,
    /// GUM's documents.tsv: documents flagged non_commercial = yes are not trained on.
    #[arg(long, value_name = "FILE")]
    pub gum_documents: Option<PathBuf>,
    /// ner: the gazetteer directory (countries.json, cities15000.txt.gz).
    #[arg(long, value_name = "DIR")]
    pub gazetteer: Option<PathBuf>,
    /// ner, parser: the POS model whose tags the features use (default: the embedded one).
    #[arg(long, value_name = "FILE")]
    pub pos_model: Option<PathBuf>,
    /// parser: jack-knife folds for the training tags (0: tag training data with the POS
    /// model instead).
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
}

fn pos_model(path: Option<&Path>) -> Result<Model> {
    Ok(match path {
        Some(p) => Model::load(p).map_err(flat)?,
        None => Pipeline::default().model().clone(),
    })
}

pub fn run(args: TrainArgs) -> Result<()> {
    let exclude = match &args.gum_documents {
        Some(p) => gum_nc_documents(p).map_err(flat)?,
        None => BTreeSet::new(),
    };
    let t = std::time::Instant::now();
    let bytes = match args.which {
        Which::Pos => {
            let opts = TrainOptions {
                epochs: args.epochs.unwrap_or(10),
                seed: args.seed,
                bucket_bits: args.bits.unwrap_or(18),
                exclude_docs: exclude,
                verbose: true,
                ..TrainOptions::default()
            };
            let (model, log) = train_pos(&args.train, &args.dev, &opts).map_err(flat)?;
            eprintln!(
                "trained on {} sentences / {} words (excluded {} sentences of {} documents)",
                log.train_sentences, log.train_words, log.excluded_sentences, log.excluded_docs
            );
            let s = model.scores;
            eprintln!(
                "dev: token F1 {:.2} UPOS {:.2} XPOS {:.2} lemma {:.2} ({} words)",
                100.0 * s.tokens_f1,
                100.0 * s.upos,
                100.0 * s.xpos,
                100.0 * s.lemma,
                s.words
            );
            model.to_bytes()
        }
        Which::Ner => {
            let Some(gazetteer) = &args.gazetteer else {
                bail!("train ner needs --gazetteer DIR (countries.json, cities15000.txt.gz)");
            };
            let pos = pos_model(args.pos_model.as_deref())?;
            let opts = NerTrainOptions {
                epochs: args.epochs.unwrap_or(4),
                seed: args.seed,
                bucket_bits: args.bits.unwrap_or(18),
                verbose: true,
            };
            let (tagger, _) =
                train_ner_files(&args.train, &args.dev, gazetteer, &exclude, &pos, &opts)
                    .map_err(flat)?;
            let s = tagger.scores;
            eprintln!(
                "dev: P {:.2} R {:.2} F1 {:.2} ({} gold names)",
                100.0 * s.precision,
                100.0 * s.recall,
                100.0 * s.f1,
                s.gold
            );
            tagger.to_bytes()
        }
        Which::Parser => {
            let pos = pos_model(args.pos_model.as_deref())?;
            let mut opts = ParserOptions {
                epochs: args.epochs.unwrap_or(9),
                seed: args.seed,
                bits: args.bits.unwrap_or(22),
                exclude_docs: exclude.clone(),
                train_tags: TagSource::Model(Box::new(pos.clone())),
                dev_tagger: Box::new(pos),
                verbose: true,
                ..ParserOptions::default()
            };
            if args.folds > 0 {
                // Fold taggers are trained with the shipped tagger's settings.
                opts.train_tags = TagSource::Jackknife {
                    folds: args.folds,
                    pos: TrainOptions {
                        exclude_docs: exclude,
                        seed: args.seed,
                        ..TrainOptions::default()
                    },
                };
            }
            let (model, log) = train_parser(&args.train, &args.dev, &opts).map_err(flat)?;
            eprintln!(
                "trained on {} sentences / {} words (excluded {} sentences of {} documents; \
                 {} non-projective sentences skipped by the transition classifier)",
                log.train_sentences,
                log.train_words,
                log.excluded_sentences,
                log.excluded_docs,
                log.non_projective_sentences
            );
            let s = model.scores;
            eprintln!(
                "dev: UAS {:.2} LAS {:.2}; without punctuation UAS {:.2} LAS {:.2}",
                100.0 * s.uas,
                100.0 * s.las,
                100.0 * s.uas_no_punct,
                100.0 * s.las_no_punct
            );
            model.to_bytes()
        }
    };
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("cannot write the model to {}", args.output.display()))?;
    eprintln!(
        "wrote {} ({} bytes) in {:.1} s",
        args.output.display(),
        bytes.len(),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
