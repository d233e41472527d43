//! The default graph of a query as a real RDF merge of the article graphs.
//!
//! Every article graph repeats the description of the entities it names (type, label,
//! names), so the same triple sits in many graphs. Oxigraph 0.5 evaluates a "union" default
//! graph as the bag of all quads (oxigraph issue #1919, fixed after 0.5): a query would see
//! an actor's label once per article and `COUNT(*)` would count articles, not facts. This
//! view gives SPARQL a set instead: the evaluator is told that the default graph is the
//! single graph [`MERGED_GRAPH`], and asking for that graph here returns each matching
//! triple once. `GRAPH ?g { … }` still sees each article graph as stored.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Term, TermRef,
};
use oxigraph::sparql::QueryResults;
use oxigraph::store::{StorageError, Store as OxStore};
use spareval::{InternalQuad, QueryableDataset};

/// The name the evaluator is given for the merged default graph. It names no stored graph;
/// `GRAPH <urn:x-newsgraph:merged> { … }` in a query sees the same merge.
pub(crate) const MERGED_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("urn:x-newsgraph:merged");

/// A lookup: subject, predicate, object, each bound or not.
type Pattern = [Option<Term>; 3];

type Quads = Box<dyn Iterator<Item = Result<InternalQuad<Term>, StorageError>>>;

/// A store seen through plain [`Term`]s, with [`MERGED_GRAPH`] standing for the merge of
/// `merge` (every graph when `None`).
pub(crate) struct MergedView {
    store: OxStore,
    merge: Option<Vec<GraphName>>,
    /// Answers of merged lookups, by pattern, for the lifetime of one query.
    cache: RefCell<HashMap<Pattern, Rc<Vec<[Term; 3]>>>>,
    /// Quads held in `cache`, kept under [`CACHE_LIMIT`].
    cached: Cell<usize>,
}

/// At most this many quads are kept for reuse during one query (a few hundred MB at worst).
const CACHE_LIMIT: usize = 2_000_000;

impl MergedView {
    pub(crate) fn new(store: OxStore, merge: Option<Vec<GraphName>>) -> Self {
        MergedView {
            store,
            merge,
            cache: RefCell::default(),
            cached: Cell::new(0),
        }
    }

    /// Quads of one stored graph (`Some`) or of all graphs (`None`), graph names kept.
    fn stored(
        &self,
        s: Option<&Term>,
        p: Option<&Term>,
        o: Option<&Term>,
        g: Option<GraphNameRef<'_>>,
    ) -> Quads {
        let subject = match s {
            None => None,
            Some(Term::NamedNode(n)) => Some(NamedOrBlankNodeRef::from(n)),
            Some(Term::BlankNode(b)) => Some(NamedOrBlankNodeRef::from(b)),
            // A literal (or triple term) subject matches nothing.
            Some(_) => return Box::new(std::iter::empty()),
        };
        let predicate = match p {
            None => None,
            Some(Term::NamedNode(n)) => Some(n.as_ref()),
            Some(_) => return Box::new(std::iter::empty()),
        };
        let object = o.map(TermRef::from);
        Box::new(
            self.store
                .quads_for_pattern(subject, predicate, object, g)
                .map(|q| {
                    let q = q?;
                    Ok(InternalQuad {
                        subject: q.subject.into(),
                        predicate: q.predicate.into(),
                        object: q.object,
                        graph_name: match q.graph_name {
                            GraphName::NamedNode(n) => Some(n.into()),
                            GraphName::BlankNode(b) => Some(b.into()),
                            GraphName::DefaultGraph => None,
                        },
                    })
                }),
        )
    }

    /// Each triple matching the pattern in the merged graphs, once, in [`MERGED_GRAPH`].
    ///
    /// A popular entity's description sits in every article that names it, so one lookup
    /// reads it once per article; joins repeat the same lookup for every row (an actor's
    /// label per event). Answers are kept for the rest of the query, which turns that
    /// product into one read per distinct lookup.
    fn merged(&self, s: Option<&Term>, p: Option<&Term>, o: Option<&Term>) -> Quads {
        let key = [s.cloned(), p.cloned(), o.cloned()];
        if let Some(hit) = self.cache.borrow().get(&key) {
            return replay(Rc::clone(hit));
        }
        let sources: Vec<Quads> = match &self.merge {
            None => vec![self.stored(s, p, o, None)],
            Some(graphs) => graphs
                .iter()
                .map(|g| self.stored(s, p, o, Some(g.as_ref())))
                .collect(),
        };
        let mut seen: HashSet<[Term; 3]> = HashSet::new();
        let mut answer = Vec::new();
        let mut read = 0usize;
        for q in sources.into_iter().flatten() {
            read += 1;
            if read > DECODE_LIMIT && self.merge.is_none() {
                if let Some(distinct) = self.distinct(s, p, o) {
                    answer = match distinct {
                        Ok(answer) => answer,
                        Err(e) => return Box::new(std::iter::once(Err(e))),
                    };
                    break;
                }
            }
            match q {
                Ok(q) => {
                    let triple = [q.subject, q.predicate, q.object];
                    if seen.insert(triple.clone()) {
                        answer.push(triple);
                    }
                }
                Err(e) => return Box::new(std::iter::once(Err(e))),
            }
        }
        let answer = Rc::new(answer);
        if self.cached.get() + answer.len() <= CACHE_LIMIT {
            self.cached.set(self.cached.get() + answer.len());
            self.cache.borrow_mut().insert(key, Rc::clone(&answer));
        }
        replay(answer)
    }
}

