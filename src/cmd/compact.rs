//! `newsgraph compact`: merge the store's files so that queries read one sorted run per index.

use std::time::Instant;

use anyhow::Result;
use clap::Args;

use crate::cli::StoreArg;
use crate::pipeline::open_store;

#[derive(Debug, Args)]
pub struct CompactArgs {
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(args: CompactArgs) -> Result<()> {
    let started = Instant::now();
    let store = open_store(&args.store.store)?;
    store.compact()?;
    eprintln!(
        "compacted {} in {:.2} s ({} articles)",
        args.store.store.display(),
        started.elapsed().as_secs_f64(),
        store.article_count()?
    );
    Ok(())
}
