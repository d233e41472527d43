//! The identity index kept in the store, and `explain`.
//!
//! The link crate decides identities against an [`IdentityIndex`]; this is the one that
//! lives in the store, so that identities persist across ingest runs. Each article's share
//! of the index is written into that article's own named graph, in the same commit as the
//! article: replacing an article replaces what it said of identities, and a `kill -9` can
//! never leave index facts of an article that was not committed. Its predicates:
//! - `<iri> ng:idKey "name|ana lind"` — one per lookup key (names, surnames, acronyms,
//!   gazetteer ids, event keys); looked up by the (predicate, object) index, so finding
//!   the candidates of a name costs the same in a store of 1,000 or 100,000 articles;
//! - `<iri> ng:idType "person"`, `ng:idFirstName "ana"`, `ng:idContext <other-iri>`;
//! - events: `ng:idEventSource`, `ng:idEventTarget`, `ng:idEventDate`; being in the
//!   article's graph, they keep each article's report of an event apart, which is what a
//!   new report is matched against ([`IdentityIndex::event_reports`]);
//! - `<iri> ng:idRecord "article<TAB>label<TAB>key ; key<TAB>context context"`: what each
//!   article said of the identity; [`explain`] derives the evidence of every merge from it.
//!
//! Everything recorded is a set of facts about articles, never "who came first", so the
//! index's content does not depend on the order of ingest.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use newsgraph_link::identity::{EventProfile, IdentityIndex, IdentityRecord, Profile};
use oxigraph::model::{
    GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, Term,
    TermRef,
};
use oxigraph::sparql::QueryResults;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::vocab::{itsrdf, nif};
use crate::{Store, StoreError};

const ID_KEY: &str = "https://w3id.org/newsgraph/ns#idKey";
const ID_TYPE: &str = "https://w3id.org/newsgraph/ns#idType";
const ID_FIRST_NAME: &str = "https://w3id.org/newsgraph/ns#idFirstName";
const ID_CONTEXT: &str = "https://w3id.org/newsgraph/ns#idContext";
const ID_EVENT_SOURCE: &str = "https://w3id.org/newsgraph/ns#idEventSource";
const ID_EVENT_TARGET: &str = "https://w3id.org/newsgraph/ns#idEventTarget";
const ID_EVENT_DATE: &str = "https://w3id.org/newsgraph/ns#idEventDate";
const ID_RECORD: &str = "https://w3id.org/newsgraph/ns#idRecord";

