//! A swap of prisoners between two named sides is two directed releases, each side freeing
//! the other's captives, as the gold files write it; a swap with one side named, or an
//! exchange of something other than captives, is none. Seen in the swap stories of four
//! tuning sets. Sentences written for these tests, names made up.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

fn freed(g: &ArticleGraph, by: &str, whom: &str) -> bool {
    events(g, "08")
        .iter()
        .any(|e| has_source(g, e, by) && has_target(g, e, whom))
}

#[test]
fn two_sides_exchanging_prisoners_free_each_other_s() {
    let g = extract(
        "QUITO, Nov 19 (Harbour Wire) - Ecuador and the Kessel Liberation Front \
         exchanged 64 prisoners on Wednesday at a crossing north of the capital.",
    );
    assert_eq!(events(&g, "08").len(), 2, "{:#?}", g.events);
    assert!(
        freed(&g, "Ecuador", "Kessel Liberation Front"),
        "{:#?}",
        g.events
    );
    assert!(
        freed(&g, "Kessel Liberation Front", "Ecuador"),
        "{:#?}",
        g.events
    );
}

#[test]
fn a_swap_with_a_named_partner_is_two_releases_too() {
    let g = extract("Ukraine swapped 40 prisoners with Russia on Wednesday, both sides said.");
    assert!(freed(&g, "Ukraine", "Russia"), "{:#?}", g.events);
    assert!(freed(&g, "Russia", "Ukraine"), "{:#?}", g.events);
}

#[test]
fn a_swap_with_one_side_named_is_no_release() {
    // Who freed whom is for the sides' own releases to say.
    let g = extract("The rebels exchanged 20 prisoners on Wednesday near the border.");
    assert!(events(&g, "08").is_empty(), "{:#?}", g.events);
}

#[test]
fn one_side_freeing_prisoners_is_one_release() {
    let g = extract("Ukraine freed 40 prisoners on Wednesday, its foreign ministry said.");
    assert_eq!(events(&g, "08").len(), 1, "{:#?}", g.events);
}

#[test]
fn two_sides_exchanging_views_free_no_one() {
    let g = extract("Ukraine and Russia exchanged views on the grain corridor on Wednesday.");
    assert!(events(&g, "08").is_empty(), "{:#?}", g.events);
}

#[test]
fn condemning_an_exchange_of_fire_is_not_aimed_at_earlier_releasers() {
    // Welcoming a swap answers the sides' releases; an exchange of fire frees no one, so
    // the rebels who freed fishermen the day before are not what the union condemned.
    let g = extract(
        "DORVIK, Nov 20 (Reuters) - Rebels released two fishermen on Monday.\n\nThe army and \
         the police exchanged fire with protesters on Tuesday.\n\nThe European Union condemned \
         the exchange of fire.",
    );
    let condemned = events(&g, "11");
    assert_eq!(condemned.len(), 1, "{:#?}", g.events);
    assert!(
        has_source(&g, condemned[0], "European Union"),
        "{:#?}",
        g.events
    );
    assert!(!has_target(&g, condemned[0], "Rebels"), "{:#?}", g.events);
}
