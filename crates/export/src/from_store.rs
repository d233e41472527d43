//! Reading the network out of the store with the SELECTs of [`crate::queries`].

use std::collections::{BTreeMap, BTreeSet};

use newsgraph_model::RelationType;
use newsgraph_store::{Store, Table};

use crate::network::{
    is_day, Spell, KIND_ACTOR, KIND_EVENT, KIND_PLACE, KIND_PLACE_EDGE, KIND_ROLE,
};
use crate::queries::{self, NG};
use crate::{Edge, ExportError, Network, Node};

const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";

/// A query's rows as the named columns, in the order asked for.
fn columns<const N: usize>(
    table: &Table,
    query: &'static str,
    vars: [&'static str; N],
) -> Result<Vec<[Option<String>; N]>, ExportError> {
    let mut at = [0; N];
    for (slot, var) in at.iter_mut().zip(vars) {
        *slot = table
            .column(var)
            .ok_or(ExportError::Column { query, var })?;
    }
    Ok(table
        .rows
        .iter()
        .map(|row| at.map(|i| row.get(i).cloned().flatten()))
        .collect())
}

fn number(
    query: &'static str,
    var: &'static str,
    cell: Option<String>,
) -> Result<u64, ExportError> {
    match cell {
        None => Ok(0),
        Some(v) => v.parse().map_err(|_| ExportError::Number {
            query,
            var,
            value: v,
        }),
    }
}

#[derive(Default)]
struct EntityRows {
    actor: bool,
    place: bool,
    types: BTreeSet<String>,
    labels: BTreeSet<String>,
}

impl EntityRows {
    /// The fullest name wins ("Ana Lind" over "Lind"), ties going to the first in
    /// code-point order, so that the choice never depends on row order.
    fn label(&self) -> Option<&String> {
        self.labels
            .iter()
            .fold(None, |best: Option<&String>, l| match best {
                Some(b) if b.chars().count() >= l.chars().count() => Some(b),
                _ => Some(l),
            })
    }
}

#[derive(Default)]
struct EventRow {
    label: Option<String>,
    cameo: Option<String>,
    plover: Option<String>,
    polarity: Option<String>,
    begin: Option<String>,
    end: Option<String>,
    sources: BTreeSet<String>,
    targets: BTreeSet<String>,
    places: BTreeSet<String>,
}

/// Keeps the first value seen; rows come sorted, so that is the smallest.
fn first(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}

impl EventRow {
    /// The event's days; a missing bound takes the other's value, a malformed one drops the
    /// date (GEXF could not carry it).
    fn spell(&self) -> Option<Spell> {
        let (begin, end) = match (&self.begin, &self.end) {
            (Some(b), Some(e)) => (b, e),
            (Some(d), None) | (None, Some(d)) => (d, d),
            (None, None) => return None,
        };
        (is_day(begin) && is_day(end) && begin <= end).then(|| Spell::new(begin, end))
    }

    fn edge(&self, kind: &str, spell: &Option<Spell>) -> Edge {
        let mut e = Edge::new(kind, self.label.clone().unwrap_or_else(|| "event".into()));
        e.cameo = self.cameo.clone();
        e.plover = self.plover.clone();
        e.polarity = self.polarity.clone();
        match spell {
            Some(s) => e.with_spell(s.clone()),
            None => e,
        }
    }
}

/// The last path segment of an IRI, for a node the store gives no label.
fn iri_tail(iri: &str) -> &str {
    iri.trim_end_matches('/')
        .rsplit(['/', '#'])
        .next()
        .filter(|t| !t.is_empty())
        .unwrap_or(iri)
}

/// Adds a stand-in for an endpoint that no entity row described, so that no edge is lost.
/// The store writes every entity it refers to, so this only happens to a store that was
/// changed by hand.
fn ensure_node(net: &mut Network, iri: &str, kind: &str) -> Result<(), ExportError> {
    if !net.contains(iri) {
        net.add_node(Node::new(iri, iri_tail(iri), kind, "unknown"))?;
    }
    Ok(())
}

/// Builds the network of everything in the store.
///
/// - Nodes: every `sem:Actor` and `sem:Place` (kind `actor` when it is an actor, so a
///   country is an actor), with its `ng:entityType`, `rdfs:label` (the longest, when
///   articles disagree) and its number of text mentions.
/// - Event edges: for every event with both sources and targets, one edge per source and
///   target, labelled with the event label; and one `place` edge from each of its actors to
///   each of its places. An event with no actor on one side (a protest, a visit with only a
///   host) cannot be an edge between actors: it becomes a node of kind `event`, with edges
///   from its sources, to its targets and to its places, so that it is not lost.
/// - Role edges: every asserted role relation, weighted by the statements that assert it.
///
/// Parallel edges of the same meaning merge (see [`Network::add_edge`]), so an edge's
/// weight counts the events reported between the two.
pub fn network_from_store(store: &Store) -> Result<Network, ExportError> {
    let mut net = Network::new();

    let mut entities: BTreeMap<String, EntityRows> = BTreeMap::new();
    let table = store.select(queries::ENTITIES)?;
    for [entity, class, etype, label] in
        columns(&table, "entities", ["entity", "class", "type", "label"])?
    {
        let Some(entity) = entity else { continue };
        let rows = entities.entry(entity).or_default();
        match class.as_deref().and_then(|c| c.strip_prefix(SEM)) {
            Some("Actor") => rows.actor = true,
            Some("Place") => rows.place = true,
            _ => {}
        }
        rows.types.extend(etype);
        rows.labels.extend(label);
    }

    let mut mentions: BTreeMap<String, u64> = BTreeMap::new();
    let table = store.select(queries::MENTIONS)?;
    for [entity, count] in columns(&table, "mentions", ["entity", "mentions"])? {
        if let Some(entity) = entity {
            mentions.insert(entity, number("mentions", "mentions", count)?);
        }
    }

    for (iri, rows) in &entities {
        let kind = if rows.actor || !rows.place {
            KIND_ACTOR
        } else {
            KIND_PLACE
        };
        let label = rows
            .label()
            .cloned()
            .unwrap_or_else(|| iri_tail(iri).into());
        let etype = rows
            .types
            .first()
            .cloned()
            .unwrap_or_else(|| "unknown".into());
        let mut node = Node::new(iri.clone(), label, kind, etype);
        node.mentions = mentions.get(iri).copied().unwrap_or(0);
        net.add_node(node)?;
    }

    let mut events: BTreeMap<String, EventRow> = BTreeMap::new();
    let table = store.select(queries::EVENTS)?;
    let vars = [
        "event", "label", "cameo", "plover", "polarity", "begin", "end",
    ];
    for [event, label, cameo, plover, polarity, begin, end] in columns(&table, "events", vars)? {
        let Some(event) = event else { continue };
        let row = events.entry(event).or_default();
        first(&mut row.label, label);
        first(&mut row.cameo, cameo);
        first(&mut row.plover, plover);
        first(&mut row.polarity, polarity);
        first(&mut row.begin, begin);
        first(&mut row.end, end);
    }
    let table = store.select(queries::EVENT_PARTICIPANTS)?;
    let vars = ["event", "role", "entity"];
    for [event, role, entity] in columns(&table, "event-participants", vars)? {
        let (Some(event), Some(role), Some(entity)) = (event, role, entity) else {
            continue;
        };
        let Some(row) = events.get_mut(&event) else {
            continue;
        };
        match role.as_str() {
            "source" => row.sources.insert(entity),
            "target" => row.targets.insert(entity),
            _ => row.places.insert(entity),
        };
    }

    for (iri, ev) in &events {
        add_event(&mut net, iri, ev)?;
    }

    let table = store.select(queries::ROLES)?;
    let vars = ["subject", "predicate", "object", "statements"];
    for [subject, predicate, object, statements] in columns(&table, "roles", vars)? {
        let (Some(subject), Some(predicate), Some(object)) = (subject, predicate, object) else {
            continue;
        };
        let local = predicate.strip_prefix(NG).unwrap_or(&predicate);
        let Some(relation) = RelationType::ALL
            .into_iter()
            .find(|r| r.local_name() == local)
        else {
            continue;
        };
        ensure_node(&mut net, &subject, KIND_ACTOR)?;
        ensure_node(&mut net, &object, KIND_ACTOR)?;
        let mut edge = Edge::new(KIND_ROLE, relation.as_str());
        edge.polarity = Some("asserted".into());
        edge.weight = number("roles", "statements", statements)?.max(1);
        net.add_edge(&subject, &object, edge)?;
    }

    Ok(net)
}

fn add_event(net: &mut Network, iri: &str, ev: &EventRow) -> Result<(), ExportError> {
    let spell = ev.spell();
    for actor in ev.sources.iter().chain(&ev.targets) {
        ensure_node(net, actor, KIND_ACTOR)?;
    }
    for place in &ev.places {
        ensure_node(net, place, KIND_PLACE)?;
    }
    if !ev.sources.is_empty() && !ev.targets.is_empty() {
        for s in &ev.sources {
            for t in &ev.targets {
                net.add_edge(s, t, ev.edge(KIND_EVENT, &spell))?;
            }
        }
        let actors: BTreeSet<&String> = ev.sources.iter().chain(&ev.targets).collect();
        for actor in actors {
            // A country acting in itself says nothing a place edge could add.
            for place in ev.places.iter().filter(|p| *p != actor) {
                net.add_edge(actor, place, ev.edge(KIND_PLACE_EDGE, &spell))?;
            }
        }
        return Ok(());
    }
    if ev.sources.is_empty() && ev.targets.is_empty() && ev.places.is_empty() {
        return Ok(());
    }
    let label = ev.label.clone().unwrap_or_else(|| "event".into());
    let mut node = Node::new(iri, label, KIND_EVENT, KIND_EVENT);
    node.spells.extend(spell.clone());
    net.add_node(node)?;
    for s in &ev.sources {
        net.add_edge(s, iri, ev.edge(KIND_EVENT, &spell))?;
    }
    for t in &ev.targets {
        net.add_edge(iri, t, ev.edge(KIND_EVENT, &spell))?;
    }
    for p in &ev.places {
        net.add_edge(iri, p, ev.edge(KIND_PLACE_EDGE, &spell))?;
    }
    Ok(())
}
