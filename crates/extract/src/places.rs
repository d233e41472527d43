//! A city's name the text gives with a division's word ("the Oruro department", "Russia's
//! Kursk region") names the division, not the city: the gazetteer knows a city of that name,
//! but the story speaks of the region around it, and what lies there lies in the region.

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{division_word, Item, Kind};

/// Retypes as regions the cities whose every mention the text gives with a division's
/// word after it, and names each with that word ("Borkou province"), as analysts do. A city
/// the story also names alone keeps its type: "Kursk region" beside "in Kursk" may speak of
/// both, so the mentions with the word go to a region of their own ("Gitega province" beside
/// the capital Gitega).
pub(crate) fn cities_named_as_regions(
    doc: &Doc,
    items: &[Vec<Item>],
    ent_of: &mut [Vec<Option<usize>>],
    ents: &mut Entities,
) {
    let mut as_unit = vec![Vec::new(); ents.list.len()];
    let mut alone = vec![0usize; ents.list.len()];
    for (s, its) in items.iter().enumerate() {
        for (k, it) in its.iter().enumerate() {
            let Some(e) = ent_of[s][k] else { continue };
            if !matches!(it.kind, Kind::City(_)) || ents.list[e].etype != EntityType::City {
                continue;
            }
            if division_word(doc.lower(it.toks.end)) && doc.in_sent(s, it.toks.end) {
                as_unit[e].push((s, k));
            } else {
                alone[e] += 1;
            }
        }
    }
    for (e, units) in as_unit.into_iter().enumerate() {
        let Some(&(s0, k0)) = units.first() else {
            continue;
        };
        let with_word = |s: usize, k: usize| {
            let toks = &items[s][k].toks;
            (doc.toks[toks.start].start, doc.toks[toks.end].end)
        };
        let region = if alone[e] == 0 {
            ents.list[e].etype = EntityType::Region;
            e
        } else {
            let (a, b) = with_word(s0, k0);
            let key = format!("{}:division", ents.list[e].key);
            let r = ents.add(&key, EntityType::Region, doc.text.get(a..b).unwrap_or(""));
            ents.list[r].country = ents.list[e].country.clone();
            r
        };
        for (s, k) in units {
            let (a, b) = with_word(s, k);
            if region != e {
                let name = doc.toks[items[s][k].toks.start].start;
                ents.list[e].mentions.retain(|m| m.start != name);
                ent_of[s][k] = Some(region);
            }
            ents.mention(region, a, b, s, true);
        }
    }
}
