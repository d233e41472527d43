//! Membership told in a relative clause on the body ("the pact, which both countries belong
//! to", "the congress, to which the union belongs", "the bloc, of which both are members") or on its members ("X and Y, which
//! together with Z form the pact"); a person's party named by a possessive ("Prime Minister
//! X's Y Party"); and "Its leader, X" after a sentence that opens with a plural group, which
//! "its" cannot stand for. Sentences written for these tests.

mod common;

use common::{extract_on, has_rel};
use newsgraph_model::{ArticleGraph, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

/// Asserts that the graph of `text` makes each of `members` a member of `body`.
fn members_of(text: &str, members: &[&str], body: &str) {
    let g = extract(text);
    for m in members {
        assert!(
            has_rel(&g, m, RelationType::MemberOf, body),
            "{m} in {body}: {:#?}",
            g.relations
        );
    }
}

#[test]
fn members_before_which_together_with_form_a_body() {
    members_of(
        "Chad and Sudan, which together with Libya form the Sahara Security Pact (SSP), \
         rejected the plan on Tuesday.",
        &["Chad", "Sudan", "Libya"],
        "Sahara Security Pact",
    );
}

#[test]
fn members_before_which_form_a_body() {
    members_of(
        "Ghana and Togo, which form the Volta Basin Authority, signed the accord.",
        &["Ghana", "Togo"],
        "Volta Basin Authority",
    );
}

#[test]
fn a_body_which_both_countries_belong_to() {
    members_of(
        "Estonia and Latvia signed a border pact on Monday. The European Union, which both \
         countries belong to, welcomed the pact.",
        &["Estonia", "Latvia"],
        "European Union",
    );
}

#[test]
fn a_body_to_which_a_union_belongs() {
    members_of(
        "The Congress of Trade Unions, to which the Teachers Union belongs, called a strike \
         on Monday.",
        &["Teachers Union"],
        "Congress of Trade Unions",
    );
}

#[test]
fn a_described_body_to_which_both_countries_belong() {
    members_of(
        "Chile and Peru traded accusations over fishing rights on Monday. Chile asked the \
         Andean Community, the trade bloc to which both countries belong, to mediate.",
        &["Chile", "Peru"],
        "Andean Community",
    );
}

#[test]
fn a_body_of_which_both_countries_are_members() {
    members_of(
        "Fiji and Tonga agreed a joint fisheries patrol on Friday. They will present the plan \
         to the Polynesian Leaders Group, of which both countries are members, in June.",
        &["Fiji", "Tonga"],
        "Polynesian Leaders Group",
    );
}

#[test]
fn a_description_without_a_membership_clause_makes_no_members() {
    let g = extract(
        "Chile and Peru traded accusations over fishing rights on Monday. Chile asked the \
         Andean Community, the trade bloc whose court sits in Quito, to mediate.",
    );
    for m in ["Chile", "Peru"] {
        assert!(
            !has_rel(&g, m, RelationType::MemberOf, "Andean Community"),
            "{m}: {:#?}",
            g.relations
        );
    }
}

#[test]
fn a_persons_party_named_by_a_possessive() {
    members_of(
        "Prime Minister John Tembo's Democratic Progress Party took 47 of the 120 seats in \
         the National Assembly.",
        &["John Tembo"],
        "Democratic Progress Party",
    );
}

#[test]
fn which_without_belonging_or_forming_says_no_membership() {
    let g = extract(
        "The Congress of Trade Unions, which the Teachers Union criticised, called a strike \
         on Monday.",
    );
    assert!(!has_rel(
        &g,
        "Teachers Union",
        RelationType::MemberOf,
        "Congress of Trade Unions"
    ));
}

#[test]
fn its_leader_is_not_the_leader_of_a_plural_group() {
    let g = extract(
        "The bill was backed by 54 deputies, including all 11 members of the Reform \
         Alliance, which left the government in May. Its leader, Maria Rusu, said the \
         sale had been decided behind closed doors.",
    );
    assert!(!has_rel(
        &g,
        "Maria Rusu",
        RelationType::LeaderOf,
        "members"
    ));
    assert!(
        has_rel(&g, "Maria Rusu", RelationType::LeaderOf, "Reform Alliance"),
        "{:#?}",
        g.relations
    );
}

/// "Both countries" are the two the story named together, though a third is named more.
#[test]
fn both_countries_are_the_pair_named_together() {
    let text = "Tonga and Kiribati agreed on Friday to share fisheries patrols. Tonga will \
                host the first patrol. Differences over Indonesia were left aside: Tonga \
                backs Indonesia's bid, and Indonesia's embassy declined to comment. Indonesia \
                has offered boats. The leaders will take the plan to the Ocean States Forum, \
                of which both countries are members, in June.";
    members_of(text, &["Tonga", "Kiribati"], "Ocean States Forum");
    let g = extract(text);
    assert!(
        !has_rel(
            &g,
            "Indonesia",
            RelationType::MemberOf,
            "Ocean States Forum"
        ),
        "{:#?}",
        g.relations
    );
}
