//! `newsgraph ingest`: articles or pre-extracted graphs into the on-disk store.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Result;
use clap::Args;
use newsgraph_store::{IngestOptions, Store, WriteOptions};

use crate::cli::StoreArg;
use crate::pipeline::{ingest_inputs, open_store};

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article files or directories, JSON Lines of articles or of extracted graphs;
    /// `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Extraction threads (default: the number of cores).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Write in batches of about this many triples (each batch is one atomic commit; a
    /// killed run loses at most the batch in flight).
    #[arg(long, value_name = "TRIPLES", default_value_t = WriteOptions::default().batch_quads)]
    pub batch: usize,
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(args: IngestArgs) -> Result<()> {
    crate::alloc::keep_freed_memory();
    let store = open_store(&args.store.store)?;
    let mut options = IngestOptions::default();
    if let Some(jobs) = args.jobs {
        options.jobs = jobs.max(1);
        options.write.threads = jobs.max(1);
    }
    options.write.batch_quads = args.batch.max(1);
    ingest_with(&store, &args.inputs, &args.store.store, &options)
}

/// Ingests with the default options (what `demo` uses).
pub fn ingest(store: &Store, inputs: &[PathBuf], store_path: &Path) -> Result<()> {
    ingest_with(store, inputs, store_path, &IngestOptions::default())
}

fn ingest_with(
    store: &Store,
    inputs: &[PathBuf],
    store_path: &Path,
    options: &IngestOptions,
) -> Result<()> {
    let started = Instant::now();
    let bar = if io::stderr().is_terminal() {
        indicatif::ProgressBar::new(0).with_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} articles, {rate}, {eta} left",
            )
            .map(|style| {
                style.with_key(
                    "rate",
                    |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0} articles/s", state.per_sec());
                    },
                )
            })
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        )
    } else {
        indicatif::ProgressBar::hidden()
    };
    let report = ingest_inputs(store, inputs, options, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })?;
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    let w = &report.written;
    eprintln!(
        // Articles, not quads: counting quads reads the whole store, seconds on a large one
        // for a one-article ingest.
        "ingested {} articles, {} triples in {:.2} s into {} (store now holds {} articles); \
         skipped {} unchanged, replaced {} changed",
        w.articles,
        w.triples,
        secs,
        store_path.display(),
        store.article_count()?,
        report.skipped,
        w.replaced,
    );
    eprintln!(
        "time: reading inputs first {:.2} s, extraction {:.2} s on {} threads, store writes {:.2} s \
         ({} bulk, {} transaction batches)",
        w.check_time.as_secs_f64(),
        report.build_time.as_secs_f64(),
        options.jobs,
        w.write_time.as_secs_f64(),
        w.bulk_batches,
        w.transaction_batches,
    );
    Ok(())
}
