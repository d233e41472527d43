//! What the exporter needs from the store, read with Oxigraph's indexed quad patterns.
//!
//! Every read is one pass over one predicate's index (`GRAPH ?g { ?s <p> ?o }` with the
//! predicate bound, run by Oxigraph's evaluator on the raw store, so that duplicates fold
//! and mentions are counted on internal ids before anything becomes text); nothing is looked
//! up per node and the article text (`nif:isString`, sentences, anchors) is never read.
//! Memory grows with the number of distinct entities, events and statements, not with the
//! size of the text.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use newsgraph_model::{RelationType, TimeValue};
use oxigraph::model::{NamedNodeRef, Term};
use oxigraph::store::Store as OxStore;

use crate::ExportError;

macro_rules! iris {
    ($($name:ident = $ns:literal $local:literal),* $(,)?) => {
        $(const $name: &str = concat!($ns, $local);)*
    };
}
iris! {
    RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#" "type",
    RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#" "subject",
    RDF_PREDICATE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#" "predicate",
    RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#" "object",
    RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#" "label",
    SEM_ACTOR = "http://semanticweb.cs.vu.nl/2009/11/sem/" "Actor",
    SEM_PLACE = "http://semanticweb.cs.vu.nl/2009/11/sem/" "Place",
    SEM_EVENT = "http://semanticweb.cs.vu.nl/2009/11/sem/" "Event",
    SEM_HAS_PLACE = "http://semanticweb.cs.vu.nl/2009/11/sem/" "hasPlace",
    SEM_HAS_TIME = "http://semanticweb.cs.vu.nl/2009/11/sem/" "hasTime",
    SEM_BEGIN = "http://semanticweb.cs.vu.nl/2009/11/sem/" "hasBeginTimeStamp",
    SEM_END = "http://semanticweb.cs.vu.nl/2009/11/sem/" "hasEndTimeStamp",
    NG_ENTITY_TYPE = "https://w3id.org/newsgraph/ns#" "entityType",
    NG_CAMEO = "https://w3id.org/newsgraph/ns#" "cameo",
    NG_CAMEO_ROOT = "https://w3id.org/newsgraph/ns#" "cameoRoot",
    NG_PLOVER = "https://w3id.org/newsgraph/ns#" "plover",
    NG_POLARITY = "https://w3id.org/newsgraph/ns#" "polarity",
    NG_SOURCE = "https://w3id.org/newsgraph/ns#" "source",
    NG_TARGET = "https://w3id.org/newsgraph/ns#" "target",
    NG_AGENCY = "https://w3id.org/newsgraph/ns#" "agency",
    NG_ROLE_RELATION = "https://w3id.org/newsgraph/ns#" "RoleRelation",
    ITSRDF_TA_IDENT_REF = "http://www.w3.org/2005/11/its/rdf#" "taIdentRef",
    PROV_DERIVED = "http://www.w3.org/ns/prov#" "wasDerivedFrom",
    SCHEMA_IDENTIFIER = "http://schema.org/" "identifier",
    SCHEMA_PUBLISHED = "http://schema.org/" "datePublished",
}
const NG: &str = "https://w3id.org/newsgraph/ns#";

/// An actor or place.
#[derive(Debug, Clone, Default)]
pub(crate) struct EntityFacts {
    pub actor: bool,
    pub place: bool,
    /// The smallest `ng:entityType` when articles disagree.
    pub etype: Option<String>,
    /// The fullest `rdfs:label` ("Ana Lind" over "Lind"), ties to the first in code-point
    /// order, so that the choice never depends on reading order.
    pub label: Option<String>,
    pub mentions: u64,
}

/// An event with what views and filters read of it.
#[derive(Debug, Clone, Default)]
pub(crate) struct EventFacts {
    pub label: Option<String>,
    pub cameo: Option<String>,
    pub cameo_root: Option<String>,
    pub plover: Option<String>,
    pub polarity: Option<String>,
    /// First and last day of its `sem:Time`, `YYYY-MM-DD`.
    pub begin: Option<String>,
    pub end: Option<String>,
    pub sources: BTreeSet<String>,
    pub targets: BTreeSet<String>,
    pub places: BTreeSet<String>,
    /// The articles it was read from (one: event IRIs are minted per article).
    pub articles: BTreeSet<String>,
}

