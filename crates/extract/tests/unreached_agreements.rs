//! An agreement the story says was not reached ("the talks did not produce an agreement",
//! "the two sides failed to agree") is a negated agreement between the parties of the
//! agreement reported before; with none reported, the parties are unknown and no event is
//! given.

mod common;

use common::{events, extract_on};
use newsgraph_model::Polarity;

const LEAD: &str = "OSLO, May 4 (Reuters) - Norway and Iceland signed a fisheries accord on \
                    Monday after talks between their prime ministers in Oslo.";

fn negated_agreements(text: &str) -> usize {
    let g = extract_on(text, Some("2026-05-04"));
    (events(&g, "05").into_iter())
        .filter(|e| e.cameo.as_str() == "057" && e.polarity == Polarity::Negated)
        .count()
}

#[test]
fn talks_that_did_not_agree_are_a_negated_agreement_of_the_parties() {
    for said in [
        "The talks did not produce an agreement on whaling.",
        "The two governments failed to agree on whaling quotas.",
        "The leaders did not reach agreement on their sea border.",
        "The talks failed to resolve a dispute over whaling.",
    ] {
        assert_eq!(negated_agreements(&format!("{LEAD} {said}")), 1, "{said}");
    }
}

#[test]
fn without_an_agreement_before_or_an_accord_missed_there_is_none() {
    let no_accord = format!("{LEAD} The talks did not produce a breakthrough on whaling.");
    assert_eq!(negated_agreements(&no_accord), 0);
    let no_parties = "OSLO, May 4 (Reuters) - Fishermen protested in Oslo on Monday. \
                      The talks did not produce an agreement on whaling.";
    assert_eq!(negated_agreements(no_parties), 0);
}
