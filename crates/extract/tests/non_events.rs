//! Trigger words that name no act of their own in context: what a protest is for, and a
//! verb form read as the thing another verb acts on. Each negative twin keeps the event the
//! same word names when it is one. Sentences written for these tests, names made up.

mod common;

use common::{events, extract_on};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn a_demand_a_march_is_made_for_is_the_march() {
    let g = extract(
        "Thousands of nurses marched through central Dorvik on Sunday to demand higher pay \
         from the Kestavian government.",
    );
    assert!(!events(&g, "14").is_empty(), "{:#?}", g.events);
    assert!(events(&g, "10").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_demand_made_on_its_own_is_an_event() {
    let g = extract(
        "The nurses' union, Unison Kestavia, demanded higher pay from the Kestavian \
         government on Sunday.",
    );
    assert_eq!(events(&g, "10").len(), 1, "{:#?}", g.events);
}

#[test]
fn a_verb_form_read_as_what_another_verb_acts_on_is_no_act() {
    let g = extract(
        "Among those listed is a trading firm, Norra Freight, which Kestavia says moved shells \
         by rail across the border into Dorvik.",
    );
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
    let g =
        extract("Anton Brell, a former port official in Dorvik, received the longest sentence.");
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
}

#[test]
fn the_same_verb_form_as_a_verb_is_an_act() {
    let g = extract("A court in Dorvik sentenced Anton Brell to six years in prison on Monday.");
    assert!(!events(&g, "17").is_empty(), "{:#?}", g.events);
}

#[test]
fn shells_fired_at_a_place_are_the_shelling() {
    let g = extract("Belarus fired two artillery shells at Lithuania on Thursday.");
    assert!(!events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn fighting_a_plan_is_no_fight() {
    let g = extract(
        "Kenya's opposition Orange Democratic Movement, which fought a government plan for a \
         new port in Lamu, said on Monday it would vote against the budget.",
    );
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn fighting_fighters_is_still_a_fight() {
    let g = extract("Nigerian troops fought Boko Haram fighters near Maiduguri on Sunday.");
    assert!(!events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn fighting_them_off_is_still_a_fight() {
    let g = extract(
        "Nigerian soldiers fought them off after Boko Haram fighters attacked the base on \
         Sunday.",
    );
    assert!(!events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_place_struck_by_a_cyclone_is_not_attacked() {
    let g = extract(
        "Fiji, a Pacific nation of about 900,000 people, was struck in March 2025 by Cyclone \
         Haleth, which left much of Viti Levu without power for weeks.",
    );
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn the_storm_as_a_noun_seizes_nothing() {
    let g = extract(
        "Fijian police said 40 homes in Suva were looted after the cyclone. Australia has \
         given millions of dollars for road repairs since the storm.",
    );
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_place_struck_by_drones_is_attacked() {
    let g = extract(
        "Rebel drones struck an army position near the town of Varka on Thursday, killing two \
         soldiers, a military spokesman said.",
    );
    assert!(!events(&g, "19").is_empty(), "{:#?}", g.events);
}
