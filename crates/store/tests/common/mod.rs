//! Hand-built, linked article graphs about an invented pair of countries, in our own words.

#![allow(dead_code)]

use newsgraph_model::{
    Article, ArticleGraph, Dateline, Entity, EntityType, Event, Evidence, ExternalId, Mention,
    Polarity, Relation, RelationType, Span,
};

const ID: &str = "https://w3id.org/newsgraph/id/";

/// The code-point span of the `nth` (0-based) occurrence of `needle` in `text`.
pub fn span_of(text: &str, needle: &str, nth: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth}"))
        .0;
    Span::from_bytes(text, start, start + needle.len()).unwrap()
}

fn sentence_index(sentences: &[Span], span: Span) -> u32 {
    sentences
        .iter()
        .position(|s| s.start() <= span.start() && span.end() <= s.end())
        .unwrap() as u32
}

/// Builds graphs without the noise of spans: names are located in the text.
pub struct Builder {
    pub graph: ArticleGraph,
}

impl Builder {
    pub fn new(id: &str, published: &str, sentences: &[&str]) -> Self {
        let text = sentences.join(" ");
        let spans = sentences.iter().map(|s| span_of(&text, s, 0)).collect();
        Builder {
            graph: ArticleGraph {
                article: Article {
                    id: id.into(),
                    title: Some(format!("Test story {id}")),
                    source: Some("Test Wire".into()),
                    url: Some(format!("https://news.example.org/{id}")),
                    published: Some(published.parse().unwrap()),
                    dateline: None,
                    text,
                },
                extractor: "test-fixture".into(),
                sentences: spans,
                entities: vec![],
                relations: vec![],
                events: vec![],
            },
        }
    }

    /// An entity with an IRI, mentioned at each `(surface, nth occurrence)`.
    pub fn entity(
        mut self,
        id: &str,
        etype: EntityType,
        label: &str,
        iri_tail: &str,
        mentions: &[(&str, usize)],
    ) -> Self {
        let mut e = Entity::new(id, etype, label);
        e.iri = Some(format!("{ID}{}/{iri_tail}", etype.as_str()));
        for (surface, nth) in mentions {
            let span = span_of(&self.graph.article.text, surface, *nth);
            if !e.names.iter().any(|n| n == surface) {
                e.names.push(surface.to_string());
            }
            e.mentions.push(Mention {
                sentence: sentence_index(&self.graph.sentences, span),
                span,
                text: surface.to_string(),
            });
        }
        e.names.sort();
        self.graph.entities.push(e);
        self
    }

    fn evidence(&self, words: &str) -> Evidence {
        let span = span_of(&self.graph.article.text, words, 0);
        let sentence = sentence_index(&self.graph.sentences, span);
        Evidence {
            sentence,
            sentence_span: self.graph.sentences[sentence as usize],
            span,
            text: words.into(),
        }
    }

    pub fn relation(
        mut self,
        subject: &str,
        predicate: RelationType,
        object: &str,
        polarity: Polarity,
        words: &str,
    ) -> Self {
        let evidence = self.evidence(words);
        self.graph.relations.push(Relation {
            subject: subject.into(),
            predicate,
            object: object.into(),
            polarity,
            attribution: None,
            evidence,
            confidence: 0.75,
        });
        self
    }

    #[allow(clippy::too_many_arguments)]
    pub fn event(
        mut self,
        id: &str,
        cameo: &str,
        label: &str,
        trigger: &str,
        sources: &[&str],
        targets: &[&str],
        places: &[&str],
        date: Option<&str>,
        polarity: Polarity,
        attribution: Option<&str>,
    ) -> Self {
        let evidence = self.evidence(trigger);
        let article = newsgraph_store::vocab::slug(&self.graph.article.id);
        self.graph.events.push(Event {
            id: id.into(),
            iri: Some(format!("{ID}event/{article}/{id}")),
            cameo: cameo.parse().unwrap(),
            label: label.into(),
            trigger: trigger.into(),
            sources: sources.iter().map(|s| s.to_string()).collect(),
            targets: targets.iter().map(|s| s.to_string()).collect(),
            places: places.iter().map(|s| s.to_string()).collect(),
            date: date.map(|d| d.parse().unwrap()),
            polarity,
            attribution: attribution.map(str::to_string),
            evidence,
            confidence: 0.9,
        });
        self
    }

    pub fn build(self) -> ArticleGraph {
        self.graph.validate().unwrap();
        self.graph
    }
}

pub const A1_S1: &str = "VELGRAD, May 3. Valdonia accused Ostravia of blocking the river talks, \
                         foreign ministry spokeswoman Mira Kovel said.";
pub const A1_S2: &str =
    "President Teodor Haas of Ostravia did not meet the Valdonian envoy in Velgrad.";
