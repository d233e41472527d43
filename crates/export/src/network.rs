//! The network the writers export: entities (and one-sided events) as nodes, events,
//! roles and places as directed edges, parallel edges of the same meaning merged.

use indexmap::IndexMap;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};

use crate::ExportError;

/// `Node::kind` of actors (people, organisations, countries, polities, groups).
pub const KIND_ACTOR: &str = "actor";
/// `Node::kind` of places (cities, regions, facilities, lines, locations).
pub const KIND_PLACE: &str = "place";
/// `Node::kind` of an event that has no actor on one side, and `Edge::kind` of an event
/// between two actors (or between an actor and such an event node).
pub const KIND_EVENT: &str = "event";
/// `Edge::kind` of an asserted role relation (`spokesperson_of`, `leader_of`, …).
pub const KIND_ROLE: &str = "role";
/// `Edge::kind` of "this actor took part in this event at this place".
pub const KIND_PLACE_EDGE: &str = "place";

/// A closed span of days, both ends `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Spell {
    pub start: String,
    pub end: String,
}

impl Spell {
    pub fn new(start: impl Into<String>, end: impl Into<String>) -> Self {
        Spell {
            start: start.into(),
            end: end.into(),
        }
    }
}

/// An actor, a place, or an event drawn as a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The IRI; also the node id in every output format.
    pub id: String,
    pub label: String,
    /// [`KIND_ACTOR`], [`KIND_PLACE`] or [`KIND_EVENT`].
    pub kind: String,
    /// The entity type (`person`, `country`, … as `EntityType::as_str`), `event` for event
    /// nodes, `unknown` for an endpoint the store says nothing else about.
    pub etype: String,
    /// How many text mentions point at it (`nif:Phrase` with `itsrdf:taIdentRef`).
    pub mentions: u64,
    /// When it exists; empty means always (entities are not dated, event nodes are).
    pub spells: Vec<Spell>,
    /// An event node's CAMEO code, PLOVER category and polarity; `None` on entities.
    pub cameo: Option<String>,
    pub plover: Option<String>,
    pub polarity: Option<String>,
}

impl Node {
    /// A node with no mentions and no dates.
    pub fn new(
        id: impl Into<String>,
        label: impl Into<String>,
        kind: impl Into<String>,
        etype: impl Into<String>,
    ) -> Self {
        Node {
            id: id.into(),
            label: label.into(),
            kind: kind.into(),
            etype: etype.into(),
            mentions: 0,
            spells: Vec::new(),
            cameo: None,
            plover: None,
            polarity: None,
        }
    }
}

/// A directed edge. Edges with the same source, target, `kind`, `label` and `polarity` are
/// one edge: [`Network::add_edge`] adds their weights and widens their dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// [`KIND_EVENT`], [`KIND_ROLE`] or [`KIND_PLACE_EDGE`].
    pub kind: String,
    /// The event label (`accuse`) or relation name (`spokesperson_of`).
    pub label: String,
    pub cameo: Option<String>,
    pub plover: Option<String>,
    /// `asserted`, `negated` or `unrealised`.
    pub polarity: Option<String>,
    /// How many events or statements this edge stands for.
    pub weight: u64,
    /// The earliest day of any of its spells, `YYYY-MM-DD`.
    pub first_date: Option<String>,
    /// The latest day of any of its spells.
    pub last_date: Option<String>,
    /// The days its events cover, sorted, overlapping spells joined. Empty for an undated
    /// edge, which Gephi then shows at every time.
    pub spells: Vec<Spell>,
}

impl Edge {
    /// An undated edge of weight 1.
    pub fn new(kind: impl Into<String>, label: impl Into<String>) -> Self {
        Edge {
            kind: kind.into(),
            label: label.into(),
            cameo: None,
            plover: None,
            polarity: None,
            weight: 1,
            first_date: None,
            last_date: None,
            spells: Vec::new(),
        }
    }

