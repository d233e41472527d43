//! Ingest replaces an article's named graph atomically and refuses graphs it cannot store.

mod common;

use common::*;
use newsgraph_store::{graph_quads, RdfFormat, Store, StoreError};

fn dump(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    store.dump(RdfFormat::NQuads, &mut out).unwrap();
    out
}

fn accusations(store: &Store) -> usize {
    store
        .select("SELECT ?e WHERE { ?e a sem:Event ; ng:cameo \"112\" }")
        .unwrap()
        .rows
        .len()
}

#[test]
fn ingesting_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    let written = store.ingest(&article_one()).unwrap();
    assert_eq!(written, graph_quads(&article_one()).unwrap().len() as u64);
    let (len, bytes) = (store.len().unwrap(), dump(&store));
    assert_eq!(len, written);
    assert_eq!(store.ingest(&article_one()).unwrap(), written);
    assert_eq!(store.len().unwrap(), len);
    assert_eq!(dump(&store), bytes);
    assert_eq!(store.article_count().unwrap(), 1);
}

#[test]
fn reingesting_a_changed_article_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    store.ingest(&article_one()).unwrap();
    store.ingest(&article_two()).unwrap();
    assert_eq!(accusations(&store), 2);

    store.ingest(&article_one_revised()).unwrap();
    assert_eq!(
        accusations(&store),
        1,
        "the old accusation survived the re-ingest"
    );
    let old_extractor = store
        .select(
            "SELECT ?a WHERE { ?a ng:extractor \"test-fixture\" ; schema:identifier \"wire-001\" }",
        )
        .unwrap();
    assert!(old_extractor.rows.is_empty());

    // Exactly as if the revised article had been the only version ever stored.
    let fresh = Store::open(&dir.path().join("fresh")).unwrap();
    fresh.ingest(&article_two()).unwrap();
    fresh.ingest(&article_one_revised()).unwrap();
    assert_eq!(dump(&store), dump(&fresh));
    assert_eq!(store.article_count().unwrap(), 2);
}

#[test]
fn an_unlinked_graph_is_refused_and_the_store_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    store.ingest(&article_one()).unwrap();
    let before = dump(&store);

    let mut unlinked = article_one_revised();
    unlinked.entities[3].iri = None;
    let err = store.ingest(&unlinked).unwrap_err();
    assert!(
        matches!(&err, StoreError::Unlinked { article, what } if article == "wire-001" && what.contains("e4")),
        "{err}"
    );
    assert!(err.to_string().contains("no IRI"), "{err}");

    let mut event_unlinked = article_two();
    event_unlinked.events[1].iri = None;
    assert!(matches!(
        store.ingest(&event_unlinked),
        Err(StoreError::Unlinked { .. })
    ));
    assert_eq!(dump(&store), before);
}

#[test]
fn ingest_all_checks_every_graph_before_writing_any() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    let mut bad = article_two();
    bad.events[0].iri = None;
    let good = article_one();
    assert!(store.ingest_all([&good, &bad]).is_err());
    assert!(
        store.is_empty().unwrap(),
        "the good article was written before the bad one was seen"
    );

    let stats = store.ingest_all([&good, &article_two()]).unwrap();
    assert_eq!(stats.articles, 2);
    let quads = |g: &newsgraph_model::ArticleGraph| graph_quads(g).unwrap().len() as u64;
    assert_eq!(stats.triples, quads(&good) + quads(&article_two()));
    // What both describe (Valdonia, the spokesperson relation) is stored once.
    assert!(store.len().unwrap() < stats.triples);
}

#[test]
fn a_graph_with_a_dangling_reference_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    let mut g = article_one();
    g.relations[0].object = "nobody".into();
    let err = store.ingest(&g).unwrap_err();
    assert!(matches!(err, StoreError::Invalid { .. }), "{err}");
    assert!(err.to_string().contains("nobody"), "{err}");
    assert!(store.is_empty().unwrap());
}

#[test]
fn a_bad_entity_iri_is_named() {
    let mut g = article_one();
    g.entities[1].iri = Some("not an iri".into());
    let err = graph_quads(&g).unwrap_err();
    assert!(err.to_string().contains("\"not an iri\""), "{err}");
}

