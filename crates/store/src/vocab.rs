//! Every IRI newsgraph writes, in one place: the namespaces, the terms of each, and the
//! functions that mint the IRIs of articles, their text and their relations.
//!
//! This module is the contract between the store, the named queries in `queries/` and the
//! export crate; the team brief's "RDF vocabulary" section is its specification. Entity and
//! event IRIs are not minted here: they come from the link crate (`Entity::iri`,
//! `Event::iri`).
//!
//! Additions to the brief, all in our own `ng:` namespace or reusing standard terms: the
//! NIF context of an article says `prov:wasDerivedFrom <article>` (so a mention leads to its
//! article without a `GRAPH` clause); an article with a dateline carries
//! `ng:datelinePlaceName "Moscow"` as written, besides `ng:datelinePlace <place>` when the
//! name matches one of its places; external ids of a scheme other than `geonames` and
//! `iso3166` become `schema:identifier "scheme:value"`. Every reified relation and every
//! event carries its complete provenance itself: `ng:extractor` (the same version string as
//! its article), and `ng:evidenceSpan <article#char=s,e>`, a `nif:String` for the words
//! that state it (the trigger or pattern), beside `ng:evidence`, its sentence.
//!
//! Every `ng:` term is declared in `data/ontology.ttl` ([`ONTOLOGY`]), with its alignment
//! to SEM, NIF, PROV-O and schema.org; `docs/vocabulary.md` explains it. Tests fail when
//! the store writes an `ng:` term the ontology does not declare.

use newsgraph_model::{RelationType, Span};
use oxigraph::model::{NamedNode, NamedNodeRef};

/// newsgraph's own terms.
pub const NG: &str = "https://w3id.org/newsgraph/ns#";
/// The Simple Event Model.
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
/// NLP Interchange Format, core.
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
/// Internationalization Tag Set, for entity links of mentions.
pub const ITSRDF: &str = "http://www.w3.org/2005/11/its/rdf#";
/// W3C provenance.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// schema.org.
pub const SCHEMA: &str = "http://schema.org/";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// Where article IRIs (and so named graphs) live.
pub const ARTICLE_BASE: &str = "https://w3id.org/newsgraph/article/";
/// Where entity and event IRIs live (minted by the link crate).
pub const ID_BASE: &str = "https://w3id.org/newsgraph/id/";
/// GeoNames feature IRIs: `https://sws.geonames.org/{id}/`.
pub const GEONAMES_BASE: &str = "https://sws.geonames.org/";

/// Prefix names for Turtle / TriG output and for SPARQL: every query the store runs may use
/// these without declaring them.
pub const PREFIXES: [(&str, &str); 10] = [
    ("ng", NG),
    ("sem", SEM),
    ("nif", NIF),
    ("itsrdf", ITSRDF),
    ("prov", PROV),
    ("schema", SCHEMA),
    ("owl", OWL),
    ("rdfs", RDFS),
    ("rdf", RDF),
    ("xsd", XSD),
];

// `concat!` needs literals, so each namespace string is repeated once in its macro; a test
// checks that every macro agrees with its constant above.
macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        $(
            #[doc = concat!("`", $ns, $local, "`")]
            pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local));
        )*
    };
}

/// `ng:` terms.
pub mod ng {
    use super::*;
    terms!("https://w3id.org/newsgraph/ns#";
        ENTITY_TYPE = "entityType",
        ISO3166 = "iso3166",
        // The lower-case form of each of an entity's names, so that a query can find an
        // entity by name in any case with one index look-up (`?e ng:nameKey "russia"`).
        NAME_KEY = "nameKey",
        ROLE_RELATION = "RoleRelation",
        POLARITY = "polarity",
        ATTRIBUTED_TO = "attributedTo",
        EVIDENCE = "evidence",
        EVIDENCE_SPAN = "evidenceSpan",
        CONFIDENCE = "confidence",
        CAMEO = "cameo",
        CAMEO_ROOT = "cameoRoot",
        PLOVER = "plover",
        TRIGGER = "trigger",
        // `source` is the actor an event comes from (CAMEO's source); `agency` is an
        // article's agency or publisher ("Reuters"), a literal, kept apart so that one
        // predicate never holds both an actor and a string.
        SOURCE = "source",
        AGENCY = "agency",
        TARGET = "target",
        DATE = "date",
        DATELINE_PLACE = "datelinePlace",
        DATELINE_PLACE_NAME = "datelinePlaceName",
        EXTRACTOR = "extractor",
    );
}

