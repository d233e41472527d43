//! A group named in full and then by a shorter or plainer noun is one group (sixteenth
//! session): "the gang leaders" after "five Haitian gang leaders", "protesters" or "the
//! crowd" after the teachers who marched, "the attackers" after the militants who attacked.
//! Each rule has a twin where the second noun names people of their own. Every sentence is
//! written for these tests.

mod common;

use common::{extract_on, groups, id, named};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-30"))
}

#[test]
fn the_shorter_name_of_a_modified_group_is_that_group() {
    let g = extract(
        "Canada imposed sanctions on Tuesday on five Haitian gang leaders accused of \
         extortion. Ottawa said the gang leaders had financed attacks on police stations.",
    );
    assert!(named(&g, "gang leaders"), "{:?}", groups(&g));
    assert_eq!(
        id(&g, "gang leaders"),
        id(&g, "five Haitian gang leaders"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn a_group_with_another_modifier_stays_apart() {
    let g = extract(
        "Canada imposed sanctions on Tuesday on five Haitian gang leaders accused of \
         extortion. Ottawa said rival militia leaders had denied the charges.",
    );
    assert!(named(&g, "rival militia leaders"), "{:?}", groups(&g));
    assert_ne!(
        id(&g, "rival militia leaders"),
        id(&g, "five Haitian gang leaders"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn protesters_after_marching_teachers_are_the_teachers() {
    let g = extract(
        "Thousands of teachers marched through Varnholm on Monday to demand higher pay. \
         Police said protesters threw stones at the ministry and the crowd refused to \
         disperse.",
    );
    let teachers = id(&g, "Thousands of teachers");
    assert_eq!(id(&g, "protesters"), teachers, "{:?}", groups(&g));
    assert_eq!(id(&g, "crowd"), teachers, "{:?}", groups(&g));
}

#[test]
fn protesters_before_any_marching_group_are_their_own() {
    let g = extract(
        "Police fired tear gas at protesters in Varnholm on Monday. Officials said teachers \
         would meet the minister on Friday.",
    );
    assert!(named(&g, "protesters"), "{:?}", groups(&g));
    assert!(named(&g, "teachers"), "{:?}", groups(&g));
    assert_ne!(id(&g, "protesters"), id(&g, "teachers"), "{:?}", groups(&g));
}

#[test]
fn bare_attackers_are_the_militants_named_before() {
    let g = extract(
        "Islamist militants attacked an army post near Tessit on Sunday, killing nine \
         soldiers. The army said the attackers fled towards the border on motorbikes.",
    );
    assert_eq!(
        id(&g, "attackers"),
        id(&g, "Islamist militants"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn counted_gunmen_are_a_band_of_their_own() {
    let g = extract(
        "Islamist militants attacked an army post near Tessit on Sunday. Separately, about \
         30 gunmen seized two lorries on the road to Gao, the army said.",
    );
    let gunmen = (g.entities.iter()).find(|e| {
        e.names
            .iter()
            .any(|n| n.to_lowercase().ends_with("30 gunmen"))
    });
    let militants = id(&g, "Islamist militants");
    assert!(
        gunmen.is_some_and(|e| e.id != militants),
        "{:?}",
        groups(&g)
    );
}
