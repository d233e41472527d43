//! `data/ontology.ttl` parses, declares every `ng:` term completely, agrees with the model's
//! closed sets, and covers every `ng:` term the store writes; every relation and event the
//! store writes carries its whole provenance.

mod common;

use std::collections::BTreeSet;

use common::*;
use newsgraph_model::{ArticleGraph, EntityType, Polarity, RelationType};
use newsgraph_store::graph_quads;
use newsgraph_store::vocab::{self, NG};
use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedNodeRef, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

/// The ontology in an in-memory store, parsed by Oxigraph's Turtle parser.
fn ontology() -> Store {
    let store = Store::new().unwrap();
    store
        .load_from_slice(RdfFormat::Turtle, vocab::ONTOLOGY.as_bytes())
        .expect("data/ontology.ttl parses as Turtle");
    store
}

fn select(store: &Store, query: &str) -> Vec<Vec<String>> {
    let prefixed = format!("{}{query}", vocab::sparql_prefixes());
    let QueryResults::Solutions(solutions) = SparqlEvaluator::new()
        .parse_query(&prefixed)
        .unwrap()
        .on_store(store)
        .execute()
        .unwrap()
    else {
        panic!("not a SELECT: {query}")
    };
    let vars: Vec<String> = solutions
        .variables()
        .iter()
        .map(|v| v.as_str().to_string())
        .collect();
    solutions
        .map(|s| {
            let s = s.unwrap();
            vars.iter()
                .map(|v| match s.get(v.as_str()) {
                    Some(Term::NamedNode(n)) => n.as_str().to_string(),
                    Some(Term::Literal(l)) => l.value().to_string(),
                    Some(t) => t.to_string(),
                    None => String::new(),
                })
                .collect()
        })
        .collect()
}

/// Every article graph feature the store turns into `ng:` terms: both test articles plus
/// one relation of each type, so that a type the samples lack is still checked.
fn every_feature() -> Vec<ArticleGraph> {
    let mut all_types = article_one();
    all_types.article.id = "wire-all-types".into();
    all_types.relations = RelationType::ALL
        .iter()
        .map(|&predicate| {
            let mut r = article_one().relations[0].clone();
            r.predicate = predicate;
            r.polarity = Polarity::Unrealised;
            r.attribution = Some("e5".into());
            r
        })
        .collect();
    for ev in &mut all_types.events {
        ev.iri = Some(
            ev.iri
                .clone()
                .unwrap()
                .replace("wire-001", "wire-all-types"),
        );
    }
    vec![article_one(), article_two(), all_types]
}

/// The `ng:` terms the store writes for `graphs`: predicates, classes given by rdf:type,
/// and the predicates of reified relations (rdf:predicate), which a relation that is not
/// asserted has in no other place.
fn written_terms(graphs: &[ArticleGraph]) -> BTreeSet<String> {
    let mut terms = BTreeSet::new();
    for g in graphs {
        for q in graph_quads(g).unwrap() {
            terms.insert(q.predicate.as_str().to_string());
            let p = q.predicate.as_ref();
            if p == vocab::rdf::TYPE || p == vocab::rdf::PREDICATE {
                if let Term::NamedNode(class) = &q.object {
                    terms.insert(class.as_str().to_string());
                }
            }
        }
    }
    terms.retain(|t| t.starts_with(NG));
    terms
}

#[test]
fn every_ng_term_the_store_writes_is_declared() {
    let declared = vocab::declared_terms().unwrap();
    let written = written_terms(&every_feature());
    // A sanity floor: the check must see the relation predicates and the provenance terms.
    for t in [
        "RoleRelation",
        "officialOf",
        "locatedIn",
        "extractor",
        "evidenceSpan",
    ] {
        assert!(written.contains(&format!("{NG}{t}")), "{t} not written");
    }
    let missing: Vec<&String> = written.difference(&declared).collect();
    assert!(
        missing.is_empty(),
        "the store writes ng: terms that data/ontology.ttl does not declare: {missing:?}"
    );
}

