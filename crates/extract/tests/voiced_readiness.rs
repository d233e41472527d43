//! Readiness said in so many words ("said it was ready to join a government", "is willing to
//! talk to the Greens") is an offer made now (CAMEO 03x, asserted), by whoever is ready, to
//! whoever the offered act is with; so is "offered to meet". Sentences written for these
//! tests.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-05-04"))
}

#[test]
fn a_party_ready_to_join_a_government_voices_an_intent() {
    let g = extract(
        "The Green Party won eleven seats in Sunday's election. \
         Its leader, Marta Hollis, said the Green Party was ready to join a government.",
    );
    let offers = events(&g, "03");
    assert_eq!(offers.len(), 1, "{:#?}", g.events);
    assert_eq!(offers[0].polarity, Polarity::Asserted, "{offers:#?}");
    assert!(has_source(&g, offers[0], "Green Party"), "{offers:#?}");
}

#[test]
fn willingness_to_talk_to_a_party_is_an_offer_to_it() {
    let g = extract(
        "The Liberal Party lost its majority on Sunday. \
         The Farmers' Union said it was willing to talk to the Liberal Party about a coalition.",
    );
    let offers = events(&g, "03");
    assert_eq!(offers.len(), 1, "{:#?}", g.events);
    assert_eq!(offers[0].polarity, Polarity::Asserted, "{offers:#?}");
    assert!(has_target(&g, offers[0], "Liberal Party"), "{offers:#?}");
}

#[test]
fn asking_whether_someone_is_ready_makes_no_offer() {
    let g = extract(
        "The Liberal Party lost its majority on Sunday. \
         The government has not said whether it is willing to talk to the Liberal Party.",
    );
    assert!(events(&g, "03").is_empty(), "{:#?}", g.events);
}

#[test]
fn offering_to_meet_leaders_is_an_offer_made_now() {
    let g = extract(
        "Fighting on the border between Chad and Sudan killed twelve soldiers last week. \
         The Chadian president, Idriss Kebir, offered to meet Sudanese leaders in Abeche, \
         the Chadian government said.",
    );
    let offers = events(&g, "03");
    assert_eq!(offers.len(), 1, "{:#?}", g.events);
    assert_eq!(offers[0].polarity, Polarity::Asserted, "{offers:#?}");
    assert!(has_source(&g, offers[0], "Idriss Kebir"), "{offers:#?}");
    assert!(has_target(&g, offers[0], "Sudan"), "{offers:#?}");
}

#[test]
fn readiness_to_help_no_one_named_is_an_offer_to_the_story_country() {
    let g = extract(
        "Floods in Malawi destroyed four bridges and left 3,000 families homeless on Sunday. \
         Kenya said it was ready to help.",
    );
    let offers = events(&g, "03");
    assert_eq!(offers.len(), 1, "{:#?}", g.events);
    assert_eq!(offers[0].polarity, Polarity::Asserted, "{offers:#?}");
    assert!(has_source(&g, offers[0], "Kenya"), "{offers:#?}");
    assert!(has_target(&g, offers[0], "Malawi"), "{offers:#?}");
}
