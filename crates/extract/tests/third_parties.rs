//! A third party's part in an act between two sides, written as a participle on the noun
//! for the act: "talks hosted by X" is X hosting the sides, "a swap brokered by X" is X
//! mediating between them; only a past participle takes its noun as its object ("to receive
//! treatment" hung on "the leader" hosts no one). Sentences written for these tests, names
//! made up or common.

mod common;

use common::{extract_on, has_source, has_target, only_coded};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn talks_hosted_by_a_third_country_are_its_hosting_of_the_two_sides() {
    let g = extract(
        "Ethiopia and Eritrea signed a border agreement on Friday, ending two weeks of talks \
         hosted by Kenya.",
    );
    let e = only_coded(&g, "043");
    assert!(has_source(&g, e, "Kenya"), "{e:#?}");
    assert!(has_target(&g, e, "Ethiopia"), "{e:#?}");
    assert!(has_target(&g, e, "Eritrea"), "{e:#?}");
    assert!(!has_source(&g, e, "Ethiopia"), "{e:#?}");
}

#[test]
fn a_swap_brokered_by_a_third_country_is_its_mediation_between_the_sides() {
    let g = extract(
        "Colombia and the National Liberation Army exchanged 40 prisoners on Sunday in a swap \
         brokered by Cuba.",
    );
    let e = only_coded(&g, "045");
    assert!(has_source(&g, e, "Cuba"), "{e:#?}");
    assert!(has_target(&g, e, "Colombia"), "{e:#?}");
    assert!(has_target(&g, e, "National Liberation Army"), "{e:#?}");
}

#[test]
fn receiving_treatment_in_a_clause_hung_on_a_leader_is_no_hosting() {
    let g = extract(
        "Algeria recalled its ambassador in 2022, after France allowed the leader of a \
         Kabyle separatist movement to receive hospital treatment in Lyon.",
    );
    assert!(
        g.events.iter().all(|e| e.cameo.as_str() != "043"),
        "{:#?}",
        g.events
    );
}
