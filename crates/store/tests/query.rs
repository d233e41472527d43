//! SPARQL on the store: union default graph, result formats that parse, refusals.

mod common;

use common::*;
use newsgraph_store::{ResultFormat, Store, StoreError};
use oxigraph::io::{RdfFormat as OxFormat, RdfParser};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, ReaderQueryResultsParserOutput,
};

const ACTORS: &str =
    "SELECT ?label ?type WHERE { ?e a sem:Actor ; rdfs:label ?label ; ng:entityType ?type } \
                      ORDER BY ?label ?type";

fn store(dir: &tempfile::TempDir) -> Store {
    let store = Store::open(&dir.path().join("s")).unwrap();
    store.ingest(&article_one()).unwrap();
    store.ingest(&article_two()).unwrap();
    store
}

fn run(store: &Store, q: &str, format: ResultFormat) -> String {
    let mut out = Vec::new();
    store.query_to(q, format, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn actor_rows() -> Vec<Vec<Option<String>>> {
    [
        ("Mira Kovel", "person"),
        ("Ostravia", "country"),
        ("Teodor Haas", "person"),
        ("Valdonia", "country"),
        ("Valdonian foreign ministry", "organisation"),
    ]
    .iter()
    .map(|(l, t)| vec![Some(l.to_string()), Some(t.to_string())])
    .collect()
}

#[test]
fn select_sees_every_article_graph_as_one_default_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let t = store.select(ACTORS).unwrap();
    assert_eq!(t.vars, ["label", "type"]);
    assert_eq!(
        t.rows,
        actor_rows(),
        "each actor once although both articles name it"
    );
    let articles = store
        .select("SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id } ORDER BY ?id")
        .unwrap();
    assert_eq!(
        articles.rows,
        [
            [Some("wire 002/b".to_string())],
            [Some("wire-001".to_string())]
        ]
    );
    // An IRI comes back bare, an unbound variable as None.
    let t = store
        .select("SELECT ?e ?x WHERE { ?e rdfs:label \"Mira Kovel\" OPTIONAL { ?e ng:iso3166 ?x } }")
        .unwrap();
    assert_eq!(
        t.rows,
        [[
            Some("https://w3id.org/newsgraph/id/person/mira-kovel".to_string()),
            None
        ]]
    );
}

#[test]
fn from_clauses_still_choose_the_graphs() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let one = newsgraph_store::vocab::article_iri("wire-001");
    let t = store
        .select(&format!(
            "SELECT ?id FROM <{one}> WHERE {{ ?a schema:identifier ?id }}"
        ))
        .unwrap();
    assert_eq!(t.rows, [[Some("wire-001".to_string())]]);
}

#[test]
fn every_result_format_parses_back_to_the_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    // CSV is lossy by design (sparesults reads it back only as text), so it is split here.
    let csv = run(&store, ACTORS, ResultFormat::Csv);
    let csv_rows: Vec<Vec<Option<String>>> = csv
        .split_terminator("\r\n")
        .skip(1)
        .map(|l| l.split(',').map(|c| Some(c.to_string())).collect())
        .collect();
    assert_eq!(csv_rows, actor_rows());
    for (format, parser) in [
        (ResultFormat::Json, QueryResultsFormat::Json),
        (ResultFormat::Tsv, QueryResultsFormat::Tsv),
        (ResultFormat::Xml, QueryResultsFormat::Xml),
    ] {
        let text = run(&store, ACTORS, format);
        let ReaderQueryResultsParserOutput::Solutions(solutions) =
            QueryResultsParser::from_format(parser)
                .for_reader(text.as_bytes())
                .unwrap()
        else {
            panic!("{format}: not solutions");
        };
        let rows: Vec<Vec<Option<String>>> = solutions
            .map(|s| {
                s.unwrap()
                    .values()
                    .iter()
                    .map(|t| {
                        t.as_ref().map(|t| match t {
                            oxigraph::model::Term::Literal(l) => l.value().to_string(),
                            other => other.to_string(),
                        })
                    })
                    .collect()
            })
            .collect();
        assert_eq!(rows, actor_rows(), "{format}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&run(&store, ACTORS, ResultFormat::Json)).unwrap();
    assert_eq!(json["head"]["vars"], serde_json::json!(["label", "type"]));
    assert!(run(&store, ACTORS, ResultFormat::Csv).starts_with("label,type\r\n"));
    assert!(run(&store, ACTORS, ResultFormat::Tsv).starts_with("?label\t?type\n"));
}

#[test]
fn the_text_table_is_aligned_and_counts_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let text = run(&store, ACTORS, ResultFormat::Table);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "?label                     | ?type");
    assert_eq!(lines[1], "---------------------------+-------------");
    assert_eq!(lines[2], "Mira Kovel                 | person");
    assert_eq!(lines.last(), Some(&"(5 rows)"));
    assert_eq!(lines.len(), 2 + 5 + 1);
    assert_eq!(
        run(&store, ACTORS, ResultFormat::Table),
        text,
        "not deterministic"
    );
}

