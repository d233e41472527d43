//! `newsgraph eval`: extraction scored against gold files.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use newsgraph_extract::Extractor;

use crate::pipeline::extract_linked;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct EvalArgs {
    /// Score the NLP models instead (`newsgraph eval nlp --help`).
    #[command(subcommand)]
    pub target: Option<crate::cmd::nlp_eval::EvalTarget>,
    /// Directory of *.gold.json files.
    #[arg(long, value_name = "DIR", required = true)]
    pub gold: Option<PathBuf>,
    /// Directory holding each gold file's `text_file`.
    #[arg(long, value_name = "DIR", required = true)]
    pub articles: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every miss and false positive.
    #[arg(long)]
    pub explain: bool,
}

pub fn run(args: EvalArgs) -> Result<()> {
    if let Some(target) = args.target {
        return crate::cmd::nlp_eval::run(target);
    }
    let (Some(gold), Some(articles)) = (&args.gold, &args.articles) else {
        anyhow::bail!("eval needs --gold DIR and --articles DIR (or: eval nlp ...)");
    };
    let extractor = Extractor::new();
    let report = newsgraph_eval::evaluate_dir(gold, articles, |article| {
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
