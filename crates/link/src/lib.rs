//! Identity: one IRI per person, place, organisation and event, within an article and across
//! articles.
//!
//! - [`link_article`] works on one freshly extracted graph: in-article coreference
//!   ([`article`], on the mention resolver of [`coref`]: name variants merged, pronouns and
//!   definite descriptions attached), `affiliated_with` from demonyms in those descriptions
//!   ([`demonyms`]), gazetteer ids and coordinates ([`gazetteer`]), then the stable IRIs of
//!   [`assign_iris`]: type and canonical name, ISO 3166 code for countries.
//! - [`identity::link_identities`] matches the graph's entities and events against the
//!   identities already known (an [`identity::IdentityIndex`]: in memory, or kept in the
//!   store by `newsgraph-store`), reusing IRIs on evidence and recording why.
//! - [`events`] clusters event mentions within and across documents (scored on ECB+).
//!
//! It is not the store: it only fills `iri` fields and rewrites the graph it is given; the
//! index it reads and writes is behind a trait.
//!
//! ```
//! use newsgraph_model::{Article, ArticleGraph, Entity, EntityType, ExternalId};
//! let mut graph = ArticleGraph {
//!     article: Article { id: "wire 7".into(), title: None, source: None, url: None,
//!                        published: None, dateline: None, text: String::new() },
//!     extractor: "test".into(), sentences: vec![], relations: vec![], events: vec![],
//!     entities: vec![Entity::new("a", EntityType::Person, "Ana Lind"),
//!                    Entity::new("b", EntityType::Country, "Ruritania")],
//! };
//! graph.entities[1].external.push(ExternalId { scheme: "iso3166".into(), value: "RU".into() });
//! newsgraph_link::assign_iris(&mut graph);
//! assert_eq!(graph.entities[0].iri.as_deref(), Some("https://w3id.org/newsgraph/id/person/ana-lind"));
//! assert_eq!(graph.entities[1].iri.as_deref(), Some("https://w3id.org/newsgraph/id/country/ru"));
//! ```

pub mod article;
pub mod coref;
pub mod demonyms;
pub mod events;
pub mod gazetteer;
pub mod identity;

use newsgraph_model::{ArticleGraph, Entity, EntityType};

/// Where every identity IRI lives.
pub const ID_BASE: &str = "https://w3id.org/newsgraph/id/";

/// Turns a name into an IRI path segment: lower case, letters and digits kept (any script),
/// every other run of characters one `-`. Stable across runs and platforms.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        // A name with no letter or digit still needs a segment; its code points keep it unique.
        out = name
            .chars()
            .map(|c| format!("u{:x}", c as u32))
            .collect::<Vec<_>>()
            .join("-");
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// The IRI of an entity: countries by ISO 3166 code when known, everything else by type and
/// canonical name.
pub fn entity_iri(entity: &Entity) -> String {
    let iso = entity
        .external
        .iter()
        .find(|x| x.scheme == "iso3166")
        .map(|x| x.value.to_ascii_lowercase());
    match (entity.etype, iso) {
        (EntityType::Country, Some(code)) => format!("{ID_BASE}country/{code}"),
        (EntityType::Person | EntityType::Country, _) => {
            format!("{ID_BASE}{}/{}", entity.etype.as_str(), slug(&entity.label))
        }
        (etype, _) => format!(
            "{ID_BASE}{}/{}",
            etype.as_str(),
            slug(&canonical_name(entity))
        ),
    }
}

/// The name an organisation or place is known by across articles: its longest name (the
/// expansion rather than the acronym, "European Union" rather than "EU"), without a leading
/// "the"; the label wins ties. So an article that writes both forms and one that writes only
/// the long one give the same IRI, whichever is read first.
pub fn canonical_name(entity: &Entity) -> String {
    let words = |n: &str| n.split_whitespace().count();
    let best = std::iter::once(entity.label.as_str())
        .chain(entity.names.iter().map(String::as_str))
        .max_by_key(|n| (words(n), *n == entity.label, std::cmp::Reverse(*n)))
        .unwrap_or(entity.label.as_str());
    let trimmed = best.trim();
    let lower = trimmed.to_lowercase();
    if lower.starts_with("the ") && words(trimmed) > 1 {
        trimmed[4..].to_string()
    } else {
        trimmed.to_string()
    }
}

/// The IRI of an event: one per event per article until cross-article event linking.
pub fn event_iri(article_id: &str, event_id: &str) -> String {
    format!("{ID_BASE}event/{}/{}", slug(article_id), slug(event_id))
}

/// Links one freshly extracted article: in-article coreference ([`article::corefer`]: name
/// variants merged, pronouns and descriptions attached), gazetteer ids for places and
/// countries ([`gazetteer::enrich`]), `affiliated_with` from demonyms in descriptions
/// ([`demonyms::affiliate`]), then stable IRIs.
pub fn link_article(graph: &mut ArticleGraph) -> article::CorefStats {
    let stats = article::corefer(graph, coref::CorefOptions::default());
    let lexicon = newsgraph_lexicon::Lexicon::embedded();
    demonyms::affiliate(graph, lexicon);
    gazetteer::enrich(graph, lexicon);
    assign_iris(graph);
    stats
}

/// Fills `iri` on every entity and event of the graph. Two entities of one article that get
/// the same IRI are the same identity; their mentions stay on both (the store merges them).
pub fn assign_iris(graph: &mut ArticleGraph) {
    for entity in &mut graph.entities {
        entity.iri = Some(entity_iri(entity));
    }
    let article = graph.article.id.clone();
    for event in &mut graph.events {
        event.iri = Some(event_iri(&article, &event.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_is_stable_and_readable() {
        assert_eq!(
            slug("Bosnia-Herzegovina Federation"),
            "bosnia-herzegovina-federation"
        );
        assert_eq!(slug("  Ana   Lind "), "ana-lind");
        assert_eq!(slug("Łukasz Żak"), "łukasz-żak");
        assert_eq!(slug("O'Neill & Sons"), "o-neill-sons");
        assert_eq!(slug("!!"), "u21-u21");
    }

    #[test]
    fn same_name_different_type_never_share_an_iri() {
        let person = Entity::new("x", EntityType::Person, "Georgia");
        let country = Entity::new("y", EntityType::Country, "Georgia");
        assert_ne!(entity_iri(&person), entity_iri(&country));
    }

    #[test]
    fn country_without_code_falls_back_to_its_name() {
        let c = Entity::new("y", EntityType::Country, "Ruritania");
        assert_eq!(entity_iri(&c), format!("{ID_BASE}country/ruritania"));
    }
}
