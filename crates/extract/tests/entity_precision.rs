//! A body's common noun owned by a title through a possessive ("the Chief Auditor's
//! Office") names the office-holder's bureau in full, not a body called by the common noun
//! alone; sentences written for these tests.

mod common;

use common::{extract_on, names, type_of};
use newsgraph_model::EntityType;

#[test]
fn an_office_owned_by_a_title_is_named_with_its_owner() {
    let g = extract_on(
        "Police in Velmora arrested two road contractors on Tuesday over a bridge tender. \
         The Chief Auditor's Office said it would review every contract signed since 2023.",
        Some("2026-11-20"),
    );
    let all = names(&g);
    // The word alone may stay a name of the bureau, never the name it is known by.
    assert!(
        !g.entities
            .iter()
            .any(|e| e.names.first().is_some_and(|n| n == "Office")),
        "a body called 'Office': {all:?}"
    );
    assert_eq!(
        type_of(&g, "Chief Auditor's Office"),
        Some(EntityType::Organisation),
        "{all:?}"
    );
}

#[test]
fn a_body_whose_own_name_ends_in_office_keeps_it() {
    // Twin: no possessive, so the capitalised run is the body's whole name.
    let g = extract_on(
        "Police in Velmora arrested two road contractors on Tuesday over a bridge tender. \
         The Velmora Audit Office said it would review every contract signed since 2023.",
        Some("2026-11-20"),
    );
    let all = names(&g);
    assert_eq!(
        type_of(&g, "Velmora Audit Office"),
        Some(EntityType::Organisation),
        "{all:?}"
    );
    assert!(
        !all.iter().any(|n| n.as_str() == "Office"),
        "a lone 'Office' named: {all:?}"
    );
}