fn p(iri: &'static str) -> NamedNodeRef<'static> {
    NamedNodeRef::new_unchecked(iri)
}

/// The store's identity index. Records of articles not yet written are held in memory
/// ([`Self::take_pending`] hands them to the writer) and look-ups see them as well as the
/// store's.
///
/// # Cost
///
/// Every article that names an identity writes its own `ng:idKey` records in its own graph,
/// so a popular key ("name|pakistan") has one stored record per article that ever named it.
/// A look-up therefore asks the store once per key (and once per identity and predicate),
/// with `SELECT DISTINCT` run by Oxigraph's evaluator, which folds the duplicates on its
/// internal ids and decodes only the distinct answers; the answer is kept for the rest of
/// the run and the run's own records are added to it as they are made. A bulk run thus pays
/// ~O(1) per look-up, and one article into a big store pays one indexed scan per key it
/// names. The kept answers stay exact because the store changes only through this run's
/// writer, whose records all pass through [`Self::take_pending`]; a commit that replaced
/// articles (whose old records are gone) drops them ([`Self::forget`]). An event's reports
/// are read by one (subject, predicate) scan per event predicate, graph by graph, and kept
/// the same way; they stay few, as a report joins an event only if it agrees with all of
/// them.
#[derive(Debug)]
pub struct StoreIdentityIndex<'a> {
    store: &'a Store,
    /// Records of the article being linked: look-ups do not see them yet, as an article's
    /// events are never the same event as each other.
    pending: Vec<(&'static str, Quad)>,
    /// Records made but not yet committed to the store, keys by value and the other
    /// records by (subject, predicate): what look-ups must see besides the store. (Keys are
    /// only ever looked up by value, and the rest only by subject.)
    by_key: HashMap<String, BTreeSet<String>>,
    by_subject: HashMap<(String, &'static str), Vec<Term>>,
    /// Answers kept for the run: key -> identities, (identity, predicate) -> objects,
    /// (identity, context) -> whether it was recorded.
    keys: RefCell<HashMap<String, BTreeSet<String>>>,
    objects: RefCell<HashMap<(String, &'static str), HashSet<Term>>>,
    contexts: RefCell<HashMap<(String, String), bool>>,
    /// Event reports made but not yet committed, and the reports kept for the run: event
    /// -> article graph -> what that article said of it.
    uncommitted_reports: HashMap<String, BTreeMap<String, EventProfile>>,
    reports: RefCell<HashMap<String, BTreeMap<String, EventProfile>>>,
}

/// Adds one `ng:idEvent*` fact to an article's report.
fn add_to_report(report: &mut EventProfile, pred: &str, object: &Term) {
    let value = match object {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    };
    match pred {
        ID_EVENT_SOURCE => report.sources.insert(value),
        ID_EVENT_TARGET => report.targets.insert(value),
        _ => report.dates.insert(value),
    };
}

fn subject_string(subject: &NamedOrBlankNode) -> String {
    match subject {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    }
}

impl<'a> StoreIdentityIndex<'a> {
    pub fn new(store: &'a Store) -> Self {
        StoreIdentityIndex {
            store,
            pending: Vec::new(),
            by_key: HashMap::default(),
            by_subject: HashMap::default(),
            keys: RefCell::default(),
            objects: RefCell::default(),
            contexts: RefCell::default(),
            uncommitted_reports: HashMap::default(),
            reports: RefCell::default(),
        }
    }

    /// The records made since the last call, as quads in their articles' named graphs. From now
    /// on look-ups see them, until [`Self::committed`].
    pub fn take_pending(&mut self) -> Vec<Quad> {
        let pending = std::mem::take(&mut self.pending);
        let mut quads = Vec::with_capacity(pending.len());
        for (pred, quad) in pending {
            self.remember(&quad, pred);
            quads.push(quad);
        }
        quads
    }

    /// Everything handed out by [`Self::take_pending`] is now in the store.
    pub fn committed(&mut self) {
        self.by_key.clear();
        self.by_subject.clear();
        self.uncommitted_reports.clear();
    }

    /// Drops the answers kept from the store: to call after a commit that replaced or
    /// dropped articles, whose old records the store no longer holds.
    pub fn forget(&mut self) {
        self.keys.get_mut().clear();
        self.objects.get_mut().clear();
        self.contexts.get_mut().clear();
        self.reports.get_mut().clear();
    }

    fn remember(&mut self, quad: &Quad, pred: &'static str) {
        let subject = subject_string(&quad.subject);
        // Kept answers grow with the run's records, so that they stay equal to
        // "store + uncommitted records" without asking the store again.
        if pred == ID_KEY {
            if let Term::Literal(key) = &quad.object {
                if let Some(set) = self.keys.get_mut().get_mut(key.value()) {
                    set.insert(subject.clone());
                }
                self.by_key
                    .entry(key.value().to_string())
                    .or_default()
                    .insert(subject);
            }
            return;
        }
        if matches!(pred, ID_EVENT_SOURCE | ID_EVENT_TARGET | ID_EVENT_DATE) {
            let graph = quad.graph_name.to_string();
            if let Some(by) = self.reports.get_mut().get_mut(&subject) {
                add_to_report(by.entry(graph.clone()).or_default(), pred, &quad.object);
            }
            let by = self.uncommitted_reports.entry(subject).or_default();
            add_to_report(by.entry(graph).or_default(), pred, &quad.object);
            return;
        }
        if let (ID_CONTEXT, Term::NamedNode(c)) = (pred, &quad.object) {
            self.contexts
                .get_mut()
                .insert((subject.clone(), c.as_str().to_string()), true);
        }
        if let Some(set) = self.objects.get_mut().get_mut(&(subject.clone(), pred)) {
            set.insert(quad.object.clone());
        }
        self.by_subject
            .entry((subject, pred))
            .or_default()
            .push(quad.object.clone());
    }

    fn node(&self, iri: &str) -> Result<NamedNode, StoreError> {
        NamedNode::new(iri).map_err(|e| self.store.storage_error(format!("bad IRI {iri}: {e}")))
    }

    /// The distinct values of `?x` in a SELECT over the raw store (named graphs as stored).
    fn distinct(&self, sparql: &str) -> Result<Vec<Term>, StoreError> {
        let results = crate::query::evaluator(None)
            .parse_query(sparql)
            .map_err(|e| self.store.storage_error(format!("{sparql}: {e}")))?
            .on_store(&self.store.inner)
            .execute()
            .map_err(|e| self.store.storage_error(e))?;
        let QueryResults::Solutions(solutions) = results else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for solution in solutions {
            let solution = solution.map_err(|e| self.store.storage_error(e))?;
            if let Some(t) = solution.get("x") {
                out.push(t.clone());
            }
        }
        Ok(out)
    }

    /// Distinct objects of `<iri> pred ?o` in any article's graph, or pending.
    fn objects(&self, iri: &str, pred: &'static str) -> Result<HashSet<Term>, StoreError> {
        let cache_key = (iri.to_string(), pred);
        if let Some(hit) = self.objects.borrow().get(&cache_key) {
            return Ok(hit.clone());
        }
        let s = self.node(iri)?;
        let mut out: HashSet<Term> = self
            .distinct(&format!(
                "SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ {s} <{pred}> ?x }} }}"
            ))?
            .into_iter()
            .collect();
        if let Some(terms) = self.by_subject.get(&cache_key) {
            out.extend(terms.iter().cloned());
        }
        self.objects.borrow_mut().insert(cache_key, out.clone());
        Ok(out)
    }

    fn strings(&self, iri: &str, pred: &'static str) -> Result<BTreeSet<String>, StoreError> {
        Ok(self
            .objects(iri, pred)?
            .into_iter()
            .map(|t| match t {
                Term::Literal(l) => l.value().to_string(),
                Term::NamedNode(n) => n.into_string(),
                other => other.to_string(),
            })
            .collect())
    }
}

impl IdentityIndex for StoreIdentityIndex<'_> {
    type Error = StoreError;

    fn lookup(&self, key: &str) -> Result<Vec<String>, StoreError> {
        if let Some(hit) = self.keys.borrow().get(key) {
            return Ok(hit.iter().cloned().collect());
        }
        let literal = Literal::new_simple_literal(key);
        let mut out: BTreeSet<String> = self
            .distinct(&format!(
                "SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ ?x <{ID_KEY}> {literal} }} }}"
            ))?
            .into_iter()
            .map(|t| match t {
                Term::NamedNode(n) => n.into_string(),
                other => other.to_string(),
            })
            .collect();
        if let Some(subjects) = self.by_key.get(key) {
            out.extend(subjects.iter().cloned());
        }
        let list = out.iter().cloned().collect();
        self.keys.borrow_mut().insert(key.to_string(), out);
        Ok(list)
    }

    fn profile(&self, iri: &str) -> Result<Profile, StoreError> {
        Ok(Profile {
            types: self.strings(iri, ID_TYPE)?,
            first_names: self.strings(iri, ID_FIRST_NAME)?,
            context: BTreeSet::new(),
        })
    }

    fn shared_context(&self, iri: &str, context: &BTreeSet<String>) -> Result<usize, StoreError> {
        let s = self.node(iri)?;
        let mut n = 0;
        for c in context {
            let cache_key = (iri.to_string(), c.clone());
            let hit = self.contexts.borrow().get(&cache_key).copied();
            let known = match hit {
                Some(known) => known,
                None => {
                    let o = Term::from(self.node(c)?);
                    let stored = self
                        .store
                        .inner
                        .quads_for_pattern(
                            Some(NamedOrBlankNodeRef::from(s.as_ref())),
                            Some(p(ID_CONTEXT)),
                            Some(o.as_ref()),
                            None,
                        )
                        .next()
                        .transpose()
                        .map_err(|e| self.store.storage_error(e))?
                        .is_some();
                    let recorded = self
                        .by_subject
                        .get(&(s.as_str().to_string(), ID_CONTEXT))
                        .is_some_and(|terms| terms.contains(&o));
                    self.contexts
                        .borrow_mut()
                        .insert(cache_key, stored || recorded);
                    stored || recorded
                }
            };
            if known {
                n += 1;
            }
        }
        Ok(n)
    }

    fn event_reports(&self, iri: &str) -> Result<Vec<EventProfile>, StoreError> {
        if let Some(hit) = self.reports.borrow().get(iri) {
            return Ok(hit.values().cloned().collect());
        }
        let s = self.node(iri)?;
        let mut by: BTreeMap<String, EventProfile> = BTreeMap::new();
        for pred in [ID_EVENT_SOURCE, ID_EVENT_TARGET, ID_EVENT_DATE] {
            for q in self.store.inner.quads_for_pattern(
                Some(NamedOrBlankNodeRef::from(s.as_ref())),
                Some(p(pred)),
                None,
                None,
            ) {
                let q = q.map_err(|e| self.store.storage_error(e))?;
                let graph = q.graph_name.to_string();
                add_to_report(by.entry(graph).or_default(), pred, &q.object);
            }
        }
        if let Some(uncommitted) = self.uncommitted_reports.get(iri) {
            for (graph, r) in uncommitted {
                let mine = by.entry(graph.clone()).or_default();
                mine.sources.extend(r.sources.iter().cloned());
                mine.targets.extend(r.targets.iter().cloned());
                mine.dates.extend(r.dates.iter().cloned());
            }
        }
        let list = by.values().cloned().collect();
        self.reports.borrow_mut().insert(iri.to_string(), by);
        Ok(list)
    }

    fn record(&mut self, r: &IdentityRecord) -> Result<(), StoreError> {
        let s = self.node(&r.iri)?;
        let graph = GraphName::from(crate::vocab::graph_name(&r.article));
        let mut quads: Vec<(&'static str, Quad)> = Vec::new();
        let mut lit = |pred: &'static str, value: &str| {
            quads.push((
                pred,
                Quad::new(
                    s.clone(),
                    p(pred).into_owned(),
                    Literal::new_simple_literal(value),
                    graph.clone(),
                ),
            ));
        };
        for k in &r.keys {
            lit(ID_KEY, k);
        }
        for t in &r.profile.types {
            lit(ID_TYPE, t);
        }
        for f in &r.profile.first_names {
            lit(ID_FIRST_NAME, f);
        }
        if let Some(ev) = &r.event {
            for d in &ev.dates {
                lit(ID_EVENT_DATE, d);
            }
        }
        let context: Vec<&str> = r.profile.context.iter().map(String::as_str).collect();
        lit(
            ID_RECORD,
            &format!(
                "{}\t{}\t{}\t{}",
                r.article,
                r.label,
                r.keys.join(" ; "),
                context.join(" ")
            ),
        );
        let mut links: Vec<(&'static str, &String)> = Vec::new();
        links.extend(r.profile.context.iter().map(|c| (ID_CONTEXT, c)));
        if let Some(ev) = &r.event {
            links.extend(ev.sources.iter().map(|c| (ID_EVENT_SOURCE, c)));
            links.extend(ev.targets.iter().map(|c| (ID_EVENT_TARGET, c)));
        }
        for (pred, o) in links {
            let quad = Quad::new(
                s.clone(),
                p(pred).into_owned(),
                self.node(o)?,
                graph.clone(),
            );
            quads.push((pred, quad));
        }
        self.pending.extend(quads);
        Ok(())
    }
}

/// What one article said of an identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRecord {
    pub article: String,
    pub label: String,
    pub keys: Vec<String>,
    pub context: Vec<String>,
}

/// One mention of an identity in the store.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct StoredMention {
    /// The article's named graph.
    pub graph: String,
    /// The mention node (`<article#char=s,e>`).
    pub node: String,
    pub text: String,
}

/// Why an article's entity joined the identity: the evidence it shares with another
/// article of the identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeEvidence {
    pub article: String,
    pub with: String,
    pub evidence: String,
}

