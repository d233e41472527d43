//! `newsgraph ingest`: articles or pre-extracted graphs into the on-disk store.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Args;
use newsgraph_store::Store;

use crate::cli::StoreArg;
use crate::pipeline::{open_store, read_graphs};

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article files or directories, JSON Lines of articles or of extracted graphs;
    /// `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(args: IngestArgs) -> Result<()> {
    let store = open_store(&args.store.store)?;
    ingest(&store, &args.inputs, &args.store.store)
}

pub fn ingest(store: &Store, inputs: &[PathBuf], store_path: &Path) -> Result<()> {
    let started = Instant::now();
    let mut graphs = read_graphs(inputs)?;
    // Identity across articles (issue 6): match against the store's identity index.
    newsgraph_store::identity::link_all(store, &mut graphs)?;
    let bar = if io::stderr().is_terminal() {
        indicatif::ProgressBar::new(graphs.len() as u64).with_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} articles {per_sec} {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        )
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut triples = 0;
    for graph in &graphs {
        triples += store
            .ingest(graph)
            .with_context(|| format!("article {}: not ingested", graph.article.id))?;
        bar.inc(1);
    }
    bar.finish_and_clear();
    eprintln!(
        "ingested {} articles, {} triples in {:.2} s into {} (store now holds {} quads)",
        graphs.len(),
        triples,
        started.elapsed().as_secs_f64(),
        store_path.display(),
        store.len()?
    );
    Ok(())
}
