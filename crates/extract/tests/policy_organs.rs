//! Bodies named without the body they belong to: a central bank's rate-setting organ
//! ("the Monetary Policy Committee voted ..."), whose own calendar is no meeting with
//! anyone, and United Nations bodies in a story that names the UN. Sentences written for
//! these tests.

mod common;

use common::{events, extract_on, holds, lacks, named};
use newsgraph_model::{ArticleGraph, RelationType::PartOf};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn a_named_policy_committee_is_part_of_the_bank() {
    let g = extract(
        "ACCRA, Nov 20 (Wire) - The Bank of Ghana cut its main lending rate by 100 basis \
         points on Thursday. The Monetary Policy Committee said inflation had eased for a \
         fifth month.",
    );
    holds(&g, "Monetary Policy Committee", PartOf, "Bank of Ghana");
}

#[test]
fn an_unnamed_policy_committee_is_the_banks_organ() {
    let g = extract(
        "LUSAKA, Nov 20 (Wire) - The Bank of Zambia left its policy rate at 14.5 percent on \
         Thursday. Governor Denny Kalyalya told reporters that the monetary policy committee \
         had voted six to one to hold.",
    );
    assert!(
        named(&g, "the monetary policy committee"),
        "{:#?}",
        g.entities
    );
    holds(
        &g,
        "the monetary policy committee",
        PartOf,
        "Bank of Zambia",
    );
}

#[test]
fn another_committee_is_not_the_banks() {
    let g = extract(
        "LUSAKA, Nov 20 (Wire) - The Bank of Zambia left its policy rate at 14.5 percent on \
         Thursday. The Budget Committee of parliament said it would question the finance \
         minister next week.",
    );
    // The committee is named, and it is parliament's.
    lacks(&g, "Budget Committee", PartOf, "Bank of Zambia");
}

#[test]
fn the_committees_next_meeting_is_no_event() {
    let g = extract(
        "ACCRA, Nov 20 (Wire) - The Bank of Ghana cut its main lending rate on Thursday. The \
         Monetary Policy Committee said inflation had eased. The committee's next meeting is \
         in January.",
    );
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
    let g = extract(
        "ACCRA, Nov 20 (Wire) - Finance Minister Ama Boateng will meet union leaders in \
         January to discuss public sector wages, the ministry said on Thursday.",
    );
    assert!(!events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_un_body_is_part_of_the_un_the_story_names() {
    let g = extract(
        "JUBA, Nov 20 (Wire) - The World Food Programme said on Friday it had run out of \
         money to feed refugees in the north. The United Nations has asked donors for $300 \
         million.",
    );
    holds(&g, "World Food Programme", PartOf, "United Nations");
    // The UN named only inside a body's name is no UN of the story's own.
    let g = extract(
        "JUBA, Nov 20 (Wire) - The World Food Programme said on Friday it had run out of \
         money. The UN refugee agency said camps near the border were full.",
    );
    assert!(
        !g.relations
            .iter()
            .any(|r| r.predicate == PartOf && r.subject == common::id(&g, "World Food Programme")),
        "{:#?}",
        g.relations
    );
}
