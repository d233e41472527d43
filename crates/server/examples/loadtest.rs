//! A bounded load test of the SPARQL endpoint: every named query of `queries/`, sent by
//! concurrent clients over HTTP on 127.0.0.1, with p50 / p99 latency per query.
//!
//! ```text
//! cargo run --release -p newsgraph-server --example loadtest -- --store newsgraph.db \
//!     [--clients 8] [--requests 200] [--param actor=Hungary] [--query NAME]... [--url URL] \
//!     [--timeout 30s]
//! ```
//!
//! With `--store` it starts the endpoint in this process on a free port of 127.0.0.1 (the
//! defaults of `newsgraph serve`, but no row cap worth mentioning: 1,000,000); with `--url`
//! it sends to an endpoint already running, which must be on this machine. A parameter not
//! given with `--param` gets a value from the store: for `actor`, the actor mentioned most
//! often. Each query is sent once untimed (warm-up), then `--requests` times by
//! `--clients` threads, each with its own keep-alive connection. Nothing runs unbounded:
//! the request count is fixed and each request gives up after 120 s.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

// mimalloc replaces malloc and free, as in the `newsgraph` binary: the endpoint evaluates
// queries on worker threads, where glibc's per-thread arenas made allocation-heavy queries
// (large in-memory joins) 2–5× slower than in `newsgraph serve`.
use mimalloc as _;
use newsgraph_server::{serve, Config};
use newsgraph_store::named;

struct Args {
    store: Option<PathBuf>,
    url: Option<String>,
    clients: usize,
    requests: usize,
    params: BTreeMap<String, String>,
    only: Vec<String>,
    timeout: Duration,
}

