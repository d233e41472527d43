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

/// A story of two parties in which the rival is named last before "the party's" officer, who
/// then says what `party` will do.
fn two_parties(party: &str) -> ArticleGraph {
    let text = format!(
        "PORTO NOVO, May 4 (Lagoon Wire) - The Harbour Renewal Party won 31 of the 70 seats in \
         Sunday's election, ahead of the Coastal Labour Party with 19. Coastal Labour's leader, \
         Ama Quenum, conceded defeat.\n\nThe party's secretary-general, Rufin Dossou, said on \
         Tuesday that {party} would open coalition talks next week."
    );
    extract_on(&text, Some("2027-05-04"))
}

#[test]
fn the_party_whose_plans_its_officer_tells_is_his_own() {
    let g = two_parties("the Harbour Renewal Party");
    holds(&g, "Rufin Dossou", LeaderOf, "Harbour Renewal Party");
    lacks(&g, "Rufin Dossou", LeaderOf, "Coastal Labour Party");
}

#[test]
fn with_no_party_in_what_he_says_the_party_is_the_one_named_last() {
    let g = two_parties("it");
    lacks(&g, "Rufin Dossou", LeaderOf, "Harbour Renewal Party");
}
