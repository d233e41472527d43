//! The parties of joint acts the parser splits: "as Armenia and Azerbaijan hold talks",
//! tagged as "Armenia" joined to one noun phrase "Azerbaijan hold talks", is talks held by
//! both. On sentences written for these tests.

mod common;

use common::{extract_on, has_source, only};

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
