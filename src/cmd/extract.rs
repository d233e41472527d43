//! `newsgraph extract`: articles in, article graphs out.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};
use newsgraph_model::jsonl;
use newsgraph_store::RdfFormat;

use crate::pipeline::{output, read_graphs};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files (.txt, .jsonl) or directories (read recursively, in sorted order);
    /// `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output format: one JSON article graph per line, N-Quads or Turtle.
    #[arg(long, value_enum, default_value_t = GraphFormat::Jsonl)]
    pub format: GraphFormat,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Jsonl,
    Nq,
    Ttl,
}

pub fn run(args: ExtractArgs) -> Result<()> {
    let graphs = read_graphs(&args.inputs)?;
    let mut out = output(args.output.as_deref())?;
    for graph in &graphs {
        match args.format {
            GraphFormat::Jsonl => jsonl::write_graph(&mut out, graph)?,
            GraphFormat::Nq => newsgraph_store::write_graph(graph, RdfFormat::NQuads, &mut out)?,
            GraphFormat::Ttl => newsgraph_store::write_graph(graph, RdfFormat::Turtle, &mut out)?,
        }
    }
    out.flush()?;
    Ok(())
}
