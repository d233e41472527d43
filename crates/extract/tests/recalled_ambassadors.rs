//! "Malawi recalled its ambassador ... Ambassador X left": a bare "Ambassador X" is the
//! envoy of the country that recalled its own ambassador, not of the country the story is
//! filed from, and another country's ambassador named later is someone else. Sentences
//! written for these tests, names made up.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::{ArticleGraph, RelationType::*};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-03-03"))
}

#[test]
fn the_ambassador_of_the_recalling_country() {
    let g = extract(
        "LUSAKA, March 3 (Wire) - Malawi recalled its ambassador to Zambia on Tuesday after \
         two Malawian traders were shot at the border. Ambassador Grace Phiri left Lusaka on \
         Wednesday morning, the foreign ministry said. Zambia's ambassador was summoned to the \
         foreign ministry in Lilongwe.",
    );
    holds(&g, "Grace Phiri", OfficialOf, "Malawi");
    lacks(&g, "Grace Phiri", OfficialOf, "Zambia");
}

#[test]
fn no_recall_no_country_for_a_bare_ambassador() {
    let g = extract(
        "LUSAKA, March 3 (Wire) - Malawi and Zambia agreed to reopen their border on Tuesday. \
         Ambassador Grace Phiri said the two countries would set up a joint patrol.",
    );
    lacks(&g, "Grace Phiri", OfficialOf, "Malawi");
    lacks(&g, "Grace Phiri", OfficialOf, "Zambia");
}
