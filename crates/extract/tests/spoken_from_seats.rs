//! A body that speaks from a city other than the one the story is filed from speaks from
//! its seat: "the fund said in Washington". Sentences written for these tests.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::RelationType::LocatedIn;

#[test]
fn a_body_speaking_from_a_city_sits_there() {
    let g = extract_on(
        "LUSAKA, Nov 4 (Harbourline) - Zambia hopes to agree a new loan with the \
         International Monetary Fund. A mission is due in Lusaka next month, the fund said \
         in Washington.",
        Some("2026-11-04"),
    );
    holds(&g, "International Monetary Fund", LocatedIn, "Washington");
}

#[test]
fn a_person_speaking_from_a_city_is_only_there() {
    let g = extract_on(
        "LUSAKA, Nov 4 (Harbourline) - Zambia hopes to agree a new loan with the \
         International Monetary Fund. A mission is due in Lusaka next month, the fund's \
         spokeswoman Mary Okafor said in Washington.",
        Some("2026-11-04"),
    );
    lacks(&g, "International Monetary Fund", LocatedIn, "Washington");
}
