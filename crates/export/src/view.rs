//! The five views, built from the facts read out of the store and the checked filters.

use std::collections::{BTreeSet, VecDeque};

use crate::actors::Group;
use crate::facts::{EventFacts, Facts};
use crate::filter::{Checked, View};
use crate::network::{
    is_day, Spell, KIND_ACTOR, KIND_EVENT, KIND_PLACE, KIND_PLACE_EDGE, KIND_ROLE,
};
use crate::{Edge, ExportError, Network, Node};

/// The last path segment of an IRI, for a node the store gives no label.
pub(crate) fn iri_tail(iri: &str) -> &str {
    iri.trim_end_matches('/')
        .rsplit(['/', '#'])
        .next()
        .filter(|t| !t.is_empty())
        .unwrap_or(iri)
}

fn event_spell(ev: &EventFacts) -> Option<Spell> {
    let (begin, end) = match (&ev.begin, &ev.end) {
        (Some(b), Some(e)) => (b, e),
        (Some(d), None) | (None, Some(d)) => (d, d),
        (None, None) => return None,
    };
    (is_day(begin) && is_day(end) && begin <= end).then(|| Spell::new(begin, end))
}

fn event_label(ev: &EventFacts) -> String {
    ev.label.clone().unwrap_or_else(|| "event".into())
}

fn event_edge(kind: &str, ev: &EventFacts, spell: &Option<Spell>) -> Edge {
    let mut e = Edge::new(kind, event_label(ev));
    e.cameo = ev.cameo.clone();
    e.plover = ev.plover.clone();
    e.polarity = ev.polarity.clone();
    match spell {
        Some(s) => e.with_spell(s.clone()),
        None => e,
    }
}

struct Builder<'f> {
    facts: &'f Facts,
    net: Network,
}

impl Builder<'_> {
    /// Adds the entity node for `iri` if missing: its kind is `actor` for actors (so a
    /// country is an actor), `place` otherwise; an IRI the store does not describe (only
    /// in a store edited by hand) becomes a stand-in of type `unknown`.
    fn entity(&mut self, iri: &str, fallback_kind: &str) -> Result<(), ExportError> {
        if self.net.contains(iri) {
            return Ok(());
        }
        let node = match self.facts.entities.get(iri) {
            Some(e) => {
                let kind = if e.actor || !e.place {
                    KIND_ACTOR
                } else {
                    KIND_PLACE
                };
                let label = e.label.clone().unwrap_or_else(|| iri_tail(iri).into());
                let etype = e.etype.clone().unwrap_or_else(|| "unknown".into());
                let mut n = Node::new(iri, label, kind, etype);
                n.mentions = e.mentions;
                n
            }
            None => Node::new(iri, iri_tail(iri), fallback_kind, "unknown"),
        };
        self.net.add_node(node)?;
        Ok(())
    }

    fn event_node(&mut self, iri: &str, ev: &EventFacts) -> Result<(), ExportError> {
        if self.net.contains(iri) {
            return Ok(());
        }
        let mut node = Node::new(iri, event_label(ev), KIND_EVENT, KIND_EVENT);
        node.spells.extend(event_spell(ev));
        node.cameo = ev.cameo.clone();
        node.plover = ev.plover.clone();
        node.polarity = ev.polarity.clone();
        self.net.add_node(node)?;
        Ok(())
    }

    fn edge(&mut self, from: &str, to: &str, edge: Edge) -> Result<(), ExportError> {
        self.net.add_edge(from, to, edge)?;
        Ok(())
    }

    /// Source -> target for each pair of an event with actors on both sides.
    fn actor_edges(&mut self, ev: &EventFacts, spell: &Option<Spell>) -> Result<(), ExportError> {
        for s in &ev.sources {
            for t in ev.targets.iter().filter(|t| *t != s) {
                self.entity(s, KIND_ACTOR)?;
                self.entity(t, KIND_ACTOR)?;
                self.edge(s, t, event_edge(KIND_EVENT, ev, spell))?;
            }
        }
        Ok(())
    }

    /// Actor -> place for every actor of the event and every place it happened at (a
    /// country acting in itself adds nothing).
    fn place_edges(&mut self, ev: &EventFacts, spell: &Option<Spell>) -> Result<(), ExportError> {
        let actors: BTreeSet<&String> = ev.sources.iter().chain(&ev.targets).collect();
        for a in actors {
            for p in ev.places.iter().filter(|p| *p != a) {
                self.entity(a, KIND_ACTOR)?;
                self.entity(p, KIND_PLACE)?;
                self.edge(a, p, event_edge(KIND_PLACE_EDGE, ev, spell))?;
            }
        }
        Ok(())
    }

    /// The event as a node: its sources point at it, it points at its targets and (when
    /// `places`) at its places.
    fn event_as_node(
        &mut self,
        iri: &str,
        ev: &EventFacts,
        spell: &Option<Spell>,
        places: bool,
    ) -> Result<(), ExportError> {
        let places: Vec<&String> = if places {
            ev.places.iter().collect()
        } else {
            vec![]
        };
        if ev.sources.is_empty() && ev.targets.is_empty() && places.is_empty() {
            return Ok(());
        }
        self.event_node(iri, ev)?;
        for s in &ev.sources {
            self.entity(s, KIND_ACTOR)?;
            self.edge(s, iri, event_edge(KIND_EVENT, ev, spell))?;
        }
        for t in &ev.targets {
            self.entity(t, KIND_ACTOR)?;
            self.edge(iri, t, event_edge(KIND_EVENT, ev, spell))?;
        }
        for p in places {
            self.entity(p, KIND_PLACE)?;
            self.edge(iri, p, event_edge(KIND_PLACE_EDGE, ev, spell))?;
        }
        Ok(())
    }

    fn roles(&mut self, filter: &Checked) -> Result<(), ExportError> {
        for st in self.facts.statements.values() {
            let (Some(s), Some(r), Some(o)) = (&st.subject, st.relation, &st.object) else {
                continue;
            };
            if s == o || !filter.keep_statement(self.facts, st) {
                continue;
            }
            self.entity(s, KIND_ACTOR)?;
            self.entity(o, KIND_ACTOR)?;
            let mut edge = Edge::new(KIND_ROLE, r.as_str());
            edge.polarity = st.polarity.clone();
            // Dated by the articles that state it, so that Gephi's timeline shows a role
            // from when it was reported.
            for a in &st.articles {
                if let Some((first, last)) =
                    self.facts.articles.get(a).and_then(|a| a.published_days())
                {
                    edge = edge.with_spell(Spell::new(first, last));
                }
            }
            self.edge(s, o, edge)?;
        }
        Ok(())
    }
}

