//! Shared by the export tests: a store of the samples as their gold files describe them,
//! running `newsgraph export`, and reading its CSV back.
//!
//! The gold files (tests/gold) are our own reading of data/samples: who did what to whom,
//! where, when and with what polarity. Turning them into article graphs gives the exporter a
//! store whose content we know independently of the extractor, so the expected networks
//! below are derived from the samples, not from the program's output.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use newsgraph_model::{
    Article, ArticleGraph, Cameo, Entity, EntityType, Event, Evidence, Mention, Polarity, Relation,
    RelationType, Span,
};
use serde_json::Value;

use crate::util::{ng, root, stderr};

/// The body of a sample file: everything after the header's blank line.
fn body(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    text.split_once("\n\n").unwrap().1.to_string()
}

/// A serde enum from its JSON string (the gold format uses the model's names).
macro_rules! parse {
    ($t:ty, $v:expr) => {
        serde_json::from_value::<$t>(Value::String($v.to_string())).unwrap()
    };
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

/// One gold file as an article graph: the entity label is its first gold name, every
/// occurrence of a name is a mention, the event label is the gold type without its note
/// ("meet (host talks)" -> "meet"). Evidence is the whole text (the exporter never reads it).
pub fn gold_graph(gold: &Path) -> ArticleGraph {
    let g: Value = serde_json::from_str(&std::fs::read_to_string(gold).unwrap()).unwrap();
    let a = &g["article"];
    let text = body(
        &root()
            .join("data/samples")
            .join(a["text_file"].as_str().unwrap()),
    );
    let len = text.chars().count() as u32;
    let whole = Span::new(0, len).unwrap();
    let evidence = Evidence {
        sentence: 0,
        sentence_span: whole,
        span: whole,
        text: String::new(),
    };
    let mut entities = Vec::new();
    for e in g["entities"].as_array().unwrap() {
        let names = ids(&e["names"]);
        let etype: EntityType = parse!(EntityType, e["type"].as_str().unwrap());
        let mut entity = Entity::new(e["id"].as_str().unwrap(), etype, names[0].clone());
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        entity.names = sorted;
        let mut mentions = Vec::new();
        for name in &names {
            for (at, _) in text.match_indices(name.as_str()) {
                let span = Span::from_bytes(&text, at, at + name.len()).unwrap();
                mentions.push(Mention {
                    sentence: 0,
                    span,
                    text: name.clone(),
                });
            }
        }
        mentions.sort();
        mentions.dedup();
        entity.mentions = mentions;
        entities.push(entity);
    }
    let relations = g["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| Relation {
            subject: r["subject"].as_str().unwrap().into(),
            predicate: parse!(RelationType, r["predicate"].as_str().unwrap()),
            object: r["object"].as_str().unwrap().into(),
            polarity: r["polarity"]
                .as_str()
                .map(|p| parse!(Polarity, p))
                .unwrap_or_default(),
            attribution: None,
            evidence: evidence.clone(),
            confidence: 1.0,
        })
        .collect();
    let events = g["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let label = e["type"].as_str().unwrap();
            let label = label.split(" (").next().unwrap().to_string();
            Event {
                id: e["id"].as_str().unwrap().into(),
                iri: None,
                cameo: e["cameo"].as_str().unwrap().parse::<Cameo>().unwrap(),
                trigger: label.clone(),
                label,
                sources: ids(&e["source"]),
                targets: ids(&e["target"]),
                places: ids(&e["place"]),
                date: e["date"].as_str().map(|d| d.parse().unwrap()),
                polarity: e["polarity"]
                    .as_str()
                    .map(|p| parse!(Polarity, p))
                    .unwrap_or_default(),
                attribution: None,
                evidence: evidence.clone(),
                confidence: 1.0,
            }
        })
        .collect();
    let graph = ArticleGraph {
        article: Article {
            id: a["id"].as_str().unwrap().into(),
            title: None,
            source: a["source"].as_str().map(String::from),
            url: None,
            published: a["published"].as_str().map(|d| d.parse().unwrap()),
            dateline: None,
            text,
        },
        extractor: "gold".into(),
        sentences: vec![whole],
        entities,
        relations,
        events,
    };
    graph.validate().unwrap();
    graph
}

