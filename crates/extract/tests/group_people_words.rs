//! More plural nouns for people who act as a group (twenty-first session): "inmates",
//! "voters", "villagers", "aides", "contractors", "executives" are
//! read as the cue words' people are, a group when counted, owned or acting; and a
//! nationality's group is a noun phrase, which a function word ends ("Moldovan state radio
//! filmed the inmates" names no group). Every sentence is written for these
//! tests. The thirty-first session added "strikers", "rescuers", "developers" and
//! "independents".

mod common;

use common::{events, extract_on, groups, has_target, named};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-12-01"))
}

#[test]
fn counted_inmates_are_a_group() {
    let g =
        extract("Nearly 2,000 inmates escaped from the main prison in Dorvale after the attack.");
    assert!(named(&g, "Nearly 2,000 inmates"), "{:?}", groups(&g));
}

#[test]
fn charged_contractors_are_the_target_of_the_charge() {
    let g = extract("Prosecutors in Dorvale charged two contractors with paying bribes on Monday.");
    assert!(named(&g, "two contractors"), "{:?}", groups(&g));
    let charges = events(&g, "17");
    assert!(
        charges.iter().any(|e| has_target(&g, e, "two contractors")),
        "{charges:#?}"
    );
}

#[test]
fn voters_who_do_nothing_are_no_group() {
    let g = extract("The new rules cover voters in the northern districts of Dorvale.");
    assert!(!named(&g, "voters"), "{:?}", groups(&g));
}

#[test]
fn a_nationality_group_ends_at_a_function_word() {
    let g =
        extract("Moldovan state radio filmed the inmates leaving the jail near Dorvale on Friday.");
    assert!(
        !groups(&g)
            .iter()
            .any(|ns| ns.iter().any(|n| n.contains("radio"))),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn gendarmes_who_act_are_a_group() {
    // A police force's men named by their corps act as one, as "police officers" do.
    let g = extract(
        "Protesters blocked the port road in Varenne on Monday. Gendarmes fired tear gas to \
         clear them, witnesses said.",
    );
    assert!(named(&g, "Gendarmes"), "{:?}", groups(&g));
}

#[test]
fn bishops_and_dissidents_who_act_are_groups() {
    let g = extract(
        "The bishops condemned the new law on Sunday. Exiled dissidents called for a boycott of \
         the vote.",
    );
    assert!(named(&g, "bishops"), "{:?}", groups(&g));
    assert!(named(&g, "dissidents"), "{:?}", groups(&g));
}

#[test]
fn strikers_and_rescuers_are_groups() {
    let g = extract("Several hundred strikers blocked the coastal road near Dorvale on Friday.");
    assert!(named(&g, "Several hundred strikers"), "{:?}", groups(&g));
    let g = extract("After the landslide in Dorvale, rescuers said 12 people were still missing.");
    assert!(named(&g, "rescuers"), "{:?}", groups(&g));
}

#[test]
fn developers_and_independents_are_groups() {
    let g = extract("Two property developers were charged with bribery in Dorvale on Tuesday.");
    assert!(named(&g, "Two property developers"), "{:?}", groups(&g));
    let g = extract(
        "The Dorvale Labour Party won 14 seats and two independents said they would back it.",
    );
    assert!(named(&g, "two independents"), "{:?}", groups(&g));
}
