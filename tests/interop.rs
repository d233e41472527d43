//! Our exports read by independent readers: networkx (Python) reads the GraphML and the
//! GEXF, graphology-gexf (JavaScript, the parser behind Gephi Lite) reads the GEXF, and both
//! must find the nodes, edges and attributes our own CSV lists. The readers are installed by
//! scripts/setup (tests/interop/requirements.txt, tests/interop/package-lock.json); when they
//! are missing these tests fail and say how to install them; they are never skipped.

mod export_util;
mod util;

use std::path::Path;
use std::process::Command;

use export_util::*;
use serde_json::{json, Map, Value};
use util::*;

fn interop() -> std::path::PathBuf {
    root().join("tests/interop")
}

/// The expectation file the reader scripts check against, from our CSV of the same view.
fn expectation(net: &Net) -> Value {
    let mut nodes = Map::new();
    for n in &net.nodes {
        nodes.insert(
            n["Id"].clone(),
            json!({
                "label": n["Label"],
                "kind": n["Kind"],
                "type": n["Type"],
                "mentions": n["Mentions"].parse::<u64>().unwrap(),
            }),
        );
    }
    let opt = |s: &String| {
        if s.is_empty() {
            Value::Null
        } else {
            Value::String(s.clone())
        }
    };
    let edges: Vec<Value> = net
        .edges
        .iter()
        .map(|e| {
            json!({
                "source": e["Source"],
                "target": e["Target"],
                "kind": e["Kind"],
                "label": e["Label"],
                "weight": e["Weight"].parse::<u64>().unwrap(),
                "polarity": opt(&e["Polarity"]),
                "cameo": opt(&e["Cameo"]),
            })
        })
        .collect();
    let dated = net.edges.iter().filter(|e| !e["Start"].is_empty()).count();
    json!({ "nodes": nodes, "edges": edges, "dated_edges": dated })
}

fn run_reader(program: &str, args: &[&Path], install: &str) -> String {
    let out = Command::new(program)
        .args(args)
        .current_dir(interop())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program} ({e}); {install}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !(text.contains("ModuleNotFoundError") || text.contains("ERR_MODULE_NOT_FOUND")),
        "{program}: a reader library is missing; {install}\n{text}"
    );
    assert!(out.status.success(), "{program} {args:?}:\n{text}");
    text
}

const PIP: &str = "install it with scripts/setup (pip install -r tests/interop/requirements.txt)";
const NPM: &str = "install it with scripts/setup (npm ci --prefix tests/interop)";

fn exports(dir: &Path, store: &Path, view: &str) -> (Value, [std::path::PathBuf; 2]) {
    let net = export_csv(store, &["--view", view]);
    let gexf = dir.join(format!("{view}.gexf"));
    let graphml = dir.join(format!("{view}.graphml"));
    for (path, format) in [(&gexf, "gexf"), (&graphml, "graphml")] {
        export(
            store,
            &[
                "--view",
                view,
                "--format",
                format,
                "-o",
                &path.display().to_string(),
            ],
        );
    }
    (expectation(&net), [graphml, gexf])
}

#[test]
fn networkx_reads_our_graphml_and_gexf_alike() {
    let dir = tempfile::tempdir().unwrap();
    for view in ["actors", "events", "roles", "places", "full"] {
        let (expect, [graphml, gexf]) = exports(dir.path(), gold_store(), view);
        let expect_path = dir.path().join(format!("{view}.json"));
        std::fs::write(&expect_path, expect.to_string()).unwrap();
        let script = interop().join("check_networkx.py");
        let text = run_reader("python3", &[&script, &expect_path, &graphml, &gexf], PIP);
        assert!(text.contains("ok: networkx agrees"), "{view}: {text}");
    }
}

#[test]
fn graphology_reads_our_gexf() {
    assert!(
        interop().join("node_modules/graphology-gexf").is_dir(),
        "graphology-gexf is not installed; {NPM}"
    );
    let dir = tempfile::tempdir().unwrap();
    for view in ["actors", "events", "roles", "places", "full"] {
        let (expect, [_, gexf]) = exports(dir.path(), gold_store(), view);
        let expect_path = dir.path().join(format!("{view}.json"));
        std::fs::write(&expect_path, expect.to_string()).unwrap();
        let script = interop().join("check_graphology.mjs");
        let text = run_reader("node", &[&script, &expect_path, &gexf], NPM);
        assert!(text.contains("ok: graphology-gexf read"), "{view}: {text}");
    }
}

#[test]
fn the_readers_see_an_empty_export_as_an_empty_graph() {
    let dir = tempfile::tempdir().unwrap();
    let gexf = dir.path().join("empty.gexf");
    let graphml = dir.path().join("empty.graphml");
    for (path, format) in [(&gexf, "gexf"), (&graphml, "graphml")] {
        export(
            gold_store(),
            &[
                "--min-weight",
                "1000",
                "--format",
                format,
                "-o",
                &path.display().to_string(),
            ],
        );
    }
    let expect = dir.path().join("empty.json");
    std::fs::write(&expect, r#"{"nodes": {}, "edges": [], "dated_edges": 0}"#).unwrap();
    run_reader(
        "python3",
        &[
            &interop().join("check_networkx.py"),
            &expect,
            &graphml,
            &gexf,
        ],
        PIP,
    );
    run_reader(
        "node",
        &[&interop().join("check_graphology.mjs"), &expect, &gexf],
        NPM,
    );
}
