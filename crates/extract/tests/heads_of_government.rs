//! Heads of government and the bodies they head: a prime minister leads the government the
//! story names for the country as well as the country; a president, where a premier may
//! head the cabinet, is left at the head of the state unless the text calls the government
//! theirs ("his government"). Sentences written for these tests.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::{ArticleGraph, RelationType::LeaderOf};

/// A Croatian story in which `title` Marko Tomic speaks, then `then` follows.
fn story(title: &str, then: &str) -> ArticleGraph {
    let text = format!(
        "ZAGREB, March 3 (Adriatic Wire) - Croatia will not raise fuel taxes this year, \
         {title} Marko Tomic said on Monday. {then}"
    );
    let g = extract_on(&text, Some("2027-03-03"));
    holds(&g, "Marko Tomic", LeaderOf, "Croatia");
    g
}

const GOVERNMENT: &str = "The government would find the money elsewhere, he said.";

#[test]
fn a_prime_minister_leads_the_government_the_story_names() {
    let g = story("Prime Minister", GOVERNMENT);
    holds(&g, "Marko Tomic", LeaderOf, "the government");
}

#[test]
fn a_president_is_not_given_the_government() {
    let g = story("President", GOVERNMENT);
    lacks(&g, "Marko Tomic", LeaderOf, "the government");
}

#[test]
fn a_prime_minister_does_not_lead_a_neighbours_government() {
    let g = story(
        "Prime Minister",
        "Hungary's government has asked for talks on the pipeline.",
    );
    lacks(&g, "Marko Tomic", LeaderOf, "Hungary's government");
}

#[test]
fn a_chancellor_heads_the_country_and_its_government() {
    let g = story("Chancellor", GOVERNMENT);
    holds(&g, "Marko Tomic", LeaderOf, "the government");
}

#[test]
fn a_vice_chancellor_heads_neither() {
    let text = format!(
        "VIENNA, March 3 (Wire) - Austria will not raise fuel taxes, Vice-Chancellor Ana Berg \
         said. {GOVERNMENT}"
    );
    let g = extract_on(&text, Some("2027-03-03"));
    let leads = |r: &&newsgraph_model::Relation| r.predicate == LeaderOf;
    assert!(!g.relations.iter().any(|r| leads(&r)), "{:#?}", g.relations);
}

/// A Croatian story whose government acts, then `then`.
fn acting_government(then: &str) -> ArticleGraph {
    story(
        "President",
        &format!("The government has frozen public sector pay since May. {then}"),
    )
}

#[test]
fn a_president_who_calls_the_government_his_leads_it() {
    let g = acting_government("Tomic said his government would find the money elsewhere.");
    holds(&g, "Marko Tomic", LeaderOf, "the government");
}

#[test]
fn a_presidents_named_government_is_his_to_lead() {
    let g = acting_government(
        "President Marko Tomic's government has asked the central bank for a loan.",
    );
    holds(&g, "Marko Tomic", LeaderOf, "the government");
}

#[test]
fn an_opening_his_government_is_the_previous_subjects() {
    let g = acting_government(
        "Tomic, who was elected by a wide margin in 2024, spoke in Split. His government \
         has promised to cut the deficit.",
    );
    holds(&g, "Marko Tomic", LeaderOf, "the government");
}

#[test]
fn a_minister_who_says_his_government_does_not_lead_it() {
    let g = acting_government(
        "Finance Minister Ivo Horvat said his government would find the money elsewhere.",
    );
    lacks(&g, "Marko Tomic", LeaderOf, "the government");
    lacks(&g, "Ivo Horvat", LeaderOf, "the government");
}

#[test]
fn a_leaders_government_named_by_the_possessive_is_his() {
    let g = story(
        "Prime Minister",
        "Teachers said Tomic's government had ignored rural schools for years.",
    );
    assert!(common::named(&g, "Tomic's government"), "{:#?}", g.entities);
    holds(&g, "Marko Tomic", LeaderOf, "Tomic's government");
}

#[test]
fn a_leaders_government_officials_name_no_body() {
    // "government" describing the people after it names no body.
    let g = story(
        "Prime Minister",
        "Teachers said Tomic's government officials had ignored rural schools for years.",
    );
    assert!(
        !common::named(&g, "Tomic's government"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn its_president_after_a_leaders_government_heads_the_other_body() {
    let g = story(
        "Prime Minister",
        "Tomic's government has been criticised by the Croatian Teachers' Union over pay. \
         Its president, Ana Pesic, said the union would strike in May.",
    );
    holds(&g, "Ana Pesic", LeaderOf, "Croatian Teachers' Union");
    lacks(&g, "Ana Pesic", LeaderOf, "Tomic's government");
}

#[test]
fn a_leaders_own_government_is_a_body_named_by_the_pronoun() {
    let g = story(
        "Prime Minister",
        "Tomic said his government would cut spending on roads instead.",
    );
    holds(&g, "Marko Tomic", LeaderOf, "his government");
}

#[test]
fn a_spokesmans_government_is_no_body_of_his() {
    let text = "ZAGREB, March 3 (Adriatic Wire) - Croatia will not raise fuel taxes, a \
                spokesman, Ivo Horvat, said on Monday. Horvat said his government would cut \
                spending on roads instead.";
    let g = extract_on(text, Some("2027-03-03"));
    assert!(
        !g.entities
            .iter()
            .any(|e| e.names.iter().any(|n| n == "his government")),
        "{:#?}",
        g.entities
    );
}

/// The names of the entity that carries `name`, or none.
fn names_with(g: &ArticleGraph, name: &str) -> Option<Vec<String>> {
    g.entities
        .iter()
        .find(|e| e.names.iter().any(|n| n == name))
        .map(|e| e.names.clone())
}

#[test]
fn the_cabinet_is_the_government_the_story_names() {
    let g = story(
        "Prime Minister",
        "He said the cabinet approved the budget on Tuesday. The government would find the \
         money elsewhere, he said.",
    );
    let names = names_with(&g, "the cabinet").unwrap_or_default();
    assert!(
        names
            .iter()
            .any(|n| n.eq_ignore_ascii_case("the government")),
        "{names:?}"
    );
}

#[test]
fn a_leaders_cabinet_is_his_government() {
    let g = story(
        "Prime Minister",
        "Tomic and his cabinet will stay on until June.",
    );
    holds(&g, "Marko Tomic", LeaderOf, "his cabinet");
}

#[test]
fn a_cabinet_meeting_or_a_past_cabinet_is_no_body() {
    let g = story(
        "Prime Minister",
        "He spoke after the cabinet meeting. Ana Pesic, who served in the cabinet of a \
         former prime minister, did not comment.",
    );
    assert_eq!(names_with(&g, "the cabinet"), None);
}
