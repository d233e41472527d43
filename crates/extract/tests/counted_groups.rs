//! Counted groups (seventeenth session): a count spelled in words ("four people") counts
//! the group as a figure does ("4 people"), rather than modifying its noun; "over" that is a
//! verb's particle ("handed over 112 men") is no hedge on the count. Every sentence is
//! written for these tests.

mod common;

use common::{events, extract_on, groups, has_target, named};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-30"))
}

#[test]
fn a_spelled_count_of_people_arrested_is_the_arrest_target() {
    let g = extract(
        "Police in Dorvale arrested four people on Tuesday after a brawl outside the stadium.",
    );
    assert!(named(&g, "four people"), "{:?}", groups(&g));
    let arrests = events(&g, "17");
    assert!(
        arrests.iter().any(|e| has_target(&g, e, "four people")),
        "{arrests:#?}"
    );
}

#[test]
fn a_spelled_count_of_people_who_do_nothing_is_no_group() {
    let g = extract("The census in Dorvale found four people in every house on the hill.");
    assert!(!named(&g, "four people"), "{:?}", groups(&g));
    assert!(!named(&g, "people"), "{:?}", groups(&g));
}

#[test]
fn handed_over_is_a_particle_not_a_hedge() {
    let g = extract(
        "The rebels handed over 112 men to the Red Cross at a checkpoint near Dorvale on \
         Sunday.",
    );
    assert!(named(&g, "112 men"), "{:?}", groups(&g));
    assert!(!named(&g, "over 112 men"), "{:?}", groups(&g));
}

#[test]
fn over_before_a_count_elsewhere_still_hedges_it() {
    let g = extract("Police in Dorvale detained over 112 men on Sunday after the riot.");
    assert!(named(&g, "over 112 men"), "{:?}", groups(&g));
}

// Counted groups, later: people held, moved or sent ("hostages", "migrants",
// "firefighters") are plural people nouns too, so a count makes them a group that events
// can take as doer or target.

#[test]
fn counted_hostages_freed_are_the_release_target() {
    let g = extract(
        "Rebels in the hills above Dorvale freed nine hostages on Tuesday after talks with the \
         provincial governor.",
    );
    assert!(named(&g, "nine hostages"), "{:?}", groups(&g));
    let releases = events(&g, "08");
    assert!(
        releases.iter().any(|e| has_target(&g, e, "nine hostages")),
        "{releases:#?}"
    );
}

#[test]
fn counted_migrants_and_firefighters_are_groups() {
    let g = extract(
        "The Dorvale coast guard intercepted a fishing boat carrying 14 migrants on Monday. \
         About 60 firefighters battled the blaze near the harbour, officials said.",
    );
    assert!(named(&g, "14 migrants"), "{:?}", groups(&g));
    assert!(named(&g, "About 60 firefighters"), "{:?}", groups(&g));
}

#[test]
fn a_bare_plural_of_the_new_nouns_that_does_nothing_is_no_group() {
    let g = extract("The shelter in Dorvale has room for migrants and their children this winter.");
    assert!(!named(&g, "migrants"), "{:?}", groups(&g));
}
