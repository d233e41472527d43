//! One article graph as RDF quads, following [`crate::vocab`]: what was read from the
//! article alone goes in the article's named graph; what describes its entities and the
//! asserted role relations between them goes in the shared [`vocab::ENTITY_GRAPH`], where
//! the store keeps each triple once (see [`crate::shared`]).

use std::collections::HashMap;

use newsgraph_model::{
    ArticleGraph, Entity, EntityKind, EntityType, Event, Evidence, Polarity, Relation, TimeValue,
};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use rustc_hash::FxHashSet;

use crate::vocab::{self, itsrdf, ng, nif, owl, prov, rdf, rdfs, schema, sem, xsd};
use crate::StoreError;

/// Decimal places kept of a confidence and of a coordinate: enough to tell values apart,
/// few enough that the text never depends on float noise.
const CONFIDENCE_PLACES: usize = 4;
const COORDINATE_PLACES: usize = 6;

/// The article's RDF in a fixed order (article, text, entities, relations, events), without
/// duplicates: quads of the article's graph, and quads of [`vocab::ENTITY_GRAPH`] for the
/// entity descriptions and the asserted direct role triples. Refuses, before building anything, a graph whose entities or events lack an
/// IRI, and a graph that fails [`ArticleGraph::validate`].
pub fn graph_quads(graph: &ArticleGraph) -> Result<Vec<Quad>, StoreError> {
    let article = &graph.article.id;
    for e in &graph.entities {
        if e.iri.is_none() {
            return Err(StoreError::Unlinked {
                article: article.clone(),
                what: format!("entity {} ({:?})", e.id, e.label),
            });
        }
    }
    for ev in &graph.events {
        if ev.iri.is_none() {
            return Err(StoreError::Unlinked {
                article: article.clone(),
                what: format!("event {} ({})", ev.id, ev.label),
            });
        }
    }
    graph.validate().map_err(|e| StoreError::Invalid {
        article: article.clone(),
        cause: e.to_string(),
    })?;
    let mut b = Builder::new(graph)?;
    b.article();
    b.text();
    for e in &graph.entities {
        b.entity(e)?;
    }
    for (n, r) in graph.relations.iter().enumerate() {
        b.relation(n, r)?;
    }
    for ev in &graph.events {
        b.event(ev)?;
    }
    Ok(first_of_each(b.quads))
}

/// Drops repeated quads, each kept at its first place. Remembering borrowed quads, not
/// copies, spares a clone (five allocations) of every quad written.
fn first_of_each(mut quads: Vec<Quad>) -> Vec<Quad> {
    let keep: Vec<bool> = {
        let mut seen = FxHashSet::with_capacity_and_hasher(quads.len(), Default::default());
        quads.iter().map(|q| seen.insert(q)).collect()
    };
    let mut keep = keep.into_iter();
    quads.retain(|_| keep.next().unwrap_or(true));
    quads
}

struct Builder<'g> {
    graph: &'g ArticleGraph,
    name: GraphName,
    /// [`vocab::ENTITY_GRAPH`].
    shared: GraphName,
    article: NamedNode,
    context: NamedNode,
    /// Entity id -> IRI, for relations and events; looked up, never iterated.
    entities: HashMap<&'g str, NamedNode>,
    quads: Vec<Quad>,
}

impl<'g> Builder<'g> {
    fn new(graph: &'g ArticleGraph) -> Result<Self, StoreError> {
        let id = &graph.article.id;
        let article = vocab::graph_name(id);
        let text_len = graph.article.text.chars().count() as u32;
        let mut b = Builder {
            graph,
            name: GraphName::NamedNode(article.clone()),
            shared: GraphName::NamedNode(vocab::ENTITY_GRAPH.into_owned()),
            context: NamedNode::new_unchecked(vocab::context_iri(id, text_len)),
            article,
            entities: HashMap::new(),
            quads: Vec::new(),
        };
        for e in &graph.entities {
            let iri = b.iri(e.iri.as_deref().unwrap_or_default())?;
            b.entities.insert(e.id.as_str(), iri);
        }
        Ok(b)
    }

