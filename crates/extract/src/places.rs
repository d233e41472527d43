//! A city's name the text gives with a division's word ("the Oruro department", "Russia's
//! Kursk region") names the division, not the city: the gazetteer knows a city of that name,
//! but the story speaks of the region around it, and what lies there lies in the region;
//! so does "in Paraná and São Paulo states", under one plural division word.

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{division_word, Item, Kind};

/// Retypes as regions the cities whose every mention the text gives with a division's
/// word after it. A city the story also names alone keeps its type: "Kursk region" beside
/// "in Kursk" may speak of both, and the city is the safer reading.
pub(crate) fn cities_named_as_regions(
    doc: &Doc,
    items: &[Vec<Item>],
    ent_of: &[Vec<Option<usize>>],
    ents: &mut Entities,
) {
    let mut as_unit = vec![0usize; ents.list.len()];
    let mut alone = vec![0usize; ents.list.len()];
    for (s, its) in items.iter().enumerate() {
        for (k, it) in its.iter().enumerate() {
            let Some(e) = ent_of[s][k] else { continue };
            if !matches!(it.kind, Kind::City(_)) || ents.list[e].etype != EntityType::City {
                continue;
            }
            if division_word(doc.lower(it.toks.end)) || before_plural_unit(doc, its, k) {
                as_unit[e] += 1;
            } else {
                alone[e] += 1;
            }
        }
    }
    for (e, ent) in ents.list.iter_mut().enumerate() {
        if as_unit[e] > 0 && alone[e] == 0 {
            ent.etype = EntityType::Region;
        }
    }
}

/// "São Paulo states", "Paraná and São Paulo states", "Kano, Kaduna and Katsina states": the
/// item `k` ends a list of names that a plural division word closes.
fn before_plural_unit(doc: &Doc, its: &[Item], k: usize) -> bool {
    let plural = |t: usize| {
        let w = doc.lower(t);
        let one = match w.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => w.strip_suffix('s').unwrap_or("").to_string(),
        };
        division_word(&one)
    };
    let mut k = k;
    loop {
        let end = its[k].toks.end;
        if plural(end) {
            return true;
        }
        let next = its.get(k + 1);
        let joined = matches!(doc.lower(end), "and" | ",")
            && next.is_some_and(|n| n.toks.start == end + 1 && matches!(n.kind, Kind::City(_)));
        if !joined {
            return false;
        }
        k += 1;
    }
}