/// Everything `newsgraph explain IRI` prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub iri: String,
    pub types: Vec<String>,
    pub records: Vec<ArticleRecord>,
    pub mentions: Vec<StoredMention>,
    pub merges: Vec<MergeEvidence>,
}

/// Gathers the mentions, articles and merge evidence of an identity; `None` when the store
/// knows nothing of the IRI.
pub fn explain(store: &Store, iri: &str) -> Result<Option<Explanation>, StoreError> {
    let index = StoreIdentityIndex::new(store);
    let records: Vec<ArticleRecord> = index
        .strings(iri, ID_RECORD)?
        .into_iter()
        .map(|r| {
            let mut f = r.split('\t');
            let mut next = || f.next().unwrap_or("").to_string();
            let (article, label, keys, context) = (next(), next(), next(), next());
            ArticleRecord {
                article,
                label,
                keys: keys
                    .split(" ; ")
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect(),
                context: context
                    .split(' ')
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect(),
            }
        })
        .collect();
    let node = index.node(iri)?;
    let mut mentions = Vec::new();
    for q in store.inner.quads_for_pattern(
        None,
        Some(itsrdf::TA_IDENT_REF),
        Some(TermRef::from(node.as_ref())),
        None,
    ) {
        let q = q.map_err(|e| store.storage_error(e))?;
        let graph = q.graph_name.to_string();
        let m = q.subject.clone();
        let text = store
            .inner
            .quads_for_pattern(
                Some(m.as_ref()),
                Some(nif::ANCHOR_OF),
                None,
                Some(q.graph_name.as_ref()),
            )
            .next()
            .transpose()
            .map_err(|e| store.storage_error(e))?
            .map(|a| match a.object {
                Term::Literal(l) => l.value().to_string(),
                other => other.to_string(),
            })
            .unwrap_or_default();
        mentions.push(StoredMention {
            graph: graph.trim_matches(|c| c == '<' || c == '>').to_string(),
            node: m
                .to_string()
                .trim_matches(|c| c == '<' || c == '>')
                .to_string(),
            text,
        });
    }
    mentions.sort();
    let types: Vec<String> = index.strings(iri, ID_TYPE)?.into_iter().collect();
    if records.is_empty() && mentions.is_empty() {
        return Ok(None);
    }
    Ok(Some(Explanation {
        iri: iri.to_string(),
        types,
        merges: merge_evidence(&records),
        records,
        mentions,
    }))
}

