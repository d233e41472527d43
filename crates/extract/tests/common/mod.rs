//! What the construction tests share: an article around a test sentence, its checked graph,
//! and its events by CAMEO root.

// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use newsgraph_extract::Extractor;
use newsgraph_model::{Article, ArticleGraph, EntityType, Event, RelationType};

/// An article holding `text`, published on `published` (`YYYY-MM-DD`) when given.
pub fn article(text: &str, published: Option<&str>) -> Article {
    Article {
        id: "t".into(),
        title: None,
        source: None,
        url: None,
        published: published.map(|p| p.parse().unwrap()),
        dateline: None,
        text: text.into(),
    }
}

/// The graph of `text` published on `published`, after checking it is well formed.
pub fn extract_on(text: &str, published: Option<&str>) -> ArticleGraph {
    let g = Extractor::new().extract(&article(text, published));
    g.validate().unwrap();
    g
}

/// Every name of every entity of the graph.
pub fn names(g: &ArticleGraph) -> Vec<&String> {
    g.entities.iter().flat_map(|e| &e.names).collect()
}

/// The labels of the entities of this type, in the graph's order.
pub fn labels_of(g: &ArticleGraph, t: EntityType) -> Vec<&str> {
    g.entities
        .iter()
        .filter(|e| e.etype == t)
        .map(|e| e.label.as_str())
        .collect()
}

/// The events whose CAMEO code has this root.
pub fn events<'g>(g: &'g ArticleGraph, root: &str) -> Vec<&'g Event> {
    g.events.iter().filter(|e| e.cameo.root() == root).collect()
}

/// Whether some entity has `name` among its names (case-insensitive).
pub fn named(g: &ArticleGraph, name: &str) -> bool {
    g.entities
        .iter()
        .any(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

/// The id of the entity one of whose names is `name` (case-insensitive).
pub fn id(g: &ArticleGraph, name: &str) -> String {
    g.entities
        .iter()
        .find(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        .map(|e| e.id.clone())
        .unwrap_or_else(|| {
            let names: Vec<_> = g.entities.iter().map(|e| &e.names).collect();
            panic!("no entity named {name}: {names:?}")
        })
}

/// Whether the graph relates the entities named `s` and `o` (any of their names) by `p`.
pub fn has_rel(g: &ArticleGraph, s: &str, p: RelationType, o: &str) -> bool {
    let (s, o) = (id(g, s), id(g, o));
    g.relations
        .iter()
        .any(|r| r.subject == s && r.predicate == p && r.object == o)
}

/// The one event of this CAMEO root, after checking there is exactly one.
pub fn only<'g>(g: &'g ArticleGraph, root: &str) -> &'g Event {
    let e = events(g, root);
    assert_eq!(e.len(), 1, "root {root}: {:#?}", g.events);
    e[0]
}

/// The one event of this full CAMEO code ("145", "043"), after checking there is exactly one.
pub fn only_coded<'g>(g: &'g ArticleGraph, cameo: &str) -> &'g Event {
    let e: Vec<&Event> = (g.events.iter())
        .filter(|e| e.cameo.as_str() == cameo)
        .collect();
    assert_eq!(e.len(), 1, "code {cameo}: {:#?}", g.events);
    e[0]
}

/// Whether the entity named `name` is among the event's sources.
pub fn has_source(g: &ArticleGraph, e: &Event, name: &str) -> bool {
    e.sources.contains(&id(g, name))
}

/// Whether the entity named `name` is among the event's targets.
pub fn has_target(g: &ArticleGraph, e: &Event, name: &str) -> bool {
    e.targets.contains(&id(g, name))
}

/// The type of the entity one of whose names is `name` (case-insensitive), if there is one.
pub fn type_of(g: &ArticleGraph, name: &str) -> Option<EntityType> {
    g.entities
        .iter()
        .find(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        .map(|e| e.etype)
}

/// Asserts the relation `s p o`, showing the relations read when it is missing.
pub fn holds(g: &ArticleGraph, s: &str, p: RelationType, o: &str) {
    assert!(has_rel(g, s, p, o), "{s} {p:?} {o}: {:#?}", g.relations);
}

/// Asserts that the relation `s p o` is not read.
pub fn lacks(g: &ArticleGraph, s: &str, p: RelationType, o: &str) {
    assert!(!has_rel(g, s, p, o), "{s} {p:?} {o}: {:#?}", g.relations);
}

/// The names of each group entity, for a failing assertion's message.
pub fn groups(g: &ArticleGraph) -> Vec<&Vec<String>> {
    (g.entities.iter())
        .filter(|e| e.etype == EntityType::Group)
        .map(|e| &e.names)
        .collect()
}
