//! Whom a reaction to "the decision" or "the cut" is aimed at in a story that leads with a
//! central bank's rate decision: the bank, however far back it was named; not when the lead
//! moves no rate, and not when someone else acted just before. Sentences written for these
//! tests, names made up or common.

mod common;

use common::{extract_on, has_source, has_target, only};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

const RATE_LEAD: &str = "ACCRA, Nov 20 (Wire) - The Bank of Ghana cut its main interest rate \
                         by one point to 25 percent on Monday. Inflation slowed to 20 percent \
                         in October, the statistics office said last week.";

#[test]
fn welcoming_the_decision_answers_the_bank_of_the_lead() {
    for reaction in [
        "Exports of cocoa fell sharply this year. Finance Minister Kofi Mensah welcomed the \
         decision.",
        "Finance Minister Kofi Mensah criticised the cut.",
    ] {
        let g = extract(&format!("{RATE_LEAD} {reaction}"));
        let e = (g.events.iter())
            .find(|e| has_source(&g, e, "Kofi Mensah"))
            .unwrap_or_else(|| panic!("{:#?}", g.events));
        assert!(has_target(&g, e, "Bank of Ghana"), "{e:#?}");
    }
}

#[test]
fn a_lead_that_moves_no_rate_gives_the_decision_to_no_bank() {
    let g = extract(
        "ACCRA, Nov 20 (Wire) - The Bank of Ghana published its annual report on Monday. \
         Inflation slowed to 20 percent in October, the statistics office said last week. \
         Exports of cocoa fell sharply this year. Finance Minister Kofi Mensah welcomed the \
         decision.",
    );
    let e = only(&g, "05");
    assert!(!has_target(&g, e, "Bank of Ghana"), "{e:#?}");
}

#[test]
fn a_decision_just_after_another_act_answers_that_act() {
    let g = extract(&format!(
        "{RATE_LEAD} On Tuesday the government banned all street protests in the capital. \
         The Trades Union Congress condemned the decision."
    ));
    let e = only(&g, "11");
    assert!(!has_target(&g, e, "Bank of Ghana"), "{e:#?}");
}

#[test]
fn a_rate_decision_told_just_before_answers_that_bank() {
    let g = extract(
        "ACCRA, Nov 20 (Wire) - Ghana's unions began a national strike on Monday over fuel \
         prices. Most shops in the capital stayed closed. The Bank of Ghana on Tuesday kept \
         its main interest rate at 25 percent. The International Monetary Fund praised the \
         decision.",
    );
    let e = (g.events.iter())
        .find(|e| has_source(&g, e, "International Monetary Fund"))
        .unwrap_or_else(|| panic!("{:#?}", g.events));
    assert!(has_target(&g, e, "Bank of Ghana"), "{e:#?}");
}