impl MergedView {
    /// The distinct triples matching the pattern over all graphs, found by Oxigraph's own
    /// evaluator: it folds the copies on its internal ids and decodes each distinct triple
    /// once, where reading the quads here decodes every copy (four RocksDB reads each). Its
    /// DISTINCT keeps the first of each triple in the order of the same index scan, so the
    /// answer is the one the plain read gives, in the same order. `None` when a bound term
    /// is a blank node (a query cannot name a stored one).
    fn distinct(
        &self,
        s: Option<&Term>,
        p: Option<&Term>,
        o: Option<&Term>,
    ) -> Option<Result<Vec<[Term; 3]>, StorageError>> {
        let mut select = Vec::new();
        let mut pattern = Vec::new();
        for (term, var) in [(s, "s"), (p, "p"), (o, "o")] {
            match term {
                None => {
                    select.push(format!("?{var}"));
                    pattern.push(format!("?{var}"));
                }
                Some(Term::BlankNode(_)) => return None,
                Some(t) => pattern.push(t.to_string()),
            }
        }
        let pattern = pattern.join(" ");
        let sparql = if select.is_empty() {
            format!("ASK {{ {pattern} }}")
        } else {
            format!("SELECT DISTINCT {} {{ {pattern} }}", select.join(" "))
        };
        Some(self.run_distinct(&sparql, [s, p, o]))
    }

    fn run_distinct(
        &self,
        sparql: &str,
        bound: [Option<&Term>; 3],
    ) -> Result<Vec<[Term; 3]>, StorageError> {
        let other = |e: &dyn std::fmt::Display| StorageError::Other(e.to_string().into());
        let mut prepared = crate::query::evaluator(None)
            .parse_query(sparql)
            .map_err(|e| other(&e))?;
        prepared.dataset_mut().set_default_graph_as_union();
        let fill = |values: [Option<Term>; 3]| -> Option<[Term; 3]> {
            let mut out = bound.map(|t| t.cloned());
            for (slot, value) in out.iter_mut().zip(values) {
                if slot.is_none() {
                    *slot = value;
                }
            }
            let [s, p, o] = out;
            Some([s?, p?, o?])
        };
        match prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| other(&e))?
        {
            QueryResults::Boolean(true) => Ok(fill([None, None, None]).into_iter().collect()),
            QueryResults::Boolean(false) | QueryResults::Graph(_) => Ok(Vec::new()),
            QueryResults::Solutions(solutions) => {
                let mut answer = Vec::new();
                for solution in solutions {
                    let solution = solution.map_err(|e| other(&e))?;
                    let get = |v: &str| solution.get(v).cloned();
                    if let Some(triple) = fill([get("s"), get("p"), get("o")]) {
                        answer.push(triple);
                    }
                }
                Ok(answer)
            }
        }
    }
}

/// A merged look-up that has read this many stored copies asks [`MergedView::distinct`]
/// instead: below it, decoding is cheaper than starting an evaluation.
const DECODE_LIMIT: usize = 32;

/// The triples of a merged answer as quads of [`MERGED_GRAPH`].
fn replay(triples: Rc<Vec<[Term; 3]>>) -> Quads {
    let name: Term = NamedNode::from(MERGED_GRAPH).into();
    Box::new((0..triples.len()).map(move |i| {
        let [subject, predicate, object] = triples[i].clone();
        Ok(InternalQuad {
            subject,
            predicate,
            object,
            graph_name: Some(name.clone()),
        })
    }))
}

impl<'a> QueryableDataset<'a> for MergedView {
    type InternalTerm = Term;
    type Error = StorageError;

    fn internal_quads_for_pattern(
        &self,
        subject: Option<&Term>,
        predicate: Option<&Term>,
        object: Option<&Term>,
        graph_name: Option<Option<&Term>>,
    ) -> impl Iterator<Item = Result<InternalQuad<Term>, StorageError>> + use<'a> {
        match graph_name {
            None => self.stored(subject, predicate, object, None),
            Some(None) => self.stored(subject, predicate, object, Some(GraphNameRef::DefaultGraph)),
            Some(Some(Term::NamedNode(g))) if g.as_ref() == MERGED_GRAPH => {
                self.merged(subject, predicate, object)
            }
            Some(Some(Term::NamedNode(g))) => {
                self.stored(subject, predicate, object, Some(g.as_ref().into()))
            }
            Some(Some(Term::BlankNode(g))) => {
                self.stored(subject, predicate, object, Some(g.as_ref().into()))
            }
            Some(Some(_)) => Box::new(std::iter::empty()),
        }
    }

    fn internal_named_graphs(&self) -> impl Iterator<Item = Result<Term, StorageError>> + use<'a> {
        self.store.named_graphs().map(|g| g.map(Term::from))
    }

    fn contains_internal_graph_name(&self, graph_name: &Term) -> Result<bool, StorageError> {
        match graph_name {
            Term::NamedNode(n) => self.store.contains_named_graph(n),
            Term::BlankNode(b) => self.store.contains_named_graph(b),
            _ => Ok(false),
        }
    }

    fn internalize_term(&self, term: Term) -> Result<Term, StorageError> {
        Ok(term)
    }

    fn externalize_term(&self, term: Term) -> Result<Term, StorageError> {
        Ok(term)
    }
}
