//! `newsgraph dump`: the whole store (or one article graph) as RDF.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use newsgraph_store::RdfFormat;

use crate::cli::StoreArg;
use crate::pipeline::{open_store_read_only, output};

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// RDF syntax. nq, trig and jsonld keep one named graph per article; ttl and nt hold
    /// the union of the graphs.
    #[arg(long, default_value = "nq", value_parser = ["nq", "trig", "nt", "ttl", "jsonld"])]
    pub format: String,
    /// Only this named graph (an article IRI, https://w3id.org/newsgraph/article/{id}).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
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
    store.dump_graph(format, args.graph.as_deref(), &mut out)?;
    out.flush()?;
    Ok(())
}
