//! `newsgraph demo`: the whole pipeline on the bundled samples, in one command.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use newsgraph_model::jsonl;
use newsgraph_store::ResultFormat;

use crate::cmd::export::{write_export, ExportFormat};
use crate::cmd::ingest::ingest;
use crate::pipeline::{open_store, output, read_graphs};

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// The articles to run on.
    #[arg(long, default_value = "data/samples", value_name = "DIR")]
    pub samples: PathBuf,
    /// Where the store, the extracted graphs and the GEXF file go.
    #[arg(long, default_value = "newsgraph-demo", value_name = "DIR")]
    pub out: PathBuf,
}

pub fn run(args: DemoArgs) -> Result<()> {
    let (samples, out_dir) = (&args.samples, &args.out);
    if !samples.is_dir() {
        bail!(
            "{}: no such directory; run the demo from the repository root or pass --samples DIR",
            samples.display()
        );
    }
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("{}: cannot create", out_dir.display()))?;
    let graphs = read_graphs(std::slice::from_ref(samples))?;
    let jsonl_path = out_dir.join("graphs.jsonl");
    let mut out = output(Some(&jsonl_path))?;
    for graph in &graphs {
        jsonl::write_graph(&mut out, graph)?;
    }
    out.flush()?;
    println!(
        "extracted {} articles -> {}",
        graphs.len(),
        jsonl_path.display()
    );

    let store_path = out_dir.join("store");
    let store = open_store(&store_path)?;
    ingest(&store, std::slice::from_ref(&jsonl_path), &store_path)?;
    println!("store -> {}", store_path.display());

    let mut stdout = io::stdout().lock();
    for name in ["who-accused-whom", "spokespeople", "leaders"] {
        let q = newsgraph_store::named::get(name)
            .with_context(|| format!("named query {name} missing"))?;
        writeln!(stdout, "\n# {} ({})", q.title, q.name)?;
        store.query_to(q.sparql, ResultFormat::Table, &mut stdout)?;
    }
    let net = newsgraph_export::network_from_store(&store)?;
    let gexf = out_dir.join("network.gexf");
    write_export(&net, ExportFormat::Gexf, &gexf)?;
    writeln!(
        stdout,
        "\nGephi network ({} nodes, {} edges) -> {}",
        net.node_count(),
        net.edge_count(),
        gexf.display()
    )?;
    Ok(())
}
