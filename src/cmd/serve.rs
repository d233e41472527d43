//! `newsgraph serve`: the read-only SPARQL endpoint over the store.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use newsgraph_server::{parse_duration, Config};

use crate::cli::StoreArg;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on. The default answers this machine only; give 0.0.0.0:PORT to
    /// open it to the network (there is no authentication). Port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
    pub bind: SocketAddr,
    /// Stop any query running longer than this (e.g. 30s, 500ms, 2m).
    #[arg(long, default_value = "30s", value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Duration,
    /// Answer at most this many rows (SELECT) or triples (CONSTRUCT, DESCRIBE) per query;
    /// a cut answer carries the header X-Newsgraph-Truncated: true.
    #[arg(long, default_value_t = 10_000, value_name = "N")]
    pub max_rows: usize,
    /// How often to look for articles a running `newsgraph ingest` added, and reopen the
    /// store to show them (0 never).
    #[arg(long, default_value = "5s", value_parser = parse_duration, value_name = "DURATION")]
    pub refresh: Duration,
    #[command(flatten)]
    pub store: StoreArg,
}

pub fn run(args: ServeArgs) -> Result<()> {
    let config = Config {
        bind: args.bind,
        timeout: args.timeout,
        max_rows: args.max_rows,
        refresh: (!args.refresh.is_zero()).then_some(args.refresh),
        ..Config::new(args.store.store)
    };
    newsgraph_server::serve(config, |addr| {
        // Tests and scripts read this line for the port when --bind gave port 0.
        eprintln!("newsgraph: SPARQL endpoint listening on http://{addr}/sparql (read-only; Ctrl-C stops it)");
    })?;
    Ok(())
}
