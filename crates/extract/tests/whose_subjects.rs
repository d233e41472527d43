//! A body followed by a relative clause on "whose" ("The World Bank, whose credit line with
//! Zambia ended in March, has urged ..."): the parser takes the body for the possessor of the
//! clause's subject and leaves the main verb with no subject, so the act lost its doer.
//! Sentences written for these tests, names made up.

mod common;

use common::{extract_on, has_source, only};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn the_body_before_a_whose_clause_is_the_subject_of_the_main_verb() {
    let g = extract(
        "Zambia cut fuel subsidies on Monday.\n\nThe World Bank, whose credit line with Zambia \
         ended in March, has urged the government to protect spending on schools.",
    );
    let e = only(&g, "02");
    assert!(has_source(&g, e, "World Bank"), "{e:#?}");
}

#[test]
fn the_whose_clause_s_own_noun_is_not_taken_when_the_verb_has_a_subject() {
    let g = extract(
        "The African Union, whose mission in the region ends next year, called on the rebels \
         to lay down their arms.",
    );
    let e = only(&g, "02");
    assert!(has_source(&g, e, "African Union"), "{e:#?}");
}
