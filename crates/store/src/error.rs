use std::path::PathBuf;

use thiserror::Error;

/// Everything the store can refuse or fail at. Messages name the store path or the article
/// and say what to do.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The store path exists and is a file.
    #[error("{}: not a directory; --store needs a directory (created if missing)", path.display())]
    NotADirectory { path: PathBuf },
    /// A read-only open of a path where no store exists.
    #[error(
        "{}: no store there; build one first with `newsgraph ingest FILES --store {}`",
        path.display(),
        path.display()
    )]
    NotFound { path: PathBuf },
    /// The directory holds files but no RocksDB database; refusing keeps us from writing a
    /// database into, say, a home directory given by mistake.
    #[error(
        "{}: not a newsgraph store (a directory with other files and no RocksDB CURRENT file); \
         give a new or empty directory",
        path.display()
    )]
    NotAStore { path: PathBuf },
    /// Another read-write handle holds RocksDB's LOCK file.
    #[error(
        "store {} is locked: is it in use by another newsgraph? Wait for it to finish; query, \
         export and dump can read it meanwhile",
        path.display()
    )]
    Locked { path: PathBuf },
    /// Any other failure to open.
    #[error("{}: cannot open the store: {cause}", path.display())]
    Open { path: PathBuf, cause: String },
    /// A write on a store opened with [`crate::Store::open_read_only`].
    #[error("store {} is open read-only; {action} needs a read-write store", path.display())]
    ReadOnly { path: PathBuf, action: &'static str },
    /// An entity or event without an IRI: the graph was not linked.
    #[error(
        "article {article}: {what} has no IRI; link the graph (newsgraph_link::assign_iris) \
         before storing it"
    )]
    Unlinked { article: String, what: String },
    /// An IRI field that is not a valid IRI.
    #[error("article {article}: {iri:?} is not a valid IRI ({cause})")]
    BadIri {
        article: String,
        iri: String,
        cause: String,
    },
    /// The graph fails [`newsgraph_model::ArticleGraph::validate`].
    #[error("article {article}: {cause}")]
    Invalid { article: String, cause: String },
    /// A SPARQL query that does not parse or fails to evaluate.
    #[error("SPARQL query: {0}")]
    Query(String),
    /// [`crate::Store::select`] given an ASK, CONSTRUCT or DESCRIBE.
    #[error("SPARQL query: expected a SELECT query, got {form}")]
    NotSelect { form: &'static str },
    /// A named query's parameters do not match its `# param:` lines.
    #[error("named query {query}: {cause}")]
    Param { query: String, cause: String },
    /// The compiled-in `data/ontology.ttl` does not parse (a test rules this out).
    #[error("data/ontology.ttl: {cause}; fix the Turtle and rebuild")]
    Ontology { cause: String },
    /// A format name that is not one we write.
    #[error("unknown {what} format {given:?}: expected one of {expected}")]
    UnknownFormat {
        what: &'static str,
        given: String,
        expected: &'static str,
    },
    /// A query that does not parse, with the parser's message (line and column).
    #[error("SPARQL query: {0}")]
    QuerySyntax(String),
    /// A query that calls SERVICE: newsgraph never sends requests elsewhere.
    #[error(
        "SPARQL query: SERVICE {service} refused: this store answers from its own data only \
         and never sends requests elsewhere; remove the SERVICE clause"
    )]
    ServiceRefused { service: String },
    /// RocksDB failed while reading or writing an open store.
    #[error("store {}: {cause}", path.display())]
    Storage { path: PathBuf, cause: String },
    /// `load` into a store that already holds quads, without being told to.
    #[error(
        "store {} is not empty; load into a new directory, or pass --force to add the dump's \
         quads to what is there",
        path.display()
    )]
    NotEmpty { path: PathBuf },
    /// A dump that cannot be loaded.
    #[error("cannot load the dump: {cause}")]
    Load { cause: String },
    /// `dump --graph IRI` with an IRI that is not one of the store's graphs.
    #[error("graph <{iri}>: {cause}; article graphs are named https://w3id.org/newsgraph/article/{{id}}")]
    UnknownGraph { iri: String, cause: String },
    /// Sorting a large dump in temporary files failed.
    #[error("cannot sort the dump: {cause}")]
    Sort { cause: String },
    /// Writing the output failed (a closed pipe, a full disk).
    #[error("cannot write output: {0}")]
    Write(#[source] std::io::Error),
}
