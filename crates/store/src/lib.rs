//! The RDF side of newsgraph: the vocabulary, the on-disk store, SPARQL and the named
//! queries.
//!
//! An [`ArticleGraph`] (already linked: every entity and event has its IRI) becomes quads
//! ([`graph_quads`], following [`vocab`]): what was read from the article alone in one named
//! graph per article, and what many articles state alike (entity descriptions, asserted
//! direct role triples, the description of an event matched across articles) once in the
//! shared [`vocab::ENTITY_GRAPH`]. [`Store::ingest`] swaps the article's share in a single
//! transaction, so re-ingesting an article replaces it and a failure leaves the store as it
//! was. No triple sits in two graphs, so queries see the union of all graphs as their
//! default graph, each triple once, evaluated by Oxigraph on its internal ids; they may use
//! our prefixes (`ng:`, `sem:`, `nif:`, `schema:` …) without
//! declaring them, and cannot call SERVICE. Many articles go in through [`bulk`]: graphs
//! built on several threads ([`ingest_parallel`]) feed one [`Writer`] that commits batches
//! atomically (Oxigraph's bulk loader for new articles, a transaction for replaced ones),
//! marks each article with its [`content_hash`] so that a re-run skips what is stored, and
//! never leaves half an article, even after a `kill -9`. [`Store::load`] reads a dump back.
//! [`Store::dump`] and [`write_graph`] sort what
//! they write: the same content gives the same bytes. The queries of `queries/` are
//! compiled in ([`named`]), and so is the ontology that declares every `ng:` term
//! ([`vocab::ONTOLOGY`], `data/ontology.ttl`; `docs/vocabulary.md` explains it).
//! [`Store::evaluate`] hands the SPARQL endpoint the same queries as
//! lazy results it can cancel, with syntax errors, updates and SERVICE told apart.
//!
//! It is not the extractor or the linker (it takes their output as given) and not the
//! exporter (the export crate reads the store through [`Store::select`]).
//!
//! ```
//! use newsgraph_model::*;
//! use newsgraph_store::{ResultFormat, Store};
//!
//! let text = "Ana Lind accused Valdonia of lying.";
//! let span = |s, e| Span::new(s, e).unwrap();
//! let mut ana = Entity::new("e1", EntityType::Person, "Ana Lind");
//! ana.iri = Some("https://w3id.org/newsgraph/id/person/ana-lind".into());
//! let mut valdonia = Entity::new("e2", EntityType::Country, "Valdonia");
//! valdonia.iri = Some("https://w3id.org/newsgraph/id/country/vd".into());
//! let event = Event {
//!     id: "ev1".into(),
//!     iri: Some("https://w3id.org/newsgraph/id/event/w1/ev1".into()),
//!     cameo: "112".parse()?, label: "accuse".into(), trigger: "accused".into(),
//!     sources: vec!["e1".into()], targets: vec!["e2".into()], places: vec![],
//!     date: Some("2024-05".parse()?), polarity: Polarity::Asserted, attribution: None,
//!     evidence: Evidence { sentence: 0, sentence_span: span(0, 35), span: span(9, 16),
//!                          text: "accused".into() },
//!     confidence: 0.8,
//! };
//! let graph = ArticleGraph {
//!     article: Article { id: "w1".into(), title: None, source: None, url: None,
//!                        published: None, dateline: None, text: text.into() },
//!     extractor: "doc".into(), sentences: vec![span(0, 35)],
//!     entities: vec![ana, valdonia], relations: vec![], events: vec![event],
//! };
//!
//! let dir = tempfile::tempdir()?;
//! let store = Store::open(&dir.path().join("store"))?;
//! let written = store.ingest(&graph)?;
//! assert_eq!(store.ingest(&graph)?, written); // replaces, never adds
//! assert_eq!(store.len()?, written);
//!
//! let q = newsgraph_store::named::get("who-accused-whom").unwrap();
//! let table = store.select(q.sparql)?;
//! assert_eq!(table.vars, ["source", "target", "date", "polarity", "sentence"]);
//! assert_eq!(table.rows[0][0].as_deref(), Some("Ana Lind"));
//! assert_eq!(table.rows[0][1].as_deref(), Some("Valdonia"));
//!
//! let mut csv = Vec::new();
//! store.query_to("SELECT ?l WHERE { ?e a sem:Event ; rdfs:label ?l }", ResultFormat::Csv, &mut csv)?;
//! assert_eq!(String::from_utf8(csv)?, "l\r\naccuse\r\n");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod bulk;
mod error;
mod evaluate;
mod format;
pub mod identity;
mod load;
pub mod named;
mod query;
mod shared;
mod sorted;
mod store;
mod table;
mod to_rdf;
pub mod vocab;

use std::io::Write;

pub use bulk::{
    content_hash, ingest_parallel, IngestOptions, IngestReport, Job, Prepared, WriteOptions,
    WriteStats, Writer,
};
pub use error::StoreError;
pub use format::{RdfFormat, ResultFormat};
/// What [`Store::evaluate`] works with, re-exported so that its callers use the same Oxigraph.
pub use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults};
pub use store::{IngestStats, Store};
pub use table::Table;
pub use to_rdf::graph_quads;

use newsgraph_model::ArticleGraph;

/// Writes one article graph as RDF without any store: what `newsgraph extract --format nq`
/// prints. Sorted like [`Store::dump`], so an article written here and a store holding only
/// that article give the same bytes.
pub fn write_graph(
    graph: &ArticleGraph,
    format: RdfFormat,
    out: &mut dyn Write,
) -> Result<(), StoreError> {
    format::write_quads(graph_quads(graph)?.into_iter().map(Ok), format, out)
}
