//! The shared entity graph: what many articles say of the same entities and relations is
//! stored once, queries see each fact once, and a direct role triple leaves with the last
//! article that supports it.

mod common;

use common::*;
use newsgraph_model::{ArticleGraph, Polarity};
use newsgraph_store::{content_hash, Prepared, RdfFormat, Store, WriteOptions};

fn count(store: &Store, q: &str) -> u64 {
    store.select(q).unwrap().rows[0][0]
        .as_deref()
        .unwrap()
        .parse()
        .unwrap()
}

/// Article two under another id: the same entities and the same asserted relation.
fn copy_of_two(id: &str) -> ArticleGraph {
    let mut g = article_two();
    g.article.id = id.into();
    for ev in &mut g.events {
        ev.iri = Some(format!(
            "https://w3id.org/newsgraph/id/event/{}/{}",
            newsgraph_store::vocab::slug(id),
            ev.id
        ));
    }
    g
}

fn prepared(g: &ArticleGraph) -> Prepared {
    Prepared::new(g, &content_hash(&g.article, &g.extractor)).unwrap()
}

fn spokespeople(store: &Store) -> u64 {
    count(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ng:spokespersonOf ?o }",
    )
}

/// No triple sits in two graphs, and the default graph has no duplicate.
fn assert_each_triple_once(store: &Store) {
    assert_eq!(
        count(
            store,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?s ?p ?o } FILTER(?g != ?h) }"
        ),
        0
    );
    assert_eq!(
        count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        count(
            store,
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
        )
    );
}

#[test]
fn the_same_entities_and_relation_from_many_articles_count_once() {
    let dir = tempfile::tempdir().unwrap();
    // Through the bulk loader (empty store), then transactions, then single ingests.
    let store = Store::open(&dir.path().join("s")).unwrap();
    let mut w = store.writer(WriteOptions::default());
    w.add(prepared(&article_two())).unwrap();
    w.add(prepared(&copy_of_two("copy-1"))).unwrap();
    w.finish().unwrap();
    let mut w = store.writer(WriteOptions {
        batch_quads: 1,
        bulk_min_quads: 1_000_000,
        threads: 1,
        ..WriteOptions::default()
    });
    w.add(prepared(&copy_of_two("copy-2"))).unwrap();
    w.add(prepared(&copy_of_two("copy-3"))).unwrap();
    w.finish().unwrap();
    store.ingest(&copy_of_two("copy-4")).unwrap();
    store.ingest(&article_one()).unwrap();
    assert_eq!(store.article_count().unwrap(), 6);

    assert_each_triple_once(&store);
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label \"Valdonia\" }"
        ),
        1
    );
    assert_eq!(
        count(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a sem:Actor }"),
        5
    );
    // Every article asserts that Mira Kovel speaks for the ministry: one direct triple,
    // reified once per article.
    assert_eq!(spokespeople(&store), 1);
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { ?r rdf:predicate ng:spokespersonOf }"
        ),
        6
    );
    let q = newsgraph_store::named::get("spokespeople").unwrap();
    let table = store.select(q.sparql).unwrap();
    let articles: Vec<&str> = table
        .rows
        .iter()
        .map(|r| r[2].as_deref().unwrap())
        .collect();
    assert_eq!(articles, ["6"], "{table:?}");
    // The article graphs hold no entity description.
    assert_eq!(
        count(
            &store,
            &format!(
                "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?e rdfs:label ?l }} \
                 FILTER(?g != {}) ?e a sem:Actor }}",
                newsgraph_store::vocab::ENTITY_GRAPH
            )
        ),
        0
    );
}

#[test]
fn a_direct_role_triple_goes_with_the_last_article_that_asserts_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    store.ingest(&article_two()).unwrap();
    store.ingest(&copy_of_two("copy-1")).unwrap();
    assert_eq!(spokespeople(&store), 1);

    // The copy now denies it: the original still asserts it.
    let mut denied = copy_of_two("copy-1");
    denied.relations[0].polarity = Polarity::Negated;
    store.ingest(&denied).unwrap();
    assert_eq!(spokespeople(&store), 1);

    // The original goes: nothing asserts it any longer.
    assert!(store.remove_article("wire 002/b").unwrap());
    assert!(!store.remove_article("wire 002/b").unwrap());
    assert_eq!(spokespeople(&store), 0);
    // The entities stay described (the copy still names them, and descriptions are kept).
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label \"Valdonian foreign ministry\" }"
        ),
        1
    );
    assert_each_triple_once(&store);

    // The same through the bulk writer's transactions: replacing the last supporter drops
    // the triple, and a later article asserting it again writes it again.
    let mut w = store.writer(WriteOptions {
        batch_quads: 1,
        bulk_min_quads: 1_000_000,
        threads: 1,
        ..WriteOptions::default()
    });
    w.add(prepared(&copy_of_two("copy-1"))).unwrap();
    assert_eq!(spokespeople(&store), 1);
    w.add(prepared(&denied)).unwrap();
    assert!(w.take_displaced());
    assert_eq!(spokespeople(&store), 0);
    w.add(prepared(&copy_of_two("copy-2"))).unwrap();
    w.finish().unwrap();
    assert_eq!(spokespeople(&store), 1);

    // What is left equals a store built from the remaining articles alone.
    let fresh = Store::open(&dir.path().join("fresh")).unwrap();
    let mut w = fresh.writer(WriteOptions::default());
    w.add(prepared(&denied)).unwrap();
    w.add(prepared(&copy_of_two("copy-2"))).unwrap();
    w.finish().unwrap();
    let dump = |s: &Store| {
        let mut out = Vec::new();
        s.dump(RdfFormat::NQuads, &mut out).unwrap();
        out
    };
    assert!(dump(&store) == dump(&fresh));
}

#[test]
fn an_event_matched_across_articles_counts_once_and_leaves_with_its_last_article() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    // The copy keeps article two's event IRIs, as the identity index gives a matched event.
    let mut matched = article_two();
    matched.article.id = "copy-1".into();
    store.ingest(&article_two()).unwrap();
    store.ingest(&matched).unwrap();
    assert_each_triple_once(&store);
    let accusations = |s: &Store| {
        count(
            s,
            "SELECT (COUNT(*) AS ?n) WHERE { ?e a sem:Event ; ng:cameo \"112\" ; ng:polarity ?p ; rdfs:label ?l }",
        )
    };
    assert_eq!(accusations(&store), 1);
    // Two articles report it: two provenance links, one event.
    assert_eq!(
        count(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { ?e ng:cameo \"112\" ; prov:wasDerivedFrom ?a }"
        ),
        2
    );
    assert!(store.remove_article("wire 002/b").unwrap());
    assert_eq!(accusations(&store), 1);
    assert!(store.remove_article("copy-1").unwrap());
    assert_eq!(accusations(&store), 0);
    assert_eq!(
        count(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?t a sem:Time }"),
        0
    );
}
