//! Names that lists and text spell differently, and names whose neighbours say what they
//! are: Romanian towns written with comma-below letters where the gazetteer has cedillas;
//! a party's or coalition's name that the name tagger takes for a person's. Sentences
//! written for these tests.

mod common;

use common::{extract_on, labels_of, type_of};
use newsgraph_model::{ArticleGraph, EntityType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

#[test]
fn comma_below_spellings_find_the_gazetteer_cities() {
    let g = extract(
        "Dockers in Constan\u{021B}a stopped work on Tuesday, and the strike spread to a depot \
         near Bra\u{0219}ov by the evening.",
    );
    assert_eq!(
        type_of(&g, "Constan\u{021B}a"),
        Some(EntityType::City),
        "{:#?}",
        g.entities
    );
    assert_eq!(
        type_of(&g, "Bra\u{0219}ov"),
        Some(EntityType::City),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_party_in_apposition_makes_the_name_an_organisation() {
    let g = extract(
        "Zora Bela, the largest party of the Hungarian minority, rejected the count on Monday.",
    );
    assert_eq!(
        type_of(&g, "Zora Bela"),
        Some(EntityType::Organisation),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_coalition_word_after_the_name_types_its_bare_mentions_too() {
    let g = extract(
        "The opposition Nari Lenka coalition accused the commission of fraud on Sunday. \
         Its candidate, Petra Hollo, said Nari Lenka would go to court.",
    );
    assert_eq!(
        type_of(&g, "Nari Lenka"),
        Some(EntityType::Organisation),
        "{:#?}",
        g.entities
    );
    assert!(
        !g.entities
            .iter()
            .any(|e| e.etype == EntityType::Person && e.names.iter().any(|n| n.contains("Lenka"))),
        "{:#?}",
        g.entities
    );
    assert_eq!(type_of(&g, "Petra Hollo"), Some(EntityType::Person));
}

#[test]
fn a_coalition_word_before_the_name_makes_it_an_organisation() {
    let g = extract("The governing coalition Vela Dorn said on Monday it would not resign.");
    assert_eq!(
        type_of(&g, "Vela Dorn"),
        Some(EntityType::Organisation),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_leader_in_apposition_still_makes_a_person() {
    let g = extract("Tomas Vrana, the opposition leader, said on Monday that the count was wrong.");
    assert_eq!(
        type_of(&g, "Tomas Vrana"),
        Some(EntityType::Person),
        "{:#?}",
        g.entities
    );
}

fn people(g: &ArticleGraph) -> Vec<&str> {
    labels_of(g, EntityType::Person)
}

#[test]
fn a_titled_first_name_is_the_one_person_named_in_full() {
    let g = extract(
        "Emir Tamim bin Hamad opened the new port on Sunday. Emir Tamim is due in Cairo next \
         month, officials said.",
    );
    assert_eq!(people(&g), ["Tamim bin Hamad"], "{:#?}", g.entities);
    assert!(
        g.entities[0].names.iter().any(|n| n == "Tamim"),
        "{:#?}",
        g.entities
    );
    // Two people who share the first name leave the titled one alone.
    let g = extract(
        "Emir Tamim bin Hamad opened the new port on Sunday. Tamim Rashed, the port's \
         chairman, did not attend. Emir Tamim is due in Cairo next month, officials said.",
    );
    let full = g.entities.iter().find(|e| e.label == "Tamim bin Hamad");
    assert!(
        full.is_some_and(|e| e.names.iter().all(|n| n != "Tamim")),
        "{:#?}",
        g.entities
    );
}
