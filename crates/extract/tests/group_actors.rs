//! Plural groups as actors (twelfth session): a counted crowd taken into custody is the
//! arrest's target, one entity per count and named with its hedge ("at least 30 people");
//! more plural nouns for people who act as one (experts, investors, detainees); a
//! named body's people ("African Union troops", "Red Cross volunteers"), who belong to the
//! body or are affiliated with it, while a band's fighters stay the band. Sentences written
//! for these tests.

mod common;

use common::{events, extract_on, has_rel, has_target, id, type_of};
use newsgraph_model::{ArticleGraph, EntityType, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

fn named(g: &ArticleGraph, name: &str) -> bool {
    g.entities
        .iter()
        .any(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

#[test]
fn people_detained_by_the_police_are_the_arrest_target() {
    let g = extract("Police in Tamale detained 18 people after the market fire on Sunday.");
    assert_eq!(type_of(&g, "18 people"), Some(EntityType::Group));
    let arrest = events(&g, "17");
    assert_eq!(arrest.len(), 1, "{:#?}", g.events);
    assert!(has_target(&g, arrest[0], "18 people"), "{:#?}", arrest[0]);
}

#[test]
fn people_arrested_in_the_passive_are_a_group_named_with_the_hedge() {
    let g = extract("At least 12 people were arrested in Kumasi on Saturday, the police said.");
    assert_eq!(type_of(&g, "12 people"), Some(EntityType::Group));
    assert!(named(&g, "At least 12 people"), "{:#?}", g.entities);
}

#[test]
fn each_count_of_people_held_is_its_own_group() {
    let g = extract(
        "Police arrested 40 people in Tema on Monday. In Ho, officers detained 9 people on \
         Tuesday.",
    );
    assert_ne!(id(&g, "40 people"), id(&g, "9 people"));
}

#[test]
fn people_killed_or_counted_loosely_are_no_group() {
    let g = extract(
        "The floods killed 14 people in the north. Tens of thousands of people were detained \
         after the vote, the opposition said.",
    );
    assert!(!named(&g, "14 people"), "{:#?}", g.entities);
    assert!(
        !named(&g, "tens of thousands of people"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn experts_who_warn_are_a_group() {
    let g = extract("Legal experts warned that the decree broke the constitution.");
    assert_eq!(type_of(&g, "legal experts"), Some(EntityType::Group));
}

#[test]
fn investors_who_act_are_a_group() {
    let g =
        extract("Foreign investors sold bonds worth $2 billion after the central bank cut rates.");
    assert_eq!(type_of(&g, "foreign investors"), Some(EntityType::Group));
}

#[test]
fn a_named_bodys_troops_are_its_group() {
    let g = extract(
        "African Union troops clashed with gunmen near the town of Beledweyne on Wednesday.",
    );
    assert_eq!(type_of(&g, "African Union troops"), Some(EntityType::Group));
    assert!(
        has_rel(
            &g,
            "African Union troops",
            RelationType::AffiliatedWith,
            "African Union"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_named_bodys_experts_are_the_accusers() {
    let g = extract("United Nations experts accused the army of shelling villages in the east.");
    let accuse = events(&g, "11");
    assert_eq!(accuse.len(), 1, "{:#?}", g.events);
    // The body they belong to joins them as a doer.
    let body = id(&g, "United Nations");
    assert_eq!(
        accuse[0].sources,
        vec![id(&g, "United Nations experts"), body]
    );
}

#[test]
fn volunteers_belong_to_their_society() {
    let g = extract("Red Cross volunteers handed out food to families in Beira on Friday.");
    assert!(
        has_rel(
            &g,
            "Red Cross volunteers",
            RelationType::MemberOf,
            "Red Cross"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_bands_fighters_are_not_a_group_of_their_own() {
    let g = extract("The Liberation Front said on Monday its commanders had agreed to a truce.");
    assert!(
        !named(&g, "Liberation Front commanders"),
        "{:#?}",
        g.entities
    );
    let g = extract("Liberation Front rebels attacked an army post near Gao on Monday.");
    assert!(!named(&g, "Liberation Front rebels"), "{:#?}", g.entities);
}

#[test]
fn a_bodys_delegation_is_not_made_a_group() {
    let g = extract("The European Union delegation in Nairobi welcomed the ruling on Tuesday.");
    assert_ne!(
        type_of(&g, "European Union delegation"),
        Some(EntityType::Group)
    );
}

#[test]
fn a_body_named_before_more_troops_does_not_field_them() {
    let g = extract("The African Union said on Thursday it would send more troops to the region.");
    assert!(!named(&g, "African Union troops"), "{:#?}", g.entities);
}

#[test]
fn a_named_persons_supporters_follow_him() {
    let g = extract(
        "Opposition leader Daniel Okello was charged with treason on Monday. Several hundred \
         Okello supporters marched to the court in Gulu.",
    );
    assert_eq!(type_of(&g, "Okello supporters"), Some(EntityType::Group));
    assert!(
        has_rel(
            &g,
            "Okello supporters",
            RelationType::AffiliatedWith,
            "Daniel Okello"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn supporters_are_named_with_the_body_they_follow() {
    let g = extract(
        "The opposition party condemned the verdict. Police detained dozens of the party's \
         supporters outside the court in Jinja.",
    );
    assert!(named(&g, "the party's supporters"), "{:#?}", g.entities);
}