/// For every article after the first (by id), the strongest evidence it shares with an
/// earlier one: a gazetteer id, a name, or a surname with shared identities.
fn merge_evidence(records: &[ArticleRecord]) -> Vec<MergeEvidence> {
    let mut by_article: BTreeMap<&str, &ArticleRecord> = BTreeMap::new();
    for r in records {
        by_article.entry(r.article.as_str()).or_insert(r);
    }
    let list: Vec<&ArticleRecord> = by_article.into_values().collect();
    let mut out = Vec::new();
    for (i, r) in list.iter().enumerate().skip(1) {
        let mut best: Option<(u8, MergeEvidence)> = None;
        for other in &list[..i] {
            let shared: BTreeSet<&String> =
                r.keys.iter().filter(|k| other.keys.contains(k)).collect();
            let context: Vec<&String> = r
                .context
                .iter()
                .filter(|c| other.context.contains(c))
                .collect();
            let pick = |prefix: &str| {
                shared
                    .iter()
                    .find(|k| k.starts_with(prefix))
                    .map(|k| k.to_string())
            };
            let shared_context = context
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let found = pick("id|")
                .map(|k| (4, format!("same gazetteer id {}", &k[3..])))
                .or_else(|| pick("name|").map(|k| (3, format!("same name \"{}\"", &k[5..]))))
                .or_else(|| pick("event|").map(|k| (3, format!("same event key {}", &k[6..]))))
                .or_else(|| {
                    pick("surname|").map(|k| {
                        (
                            1,
                            format!(
                                "same surname \"{}\" and shared identities: {shared_context}",
                                &k[8..]
                            ),
                        )
                    })
                });
            if let Some((rank, evidence)) = found {
                if best.as_ref().is_none_or(|(b, _)| rank > *b) {
                    best = Some((
                        rank,
                        MergeEvidence {
                            article: r.article.clone(),
                            with: other.article.clone(),
                            evidence,
                        },
                    ));
                }
            }
        }
        out.push(best.map(|(_, m)| m).unwrap_or_else(|| MergeEvidence {
            article: r.article.clone(),
            with: String::new(),
            evidence: "no shared key recorded (same IRI by name slug)".into(),
        }));
    }
    out
}