/// One reified role statement (`ng:RoleRelation`).
#[derive(Debug, Clone, Default)]
pub(crate) struct StatementFacts {
    pub subject: Option<String>,
    pub relation: Option<RelationType>,
    pub object: Option<String>,
    pub polarity: Option<String>,
    pub articles: BTreeSet<String>,
}

/// An article: its id, agency and publication date.
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleFacts {
    pub id: Option<String>,
    pub agency: Option<String>,
    /// `schema:datePublished` as written (a day, a month or a year).
    pub published: Option<String>,
}

impl ArticleFacts {
    /// The first and last day of the publication date, when it is one the model reads.
    pub fn published_days(&self) -> Option<(String, String)> {
        let t: TimeValue = self.published.as_deref()?.parse().ok()?;
        let fmt = |(y, m, d): (i32, u8, u8)| format!("{y:04}-{m:02}-{d:02}");
        Some((fmt(t.first_day()), fmt(t.last_day())))
    }
}

/// Which parts of the store a view needs; the rest is not read.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Needs {
    pub mentions: bool,
    pub statements: bool,
    pub articles: bool,
    /// `ng:cameoRoot`, for a `--type` filter.
    pub roots: bool,
    /// `sem:hasPlace`, for the views that draw places.
    pub places: bool,
}

/// Everything read, keyed by IRI (sorted maps: iteration order is the IRI order).
#[derive(Debug, Default)]
pub(crate) struct Facts {
    pub entities: BTreeMap<String, EntityFacts>,
    pub events: BTreeMap<String, EventFacts>,
    pub statements: BTreeMap<String, StatementFacts>,
    pub articles: BTreeMap<String, ArticleFacts>,
}

fn node(iri: &'static str) -> NamedNodeRef<'static> {
    NamedNodeRef::new_unchecked(iri)
}

fn term_text(t: &Term) -> Option<&str> {
    match t {
        Term::NamedNode(n) => Some(n.as_str()),
        Term::Literal(l) => Some(l.value()),
        _ => None,
    }
}

/// Keeps the smaller of two values.
fn keep_min(slot: &mut Option<String>, value: &str) {
    match slot {
        Some(s) if s.as_str() <= value => {}
        _ => *slot = Some(value.to_string()),
    }
}

fn keep_max(slot: &mut Option<String>, value: &str) {
    match slot {
        Some(s) if s.as_str() >= value => {}
        _ => *slot = Some(value.to_string()),
    }
}

/// The longer label, ties to the smaller.
fn keep_label(slot: &mut Option<String>, value: &str) {
    let better = match slot {
        None => true,
        Some(s) => {
            let (a, b) = (value.chars().count(), s.chars().count());
            a > b || (a == b && value < s.as_str())
        }
    };
    if better {
        *slot = Some(value.to_string());
    }
}

pub(crate) struct Reader<'a> {
    store: &'a OxStore,
    path: &'a Path,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(store: &'a OxStore, path: &'a Path) -> Self {
        Reader { store, path }
    }

    fn error(&self, e: impl std::fmt::Display) -> ExportError {
        ExportError::Read {
            path: self.path.to_path_buf(),
            cause: e.to_string(),
        }
    }

    /// Runs a SELECT over the stored quads with Oxigraph's own evaluator, which joins,
    /// deduplicates and counts on its internal ids and turns only the answers into text.
    pub(crate) fn solutions(
        &self,
        sparql: &str,
        mut f: impl FnMut(&oxigraph::sparql::QuerySolution),
    ) -> Result<(), ExportError> {
        let results = oxigraph::sparql::SparqlEvaluator::new()
            .parse_query(sparql)
            .map_err(|e| self.error(e))?
            .on_store(self.store)
            .execute()
            .map_err(|e| self.error(e))?;
        if let oxigraph::sparql::QueryResults::Solutions(solutions) = results {
            for solution in solutions {
                f(&solution.map_err(|e| self.error(e))?);
            }
        }
        Ok(())
    }

    /// Calls `f(subject, object)` once for every distinct subject and object of a triple
    /// with this predicate (and object, when given) in any graph. An entity's description
    /// sits in every article naming it: deduplicating inside the evaluator spares decoding
    /// each copy.
    fn each(
        &self,
        predicate: &'static str,
        object: Option<&'static str>,
        mut f: impl FnMut(&str, &Term),
    ) -> Result<(), ExportError> {
        let (query, fixed) = match object {
            None => (
                format!("SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }} }}"),
                None,
            ),
            Some(o) => (
                format!("SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s <{predicate}> <{o}> }} }}"),
                Some(Term::from(node(o).into_owned())),
            ),
        };
        self.solutions(&query, |solution| {
            let Some(Term::NamedNode(s)) = solution.get("s") else {
                return;
            };
            match (&fixed, solution.get("o")) {
                (Some(o), _) | (None, Some(o)) => f(s.as_str(), o),
                _ => {}
            }
        })
    }

    /// How many subjects point at each object with this predicate, over all graphs.
    fn count_by_object(
        &self,
        predicate: &'static str,
        mut f: impl FnMut(&Term, u64),
    ) -> Result<(), ExportError> {
        let query = format!(
            "SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }} }} GROUP BY ?o"
        );
        self.solutions(&query, |solution| {
            if let (Some(o), Some(Term::Literal(n))) = (solution.get("o"), solution.get("n")) {
                if let Ok(n) = n.value().parse() {
                    f(o, n);
                }
            }
        })
    }

    fn subjects_of_type(&self, class: &'static str) -> Result<BTreeSet<String>, ExportError> {
        let mut out = BTreeSet::new();
        self.each(RDF_TYPE, Some(class), |s, _| {
            if !out.contains(s) {
                out.insert(s.to_string());
            }
        })?;
        Ok(out)
    }
}