    /// Adds a spell and widens the first and last dates to cover it.
    pub fn with_spell(mut self, spell: Spell) -> Self {
        self.spells.push(spell);
        self.spells = coalesce(std::mem::take(&mut self.spells));
        self.widen_dates();
        self
    }

    /// The edge type Gephi keeps parallel edges apart by (GEXF `kind`, CSV `Kind`):
    /// `event:accuse`, `role:leader_of`, `place:meet`, with `:negated` or `:unrealised`
    /// appended when the polarity is not `asserted`. Gephi allows one edge per source,
    /// target and type, so two edges that differ in kind, label or polarity must differ here.
    pub fn gephi_kind(&self) -> String {
        let mut out = format!("{}:{}", self.kind, self.label);
        if let Some(p) = self.polarity.as_deref().filter(|p| *p != "asserted") {
            out.push(':');
            out.push_str(p);
        }
        out
    }

    fn key(&self, source: NodeIndex, target: NodeIndex) -> EdgeKey {
        (
            source,
            target,
            self.kind.clone(),
            self.label.clone(),
            self.polarity.clone(),
        )
    }

    fn widen_dates(&mut self) {
        for s in &self.spells {
            min_into(&mut self.first_date, Some(s.start.clone()));
            max_into(&mut self.last_date, Some(s.end.clone()));
        }
    }

    /// Folds a parallel edge of the same meaning into this one. The result does not depend
    /// on the order edges arrive in.
    fn absorb(&mut self, other: Edge) {
        self.weight = self.weight.saturating_add(other.weight);
        min_into(&mut self.cameo, other.cameo);
        min_into(&mut self.plover, other.plover);
        min_into(&mut self.first_date, other.first_date);
        max_into(&mut self.last_date, other.last_date);
        self.spells.extend(other.spells);
        self.spells = coalesce(std::mem::take(&mut self.spells));
        self.widen_dates();
    }
}

type EdgeKey = (NodeIndex, NodeIndex, String, String, Option<String>);

/// Keeps a present value over an absent one, and the smaller of two present ones.
fn min_into(slot: &mut Option<String>, other: Option<String>) {
    if let Some(o) = other {
        match slot {
            Some(s) if *s <= o => {}
            _ => *slot = Some(o),
        }
    }
}

fn max_into(slot: &mut Option<String>, other: Option<String>) {
    if let Some(o) = other {
        match slot {
            Some(s) if *s >= o => {}
            _ => *slot = Some(o),
        }
    }
}

/// Sorts spells and joins those that overlap or touch on a day: Gephi refuses overlapping
/// intervals on one element. `YYYY-MM-DD` strings sort as the days they name.
pub(crate) fn coalesce(mut spells: Vec<Spell>) -> Vec<Spell> {
    spells.sort();
    let mut out: Vec<Spell> = Vec::with_capacity(spells.len());
    for s in spells {
        match out.last_mut() {
            Some(last) if s.start <= last.end => {
                if s.end > last.end {
                    last.end = s.end;
                }
            }
            _ => out.push(s),
        }
    }
    out
}

/// True for `YYYY-MM-DD` with a month 01–12 and a day 01–31: what GEXF's `xs:date` needs
/// of us (the store only writes real days).
pub fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) {
        return false;
    }
    if !digits(5..7) || !digits(8..10) {
        return false;
    }
    let month = (b[5] - b'0') * 10 + (b[6] - b'0');
    let day = (b[8] - b'0') * 10 + (b[9] - b'0');
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

fn check_spells(what: &str, spells: &[Spell]) -> Result<(), ExportError> {
    for s in spells {
        if !is_day(&s.start) || !is_day(&s.end) || s.start > s.end {
            return Err(ExportError::BadDate {
                what: what.to_string(),
                value: format!("{}/{}", s.start, s.end),
            });
        }
    }
    Ok(())
}

fn check_day(what: &str, day: &Option<String>) -> Result<(), ExportError> {
    match day {
        Some(d) if !is_day(d) => Err(ExportError::BadDate {
            what: what.to_string(),
            value: d.clone(),
        }),
        _ => Ok(()),
    }
}

