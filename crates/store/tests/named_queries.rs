//! Every query of `queries/` is compiled in, runs, has the columns its header promises, and
//! gives the rows the hand-built articles call for.

mod common;

use std::path::Path;

use common::*;
use newsgraph_store::{named, Store};

fn rows(store: &Store, sparql: &str) -> Vec<Vec<String>> {
    store
        .select(sparql)
        .unwrap()
        .rows
        .into_iter()
        .map(|r| r.into_iter().map(Option::unwrap_or_default).collect())
        .collect()
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn store(dir: &tempfile::TempDir) -> Store {
    let store = Store::open(&dir.path().join("s")).unwrap();
    store.ingest(&article_one()).unwrap();
    store.ingest(&article_two()).unwrap();
    store
}

#[test]
fn every_query_file_is_compiled_in_and_documented() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../queries");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let compiled: Vec<&str> = named::all().iter().map(|q| q.name).collect();
    assert_eq!(compiled, on_disk, "queries/ and named::FILES disagree");
    assert!(compiled.len() >= 6);
    for q in named::all() {
        let text = std::fs::read_to_string(dir.join(format!("{}.rq", q.name))).unwrap();
        assert_eq!(text, q.sparql, "{} is stale", q.name);
        assert!(
            !q.title.is_empty() && q.title != q.name,
            "{}: no title line",
            q.name
        );
        assert!(!q.description.is_empty(), "{}: no description", q.name);
        assert!(!q.columns.is_empty(), "{}: no columns line", q.name);
        assert!(q.sparql.contains("ORDER BY"), "{}: no ORDER BY", q.name);
    }
}

/// A parameter value that the test articles have rows for: Valdonia is an actor in every
/// role; Teodor Haas accused it (the other party of `events-between`); Ostravia is what he
/// leads (the organisation of `role-holders`).
fn test_value(param: &str) -> &'static str {
    match param {
        "other" => "Teodor Haas",
        "of" => "Ostravia",
        _ => "Valdonia",
    }
}

#[test]
fn every_query_runs_and_has_the_columns_it_promises() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    for q in named::all() {
        let unbound = store
            .select(q.sparql)
            .unwrap_or_else(|e| panic!("{}: {e}", q.name));
        assert_eq!(unbound.vars, q.columns, "{}", q.name);
        let values: Vec<(String, String)> = q
            .params
            .iter()
            .map(|p| (p.name.to_string(), test_value(p.name).to_string()))
            .collect();
        let bound = store
            .select(&q.bind(&values).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", q.name));
        assert_eq!(bound.vars, q.columns, "{}", q.name);
        assert!(
            !bound.rows.is_empty(),
            "{}: no rows on the test articles",
            q.name
        );
        // A fixed row order needs every column in the ORDER BY.
        let order_by = q.sparql.rsplit("ORDER BY").next().unwrap();
        for column in &q.columns {
            let var = format!("?{column}");
            let whole = order_by.match_indices(&var).any(|(i, _)| {
                !order_by[i + var.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            assert!(whole, "{}: ORDER BY lacks {var}", q.name);
        }
        assert_eq!(
            store.select(q.sparql).unwrap(),
            unbound,
            "{}: not deterministic",
            q.name
        );
    }
}

#[test]
fn who_accused_whom() {
    let dir = tempfile::tempdir().unwrap();
    let q = named::get("who-accused-whom").unwrap();
    assert!(q.title.to_lowercase().starts_with("who accused whom"));
    assert_eq!(
        rows(&store(&dir), q.sparql),
        [
            row(&["Teodor Haas", "Valdonia", "2024-05-05", "asserted", A2_S1]),
            row(&["Valdonia", "Ostravia", "2024-05-03", "asserted", A1_S1]),
        ]
    );
}

#[test]
fn spokespeople_and_leaders() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    assert_eq!(
        rows(&store, named::get("spokespeople").unwrap().sparql),
        [row(&["Mira Kovel", "Valdonian foreign ministry", "2"])]
    );
    assert_eq!(
        rows(&store, named::get("leaders").unwrap().sparql),
        [row(&["Teodor Haas", "Ostravia", "1"])]
    );
}

#[test]
fn events_by_place_and_what_did_not_happen() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    assert_eq!(
        rows(&store, named::get("events-by-place").unwrap().sparql),
        [
            row(&[
                "Ostravia",
                "visit",
                "042",
                "2024-06",
                "unrealised",
                "wire 002/b"
            ]),
            row(&["Velgrad", "meet", "040", "2024-05", "negated", "wire-001"]),
        ]
    );
    assert_eq!(
        rows(&store, named::get("unrealised-or-negated").unwrap().sparql),
        [
            row(&[
                "negated",
                "event",
                "meet",
                "Teodor Haas",
                "Valdonia",
                "",
                A1_S2
            ]),
            row(&[
                "unrealised",
                "event",
                "visit",
                "Mira Kovel",
                "Ostravia",
                "",
                A2_S2
            ]),
        ]
    );
}

#[test]
fn actor_mentions_by_any_name_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let q = named::get("actor-mentions").unwrap();
    let (one, two) = (article_one().article.text, article_two().article.text);
    let at = |text: &str, words: &str| span_of(text, words, 0).start().to_string();
    let expected = [
        row(&[
            "Valdonia",
            "wire-001",
            "2024-05-03",
            &at(&one, "Valdonia"),
            "Valdonia",
            A1_S1,
        ]),
        row(&[
            "Valdonia",
            "wire-001",
            "2024-05-03",
            &at(&one, "Valdonian"),
            "Valdonian",
            A1_S2,
        ]),
        row(&[
            "Valdonia",
            "wire 002/b",
            "2024-05-05",
            &at(&two, "Valdonia"),
            "Valdonia",
            A2_S1,
        ]),
        row(&[
            "Valdonia",
            "wire 002/b",
            "2024-05-05",
            &at(&two, "Valdonian"),
            "Valdonian",
            A2_S2,
        ]),
    ];
    for name in ["Valdonia", "valdonia", "VALDONIAN"] {
        let sparql = q.bind(&[("actor".to_string(), name.to_string())]).unwrap();
        assert_eq!(rows(&store, &sparql), expected, "{name}");
    }
    let none = q
        .bind(&[("actor".to_string(), "Velgrad".to_string())])
        .unwrap();
    assert!(rows(&store, &none).is_empty(), "a city is no actor");
    assert!(
        rows(&store, q.sparql).len() > expected.len(),
        "unbound, it lists every actor"
    );
}

#[test]
fn actors_most_named_first() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        rows(&store(&dir), named::get("actors").unwrap().sparql),
        [
            row(&["Valdonia", "country", "2", "4"]),
            row(&["Ostravia", "country", "2", "3"]),
            row(&["Mira Kovel", "person", "2", "2"]),
            row(&["Teodor Haas", "person", "2", "2"]),
            row(&["Valdonian foreign ministry", "organisation", "2", "2"]),
        ]
    );
}
