//! `newsgraph eval-coref`: coreference scored against annotated corpora.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::{Args, ValueEnum};
use newsgraph_eval::ecb::{read_ecb, EcbSplit};
use newsgraph_eval::event_coref::evaluate_ecb;
use newsgraph_eval::gum::{evaluate_gum, read_gum};
use newsgraph_link::coref::CorefOptions;
use newsgraph_link::events::EventCorefOptions;

#[derive(Debug, Args)]
pub struct EvalCorefArgs {
    /// The ECB+ directory (holding ECB+/ and ECBplus_coreference_sentences*.csv): scores
    /// event coreference within and across documents next to the same-lemma baseline.
    #[arg(long, value_name = "DIR")]
    pub ecb: Option<PathBuf>,
    /// GUM CoNLL-U files (e.g. en_gum-ud-dev.conllu): scores entity coreference of the
    /// person, organization and place mentions.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub gum: Vec<PathBuf>,
    /// With --gum: also link first- and second-person pronouns of one voice (I … my).
    #[arg(long)]
    pub voices: bool,
    /// Which ECB+ topics to score.
    #[arg(long, value_enum, default_value = "dev")]
    pub split: Split,
    /// Documents at least this similar (average tf-idf cosine) are taken to report the
    /// same events.
    #[arg(long, value_name = "X")]
    pub doc_threshold: Option<f64>,
    /// Compare trigger lemmas on their first N letters (0: whole lemmas).
    #[arg(long, value_name = "N")]
    pub stem: Option<usize>,
    /// Use participants and places to veto merges across documents.
    #[arg(long)]
    pub arguments: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Split {
    Train,
    Dev,
}

pub fn run(args: EvalCorefArgs) -> Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    if args.ecb.is_none() && args.gum.is_empty() {
        bail!("nothing to score: pass --ecb DIR and/or --gum FILE");
    }
    if !args.gum.is_empty() {
        let mut docs = Vec::new();
        for f in &args.gum {
            docs.extend(read_gum(f)?);
        }
        let options = CorefOptions {
            first_second_person: args.voices,
            ..CorefOptions::default()
        };
        let report = evaluate_gum(&docs, options);
        if args.json {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        } else {
            report.write_text(&mut out)?;
        }
    }
    let Some(dir) = &args.ecb else {
        out.flush()?;
        return Ok(());
    };
    let split = match args.split {
        Split::Train => EcbSplit::Train,
        Split::Dev => EcbSplit::Dev,
    };
    let mut options = EventCorefOptions::default();
    if let Some(t) = args.doc_threshold {
        options.doc_threshold = t;
    }
    options.use_arguments = args.arguments;
    if let Some(n) = args.stem {
        options.stem = n;
    }
    let report = evaluate_ecb(&read_ecb(dir, split)?, options);
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        report.write_text(&mut out)?;
    }
    out.flush()?;
    Ok(())
}
