//! Named entities, their spans, kinds and aliases (tenth session of issue 5): a name in a
//! place's slot is a place whatever the name tagger says, an acronym in brackets closes and
//! names a body, a title's field is no person, a surname the tagger left off is the
//! person's, and a body described by its field or owner is the body the article names in
//! full. Sentences written for these tests.

mod common;

use common::{extract_on, has_rel, names};
use newsgraph_model::{ArticleGraph, EntityKind, EntityType, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

/// The entity one of whose names is `name`.
fn named<'g>(g: &'g ArticleGraph, name: &str) -> Option<&'g newsgraph_model::Entity> {
    g.entities
        .iter()
        .find(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

#[test]
fn a_name_in_a_place_slot_is_a_place_not_a_person() {
    let g = extract(
        "Floods cut roads across parts of North Varelia on Monday, officials said. Relief \
         trucks reached the port of Dao Minh later in the week. A ferry sank in the Ras \
         Tamir waterway on Tuesday.",
    );
    for name in ["North Varelia", "Dao Minh", "Ras Tamir"] {
        let e = named(&g, name);
        assert_eq!(
            e.map(|e| e.kind),
            Some(EntityKind::Place),
            "{name}: {:?}",
            names(&g)
        );
    }
}

#[test]
fn an_acronym_in_brackets_closes_a_body_name_and_joins_it() {
    let g = extract(
        "The ruling Umoja Wa Taifa (UWT) rejected the demand on Monday. The Movement for the \
         Liberation of Kandoria and Veluna (MLKV) said it would boycott the vote.",
    );
    // A person is not given an acronym: the name before it is the body's.
    let uwt = named(&g, "Umoja Wa Taifa");
    assert_eq!(
        uwt.map(|e| e.etype),
        Some(EntityType::Organisation),
        "{:?}",
        names(&g)
    );
    assert!(
        uwt.is_some_and(|e| e.names.iter().any(|n| n == "UWT")),
        "{:?}",
        names(&g)
    );
    // The whole name, places and all, up to the acronym.
    let mlkv = named(&g, "Movement for the Liberation of Kandoria and Veluna");
    assert!(
        mlkv.is_some_and(|e| e.names.iter().any(|n| n == "MLKV")),
        "{:?}",
        names(&g)
    );
    assert!(named(&g, "Movement").is_none(), "{:?}", names(&g));
}

#[test]
fn a_known_acronym_in_brackets_is_the_body_named_before_it() {
    let g = extract(
        "Leaders of the Economic Community of West African States (ECOWAS) met in Abuja on \
         Friday. ECOWAS said it would send a mission.",
    );
    let full = named(&g, "Economic Community of West African States");
    assert!(
        full.is_some_and(|e| e.names.iter().any(|n| n == "ECOWAS")),
        "{:?}",
        names(&g)
    );
    let bodies = g
        .entities
        .iter()
        .filter(|e| e.etype == EntityType::Organisation)
        .count();
    assert_eq!(bodies, 1, "{:?}", names(&g));
}

#[test]
fn the_field_of_an_office_is_no_person() {
    let g = extract(
        "The office of the Director of Rural Prosecutions said it would appeal the ruling.",
    );
    assert!(
        g.entities.iter().all(|e| e.etype != EntityType::Person),
        "{:?}",
        names(&g)
    );
}

#[test]
fn a_title_with_its_field_stands_before_the_holder() {
    let g = extract(
        "\"We will keep talking,\" Omani Minister of State Faisal Al-Harthi said on Sunday. \
         The talks were led by Minister of Rural Development Peter Okonjo.",
    );
    for name in ["Faisal Al-Harthi", "Peter Okonjo"] {
        let e = named(&g, name);
        assert_eq!(
            e.map(|e| e.etype),
            Some(EntityType::Person),
            "{name}: {:?}",
            names(&g)
        );
    }
    assert!(
        named(&g, "State Faisal Al-Harthi").is_none(),
        "{:?}",
        names(&g)
    );
}

#[test]
fn a_surname_the_tagger_left_off_belongs_to_the_person() {
    let g = extract(
        "Rui Mendes Cabral of the National Unity Party said the count was flawed. Cabral asked \
         for a recount.",
    );
    let e = named(&g, "Rui Mendes Cabral");
    assert!(
        e.is_some_and(|e| e.names.iter().any(|n| n == "Cabral")),
        "{:?}",
        names(&g)
    );
    assert!(named(&g, "Rui Mendes").is_none(), "{:?}", names(&g));
}

#[test]
fn a_confederation_is_a_body() {
    let g = extract("The General Confederation of Workers said the strike would go ahead.");
    let e = named(&g, "General Confederation of Workers");
    assert_eq!(
        e.map(|e| e.etype),
        Some(EntityType::Organisation),
        "{:?}",
        names(&g)
    );
}

#[test]
fn a_body_described_first_is_the_body_named_in_full_later() {
    let g = extract(
        "LUSAKA, Nov 4 (Wire) - Supporters gathered outside the electoral commission on \
         Monday. The Independent Electoral Commission said the count would resume. Zambia's \
         central bank held rates. The Central Bank of Zambia said inflation was slowing.",
    );
    let commission = named(&g, "Independent Electoral Commission");
    assert!(
        commission.is_some_and(|e| e.names.iter().any(|n| n.contains("electoral commission"))),
        "{:?}",
        names(&g)
    );
    let bank = named(&g, "Central Bank of Zambia");
    assert!(
        bank.is_some_and(|e| e.names.iter().any(|n| n == "Zambia's central bank")),
        "{:?}",
        names(&g)
    );
}

#[test]
fn a_field_body_before_a_title_is_the_country_s() {
    let g = extract(
        "In Nairobi, foreign ministry spokeswoman Wanjiru Kamau said the envoy had been \
         summoned.",
    );
    assert!(named(&g, "foreign ministry").is_some(), "{:?}", names(&g));
    assert!(
        has_rel(
            &g,
            "Wanjiru Kamau",
            RelationType::SpokespersonOf,
            "foreign ministry"
        ),
        "{:?}",
        g.relations
    );
}

#[test]
fn a_month_after_in_is_no_part_of_a_body_name() {
    let g = extract(
        "The Constitutional Court of Moldova in March struck down a tax on remittances, \
         the finance ministry said.",
    );
    assert!(named(&g, "Constitutional Court of Moldova").is_some());
    assert!(named(&g, "Constitutional Court of Moldova in March").is_none());
}
