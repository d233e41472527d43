//! Coercion that wire copy on graft cases tells in plain verbs: a body that "suspended" or
//! "dismissed" an official (an administrative sanction, CAMEO 172), and bank accounts
//! "frozen" by investigators (a seizure of property, 171, not a sanction), as against
//! suspending talks, dismissing a case and freezing a sanctioned person's assets.
//! Sentences written for these tests, names made up or real.

mod common;

use common::{events, extract_on, has_source, has_target, only};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn a_minister_suspending_an_official_sanctions_him() {
    let g = extract(
        "Velorian Health Minister Oskar Lind suspended Piet Marnow, the director of the \
         Tamsk hospital, on Tuesday.",
    );
    let e = only(&g, "17");
    assert!(has_source(&g, e, "Oskar Lind"), "{e:#?}");
    assert!(has_target(&g, e, "Piet Marnow"), "{e:#?}");
}

#[test]
fn an_official_dismissed_by_the_government_is_sanctioned() {
    let g = extract(
        "Deputy Minister Piet Marnow was dismissed by the Velorian government on Tuesday \
         after his arrest.",
    );
    let e = (events(&g, "17").into_iter())
        .find(|e| has_target(&g, e, "Piet Marnow") && e.cameo.as_str() == "172");
    assert!(e.is_some(), "{:#?}", g.events);
}

#[test]
fn suspending_talks_or_dismissing_a_case_removes_no_one() {
    let g = extract(
        "The Velorian government suspended talks with Kestavia on Tuesday, and a court in \
         Tamsk dismissed the case against Piet Marnow.",
    );
    let removal = g.events.iter().any(|e| e.cameo.as_str() == "172");
    assert!(!removal, "{:#?}", g.events);
}

#[test]
fn frozen_bank_accounts_are_seized_property() {
    let g = extract(
        "Kenyan police froze 12 bank accounts linked to two property developers on Tuesday.",
    );
    let e = only(&g, "17");
    assert!(has_source(&g, e, "Kenyan police"), "{e:#?}");
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
}

#[test]
fn frozen_assets_stay_a_sanction() {
    let g = extract("Canada froze the assets of three Russian businessmen on Tuesday.");
    only(&g, "16");
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
}
