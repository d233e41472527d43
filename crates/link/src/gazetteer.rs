//! Gazetteer ids for places and countries: ISO 3166 codes, GeoNames ids (written to the
//! store as `owl:sameAs <https://sws.geonames.org/{id}/>`) and coordinates, from the
//! compiled lexicon, for entities the extractor left without them. What the extractor
//! already gave is kept.

use newsgraph_lexicon::Lexicon;
use newsgraph_model::{ArticleGraph, EntityType, ExternalId};

fn has(ids: &[ExternalId], scheme: &str) -> bool {
    ids.iter().any(|x| x.scheme == scheme)
}

fn push(ids: &mut Vec<ExternalId>, scheme: &str, value: String) {
    if !has(ids, scheme) {
        ids.push(ExternalId {
            scheme: scheme.into(),
            value,
        });
    }
}

/// Fills missing gazetteer ids and coordinates; returns how many entities gained any.
pub fn enrich(graph: &mut ArticleGraph, lexicon: &Lexicon) -> usize {
    let mut changed = 0;
    for e in &mut graph.entities {
        let before = (e.external.len(), e.coordinates.is_some());
        let names: Vec<String> = std::iter::once(e.label.clone())
            .chain(e.names.iter().cloned())
            .collect();
        match e.etype {
            EntityType::Country => {
                let country = e
                    .external
                    .iter()
                    .find(|x| x.scheme == "iso3166")
                    .and_then(|x| lexicon.country_by_code(&x.value))
                    .or_else(|| names.iter().find_map(|n| lexicon.country(n)));
                if let Some(c) = country {
                    push(&mut e.external, "iso3166", c.iso2.clone());
                    if let Some(g) = c.geonames {
                        push(&mut e.external, "geonames", g.to_string());
                    }
                    if e.coordinates.is_none() {
                        e.coordinates = c.coordinates;
                    }
                }
            }
            EntityType::City | EntityType::Location => {
                if let Some(c) = names.iter().find_map(|n| lexicon.city(n)) {
                    push(&mut e.external, "geonames", c.geonames.to_string());
                    if e.coordinates.is_none() {
                        e.coordinates = Some(c.coordinates);
                    }
                }
            }
            _ => {}
        }
        e.external.sort();
        if (e.external.len(), e.coordinates.is_some()) != before {
            changed += 1;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_model::{Article, Entity};

    #[test]
    fn countries_and_cities_get_codes_geonames_and_coordinates() {
        let mut g = ArticleGraph {
            article: Article {
                id: "t".into(),
                title: None,
                source: None,
                url: None,
                published: None,
                dateline: None,
                text: String::new(),
            },
            extractor: "test".into(),
            sentences: vec![],
            entities: vec![
                Entity::new("c", EntityType::Country, "Norway"),
                Entity::new("o", EntityType::City, "Oslo"),
                Entity::new("x", EntityType::City, "Nowhereville"),
            ],
            relations: vec![],
            events: vec![],
        };
        assert_eq!(enrich(&mut g, Lexicon::embedded()), 2);
        let ids = |i: usize| -> Vec<(String, String)> {
            g.entities[i]
                .external
                .iter()
                .map(|x| (x.scheme.clone(), x.value.clone()))
                .collect()
        };
        assert!(
            ids(0).contains(&("iso3166".into(), "NO".into())),
            "{:?}",
            ids(0)
        );
        assert!(ids(0).iter().any(|(s, _)| s == "geonames"));
        assert!(ids(1).iter().any(|(s, _)| s == "geonames"));
        let (lat, lon) = g.entities[1].coordinates.unwrap();
        assert!((59.0..61.0).contains(&lat) && (10.0..11.5).contains(&lon));
        assert!(ids(2).is_empty() && g.entities[2].coordinates.is_none());
        // Running again changes nothing.
        assert_eq!(enrich(&mut g, Lexicon::embedded()), 0);
    }
}
