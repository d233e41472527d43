//! A nation's people as one actor (sixteenth session): "the Senegalese people", the
//! demonym right before "people", is a group affiliated with the country, the way the gold
//! files of four tuning sets list it. A party named with "People" and people the demonym
//! does not directly qualify are not that group. Sentences written for these tests.

mod common;

use common::{extract_on, has_rel, type_of};
use newsgraph_model::{ArticleGraph, EntityType, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-10"))
}

fn named(g: &ArticleGraph, name: &str) -> bool {
    g.entities
        .iter()
        .any(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

#[test]
fn a_demonym_before_people_names_the_nation_as_a_group() {
    let g = extract(
        "Chilean President Ana Rojas said on Sunday that the Chilean people had rejected the \
         reform a second time.",
    );
    assert_eq!(type_of(&g, "Chilean people"), Some(EntityType::Group));
    assert!(
        has_rel(&g, "Chilean people", RelationType::AffiliatedWith, "Chile"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_party_named_with_people_is_no_nation_group() {
    let g = extract(
        "The Mongolian People's Party won 40 seats in Sunday's vote, the election commission \
         said.",
    );
    assert!(!named(&g, "Mongolian People"), "{:#?}", g.entities);
}

#[test]
fn people_a_modifier_parts_from_the_demonym_are_no_nation_group() {
    let g =
        extract("Police in Tbilisi said Georgian young people had gathered outside parliament.");
    assert!(!named(&g, "Georgian young people"), "{:#?}", g.entities);
}

#[test]
fn timorese_is_the_demonym_of_timor_leste() {
    let g = extract("Australia's foreign minister congratulated the Timorese people on the vote.");
    assert!(
        has_rel(
            &g,
            "Timorese people",
            RelationType::AffiliatedWith,
            "Timor-Leste"
        ),
        "{:#?}",
        g.relations
    );
}