/// Builds `filter.view` from the facts, then applies `--min-weight` and `--around`.
pub(crate) fn build(facts: &Facts, filter: &Checked) -> Result<Network, ExportError> {
    let mut b = Builder {
        facts,
        net: Network::new(),
    };
    let view = filter.view;
    for (iri, ev) in &facts.events {
        if !filter.keep_event(facts, ev) {
            continue;
        }
        let spell = event_spell(ev);
        let two_sided = !ev.sources.is_empty() && !ev.targets.is_empty();
        match view {
            View::Actors => b.actor_edges(ev, &spell)?,
            View::Events => b.event_as_node(iri, ev, &spell, false)?,
            View::Places => b.place_edges(ev, &spell)?,
            View::Roles => {}
            View::Full if two_sided => {
                b.actor_edges(ev, &spell)?;
                b.place_edges(ev, &spell)?;
            }
            View::Full => b.event_as_node(iri, ev, &spell, true)?,
        }
    }
    if matches!(view, View::Roles | View::Full) {
        b.roles(filter)?;
    }
    // "Everything" lists the entities no event or role touches too, unless a filter asked
    // for a part of the store.
    let unfiltered = filter.since.is_none()
        && filter.until.is_none()
        && filter.roots.is_empty()
        && filter.plovers.is_empty()
        && filter.polarities.is_empty()
        && filter.articles.is_empty()
        && filter.agencies.is_empty();
    if view == View::Full && unfiltered {
        for iri in facts.entities.keys() {
            b.entity(iri, KIND_ACTOR)?;
        }
    }
    trim(b.net, filter)
}

/// The actor view from the events grouped in the store (see the `actors` module): each
/// group is `count` events between the same two actors with the same properties, so it
/// adds what `count` calls of the per-event builder would.
pub(crate) fn build_actors(
    facts: &Facts,
    groups: &[Group],
    filter: &Checked,
) -> Result<Network, ExportError> {
    let mut b = Builder {
        facts,
        net: Network::new(),
    };
    for g in groups {
        if g.source == g.target || !filter.keep_event(facts, &g.event) {
            continue;
        }
        b.entity(&g.source, KIND_ACTOR)?;
        b.entity(&g.target, KIND_ACTOR)?;
        let mut edge = event_edge(KIND_EVENT, &g.event, &None);
        edge.weight = g.count;
        let spells = g.spans.iter().filter_map(|(begin, end)| {
            event_spell(&EventFacts {
                begin: Some(begin.clone()),
                end: Some(end.clone()),
                ..Default::default()
            })
        });
        edge.spells = crate::network::coalesce(spells.collect());
        edge.first_date = edge.spells.first().map(|s| s.start.clone());
        edge.last_date = edge.spells.iter().map(|s| s.end.clone()).max();
        b.edge(&g.source, &g.target, edge)?;
    }
    trim(b.net, filter)
}

/// Applies `--min-weight` and `--around`.
fn trim(mut net: Network, filter: &Checked) -> Result<Network, ExportError> {
    if filter.min_weight > 1 {
        net = net.retain(|_| true, |e| e.weight >= filter.min_weight, false)?;
    }
    if let Some(center) = &filter.around {
        let keep = within(&net, center, filter.hops);
        net = net.retain(|n| keep.contains(&n.id), |_| true, true)?;
    }
    Ok(net)
}

/// The IRIs within `hops` edges of `center`, edges taken in either direction.
fn within(net: &Network, center: &str, hops: u32) -> BTreeSet<String> {
    let g = net.graph();
    let mut seen = BTreeSet::new();
    let Some(start) = g.node_indices().find(|&i| g[i].id == center) else {
        return seen;
    };
    let mut queue = VecDeque::from([(start, 0u32)]);
    let mut visited = std::collections::HashSet::from([start]);
    while let Some((ix, d)) = queue.pop_front() {
        seen.insert(g[ix].id.clone());
        if d == hops {
            continue;
        }
        for next in g.neighbors_undirected(ix) {
            if visited.insert(next) {
                queue.push_back((next, d + 1));
            }
        }
    }
    seen
}
