//! The parties of joint acts the parser splits: "as Armenia and Azerbaijan hold talks",
//! tagged as "Armenia" joined to one noun phrase "Azerbaijan hold talks", is talks held by
//! both; "both sides" of an appeal are the two parties of the latest quarrel when no
//! fighting is reported, never the caller's own side. On sentences written for these tests.

mod common;

use common::{extract_on, has_source, has_target, only};

#[test]
fn talks_of_two_named_before_and_are_held_by_both() {
    let g = extract_on(
        "Turkey reopened its border crossing with Georgia on Monday. \
         The move comes as Armenia and Azerbaijan hold talks on reopening rail links.",
        Some("2026-11-04"),
    );
    let talks = only(&g, "04");
    assert!(has_source(&g, talks, "Armenia"), "{:#?}", g.events);
    assert!(has_source(&g, talks, "Azerbaijan"), "{:#?}", g.events);
}

#[test]
fn talks_of_one_named_party_take_no_other() {
    let g = extract_on(
        "Turkey reopened its border crossing with Georgia on Monday. \
         The move comes as Azerbaijan holds talks on reopening rail links.",
        Some("2026-11-04"),
    );
    for e in g.events.iter().filter(|e| e.cameo.root() == "04") {
        assert!(!has_source(&g, e, "Turkey"), "{:#?}", g.events);
        assert!(!has_source(&g, e, "Georgia"), "{:#?}", g.events);
    }
}

#[test]
fn both_sides_of_a_quarrel_within_one_country_are_its_two_parties() {
    let g = extract_on(
        "Four ministers from the Liberal Party quit the Tongan government on Monday over a \
         port contract. King Tupou called on both sides to respect the constitution.",
        Some("2026-11-04"),
    );
    let appeal = only(&g, "02");
    assert!(
        has_target(&g, appeal, "Tongan government"),
        "{:#?}",
        g.events
    );
}

#[test]
fn the_callers_own_country_is_not_one_of_both_sides() {
    let g = extract_on(
        "King Tupou of Tonga called on both sides to respect the constitution.",
        Some("2026-11-04"),
    );
    for e in g.events.iter().filter(|e| e.cameo.root() == "02") {
        assert!(!has_target(&g, e, "Tonga"), "{:#?}", g.events);
    }
}
