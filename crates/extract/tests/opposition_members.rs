//! Legislators a story calls "opposition" belong to the opposition when the story makes
//! the opposition an actor ("the opposition said"); its supporters, its leader and a party
//! merely called "the opposition X Party" do not. Sentences written for these tests.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::RelationType;

const M: RelationType = RelationType::MemberOf;

#[test]
fn opposition_lawmakers_belong_to_the_opposition() {
    let g = extract_on(
        "Zambia's parliament passed the mining bill on Tuesday. Opposition lawmakers walked \
         out before the vote. The opposition said it would challenge the law in court.",
        Some("2027-03-02"),
    );
    holds(&g, "Opposition lawmakers", M, "the opposition");
}

#[test]
fn an_opposition_mp_belongs_to_the_opposition() {
    let g = extract_on(
        "The motion was moved by opposition MP Anna Kovacs on Tuesday. The opposition said \
         it had the votes to pass it.",
        Some("2027-03-02"),
    );
    holds(&g, "Anna Kovacs", M, "the opposition");
}

#[test]
fn supporters_and_parties_not_called_opposition_stay_out() {
    let g = extract_on(
        "Opposition supporters marched through the capital on Tuesday. The opposition Liberal \
         Union said the march was legal. The opposition said it would march again.",
        Some("2027-03-02"),
    );
    lacks(&g, "Opposition supporters", M, "the opposition");
    lacks(&g, "Liberal Union", M, "the opposition");
}

#[test]
fn no_opposition_actor_means_no_membership() {
    let g = extract_on(
        "The motion was filed by the opposition Liberal Union on Tuesday. Parliament will \
         vote on it next week.",
        Some("2027-03-02"),
    );
    assert!(
        !g.relations
            .iter()
            .any(|r| r.predicate == M && r.object.contains("opposition")),
        "{:#?}",
        g.relations
    );
}