#[test]
fn ask_and_construct_are_written_in_each_format() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let ask = "ASK { ?p ng:spokespersonOf ?o }";
    assert_eq!(run(&store, ask, ResultFormat::Table), "true\n");
    let json: serde_json::Value =
        serde_json::from_str(&run(&store, ask, ResultFormat::Json)).unwrap();
    assert_eq!(json["boolean"], true);
    assert!(run(&store, ask, ResultFormat::Xml).contains("<boolean>true</boolean>"));

    let construct = "CONSTRUCT { ?p ng:spokespersonOf ?o . ?p rdfs:label ?l } \
                     WHERE { ?p ng:spokespersonOf ?o ; rdfs:label ?l }";
    for (format, ox) in [
        (ResultFormat::Table, OxFormat::Turtle),
        (ResultFormat::Csv, OxFormat::NTriples),
        (ResultFormat::Tsv, OxFormat::NTriples),
        (ResultFormat::Xml, OxFormat::RdfXml),
        (
            ResultFormat::Json,
            OxFormat::JsonLd {
                profile: Default::default(),
            },
        ),
    ] {
        let text = run(&store, construct, format);
        let triples: Vec<_> = RdfParser::from_format(ox)
            .for_reader(text.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(triples.len(), 2, "{format}: {text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&run(&store, construct, ResultFormat::Json)).unwrap();
    assert!(json.is_object() || json.is_array());
}

#[test]
fn select_refuses_other_query_forms_and_bad_sparql_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let err = store.select("ASK { ?s ?p ?o }").unwrap_err();
    assert!(
        matches!(err, StoreError::NotSelect { form: "ASK" }),
        "{err}"
    );
    let err = store.select("SELEKT ?x WHERE {}").unwrap_err();
    assert!(matches!(err, StoreError::Query(_)), "{err}");
    assert!(err.to_string().starts_with("SPARQL query:"), "{err}");
    let err = store
        .select("SELECT ?x WHERE { ?x undeclared:p ?y }")
        .unwrap_err();
    assert!(
        err.to_string().contains("error at 1:"),
        "the position is named: {err}"
    );
}

#[test]
fn service_calls_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let err = store
        .select("SELECT ?s WHERE { SERVICE <http://sparql.example.org/> { ?s ?p ?o } }")
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("SERVICE <http://sparql.example.org/> refused"),
        "{err}"
    );
}

#[test]
fn result_format_names_parse() {
    for name in ["table", "json", "csv", "tsv", "xml"] {
        assert_eq!(name.parse::<ResultFormat>().unwrap().to_string(), name);
    }
    assert!("yaml"
        .parse::<ResultFormat>()
        .unwrap_err()
        .to_string()
        .contains("table, json, csv, tsv, xml"));
}

#[test]
fn a_fact_stated_by_two_articles_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let count = |q: &str| store.select(q).unwrap().rows[0][0].clone().unwrap();
    // Both articles describe Valdonia; the default graph is a set of triples.
    assert_eq!(
        count("SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label \"Valdonia\" }"),
        "1"
    );
    assert_eq!(
        count("SELECT (COUNT(*) AS ?n) WHERE { ?e a sem:Actor }"),
        "5"
    );
    // The description sits once, in the shared entity graph, not in the articles' graphs.
    let entities = newsgraph_store::vocab::ENTITY_GRAPH;
    assert_eq!(
        count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e rdfs:label \"Valdonia\" } }"),
        "1"
    );
    assert_eq!(
        count(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {entities} {{ ?e rdfs:label \"Valdonia\" }} }}"
        )),
        "1"
    );
    // FROM an article and the entity graph: what the article says, with the names.
    let one = newsgraph_store::vocab::article_iri("wire-001");
    assert_eq!(
        count(&format!(
            "SELECT (COUNT(*) AS ?n) FROM <{one}> FROM {entities} WHERE {{ \
             ?m itsrdf:taIdentRef ?e . ?e rdfs:label \"Valdonia\" }}"
        )),
        count(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{one}> {{ ?m itsrdf:taIdentRef ?e }} \
             ?e rdfs:label \"Valdonia\" }}"
        ))
    );
    assert_eq!(
        count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"),
        "3",
        "two articles and the entity graph"
    );
}
