//! The actor view read as one aggregate: Oxigraph's evaluator joins each two-sided event's
//! sources and targets with its label, codes, polarity and dates, and counts the events per
//! (source, target, label, codes, polarity), listing their time spans, all on internal ids;
//! only the merged rows (about one per edge) are turned into text. Events are never
//! decoded, which is what the general reader (the `facts` module) spends its time on: an
//! event IRI is a dictionary lookup per property read.
//!
//! Each property is read by a scan of its predicate and joined by hashing, never looked up
//! per event (a lookup is a RocksDB seek, dearer than a scan row): the subqueries keep the
//! optimizer from turning the joins into per-row lookups. The hash tables hold the
//! two-sided events' rows (and the dated events' spans), so memory grows with the events,
//! not with the text.
//!
//! The answer is the general reader's when every event carries one label, CAMEO code,
//! PLOVER category and polarity and at most one time node, each triple in one graph, as
//! the store writes them. Then the groups count exactly the distinct (event, source,
//! target) triples of the events typed `sem:Event`, which a second query counts on the
//! other core; when the two differ (a store edited by hand: a second label or time node,
//! a copied triple, an untyped event, a missing property), [`read`] says so and the caller
//! takes the general reader. Only edits that cancel out (one event losing its label while
//! another gains a second one) would go unnoticed.

use std::collections::BTreeMap;
use std::path::Path;

use oxigraph::model::Term;
use oxigraph::store::Store as OxStore;

use crate::facts::{self, EntityFacts, EventFacts};
use crate::filter::Checked;
use crate::ExportError;

/// Events that share source, target and every property the view shows, and how many.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub source: String,
    pub target: String,
    /// The properties, in the shape the filters and the builder read (`begin` and `end`
    /// only when grouped by date).
    pub event: EventFacts,
    /// The events' distinct (first day, last day) spans; undated events add none.
    pub spans: Vec<(String, String)>,
    pub count: u64,
}

/// What the actor view needs: the merged event rows and the entities.
#[derive(Debug, Default)]
pub(crate) struct ActorFacts {
    pub groups: Vec<Group>,
    pub entities: BTreeMap<String, EntityFacts>,
}

const PREFIXES: &str = "PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
";

/// `?var` bound to the object of `predicate` on each `?ev`, as a subquery so that the
/// optimizer joins it by hashing.
fn property(predicate: &str, var: &str) -> String {
    format!("  {{ SELECT ?ev ?{var} WHERE {{ GRAPH ?g {{ ?ev {predicate} ?{var} }} }} }}\n")
}

/// The two-sided events' (event, source, target) rows, typed `sem:Event`: what the groups
/// must count.
const PAIRS: &str = "  { SELECT ?ev ?t WHERE { GRAPH ?g { ?ev ng:target ?t } } }
  { SELECT ?ev ?s WHERE { GRAPH ?g { ?ev ng:source ?s } } }
  { SELECT ?ev WHERE { GRAPH ?g { ?ev rdf:type sem:Event } } }
";

/// The dates of an event, its `sem:Time` node's first and last day, joined as an OPTIONAL
/// (an undated event keeps its row with `?b` and `?e` unbound): the dated events' table is
/// hashed and the rows so far stream through it.
const TIMES: &str = "  OPTIONAL { SELECT ?ev ?b ?e WHERE {
      { SELECT ?ev ?tm WHERE { GRAPH ?g { ?ev sem:hasTime ?tm } } }
      { SELECT ?tm ?b WHERE { GRAPH ?g { ?tm sem:hasBeginTimeStamp ?b } } }
      { SELECT ?tm ?e WHERE { GRAPH ?g { ?tm sem:hasEndTimeStamp ?e } } }
  } }
";

