//! GraphML, for tools other than Gephi (yEd, Cytoscape, igraph, NetworkX).

use std::io::Write;

use crate::xml::escape;
use crate::{ExportError, Network};

/// Every `<key>` the writer declares: (id, for, attr.name, attr.type). Each `<data>` it
/// writes uses one of these ids.
pub const GRAPHML_KEYS: [(&str, &str, &str, &str); 18] = [
    ("n_label", "node", "label", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_type", "node", "type", "string"),
    ("n_mentions", "node", "mentions", "long"),
    ("n_start", "node", "start", "string"),
    ("n_end", "node", "end", "string"),
    ("n_degree", "node", "degree", "long"),
    ("n_cameo", "node", "cameo", "string"),
    ("n_plover", "node", "plover", "string"),
    ("n_polarity", "node", "polarity", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_kind", "edge", "kind", "string"),
    ("e_cameo", "edge", "cameo", "string"),
    ("e_plover", "edge", "plover", "string"),
    ("e_polarity", "edge", "polarity", "string"),
    ("e_weight", "edge", "weight", "double"),
    ("e_start", "edge", "start", "string"),
    ("e_end", "edge", "end", "string"),
];

/// Writes the network as one directed GraphML graph. Node ids are the IRIs, edge ids `e0`,
/// `e1`, … in sorted order; absent values are left out, not written empty. Dates are the
/// first and last day (GraphML has no intervals), as `YYYY-MM-DD` strings.
pub fn write_graphml(net: &Network, out: &mut dyn Write) -> Result<(), ExportError> {
    let mut w = String::new();
    w.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, target, name, ty) in GRAPHML_KEYS {
        w.push_str(&format!(
            "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>\n"
        ));
    }
    w.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    let degrees = net.degrees();
    for n in net.nodes() {
        w.push_str(&format!("    <node id=\"{}\">\n", escape(&n.id)));
        let start = n.spells.first().map(|s| s.start.clone());
        let end = n.spells.iter().map(|s| &s.end).max().cloned();
        let mentions = n.mentions.to_string();
        let degree = degrees.get(&n.id).copied().unwrap_or(0).to_string();
        for (key, value) in [
            ("n_label", Some(&n.label)),
            ("n_kind", Some(&n.kind)),
            ("n_type", Some(&n.etype)),
            ("n_mentions", Some(&mentions)),
            ("n_start", start.as_ref()),
            ("n_end", end.as_ref()),
            ("n_degree", Some(&degree)),
            ("n_cameo", n.cameo.as_ref()),
            ("n_plover", n.plover.as_ref()),
            ("n_polarity", n.polarity.as_ref()),
        ] {
            data(&mut w, key, value);
        }
        w.push_str("    </node>\n");
    }
    for (i, e) in net.edges().iter().enumerate() {
        let edge = e.edge;
        w.push_str(&format!(
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">\n",
            escape(&e.source.id),
            escape(&e.target.id)
        ));
        let weight = edge.weight.to_string();
        for (key, value) in [
            ("e_label", Some(&edge.label)),
            ("e_kind", Some(&edge.kind)),
            ("e_cameo", edge.cameo.as_ref()),
            ("e_plover", edge.plover.as_ref()),
            ("e_polarity", edge.polarity.as_ref()),
            ("e_weight", Some(&weight)),
            ("e_start", edge.first_date.as_ref()),
            ("e_end", edge.last_date.as_ref()),
        ] {
            data(&mut w, key, value);
        }
        w.push_str("    </edge>\n");
    }
    w.push_str("  </graph>\n");
    w.push_str("</graphml>\n");
    out.write_all(w.as_bytes()).map_err(ExportError::Write)?;
    out.flush().map_err(ExportError::Write)
}

fn data(w: &mut String, key: &str, value: Option<&String>) {
    if let Some(v) = value {
        w.push_str(&format!("      <data key=\"{key}\">{}</data>\n", escape(v)));
    }
}
