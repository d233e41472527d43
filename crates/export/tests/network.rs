//! The network: exact nodes and edges, merging, sorted order, refusals.

mod common;

use common::{day, event, iri, sample, ID};
use newsgraph_export::{
    write_csv, write_gexf, write_graphml, Edge, ExportError, Network, Node, Spell,
};

fn tail(s: &str) -> &str {
    s.strip_prefix(ID).unwrap()
}

#[test]
fn sample_has_exactly_its_nodes_sorted_by_iri() {
    let net = sample();
    let nodes: Vec<(&str, &str, &str, &str, u64)> = net
        .nodes()
        .iter()
        .map(|n| {
            (
                tail(&n.id),
                n.label.as_str(),
                n.kind.as_str(),
                n.etype.as_str(),
                n.mentions,
            )
        })
        .collect();
    assert_eq!(
        nodes,
        [
            ("city/klow", "Klow", "place", "city", 0),
            ("country/bd", "Borduria", "actor", "country", 9),
            ("country/sy", "Syldavia", "actor", "country", 1),
            ("person/ana-lind", "Ana Lind", "actor", "person", 4),
            ("person/karel-vos", "Karel \"KV\" Vos", "actor", "person", 0),
        ]
    );
}

#[test]
fn parallel_edges_of_one_meaning_merge_and_others_stay_apart() {
    let net = sample();
    let edges: Vec<_> = net
        .edges()
        .iter()
        .map(|e| {
            (
                tail(&e.source.id),
                tail(&e.target.id),
                e.edge.kind.as_str(),
                e.edge.label.as_str(),
                e.edge.polarity.as_deref(),
                e.edge.weight,
                e.edge.first_date.as_deref(),
                e.edge.last_date.as_deref(),
            )
        })
        .collect();
    let asserted = Some("asserted");
    assert_eq!(
        edges,
        [
            (
                "city/klow",
                "country/sy",
                "role",
                "located_in",
                asserted,
                1,
                None,
                None
            ),
            // Two accusations, in May and in July: one edge, weight 2, dates widened.
            (
                "country/bd",
                "country/sy",
                "event",
                "accuse",
                asserted,
                2,
                Some("2024-05-01"),
                Some("2024-07-31")
            ),
            // The denied one differs in polarity, so it stays its own edge.
            (
                "country/bd",
                "country/sy",
                "event",
                "accuse",
                Some("negated"),
                1,
                None,
                None
            ),
            (
                "person/ana-lind",
                "city/klow",
                "place",
                "meet",
                asserted,
                1,
                Some("2024-06-03"),
                Some("2024-06-03")
            ),
            (
                "person/ana-lind",
                "country/bd",
                "role",
                "spokesperson_of",
                asserted,
                2,
                None,
                None
            ),
            (
                "person/karel-vos",
                "city/klow",
                "place",
                "meet",
                asserted,
                1,
                Some("2024-06-03"),
                Some("2024-06-03")
            ),
            (
                "person/karel-vos",
                "person/ana-lind",
                "event",
                "meet",
                asserted,
                1,
                Some("2024-06-03"),
                Some("2024-06-03")
            ),
        ]
    );
    let accuse = net.edges()[1].edge;
    assert_eq!(
        accuse.spells,
        [
            Spell::new("2024-05-01", "2024-05-31"),
            Spell::new("2024-07-01", "2024-07-31")
        ]
    );
    assert_eq!(accuse.gephi_kind(), "event:accuse");
    assert_eq!(net.edges()[2].edge.gephi_kind(), "event:accuse:negated");
}

