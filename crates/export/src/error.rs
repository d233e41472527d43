use std::path::PathBuf;

use newsgraph_store::StoreError;
use thiserror::Error;

/// Everything building or writing a network can fail at. Messages say what to do.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The store refused a query or failed while answering it.
    #[error("reading the store for export: {0}")]
    Store(#[from] StoreError),
    /// A query's result lacks a column the exporter reads: the query text and the code
    /// that reads it disagree.
    #[error(
        "export query {query}: no ?{var} column in its result; the queries in \
         newsgraph_export::queries and the exporter disagree (please report this bug)"
    )]
    Column {
        query: &'static str,
        var: &'static str,
    },
    /// A cell that should hold a number does not.
    #[error("export query {query}: ?{var} is {value:?}, expected a whole number")]
    Number {
        query: &'static str,
        var: &'static str,
        value: String,
    },
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
