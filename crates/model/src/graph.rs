use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::{Article, Entity, Event, ModelError, Relation, Span};

/// Everything extracted from one article: the unit of the JSON Lines interchange, of a
/// named graph in the store, and of re-ingest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleGraph {
    pub article: Article,
    /// The extractor that made it ([`crate::EXTRACTOR_VERSION`]).
    pub extractor: String,
    /// Every sentence's span in the article text, in order; mentions and evidence refer to
    /// sentences by index into this list.
    #[serde(default)]
    pub sentences: Vec<Span>,
    /// Actors and places, ordered by first mention.
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub events: Vec<Event>,
}

impl ArticleGraph {
    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Checks what serde cannot: ids are unique, every reference names an entity of the
    /// graph, kinds agree with types, sentence indices exist and spans lie inside the text.
    pub fn validate(&self) -> Result<(), ModelError> {
        let text_len = self.article.text.chars().count() as u32;
        let bad = |value: String, expected: &'static str| ModelError::Invalid {
            what: "article graph",
            value,
            expected,
        };
        let check_span = |span: Span, what: &str| {
            if span.end() > text_len {
                Err(bad(
                    format!("{what} {}..{}", span.start(), span.end()),
                    "spans inside the article text",
                ))
            } else {
                Ok(())
            }
        };
        let check_sentence = |i: u32, what: &str| {
            if (i as usize) < self.sentences.len() {
                Ok(())
            } else {
                Err(bad(
                    format!("{what} sentence {i}"),
                    "a sentence index that exists",
                ))
            }
        };
        for s in &self.sentences {
            check_span(*s, "sentence")?;
        }
        let mut ids = HashSet::new();
        for e in &self.entities {
            if !ids.insert(e.id.as_str()) {
                return Err(bad(format!("entity id {}", e.id), "unique entity ids"));
            }
            if e.kind != e.etype.kind() {
                return Err(bad(
                    format!("{} is {} of type {}", e.id, e.kind.as_str(), e.etype),
                    "a kind that matches the type",
                ));
            }
            for m in &e.mentions {
                check_span(m.span, &e.id)?;
                check_sentence(m.sentence, &e.id)?;
            }
        }
        let known = |id: &str, what: &str| {
            if ids.contains(id) {
                Ok(())
            } else {
                Err(bad(
                    format!("{what} refers to {id}"),
                    "references to entities of the graph",
                ))
            }
        };
        for r in &self.relations {
            known(&r.subject, "relation subject")?;
            known(&r.object, "relation object")?;
            if let Some(a) = &r.attribution {
                known(a, "relation attribution")?;
            }
            check_span(r.evidence.span, "relation evidence")?;
            check_sentence(r.evidence.sentence, "relation evidence")?;
        }
        let mut event_ids = HashSet::new();
        for ev in &self.events {
            if !event_ids.insert(ev.id.as_str()) || ids.contains(ev.id.as_str()) {
                return Err(bad(format!("event id {}", ev.id), "unique event ids"));
            }
            for id in ev.sources.iter().chain(&ev.targets).chain(&ev.places) {
                known(id, &ev.id)?;
            }
            if let Some(a) = &ev.attribution {
                known(a, "event attribution")?;
            }
            check_span(ev.evidence.span, "event evidence")?;
            check_sentence(ev.evidence.sentence, "event evidence")?;
        }
        Ok(())
    }
}
