//! `newsgraph dump`: the whole store as RDF.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use newsgraph_store::RdfFormat;

use crate::cli::StoreArg;
use crate::pipeline::{open_store_read_only, output};

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// RDF syntax.
    #[arg(long, default_value = "nq", value_parser = ["nq", "trig", "nt", "ttl"])]
    pub format: String,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(args: DumpArgs) -> Result<()> {
    let store = open_store_read_only(&args.store.store)?;
    let format: RdfFormat = args.format.parse()?;
    let mut out = output(args.output.as_deref())?;
    store.dump(format, &mut out)?;
    out.flush()?;
    Ok(())
}