/// The grouped query. Events of one group differ only in their dates and become one edge,
/// so their time spans come as one list (`first/last` pairs, `-` for an undated event)
/// rather than a row each: real news has nearly as many dates as events, and a row is two
/// actor IRIs to decode. A date filter needs each event's own dates, so `by_date` groups by
/// them too.
fn groups_query(roots: bool, by_date: bool) -> String {
    let mut q = String::from(PREFIXES);
    let root_var = if roots { " ?r" } else { "" };
    let date_vars = if by_date { " ?b ?e" } else { "" };
    q.push_str(&format!(
        "SELECT ?s ?t ?l ?c ?p ?pol{root_var}{date_vars} (COUNT(*) AS ?n) \
         (GROUP_CONCAT(DISTINCT COALESCE(CONCAT(STR(?b), \"/\", STR(?e)), \"-\"); \
         separator=\" \") AS ?spans) WHERE {{\n"
    ));
    // Listed in the order the optimizer keeps (its greedy order is the textual one among
    // equals): the events with a target first, whose rows each later join hashes while
    // the scan of one property streams through them, and the sources last, where one
    // event becomes several rows.
    q.push_str(&property("ng:target", "t"));
    q.push_str(&property("rdfs:label", "l"));
    q.push_str(&property("ng:cameo", "c"));
    q.push_str(&property("ng:plover", "p"));
    q.push_str(&property("ng:polarity", "pol"));
    if roots {
        q.push_str(&property("ng:cameoRoot", "r"));
    }
    q.push_str(&property("ng:source", "s"));
    q.push_str(TIMES);
    q.push_str(&format!(
        "}} GROUP BY ?s ?t ?l ?c ?p ?pol{root_var}{date_vars}\n"
    ));
    q
}

/// How many distinct (event, source, target) triples the store holds: what the groups
/// must add up to.
fn pairs_query() -> String {
    format!(
        "{PREFIXES}SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?ev ?s ?t WHERE {{\n{PAIRS}  }} }}\n"
    )
}

fn text(t: Option<&Term>) -> Option<String> {
    match t? {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        Term::Literal(l) => Some(l.value().to_string()),
        _ => None,
    }
}

fn count(t: Option<&Term>) -> Option<u64> {
    match t? {
        Term::Literal(l) => l.value().parse().ok(),
        _ => None,
    }
}

/// Reads the groups and returns how many (event, source, target) rows they count.
fn read_groups(
    r: &facts::Reader<'_>,
    roots: bool,
    by_date: bool,
    out: &mut Vec<Group>,
) -> Result<u64, ExportError> {
    let mut total = 0u64;
    r.solutions(&groups_query(roots, by_date), |row| {
        let (Some(source), Some(target), Some(n)) =
            (text(row.get("s")), text(row.get("t")), count(row.get("n")))
        else {
            return;
        };
        total += n;
        let event = EventFacts {
            label: text(row.get("l")),
            cameo: text(row.get("c")),
            cameo_root: text(row.get("r")),
            plover: text(row.get("p")),
            polarity: text(row.get("pol")),
            begin: text(row.get("b")),
            end: text(row.get("e")),
            ..Default::default()
        };
        let spans = text(row.get("spans")).unwrap_or_default();
        let mut spans: Vec<(String, String)> = spans
            .split(' ')
            .filter_map(|span| span.split_once('/'))
            .map(|(b, e)| (b.to_string(), e.to_string()))
            .collect();
        spans.sort();
        out.push(Group {
            source,
            target,
            event,
            spans,
            count: n,
        });
    })?;
    Ok(total)
}

fn read_pairs(r: &facts::Reader<'_>) -> Result<u64, ExportError> {
    let mut n = 0;
    r.solutions(&pairs_query(), |row| n = count(row.get("n")).unwrap_or(0))?;
    Ok(n)
}

/// Reads the actor view's facts, or `None` when the store holds events this aggregate
/// cannot count exactly (see the module comment); filters by article or agency are the
/// general reader's too. The two halves (events; entities and the check) run on two
/// threads: they only read.
pub(crate) fn read(
    store: &OxStore,
    path: &Path,
    filter: &Checked,
) -> Result<Option<ActorFacts>, ExportError> {
    if !filter.articles.is_empty() || !filter.agencies.is_empty() {
        return Ok(None);
    }
    let roots = !filter.roots.is_empty();
    let by_date = filter.since.is_some() || filter.until.is_some();
    let r = facts::Reader::new(store, path);
    let (events, others) = std::thread::scope(|scope| {
        let events = scope.spawn(|| {
            let mut groups = Vec::new();
            let counted = read_groups(&r, roots, by_date, &mut groups)?;
            Ok::<_, ExportError>((groups, counted))
        });
        let others = (|| {
            let pairs = read_pairs(&r)?;
            let entities = facts::read_entities(&r, true)?;
            Ok::<_, ExportError>((pairs, entities))
        })();
        let events = events.join().unwrap_or_else(|_| {
            Err(ExportError::Read {
                path: path.to_path_buf(),
                cause: "the thread reading the events stopped".into(),
            })
        });
        (events, others)
    });
    let (groups, counted) = events?;
    let (pairs, entities) = others?;
    if counted != pairs {
        return Ok(None);
    }
    Ok(Some(ActorFacts { groups, entities }))
}
