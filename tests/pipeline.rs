//! The whole path, end to end: articles -> extract -> ingest into an on-disk store ->
//! SPARQL -> GEXF, with the real binary on real files.

mod util;

use std::fs;
use std::process::Command as StdCommand;

use util::*;

fn sample_files() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn extract_gives_one_graph_per_article_and_the_same_bytes_twice() {
    let first = run(&["extract", "data/samples"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second = run(&["extract", "data/samples"]);
    assert_eq!(
        first.stdout, second.stdout,
        "extraction is not deterministic"
    );
    let lines: Vec<serde_json::Value> = stdout(&first)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), sample_files().len());
    for graph in &lines {
        assert!(
            !graph["entities"].as_array().unwrap().is_empty(),
            "{}",
            graph["article"]["id"]
        );
        assert!(graph["article"]["id"].is_string());
    }
}

#[test]
fn extract_as_rdf_is_deterministic() {
    for format in ["nq", "ttl"] {
        let a = run(&["extract", "data/samples", "--format", format]);
        let b = run(&["extract", "data/samples", "--format", format]);
        assert!(a.status.success(), "{}", stderr(&a));
        assert!(!a.stdout.is_empty());
        assert_eq!(a.stdout, b.stdout, "{format} output differs between runs");
    }
}

#[test]
fn extract_reads_standard_input() {
    let out = ng()
        .args(["extract", "-"])
        .write_stdin(WIRE_ARTICLE)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let graph: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(graph["article"]["dateline"]["place"], "Vienna");
    assert_eq!(graph["article"]["published"], "2023-06-13");
}

#[test]
fn ingest_is_idempotent_and_reports_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let first = ingest(&store, &[&samples()]);
    let summary = stderr(&first);
    let n = sample_files().len();
    assert!(
        summary.contains(&format!("ingested {n} articles")),
        "{summary}"
    );
    assert!(summary.contains("triples"), "{summary}");
    let once = dump(&store);
    ingest(&store, &[&samples()]);
    assert_eq!(
        dump(&store),
        once,
        "re-ingesting the same articles changed the store"
    );
    let graphs = select_csv(
        &store,
        &["SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"],
    );
    assert_eq!(
        graphs.len(),
        n + 1,
        "one named graph per article, and the entity graph"
    );
    assert!(graphs.contains(&"https://w3id.org/newsgraph/graph/entities".to_string()));
}

#[test]
fn ingest_order_does_not_change_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let forward = dir.path().join("forward");
    let backward = dir.path().join("backward");
    let files = sample_files();
    ingest(&forward, &[&samples()]);
    for file in files.iter().rev() {
        ingest(&backward, &[file]);
    }
    assert_eq!(dump(&forward), dump(&backward));
}

#[test]
fn extracted_jsonl_ingests_to_the_same_store_as_the_articles() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("graphs.jsonl");
    let out = run(&[
        "extract",
        "data/samples",
        "-o",
        &jsonl.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let from_text = dir.path().join("a");
    let from_jsonl = dir.path().join("b");
    ingest(&from_text, &[&samples()]);
    ingest(&from_jsonl, &[&jsonl]);
    assert_eq!(dump(&from_text), dump(&from_jsonl));
}

#[test]
fn a_query_file_runs_like_a_named_query() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ingest(&store, &[&samples()]);
    let by_name = select_csv(&store, &["--name", "who-accused-whom"]);
    let by_file = select_csv(&store, &["queries/who-accused-whom.rq"]);
    assert!(!by_name.is_empty());
    assert_eq!(by_name, by_file);
}

#[test]
fn demo_answers_who_accused_whom_and_writes_a_valid_gexf() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("demo");
    let out = run(&["demo", "--out", &out_dir.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let section = text
        .split("\n# ")
        .find(|s| s.to_lowercase().starts_with("who accused whom"))
        .unwrap_or_else(|| panic!("no who-accused-whom answer in:\n{text}"));
    assert!(
        section.lines().count() > 3,
        "empty who-accused-whom answer:\n{section}"
    );
    let gexf = out_dir.join("network.gexf");
    assert!(text.contains(&gexf.display().to_string()), "{text}");
    let xsd = root().join("tests/schemas/gexf-1.3/gexf.xsd");
    let lint = StdCommand::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(&xsd)
        .arg(&gexf)
        .output()
        .expect("xmllint is installed (apt-get install libxml2-utils; scripts/setup does it)");
    assert!(
        lint.status.success(),
        "{}",
        String::from_utf8_lossy(&lint.stderr)
    );
}
