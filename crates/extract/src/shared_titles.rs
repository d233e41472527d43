//! A plural title shared out among the holders listed after it, each placed by "of": "the
//! two foreign ministers, X of Brunei and Y of Malaysia". Each holds the office for the
//! country named after the name; the title step, which reads one holder per title, and
//! `respectively`, which reads the countries before the title, both miss it.

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{Item, Kind};
use crate::roles::{push_rel, Rel};

/// Adds the offices of sentence `s` that a plural title shares out by "NAME of COUNTRY".
pub(crate) fn each_of(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    let is = |j: usize, types: &[EntityType]| {
        eo.get(j)
            .copied()
            .flatten()
            .filter(|&e| types.contains(&ents.list[e].etype))
    };
    for (k, it) in its.iter().enumerate() {
        let Kind::Title {
            relation,
            plural: true,
            ..
        } = &it.kind
        else {
            continue;
        };
        if doc.word(it.toks.end) != "," {
            continue;
        }
        let mut at = it.toks.end + 1;
        let mut held = Vec::new();
        let mut j = k + 1;
        while let (Some(p), Some(c)) = (its.get(j), its.get(j + 1)) {
            let person = is(j, &[EntityType::Person]);
            let country = is(j + 1, &[EntityType::Country, EntityType::Polity]);
            let placed = p.toks.start == at
                && doc.lower(p.toks.end) == "of"
                && c.toks.start == p.toks.end + 1;
            let (Some(person), Some(country), true) = (person, country, placed) else {
                break;
            };
            held.push((person, country, p.toks.start..c.toks.end));
            at = c.toks.end;
            at += match (doc.word(at), doc.lower(at + 1)) {
                (",", "and") => 2,
                ("and" | ",", _) => 1,
                _ => break,
            };
            j += 2;
        }
        // One holder is the title step's "Foreign Minister X of Brunei"; the list is what
        // shares the office out.
        if held.len() >= 2 {
            for (person, country, toks) in held {
                push_rel(rels, person, *relation, country, s, toks, 0.6);
            }
        }
    }
}
