//! `newsgraph export`: the store's network as GEXF, GraphML or Gephi's CSV.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::StoreArg;
use crate::pipeline::{open_store_read_only, output};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// File format; `csv` writes nodes.csv and edges.csv into the -o directory.
    #[arg(long, value_enum, default_value_t = ExportFormat::Gexf)]
    pub format: ExportFormat,
    /// Output file (a directory for csv).
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Gexf,
    Graphml,
    Csv,
}

pub fn run(args: ExportArgs) -> Result<()> {
    let store = open_store_read_only(&args.store.store)?;
    let net = newsgraph_export::network_from_store(&store)?;
    write_export(&net, args.format, &args.output)?;
    eprintln!(
        "wrote {} nodes and {} edges to {}",
        net.node_count(),
        net.edge_count(),
        args.output.display()
    );
    Ok(())
}

pub fn write_export(
    net: &newsgraph_export::Network,
    format: ExportFormat,
    path: &Path,
) -> Result<()> {
    match format {
        ExportFormat::Csv => newsgraph_export::write_csv(net, path)?,
        ExportFormat::Gexf | ExportFormat::Graphml => {
            let mut out = output(Some(path))?;
            if format == ExportFormat::Gexf {
                newsgraph_export::write_gexf(net, &mut out)?;
            } else {
                newsgraph_export::write_graphml(net, &mut out)?;
            }
            out.flush()?;
        }
    }
    Ok(())
}
