//! Targets of pledges and gifts: the sum given names no party, even counted in the money
//! of the giver's own country; a sum pledged to no one named goes to the country it is
//! spent in. Sentences written for these tests, facts made up.

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

/// Whether the story's one pledge, made after a cyclone struck Tonga, is aimed at Tonga.
fn pledge_aimed_at_tonga(pledge: &str) -> bool {
    let g = extract(&format!(
        "Cyclone Mara destroyed more than 300 homes on Tonga's main island of Tongatapu on \
         Sunday, the government said. {pledge}"
    ));
    has_target(&g, only(&g, "03"), "Tonga")
}

#[test]
fn a_sum_pledged_to_no_one_named_goes_to_the_country_it_is_spent_in() {
    assert!(pledge_aimed_at_tonga(
        "Japan pledged 2 million dollars for reconstruction in Nuku'alofa on Tuesday."
    ));
}

#[test]
fn a_pledge_of_no_sum_is_not_aid_to_the_country() {
    assert!(!pledge_aimed_at_tonga(
        "Japan pledged to review its own storm warnings in Nuku'alofa on Tuesday."
    ));
}
