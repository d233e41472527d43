//! The newsgraph SPARQL endpoint: the SPARQL 1.1 Protocol for queries over a newsgraph store,
//! safe to leave running.
//!
//! - Queries by GET (`?query=`), by POST of a URL-encoded form and by POST of
//!   `application/sparql-query`, at `/sparql` and at `/`.
//! - Content negotiation: SPARQL results in JSON, XML, CSV and TSV; CONSTRUCT and DESCRIBE
//!   in Turtle, N-Triples, JSON-LD and RDF/XML.
//! - CORS on every route, preflight included, so that YASGUI in a browser can query it.
//! - A SPARQL 1.1 Service Description (Turtle) at `GET /sparql` and `GET /` without a query,
//!   and `GET /health`.
//! - Safe defaults: the store is opened read-only and SPARQL Update is refused (403);
//!   SERVICE is refused (400) and nothing here ever sends a request; each query is stopped
//!   after its time limit (503: the evaluator checks its cancellation token each time it
//!   reads the store, and only a bare cartesian product of whole-store patterns computes for
//!   long between two reads) and returns at most `max_rows` rows or triples (the
//!   `X-Newsgraph-Truncated` header says when it was cut); it binds 127.0.0.1 by default.
//!
//! It is not the store (queries are evaluated by `newsgraph-store`, with the same union
//! default graph and prefixes as `newsgraph query`) and holds no SPARQL logic of its own.
//! It is a crate of its own so that the HTTP stack (tokio, hyper, axum) is compiled only into
//! what serves HTTP: the store crate, which the exporter and every other command use, stays
//! free of it.
//!
//! The HTTP crates: [axum](https://docs.rs/axum) on hyper and tokio, the most used Rust
//! HTTP server stack, maintained by the tokio project; it parses HTTP for us (hyper) and
//! gives routing and extractors without macros. tower-http's `CorsLayer` writes the CORS
//! headers, preflight answers included.
//!
//! What a running server sees of later ingests: the store is opened read-only (no lock, so
//! `newsgraph ingest` can write it meanwhile), and a read-only handle sees the store as it was
//! when opened. Every `refresh` interval the server checks whether the store's files changed
//! and, if so, opens it again: articles committed by an ingest become visible within about
//! one interval; a query already running finishes on the handle it started with.
//!
//! ```
//! use std::{net::SocketAddr, sync::mpsc, time::Duration};
//! use newsgraph_server::{serve, Config};
//!
//! let dir = tempfile::tempdir()?;
//! let path = dir.path().join("store");
//! drop(newsgraph_store::Store::open(&path)?); // an empty store, for the example
//!
//! let config = Config {
//!     bind: SocketAddr::from(([127, 0, 0, 1], 0)), // any free port
//!     timeout: Duration::from_secs(10),
//!     ..Config::new(path)
//! };
//! let (tx, rx) = mpsc::channel();
//! // `serve` runs until Ctrl-C; here the process ends it.
//! std::thread::spawn(move || serve(config, move |addr| tx.send(addr).unwrap()));
//! let addr = rx.recv()?;
//!
//! let mut reply = ureq::get(format!("http://{addr}/sparql"))
//!     .query("query", "ASK { ?s ?p ?o }")
//!     .header("Accept", "application/sparql-results+json")
//!     .call()?;
//! assert_eq!(reply.body_mut().read_to_string()?, r#"{"head":{},"boolean":false}"#);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod answer;
mod description;
mod error;
mod handle;
mod negotiate;
mod protocol;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use newsgraph_store::CancellationToken;
use oxigraph::model::NamedNode;
use tokio::sync::Semaphore;
use tower_http::cors::{Any, CorsLayer};

pub use error::ServerError;

use answer::{answer, Failure};
use handle::StoreHandle;
use protocol::Operation;

/// Set on a response whose result had more rows (or triples) than the cap.
pub const TRUNCATED_HEADER: &str = "x-newsgraph-truncated";
/// The row cap in force, set with [`TRUNCATED_HEADER`].
pub const MAX_ROWS_HEADER: &str = "x-newsgraph-max-rows";

