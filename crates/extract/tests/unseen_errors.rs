//! Classes of errors the rules made on articles they had never seen (tests/dev9) that recur
//! in the earlier tuning sets: the agency of the dateline named again in the text, a site
//! named with its lower-case noun, a division named with "state", a party first named with
//! its party word, two sides of a fight each parsed as a subject, people "loyal to" a body.
//! Sentences written for these tests; names are made up.

mod common;

use common::{events, extract_on, has_rel, has_target, id, type_of};
use newsgraph_model::{ArticleGraph, EntityType, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

/// The entities one of whose names is `name` (case-insensitive).
fn named<'g>(g: &'g ArticleGraph, name: &str) -> Vec<&'g newsgraph_model::Entity> {
    (g.entities.iter())
        .filter(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        .collect()
}

#[test]
fn the_dateline_agency_named_in_the_text_is_the_agency() {
    let g = extract(
        "GENEVA, Nov 20 (Lark Wire) - Two opposition lawmakers were detained in Tavoria on \
         Monday, their party said. According to a police report seen by Lark Wire, both men \
         were held overnight. The lawmakers' lawyer, Petra Vos, told Lark Wire that neither \
         had been charged.",
    );
    let agency = named(&g, "Lark Wire");
    assert_eq!(agency.len(), 1, "{:#?}", g.entities);
    assert_eq!(agency[0].etype, EntityType::Organisation);
    assert_eq!(type_of(&g, "Petra Vos"), Some(EntityType::Person));
}

#[test]
fn another_name_after_told_is_no_agency() {
    let g = extract(
        "GENEVA, Nov 20 (Lark Wire) - The opposition leader, Nadia Orel, told Jonas Berg \
         on Monday that she would appeal against the ruling.",
    );
    assert_eq!(type_of(&g, "Jonas Berg"), Some(EntityType::Person));
    assert_eq!(named(&g, "Lark Wire").len(), 1, "{:#?}", g.entities);
}

#[test]
fn a_site_noun_after_a_name_makes_a_facility_of_both() {
    let g = extract(
        "Rebels shelled the Dovrek military prison and the Halsa market on Monday, officials \
         said. Water from the Mirsk reservoir was cut, and talks were held at the Kerevo \
         residence.",
    );
    for site in [
        "Dovrek military prison",
        "Halsa market",
        "Mirsk reservoir",
        "Kerevo residence",
    ] {
        assert_eq!(
            type_of(&g, site),
            Some(EntityType::Facility),
            "{site}: {:#?}",
            g.entities
        );
    }
}

#[test]
fn a_capitalised_or_unrelated_noun_makes_no_site() {
    let g = extract(
        "Ministers of the Andurian Common Market met in Velsa on Monday. \
         Farmers said prices at the market had doubled.",
    );
    assert!(
        g.entities.iter().all(|e| e.etype != EntityType::Facility),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_name_before_a_lower_case_state_is_a_division() {
    let g = extract(
        "Fighting spread to northern Tavor state on Monday, the army said. \
         Thousands have fled Tavor since August.",
    );
    assert_eq!(
        type_of(&g, "Tavor"),
        Some(EntityType::Region),
        "{:#?}",
        g.entities
    );
    id(&g, "Tavor state");
}

#[test]
fn state_qualifying_a_noun_after_a_name_makes_no_division() {
    let g = extract("Karsa state media said on Monday that the attack had failed.");
    assert_ne!(
        type_of(&g, "Karsa"),
        Some(EntityType::Region),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_bare_party_name_is_the_party_named_with_its_party_word() {
    let g = extract(
        "The ruling Velmar party said on Monday it had won most of the town councils. \
         The opposition Dorano Kest coalition accused Velmar of buying votes in two districts.",
    );
    let parties = named(&g, "Velmar party");
    assert_eq!(parties.len(), 1, "{:#?}", g.entities);
    assert_eq!(named(&g, "Velmar").len(), 1, "{:#?}", g.entities);
    let accused = events(&g, "11");
    assert!(
        accused.iter().any(|e| has_target(&g, e, "Velmar party")),
        "{:#?}",
        g.events
    );
}

#[test]
fn a_capitalised_party_word_keeps_its_own_key() {
    // "Front" capitalised is part of the body's name: "Sarun Front" and "Sarun" may be two.
    let g = extract(
        "The Sarun Front said on Tuesday it would not lay down its arms. \
         Sarun, a town of 20,000 people, was shelled overnight.",
    );
    assert!(
        named(&g, "Sarun Front")
            .iter()
            .all(|e| !e.names.iter().any(|n| n == "Sarun")),
        "{:#?}",
        g.entities
    );
}

#[test]
fn two_sides_each_a_subject_of_fought_fight_each_other() {
    // The parser hangs the "and" on the verb and makes each side a subject of its own.
    let g = extract(
        "Chadian troops and the Kessel Liberation Front fought through Saturday for control \
         of Orbel, a mining town.",
    );
    let fights = events(&g, "19");
    assert_eq!(fights.len(), 2, "{:#?}", g.events);
    assert!(
        fights
            .iter()
            .any(|e| e.sources.contains(&id(&g, "Chadian troops"))
                && has_target(&g, e, "Kessel Liberation Front")),
        "{:#?}",
        g.events
    );
    assert!(
        fights
            .iter()
            .any(|e| e.sources.contains(&id(&g, "Kessel Liberation Front"))
                && has_target(&g, e, "Chadian troops")),
        "{:#?}",
        g.events
    );
}

#[test]
fn one_side_fighting_alone_is_one_event() {
    let g = extract("The Kessel Liberation Front fought through Saturday for control of Orbel.");
    let fights = events(&g, "19");
    assert_eq!(fights.len(), 1, "{:#?}", g.events);
    assert!(fights[0].targets.is_empty(), "{:#?}", g.events);
}

#[test]
fn people_loyal_to_a_body_are_a_group_that_sides_with_it() {
    let g = extract(
        "Soldiers loyal to the government of Chad repelled an attack on the army headquarters \
         on Monday. The army said fighters loyal to the Kessel Liberation Front had attacked \
         a convoy.",
    );
    let soldiers = id(&g, "Soldiers loyal to the government of Chad");
    let fighters = id(&g, "fighters loyal to the Kessel Liberation Front");
    assert_eq!(type_of(&g, "fighters"), Some(EntityType::Group));
    assert!(
        has_rel(&g, "Soldiers", RelationType::AffiliatedWith, "Chad"),
        "{:#?}",
        g.relations
    );
    assert!(
        has_rel(
            &g,
            "fighters",
            RelationType::AffiliatedWith,
            "Kessel Liberation Front"
        ),
        "{:#?}",
        g.relations
    );
    // Loyal to it, not members of it.
    assert!(
        !has_rel(
            &g,
            "fighters",
            RelationType::MemberOf,
            "Kessel Liberation Front"
        ),
        "{:#?}",
        g.relations
    );
    assert_ne!(soldiers, fighters);
}

#[test]
fn people_loyal_to_no_named_body_stay_plain_people() {
    let g = extract("Soldiers loyal to him repelled an attack on the barracks on Monday.");
    assert!(
        g.relations
            .iter()
            .all(|r| r.predicate != RelationType::AffiliatedWith),
        "{:#?}",
        g.relations
    );
}
