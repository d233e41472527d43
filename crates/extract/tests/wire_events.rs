//! Event rules that hold for English wire copy in general: statements (CAMEO 010) when what
//! was said is no event of its own, roles of common verbs, polarity of plans, and triggers the
//! compiled lists lack. Sentences written for these tests; names are made up or common.

mod common;

use common::{events, extract_on, id};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2022-06-08"))
}

#[test]
fn a_remark_that_reports_no_event_is_a_statement() {
    let g = extract(
        "Chile and Peru held talks in Lima on Monday. \
         Its spokesman, Tomas Reyes, said the economy would grow faster next year.",
    );
    let said = events(&g, "01");
    assert_eq!(said.len(), 1, "{:#?}", g.events);
    assert!(
        said[0].sources.contains(&id(&g, "Tomas Reyes")),
        "{said:#?}"
    );
    assert_eq!(said[0].polarity, Polarity::Asserted);
}

#[test]
fn a_remark_that_reports_an_event_is_only_its_attribution() {
    let g = extract(
        "Chile and Peru held talks in Lima on Monday. \
         Foreign Minister Tomas Reyes said Peru had attacked a Chilean border post.",
    );
    assert!(events(&g, "01").is_empty(), "{:#?}", g.events);
}

#[test]
fn bystanders_and_unsaid_things_make_no_statement() {
    let g = extract(
        "Chile and Peru held talks in Lima on Monday. \
         Villagers said the market stayed closed all week. \
         Tomas Reyes, the Chilean negotiator, did not say when the next round would open.",
    );
    assert!(events(&g, "01").is_empty(), "{:#?}", g.events);
}
