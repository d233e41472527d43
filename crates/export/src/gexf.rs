//! GEXF 1.3, the format Gephi opens natively, with its dynamics (timeline) and viz
//! (colour, size) parts.

use std::io::Write;

use crate::network::{EdgeRef, Node, Spell};
use crate::style::{color_of, node_size};
use crate::xml::escape;
use crate::{ExportError, Network};

/// The GEXF 1.3 namespace.
pub const GEXF_NS: &str = "http://gexf.net/1.3";
/// The namespace of `viz:color`, `viz:size` as the GEXF 1.3 primer and Gephi's own writer
/// use it.
pub const VIZ_NS: &str = "http://gexf.net/1.3/viz";

/// How node colours and sizes are written.
///
/// The published GEXF 1.3 XSD imports `viz.xsd` without a target namespace, so it accepts
/// `<color>` and `<size>` only as children in the GEXF namespace and rejects the `viz:`
/// prefixed elements of the primer. Gephi's importer matches elements by local name, so it
/// reads both forms; networkx looks for the viz namespace only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Viz {
    /// `<color>` / `<size>` as the XSD declares them: the file validates and Gephi reads
    /// the colours (the default, because our exports are checked against the schema).
    #[default]
    Schema,
    /// `<viz:color>` / `<viz:size>` in `http://gexf.net/1.3/viz`, as the primer writes them.
    Namespaced,
    /// No colours or sizes.
    Off,
}

/// What [`write_gexf_with`] writes beyond the graph itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GexfOptions {
    pub viz: Viz,
}

/// Writes the network as GEXF 1.3 with colours and sizes ([`GexfOptions::default`]).
pub fn write_gexf(net: &Network, out: &mut dyn Write) -> Result<(), ExportError> {
    write_gexf_with(net, &GexfOptions::default(), out)
}

/// Writes the network as GEXF 1.3: a directed, dynamic graph with `date` time format;
/// declared node attributes `kind`, `type`, `mentions`, `degree` (weighted), `cameo`,
/// `plover`, `polarity` (the last three on event nodes) and edge attributes `kind`, `cameo`,
/// `plover`, `polarity`; every edge with its label, weight and Gephi edge type
/// ([`crate::Edge::gephi_kind`]); dated edges and event nodes with `<spells>` so that
/// Gephi's timeline animates them. No timestamp or other varying data is written: the same
/// network gives the same bytes.
pub fn write_gexf_with(
    net: &Network,
    options: &GexfOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let mut text = String::new();
    document(net, options, &mut text);
    out.write_all(text.as_bytes()).map_err(ExportError::Write)?;
    out.flush().map_err(ExportError::Write)
}

fn document(net: &Network, options: &GexfOptions, w: &mut String) {
    w.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.push_str(&format!("<gexf xmlns=\"{GEXF_NS}\""));
    if options.viz == Viz::Namespaced {
        w.push_str(&format!(" xmlns:viz=\"{VIZ_NS}\""));
    }
    w.push_str(&format!(
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"{GEXF_NS} {GEXF_NS}/gexf.xsd\" version=\"1.3\">\n"
    ));
    w.push_str("  <meta>\n");
    w.push_str(&format!(
        "    <creator>newsgraph-export {}</creator>\n",
        env!("CARGO_PKG_VERSION")
    ));
    w.push_str(
        "    <description>Actors, places and events read from news articles by newsgraph\
         </description>\n",
    );
    w.push_str("  </meta>\n");
    w.push_str("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n");
    w.push_str("    <attributes class=\"node\" mode=\"static\">\n");
    attribute(w, "kind", "string");
    attribute(w, "type", "string");
    attribute(w, "mentions", "long");
    attribute(w, "degree", "long");
    attribute(w, "cameo", "string");
    attribute(w, "plover", "string");
    attribute(w, "polarity", "string");
    w.push_str("    </attributes>\n");
    w.push_str("    <attributes class=\"edge\" mode=\"static\">\n");
    attribute(w, "kind", "string");
    attribute(w, "cameo", "string");
    attribute(w, "plover", "string");
    attribute(w, "polarity", "string");
    w.push_str("    </attributes>\n");

    let nodes = net.nodes();
    let degrees = net.degrees();
    w.push_str(&format!("    <nodes count=\"{}\">\n", nodes.len()));
    for n in nodes {
        let degree = degrees.get(&n.id).copied().unwrap_or(0);
        node(w, n, degree, options);
    }
    w.push_str("    </nodes>\n");

    let edges = net.edges();
    w.push_str(&format!("    <edges count=\"{}\">\n", edges.len()));
    for (i, e) in edges.iter().enumerate() {
        edge(w, i, e);
    }
    w.push_str("    </edges>\n");
    w.push_str("  </graph>\n");
    w.push_str("</gexf>\n");
}

