//! The countries a story has named so far, read for "both countries" / "the two countries".
//! A story about two states names them together ("Palau and Micronesia agreed ..."); a third
//! state may be mentioned more often in passing (a rival both deal with) yet is never one of
//! "both countries".

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::Item;

#[derive(Default)]
pub(crate) struct NamedCountries {
    /// In the order they were last named.
    order: Vec<usize>,
    /// Two countries joined by "and" ("Paraguay and Brazil"), in the order named.
    pairs: Vec<[usize; 2]>,
}

impl NamedCountries {
    /// Notes the countries of one sentence, after its relations are read.
    pub(crate) fn note(&mut self, doc: &Doc, its: &[Item], eo: &[Option<usize>], ents: &Entities) {
        let country = |k: usize| {
            eo.get(k)
                .copied()
                .flatten()
                .filter(|&e| ents.list[e].etype == EntityType::Country)
        };
        for k in 0..its.len() {
            let Some(e) = country(k) else { continue };
            self.order.retain(|c| *c != e);
            self.order.push(e);
            let Some(f) = country(k + 1) else { continue };
            let and = its[k].toks.end;
            let next = and + 1 + usize::from(doc.lower(and + 1) == "the");
            // The tail of a longer list ("Laos, Thailand and Vietnam") is no pair.
            let listed = its[k].toks.start > 0 && doc.word(its[k].toks.start - 1) == ",";
            if e != f && doc.lower(and) == "and" && its[k + 1].toks.start == next && !listed {
                self.pairs.push([e, f]);
            }
        }
    }

    /// "both countries": the pair named together whose members the story names most (of
    /// equals, the later pair); with no pair, of the countries named before (then this
    /// sentence's items `before`), the two the story names most, of equals the later named.
    pub(crate) fn both(&self, before: &[Option<usize>], ents: &Entities) -> Option<Vec<usize>> {
        let weight = |e: usize| ents.list[e].mentions.len();
        if let Some(pair) = self
            .pairs
            .iter()
            .enumerate()
            .max_by_key(|&(k, p)| (weight(p[0]) + weight(p[1]), k))
            .map(|(_, p)| p)
        {
            return Some(pair.to_vec());
        }
        let mut named: Vec<usize> = self.order.clone();
        for e in before.iter().flatten() {
            if ents.list[*e].etype == EntityType::Country {
                named.retain(|c| c != e);
                named.push(*e);
            }
        }
        let mut ranked: Vec<(usize, usize)> = named.iter().copied().enumerate().collect();
        ranked.sort_by_key(|&(k, e)| (std::cmp::Reverse(weight(e)), std::cmp::Reverse(k)));
        ranked.truncate(2);
        ranked.sort_unstable();
        (ranked.len() == 2).then(|| ranked.iter().map(|&(_, e)| e).collect())
    }

    pub(crate) fn last(&self) -> Option<usize> {
        self.order.last().copied()
    }
}