/// A store (built once per test binary) holding every gold file's graph.
pub fn gold_store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let jsonl = dir.path().join("gold.jsonl");
        let mut out = Vec::new();
        let mut golds: Vec<PathBuf> = std::fs::read_dir(root().join("tests/gold"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        golds.sort();
        for gold in golds {
            newsgraph_model::jsonl::write_graph(&mut out, &gold_graph(&gold)).unwrap();
        }
        std::fs::write(&jsonl, out).unwrap();
        let store = dir.path().join("store");
        crate::util::ingest(&store, &[&jsonl]);
        (dir, store)
    });
    path
}

/// A store (built once per test binary) of data/samples through the real extractor.
pub fn samples_store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        crate::util::ingest(&store, &[&root().join("data/samples")]);
        (dir, store)
    });
    path
}

/// Runs `newsgraph export --store STORE ARGS...` and panics with its stderr on failure.
pub fn export(store: &Path, args: &[&str]) -> std::process::Output {
    let out = ng()
        .arg("export")
        .args(["--store", &store.display().to_string()])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "export {args:?}: {}", stderr(&out));
    out
}

/// RFC 4180 rows (quoted fields, doubled quotes, CRLF).
pub fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

/// A CSV table as maps from header to value.
pub fn table(path: &Path) -> Vec<BTreeMap<String, String>> {
    let rows = csv_rows(&std::fs::read_to_string(path).unwrap());
    let header = rows[0].clone();
    rows[1..]
        .iter()
        .map(|r| header.iter().cloned().zip(r.iter().cloned()).collect())
        .collect()
}

/// What the tests compare: node labels (sorted) and edges as (source label, target label,
/// kind, label, polarity, weight) (sorted).
#[derive(Debug)]
pub struct Net {
    pub nodes: Vec<BTreeMap<String, String>>,
    pub edges: Vec<BTreeMap<String, String>>,
}

pub type EdgeRow = (String, String, String, String, String, u64);

impl Net {
    pub fn labels(&self) -> Vec<String> {
        let mut l: Vec<String> = self.nodes.iter().map(|n| n["Label"].clone()).collect();
        l.sort();
        l
    }

    pub fn label_of(&self, id: &str) -> String {
        self.nodes
            .iter()
            .find(|n| n["Id"] == id)
            .map(|n| n["Label"].clone())
            .unwrap_or_else(|| panic!("no node {id}"))
    }

    pub fn id_of(&self, label: &str) -> String {
        self.nodes
            .iter()
            .find(|n| n["Label"] == label)
            .map(|n| n["Id"].clone())
            .unwrap_or_else(|| panic!("no node labelled {label}"))
    }

    pub fn edge_rows(&self) -> Vec<EdgeRow> {
        let mut e: Vec<EdgeRow> = self
            .edges
            .iter()
            .map(|e| {
                (
                    self.label_of(&e["Source"]),
                    self.label_of(&e["Target"]),
                    e["Kind"].split(':').next().unwrap().to_string(),
                    e["Label"].clone(),
                    e["Polarity"].clone(),
                    e["Weight"].parse().unwrap(),
                )
            })
            .collect();
        e.sort();
        e
    }
}

/// Exports `args` as CSV and reads it back.
pub fn export_csv(store: &Path, args: &[&str]) -> Net {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("csv");
    let mut all = args.to_vec();
    let out_s = out.display().to_string();
    all.extend(["--format", "csv", "-o", &out_s]);
    export(store, &all);
    Net {
        nodes: table(&out.join("nodes.csv")),
        edges: table(&out.join("edges.csv")),
    }
}

/// `(source, target, kind, label, polarity, weight)` from string literals.
pub fn e(s: &str, t: &str, kind: &str, label: &str, polarity: &str, weight: u64) -> EdgeRow {
    (
        s.into(),
        t.into(),
        kind.into(),
        label.into(),
        polarity.into(),
        weight,
    )
}

pub fn sorted(mut v: Vec<EdgeRow>) -> Vec<EdgeRow> {
    v.sort();
    v
}

pub fn strings(v: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}