impl Explanation {
    /// The explanation as text.
    pub fn write_text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        writeln!(out, "{}", self.iri)?;
        writeln!(out, "  type: {}", self.types.join(", "))?;
        writeln!(out, "  articles ({}):", self.records.len())?;
        for r in &self.records {
            writeln!(
                out,
                "    {}  \"{}\"  keys: {}",
                r.article,
                r.label,
                r.keys.join(", ")
            )?;
        }
        writeln!(out, "  mentions ({}):", self.mentions.len())?;
        for m in &self.mentions {
            writeln!(out, "    {}  \"{}\"", m.node, m.text)?;
        }
        writeln!(out, "  merges ({}):", self.merges.len())?;
        for m in &self.merges {
            if m.with.is_empty() {
                writeln!(out, "    {}: {}", m.article, m.evidence)?;
            } else {
                writeln!(out, "    {} with {}: {}", m.article, m.with, m.evidence)?;
            }
        }
        Ok(())
    }
}

/// Links each graph, in order, against the store's identity index and the graphs before
/// it; returns, for each graph, the index quads to write with it (in its named graph).
pub fn link_all(
    store: &Store,
    graphs: &mut [newsgraph_model::ArticleGraph],
) -> Result<Vec<Vec<Quad>>, StoreError> {
    let mut index = StoreIdentityIndex::new(store);
    let mut out = Vec::with_capacity(graphs.len());
    for g in graphs.iter_mut() {
        newsgraph_link::identity::link_identities(g, &mut index)?;
        out.push(index.take_pending());
    }
    Ok(out)
}
