//! `newsgraph query`: SPARQL from a string, a `.rq` file or the named-query library.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};
use clap::Args;
use newsgraph_store::ResultFormat;

use crate::cli::StoreArg;
use crate::pipeline::open_store_read_only;

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// A SPARQL query, or the path of a .rq file.
    #[arg(value_name = "SPARQL", required_unless_present_any = ["name", "list"])]
    pub query: Option<String>,
    /// Run a named query from queries/ (see --list).
    #[arg(long, conflicts_with = "query")]
    pub name: Option<String>,
    /// Value for a named query's parameter, as NAME=VALUE (repeatable).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// List the named queries and what each answers.
    #[arg(long)]
    pub list: bool,
    /// Result format.
    #[arg(long, default_value = "table", value_parser = ["table", "json", "csv", "tsv", "xml"])]
    pub format: String,
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(args: QueryArgs) -> Result<()> {
    if args.list {
        for q in newsgraph_store::named::all() {
            println!("{:<26} {}", q.name, q.title);
            for p in &q.params {
                println!("{:<26}   --param {}=...  {}", "", p.name, p.doc);
            }
        }
        return Ok(());
    }
    let sparql = match (&args.name, &args.query) {
        (Some(name), _) => {
            let q = newsgraph_store::named::get(name).with_context(|| {
                format!("no named query {name:?}; `newsgraph query --list` shows them")
            })?;
            q.bind(&parse_params(&args.params)?)?
        }
        (None, Some(q)) if q.ends_with(".rq") || Path::new(q).is_file() => {
            std::fs::read_to_string(q).with_context(|| format!("{q}: cannot read query file"))?
        }
        (None, Some(q)) => q.clone(),
        (None, None) => bail!("give a SPARQL query, a .rq file or --name"),
    };
    let store = open_store_read_only(&args.store.store)?;
    let format: ResultFormat = args.format.parse()?;
    let mut out = BufWriter::new(io::stdout().lock());
    store.query_to(&sparql, format, &mut out)?;
    out.flush()?;
    Ok(())
}

fn parse_params(params: &[String]) -> Result<Vec<(String, String)>> {
    params
        .iter()
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .with_context(|| format!("--param {p:?}: expected NAME=VALUE"))
        })
        .collect()
}