#[test]
fn the_graph_follows_the_vocabulary() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    store.ingest(&article_one()).unwrap();
    // One ASK per promise of the team brief's vocabulary.
    let asks = [
        "?c a sem:Actor , sem:Place ; ng:entityType \"country\" ; ng:iso3166 \"VD\" ; rdfs:label \"Valdonia\" ; \
         schema:name \"Valdonia\" ; schema:alternateName \"Valdonian\"",
        "?v a sem:Place ; owl:sameAs <https://sws.geonames.org/9990001/> ; \
         schema:latitude 44.81 ; schema:longitude 20.46 . FILTER NOT EXISTS { ?v a sem:Actor }",
        "?p ng:spokespersonOf ?o . ?o rdfs:label \"Valdonian foreign ministry\"",
        "?r a ng:RoleRelation ; rdf:subject ?p ; rdf:predicate ng:leaderOf ; rdf:object ?o ; \
         ng:polarity \"asserted\" ; ng:confidence 0.75 ; ng:evidence ?s ; prov:wasDerivedFrom ?a . \
         ?s a nif:Sentence ; nif:beginIndex ?b . FILTER(datatype(?b) = xsd:integer)",
        "?e a sem:Event ; rdfs:label \"accuse\" ; ng:cameo \"112\" ; ng:cameoRoot \"11\" ; ng:plover \"REJECT\" ; \
         ng:trigger \"accused\" ; ng:source ?s ; ng:target ?t ; sem:hasActor ?s , ?t ; \
         ng:date \"2024-05-03\" ; ng:attributedTo ?k ; sem:hasTime ?time . ?k rdfs:label \"Mira Kovel\" . \
         ?time a sem:Time ; sem:hasBeginTimeStamp \"2024-05-03\"^^xsd:date",
        "?e ng:date \"2024-05\" ; ng:polarity \"negated\" ; sem:hasPlace ?v ; sem:hasTime ?t . \
         ?t sem:hasBeginTimeStamp \"2024-05-01\"^^xsd:date ; sem:hasEndTimeStamp \"2024-05-31\"^^xsd:date",
        "?a a schema:NewsArticle ; schema:identifier \"wire-001\" ; schema:headline ?h ; \
         schema:url <https://news.example.org/wire-001> ; schema:datePublished \"2024-05-03\"^^xsd:date ; \
         ng:agency \"Test Wire\" ; ng:datelinePlace ?v ; ng:datelinePlaceName \"Velgrad\" ; \
         ng:extractor \"test-fixture\" . ?v rdfs:label \"Velgrad\"",
        "?c a nif:Context ; nif:isString ?text ; nif:beginIndex 0 ; nif:endIndex ?n ; prov:wasDerivedFrom ?a . \
         ?m a nif:Phrase ; nif:anchorOf \"Mira Kovel\" ; nif:sentence ?s ; nif:referenceContext ?c ; \
         itsrdf:taIdentRef <https://w3id.org/newsgraph/id/person/mira-kovel> . ?s nif:referenceContext ?c",
    ];
    for pattern in asks {
        let q = format!("ASK {{ {pattern} }}");
        let mut out = Vec::new();
        store
            .query_to(&q, newsgraph_store::ResultFormat::Table, &mut out)
            .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "true\n", "{pattern}");
    }
    // The negated meeting is reified but not asserted as a direct triple: no relation for it,
    // and the direct role triples are only the asserted ones.
    let direct = store
        .select("SELECT ?s ?o WHERE { ?s ng:spokespersonOf|ng:leaderOf ?o }")
        .unwrap();
    assert_eq!(direct.rows.len(), 2);
}

#[test]
fn only_asserted_relations_get_a_direct_triple() {
    let mut g = article_one();
    g.relations[1].polarity = newsgraph_model::Polarity::Negated;
    let quads = graph_quads(&g).unwrap();
    let leader_of =
        newsgraph_store::vocab::relation_predicate(newsgraph_model::RelationType::LeaderOf);
    let direct = quads.iter().filter(|q| q.predicate == leader_of).count();
    let reified = quads
        .iter()
        .filter(|q| q.object == leader_of.clone().into())
        .count();
    assert_eq!((direct, reified), (0, 1));
}
