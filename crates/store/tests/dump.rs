//! Dumps and single-graph files: the same content gives the same bytes, in every format,
//! and what is written parses back.

mod common;

use common::*;
use newsgraph_store::{write_graph, RdfFormat, Store};
use oxigraph::io::{RdfFormat as OxFormat, RdfParser};

const FORMATS: [RdfFormat; 4] = [
    RdfFormat::NQuads,
    RdfFormat::TriG,
    RdfFormat::Turtle,
    RdfFormat::NTriples,
];

fn dump(store: &Store, format: RdfFormat) -> Vec<u8> {
    let mut out = Vec::new();
    store.dump(format, &mut out).unwrap();
    out
}

fn parse(bytes: &[u8], format: RdfFormat) -> Vec<oxigraph::model::Quad> {
    let ox: OxFormat = format.oxigraph();
    RdfParser::from_format(ox)
        .for_reader(bytes)
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn stores_built_in_different_orders_dump_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let a = Store::open(&dir.path().join("a")).unwrap();
    a.ingest(&article_one()).unwrap();
    a.ingest(&article_two()).unwrap();
    let b = Store::open(&dir.path().join("b")).unwrap();
    b.ingest(&article_two()).unwrap();
    b.ingest(&article_one_revised()).unwrap();
    b.ingest(&article_one()).unwrap();
    for format in FORMATS {
        let (da, db) = (dump(&a, format), dump(&b, format));
        assert!(!da.is_empty());
        assert!(da == db, "{format} dumps differ");
    }
}

#[test]
fn every_dump_format_parses_back_to_the_store_content() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    store.ingest(&article_one()).unwrap();
    store.ingest(&article_two()).unwrap();
    let quads = store.len().unwrap() as usize;
    for format in [RdfFormat::NQuads, RdfFormat::TriG] {
        assert_eq!(
            parse(&dump(&store, format), format).len(),
            quads,
            "{format}"
        );
    }
    // Without graph names nothing is lost either: no triple sits in two graphs (both
    // articles' description of Valdonia is the entity graph's one).
    let mut triples: Vec<String> = parse(&dump(&store, RdfFormat::NQuads), RdfFormat::NQuads)
        .into_iter()
        .map(|q| oxigraph::model::Triple::from(q).to_string())
        .collect();
    triples.sort();
    triples.dedup();
    assert_eq!(triples.len(), quads);
    for format in [RdfFormat::Turtle, RdfFormat::NTriples] {
        assert_eq!(
            parse(&dump(&store, format), format).len(),
            triples.len(),
            "{format}"
        );
    }
    let ttl = String::from_utf8(dump(&store, RdfFormat::Turtle)).unwrap();
    assert!(
        ttl.contains("@prefix ng: <https://w3id.org/newsgraph/ns#> ."),
        "{ttl}"
    );
}

#[test]
fn a_written_graph_is_byte_identical_to_a_dump_of_a_store_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    let graph = article_two();
    store.ingest(&graph).unwrap();
    for format in FORMATS {
        let mut written = Vec::new();
        write_graph(&graph, format, &mut written).unwrap();
        assert!(
            written == dump(&store, format),
            "{format}: file and store disagree"
        );
    }
}

#[test]
fn an_empty_store_dumps_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    assert!(dump(&store, RdfFormat::NQuads).is_empty());
}

#[test]
fn format_names_parse_and_unknown_ones_are_listed() {
    assert_eq!("ttl".parse::<RdfFormat>().unwrap(), RdfFormat::Turtle);
    assert_eq!("nq".parse::<RdfFormat>().unwrap(), RdfFormat::NQuads);
    for f in FORMATS {
        assert_eq!(f.to_string().parse::<RdfFormat>().unwrap(), f);
    }
    let err = "rdfxml".parse::<RdfFormat>().unwrap_err().to_string();
    assert!(
        err.contains("\"rdfxml\"") && err.contains("nq, ttl, trig, nt"),
        "{err}"
    );
}

#[test]
fn line_dumps_are_sorted_unique_lines() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    store.ingest(&article_two()).unwrap();
    store.ingest(&article_one()).unwrap();
    for format in [RdfFormat::NQuads, RdfFormat::NTriples] {
        let text = String::from_utf8(dump(&store, format)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines.windows(2).all(|w| w[0] < w[1]),
            "{format}: not sorted or repeated"
        );
        assert!(lines.iter().all(|l| l.ends_with(" .")), "{format}");
    }
}
