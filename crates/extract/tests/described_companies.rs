//! A company named again by what it is ("the company", "the airline", "the firm") when its
//! name holds no such word: wire copy names a firm once ("Norlink Airways", "Kessel Holdings") and
//! then calls it by its trade, and the events it takes part in lost their source. Sentences
//! written for these tests, names made up.

mod common;

use common::{events, extract_on, has_source, has_target, only};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn the_airline_is_the_company_named_before() {
    let g = extract(
        "Norlink Airways said on Monday it would cut ten routes next year.\n\nThe airline asked the \
         government to lower landing fees at the main airport.",
    );
    let e = only(&g, "02");
    assert!(has_source(&g, e, "Norlink Airways"), "{e:#?}");
}

#[test]
fn the_company_is_the_firm_named_before_not_a_public_body() {
    let g = extract(
        "Kessel Holdings lost a tender for the port last year. The Transport Ministry said on \
         Tuesday the tender had been fair.\n\nThe company asked the Supreme Court to annul \
         the contract.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Kessel Holdings"), "{e:#?}");
    assert!(!has_source(&g, e, "Transport Ministry"), "{e:#?}");
}

#[test]
fn an_organisation_of_the_same_sentence_is_not_the_company() {
    let g = extract(
        "Vardel Shipping owns nine tankers.\n\nOfficers from Norvik, the financial crime \
         unit, searched the company's offices on Tuesday.",
    );
    for e in events(&g, "09") {
        assert!(!has_target(&g, e, "Norvik"), "{e:#?}");
    }
}
