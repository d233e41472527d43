//! A plural noun for people, capitalised because it opens a sentence ("Residents said"), is
//! a group of people, never a person called "Residents"; a lone name opening a sentence
//! before a speech verb is still a person. Sentences written for these tests.

mod common;

use common::extract_on;
use newsgraph_model::{ArticleGraph, EntityType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

fn people_named(g: &ArticleGraph, name: &str) -> usize {
    (g.entities.iter())
        .filter(|e| e.etype == EntityType::Person)
        .filter(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        .count()
}

#[test]
fn residents_opening_a_sentence_are_no_person() {
    let g = extract(
        "Shells fell on the market town of Kelvo overnight, killing four people. Residents \
         said the shelling went on until dawn.",
    );
    assert_eq!(people_named(&g, "Residents"), 0, "{:#?}", g.entities);
}

/// The people named `opener` when it opens a sentence before "said".
fn sayers_named(opener: &str) -> usize {
    let g = extract(&format!(
        "The ruling party lost its majority in Sunday's vote. {opener} said the prime \
         minister would have to seek a partner."
    ));
    people_named(&g, opener)
}

#[test]
fn analysts_opening_a_sentence_are_no_person() {
    assert_eq!(sayers_named("Analysts"), 0);
}

#[test]
fn a_lone_name_opening_a_sentence_is_still_a_person() {
    assert_eq!(sayers_named("Baranek"), 1);
}
