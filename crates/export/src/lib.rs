//! Network exports of the newsgraph store, for Gephi and other graph tools.
//!
//! [`export_network`] reads the store (one indexed pass per predicate, see the `facts`
//! module; the actor view as one query that counts events per edge inside Oxigraph, see
//! the `actors` module) into a [`Network`] of the [`View`] asked for — `actors` (directed
//! event edges between actors, typed by CAMEO and PLOVER, weighted by count, with
//! polarity), `events` (bipartite actor–event), `roles`, `places` or `full` — after the
//! filters of [`ExportOptions`] (dates, articles, news agency, event type, polarity,
//! minimum weight, neighbourhood). [`construct_query`] gives the same selection as a SPARQL
//! CONSTRUCT a user can run. Edges with the same source, target, kind, label and polarity
//! merge, their weight counting the events or statements behind them and their dates
//! widening. The writers turn a network into
//!
//! - [`write_gexf`]: GEXF 1.3, Gephi's own format: declared attributes, a colour per type
//!   and a size per mention count or degree (see [`style`]), and spells on dated edges and
//!   event nodes so that Gephi's timeline plays the events in order;
//! - [`write_graphml`]: GraphML with a `<key>` for every attribute;
//! - [`write_csv`]: `nodes.csv` and `edges.csv` for Gephi's spreadsheet import;
//! - [`write_svg`] and [`write_png`]: a picture, laid out from a fixed seed, with a legend.
//!
//! Nodes are written sorted by IRI and edges by source, target, kind, label and polarity,
//! and nothing varying (no timestamp) is written: the same store and options give
//! byte-identical files.
//!
//! It is not Gephi (its picture is a quick look, not an analysis tool) and it does not
//! query the text: evidence, attribution and confidence stay in the store, for
//! `newsgraph query`.
//!
//! ```
//! use newsgraph_export::{write_csv, write_gexf, Edge, Network, Node, Spell};
//!
//! let mut net = Network::new();
//! let lind = "https://w3id.org/newsgraph/id/person/ana-lind";
//! let borduria = "https://w3id.org/newsgraph/id/country/bd";
//! net.add_node(Node::new(lind, "Ana Lind", "actor", "person"))?;
//! net.add_node(Node::new(borduria, "Borduria", "actor", "country"))?;
//! for month in ["2024-05", "2024-07"] {
//!     let mut accuse = Edge::new("event", "accuse")
//!         .with_spell(Spell::new(format!("{month}-01"), format!("{month}-31")));
//!     accuse.polarity = Some("asserted".into());
//!     net.add_edge(lind, borduria, accuse)?;
//! }
//! assert_eq!(net.edge_count(), 1); // the two accusations are one edge of weight 2
//!
//! let mut gexf = Vec::new();
//! write_gexf(&net, &mut gexf)?;
//! let gexf = String::from_utf8(gexf)?;
//! assert!(gexf.contains(r#"label="accuse" weight="2" kind="event:accuse""#));
//! assert!(gexf.contains(r#"<spell start="2024-07-01" end="2024-07-31"/>"#));
//!
//! let dir = tempfile::tempdir()?;
//! write_csv(&net, dir.path())?;
//! let edges = std::fs::read_to_string(dir.path().join("edges.csv"))?;
//! assert!(edges.ends_with(",Directed,event:accuse,accuse,2,,,asserted,2024-05-01,2024-07-31\r\n"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod actors;
mod csv;
mod error;
mod facts;
mod filter;
mod from_store;
mod gexf;
mod graphml;
mod network;
mod picture;
mod sparql;
pub mod style;
mod view;
mod xml;

pub use csv::{write_csv, write_edges_csv, write_nodes_csv, EDGES_HEADER, NODES_HEADER};
pub use error::ExportError;
pub use filter::{Checked, ExportOptions, View, PLOVER, POLARITIES};
pub use from_store::{export_network, network_from_store};
pub use gexf::{write_gexf, write_gexf_with, GexfOptions, Viz, GEXF_NS, VIZ_NS};
pub use graphml::{write_graphml, GRAPHML_KEYS};
pub use network::{
    is_day, Edge, EdgeRef, Network, Node, Spell, KIND_ACTOR, KIND_EVENT, KIND_PLACE,
    KIND_PLACE_EDGE, KIND_ROLE,
};
pub use picture::{layout, render_png, render_svg, write_png, write_svg, PictureOptions};
pub use sparql::construct_query;
