//! Acts of a go-between aimed at the sides it stands between: an offer to mediate or to
//! host talks "between the two neighbours" is aimed at the two countries the story is
//! about, not at a pair named in passing. On sentences written for these tests.

mod common;

use common::{events, extract_on, id};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

/// The one offer of the story is aimed at exactly the two countries named.
fn assert_offer_aimed_at(g: &ArticleGraph, a: &str, b: &str) {
    let offer = events(g, "03");
    assert_eq!(offer.len(), 1, "{:#?}", g.events);
    let mut targets = offer[0].targets.clone();
    targets.sort();
    let mut both = vec![id(g, a), id(g, b)];
    both.sort();
    assert_eq!(targets, both, "{:#?}", g.events);
}

#[test]
fn mediation_between_the_two_neighbours_is_aimed_at_both() {
    let g = extract(
        "Peru recalled its ambassador to Chile on Monday after Chile closed a border crossing. \
         Chile said Peru had ignored its complaints. \
         The Organization of American States offered to mediate between the two neighbours.",
    );
    assert_offer_aimed_at(&g, "Peru", "Chile");
}

#[test]
fn the_two_governments_are_the_story_not_a_pair_named_in_passing() {
    let g = extract(
        "Ghana closed its border with Togo on Monday after an attack on a customs post. \
         Ghana said the gunmen had crossed from Togo, and Togo denied it. \
         The African Union, which suspended Mali and Guinea last year, offered to host talks \
         between the two governments.",
    );
    assert_offer_aimed_at(&g, "Ghana", "Togo");
}
