//! A city's name the text gives with a division's word ("the Oruro department", "Russia's
//! Kursk region") names the division, not the city: the gazetteer knows a city of that name,
//! but the story speaks of the region around it, and what lies there lies in the region;
//! so does "in Paraná and São Paulo states", under one plural division word.

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{division_word, Item, Kind, INSTITUTION_HEADS};
use crate::text::is_capitalised;

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
/// region acts as a state does, and analysts list it among the actors. A governor alone
/// does not do it, as every state or province of a federation has one; the region's own
/// premier ("Balochistan's premier") does. Run after the relations, so the place relations
/// already read on the region still stand, and before the events, so the region takes its
/// roles in them: returns the entities it retyped.
pub(crate) fn self_governed_regions(doc: &Doc, ents: &mut Entities) -> Vec<usize> {
    let mut retyped = Vec::new();
    for (i, e) in ents.list.iter_mut().enumerate() {
        let region = matches!(e.etype, EntityType::Region | EntityType::Location);
        if !region && e.etype != EntityType::City {
            continue;
        }
        let own_body = |m: &crate::entities::MentionAt| {
            m.naming
                && (owns_institution(doc, doc.tok_from(m.end))
                    || heads_own_government(doc, m.sent, doc.tok_from(m.end))
                    || headed_by(doc, doc.tok_from(m.start)))
        };
        // A city's name may be an island's too ("Zanzibar"): only the description decides.
        let self_ruled = |m: &crate::entities::MentionAt| described_as_self_ruled(doc, m);
        if (region && e.mentions.iter().any(own_body)) || e.mentions.iter().any(self_ruled) {
            e.etype = EntityType::Polity;
            retyped.push(i);
        }
    }
    retyped
}

/// Words by which the text tells that a place rules itself within a larger state ("an
/// autonomous region of Portugal", "the French overseas collectivity of X", "a self-governing
/// Crown dependency"): wire copy says it once, to explain why the place acts on its own.
const SELF_RULE_WORDS: [&str; 6] = [
    "autonomous",
    "self-governing",
    "overseas",
    "collectivity",
    "dependency",
    "territory",
];

fn self_rule_word(w: &str) -> bool {
    SELF_RULE_WORDS.iter().any(|s| {
        w == *s
            || w.strip_suffix(s)
                .is_some_and(|before| before.ends_with('-'))
    })
}

/// Whether the self-rule word at token `k` says so. "Territory" alone says only that land is
/// held ("a disputed territory", "occupied territory"); it names a unit of a state only after
/// the state's own word ("the Canadian territory of X", "a US territory") or another
/// self-rule word ("an overseas territory").
fn says_self_rule(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    if !self_rule_word(w) {
        return false;
    }
    if w != "territory" {
        return true;
    }
    k > 0
        && doc.is_word(k - 1)
        && (self_rule_word(doc.lower(k - 1)) || is_capitalised(doc.word(k - 1)))
}

/// Whether a naming mention is described as self-ruled, in apposition after it ("X, an
/// autonomous region of Y") or as the head of an "of" phrase before it ("the Canadian
/// territory of X"). "State" and "province" do not count: every federation has them.
fn described_as_self_ruled(doc: &Doc, m: &crate::entities::MentionAt) -> bool {
    if !m.naming {
        return false;
    }
    let end = doc.tok_from(m.end);
    let phrase = |from: usize| {
        (from..from + 5)
            .take_while(|&k| doc.in_sent(m.sent, k) && doc.is_word(k))
            .any(|k| says_self_rule(doc, k))
    };
    // "X, the autonomous Turkic-speaking region" glosses X as "an" does, when the self-rule
    // word opens it and a division's word closes it: "In X, the overseas ministry said"
    // speaks of a body sitting there.
    let the_gloss = || {
        doc.lower(end + 1) == "the"
            && doc.lower(end + 2) != "territory"
            && says_self_rule(doc, end + 2)
            && (end + 3..end + 6)
                .take_while(|&k| doc.in_sent(m.sent, k) && doc.is_word(k))
                .any(|k| division_word(doc.lower(k)))
    };
    let glossed = doc.lower(end) == ","
        && (matches!(doc.lower(end + 1), "a" | "an") && phrase(end + 2) || the_gloss());
    let start = doc.tok_from(m.start);
    let headed = start >= 2
        && doc.lower(start - 1) == "of"
        && (start.saturating_sub(6)..start - 1)
            .rev()
            .take_while(|&k| doc.in_sent(m.sent, k) && doc.is_word(k))
            .find(|&k| doc.lower(k) == "the")
            .is_some_and(|the| (the + 1..start - 1).any(|k| says_self_rule(doc, k)));
    glossed || headed
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

/// Whether "'s" at token `i` opens the title of a premier, with at most a party's or a
/// rank's words between ("'s Liberal premier", "'s new premier"): a premier heads a cabinet
/// the region answers to, where a governor or a chief minister may only run a province's
/// administration for the state.
fn heads_own_government(doc: &Doc, s: usize, i: usize) -> bool {
    doc.is_s_mark(i)
        && (i + 1..=i + 3)
            .take_while(|&k| doc.is_word(k) && doc.in_sent(s, k))
            .any(|k| doc.lower(k) == "premier")
}

/// "the president of the Sardinia region", "the parliament of the X region": a region named
/// as what a president or an assembly heads or sits for governs itself. A governor is left
/// out: every province of a state has one.
fn headed_by(doc: &Doc, start: usize) -> bool {
    start >= 3
        && doc.lower(start - 1) == "the"
        && doc.lower(start - 2) == "of"
        && matches!(
            doc.lower(start - 3),
            "president" | "premier" | "government" | "parliament" | "assembly"
        )
}