/// One edge with its endpoints, as the writers see it.
#[derive(Debug, Clone, Copy)]
pub struct EdgeRef<'a> {
    pub source: &'a Node,
    pub target: &'a Node,
    pub edge: &'a Edge,
}

/// A directed multigraph of [`Node`]s and merged [`Edge`]s, keyed by IRI.
///
/// Iteration through [`Network::nodes`] and [`Network::edges`] is sorted (nodes by IRI,
/// edges by source, target, kind, label, polarity) whatever order things were added in,
/// which is what makes the written files byte-identical for the same content.
#[derive(Debug, Clone, Default)]
pub struct Network {
    graph: StableDiGraph<Node, Edge>,
    index: IndexMap<String, NodeIndex>,
    edge_index: IndexMap<EdgeKey, EdgeIndex>,
}

impl Network {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a node. Refuses an IRI already present and dates that are not days.
    pub fn add_node(&mut self, mut node: Node) -> Result<NodeIndex, ExportError> {
        if self.index.contains_key(&node.id) {
            return Err(ExportError::DuplicateNode { iri: node.id });
        }
        check_spells(&format!("node {}", node.id), &node.spells)?;
        node.spells = coalesce(std::mem::take(&mut node.spells));
        let id = node.id.clone();
        let ix = self.graph.add_node(node);
        self.index.insert(id, ix);
        Ok(ix)
    }

    /// Adds an edge between two nodes already present, or merges it into the edge with the
    /// same source, target, kind, label and polarity: weights add up, dates widen, spells
    /// join.
    pub fn add_edge(
        &mut self,
        source: &str,
        target: &str,
        mut edge: Edge,
    ) -> Result<EdgeIndex, ExportError> {
        let missing = |iri: &str| ExportError::UnknownNode {
            from: source.to_string(),
            to: target.to_string(),
            missing: iri.to_string(),
        };
        let s = *self.index.get(source).ok_or_else(|| missing(source))?;
        let t = *self.index.get(target).ok_or_else(|| missing(target))?;
        let what = format!("edge {source} -> {target} ({})", edge.gephi_kind());
        check_spells(&what, &edge.spells)?;
        check_day(&what, &edge.first_date)?;
        check_day(&what, &edge.last_date)?;
        edge.spells = coalesce(std::mem::take(&mut edge.spells));
        edge.widen_dates();
        let key = edge.key(s, t);
        if let Some(&ix) = self.edge_index.get(&key) {
            if let Some(existing) = self.graph.edge_weight_mut(ix) {
                existing.absorb(edge);
                return Ok(ix);
            }
        }
        let ix = self.graph.add_edge(s, t, edge);
        self.edge_index.insert(key, ix);
        Ok(ix)
    }

    /// The node with this IRI.
    pub fn node(&self, iri: &str) -> Option<&Node> {
        self.index
            .get(iri)
            .and_then(|&ix| self.graph.node_weight(ix))
    }

    /// True when a node has this IRI.
    pub fn contains(&self, iri: &str) -> bool {
        self.index.contains_key(iri)
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Edges after merging.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// True when there is no node (and so no edge).
    pub fn is_empty(&self) -> bool {
        self.graph.node_count() == 0
    }

    /// Every node, sorted by IRI.
    pub fn nodes(&self) -> Vec<&Node> {
        let mut nodes: Vec<&Node> = self.graph.node_weights().collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        nodes
    }

    /// Every edge, sorted by source IRI, target IRI, kind, label and polarity.
    pub fn edges(&self) -> Vec<EdgeRef<'_>> {
        let mut edges: Vec<EdgeRef<'_>> = self
            .graph
            .edge_indices()
            .filter_map(|ix| {
                let (s, t) = self.graph.edge_endpoints(ix)?;
                Some(EdgeRef {
                    source: self.graph.node_weight(s)?,
                    target: self.graph.node_weight(t)?,
                    edge: self.graph.edge_weight(ix)?,
                })
            })
            .collect();
        edges.sort_by(|a, b| {
            (
                &a.source.id,
                &a.target.id,
                &a.edge.kind,
                &a.edge.label,
                &a.edge.polarity,
            )
                .cmp(&(
                    &b.source.id,
                    &b.target.id,
                    &b.edge.kind,
                    &b.edge.label,
                    &b.edge.polarity,
                ))
        });
        edges
    }

