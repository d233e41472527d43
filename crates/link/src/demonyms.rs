//! Demonyms in descriptions: "the Swedish minister", once coreference has made it a mention
//! of Ana Lind, says that she is affiliated with Sweden. This adds that `affiliated_with`
//! relation (and the country, when the article has not named it) unless the graph already
//! relates the two. Names with a demonym ("Swedish Foreign Minister Ana Lind") are the
//! extractor's to read; this covers the descriptions coreference attached.

use newsgraph_lexicon::Lexicon;
use newsgraph_model::{
    ArticleGraph, Entity, EntityType, Evidence, ExternalId, Mention, Polarity, Relation,
    RelationType, Span,
};

/// Adds the relations; returns how many.
pub fn affiliate(graph: &mut ArticleGraph, lexicon: &Lexicon) -> usize {
    let mut found: Vec<(usize, String, Mention)> = Vec::new(); // (entity, iso2, demonym word)
    for (ei, e) in graph.entities.iter().enumerate() {
        if !matches!(e.etype, EntityType::Person | EntityType::Group) {
            continue;
        }
        for m in &e.mentions {
            // Descriptions only: "the ..." as written in lower case by the resolver.
            if !m.text.to_lowercase().starts_with("the ") {
                continue;
            }
            let mut offset = 0u32;
            for word in m.text.split(' ') {
                let len = word.chars().count() as u32;
                if word.chars().next().is_some_and(char::is_uppercase) {
                    if let Some(c) = lexicon.demonym(word) {
                        if let Ok(span) =
                            Span::new(m.span.start() + offset, m.span.start() + offset + len)
                        {
                            found.push((
                                ei,
                                c.iso2.clone(),
                                Mention {
                                    sentence: m.sentence,
                                    span,
                                    text: word.to_string(),
                                },
                            ));
                        }
                    }
                }
                offset += len + 1;
            }
        }
    }
    let mut added = 0;
    for (ei, iso2, word) in found {
        let Some(country) = lexicon.country_by_code(&iso2) else {
            continue;
        };
        let holds = |e: &Entity| {
            e.etype == EntityType::Country
                && e.external
                    .iter()
                    .any(|x| x.scheme == "iso3166" && x.value.eq_ignore_ascii_case(&iso2))
        };
        let ci = match graph.entities.iter().position(holds) {
            Some(ci) => ci,
            None => {
                let mut c = Entity::new(
                    format!("country-{}", iso2.to_lowercase()),
                    EntityType::Country,
                    country.name.clone(),
                );
                c.external.push(ExternalId {
                    scheme: "iso3166".into(),
                    value: iso2.clone(),
                });
                if let Some(g) = country.geonames {
                    c.external.push(ExternalId {
                        scheme: "geonames".into(),
                        value: g.to_string(),
                    });
                }
                c.external.sort();
                c.coordinates = country.coordinates;
                graph.entities.push(c);
                graph.entities.len() - 1
            }
        };
        let (subject, object) = (graph.entities[ei].id.clone(), graph.entities[ci].id.clone());
        let related = graph.relations.iter().any(|r| {
            (r.subject == subject && r.object == object)
                || (r.subject == object && r.object == subject)
        });
        if !graph.entities[ci]
            .mentions
            .iter()
            .any(|m| m.span == word.span)
        {
            graph.entities[ci].mentions.push(word.clone());
            graph.entities[ci]
                .mentions
                .sort_by_key(|m| (m.span.start(), m.span.end()));
            if !graph.entities[ci].names.contains(&word.text) {
                graph.entities[ci].names.push(word.text.clone());
                graph.entities[ci].names.sort();
            }
        }
        if related {
            continue;
        }
        let Some(&sentence_span) = graph.sentences.get(word.sentence as usize) else {
            continue;
        };
        graph.relations.push(Relation {
            subject,
            predicate: RelationType::AffiliatedWith,
            object,
            polarity: Polarity::Asserted,
            attribution: None,
            evidence: Evidence {
                sentence: word.sentence,
                sentence_span,
                span: word.span,
                text: word.text.clone(),
            },
            confidence: 0.6,
        });
        added += 1;
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_model::Article;

    #[test]
    fn a_demonym_in_an_attached_description_gives_affiliated_with() {
        let text = "Ana Lind spoke. The Swedish minister left.";
        let mut person = Entity::new("p", EntityType::Person, "Ana Lind");
        person.mentions = vec![
            Mention {
                sentence: 0,
                span: Span::new(0, 8).unwrap(),
                text: "Ana Lind".into(),
            },
            Mention {
                sentence: 1,
                span: Span::new(16, 36).unwrap(),
                text: "The Swedish minister".into(),
            },
        ];
        let mut g = ArticleGraph {
            article: Article {
                id: "t".into(),
                title: None,
                source: None,
                url: None,
                published: None,
                dateline: None,
                text: text.into(),
            },
            extractor: "test".into(),
            sentences: vec![Span::new(0, 15).unwrap(), Span::new(16, 42).unwrap()],
            entities: vec![person],
            relations: vec![],
            events: vec![],
        };
        assert_eq!(affiliate(&mut g, Lexicon::embedded()), 1);
        g.validate().unwrap();
        let r = &g.relations[0];
        assert_eq!(
            (r.subject.as_str(), r.predicate),
            ("p", RelationType::AffiliatedWith)
        );
        let country = g.entity(&r.object).unwrap();
        assert_eq!(country.label, "Sweden");
        assert_eq!(country.mentions[0].text, "Swedish");
        assert_eq!(country.mentions[0].span, Span::new(20, 27).unwrap());
        // Once related, never twice.
        assert_eq!(affiliate(&mut g, Lexicon::embedded()), 0);
        assert_eq!(g.relations.len(), 1);
    }
}