/// `sem:` terms.
pub mod sem {
    use super::*;
    terms!("http://semanticweb.cs.vu.nl/2009/11/sem/";
        ACTOR = "Actor",
        PLACE = "Place",
        EVENT = "Event",
        TIME = "Time",
        HAS_ACTOR = "hasActor",
        HAS_PLACE = "hasPlace",
        HAS_TIME = "hasTime",
        HAS_BEGIN_TIME_STAMP = "hasBeginTimeStamp",
        HAS_END_TIME_STAMP = "hasEndTimeStamp",
    );
}

/// `nif:` terms.
pub mod nif {
    use super::*;
    terms!("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        CONTEXT = "Context",
        STRING = "String",
        SENTENCE_CLASS = "Sentence",
        PHRASE = "Phrase",
        IS_STRING = "isString",
        ANCHOR_OF = "anchorOf",
        BEGIN_INDEX = "beginIndex",
        END_INDEX = "endIndex",
        REFERENCE_CONTEXT = "referenceContext",
        SENTENCE = "sentence",
    );
}

/// `itsrdf:` terms.
pub mod itsrdf {
    use super::*;
    terms!("http://www.w3.org/2005/11/its/rdf#"; TA_IDENT_REF = "taIdentRef");
}

/// `prov:` terms.
pub mod prov {
    use super::*;
    terms!("http://www.w3.org/ns/prov#"; WAS_DERIVED_FROM = "wasDerivedFrom");
}

/// `schema:` terms.
pub mod schema {
    use super::*;
    terms!("http://schema.org/";
        NEWS_ARTICLE = "NewsArticle",
        IDENTIFIER = "identifier",
        HEADLINE = "headline",
        URL = "url",
        DATE_PUBLISHED = "datePublished",
        NAME = "name",
        ALTERNATE_NAME = "alternateName",
        LATITUDE = "latitude",
        LONGITUDE = "longitude",
    );
}

/// `owl:` terms.
pub mod owl {
    use super::*;
    terms!("http://www.w3.org/2002/07/owl#"; SAME_AS = "sameAs");
}

/// `rdfs:` terms.
pub mod rdfs {
    use super::*;
    terms!("http://www.w3.org/2000/01/rdf-schema#"; LABEL = "label");
}

/// `rdf:` terms (the reification vocabulary included).
pub mod rdf {
    use super::*;
    terms!("http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        TYPE = "type",
        SUBJECT = "subject",
        PREDICATE = "predicate",
        OBJECT = "object",
    );
}

/// `xsd:` datatypes.
pub mod xsd {
    use super::*;
    terms!("http://www.w3.org/2001/XMLSchema#";
        INTEGER = "integer",
        DECIMAL = "decimal",
        DATE = "date",
        G_YEAR_MONTH = "gYearMonth",
        G_YEAR = "gYear",
    );
}

/// The predicate of a role relation: `ng:spokespersonOf` for
/// [`RelationType::SpokespersonOf`].
pub fn relation_predicate(relation: RelationType) -> NamedNode {
    NamedNode::new_unchecked(format!("{NG}{}", relation.local_name()))
}

