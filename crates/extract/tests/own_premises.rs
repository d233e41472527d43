//! A body placed by its own premises in a later phrase of the sentence: "a request sent to
//! its office in Y", "from its base in Y". Sentences written for these tests.

mod common;

use common::{extract_on, has_rel};
use newsgraph_model::RelationType::LocatedIn;

#[test]
fn a_body_sits_where_its_office_is() {
    let g = extract_on(
        "Harbour Line Shipping did not answer questions sent to its office in Nairobi on \
         Friday.",
        Some("2026-11-04"),
    );
    assert!(
        has_rel(&g, "Harbour Line Shipping", LocatedIn, "Nairobi"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn an_office_of_someone_else_places_no_body() {
    let g = extract_on(
        "Harbour Line Shipping said police had searched an office in Nairobi on Friday.",
        Some("2026-11-04"),
    );
    assert!(!has_rel(&g, "Harbour Line Shipping", LocatedIn, "Nairobi"));
}
