//! How Oxigraph evaluates a query on a store: the plan its optimizer chose, with the rows
//! and time of each step, for tuning the named queries of `queries/`.
//!
//! ```text
//! cargo run --release -p newsgraph-store --example explain -- STORE (--name NAME | FILE.rq)
//!     [--param NAME=VALUE]... [--plan | --dry] [--timeout SECONDS]
//! ```
//!
//! Runs the query as `newsgraph query` does (the union of all graphs as the default graph,
//! our prefixes declared), reads every row, and prints the row count, the wall time and,
//! with `--plan`, Oxigraph's explanation with per-step statistics (JSON; gathering them
//! slows the run); with `--dry`, the plan alone, without running the query. `--timeout`
//! stops the query after that long (default 60 s) and still prints the plan.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use newsgraph_store::{named, vocab};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let store = PathBuf::from(
        args.next()
            .ok_or("usage: explain STORE (--name NAME | FILE.rq) [--param K=V]... [--plan]")?,
    );
    let (mut name, mut file, mut params, mut plan, mut dry) =
        (None, None, Vec::new(), false, false);
    let mut timeout = 60.0f64;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--name" => name = Some(args.next().ok_or("--name needs a value")?),
            "--param" => {
                let p = args.next().ok_or("--param needs NAME=VALUE")?;
                let (k, v) = p.split_once('=').ok_or("--param needs NAME=VALUE")?;
                params.push((k.to_string(), v.to_string()));
            }
            "--plan" => plan = true,
            "--dry" => dry = true,
            "--timeout" => {
                timeout = args.next().ok_or("--timeout needs seconds")?.parse()?;
            }
            other => file = Some(other.to_string()),
        }
    }
    let sparql = match (name, file) {
        (Some(n), _) => named::get(&n).ok_or("no such named query")?.bind(&params)?,
        (None, Some(f)) => std::fs::read_to_string(f)?,
        (None, None) => return Err("give --name NAME or a .rq file".into()),
    };
    let store = Store::open_read_only(&store)?;
    let cancel = CancellationToken::new();
    let stopper = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs_f64(timeout));
        stopper.cancel();
    });
    let mut evaluator = SparqlEvaluator::new().with_cancellation_token(cancel);
    for (prefix, ns) in vocab::PREFIXES {
        evaluator = evaluator.with_prefix(prefix, ns)?;
    }
    let mut prepared = evaluator.parse_query(&sparql)?;
    prepared.dataset_mut().set_default_graph_as_union();
    let started = Instant::now();
    // Statistics time every step (costly: Oxigraph's timer works in xsd:dateTime), so they
    // are only gathered for --plan and the plain run measures the query alone.
    let bound = prepared.on_store(&store);
    let (results, explanation) = if plan {
        bound.compute_statistics().explain()
    } else {
        bound.explain()
    };
    if dry {
        let mut out = Vec::new();
        explanation.write_in_json(&mut out)?;
        println!("plan only\n{}", String::from_utf8_lossy(&out));
        return Ok(());
    }
    let mut rows = 0usize;
    let mut stopped = None;
    match results {
        Ok(QueryResults::Solutions(solutions)) => {
            for s in solutions {
                if let Err(e) = s {
                    stopped = Some(e);
                    break;
                }
                rows += 1;
            }
        }
        Ok(_) => {}
        Err(e) => stopped = Some(e),
    }
    let took = started.elapsed().as_secs_f64();
    match stopped {
        Some(e) => println!("stopped after {rows} rows, {took:.3} s: {e}"),
        None => println!("{rows} rows in {took:.3} s"),
    }
    if plan {
        let mut out = Vec::new();
        explanation.write_in_json(&mut out)?;
        println!("{}", String::from_utf8_lossy(&out));
    }
    Ok(())
}
