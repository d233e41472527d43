//! Secretaries-general (tests/CONVENTIONS.md R4): a union's or a party's general secretary
//! heads it unless the story names another person as its head; then the secretary holds an
//! office in it. Sentences written for these tests.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::{
    ArticleGraph,
    RelationType::{LeaderOf, OfficialOf},
};

/// A Zambian story quoting the general secretary of the Copperbelt Miners' Union, then `then`.
fn story(then: &str) -> ArticleGraph {
    let text = format!(
        "LUSAKA, June 2 (Zambezi Wire) - Miners in Zambia will strike next week over unpaid \
         bonuses, Grace Mwale, the general secretary of the Copperbelt Miners' Union, said on \
         Monday. {then}"
    );
    extract_on(&text, Some("2027-06-02"))
}

#[test]
fn a_general_secretary_heads_a_union_with_no_other_head_named() {
    let g = story("The companies did not comment.");
    holds(&g, "Grace Mwale", LeaderOf, "Copperbelt Miners' Union");
}

#[test]
fn a_general_secretary_under_a_named_president_holds_an_office() {
    let g = story("The union's president, Peter Banda, said talks had failed.");
    holds(&g, "Peter Banda", LeaderOf, "Copperbelt Miners' Union");
    holds(&g, "Grace Mwale", OfficialOf, "Copperbelt Miners' Union");
    lacks(&g, "Grace Mwale", LeaderOf, "Copperbelt Miners' Union");
}