#[test]
fn merging_adds_weights_and_joins_overlapping_spells() {
    let mut net = Network::new();
    for n in ["a", "b"] {
        net.add_node(Node::new(iri(n), n, "actor", "group"))
            .unwrap();
    }
    let spells = [
        ("2024-01-01", "2024-01-31"),
        ("2024-01-15", "2024-02-10"),
        ("2023-12-31", "2023-12-31"),
    ];
    for (s, e) in spells {
        let mut edge = event("protest", "141", "PROTEST", "asserted").with_spell(Spell::new(s, e));
        edge.weight = 3;
        net.add_edge(&iri("a"), &iri("b"), edge).unwrap();
    }
    // Same pair, same label, but undated: still the same edge; the dates stay.
    net.add_edge(
        &iri("a"),
        &iri("b"),
        event("protest", "141", "PROTEST", "asserted"),
    )
    .unwrap();
    assert_eq!(net.edge_count(), 1);
    let e = net.edges()[0].edge;
    assert_eq!(e.weight, 10);
    assert_eq!(
        e.spells,
        [
            Spell::new("2023-12-31", "2023-12-31"),
            Spell::new("2024-01-01", "2024-02-10")
        ]
    );
    assert_eq!(
        (e.first_date.as_deref(), e.last_date.as_deref()),
        (Some("2023-12-31"), Some("2024-02-10"))
    );
    // The reverse direction is another edge.
    net.add_edge(
        &iri("b"),
        &iri("a"),
        event("protest", "141", "PROTEST", "asserted"),
    )
    .unwrap();
    assert_eq!(net.edge_count(), 2);
}

/// Writes all three formats and returns their bytes.
fn all_outputs(net: &Network) -> Vec<Vec<u8>> {
    let mut gexf = Vec::new();
    write_gexf(net, &mut gexf).unwrap();
    let mut graphml = Vec::new();
    write_graphml(net, &mut graphml).unwrap();
    let dir = tempfile::tempdir().unwrap();
    write_csv(net, dir.path()).unwrap();
    let nodes = std::fs::read(dir.path().join("nodes.csv")).unwrap();
    let edges = std::fs::read(dir.path().join("edges.csv")).unwrap();
    vec![gexf, graphml, nodes, edges]
}

#[test]
fn same_content_in_another_order_writes_the_same_bytes() {
    let net = sample();
    let first = all_outputs(&net);
    assert_eq!(first, all_outputs(&net), "writing twice differs");

    // Rebuild from the sorted content, nodes and edges in reverse order.
    let mut rebuilt = Network::new();
    for n in net.nodes().into_iter().rev() {
        rebuilt.add_node(n.clone()).unwrap();
    }
    for e in net.edges().into_iter().rev() {
        rebuilt
            .add_edge(&e.source.id, &e.target.id, e.edge.clone())
            .unwrap();
    }
    assert_eq!(
        first,
        all_outputs(&rebuilt),
        "insertion order leaked into output"
    );
}

#[test]
fn bad_additions_are_refused_with_what_to_fix() {
    let mut net = sample();
    let err = net
        .add_node(Node::new(iri("country/bd"), "Again", "actor", "country"))
        .unwrap_err();
    assert!(matches!(err, ExportError::DuplicateNode { .. }), "{err}");

    let err = net
        .add_edge(
            &iri("country/bd"),
            &iri("country/zz"),
            Edge::new("event", "meet"),
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("no node https://w3id.org/newsgraph/id/country/zz"),
        "{err}"
    );

    for spell in [
        Spell::new("2024-05", "2024-05-31"),
        Spell::new("2024-06-02", "2024-06-01"),
    ] {
        let err = net
            .add_edge(
                &iri("country/bd"),
                &iri("country/sy"),
                Edge::new("event", "meet").with_spell(spell),
            )
            .unwrap_err();
        assert!(matches!(err, ExportError::BadDate { .. }), "{err}");
    }
    let mut dated = Node::new(iri("event/x"), "x", "event", "event");
    dated.spells.push(day("198X"));
    assert!(matches!(
        net.add_node(dated),
        Err(ExportError::BadDate { .. })
    ));
    // Nothing refused was added.
    assert_eq!((net.node_count(), net.edge_count()), (5, 7));
}
