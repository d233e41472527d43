//! GEXF 1.3: validity against the vendored XSD, exact form, timeline, escaping.

mod common;

use common::{assert_valid_gexf, assert_xmllint_ok, day, event, iri, sample, xmllint};
use newsgraph_export::{write_gexf, write_gexf_with, Edge, GexfOptions, Network, Node, Viz};

fn gexf(net: &Network, viz: Viz) -> String {
    let mut out = Vec::new();
    write_gexf_with(net, &GexfOptions { viz }, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn sample_validates_against_the_gexf_1_3_xsd() {
    assert_valid_gexf(&gexf(&sample(), Viz::Schema));
    assert_valid_gexf(&gexf(&sample(), Viz::Off));
}

/// The published XSD wants `color` and `size` in the GEXF namespace (its viz.xsd has no
/// target namespace), while the primer, Gephi and other readers use the viz namespace. So:
/// the viz elements must resolve to the viz namespace, and, moved into the GEXF namespace,
/// must satisfy the XSD's own colour and size types.
#[test]
fn viz_elements_are_in_the_viz_namespace_and_satisfy_the_xsd_types() {
    let net = sample();
    let text = gexf(&net, Viz::Namespaced);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("viz.gexf");
    std::fs::write(&file, &text).unwrap();
    let out = xmllint(
        &[
            "--xpath",
            "count(//*[namespace-uri()='http://gexf.net/1.3/viz'])",
        ],
        &file,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        (2 * net.node_count()).to_string()
    );

    // Moved into the GEXF namespace, the same elements are exactly the schema form.
    assert_eq!(
        text.replace("<viz:", "<")
            .replace(" xmlns:viz=\"http://gexf.net/1.3/viz\"", ""),
        gexf(&net, Viz::Schema)
    );

    // Without viz the file is the same but for the viz lines and namespace declaration.
    let stripped: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("<viz:"))
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        .replace(" xmlns:viz=\"http://gexf.net/1.3/viz\"", "");
    assert_eq!(stripped, gexf(&net, Viz::Off));
}

#[test]
fn default_writer_includes_colours_in_the_schema_form() {
    let mut out = Vec::new();
    write_gexf(&sample(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text, gexf(&sample(), Viz::Schema));
    assert!(text.contains("<color r="), "{text}");
    assert_valid_gexf(&text);
}

#[test]
fn empty_network_gives_a_valid_empty_gexf() {
    let net = Network::new();
    for viz in [Viz::Off, Viz::Schema, Viz::Namespaced] {
        let text = gexf(&net, viz);
        assert!(text.contains("<nodes count=\"0\">\n    </nodes>"), "{text}");
        assert!(text.contains("<edges count=\"0\">\n    </edges>"), "{text}");
        assert_valid_gexf(&text.replace("<viz:", "<"));
    }
}

#[test]
fn tiny_network_is_written_exactly() {
    let mut net = Network::new();
    let mut a = Node::new(iri("person/ana-lind"), "Ana Lind", "actor", "person");
    a.mentions = 4;
    net.add_node(a).unwrap();
    net.add_node(Node::new(iri("country/sy"), "Syldavia", "actor", "country"))
        .unwrap();
    net.add_edge(
        &iri("person/ana-lind"),
        &iri("country/sy"),
        event("accuse", "112", "REJECT", "negated").with_spell(day("2024-05-02")),
    )
    .unwrap();
    let expected = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>newsgraph-export {version}</creator>
    <description>Actors, places and events read from news articles by newsgraph</description>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <attributes class="node" mode="static">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="type" title="type" type="string"/>
      <attribute id="mentions" title="mentions" type="long"/>
      <attribute id="degree" title="degree" type="long"/>
      <attribute id="cameo" title="cameo" type="string"/>
      <attribute id="plover" title="plover" type="string"/>
      <attribute id="polarity" title="polarity" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="cameo" title="cameo" type="string"/>
      <attribute id="plover" title="plover" type="string"/>
      <attribute id="polarity" title="polarity" type="string"/>
    </attributes>
    <nodes count="2">
      <node id="https://w3id.org/newsgraph/id/country/sy" label="Syldavia">
        <attvalues>
          <attvalue for="kind" value="actor"/>
          <attvalue for="type" value="country"/>
          <attvalue for="mentions" value="0"/>
          <attvalue for="degree" value="1"/>
        </attvalues>
        <viz:color r="225" g="87" b="89"/>
        <viz:size value="13.00"/>
      </node>
      <node id="https://w3id.org/newsgraph/id/person/ana-lind" label="Ana Lind">
        <attvalues>
          <attvalue for="kind" value="actor"/>
          <attvalue for="type" value="person"/>
          <attvalue for="mentions" value="4"/>
          <attvalue for="degree" value="1"/>
        </attvalues>
        <viz:color r="78" g="121" b="167"/>
        <viz:size value="16.00"/>
      </node>
    </nodes>
    <edges count="1">
      <edge id="0" source="https://w3id.org/newsgraph/id/person/ana-lind" target="https://w3id.org/newsgraph/id/country/sy" label="accuse" weight="1" kind="event:accuse:negated">
        <attvalues>
          <attvalue for="kind" value="event"/>
          <attvalue for="cameo" value="112"/>
          <attvalue for="plover" value="REJECT"/>
          <attvalue for="polarity" value="negated"/>
        </attvalues>
        <spells>
          <spell start="2024-05-02" end="2024-05-02"/>
        </spells>
      </edge>
    </edges>
  </graph>
</gexf>
"#,
        version = env!("CARGO_PKG_VERSION")
    );
    // Syldavia is never mentioned, so its size follows its degree (1): 10 + 3 * sqrt(1).
    assert_eq!(gexf(&net, Viz::Namespaced), expected);
}

#[test]
fn timeline_spells_go_on_dated_edges_and_event_nodes_only() {
    let mut net = sample();
    let mut protest = Node::new(iri("event/w1/ev3"), "protest", "event", "event");
    protest.spells.push(day("2024-08-09"));
    net.add_node(protest).unwrap();
    net.add_edge(
        &iri("country/sy"),
        &iri("event/w1/ev3"),
        event("protest", "141", "PROTEST", "asserted").with_spell(day("2024-08-09")),
    )
    .unwrap();
    // An edge given only first and last dates gets them as start and end attributes.
    let mut hand = Edge::new("event", "visit");
    hand.first_date = Some("2024-01-02".into());
    hand.last_date = Some("2024-01-05".into());
    net.add_edge(&iri("person/karel-vos"), &iri("country/bd"), hand)
        .unwrap();

    let text = gexf(&net, Viz::Off);
    assert_valid_gexf(&text);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.gexf");
    std::fs::write(&file, &text).unwrap();
    let count = |xpath: &str| {
        let out = xmllint(&["--xpath", xpath], &file);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    // Dated: the two-spell accuse, meet, two place edges, the protest edge.
    assert_eq!(
        count("count(//*[local-name()='edge'][*[local-name()='spells']])"),
        "5"
    );
    assert_eq!(
        count("count(//*[local-name()='edge']//*[local-name()='spell'])"),
        "6"
    );
    assert_eq!(
        count("count(//*[local-name()='node'][*[local-name()='spells']])"),
        "1"
    );
    assert_eq!(
        count("string(//*[local-name()='node'][*[local-name()='spells']]/@id)"),
        iri("event/w1/ev3")
    );
    assert_eq!(count("count(//*[local-name()='edge'][@start])"), "1");
    assert_eq!(
        count("string(//*[local-name()='edge'][@start]/@end)"),
        "2024-01-05"
    );
    // Undated roles carry no time at all: Gephi shows them throughout.
    assert_eq!(
        count("count(//*[local-name()='edge'][@label='spokesperson_of'][@start or *[local-name()='spells']])"),
        "0"
    );
}

#[test]
fn awkward_labels_stay_well_formed_and_come_back_intact() {
    let mut net = Network::new();
    let label = "Q&A <b> \"quoted\" 'single' tab\there";
    net.add_node(Node::new(iri("group/odd"), label, "actor", "group"))
        .unwrap();
    net.add_node(Node::new(
        iri("group/ctl"),
        "bell\u{7}line\nbreak",
        "actor",
        "group",
    ))
    .unwrap();
    let text = gexf(&net, Viz::Namespaced);
    assert_valid_gexf(&text.replace("<viz:", "<"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("odd.gexf");
    std::fs::write(&file, &text).unwrap();
    assert_xmllint_ok(&["--noout"], &file);
    let out = xmllint(
        &["--xpath", "string(//*[local-name()='node'][2]/@label)"],
        &file,
    );
    // xmllint ends its answer with a line feed of its own.
    let answer = |out: std::process::Output| {
        let text = String::from_utf8(out.stdout).unwrap();
        text.strip_suffix('\n').unwrap().to_string()
    };
    assert_eq!(answer(out), label);
    let out = xmllint(
        &["--xpath", "string(//*[local-name()='node'][1]/@label)"],
        &file,
    );
    assert_eq!(answer(out), "bell\u{FFFD}line\nbreak");
}