/// The actors and places: their kinds, fullest labels, types and (when `mentions`) mention
/// counts. Labels are read through a join with the typed entities, so that the labels of
/// events (many more) are never turned into text.
pub(crate) fn read_entities(
    r: &Reader<'_>,
    mentions: bool,
) -> Result<BTreeMap<String, EntityFacts>, ExportError> {
    let mut entities: BTreeMap<String, EntityFacts> = BTreeMap::new();
    for (class, actor) in [(SEM_ACTOR, true), (SEM_PLACE, false)] {
        for iri in r.subjects_of_type(class)? {
            let e = entities.entry(iri).or_default();
            if actor {
                e.actor = true;
            } else {
                e.place = true;
            }
        }
    }
    let labels = format!(
        "SELECT DISTINCT ?s ?o WHERE {{
  {{ SELECT DISTINCT ?s WHERE {{
      {{ GRAPH ?g {{ ?s <{RDF_TYPE}> <{SEM_ACTOR}> }} }} UNION {{ GRAPH ?g {{ ?s <{RDF_TYPE}> <{SEM_PLACE}> }} }}
  }} }}
  {{ SELECT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{RDFS_LABEL}> ?o }} }} }}
}}"
    );
    r.solutions(&labels, |row| {
        let (Some(Term::NamedNode(s)), Some(o)) = (row.get("s"), row.get("o")) else {
            return;
        };
        if let (Some(e), Some(v)) = (entities.get_mut(s.as_str()), term_text(o)) {
            keep_label(&mut e.label, v);
        }
    })?;
    r.each(NG_ENTITY_TYPE, None, |s, o| {
        if let (Some(e), Some(v)) = (entities.get_mut(s), term_text(o)) {
            keep_min(&mut e.etype, v);
        }
    })?;
    if mentions {
        r.count_by_object(ITSRDF_TA_IDENT_REF, |o, n| {
            if let Some(e) = term_text(o).and_then(|v| entities.get_mut(v)) {
                e.mentions += n;
            }
        })?;
    }
    Ok(entities)
}

