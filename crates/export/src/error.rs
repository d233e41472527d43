use std::path::PathBuf;

use newsgraph_store::StoreError;
use thiserror::Error;

/// Everything building or writing a network can fail at. Messages say what to do.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The store refused a query or failed while answering it.
    #[error("reading the store for export: {0}")]
    Store(#[from] StoreError),
    /// [`crate::Network::add_node`] given an IRI the network already holds.
    #[error("node {iri} is already in the network; add each IRI once")]
    DuplicateNode { iri: String },
    /// [`crate::Network::add_edge`] given an endpoint that is not a node yet.
    #[error("edge {from} -> {to}: no node {missing}; add both nodes before the edge")]
    UnknownNode {
        from: String,
        to: String,
        missing: String,
    },
    /// A date that is not `YYYY-MM-DD`, or a spell that ends before it starts: GEXF's
    /// `timeformat="date"` would reject the file.
    #[error("{what}: {value:?} is not a date span; give YYYY-MM-DD dates, start <= end")]
    BadDate { what: String, value: String },
    /// Reading the store's quads failed.
    #[error("reading the store {}: {cause}; check that it is a newsgraph store (newsgraph ingest makes one)", path.display())]
    Read { path: PathBuf, cause: String },
    /// A view or filter value the exporter does not understand.
    #[error("{option} {value:?}: expected {expected}")]
    BadFilter {
        option: &'static str,
        value: String,
        expected: &'static str,
    },
    /// Rendering the picture failed.
    #[error("drawing the network: {0}")]
    Render(String),
    /// Creating or writing an output file failed.
    #[error("cannot write {}: {source}", path.display())]
    File {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Writing to the output stream failed (a closed pipe, a full disk).
    #[error("cannot write output: {0}")]
    Write(#[source] std::io::Error),
}
