//! Targets of pledges and gifts: the sum given names no party, even counted in the money
//! of the giver's own country. Sentences written for these tests, facts made up.

mod common;

use common::{extract_on, has_target, only};

fn extract(text: &str) -> newsgraph_model::ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn a_sum_in_the_doers_own_currency_does_not_make_it_its_own_target() {
    let g = extract("Canada pledged 20 million Canadian dollars to Haiti on Tuesday.");
    let e = only(&g, "03");
    assert!(has_target(&g, e, "Haiti"), "{e:#?}");
    assert!(!has_target(&g, e, "Canada"), "{e:#?}");
}

#[test]
fn a_nationality_on_people_given_to_still_names_their_country() {
    let g = extract("Canada pledged help to Haitian farmers on Tuesday.");
    let e = only(&g, "03");
    assert!(has_target(&g, e, "Haiti"), "{e:#?}");
}
