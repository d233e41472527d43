//! Relatives as a group (sixteenth session): "relatives of the freed soldiers" act as one
//! (they gather, shout, fire into the air) and are named by the whole phrase, a participle
//! after "the" included; the phrase ends on a plural noun, "men" too. Sentences written
//! for these tests.

mod common;

use common::{extract_on, type_of};
use newsgraph_model::{ArticleGraph, EntityType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-10"))
}

fn named(g: &ArticleGraph, name: &str) -> bool {
    g.entities
        .iter()
        .any(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

#[test]
fn relatives_of_people_named_by_a_participle_are_a_group() {
    let g = extract(
        "Relatives of the jailed reporters gathered outside the court in Lome on Monday and \
         chanted slogans.",
    );
    assert_eq!(
        type_of(&g, "Relatives of the jailed reporters"),
        Some(EntityType::Group),
        "{:#?}",
        g.entities
    );
}

#[test]
fn relatives_of_the_freed_men_are_named_with_the_men() {
    let g = extract("In Benghazi, relatives of the released men fired shots into the air.");
    assert!(
        named(&g, "relatives of the released men"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_singular_relative_names_no_group_phrase() {
    let g = extract(
        "Relatives of the missing fisherman gathered at the port in Tema on Sunday, police \
         said.",
    );
    assert!(
        !named(&g, "Relatives of the missing fisherman"),
        "{:#?}",
        g.entities
    );
}
