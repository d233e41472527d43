//! Dependent territories placed in the states they belong to; sentences written for these
//! tests.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::RelationType::{LocatedIn, PartOf};

#[test]
fn a_territory_is_part_of_its_state_and_its_capital_lies_in_both() {
    let g = extract_on(
        "PAPEETE, May 4 (Wire) - French Polynesia asked France on Monday for more money to \
         repair roads damaged by floods in Papeete and Faa'a.",
        Some("2027-05-04"),
    );
    holds(&g, "French Polynesia", PartOf, "France");
    holds(&g, "Papeete", LocatedIn, "France");
    holds(&g, "Papeete", LocatedIn, "French Polynesia");
    // A smaller town stays in the territory alone.
    lacks(&g, "Faa'a", LocatedIn, "France");
}

#[test]
fn a_state_in_free_association_is_not_part_of_its_partner() {
    let g = extract_on(
        "AVARUA, May 4 (Wire) - The Cook Islands asked New Zealand on Monday for more money to \
         repair roads damaged by floods in Avarua.",
        Some("2027-05-04"),
    );
    lacks(&g, "Cook Islands", PartOf, "New Zealand");
    lacks(&g, "Avarua", LocatedIn, "New Zealand");
}

#[test]
fn a_city_state_is_part_of_its_state_but_not_also_located_in_it() {
    let g = extract_on(
        "Hong Kong will send a trade mission to China next month, officials said on Monday.",
        Some("2027-05-04"),
    );
    holds(&g, "Hong Kong", PartOf, "China");
    lacks(&g, "Hong Kong", LocatedIn, "China");
}

#[test]
fn an_apposition_that_calls_a_place_part_of_a_state_makes_it_part() {
    let g = extract_on(
        "Pemba, a semi-autonomous part of Tanzania, will hold its own vote on the budget in \
         June, officials said on Monday.",
        Some("2027-05-04"),
    );
    holds(&g, "Pemba", PartOf, "Tanzania");
    lacks(&g, "Pemba", LocatedIn, "Tanzania");
}
