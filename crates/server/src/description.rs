//! The SPARQL 1.1 Service Description of the endpoint, in Turtle, built as triples and
//! written by Oxigraph's serializer so that it always parses.

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};

const SD: &str = "http://www.w3.org/ns/sparql-service-description#";
const FORMATS: &str = "http://www.w3.org/ns/formats/";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_COMMENT: &str = "http://www.w3.org/2000/01/rdf-schema#comment";

fn node(iri: String) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// The description of the endpoint at `endpoint` (an absolute IRI; the caller checks it).
pub(crate) fn describe(endpoint: NamedNode, timeout_secs: u64, max_rows: usize) -> Vec<u8> {
    let sd = |local: &str| node(format!("{SD}{local}"));
    let service = NamedOrBlankNode::from(BlankNode::new_unchecked("service"));
    let dataset = NamedOrBlankNode::from(BlankNode::new_unchecked("dataset"));
    let graph = NamedOrBlankNode::from(BlankNode::new_unchecked("defaultGraph"));
    let a = node(RDF_TYPE.into());
    let mut triples = vec![
        Triple::new(service.clone(), a.clone(), sd("Service")),
        Triple::new(service.clone(), sd("endpoint"), endpoint),
        Triple::new(
            service.clone(),
            sd("supportedLanguage"),
            sd("SPARQL11Query"),
        ),
        // Queries see the union of all graphs (each triple once) as their default graph.
        Triple::new(service.clone(), sd("feature"), sd("UnionDefaultGraph")),
        Triple::new(
            service.clone(),
            sd("defaultDataset"),
            Term::from(dataset.clone()),
        ),
        Triple::new(dataset.clone(), a.clone(), sd("Dataset")),
        Triple::new(dataset, sd("defaultGraph"), Term::from(graph.clone())),
        Triple::new(graph, a, sd("Graph")),
        Triple::new(
            service.clone(),
            node(RDFS_COMMENT.into()),
            Literal::new_simple_literal(format!(
                "newsgraph knowledge graph of news actors, places and events. Read-only: \
                 SPARQL Update is refused. SERVICE is refused (no outbound requests). Each \
                 query is stopped after {timeout_secs} s and returns at most {max_rows} rows."
            )),
        ),
    ];
    for format in [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    ] {
        triples.push(Triple::new(
            service.clone(),
            sd("resultFormat"),
            node(format!("{FORMATS}{format}")),
        ));
    }
    let mut writer = RdfSerializer::from_format(RdfFormat::Turtle)
        .with_prefix("sd", SD)
        .expect("a valid constant IRI")
        .for_writer(Vec::new());
    for t in &triples {
        writer
            .serialize_triple(t)
            .expect("writing to memory cannot fail");
    }
    writer.finish().expect("writing to memory cannot fail")
}