    fn iri(&self, iri: &str) -> Result<NamedNode, StoreError> {
        NamedNode::new(iri).map_err(|e| StoreError::BadIri {
            article: self.graph.article.id.clone(),
            iri: iri.to_string(),
            cause: e.to_string(),
        })
    }

    /// The IRI of an entity id. `validate` has checked every reference; this error only
    /// keeps the conversion total.
    fn entity_iri(&self, id: &str) -> Result<NamedNode, StoreError> {
        self.entities
            .get(id)
            .cloned()
            .ok_or_else(|| self.invalid(format!("no entity {id}")))
    }

    fn invalid(&self, cause: String) -> StoreError {
        StoreError::Invalid {
            article: self.graph.article.id.clone(),
            cause,
        }
    }

    /// Repeats are dropped at the end, by [`first_of_each`].
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads
            .push(Quad::new(s.clone(), p, o, self.name.clone()));
    }

    /// A triple of the shared entity graph; repeats are dropped at the end too.
    fn add_shared(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads
            .push(Quad::new(s.clone(), p, o, self.shared.clone()));
    }

    fn sentence_node(&self, index: u32) -> Result<NamedNode, StoreError> {
        let span = self
            .graph
            .sentences
            .get(index as usize)
            .ok_or_else(|| self.invalid(format!("no sentence {index}")))?;
        Ok(NamedNode::new_unchecked(vocab::sentence_iri(
            &self.graph.article.id,
            *span,
        )))
    }

    fn article(&mut self) {
        let a = self.article.clone();
        let art = &self.graph.article;
        self.add(&a, rdf::TYPE, schema::NEWS_ARTICLE);
        self.add(&a, schema::IDENTIFIER, string(&art.id));
        if let Some(title) = &art.title {
            self.add(&a, schema::HEADLINE, string(title));
        }
        if let Some(url) = &art.url {
            // A URL that is no valid IRI is still worth keeping, as text.
            match NamedNode::new(url.as_str()) {
                Ok(iri) => self.add(&a, schema::URL, iri),
                Err(_) => self.add(&a, schema::URL, string(url)),
            }
        }
        if let Some(published) = &art.published {
            self.add(&a, schema::DATE_PUBLISHED, time_literal(published));
        }
        if let Some(source) = &art.source {
            self.add(&a, ng::AGENCY, string(source));
        }
        if let Some(dateline) = &art.dateline {
            self.add(&a, ng::DATELINE_PLACE_NAME, string(&dateline.place));
            if let Some(place) = self.dateline_place(&dateline.place) {
                self.add(&a, ng::DATELINE_PLACE, place);
            }
        }
        self.add(&a, ng::EXTRACTOR, string(&self.graph.extractor));
    }

    /// The place entity the dateline names: an exact name first, then any case.
    fn dateline_place(&self, name: &str) -> Option<NamedNode> {
        let places = || self.graph.entities.iter().filter(|e| is_place(e));
        let names = |e: &'g Entity| std::iter::once(&e.label).chain(&e.names);
        let found = places().find(|e| names(e).any(|n| n == name)).or_else(|| {
            places().find(|e| names(e).any(|n| n.to_lowercase() == name.to_lowercase()))
        })?;
        self.entities.get(found.id.as_str()).cloned()
    }

    fn text(&mut self) {
        let ctx = self.context.clone();
        let text = &self.graph.article.text;
        let len = text.chars().count() as u32;
        self.add(&ctx, rdf::TYPE, nif::CONTEXT);
        self.add(&ctx, nif::IS_STRING, string(text));
        self.add(&ctx, nif::BEGIN_INDEX, integer(0));
        self.add(&ctx, nif::END_INDEX, integer(len));
        let article = self.article.clone();
        self.add(&ctx, prov::WAS_DERIVED_FROM, article);
        for span in self.graph.sentences.clone() {
            let s = NamedNode::new_unchecked(vocab::sentence_iri(&self.graph.article.id, span));
            self.add(&s, rdf::TYPE, nif::SENTENCE_CLASS);
            if let Some(words) = span.slice(text) {
                self.add(&s, nif::ANCHOR_OF, string(words));
            }
            self.add(&s, nif::BEGIN_INDEX, integer(span.start()));
            self.add(&s, nif::END_INDEX, integer(span.end()));
            self.add(&s, nif::REFERENCE_CONTEXT, ctx.clone());
        }
    }

    fn entity(&mut self, e: &Entity) -> Result<(), StoreError> {
        let iri = self.entity_iri(&e.id)?;
        if e.kind == EntityKind::Actor {
            self.add_shared(&iri, rdf::TYPE, sem::ACTOR);
        }
        if is_place(e) {
            self.add_shared(&iri, rdf::TYPE, sem::PLACE);
        }
        self.add_shared(&iri, ng::ENTITY_TYPE, string(e.etype.as_str()));
        self.add_shared(&iri, rdfs::LABEL, string(&e.label));
        self.add_shared(&iri, schema::NAME, string(&e.label));
        for name in e.names.iter().filter(|n| **n != e.label) {
            self.add_shared(&iri, schema::ALTERNATE_NAME, string(name));
        }
        for name in std::iter::once(&e.label).chain(&e.names) {
            self.add_shared(&iri, ng::NAME_KEY, string(&name_key(name)));
        }
        for ext in &e.external {
            match ext.scheme.as_str() {
                "geonames" => {
                    let same = self.iri(&vocab::geonames_iri(&ext.value))?;
                    self.add_shared(&iri, owl::SAME_AS, same);
                }
                "iso3166" => self.add_shared(&iri, ng::ISO3166, string(&ext.value)),
                other => self.add_shared(
                    &iri,
                    schema::IDENTIFIER,
                    string(&format!("{other}:{}", ext.value)),
                ),
            }
        }
        if let Some((lat, lon)) = e.coordinates {
            if let (Some(lat), Some(lon)) = (
                decimal(lat, COORDINATE_PLACES),
                decimal(lon, COORDINATE_PLACES),
            ) {
                self.add_shared(&iri, schema::LATITUDE, lat);
                self.add_shared(&iri, schema::LONGITUDE, lon);
            }
        }
        let text = &self.graph.article.text;
        for m in &e.mentions {
            let node = NamedNode::new_unchecked(vocab::mention_iri(&self.graph.article.id, m.span));
            // NIF's anchorOf is the text at the offsets; the mention's copy is the fallback.
            let anchor = m.span.slice(text).unwrap_or(&m.text);
            self.add(&node, rdf::TYPE, nif::PHRASE);
            self.add(&node, nif::ANCHOR_OF, string(anchor));
            self.add(&node, nif::BEGIN_INDEX, integer(m.span.start()));
            self.add(&node, nif::END_INDEX, integer(m.span.end()));
            let sentence = self.sentence_node(m.sentence)?;
            self.add(&node, nif::SENTENCE, sentence);
            self.add(&node, nif::REFERENCE_CONTEXT, self.context.clone());
            self.add(&node, itsrdf::TA_IDENT_REF, iri.clone());
        }
        Ok(())
    }

    fn relation(&mut self, n: usize, r: &Relation) -> Result<(), StoreError> {
        let subject = self.entity_iri(&r.subject)?;
        let object = self.entity_iri(&r.object)?;
        let predicate = vocab::relation_predicate(r.predicate);
        if r.polarity == Polarity::Asserted {
            self.add_shared(&subject, predicate.as_ref(), object.clone());
        }
        let node = NamedNode::new_unchecked(vocab::relation_iri(&self.graph.article.id, n));
        self.add(&node, rdf::TYPE, ng::ROLE_RELATION);
        self.add(&node, rdf::SUBJECT, subject);
        self.add(&node, rdf::PREDICATE, predicate);
        self.add(&node, rdf::OBJECT, object);
        self.provenance(
            &node,
            false,
            r.polarity,
            r.attribution.as_deref(),
            &r.evidence,
            r.confidence,
        )
    }

    /// An event's IRI may be shared by several articles (the identity index matches one
    /// event across articles), so all its triples but the ones that point at this article
    /// (evidence, evidence words, `prov:wasDerivedFrom`) go in the shared entity graph.
    fn event(&mut self, ev: &Event) -> Result<(), StoreError> {
        let node = self.iri(ev.iri.as_deref().unwrap_or_default())?;
        self.add_shared(&node, rdf::TYPE, sem::EVENT);
        self.add_shared(&node, rdfs::LABEL, string(&ev.label));
        self.add_shared(&node, ng::CAMEO, string(ev.cameo.as_str()));
        self.add_shared(&node, ng::CAMEO_ROOT, string(ev.cameo.root()));
        self.add_shared(&node, ng::PLOVER, string(ev.cameo.plover()));
        self.add_shared(&node, ng::TRIGGER, string(&ev.trigger));
        for id in &ev.sources {
            let actor = self.entity_iri(id)?;
            self.add_shared(&node, ng::SOURCE, actor.clone());
            self.add_shared(&node, sem::HAS_ACTOR, actor);
        }
        for id in &ev.targets {
            let actor = self.entity_iri(id)?;
            self.add_shared(&node, ng::TARGET, actor.clone());
            self.add_shared(&node, sem::HAS_ACTOR, actor);
        }
        for id in &ev.places {
            let place = self.entity_iri(id)?;
            self.add_shared(&node, sem::HAS_PLACE, place);
        }
        if let Some(date) = &ev.date {
            // The TimeValue string stays a plain literal, so that one comparison works for
            // every precision (a day, a month, "198X", an interval); the typed bounds are on
            // the sem:Time node.
            self.add_shared(&node, ng::DATE, string(&date.to_string()));
            let time = self.iri(&vocab::time_iri(node.as_str()))?;
            self.add_shared(&node, sem::HAS_TIME, time.clone());
            self.add_shared(&time, rdf::TYPE, sem::TIME);
            self.add_shared(
                &time,
                sem::HAS_BEGIN_TIME_STAMP,
                day_literal(date.first_day()),
            );
            self.add_shared(&time, sem::HAS_END_TIME_STAMP, day_literal(date.last_day()));
        }
        self.provenance(
            &node,
            true,
            ev.polarity,
            ev.attribution.as_deref(),
            &ev.evidence,
            ev.confidence,
        )
    }

    /// What relations and events share: polarity, who says so, where (sentence and words,
    /// with their offsets), how sure, read by which extractor, from which article. Each node
    /// carries all of it itself, so that one relation or event copied out of the store (a
    /// DESCRIBE, an export row) keeps its provenance without its article.
    ///
    /// `shared` (an event) puts what may coincide across articles (polarity, speaker,
    /// confidence, extractor) in the shared entity graph; what names this article stays in
    /// its graph.
    #[allow(clippy::too_many_arguments)]
    fn provenance(
        &mut self,
        node: &NamedNode,
        shared: bool,
        polarity: Polarity,
        speaker: Option<&str>,
        evidence: &Evidence,
        confidence: f32,
    ) -> Result<(), StoreError> {
        let add = |b: &mut Self, p: NamedNodeRef<'_>, o: Term| {
            if shared {
                b.add_shared(node, p, o)
            } else {
                b.add(node, p, o)
            }
        };
        add(self, ng::POLARITY, string(polarity.as_str()).into());
        if let Some(speaker) = speaker {
            let speaker = self.entity_iri(speaker)?;
            add(self, ng::ATTRIBUTED_TO, speaker.into());
        }
        let sentence = self.sentence_node(evidence.sentence)?;
        self.add(node, ng::EVIDENCE, sentence.clone());
        if let Some(words) = self.evidence_words(evidence, &sentence) {
            self.add(node, ng::EVIDENCE_SPAN, words);
        }
        if let Some(c) = decimal(f64::from(confidence), CONFIDENCE_PLACES) {
            add(self, ng::CONFIDENCE, c.into());
        }
        add(self, ng::EXTRACTOR, string(&self.graph.extractor).into());
        let article = self.article.clone();
        self.add(node, prov::WAS_DERIVED_FROM, article);
        Ok(())
    }

    /// The NIF node of the words that state a relation or event, or `None` for an empty
    /// span (nothing to point at). When the words are the whole sentence, or a mention, the
    /// node is that same node, as NIF intends for one stretch of text.
    fn evidence_words(&mut self, evidence: &Evidence, sentence: &NamedNode) -> Option<NamedNode> {
        let span = evidence.span;
        if span.is_empty() {
            return None;
        }
        let node = NamedNode::new_unchecked(vocab::char_iri(
            &self.graph.article.id,
            span.start(),
            span.end(),
        ));
        let anchor = span
            .slice(&self.graph.article.text)
            .unwrap_or(&evidence.text)
            .to_string();
        self.add(&node, rdf::TYPE, nif::STRING);
        self.add(&node, nif::ANCHOR_OF, string(&anchor));
        self.add(&node, nif::BEGIN_INDEX, integer(span.start()));
        self.add(&node, nif::END_INDEX, integer(span.end()));
        if node != *sentence {
            self.add(&node, nif::SENTENCE, sentence.clone());
        }
        self.add(&node, nif::REFERENCE_CONTEXT, self.context.clone());
        Some(node)
    }
}