#[test]
fn declared_terms_are_exactly_the_ng_terms_of_the_ontology() {
    let declared = vocab::declared_terms().unwrap();
    let subjects: BTreeSet<String> = select(
        &ontology(),
        "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(ng:))) }",
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    let ng_declared: BTreeSet<String> = declared
        .iter()
        .filter(|t| t.starts_with(NG))
        .cloned()
        .collect();
    assert_eq!(
        ng_declared, subjects,
        "an ng: subject with no declared kind"
    );
}

#[test]
fn every_declaration_has_a_label_comment_and_definer() {
    let rows = select(
        &ontology(),
        "SELECT ?t WHERE {
           ?t a ?kind FILTER(STRSTARTS(STR(?t), STR(ng:)))
           FILTER NOT EXISTS {
             ?t rdfs:label ?l ; rdfs:comment ?c ;
                rdfs:isDefinedBy <https://w3id.org/newsgraph/ns> }
         } ORDER BY ?t",
    );
    assert!(rows.is_empty(), "incomplete declarations: {rows:?}");
    let rows = select(
        &ontology(),
        "SELECT ?t WHERE {
           VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty }
           ?t a ?kind
           FILTER NOT EXISTS { ?t rdfs:domain ?d ; rdfs:range ?r }
         } ORDER BY ?t",
    );
    assert!(
        rows.is_empty(),
        "properties without domain or range: {rows:?}"
    );
    let rows = select(
        &ontology(),
        "SELECT ?o WHERE { ?o a owl:Ontology ; owl:versionInfo ?v ; rdfs:label ?l }",
    );
    assert_eq!(rows, vec![vec![vocab::ONTOLOGY_IRI.to_string()]]);
}

#[test]
fn every_relation_type_is_an_object_property_between_entities() {
    let store = ontology();
    for r in RelationType::ALL {
        let iri = vocab::relation_predicate(r);
        let rows = select(
            &store,
            &format!(
                "SELECT ?l WHERE {{ <{}> a owl:ObjectProperty ; rdfs:label ?l }}",
                iri.as_str()
            ),
        );
        assert_eq!(rows.len(), 1, "{iri} is not declared an owl:ObjectProperty");
        // The label is the gold name read aloud: spokesperson_of -> "spokesperson of".
        assert_eq!(rows[0][0], r.as_str().replace('_', " "), "{iri}");
    }
}

/// The members of the `owl:oneOf` list that defines datatype `ng:{name}`.
fn one_of(store: &Store, name: &str) -> BTreeSet<String> {
    select(
        store,
        &format!(
            "SELECT ?v WHERE {{ ng:{name} owl:equivalentClass/owl:oneOf/rdf:rest*/rdf:first ?v }}"
        ),
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect()
}

#[test]
fn closed_value_sets_match_the_model() {
    let store = ontology();
    let types: BTreeSet<String> = EntityType::ALL
        .iter()
        .map(|t| t.as_str().to_string())
        .collect();
    assert_eq!(one_of(&store, "EntityType"), types);
    let polarities: BTreeSet<String> =
        [Polarity::Asserted, Polarity::Negated, Polarity::Unrealised]
            .iter()
            .map(|p| p.as_str().to_string())
            .collect();
    assert_eq!(one_of(&store, "Polarity"), polarities);
}

#[test]
fn alignments_point_at_the_standard_vocabularies() {
    let rows = select(
        &ontology(),
        "SELECT ?ours ?rel ?theirs WHERE {
           VALUES ?rel { rdfs:subClassOf rdfs:subPropertyOf owl:equivalentProperty }
           ?ours ?rel ?theirs FILTER(isIRI(?theirs))
         } ORDER BY ?ours ?rel ?theirs",
    );
    let has = |ours: &str, rel: &str, theirs: &str| {
        rows.iter()
            .any(|r| r[0] == format!("{NG}{ours}") && r[1].ends_with(rel) && r[2] == theirs)
    };
    assert!(has(
        "RoleRelation",
        "subClassOf",
        "http://www.w3.org/ns/prov#Entity"
    ));
    assert!(has(
        "source",
        "subPropertyOf",
        "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"
    ));
    assert!(has(
        "target",
        "subPropertyOf",
        "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"
    ));
    assert!(has(
        "evidence",
        "subPropertyOf",
        "http://www.w3.org/ns/prov#wasDerivedFrom"
    ));
    assert!(has(
        "attributedTo",
        "subPropertyOf",
        "http://www.w3.org/ns/prov#wasAttributedTo"
    ));
    assert!(has(
        "datelinePlace",
        "subPropertyOf",
        "http://schema.org/locationCreated"
    ));
}

