//! `newsgraph eval`: extraction scored against gold files.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use newsgraph_extract::Extractor;

use crate::pipeline::extract_linked;

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory of *.gold.json files.
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Directory holding each gold file's `text_file`.
    #[arg(long, value_name = "DIR")]
    pub articles: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every miss and false positive.
    #[arg(long)]
    pub explain: bool,
}

pub fn run(args: EvalArgs) -> Result<()> {
    let extractor = Extractor::new();
    let report = newsgraph_eval::evaluate_dir(&args.gold, &args.articles, |article| {
        extract_linked(&extractor, article)
    })?;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        report.write_text(&mut out, args.explain)?;
    }
    out.flush()?;
    Ok(())
}