/// The `ng:nameKey` of a name: its lower-case form, as SPARQL's `LCASE` gives it (Oxigraph's
/// `LCASE` is Rust's `to_lowercase`), so that a query computes the key of a parameter with
/// `LCASE(?actor)` and finds the entity with an index look-up.
pub(crate) fn name_key(name: &str) -> String {
    name.to_lowercase()
}

/// A country is an actor that is also a place.
fn is_place(e: &Entity) -> bool {
    e.kind == EntityKind::Place || e.etype == EntityType::Country
}

fn string(s: &str) -> Literal {
    Literal::new_simple_literal(s)
}

fn integer(n: u32) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
}

/// The datatype that fits the value's precision, or a plain string for decades and intervals.
pub(crate) fn time_literal(t: &TimeValue) -> Literal {
    let text = t.to_string();
    match t.xsd_type() {
        Some("date") => Literal::new_typed_literal(text, xsd::DATE),
        Some("gYearMonth") => Literal::new_typed_literal(text, xsd::G_YEAR_MONTH),
        Some("gYear") => Literal::new_typed_literal(text, xsd::G_YEAR),
        _ => Literal::new_simple_literal(text),
    }
}

fn day_literal((year, month, day): (i32, u8, u8)) -> Literal {
    Literal::new_typed_literal(format!("{year:04}-{month:02}-{day:02}"), xsd::DATE)
}

