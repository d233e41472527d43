//! What an agreement binds its parties to (CONVENTIONS E4): shared works and joint patrols
//! are cooperation of their own, yet to come, beside the agreement itself. Sentences written
//! for these tests.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-05-04"))
}

#[test]
fn a_railway_two_countries_agreed_to_build_is_cooperation_to_come() {
    let g = extract(
        "Chile and Peru agreed on Monday to build a railway between their capitals, \
         the two governments said.",
    );
    assert!(!events(&g, "05").is_empty(), "{:#?}", g.events);
    let works = events(&g, "06");
    assert_eq!(works.len(), 1, "{:#?}", g.events);
    assert_eq!(works[0].polarity, Polarity::Unrealised, "{works:#?}");
    for side in ["Chile", "Peru"] {
        assert!(has_source(&g, works[0], side), "{works:#?}");
        assert!(has_target(&g, works[0], side), "{works:#?}");
    }
}

#[test]
fn joint_patrols_an_accord_binds_them_to_are_military_cooperation() {
    let g = extract(
        "Chile and Peru signed an accord on Monday to run joint patrols along their coast.",
    );
    let works = events(&g, "06");
    assert_eq!(works.len(), 1, "{:#?}", g.events);
    assert_eq!(works[0].cameo.as_str(), "062", "{works:#?}");
}

#[test]
fn an_agreement_to_meet_again_binds_them_to_no_shared_work() {
    let g = extract("Chile and Peru agreed on Monday to meet again in June.");
    assert!(events(&g, "06").is_empty(), "{:#?}", g.events);
}

#[test]
fn one_side_agreeing_to_build_binds_no_partner() {
    let g = extract("Chile agreed on Monday to build a new port in Arica.");
    assert!(events(&g, "06").is_empty(), "{:#?}", g.events);
}
