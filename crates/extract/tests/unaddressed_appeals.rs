//! Demands and appeals whose clause names no one they are made of: a union's or a party's
//! demand goes to the government the story names (a state's demand does not), and a third
//! party's call for restraint goes to the two sides of the fighting reported before (a call
//! for anything else does not); in a quarrel inside one country, a foreign call on "all
//! sides" goes to the two sides of the latest hostile act. On sentences written for these
//! tests.

mod common;

use common::{extract_on, id, only};

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// The one event of `root` after `sentence`, told after a government's act, is made of
/// that government.
fn assert_made_of_the_government(sentence: &str, root: &str) {
    let g = extract_on(
        &format!(
            "The Portuguese government raised the tax on diesel by 8 percent on Monday. {sentence}"
        ),
        Some("2026-11-04"),
    );
    let made = only(&g, root);
    assert_eq!(
        made.targets,
        vec![id(&g, "Portuguese government")],
        "{:#?}",
        g.events
    );
}

#[test]
fn a_unions_demand_is_made_of_the_government() {
    assert_made_of_the_government(
        "The National Federation of Teachers demanded an immediate pay rise.",
        "10",
    );
}

#[test]
fn a_states_demand_is_not_made_of_another_government() {
    let g = extract_on(
        "The Portuguese government raised the tax on diesel by 8 percent on Monday. \
         Spain demanded an immediate pay rise.",
        Some("2026-11-04"),
    );
    assert!(only(&g, "10").targets.is_empty(), "{:#?}", g.events);
}

#[test]
fn a_call_for_restraint_is_made_of_both_sides() {
    let g = extract_on(
        "Ethiopian troops clashed with Eritrean forces near the town of Zalambessa on Sunday, \
         killing at least 12 soldiers. Kenya urged restraint.",
        Some("2026-11-04"),
    );
    let appeal = only(&g, "02");
    let both = sorted(vec![
        id(&g, "Ethiopian troops"),
        id(&g, "Eritrean forces"),
        id(&g, "Ethiopia"),
        id(&g, "Eritrea"),
    ]);
    assert_eq!(sorted(appeal.targets.clone()), both, "{:#?}", g.events);
}

#[test]
fn a_call_for_investment_is_made_of_no_side() {
    let g = extract_on(
        "Ethiopian troops clashed with Eritrean forces near the town of Zalambessa on Sunday, \
         killing at least 12 soldiers. Kenya urged investment in the region.",
        Some("2026-11-04"),
    );
    assert!(only(&g, "02").targets.is_empty(), "{:#?}", g.events);
}

#[test]
fn a_partys_call_for_an_election_is_made_of_the_government() {
    assert_made_of_the_government(
        "The opposition Socialist Party called for an early election.",
        "02",
    );
}

#[test]
fn a_call_on_all_sides_of_a_quarrel_within_a_country_is_made_of_the_quarrelling_sides() {
    let g = extract_on(
        "The opposition Liberal Party accused the Fijian government of rigging the budget \
         vote on Monday. Australia urged all sides to follow the constitution.",
        Some("2026-11-04"),
    );
    let appeal = only(&g, "02");
    let sides = sorted(vec![id(&g, "Liberal Party"), id(&g, "Fijian government")]);
    assert_eq!(sorted(appeal.targets.clone()), sides, "{:#?}", g.events);
}

#[test]
fn a_call_on_all_sides_with_no_quarrel_reported_is_made_of_no_one() {
    let g = extract_on(
        "The Fijian parliament passed the budget on Monday. Australia urged all sides to \
         follow the constitution.",
        Some("2026-11-04"),
    );
    assert!(only(&g, "02").targets.is_empty(), "{:#?}", g.events);
}
