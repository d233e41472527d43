//! `newsgraph lexicon`: rebuilds data/lexicon from the openly licensed sources.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct LexiconArgs {
    /// The gazetteer sources (countries.json, cities15000.txt.gz, countryInfo.txt).
    #[arg(long, value_name = "DIR")]
    pub gazetteer: PathBuf,
    /// The PETRARCH2 dictionaries (MIT).
    #[arg(long, value_name = "DIR")]
    pub petrarch: PathBuf,
    /// Where the compiled lists go.
    #[arg(short, long, default_value = "data/lexicon", value_name = "DIR")]
    pub output: PathBuf,
}

pub fn run(args: LexiconArgs) -> Result<()> {
    let report = newsgraph_lexicon::compile(&args.gazetteer, &args.petrarch, &args.output)?;
    for (file, rows) in &report.rows {
        eprintln!("{file}: {rows} rows");
    }
    eprintln!("wrote {} bytes to {}", report.bytes, args.output.display());
    Ok(())
}