pub const A2_S1: &str = "Teodor Haas accused Valdonia of spreading rumours about the dam.";
pub const A2_S2: &str =
    "Mira Kovel, who speaks for the Valdonian foreign ministry, may visit Ostravia in June.";

/// A wire story from Velgrad: an accusation, a meeting that did not happen, a spokeswoman
/// and a president.
pub fn article_one() -> ArticleGraph {
    let mut g = Builder::new("wire-001", "2024-05-03", &[A1_S1, A1_S2])
        .entity(
            "e1",
            EntityType::Country,
            "Valdonia",
            "vd",
            &[("Valdonia", 0), ("Valdonian", 0)],
        )
        .entity(
            "e2",
            EntityType::Country,
            "Ostravia",
            "os",
            &[("Ostravia", 0), ("Ostravia", 1)],
        )
        .entity(
            "e3",
            EntityType::Organisation,
            "Valdonian foreign ministry",
            "valdonian-foreign-ministry",
            &[("foreign ministry", 0)],
        )
        .entity(
            "e4",
            EntityType::Person,
            "Mira Kovel",
            "mira-kovel",
            &[("Mira Kovel", 0)],
        )
        .entity(
            "e5",
            EntityType::Person,
            "Teodor Haas",
            "teodor-haas",
            &[("Teodor Haas", 0)],
        )
        .entity(
            "e6",
            EntityType::City,
            "Velgrad",
            "velgrad",
            &[("VELGRAD", 0), ("Velgrad", 0)],
        )
        .relation(
            "e4",
            RelationType::SpokespersonOf,
            "e3",
            Polarity::Asserted,
            "spokeswoman",
        )
        .relation(
            "e5",
            RelationType::LeaderOf,
            "e2",
            Polarity::Asserted,
            "President",
        )
        .event(
            "ev1",
            "112",
            "accuse",
            "accused",
            &["e1"],
            &["e2"],
            &[],
            Some("2024-05-03"),
            Polarity::Asserted,
            Some("e4"),
        )
        .event(
            "ev2",
            "040",
            "meet",
            "did not meet",
            &["e5"],
            &["e1"],
            &["e6"],
            Some("2024-05"),
            Polarity::Negated,
            None,
        )
        .build();
    g.entities[0].external.push(ExternalId {
        scheme: "iso3166".into(),
        value: "VD".into(),
    });
    g.entities[5].external.push(ExternalId {
        scheme: "geonames".into(),
        value: "9990001".into(),
    });
    g.entities[5].coordinates = Some((44.81, 20.46));
    g.article.dateline = Some(Dateline {
        place: "Velgrad".into(),
        date: Some("2024-05-03".parse().unwrap()),
        agency: None,
        span: span_of(&g.article.text, "VELGRAD, May 3.", 0),
    });
    g
}

/// A second story: a counter-accusation, the same spokeswoman, a visit that may happen.
pub fn article_two() -> ArticleGraph {
    Builder::new("wire 002/b", "2024-05-05", &[A2_S1, A2_S2])
        .entity(
            "p1",
            EntityType::Person,
            "Teodor Haas",
            "teodor-haas",
            &[("Teodor Haas", 0)],
        )
        .entity(
            "c1",
            EntityType::Country,
            "Valdonia",
            "vd",
            &[("Valdonia", 0), ("Valdonian", 0)],
        )
        .entity(
            "p2",
            EntityType::Person,
            "Mira Kovel",
            "mira-kovel",
            &[("Mira Kovel", 0)],
        )
        .entity(
            "o1",
            EntityType::Organisation,
            "Valdonian foreign ministry",
            "valdonian-foreign-ministry",
            &[("Valdonian foreign ministry", 0)],
        )
        .entity(
            "c2",
            EntityType::Country,
            "Ostravia",
            "os",
            &[("Ostravia", 0)],
        )
        .relation(
            "p2",
            RelationType::SpokespersonOf,
            "o1",
            Polarity::Asserted,
            "speaks for",
        )
        .event(
            "v1",
            "112",
            "accuse",
            "accused",
            &["p1"],
            &["c1"],
            &[],
            Some("2024-05-05"),
            Polarity::Asserted,
            None,
        )
        .event(
            "v2",
            "042",
            "visit",
            "may visit",
            &["p2"],
            &["c2"],
            &["c2"],
            Some("2024-06"),
            Polarity::Unrealised,
            None,
        )
        .build()
}

/// Article one with its accusation gone and the meeting now asserted: what a better
/// extractor might make of the same text.
pub fn article_one_revised() -> ArticleGraph {
    let mut g = article_one();
    g.events.remove(0);
    g.events[0].polarity = Polarity::Asserted;
    g.extractor = "test-fixture-2".into();
    g
}