/// Reads what the views need from the store at `path` (an Oxigraph handle on it).
pub(crate) fn read(store: &OxStore, path: &Path, needs: Needs) -> Result<Facts, ExportError> {
    let r = Reader { store, path };
    let mut facts = Facts {
        entities: read_entities(&r, needs.mentions)?,
        ..Default::default()
    };
    for iri in r.subjects_of_type(SEM_EVENT)? {
        facts.events.insert(iri, EventFacts::default());
    }
    if needs.statements {
        for iri in r.subjects_of_type(NG_ROLE_RELATION)? {
            facts.statements.insert(iri, StatementFacts::default());
        }
    }

    let Facts {
        entities,
        events,
        statements,
        articles,
    } = &mut facts;

    // An IRI typed both as an entity and as an event keeps its entity label only.
    r.each(RDFS_LABEL, None, |s, o| {
        if let (false, Some(ev), Some(v)) =
            (entities.contains_key(s), events.get_mut(s), term_text(o))
        {
            keep_min(&mut ev.label, v);
        }
    })?;

    type Slot = fn(&mut EventFacts) -> &mut Option<String>;
    let slots: [(&'static str, Slot); 4] = [
        (NG_CAMEO, |e| &mut e.cameo),
        (NG_CAMEO_ROOT, |e| &mut e.cameo_root),
        (NG_PLOVER, |e| &mut e.plover),
        (NG_POLARITY, |e| &mut e.polarity),
    ];
    for (predicate, slot) in slots {
        if predicate == NG_CAMEO_ROOT && !needs.roots {
            continue;
        }
        let is_polarity = predicate == NG_POLARITY;
        r.each(predicate, None, |s, o| {
            let Some(v) = term_text(o) else { return };
            if let Some(ev) = events.get_mut(s) {
                keep_min(slot(ev), v);
            } else if is_polarity {
                if let Some(st) = statements.get_mut(s) {
                    keep_min(&mut st.polarity, v);
                }
            }
        })?;
    }
    type Set = fn(&mut EventFacts) -> &mut BTreeSet<String>;
    let sets: [(&'static str, Set); 3] = [
        (NG_SOURCE, |e| &mut e.sources),
        (NG_TARGET, |e| &mut e.targets),
        (SEM_HAS_PLACE, |e| &mut e.places),
    ];
    for (predicate, set) in sets {
        if predicate == SEM_HAS_PLACE && !needs.places {
            continue;
        }
        r.each(predicate, None, |s, o| {
            if let (Some(ev), Some(v)) = (events.get_mut(s), term_text(o)) {
                let set = set(ev);
                if !set.contains(v) {
                    set.insert(v.to_string());
                }
            }
        })?;
    }

    // Event -> its time node, then the time node's bounds.
    let mut times: HashMap<String, String> = HashMap::new();
    r.each(SEM_HAS_TIME, None, |s, o| {
        if let (true, Some(v)) = (events.contains_key(s), term_text(o)) {
            times.insert(v.to_string(), s.to_string());
        }
    })?;
    for (predicate, begin) in [(SEM_BEGIN, true), (SEM_END, false)] {
        r.each(predicate, None, |s, o| {
            let (Some(event), Some(v)) = (times.get(s), term_text(o)) else {
                return;
            };
            if let Some(ev) = events.get_mut(event) {
                if begin {
                    keep_min(&mut ev.begin, v);
                } else {
                    keep_max(&mut ev.end, v);
                }
            }
        })?;
    }
    drop(times);

    if needs.statements {
        r.each(RDF_SUBJECT, None, |s, o| {
            if let (Some(st), Some(v)) = (statements.get_mut(s), term_text(o)) {
                keep_min(&mut st.subject, v);
            }
        })?;
        r.each(RDF_OBJECT, None, |s, o| {
            if let (Some(st), Some(v)) = (statements.get_mut(s), term_text(o)) {
                keep_min(&mut st.object, v);
            }
        })?;
        r.each(RDF_PREDICATE, None, |s, o| {
            let Some(st) = statements.get_mut(s) else {
                return;
            };
            let local = term_text(o).and_then(|v| v.strip_prefix(NG));
            st.relation = RelationType::ALL
                .into_iter()
                .find(|r| Some(r.local_name()) == local);
        })?;
    }

    if needs.articles {
        r.each(PROV_DERIVED, None, |s, o| {
            let Some(article) = term_text(o) else { return };
            let set = if let Some(ev) = events.get_mut(s) {
                &mut ev.articles
            } else if let Some(st) = statements.get_mut(s) {
                &mut st.articles
            } else {
                return;
            };
            if !set.contains(article) {
                set.insert(article.to_string());
            }
            if !articles.contains_key(article) {
                articles.insert(article.to_string(), ArticleFacts::default());
            }
        })?;
        r.each(SCHEMA_IDENTIFIER, None, |s, o| {
            if let (Some(a), Some(v)) = (articles.get_mut(s), term_text(o)) {
                keep_min(&mut a.id, v);
            }
        })?;
        r.each(NG_AGENCY, None, |s, o| {
            if let (Some(a), Some(v)) = (articles.get_mut(s), term_text(o)) {
                keep_min(&mut a.agency, v);
            }
        })?;
        r.each(SCHEMA_PUBLISHED, None, |s, o| {
            if let (Some(a), Some(v)) = (articles.get_mut(s), term_text(o)) {
                keep_min(&mut a.published, v);
            }
        })?;
    }
    Ok(facts)
}