/// How the server runs. [`Config::new`] gives the safe defaults.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store directory (opened read-only).
    pub store: PathBuf,
    /// Where to listen; port 0 picks a free port (the `ready` callback of [`serve`] gets it).
    pub bind: SocketAddr,
    /// A query still running after this long is stopped and answered 503.
    pub timeout: Duration,
    /// At most this many rows (SELECT) or triples (CONSTRUCT, DESCRIBE) per answer.
    pub max_rows: usize,
    /// How often to look for changes made by a writer and reopen the store; `None` never.
    pub refresh: Option<Duration>,
    /// Queries evaluated at once; more wait (their time limit running).
    pub max_concurrent: usize,
}

impl Config {
    /// 127.0.0.1:7878, 30 s per query, 10,000 rows, refresh every 5 s, two queries per core.
    pub fn new(store: PathBuf) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Config {
            store,
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            timeout: Duration::from_secs(30),
            max_rows: 10_000,
            refresh: Some(Duration::from_secs(5)),
            max_concurrent: 2 * cores,
        }
    }
}

/// Reads a duration as `30s`, `500ms`, `2m` or plain seconds (`30`).
///
/// ```
/// use std::time::Duration;
/// assert_eq!(newsgraph_server::parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
/// assert_eq!(newsgraph_server::parse_duration("250ms"), Ok(Duration::from_millis(250)));
/// assert!(newsgraph_server::parse_duration("soon").is_err());
/// ```
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(i) => text.split_at(i),
        None => (text, "s"),
    };
    if number.is_empty() {
        return Err(format!(
            "{text:?} is not a duration such as 30s, 500ms or 2m"
        ));
    }
    let scale = match unit.trim() {
        "ms" => 0.001,
        "s" | "sec" => 1.0,
        "m" | "min" => 60.0,
        other => {
            return Err(format!(
                "unknown unit {other:?} in {text:?}; use ms, s or m"
            ))
        }
    };
    let value: f64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration such as 30s, 500ms or 2m"))?;
    Duration::try_from_secs_f64(value * scale).map_err(|e| format!("{text:?}: {e}"))
}

/// What every request handler shares.
struct App {
    store: StoreHandle,
    config: Config,
    slots: Arc<Semaphore>,
}

/// Cancels the query when dropped: when its time is up, and when the client goes away
/// (hyper then drops the handler's future), so that no abandoned query keeps a core busy.
struct CancelOnDrop(CancellationToken);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.cancel();
    }
}

/// Opens the store, binds, calls `ready` with the bound address, and serves until Ctrl-C
/// or SIGTERM. Builds its own tokio runtime: call it from a plain thread.
pub fn serve(config: Config, ready: impl FnOnce(SocketAddr)) -> Result<(), ServerError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(ServerError::Runtime)?;
    runtime.block_on(run(config, ready))
}

async fn run(config: Config, ready: impl FnOnce(SocketAddr)) -> Result<(), ServerError> {
    let store = StoreHandle::open(&config.store)?;
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|source| ServerError::Bind {
            addr: config.bind,
            source,
        })?;
    let addr = listener.local_addr().map_err(ServerError::Serve)?;
    let app = Arc::new(App {
        store,
        slots: Arc::new(Semaphore::new(config.max_concurrent.max(1))),
        config,
    });
    if let Some(every) = app.config.refresh {
        tokio::spawn(refresh_loop(Arc::clone(&app), every));
    }
    ready(addr);
    axum::serve(listener, router(app))
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(ServerError::Serve)
}

fn router(app: Arc<App>) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST, Method::OPTIONS])
        .allow_headers(Any)
        .expose_headers([
            HeaderName::from_static(TRUNCATED_HEADER),
            HeaderName::from_static(MAX_ROWS_HEADER),
        ])
        .max_age(Duration::from_secs(24 * 3600));
    Router::new()
        .route("/", any(sparql))
        .route("/sparql", any(sparql))
        .route("/health", get(health))
        .layer(cors)
        .with_state(app)
}

async fn refresh_loop(app: Arc<App>, every: Duration) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let app = Arc::clone(&app);
        let outcome = tokio::task::spawn_blocking(move || app.store.refresh(false)).await;
        if let Ok(Err(e)) = outcome {
            eprintln!(
                "newsgraph serve: cannot reopen the store, still answering from the last one: {e}"
            );
        }
    }
}

