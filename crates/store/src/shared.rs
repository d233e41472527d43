//! The shared entity graph ([`vocab::ENTITY_GRAPH`]): each triple once, written with the
//! article that first states it, and gone with the last article that supports it (entity
//! descriptions excepted).
//!
//! Every article names entities and asserts role relations that other articles name and
//! assert too, and the identity index matches one event across the articles that report
//! it. Kept in each article's graph, the same triple would sit in thousands of graphs and
//! the union default graph would be a bag (Oxigraph evaluates it as one: a join of two
//! patterns on an event reported by 600 articles gave 360,000 rows); kept once here, the
//! union is a set and queries run on Oxigraph's own union.
//!
//! What stays and what goes when an article is replaced or removed, in the same
//! transaction ([`Supported::drop_unsupported`]):
//! - A direct role triple (`<a> ng:leaderOf <b>`) holds while at least one article's
//!   reified relation (`ng:RoleRelation` with that subject, predicate and object, polarity
//!   `asserted`) supports it.
//! - An event's triples (and its `sem:Time` node's) hold while at least one article graph
//!   says `<event> prov:wasDerivedFrom <article>`. An event reported by one article alone
//!   thus always says exactly what that article's latest version says. An event matched
//!   across articles keeps what any of them said of it (a second date, another polarity)
//!   while one of them remains, even after the article that said it is replaced: the
//!   store cannot tell which article said what once it is merged (the union of what was
//!   reported, as queries saw it before).
//! - Entity descriptions (types, labels, names, external ids, coordinates) stay: they say
//!   what the store has learnt of an identity, which the identity index keeps too; a label
//!   that no article mentions any longer is still that entity's name. A store rebuilt from
//!   its inputs drops them.

use std::collections::HashSet;

use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad,
    QuadRef, Term, TermRef, Triple,
};
use oxigraph::store::{StorageError, Store as OxStore, Transaction};
use rustc_hash::FxHashSet;
use sha2::{Digest, Sha256};

use crate::vocab::{self, ng, prov, rdf, sem};

/// True for a quad of the shared entity graph.
pub(crate) fn is_shared(quad: &Quad) -> bool {
    quad.graph_name.as_ref() == GraphNameRef::NamedNode(vocab::ENTITY_GRAPH)
}

/// A triple's key in [`SharedIndex`]: 128 bits of SHA-256 over its terms, so that the set
/// stays small (16 bytes a triple) and a collision is out of reach.
type Key = [u8; 16];

fn key(quad: QuadRef<'_>) -> Key {
    let mut h = Sha256::new();
    term_into(&mut h, quad.subject.into());
    term_into(&mut h, quad.predicate.into());
    term_into(&mut h, quad.object);
    let digest = h.finalize();
    let mut out = [0; 16];
    out.copy_from_slice(&digest[..16]);
    out
}