/// An article id as one IRI path segment: ASCII letters, digits, `.`, `_` and `-` are kept,
/// every other byte of its UTF-8 is percent-encoded (`%20` for a space). Distinct ids give
/// distinct slugs. A segment of dots only is encoded whole, since `.` and `..` mean
/// something else in a path.
///
/// ```
/// assert_eq!(newsgraph_store::vocab::slug("2024-03-11 gas/talks"), "2024-03-11%20gas%2Ftalks");
/// assert_eq!(newsgraph_store::vocab::slug(".."), "%2E%2E");
/// ```
pub fn slug(id: &str) -> String {
    let dots_only = !id.is_empty() && id.bytes().all(|b| b == b'.');
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        let keep =
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-') || (b == b'.' && !dots_only);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The IRI of an article, which is also the name of its named graph:
/// `https://w3id.org/newsgraph/article/{slug}`.
pub fn article_iri(article_id: &str) -> String {
    format!("{ARTICLE_BASE}{}", slug(article_id))
}

/// The named graph that holds what was read from one article and from it alone: the
/// article node, its text (NIF), its reified relations and its events.
pub fn graph_name(article_id: &str) -> NamedNode {
    NamedNode::new_unchecked(article_iri(article_id))
}

/// The one named graph shared by all articles: what the store knows of the entities
/// themselves (types, labels, names, external ids, coordinates) and the asserted role
/// relations between them as direct triples (`<a> ng:spokespersonOf <b>`). Every such
/// triple is stored here once, however many articles state it, so that no triple sits in
/// two graphs and the union of the graphs (the default graph of queries) is a set.
pub const ENTITY_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/newsgraph/graph/entities");

/// The NIF node of a stretch of the article text (RFC 5147 fragment):
/// `{article}#char={start},{end}`, offsets in code points.
pub fn char_iri(article_id: &str, start: u32, end: u32) -> String {
    format!("{}#char={start},{end}", article_iri(article_id))
}

/// The NIF context: the whole text, `{article}#char=0,{length}`.
pub fn context_iri(article_id: &str, text_len: u32) -> String {
    char_iri(article_id, 0, text_len)
}

/// The NIF node of a sentence.
pub fn sentence_iri(article_id: &str, span: Span) -> String {
    char_iri(article_id, span.start(), span.end())
}

/// The NIF node of a mention. A mention and a sentence covering the same characters are the
/// same node, as NIF intends.
pub fn mention_iri(article_id: &str, span: Span) -> String {
    char_iri(article_id, span.start(), span.end())
}

/// The reified `n`-th relation of an article (0-based, in graph order):
/// `{article}/relation/{n}`.
pub fn relation_iri(article_id: &str, n: usize) -> String {
    format!("{}/relation/{n}", article_iri(article_id))
}

/// The `sem:Time` node of an event: `{event}/time`.
pub fn time_iri(event_iri: &str) -> String {
    format!("{event_iri}/time")
}

/// A GeoNames feature: `https://sws.geonames.org/{id}/`.
pub fn geonames_iri(id: &str) -> String {
    format!("{GEONAMES_BASE}{id}/")
}

/// `data/ontology.ttl`: the RDFS/OWL declaration of every `ng:` class and property, compiled
/// in so that a server or a dump can hand it out with the data.
pub const ONTOLOGY: &str = include_str!("../../../data/ontology.ttl");

/// The IRI of the ontology document itself (`owl:Ontology`).
pub const ONTOLOGY_IRI: &str = "https://w3id.org/newsgraph/ns";

/// The terms [`ONTOLOGY`] declares: every subject typed `owl:Class`, `rdfs:Class`,
/// `owl:ObjectProperty`, `owl:DatatypeProperty`, `owl:AnnotationProperty`, `rdf:Property`
/// or `rdfs:Datatype`, sorted. Fails only if the Turtle does not parse, which a test rules out.
///
/// ```
/// let declared = newsgraph_store::vocab::declared_terms()?;
/// assert!(declared.contains("https://w3id.org/newsgraph/ns#spokespersonOf"));
/// assert!(declared.contains("https://w3id.org/newsgraph/ns#RoleRelation"));
/// # Ok::<(), newsgraph_store::StoreError>(())
/// ```
pub fn declared_terms() -> Result<std::collections::BTreeSet<String>, crate::StoreError> {
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, Term};
    let kinds = [
        "http://www.w3.org/2002/07/owl#Class",
        "http://www.w3.org/2000/01/rdf-schema#Class",
        "http://www.w3.org/2002/07/owl#ObjectProperty",
        "http://www.w3.org/2002/07/owl#DatatypeProperty",
        "http://www.w3.org/2002/07/owl#AnnotationProperty",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property",
        "http://www.w3.org/2000/01/rdf-schema#Datatype",
    ];
    let mut declared = std::collections::BTreeSet::new();
    for triple in RdfParser::from_format(RdfFormat::Turtle).for_slice(ONTOLOGY.as_bytes()) {
        let triple = triple.map_err(|e| crate::StoreError::Ontology {
            cause: e.to_string(),
        })?;
        if let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) =
            (&triple.subject, &triple.object)
        {
            if triple.predicate == rdf::TYPE && kinds.contains(&o.as_str()) {
                declared.insert(s.as_str().to_string());
            }
        }
    }
    Ok(declared)
}

