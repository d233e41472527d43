//! `newsgraph eval nlp`: the NLP models scored on annotated files (the scoring is in
//! `newsgraph_nlp`).

use std::collections::BTreeSet;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::{Args, Subcommand};
use newsgraph_nlp::ner::{eval_ner_counts, read_ner_file, NameKind, NameTagger};
use newsgraph_nlp::{eval_conllu_all, Pipeline};

/// What `newsgraph eval` scores instead of extraction.
#[derive(Debug, Subcommand)]
pub enum EvalTarget {
    /// Score the NLP models: tokens, tags, lemmas and parses on CoNLL-U; names on NER files.
    ///
    /// Example: newsgraph eval nlp --conllu en_ewt-ud-dev.conllu --ner en_ewt-ud-dev.iob2
    Nlp(NlpEvalArgs),
}

#[derive(Debug, Args)]
pub struct NlpEvalArgs {
    /// CoNLL-U gold: token F1 from the raw `# text` lines; UPOS, XPOS, lemma, UAS and LAS
    /// (punctuation included and excluded) on gold tokens with predicted tags.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub conllu: Vec<PathBuf>,
    /// Name gold: token/tag files (CoNLL IOB/IO, WNUT-17) or GUM CoNLL-U with `Entity=`;
    /// exact-span precision, recall and F1 per type (PER, ORG, LOC) and overall.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub ner: Vec<PathBuf>,
    /// POS model to score instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub pos_model: Option<PathBuf>,
    /// Parser model to score instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub parser_model: Option<PathBuf>,
    /// Name model to score instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub ner_model: Option<PathBuf>,
}

/// The nlp crate's errors already name the file and the cause in their message; as an
/// `anyhow` chain the cause would be printed twice.
pub(crate) fn flat(e: newsgraph_nlp::NlpError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

pub fn run(target: EvalTarget) -> Result<()> {
    let EvalTarget::Nlp(args) = target;
    if args.conllu.is_empty() && args.ner.is_empty() {
        bail!("eval nlp needs --conllu FILE and/or --ner FILE");
    }
    let mut pipeline = match &args.pos_model {
        Some(p) => Pipeline::load(p).map_err(flat)?,
        None => Pipeline::default(),
    };
    if let Some(p) = &args.parser_model {
        pipeline = pipeline.with_parser(newsgraph_nlp::ParserModel::load(p).map_err(flat)?);
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for path in &args.conllu {
        let s = eval_conllu_all(&pipeline, path).map_err(flat)?;
        let pc = |x: f64| 100.0 * x;
        writeln!(out, "{} ({} words)", path.display(), s.tags.words)?;
        writeln!(
            out,
            "  tokens from raw text  P {:6.2}  R {:6.2}  F1 {:6.2}",
            pc(s.tokens.precision),
            pc(s.tokens.recall),
            pc(s.tokens.f1)
        )?;
        writeln!(
            out,
            "  UPOS {:6.2}  XPOS {:6.2}  lemma {:6.2}",
            pc(s.tags.upos),
            pc(s.tags.xpos),
            pc(s.tags.lemma)
        )?;
        writeln!(
            out,
            "  with punctuation     UAS {:6.2}  LAS {:6.2}",
            pc(s.parse.uas),
            pc(s.parse.las)
        )?;
        writeln!(
            out,
            "  without punctuation  UAS {:6.2}  LAS {:6.2}",
            pc(s.parse.uas_no_punct),
            pc(s.parse.las_no_punct)
        )?;
    }
    if !args.ner.is_empty() {
        let names = match &args.ner_model {
            Some(p) => NameTagger::load(p).map_err(flat)?,
            None => NameTagger::default(),
        };
        for path in &args.ner {
            let gold = read_ner_file(path, &BTreeSet::new()).map_err(flat)?;
            let c = eval_ner_counts(&names, pipeline.model(), &gold);
            writeln!(
                out,
                "{} ({} sentences; exact span and type)",
                path.display(),
                gold.len()
            )?;
            writeln!(
                out,
                "  {:<8} {:>7} {:>7} {:>7} {:>6} {:>6}",
                "type", "P", "R", "F1", "gold", "pred"
            )?;
            let kinds = [
                ("PER", Some(NameKind::Person)),
                ("ORG", Some(NameKind::Organization)),
                ("LOC", Some(NameKind::Location)),
                ("overall", None),
            ];
            for (i, (label, kind)) in kinds.into_iter().enumerate() {
                let (p, r, f) = c.prf(kind);
                let (g, n) = match kind {
                    Some(_) => (c.gold[i], c.predicted[i]),
                    None => (c.gold.iter().sum(), c.predicted.iter().sum()),
                };
                writeln!(
                    out,
                    "  {label:<8} {:>7.2} {:>7.2} {:>7.2} {g:>6} {n:>6}",
                    100.0 * p,
                    100.0 * r,
                    100.0 * f
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