/// The object of `p` on `s` among `quads`, as a term, if there is one.
fn object_of<'q>(
    quads: &'q [oxigraph::model::Quad],
    s: &str,
    p: NamedNodeRef<'_>,
) -> Option<&'q Term> {
    quads
        .iter()
        .find(|q| q.subject.to_string() == format!("<{s}>") && q.predicate.as_ref() == p)
        .map(|q| &q.object)
}

fn literal(t: Option<&Term>) -> String {
    match t {
        Some(Term::Literal(l)) => l.value().to_string(),
        other => panic!("expected a literal, got {other:?}"),
    }
}

#[test]
fn every_relation_and_event_carries_its_whole_provenance() {
    use newsgraph_store::vocab::{ng, nif, prov, rdf, sem};
    for g in every_feature() {
        let quads = graph_quads(&g).unwrap();
        let text: Vec<char> = g.article.text.chars().collect();
        let nodes: Vec<String> = quads
            .iter()
            .filter(|q| {
                q.predicate.as_ref() == rdf::TYPE
                    && (q.object == ng::ROLE_RELATION.into() || q.object == sem::EVENT.into())
            })
            .map(|q| q.subject.to_string().trim_matches(['<', '>']).to_string())
            .collect();
        assert_eq!(nodes.len(), g.relations.len() + g.events.len());
        for node in &nodes {
            assert_eq!(literal(object_of(&quads, node, ng::EXTRACTOR)), g.extractor);
            let confidence: f64 = literal(object_of(&quads, node, ng::CONFIDENCE))
                .parse()
                .unwrap();
            assert!((0.0..=1.0).contains(&confidence), "{node}");
            assert!(object_of(&quads, node, ng::POLARITY).is_some(), "{node}");
            let article = object_of(&quads, node, prov::WAS_DERIVED_FROM).unwrap();
            assert_eq!(
                article.to_string(),
                format!("<{}>", vocab::article_iri(&g.article.id))
            );
            // The sentence and the words, each with offsets that give back its text.
            for p in [ng::EVIDENCE, ng::EVIDENCE_SPAN] {
                let Some(Term::NamedNode(at)) = object_of(&quads, node, p) else {
                    panic!("{node} has no {p}")
                };
                let begin: usize = literal(object_of(&quads, at.as_str(), nif::BEGIN_INDEX))
                    .parse()
                    .unwrap();
                let end: usize = literal(object_of(&quads, at.as_str(), nif::END_INDEX))
                    .parse()
                    .unwrap();
                let anchor = literal(object_of(&quads, at.as_str(), nif::ANCHOR_OF));
                assert_eq!(text[begin..end].iter().collect::<String>(), anchor, "{at}");
                assert!(
                    at.as_str().ends_with(&format!("#char={begin},{end}")),
                    "{at}"
                );
            }
            let Some(Term::NamedNode(words)) = object_of(&quads, node, ng::EVIDENCE_SPAN) else {
                unreachable!()
            };
            assert_eq!(
                object_of(&quads, words.as_str(), nif::SENTENCE),
                object_of(&quads, node, ng::EVIDENCE),
                "{node}: the words' sentence is not the evidence sentence"
            );
        }
    }
}