fn usage(problem: &str) -> ! {
    eprintln!(
        "loadtest: {problem}\nusage: loadtest (--store DIR | --url http://127.0.0.1:PORT/sparql) \
         [--clients 8] [--requests 200] [--param NAME=VALUE]... [--query NAME]... \
         [--timeout 30s]"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut args = Args {
        store: None,
        url: None,
        clients: 8,
        requests: 200,
        params: BTreeMap::new(),
        only: Vec::new(),
        timeout: Duration::from_secs(30),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .unwrap_or_else(|| usage(&format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--store" => args.store = Some(PathBuf::from(value())),
            "--url" => args.url = Some(value()),
            "--clients" => {
                args.clients = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--clients takes a number"))
            }
            "--requests" => {
                args.requests = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--requests takes a number"))
            }
            "--param" => {
                let p = value();
                let (k, v) = p
                    .split_once('=')
                    .unwrap_or_else(|| usage("--param takes NAME=VALUE"));
                args.params.insert(k.to_string(), v.to_string());
            }
            "--query" => args.only.push(value()),
            "--timeout" => {
                args.timeout = newsgraph_server::parse_duration(&value())
                    .unwrap_or_else(|e| usage(&format!("--timeout: {e}")))
            }
            other => usage(&format!("unknown argument {other}")),
        }
    }
    if args.store.is_some() == args.url.is_some() {
        usage("give exactly one of --store and --url");
    }
    if args.clients == 0 || args.requests == 0 {
        usage("--clients and --requests must be at least 1");
    }
    args
}

/// Starts the endpoint on a free port of 127.0.0.1 in a background thread.
fn start(store: PathBuf, timeout: Duration) -> String {
    let (tx, rx) = mpsc::channel::<SocketAddr>();
    let config = Config {
        bind: SocketAddr::from(([127, 0, 0, 1], 0)),
        max_rows: 1_000_000,
        refresh: None,
        timeout,
        ..Config::new(store)
    };
    std::thread::spawn(move || {
        if let Err(e) = serve(config, |addr| {
            let _ = tx.send(addr);
        }) {
            eprintln!("loadtest: the endpoint failed: {e}");
            std::process::exit(1);
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(120))
        .unwrap_or_else(|_| usage("the endpoint did not start"));
    format!("http://{addr}/sparql")
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(120)))
        .build()
        .into()
}

/// Sends one query; the status and the body.
fn send(agent: &ureq::Agent, url: &str, sparql: &str) -> Result<(u16, String), String> {
    let mut r = agent
        .post(url)
        .header("Accept", "application/sparql-results+json")
        .send_form([("query", sparql)])
        .map_err(|e| e.to_string())?;
    let status = r.status().as_u16();
    let body = r
        .body_mut()
        .with_config()
        .limit(1 << 30)
        .read_to_string()
        .map_err(|e| e.to_string())?;
    Ok((status, body))
}

/// The label of the actor mentioned most often.
fn busiest_actor(url: &str) -> String {
    let q = "SELECT ?label (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?actor . \
             ?actor a sem:Actor ; rdfs:label ?label } \
             GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1";
    let (status, body) = send(&agent(), url, q).unwrap_or_else(|e| usage(&e));
    let v: serde_json::Value = serde_json::from_str(&body)
        .unwrap_or_else(|_| usage(&format!("no actor found ({status}): {body}")));
    v["results"]["bindings"][0]["label"]["value"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| usage("the store holds no actor; give --param actor=NAME"))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let mut args = parse_args();
    let url = match (&args.store, &args.url) {
        (Some(store), _) => start(store.clone(), args.timeout),
        (None, Some(url)) => url.clone(),
        (None, None) => unreachable!("checked in parse_args"),
    };
    let queries: Vec<&named::NamedQuery> = named::all()
        .iter()
        .filter(|q| args.only.is_empty() || args.only.iter().any(|n| n == q.name))
        .collect();
    if queries.is_empty() {
        usage("no named query matches --query");
    }
    let needs_actor = queries
        .iter()
        .any(|q| q.params.iter().any(|p| p.name == "actor"));
    if needs_actor && !args.params.contains_key("actor") {
        let actor = busiest_actor(&url);
        args.params.insert("actor".into(), actor);
    }
    let articles = match send(
        &agent(),
        &url,
        "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }",
    ) {
        Ok((200, body)) => serde_json::from_str::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| {
                v["results"]["bindings"][0]["n"]["value"]
                    .as_str()
                    .map(str::to_string)
            })
            .unwrap_or_else(|| "?".into()),
        _ => "?".into(),
    };
    println!(
        "endpoint {url}; {articles} articles; {} clients; {} requests per query; params {:?}",
        args.clients, args.requests, args.params
    );
    println!("| query | rows | requests | errors | p50 ms | p99 ms | max ms | req/s |");
    println!("|---|---|---|---|---|---|---|---|");
    for q in queries {
        let values: Vec<(String, String)> = q
            .params
            .iter()
            .map(|p| {
                let v = args.params.get(p.name).unwrap_or_else(|| {
                    usage(&format!(
                        "{} needs --param {}=VALUE ({})",
                        q.name, p.name, p.doc
                    ))
                });
                (p.name.to_string(), v.clone())
            })
            .collect();
        let sparql = q.bind(&values).unwrap_or_else(|e| usage(&e.to_string()));
        // Warm-up, and the row count of the answer.
        let rows = match send(&agent(), &url, &sparql) {
            Ok((200, body)) => serde_json::from_str::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| v["results"]["bindings"].as_array().map(Vec::len))
                .map_or("?".to_string(), |n| n.to_string()),
            Ok((status, body)) => format!("HTTP {status}: {}", body.trim()),
            Err(e) => e,
        };
        let next = Arc::new(AtomicUsize::new(0));
        let latencies = Arc::new(Mutex::new(Vec::with_capacity(args.requests)));
        let errors = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        let threads: Vec<_> = (0..args.clients)
            .map(|_| {
                let (next, latencies, errors) = (
                    Arc::clone(&next),
                    Arc::clone(&latencies),
                    Arc::clone(&errors),
                );
                let (url, sparql, total) = (url.clone(), sparql.clone(), args.requests);
                std::thread::spawn(move || {
                    let agent = agent();
                    while next.fetch_add(1, Ordering::Relaxed) < total {
                        let t = Instant::now();
                        let ok = matches!(send(&agent, &url, &sparql), Ok((200, _)));
                        let took = t.elapsed();
                        if !ok {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                        latencies
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push(took);
                    }
                })
            })
            .collect();
        for t in threads {
            let _ = t.join();
        }
        let wall = started.elapsed();
        let mut lat = latencies.lock().unwrap_or_else(|p| p.into_inner()).clone();
        lat.sort();
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {:.1} |",
            q.name,
            rows,
            lat.len(),
            errors.load(Ordering::Relaxed),
            ms(percentile(&lat, 0.50)),
            ms(percentile(&lat, 0.99)),
            ms(lat[lat.len() - 1]),
            lat.len() as f64 / wall.as_secs_f64()
        );
    }
}
