//! GraphML: well-formed, directed, every value under a declared key.

mod common;

use common::{assert_xmllint_ok, sample, xmllint};
use newsgraph_export::{write_graphml, Network, GRAPHML_KEYS};

fn written(net: &Network) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let mut out = Vec::new();
    write_graphml(net, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("graph.graphml");
    std::fs::write(&file, &text).unwrap();
    (dir, file, text)
}

fn xpath(file: &std::path::Path, expr: &str) -> String {
    let out = xmllint(&["--xpath", expr], file);
    assert!(
        out.status.success(),
        "{expr}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn graphml_is_well_formed_directed_and_fully_keyed() {
    let net = sample();
    let (_dir, file, _) = written(&net);
    assert_xmllint_ok(&["--noout"], &file);
    assert_eq!(
        xpath(
            &file,
            "string(/*[local-name()='graphml']/*[local-name()='graph']/@edgedefault)"
        ),
        "directed"
    );
    assert_eq!(
        xpath(&file, "count(//*[local-name()='key'])"),
        GRAPHML_KEYS.len().to_string()
    );
    assert_eq!(xpath(&file, "count(//*[local-name()='node'])"), "5");
    assert_eq!(xpath(&file, "count(//*[local-name()='edge'])"), "7");
    // Every <data> refers to a key declared for its element kind.
    for element in ["node", "edge"] {
        let undeclared = format!(
            "count(//*[local-name()='{element}']/*[local-name()='data']\
             [not(@key = //*[local-name()='key'][@for='{element}']/@id)])"
        );
        assert_eq!(xpath(&file, &undeclared), "0", "{element}");
    }
    // Values come through: the merged accusation and the quoted name.
    assert_eq!(
        xpath(
            &file,
            "string(//*[local-name()='edge'][@id='e1']/*[@key='e_weight'])"
        ),
        "2"
    );
    assert_eq!(
        xpath(
            &file,
            "string(//*[local-name()='edge'][@id='e1']/*[@key='e_start'])"
        ),
        "2024-05-01"
    );
    assert_eq!(
        xpath(
            &file,
            "string(//*[local-name()='node'][5]/*[@key='n_label'])"
        ),
        "Karel \"KV\" Vos"
    );
}

#[test]
fn keys_use_graphml_types_and_unique_ids() {
    let mut ids: Vec<&str> = GRAPHML_KEYS.iter().map(|k| k.0).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), GRAPHML_KEYS.len());
    for (id, target, _, ty) in GRAPHML_KEYS {
        assert!(["node", "edge"].contains(&target), "{id}");
        assert!(
            ["boolean", "int", "long", "float", "double", "string"].contains(&ty),
            "{id}"
        );
    }
}

#[test]
fn absent_values_are_left_out_and_empty_graph_is_well_formed() {
    let (_dir, file, text) = written(&sample());
    // The role edge has no CAMEO code and no date: no empty <data> for them.
    assert!(!text.contains("></data>"), "empty data element written");
    assert_eq!(
        xpath(
            &file,
            "count(//*[local-name()='edge'][@id='e0']/*[@key='e_cameo' or @key='e_start'])"
        ),
        "0"
    );
    let (_dir, file, _) = written(&Network::new());
    assert_xmllint_ok(&["--noout"], &file);
    assert_eq!(xpath(&file, "count(//*[local-name()='node'])"), "0");
}