fn attribute(w: &mut String, id: &str, ty: &str) {
    w.push_str(&format!(
        "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>\n"
    ));
}

fn attvalue(w: &mut String, id: &str, value: &str) {
    w.push_str(&format!(
        "          <attvalue for=\"{id}\" value=\"{}\"/>\n",
        escape(value)
    ));
}

fn spells(w: &mut String, spells: &[Spell]) {
    if spells.is_empty() {
        return;
    }
    w.push_str("        <spells>\n");
    for s in spells {
        w.push_str(&format!(
            "          <spell start=\"{}\" end=\"{}\"/>\n",
            escape(&s.start),
            escape(&s.end)
        ));
    }
    w.push_str("        </spells>\n");
}

fn node(w: &mut String, n: &Node, degree: u64, options: &GexfOptions) {
    w.push_str(&format!(
        "      <node id=\"{}\" label=\"{}\">\n",
        escape(&n.id),
        escape(&n.label)
    ));
    w.push_str("        <attvalues>\n");
    attvalue(w, "kind", &n.kind);
    attvalue(w, "type", &n.etype);
    attvalue(w, "mentions", &n.mentions.to_string());
    attvalue(w, "degree", &degree.to_string());
    for (id, value) in [
        ("cameo", &n.cameo),
        ("plover", &n.plover),
        ("polarity", &n.polarity),
    ] {
        if let Some(v) = value {
            attvalue(w, id, v);
        }
    }
    w.push_str("        </attvalues>\n");
    spells(w, &n.spells);
    let prefix = match options.viz {
        Viz::Off => None,
        Viz::Schema => Some(""),
        Viz::Namespaced => Some("viz:"),
    };
    if let Some(p) = prefix {
        let [r, g, b] = color_of(&n.etype);
        w.push_str(&format!(
            "        <{p}color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>\n"
        ));
        w.push_str(&format!(
            "        <{p}size value=\"{:.2}\"/>\n",
            node_size(n, degree)
        ));
    }
    w.push_str("      </node>\n");
}

fn edge(w: &mut String, i: usize, e: &EdgeRef<'_>) {
    let edge = e.edge;
    w.push_str(&format!(
        "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" label=\"{}\" weight=\"{}\" kind=\"{}\"",
        escape(&e.source.id),
        escape(&e.target.id),
        escape(&edge.label),
        edge.weight,
        escape(&edge.gephi_kind()),
    ));
    // Spells say exactly when; an edge given only first and last dates gets them as its
    // interval (an open end where one is missing), which Gephi reads the same way.
    if edge.spells.is_empty() {
        for (name, day) in [("start", &edge.first_date), ("end", &edge.last_date)] {
            if let Some(day) = day {
                w.push_str(&format!(" {name}=\"{}\"", escape(day)));
            }
        }
    }
    w.push_str(">\n");
    w.push_str("        <attvalues>\n");
    attvalue(w, "kind", &edge.kind);
    for (id, value) in [
        ("cameo", &edge.cameo),
        ("plover", &edge.plover),
        ("polarity", &edge.polarity),
    ] {
        if let Some(v) = value {
            attvalue(w, id, v);
        }
    }
    w.push_str("        </attvalues>\n");
    spells(w, &edge.spells);
    w.push_str("      </edge>\n");
}
