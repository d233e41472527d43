//! The shared entity graph ([`vocab::ENTITY_GRAPH`]): each triple once, written with the
//! article that first states it, and a direct role triple gone with the last article that
//! supports it.
//!
//! Every article names entities and asserts role relations that other articles name and
//! assert too. Kept in each article's graph, the same triple would sit in thousands of
//! graphs and the union default graph would be a bag (Oxigraph evaluates it as one); kept
//! once here, the union is a set and queries run on Oxigraph's own union.
//!
//! What stays and what goes when an article is replaced or removed:
//! - A direct role triple (`<a> ng:leaderOf <b>`) holds while at least one article's
//!   reified relation (`ng:RoleRelation` with that subject, predicate and object, polarity
//!   `asserted`) supports it; the commit that replaces or removes the last such article
//!   removes it ([`drop_unsupported`]), in the same transaction.
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
use sha2::{Digest, Sha256};

use crate::vocab::{self, ng, rdf};

/// True for a quad of the shared entity graph.
pub(crate) fn is_shared(quad: &Quad) -> bool {
    quad.graph_name.as_ref() == GraphNameRef::NamedNode(vocab::ENTITY_GRAPH)
}

/// A triple's key in [`SharedIndex`]: 128 bits of SHA-256 over its N-Triples form, so that
/// the set stays small (16 bytes a triple) and a collision is out of reach.
type Key = [u8; 16];

fn key(quad: QuadRef<'_>) -> Key {
    let text = format!("{} {} {}", quad.subject, quad.predicate, quad.object);
    let digest = Sha256::digest(text.as_bytes());
    let mut out = [0; 16];
    out.copy_from_slice(&digest[..16]);
    out
}

/// The shared triples a writer knows to be stored (written by this run or found in the
/// store), so that each is written once: a bulk load never carries a triple the store holds.
#[derive(Debug, Default)]
pub(crate) struct SharedIndex {
    known: HashSet<Key>,
}

impl SharedIndex {
    /// Drops from `quads` the shared quads already known or stored; the others become
    /// known, as they are about to be written with their article. `check_store` is false
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

/// The direct role triples the asserted relations of `graph` support, as the graph stands
/// in the transaction: what may lose its last support when the graph is replaced or removed.
pub(crate) fn asserted_roles(
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

/// Removes from the shared graph each of `candidates` that no asserted relation supports
/// any longer (call it once the transaction has cleared the old graphs and inserted their
/// replacements), and returns those it removed.
pub(crate) fn drop_unsupported(
    tx: &mut Transaction<'_>,
    candidates: HashSet<Triple>,
) -> Result<Vec<Triple>, StorageError> {
    let mut removed = Vec::new();
    for triple in candidates {
        if !supported(tx, &triple)? {
            tx.remove(QuadRef::new(
                &triple.subject,
                &triple.predicate,
                &triple.object,
                vocab::ENTITY_GRAPH,
            ));
            removed.push(triple);
        }
    }
    Ok(removed)
}

/// Replaces, in one transaction, each article graph by its new quads (the shared ones go
/// to the entity graph, whose other triples stay), then removes the direct role triples that
/// the old graphs supported and no graph supports any longer. Returns those removed.
pub(crate) fn replace_graphs<'q>(
    tx: &mut Transaction<'_>,
    graphs: impl IntoIterator<Item = (&'q NamedNode, &'q [Quad])>,
) -> Result<Vec<Triple>, StorageError> {
    let mut candidates = HashSet::new();
    for (name, quads) in graphs {
        candidates.extend(asserted_roles(tx, name.as_ref())?);
        tx.clear_graph(GraphNameRef::NamedNode(name.as_ref()))?;
        tx.insert_named_graph(name);
        tx.extend(quads);
    }
    drop_unsupported(tx, candidates)
}
