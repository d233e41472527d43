//! Police officers counted without an owner ("nine officers were hurt"): members of the one
//! police force the story names, and of none when it names two or none. Sentences written
//! for these tests.

mod common;

use common::{extract_on, holds, id};
use newsgraph_model::{ArticleGraph, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-03-02"))
}

/// Whether the entity named `s` is a member of anything.
fn belongs_anywhere(g: &ArticleGraph, s: &str) -> bool {
    let s = id(g, s);
    (g.relations.iter()).any(|r| r.subject == s && r.predicate == RelationType::MemberOf)
}

#[test]
fn counted_officers_belong_to_the_one_police_force_named() {
    let g = extract(
        "Protesters threw stones at the parliament building in Lusaka on Monday. Thirty \
         people were detained and seven officers were injured, the Zambia Police Service \
         said in a statement.",
    );
    holds(
        &g,
        "seven officers",
        RelationType::MemberOf,
        "Zambia Police Service",
    );
}

#[test]
fn officers_stay_unplaced_beside_no_police_force_or_two() {
    let g = extract(
        "Protesters threw stones at the parliament building in Lusaka on Monday. Thirty \
         people were detained and seven officers were injured, the Zambian Red Cross said.",
    );
    assert!(
        !belongs_anywhere(&g, "seven officers"),
        "{:#?}",
        g.relations
    );
    let g = extract(
        "The Zambia Police Service and the Malawi Police Service held joint patrols on the \
         border on Monday. Seven officers were injured when smugglers opened fire.",
    );
    assert!(
        !belongs_anywhere(&g, "Seven officers"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn counted_lawmakers_belong_to_the_one_legislature_named() {
    let g = extract(
        "Malawi's parliament passed the budget on Tuesday after a week of debate. Lawmakers \
         voted 112 to 61 for the bill, which raises fuel taxes.",
    );
    holds(
        &g,
        "Lawmakers",
        RelationType::MemberOf,
        "Malawi's parliament",
    );
}

#[test]
fn opposition_lawmakers_and_party_congresses_place_no_lawmakers() {
    let g = extract(
        "Malawi's parliament passed the budget on Tuesday after a week of debate. Opposition \
         lawmakers walked out before the vote, saying the bill raised fuel taxes.",
    );
    assert!(
        !belongs_anywhere(&g, "Opposition lawmakers"),
        "{:#?}",
        g.relations
    );
    let g = extract(
        "The Nepali Congress said on Tuesday it would fight the fuel tax. Lawmakers \
         voted 112 to 61 for the bill after a week of debate.",
    );
    assert!(!belongs_anywhere(&g, "Lawmakers"), "{:#?}", g.relations);
}

#[test]
fn a_titled_lawmaker_sits_in_the_one_legislature_named() {
    let g = extract(
        "Malawi's parliament passed the budget on Tuesday after a week of debate. \
         Independent lawmaker Grace Banda said the fuel tax would hurt farmers.",
    );
    holds(
        &g,
        "Grace Banda",
        RelationType::MemberOf,
        "Malawi's parliament",
    );
}

#[test]
fn a_former_lawmaker_or_an_untitled_person_sits_nowhere() {
    let g = extract(
        "Malawi's parliament passed the budget on Tuesday after a week of debate. Former \
         lawmaker Grace Banda said the fuel tax would hurt farmers.",
    );
    assert!(!belongs_anywhere(&g, "Grace Banda"), "{:#?}", g.relations);
    let g = extract(
        "Malawi's parliament passed the budget on Tuesday after a week of debate. Grace \
         Banda, an economist, said the fuel tax would hurt farmers.",
    );
    assert!(!belongs_anywhere(&g, "Grace Banda"), "{:#?}", g.relations);
}