/// `PREFIX` lines for every namespace in [`PREFIXES`], for queries sent elsewhere.
pub fn sparql_prefixes() -> String {
    PREFIXES
        .iter()
        .map(|(p, ns)| format!("PREFIX {p}: <{ns}>\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_lies_in_its_namespace() {
        let groups: [(&str, &[NamedNodeRef<'static>]); 10] = [
            (
                NG,
                &[
                    ng::ENTITY_TYPE,
                    ng::ISO3166,
                    ng::NAME_KEY,
                    ng::ROLE_RELATION,
                    ng::EXTRACTOR,
                    ng::DATELINE_PLACE_NAME,
                    ng::EVIDENCE_SPAN,
                ],
            ),
            (SEM, &[sem::ACTOR, sem::HAS_END_TIME_STAMP]),
            (NIF, &[nif::CONTEXT, nif::SENTENCE, nif::STRING]),
            (ITSRDF, &[itsrdf::TA_IDENT_REF]),
            (PROV, &[prov::WAS_DERIVED_FROM]),
            (SCHEMA, &[schema::NEWS_ARTICLE, schema::LONGITUDE]),
            (OWL, &[owl::SAME_AS]),
            (RDFS, &[rdfs::LABEL]),
            (RDF, &[rdf::TYPE, rdf::OBJECT]),
            (XSD, &[xsd::INTEGER, xsd::G_YEAR]),
        ];
        for (ns, terms) in groups {
            for t in terms {
                assert!(t.as_str().starts_with(ns), "{t} not in {ns}");
                assert!(NamedNode::new(t.as_str()).is_ok(), "{t} is not a valid IRI");
            }
        }
        assert_eq!(oxigraph::model::vocab::rdf::TYPE, rdf::TYPE);
        assert_eq!(oxigraph::model::vocab::xsd::G_YEAR_MONTH, xsd::G_YEAR_MONTH);
    }

    #[test]
    fn slugs_are_iri_safe_and_injective() {
        let ids = [
            "a b",
            "a%20b",
            "a/b",
            "a_b",
            "Ünïcode",
            ".",
            "..",
            "...x",
            "",
        ];
        let slugs: Vec<String> = ids.iter().map(|i| slug(i)).collect();
        for (id, s) in ids.iter().zip(&slugs) {
            assert!(NamedNode::new(article_iri(id)).is_ok(), "{id:?} -> {s:?}");
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-%".contains(&b)),
                "{s}"
            );
        }
        let mut unique = slugs.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), slugs.len(), "{slugs:?}");
        assert_eq!(slug("...x"), "...x");
        assert_eq!(slug("Ünïcode"), "%C3%9Cn%C3%AFcode");
    }

    #[test]
    fn text_nodes_follow_rfc_5147() {
        let span = Span::new(4, 9).unwrap();
        assert_eq!(
            sentence_iri("wire 1", span),
            "https://w3id.org/newsgraph/article/wire%201#char=4,9"
        );
        assert_eq!(
            relation_predicate(RelationType::LeaderOf).as_str(),
            format!("{NG}leaderOf")
        );
    }
}