async fn shutdown() {
    let ctrl_c = async {
        // Without a Ctrl-C handler the server still stops on SIGTERM or when killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

fn text(status: StatusCode, message: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{message}\n"),
    )
        .into_response()
}

async fn health(State(app): State<Arc<App>>) -> Response {
    let body = serde_json::json!({
        "status": "ok",
        "store": app.config.store.display().to_string(),
        "read_only": true,
    });
    (
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

async fn sparql(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    uri: axum::http::Uri,
    RawQuery(url_query): RawQuery,
    body: Bytes,
) -> Response {
    if method == Method::OPTIONS {
        // A plain OPTIONS (a CORS preflight is answered by the CORS layer before this).
        return (
            StatusCode::NO_CONTENT,
            [(header::ALLOW, "GET, HEAD, POST, OPTIONS")],
        )
            .into_response();
    }
    let header_str = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let operation = protocol::operation(
        &method,
        header_str(header::CONTENT_TYPE),
        url_query.as_deref(),
        &body,
    );
    match operation {
        Err(refusal) => text(refusal.status, &refusal.message),
        Ok(Operation::Update) => text(
            StatusCode::FORBIDDEN,
            "this SPARQL endpoint is read-only: SPARQL Update is refused. Change the store \
             with `newsgraph ingest` instead",
        ),
        Ok(Operation::Describe) => {
            let endpoint = endpoint_iri(header_str(header::HOST), uri.path(), &app);
            let ttl =
                description::describe(endpoint, app.config.timeout.as_secs(), app.config.max_rows);
            ([(header::CONTENT_TYPE, "text/turtle; charset=utf-8")], ttl).into_response()
        }
        Ok(Operation::Query(sparql)) => {
            let accept = header_str(header::ACCEPT).map(str::to_string);
            query(app, sparql, accept).await
        }
    }
}

/// The endpoint's IRI as the client reached it; the bound address when the Host header is
/// missing or would not make an IRI.
fn endpoint_iri(host: Option<&str>, path: &str, app: &App) -> NamedNode {
    let bound = || NamedNode::new_unchecked(format!("http://{}{path}", app.config.bind));
    match host {
        Some(host) => NamedNode::new(format!("http://{host}{path}")).unwrap_or_else(|_| bound()),
        None => bound(),
    }
}

async fn query(app: Arc<App>, sparql: String, accept: Option<String>) -> Response {
    let timeout = app.config.timeout;
    let deadline = tokio::time::Instant::now() + timeout;
    let token = CancellationToken::new();
    let _cancel_on_drop = CancelOnDrop(token.clone());
    let work = {
        let app = Arc::clone(&app);
        let token = token.clone();
        async move {
            let permit = Arc::clone(&app.slots)
                .acquire_owned()
                .await
                .map_err(|_| Failure::Cancelled)?;
            let max_rows = app.config.max_rows;
            tokio::task::spawn_blocking(move || {
                // Held until the evaluation has really stopped, not just until we answer.
                let _permit = permit;
                let first = answer(
                    &app.store.get(),
                    &sparql,
                    accept.as_deref(),
                    max_rows,
                    &token,
                );
                match first {
                    // A writer compacted away a file this handle had not opened yet: a
                    // fresh handle reads the current files.
                    Err(Failure::Status(StatusCode::INTERNAL_SERVER_ERROR, ref m))
                        if m.contains("No such file") && app.store.refresh(true).is_ok() =>
                    {
                        answer(
                            &app.store.get(),
                            &sparql,
                            accept.as_deref(),
                            max_rows,
                            &token,
                        )
                    }
                    other => other,
                }
            })
            .await
            .map_err(|e| {
                Failure::Status(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("the query failed: {e}"),
                )
            })?
        }
    };
    match tokio::time::timeout_at(deadline, work).await {
        Ok(Ok(a)) => {
            let mut response = (
                [
                    (header::CONTENT_TYPE, a.media_type),
                    (header::VARY, "Accept"),
                ],
                a.body,
            )
                .into_response();
            if a.truncated {
                let h = response.headers_mut();
                h.insert(TRUNCATED_HEADER, HeaderValue::from_static("true"));
                h.insert(MAX_ROWS_HEADER, HeaderValue::from(app.config.max_rows));
            }
            response
        }
        Ok(Err(Failure::Status(status, message))) => text(status, &message),
        Ok(Err(Failure::Cancelled)) | Err(_) => {
            token.cancel();
            text(
                StatusCode::SERVICE_UNAVAILABLE,
                &format!(
                    "query stopped after the {} s time limit; narrow it (more specific \
                     patterns, LIMIT) or run it with `newsgraph query` instead",
                    timeout.as_secs_f64()
                ),
            )
        }
    }
}
