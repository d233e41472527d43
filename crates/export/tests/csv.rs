//! Gephi spreadsheet CSV: exact content.

mod common;

use common::{iri, sample};
use newsgraph_export::{write_csv, write_edges_csv, Edge, Network, Node};

#[test]
fn sample_csv_is_exactly_this() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new/sub");
    write_csv(&sample(), &out).unwrap();
    let nodes = std::fs::read_to_string(out.join("nodes.csv")).unwrap();
    let edges = std::fs::read_to_string(out.join("edges.csv")).unwrap();
    let id = "https://w3id.org/newsgraph/id/";
    let expected_nodes = [
        "Id,Label,Kind,Type,Mentions,Degree,Cameo,Plover,Polarity".to_string(),
        // Degree is weighted: Borduria has accuse x2, a negated accuse and a role of weight 2.
        format!("{id}city/klow,Klow,place,city,0,3,,,"),
        format!("{id}country/bd,Borduria,actor,country,9,5,,,"),
        format!("{id}country/sy,Syldavia,actor,country,1,4,,,"),
        format!("{id}person/ana-lind,Ana Lind,actor,person,4,4,,,"),
        format!("{id}person/karel-vos,\"Karel \"\"KV\"\" Vos\",actor,person,0,2,,,"),
    ];
    let expected_edges = [
        "Source,Target,Type,Kind,Label,Weight,Cameo,Plover,Polarity,Start,End".to_string(),
        format!("{id}city/klow,{id}country/sy,Directed,role:located_in,located_in,1,,,asserted,,"),
        format!("{id}country/bd,{id}country/sy,Directed,event:accuse,accuse,2,112,REJECT,asserted,2024-05-01,2024-07-31"),
        format!("{id}country/bd,{id}country/sy,Directed,event:accuse:negated,accuse,1,112,REJECT,negated,,"),
        format!("{id}person/ana-lind,{id}city/klow,Directed,place:meet,meet,1,040,CONSULT,asserted,2024-06-03,2024-06-03"),
        format!("{id}person/ana-lind,{id}country/bd,Directed,role:spokesperson_of,spokesperson_of,2,,,asserted,,"),
        format!("{id}person/karel-vos,{id}city/klow,Directed,place:meet,meet,1,040,CONSULT,asserted,2024-06-03,2024-06-03"),
        format!("{id}person/karel-vos,{id}person/ana-lind,Directed,event:meet,meet,1,040,CONSULT,asserted,2024-06-03,2024-06-03"),
    ];
    let crlf = |lines: &[String]| lines.iter().map(|l| format!("{l}\r\n")).collect::<String>();
    assert_eq!(nodes, crlf(&expected_nodes));
    assert_eq!(edges, crlf(&expected_edges));
}

#[test]
fn fields_with_commas_quotes_and_line_breaks_are_quoted() {
    let mut net = Network::new();
    net.add_node(Node::new(
        iri("group/a"),
        "Farmers, \"united\"",
        "actor",
        "group",
    ))
    .unwrap();
    net.add_node(Node::new(iri("group/b"), "two\r\nlines", "actor", "group"))
        .unwrap();
    net.add_edge(
        &iri("group/a"),
        &iri("group/b"),
        Edge::new("event", "demand, loudly"),
    )
    .unwrap();
    let mut out = Vec::new();
    write_edges_csv(&net, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.ends_with(",Directed,\"event:demand, loudly\",\"demand, loudly\",1,,,,,\r\n"),
        "{text}"
    );
    let dir = tempfile::tempdir().unwrap();
    write_csv(&net, dir.path()).unwrap();
    let nodes = std::fs::read_to_string(dir.path().join("nodes.csv")).unwrap();
    assert!(
        nodes.contains(",\"Farmers, \"\"united\"\"\",actor,"),
        "{nodes}"
    );
    assert!(nodes.contains(",\"two\r\nlines\",actor,"), "{nodes}");
}

#[test]
fn a_file_in_the_way_is_reported_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("out");
    std::fs::write(&blocker, "not a directory").unwrap();
    let err = write_csv(&sample(), &blocker).unwrap_err();
    assert!(
        err.to_string().contains(&blocker.display().to_string()),
        "{err}"
    );
}
