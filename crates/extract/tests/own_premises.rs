//! A body placed by its own premises in a later phrase of the sentence: "a request sent to
//! its office in Y", "from its base in Y". Sentences written for these tests.

mod common;

use common::{extract_on, has_rel, holds, lacks};
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

#[test]
fn a_body_sits_where_its_named_offices_are() {
    let g = extract_on(
        "Anti-graft officers searched the Harbour Line Shipping offices in Nairobi and the \
         homes of two managers on Friday.",
        Some("2026-11-04"),
    );
    holds(&g, "Harbour Line Shipping", LocatedIn, "Nairobi");
}

#[test]
fn the_headquarters_of_a_body_place_it() {
    let g = extract_on(
        "Anti-graft officers searched the headquarters of the Kenya Ports Authority in \
         Mombasa on Friday, the agency said.",
        Some("2026-11-04"),
    );
    holds(&g, "Kenya Ports Authority", LocatedIn, "Mombasa");
}

#[test]
fn a_body_merely_visiting_a_town_is_not_placed_there() {
    let g = extract_on(
        "Officials of the Kenya Ports Authority met union leaders in Mombasa on Friday.",
        Some("2026-11-04"),
    );
    lacks(&g, "Kenya Ports Authority", LocatedIn, "Mombasa");
}

#[test]
fn a_body_sits_where_its_head_office_is() {
    let g = extract_on(
        "Harbour Line Shipping did not answer questions sent to its head office in Nairobi.",
        Some("2026-11-04"),
    );
    holds(&g, "Harbour Line Shipping", LocatedIn, "Nairobi");
}

/// A story that names a shipper, then has officers search `owner` headquarters in Mombasa.
fn searched_headquarters(owner: &str) -> newsgraph_model::ArticleGraph {
    extract_on(
        &format!(
            "Police arrested two managers of Harbour Line Shipping on Friday. Officers also \
             searched {owner} headquarters in Mombasa, a police statement said."
        ),
        Some("2026-11-04"),
    )
}

#[test]
fn a_body_called_by_its_trade_sits_where_its_headquarters_are() {
    let g = searched_headquarters("the company's");
    holds(&g, "Harbour Line Shipping", LocatedIn, "Mombasa");
}

#[test]
fn the_headquarters_of_an_unnamed_owner_place_no_named_body() {
    let g = searched_headquarters("a supplier's");
    lacks(&g, "Harbour Line Shipping", LocatedIn, "Mombasa");
}

#[test]
fn a_party_is_not_placed_where_its_supporters_gather() {
    let g = extract_on(
        "The National Renewal Party won 40 seats. Its leader, Amos Kariuki, told supporters \
         at the party's headquarters in Mombasa that he would form a government.",
        Some("2026-11-04"),
    );
    lacks(&g, "National Renewal Party", LocatedIn, "Mombasa");
}
