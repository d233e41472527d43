//! Trigger words that report no act of an actor: an act in a condition or an open question,
//! a passive still to come with no one to do it, and an act whose doer the story never
//! names. Sentences written for these tests, names made up.

mod common;

use common::{events, extract_on};

/// The CAMEO roots of the events `text` gives.
fn roots(text: &str) -> Vec<String> {
    let g = extract_on(text, Some("2026-11-20"));
    g.events
        .iter()
        .map(|e| e.cameo.root().to_string())
        .collect()
}

#[test]
fn a_rejection_in_an_if_clause_is_no_event() {
    let r = roots(
        "The Varna Dockers' Union said on Tuesday it would call a strike if the port \
         authority rejected its pay claim.",
    );
    assert!(!r.iter().any(|x| x == "12"), "{r:?}");
}

#[test]
fn an_appeal_still_in_question_is_no_event() {
    let r = roots(
        "The Brenna prosecutor's office said it had not yet decided whether to appeal to the \
         Supreme Court of Kestavia.",
    );
    assert!(!r.iter().any(|x| x == "11"), "{r:?}");
}

#[test]
fn a_release_still_to_come_with_no_one_to_do_it_is_no_event() {
    let r = roots(
        "The interior minister of Kestavia, Ilse Marrow, said the two fishermen would be \
         freed by the end of the week.",
    );
    assert!(!r.iter().any(|x| x == "08"), "{r:?}");
}

#[test]
fn a_release_told_in_the_passive_keeps_its_unnamed_doer() {
    let g = extract_on(
        "The Velmor Front said on Monday that Olek Darvas, a journalist held since May, was \
         freed on Sunday evening.",
        Some("2026-11-20"),
    );
    assert!(!events(&g, "08").is_empty(), "{:#?}", g.events);
}

#[test]
fn acts_whose_doer_is_never_named_are_no_events() {
    let r = roots("The shipping firm asked the government of Kestavia to cut port fees.");
    assert!(!r.iter().any(|x| x == "02"), "{r:?}");
    let r = roots(
        "Officials in Dorvik said on Tuesday that talks with the Velmor Front had stalled \
         over the summer.",
    );
    assert!(!r.iter().any(|x| x == "04"), "{r:?}");
}
