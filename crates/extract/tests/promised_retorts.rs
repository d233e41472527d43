//! Retaliation promised in so many words ("said Moscow would respond") is a threat made
//! now (CAMEO 130, asserted), aimed at whoever the speaker's side just reacted to; a reply
//! to a question or a proposal is none. Sentences written for these tests.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-05-04"))
}

#[test]
fn a_country_that_says_it_would_respond_threatens_the_sanctioning_state() {
    let g = extract(
        "Norway froze the assets of three Russian shipping firms on Monday. \
         Russia's embassy in Oslo called the measures \"hostile\" and said Russia would respond.",
    );
    let threats = events(&g, "13");
    assert_eq!(threats.len(), 1, "{:#?}", g.events);
    assert_eq!(threats[0].polarity, Polarity::Asserted, "{threats:#?}");
    assert!(has_source(&g, threats[0], "Russia"), "{threats:#?}");
    assert!(has_target(&g, threats[0], "Norway"), "{threats:#?}");
}

#[test]
fn answering_with_countermeasures_is_a_threat() {
    let g = extract(
        "Norway froze the assets of three Russian shipping firms on Monday. \
         Russia said it would answer with countermeasures of its own.",
    );
    assert_eq!(events(&g, "13").len(), 1, "{:#?}", g.events);
}

#[test]
fn answering_questions_or_responding_to_a_proposal_is_no_threat() {
    let g = extract(
        "The minister said she would answer the committee's questions on Tuesday. \
         Russia said it would respond once there was a written proposal.",
    );
    assert!(events(&g, "13").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_warning_that_the_army_would_answer_is_one_threat() {
    let g = extract(
        "Cameroon's defence minister said the government wanted peace but warned that the army \
         would answer any attack with force.",
    );
    assert_eq!(events(&g, "13").len(), 1, "{:#?}", g.events);
}