/// Feeds a term's kind and its length-prefixed parts, so that no two different triples
/// feed the same bytes (and no N-Triples text is built per quad).
fn term_into(h: &mut Sha256, term: TermRef<'_>) {
    let mut part = |tag: u8, text: &str| {
        h.update([tag]);
        h.update((text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    };
    #[allow(unreachable_patterns)] // RDF 1.2 quoted triples, when Oxigraph is built with them
    match term {
        TermRef::NamedNode(n) => part(0, n.as_str()),
        TermRef::BlankNode(b) => part(1, b.as_str()),
        TermRef::Literal(l) => {
            part(2, l.value());
            match l.language() {
                Some(lang) => part(3, lang),
                None => part(4, l.datatype().as_str()),
            }
        }
        other => part(5, &other.to_string()),
    }
}

/// The shared triples a writer knows to be stored (written by this run or found in the
/// store), so that each is written once: a bulk load never carries a triple the store holds.
#[derive(Debug, Default)]
pub(crate) struct SharedIndex {
    known: FxHashSet<Key>,
}

impl SharedIndex {
    /// Drops from `quads` the shared quads already known or stored; the others become
    /// known, as they are about to be written with their article. Only for articles new to
    /// the store: a replacement writes all its shared quads back (see [`replace_graphs`]). `check_store` is false
    /// for an empty store, which holds none. A batch that then fails to commit stops the run
    /// (the writer is not used again), so marking before the commit loses nothing.
    pub(crate) fn dedup(
        &mut self,
        store: &OxStore,
        check_store: bool,
        quads: &mut Vec<Quad>,
    ) -> Result<(), StorageError> {
        let mut kept = Vec::with_capacity(quads.len());
        for quad in quads.drain(..) {
            if !is_shared(&quad) {
                kept.push(quad);
                continue;
            }
            let k = key(quad.as_ref());
            if self.known.contains(&k) {
                continue;
            }
            self.known.insert(k);
            if check_store && store.contains(&quad)? {
                continue;
            }
            kept.push(quad);
        }
        *quads = kept;
        Ok(())
    }

    /// A triple removed from the store: written again when an article states it again.
    pub(crate) fn forget(&mut self, triple: &Triple) {
        let quad = QuadRef::new(
            &triple.subject,
            &triple.predicate,
            &triple.object,
            vocab::ENTITY_GRAPH,
        );
        self.known.remove(&key(quad));
    }
}

/// The first object of `<s> p ?o` in graph `g`.
fn object_in(
    tx: &Transaction<'_>,
    s: NamedOrBlankNodeRef<'_>,
    p: NamedNodeRef<'_>,
    g: GraphNameRef<'_>,
) -> Result<Option<Term>, StorageError> {
    tx.quads_for_pattern(Some(s), Some(p), None, Some(g))
        .next()
        .transpose()
        .map(|q| q.map(|q| q.object))
}

fn asserted() -> Literal {
    Literal::new_simple_literal("asserted")
}

/// What the shared graph may hold only because of one article graph: the direct role
/// triples its asserted relations support, and its nodes (events above all) that carry
/// `prov:wasDerivedFrom`, whose shared triples need at least one article deriving them.
#[derive(Debug, Default)]
pub(crate) struct Supported {
    roles: HashSet<Triple>,
    nodes: HashSet<NamedOrBlankNode>,
}

impl Supported {
    /// Adds what `graph` supports, as the graph stands in the transaction (call it before
    /// the transaction clears the graph).
    pub(crate) fn read(
        &mut self,
        tx: &Transaction<'_>,
        graph: NamedNodeRef<'_>,
    ) -> Result<(), StorageError> {
        self.roles.extend(asserted_roles(tx, graph)?);
        let g = GraphNameRef::NamedNode(graph);
        for q in tx.quads_for_pattern(None, Some(prov::WAS_DERIVED_FROM), None, Some(g)) {
            self.nodes.insert(q?.subject);
        }
        Ok(())
    }

    /// Removes from the shared graph what lost its last support (call it once the old
    /// graphs are cleared, before their replacements are inserted): each direct role triple that no
    /// asserted relation of any graph supports, and every shared triple of a node (an
    /// event, with its `sem:Time` node) that no graph derives from an article any longer.
    /// Returns the triples removed.
    pub(crate) fn drop_unsupported(
        self,
        tx: &mut Transaction<'_>,
    ) -> Result<Vec<Triple>, StorageError> {
        let mut removed = Vec::new();
        for triple in self.roles {
            if !supported(tx, &triple)? {
                removed.push(triple);
            }
        }
        let shared = GraphNameRef::NamedNode(vocab::ENTITY_GRAPH);
        for node in &self.nodes {
            let derived = tx
                .quads_for_pattern(
                    Some(node.as_ref()),
                    Some(prov::WAS_DERIVED_FROM),
                    None,
                    None,
                )
                .next()
                .transpose()?
                .is_some();
            if derived {
                continue;
            }
            let mut own: Vec<Quad> = tx
                .quads_for_pattern(Some(node.as_ref()), None, None, Some(shared))
                .collect::<Result<_, _>>()?;
            let times: Vec<NamedOrBlankNode> = own
                .iter()
                .filter(|q| q.predicate == sem::HAS_TIME)
                .filter_map(|q| match &q.object {
                    Term::NamedNode(n) => Some(n.clone().into()),
                    Term::BlankNode(b) => Some(b.clone().into()),
                    _ => None,
                })
                .collect();
            for t in &times {
                for q in tx.quads_for_pattern(Some(t.as_ref()), None, None, Some(shared)) {
                    own.push(q?);
                }
            }
            removed.extend(own.into_iter().map(Triple::from));
        }
        for triple in &removed {
            tx.remove(QuadRef::new(
                &triple.subject,
                &triple.predicate,
                &triple.object,
                vocab::ENTITY_GRAPH,
            ));
        }
        Ok(removed)
    }
}

/// The direct role triples the asserted relations of `graph` support, as the graph stands
/// in the transaction: what may lose its last support when the graph is replaced or removed.
fn asserted_roles(
    tx: &Transaction<'_>,
    graph: NamedNodeRef<'_>,
) -> Result<HashSet<Triple>, StorageError> {
    let g = GraphNameRef::NamedNode(graph);
    let asserted = asserted();
    let mut out = HashSet::new();
    let relations: Vec<NamedOrBlankNode> = tx
        .quads_for_pattern(
            None,
            Some(rdf::TYPE),
            Some(ng::ROLE_RELATION.into()),
            Some(g),
        )
        .map(|q| q.map(|q| q.subject))
        .collect::<Result<_, _>>()?;
    for r in &relations {
        let r = r.as_ref();
        let polarity = QuadRef::new(r, ng::POLARITY, asserted.as_ref(), g);
        if !tx.contains(polarity)? {
            continue;
        }
        let (Some(s), Some(Term::NamedNode(p)), Some(o)) = (
            object_in(tx, r, rdf::SUBJECT, g)?,
            object_in(tx, r, rdf::PREDICATE, g)?,
            object_in(tx, r, rdf::OBJECT, g)?,
        ) else {
            continue;
        };
        let s = match s {
            Term::NamedNode(n) => NamedOrBlankNode::from(n),
            Term::BlankNode(b) => NamedOrBlankNode::from(b),
            _ => continue,
        };
        out.insert(Triple::new(s, p, o));
    }
    Ok(out)
}

/// True when some graph holds an asserted `ng:RoleRelation` of the triple.
fn supported(tx: &Transaction<'_>, triple: &Triple) -> Result<bool, StorageError> {
    let asserted = asserted();
    let subject = TermRef::from(triple.subject.as_ref());
    let p = TermRef::from(triple.predicate.as_ref());
    let o = triple.object.as_ref();
    for q in tx.quads_for_pattern(None, Some(rdf::SUBJECT), Some(subject), None) {
        let q = q?;
        let (r, g) = (q.subject.as_ref(), q.graph_name.as_ref());
        if tx.contains(QuadRef::new(r, rdf::PREDICATE, p, g))?
            && tx.contains(QuadRef::new(r, rdf::OBJECT, o, g))?
            && tx.contains(QuadRef::new(r, ng::POLARITY, asserted.as_ref(), g))?
            && tx.contains(QuadRef::new(r, rdf::TYPE, ng::ROLE_RELATION, g))?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Replaces, in one transaction, each article graph by its new quads (the shared ones go
/// to the entity graph, whose other triples stay), then removes what the old graphs
/// supported and nothing supports any longer ([`Supported::drop_unsupported`]). Returns
/// the triples removed.
pub(crate) fn replace_graphs<'q>(
    tx: &mut Transaction<'_>,
    graphs: impl IntoIterator<Item = (&'q NamedNode, &'q [Quad])>,
) -> Result<Vec<Triple>, StorageError> {
    // Old graphs out, then what only they supported, then the new quads in: a shared triple
    // the new version states again is removed and written back in the same transaction,
    // so that what an article alone said is exactly what its latest version says.
    let graphs: Vec<(&NamedNode, &[Quad])> = graphs.into_iter().collect();
    let mut supported = Supported::default();
    for (name, _) in &graphs {
        supported.read(tx, name.as_ref())?;
        tx.clear_graph(GraphNameRef::NamedNode(name.as_ref()))?;
    }
    let removed = supported.drop_unsupported(tx)?;
    for (name, quads) in graphs {
        tx.insert_named_graph(name);
        tx.extend(quads);
    }
    Ok(removed)
}
