//! Builds a large store for the export benchmark: the article graphs of a JSON Lines file
//! (`newsgraph extract data/samples -o graphs.jsonl`) repeated COPIES times with distinct
//! article ids (`{id}-{k}`, so every copy has its own named graph, events and statements,
//! while the actors are shared as in a real corpus), loaded with Oxigraph's bulk loader.
//! With COPIES equal to the number of graphs (`newsgraph gen` articles, extracted), each
//! graph is loaded once, as `{id}-0`. Identity linking is left out: it is not what the
//! export benchmark measures.
//!
//! ```text
//! cargo run --release -p newsgraph-export --example bench_store -- graphs.jsonl 20000 /tmp/big.db
//! ```
//! `scripts/bench-export` wraps it and times `newsgraph export` on the result.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::time::Instant;

use newsgraph_model::jsonl;
use oxigraph::store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [graphs, copies, store] = args.as_slice() else {
        return Err("usage: bench_store GRAPHS.jsonl COPIES STORE_DIR".into());
    };
    let copies: usize = copies.parse()?;
    let store = PathBuf::from(store);
    if store.exists() {
        return Err(format!("{}: exists; give a new directory", store.display()).into());
    }
    let file = File::open(graphs).map_err(|e| format!("{graphs}: {e}"))?;
    let graphs = jsonl::read_graphs(BufReader::new(file)).collect::<Result<Vec<_>, _>>()?;
    let started = Instant::now();
    let ox = Store::open(&store)?;
    let mut loader = ox.bulk_loader().with_max_memory_size_in_megabytes(2048);
    // One stream of quads, so that the loader fills whole batches.
    let quads = std::cell::Cell::new(0u64);
    let articles = (0..copies).map(|n| {
        let g = &graphs[n % graphs.len()];
        let mut copy = g.clone();
        copy.article.id = format!("{}-{}", g.article.id, n / graphs.len());
        newsgraph_link::assign_iris(&mut copy);
        copy
    });
    let stream = articles.flat_map(|copy| match newsgraph_store::graph_quads(&copy) {
        Ok(q) => {
            quads.set(quads.get() + q.len() as u64);
            q.into_iter().map(Ok).collect::<Vec<_>>()
        }
        Err(e) => vec![Err(e)],
    });
    loader.load_ok_quads::<_, Box<dyn std::error::Error>>(stream)?;
    let (articles, quads) = (copies, quads.get());
    loader.commit()?;
    ox.flush()?;
    eprintln!(
        "bench_store: {articles} articles, {quads} quads into {} in {:.1} s",
        store.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
