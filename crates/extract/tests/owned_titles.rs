//! Titles opened by a possessive description and set off by commas ("The party's chairman,
//! X"): the description points back to the body named before, and the holder heads it.
//! Sentences written for these tests, names made up.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::RelationType::*;

const DATE: Option<&str> = Some("2027-03-03");

#[test]
fn the_party_is_a_party_named_by_another_party_word() {
    let g = extract_on(
        "LUSAKA, March 3 (Wire) - Supporters of the National Renewal Front marched to the \
         court on Tuesday. The party's chairman, Joseph Mbewe, said the ruling was unjust.",
        DATE,
    );
    holds(&g, "Joseph Mbewe", LeaderOf, "National Renewal Front");
}

#[test]
fn the_party_is_no_body_without_a_party_word() {
    let g = extract_on(
        "LUSAKA, March 3 (Wire) - Researchers at the Kafue Policy Institute criticised the \
         ruling on Tuesday. The party's chairman, Joseph Mbewe, said the ruling was unjust.",
        DATE,
    );
    lacks(&g, "Joseph Mbewe", LeaderOf, "Kafue Policy Institute");
}

#[test]
fn a_co_chief_executive_after_its_heads_the_body_named_before() {
    let g = extract_on(
        "SYDNEY, March 3 (Wire) - The Harbour Tenants Council welcomed the ruling on Tuesday. \
         Its co-chief executive, Mara Quinlan, said the decision was overdue.",
        DATE,
    );
    holds(&g, "Mara Quinlan", LeaderOf, "Harbour Tenants Council");
}

#[test]
fn an_administrator_after_its_heads_the_agency_named_before() {
    let g = extract_on(
        "WASHINGTON, March 3 (Wire) - The Federal Flood Recovery Agency approved the aid on \
         Tuesday. Its administrator, Dale Overton, is due to visit the coast on Friday.",
        DATE,
    );
    holds(
        &g,
        "Dale Overton",
        LeaderOf,
        "Federal Flood Recovery Agency",
    );
    // A regional administrator's office names no holder.
    let g = extract_on(
        "WASHINGTON, March 3 (Wire) - Farmers marched to the regional administrator's office \
         on Tuesday, said Dale Overton of the Federal Flood Recovery Agency.",
        DATE,
    );
    lacks(
        &g,
        "Dale Overton",
        LeaderOf,
        "Federal Flood Recovery Agency",
    );
}

#[test]
fn a_deputy_administrator_holds_an_office_without_heading() {
    let g = extract_on(
        "WASHINGTON, March 3 (Wire) - The Federal Flood Recovery Agency approved the aid on \
         Tuesday. Its deputy administrator, Dale Overton, is due to visit the coast on Friday.",
        DATE,
    );
    holds(
        &g,
        "Dale Overton",
        OfficialOf,
        "Federal Flood Recovery Agency",
    );
    lacks(
        &g,
        "Dale Overton",
        LeaderOf,
        "Federal Flood Recovery Agency",
    );
}
