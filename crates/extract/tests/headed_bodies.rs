//! Bodies the tagger takes for people, known by the head named after them ("X's director,
//! Y", "X, whose owner, Y") or by the trade an apposition gives ("the contractor, X"): a
//! person has spokesmen, not owners or directors. Sentences written for these tests, names
//! made up.

mod common;

use common::{extract_on, holds, lacks, type_of};
use newsgraph_model::{ArticleGraph, EntityType, RelationType::*};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-03-03"))
}

#[test]
fn a_name_whose_owner_is_named_is_a_body() {
    let g = extract(
        "SPLIT, March 3 (Wire) - Prosecutors said the ministry had favoured one bidder, Jadran \
         Gradnja, whose owner, Pavel Horvat, was arrested on Tuesday.",
    );
    assert_eq!(
        type_of(&g, "Jadran Gradnja"),
        Some(EntityType::Organisation)
    );
    holds(&g, "Pavel Horvat", LeaderOf, "Jadran Gradnja");
}

#[test]
fn a_name_with_a_director_is_a_body() {
    let g = extract(
        "SPLIT, March 3 (Wire) - Jadran Gradnja's director, Pavel Horvat, was questioned as a \
         witness.",
    );
    holds(&g, "Pavel Horvat", LeaderOf, "Jadran Gradnja");
}

#[test]
fn a_person_with_a_spokesman_stays_a_person() {
    let g = extract(
        "SPLIT, March 3 (Wire) - Marko Tomic's spokesman, Pavel Horvat, said the minister \
         would not resign.",
    );
    assert_eq!(type_of(&g, "Marko Tomic"), Some(EntityType::Person));
    holds(&g, "Pavel Horvat", SpokespersonOf, "Marko Tomic");
}

#[test]
fn the_contractor_named_in_apposition_is_a_body() {
    let g = extract(
        "MALE, March 3 (Wire) - Officers searched the offices of the contractor, Reef Line \
         Builders, and questioned its managing director, Ali Waheed, for six hours.",
    );
    holds(&g, "Ali Waheed", LeaderOf, "Reef Line Builders");
}

#[test]
fn a_name_before_leader_and_a_name_is_a_party() {
    let g = extract(
        "DUBLIN, June 14 (Wire) - Fianna Gael leader Ciara Walsh said her party would not join \
         a coalition with the Greens.",
    );
    holds(&g, "Ciara Walsh", LeaderOf, "Fianna Gael");
}

#[test]
fn a_name_before_a_lawmaker_is_left_to_the_tagger() {
    let g = extract(
        "DUBLIN, June 14 (Wire) - Fianna Gael lawmaker Ciara Walsh said her party would not \
         join a coalition with the Greens.",
    );
    lacks(&g, "Ciara Walsh", LeaderOf, "Fianna Gael");
}