    /// A new network of the nodes and edges that pass: an edge stays when both its ends
    /// stay and `keep_edge` holds; a node stays when `keep_node` holds and, unless
    /// `keep_isolated`, some kept edge touches it.
    pub fn retain(
        &self,
        keep_node: impl Fn(&Node) -> bool,
        keep_edge: impl Fn(&Edge) -> bool,
        keep_isolated: bool,
    ) -> Result<Network, ExportError> {
        let edges: Vec<EdgeRef<'_>> = self
            .edges()
            .into_iter()
            .filter(|e| keep_node(e.source) && keep_node(e.target) && keep_edge(e.edge))
            .collect();
        let touched: std::collections::BTreeSet<&str> = edges
            .iter()
            .flat_map(|e| [e.source.id.as_str(), e.target.id.as_str()])
            .collect();
        let mut out = Network::new();
        for n in self.nodes() {
            if keep_node(n) && (keep_isolated || touched.contains(n.id.as_str())) {
                out.add_node(n.clone())?;
            }
        }
        for e in edges {
            out.add_edge(&e.source.id, &e.target.id, e.edge.clone())?;
        }
        Ok(out)
    }

    /// How many edges touch each node, by IRI (a weighted count: the sum of weights).
    pub fn degrees(&self) -> indexmap::IndexMap<String, u64> {
        let mut out: indexmap::IndexMap<String, u64> = indexmap::IndexMap::new();
        for n in self.nodes() {
            out.insert(n.id.clone(), 0);
        }
        for e in self.edges() {
            for end in [&e.source.id, &e.target.id] {
                if let Some(d) = out.get_mut(end) {
                    *d = d.saturating_add(e.edge.weight);
                }
            }
        }
        out
    }

    /// The petgraph graph, for graph algorithms. Its index order is insertion order, not
    /// the sorted order the writers use.
    pub fn graph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_spells_join_and_disjoint_ones_stay() {
        let joined = coalesce(vec![
            Spell::new("2024-03-01", "2024-03-31"),
            Spell::new("2024-01-01", "2024-01-31"),
            Spell::new("2024-03-31", "2024-04-02"),
            Spell::new("2024-03-05", "2024-03-06"),
        ]);
        assert_eq!(
            joined,
            vec![
                Spell::new("2024-01-01", "2024-01-31"),
                Spell::new("2024-03-01", "2024-04-02"),
            ]
        );
    }

    #[test]
    fn days_are_checked() {
        assert!(is_day("2024-02-29"));
        for bad in [
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024-01-00",
            "2024/01/01",
            "",
        ] {
            assert!(!is_day(bad), "{bad}");
        }
    }

    #[test]
    fn merging_ignores_arrival_order() {
        let a = Edge::new(KIND_EVENT, "meet").with_spell(Spell::new("2024-05-01", "2024-05-01"));
        let mut b =
            Edge::new(KIND_EVENT, "meet").with_spell(Spell::new("2023-01-01", "2023-12-31"));
        b.cameo = Some("040".into());
        let mut ab = a.clone();
        ab.absorb(b.clone());
        let mut ba = b;
        ba.absorb(a);
        assert_eq!(ab, ba);
        assert_eq!(ab.weight, 2);
        assert_eq!(ab.first_date.as_deref(), Some("2023-01-01"));
        assert_eq!(ab.last_date.as_deref(), Some("2024-05-01"));
        assert_eq!(ab.cameo.as_deref(), Some("040"));
    }
}
