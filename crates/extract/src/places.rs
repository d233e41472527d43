//! A city's name the text gives with a division's word ("the Oruro department", "Russia's
//! Kursk region") names the division, not the city: the gazetteer knows a city of that name,
//! but the story speaks of the region around it, and what lies there lies in the region;
//! so does "in Paraná and São Paulo states", under one plural division word.

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{division_word, Item, Kind, INSTITUTION_HEADS};

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
            let worded = division_word(doc.lower(it.toks.end)) && doc.in_sent(s, it.toks.end);
            if worded || before_plural_unit(doc, its, k) {
                as_unit[e].push((s, k, worded));
            } else {
                alone[e] += 1;
            }
        }
    }
    for (e, units) in as_unit.into_iter().enumerate() {
        let Some(&(s0, k0, worded0)) = units.first() else {
            continue;
        };
        // Under a plural word ("Paraná and São Paulo states") the word belongs to the
        // whole list, so the mention is the name alone.
        let with_word = |s: usize, k: usize, worded: bool| {
            let toks = &items[s][k].toks;
            let last = if worded { toks.end } else { toks.end - 1 };
            (doc.toks[toks.start].start, doc.toks[last].end)
        };
        let region = if alone[e] == 0 {
            ents.list[e].etype = EntityType::Region;
            e
        } else {
            let (a, b) = with_word(s0, k0, worded0);
            let key = format!("{}:division", ents.list[e].key);
            let r = ents.add(&key, EntityType::Region, doc.text.get(a..b).unwrap_or(""));
            ents.list[r].country = ents.list[e].country.clone();
            r
        };
        for (s, k, worded) in units {
            let (a, b) = with_word(s, k, worded);
            if region != e {
                let name = doc.toks[items[s][k].toks.start].start;
                ents.list[e].mentions.retain(|m| m.start != name);
                ent_of[s][k] = Some(region);
            }
            ents.mention(region, a, b, s, true);
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

/// Retypes as polities the regions the text gives a government, parliament, police or army
/// of their own ("Scotland's minority government", "Catalonia's police force"): such a
/// region acts as a state does, and analysts list it among the actors. A governor or a
/// premier alone does not do it, as every state or province of a federation has one. Done
/// last, so the place relations already read on the region still stand.
pub(crate) fn self_governed_regions(doc: &Doc, ents: &mut Entities) {
    for e in ents.list.iter_mut() {
        if !matches!(e.etype, EntityType::Region | EntityType::Location) {
            continue;
        }
        let own_body =
            |m: &crate::entities::MentionAt| m.naming && owns_institution(doc, doc.tok_from(m.end));
        if e.mentions.iter().any(own_body) {
            e.etype = EntityType::Polity;
        }
    }
}

/// Whether "'s" at token `i` opens lower-case words ending in an institution of a state
/// ("'s power-sharing executive", "'s defence ministry").
fn owns_institution(doc: &Doc, i: usize) -> bool {
    let lower_word = |k: &usize| {
        let w = doc.word(*k);
        !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-')
    };
    doc.is_s_mark(i)
        && (i + 1..=i + 4)
            .take_while(lower_word)
            .any(|k| INSTITUTION_HEADS.contains(&doc.lower(k)) || doc.lower(k) == "executive")
}
