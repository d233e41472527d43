//! A small hand-made network about invented actors, and the xmllint runner.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use newsgraph_export::{Edge, Network, Node, Spell};

pub const ID: &str = "https://w3id.org/newsgraph/id/";

pub fn iri(tail: &str) -> String {
    format!("{ID}{tail}")
}

pub fn event(label: &str, cameo: &str, plover: &str, polarity: &str) -> Edge {
    let mut e = Edge::new("event", label);
    e.cameo = Some(cameo.into());
    e.plover = Some(plover.into());
    e.polarity = Some(polarity.into());
    e
}

pub fn day(d: &str) -> Spell {
    Spell::new(d, d)
}

/// Ana Lind speaks for Borduria, which accuses Syldavia twice (May and July) and is once
/// said not to have accused it; Karel Vos meets Ana Lind in Klow, a city of Syldavia.
/// Nodes and edges are added in a scrambled order on purpose.
pub fn sample() -> Network {
    let mut net = Network::new();
    let mut lind = Node::new(iri("person/ana-lind"), "Ana Lind", "actor", "person");
    lind.mentions = 4;
    let mut bd = Node::new(iri("country/bd"), "Borduria", "actor", "country");
    bd.mentions = 9;
    let mut sy = Node::new(iri("country/sy"), "Syldavia", "actor", "country");
    sy.mentions = 1;
    let vos = Node::new(
        iri("person/karel-vos"),
        "Karel \"KV\" Vos",
        "actor",
        "person",
    );
    let klow = Node::new(iri("city/klow"), "Klow", "place", "city");
    for n in [sy, klow, lind, vos, bd] {
        net.add_node(n).unwrap();
    }
    let (lind, bd, sy, vos, klow) = (
        iri("person/ana-lind"),
        iri("country/bd"),
        iri("country/sy"),
        iri("person/karel-vos"),
        iri("city/klow"),
    );
    net.add_edge(
        &bd,
        &sy,
        event("accuse", "112", "REJECT", "asserted")
            .with_spell(Spell::new("2024-07-01", "2024-07-31")),
    )
    .unwrap();
    net.add_edge(
        &vos,
        &lind,
        event("meet", "040", "CONSULT", "asserted").with_spell(day("2024-06-03")),
    )
    .unwrap();
    let mut role = Edge::new("role", "spokesperson_of");
    role.polarity = Some("asserted".into());
    role.weight = 2;
    net.add_edge(&lind, &bd, role).unwrap();
    net.add_edge(&bd, &sy, event("accuse", "112", "REJECT", "negated"))
        .unwrap();
    net.add_edge(
        &bd,
        &sy,
        event("accuse", "112", "REJECT", "asserted")
            .with_spell(Spell::new("2024-05-01", "2024-05-31")),
    )
    .unwrap();
    for who in [&vos, &lind] {
        net.add_edge(who, &klow, {
            let mut e = event("meet", "040", "CONSULT", "asserted").with_spell(day("2024-06-03"));
            e.kind = "place".into();
            e
        })
        .unwrap();
    }
    let mut located = Edge::new("role", "located_in");
    located.polarity = Some("asserted".into());
    net.add_edge(&klow, &sy, located).unwrap();
    net
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn gexf_xsd() -> PathBuf {
    repo_root().join("tests/schemas/gexf-1.3/gexf.xsd")
}

/// Runs xmllint; a missing xmllint fails the test, never skips it.
pub fn xmllint(args: &[&str], file: &Path) -> Output {
    Command::new("xmllint")
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run xmllint ({e}): the XML tests need it; install libxml2-utils \
                 (apt-get install libxml2-utils, or scripts/setup)"
            )
        })
}

/// Asserts that xmllint exits 0, showing its complaints otherwise.
pub fn assert_xmllint_ok(args: &[&str], file: &Path) {
    let out = xmllint(args, file);
    assert!(
        out.status.success(),
        "xmllint {args:?} {} failed:\n{}\n--- file ---\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(file).unwrap_or_default()
    );
}

/// Validates GEXF text against the vendored GEXF 1.3 XSD.
pub fn assert_valid_gexf(text: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("graph.gexf");
    std::fs::write(&file, text).unwrap();
    let xsd = gexf_xsd();
    assert!(xsd.is_file(), "vendored schema missing: {}", xsd.display());
    assert_xmllint_ok(&["--noout", "--schema", xsd.to_str().unwrap()], &file);
}
