//! `newsgraph load`: a dump (N-Quads, TriG or JSON-LD) into a new store.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use newsgraph_store::RdfFormat;

use crate::cli::StoreArg;
use crate::pipeline::open_store;

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// The dump: .nq, .trig or .jsonld (as written by `newsgraph dump`).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The dump's format, when its extension does not say.
    #[arg(long, value_parser = ["nq", "trig", "jsonld"])]
    pub format: Option<String>,
    /// Load even though the store already holds quads (the dump's are added).
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(args: LoadArgs) -> Result<()> {
    crate::alloc::keep_freed_memory();
    let started = Instant::now();
    let format = match &args.format {
        Some(f) => f.parse()?,
        None => match RdfFormat::from_extension(&args.file) {
            Some(f) => f,
            None => bail!(
                "{}: cannot tell the format from the extension; name it .nq, .trig or \
                 .jsonld, or pass --format",
                args.file.display()
            ),
        },
    };
    if !format.has_graphs() {
        bail!(
            "{}: a {format} file holds no graph names, so it cannot rebuild the article \
             graphs; load an N-Quads, TriG or JSON-LD dump (newsgraph dump --format nq)",
            args.file.display()
        );
    }
    let file = File::open(&args.file)
        .with_context(|| format!("{}: cannot open the dump", args.file.display()))?;
    let store = open_store(&args.store.store)?;
    let n = store
        .load(BufReader::new(file), format, args.force)
        .with_context(|| format!("{}: not loaded", args.file.display()))?;
    eprintln!(
        "loaded {n} quads in {:.2} s into {} (store now holds {} quads, {} articles)",
        started.elapsed().as_secs_f64(),
        args.store.store.display(),
        store.len()?,
        store.article_count()?
    );
    Ok(())
}
