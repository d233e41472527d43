//! `newsgraph explain`: why an identity is what it is.

use std::io::{self, BufWriter, Write};

use anyhow::{bail, Result};
use clap::Args;

use crate::cli::StoreArg;
use crate::pipeline::open_store_read_only;

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The identity's IRI, e.g. https://w3id.org/newsgraph/id/person/ana-lind
    #[arg(value_name = "IRI")]
    pub iri: String,
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(args: ExplainArgs) -> Result<()> {
    let store = open_store_read_only(&args.store.store)?;
    let iri = args.iri.trim_matches(|c| c == '<' || c == '>');
    let Some(explanation) = newsgraph_store::identity::explain(&store, iri)? else {
        bail!(
            "{iri}: no such identity in {} (list identities with `newsgraph query`)",
            args.store.store.display()
        );
    };
    let mut out = BufWriter::new(io::stdout().lock());
    explanation.write_text(&mut out)?;
    out.flush()?;
    Ok(())
}