/// The canonical xsd:decimal form (no trailing zeros, no exponent, no "-0"), which is also
/// what the store gives back, so files written here and dumps of the store agree.
fn decimal(value: f64, places: usize) -> Option<Literal> {
    if !value.is_finite() {
        return None;
    }
    let fixed = format!("{value:.places$}");
    let trimmed = if fixed.contains('.') {
        fixed.trim_end_matches('0').trim_end_matches('.')
    } else {
        fixed.as_str()
    };
    let canonical = if trimmed == "-0" { "0" } else { trimmed };
    Some(Literal::new_typed_literal(canonical, xsd::DECIMAL))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_canonical() {
        let text = |v: f64, p| decimal(v, p).unwrap().value().to_string();
        assert_eq!(text(f64::from(0.9f32), 4), "0.9");
        assert_eq!(text(1.0, 4), "1");
        assert_eq!(text(-0.00001, 4), "0");
        assert_eq!(text(55.755826, 6), "55.755826");
        assert!(decimal(f64::NAN, 4).is_none());
    }

    #[test]
    fn dates_take_the_type_of_their_precision() {
        let lit = |s: &str| time_literal(&s.parse().unwrap());
        assert_eq!(lit("2016-04-02").datatype(), xsd::DATE);
        assert_eq!(lit("2016-04").datatype(), xsd::G_YEAR_MONTH);
        assert_eq!(lit("2016").datatype(), xsd::G_YEAR);
        assert_eq!(lit("198X").datatype(), oxigraph::model::vocab::xsd::STRING);
        assert_eq!(day_literal((2016, 4, 1)).value(), "2016-04-01");
    }
}
