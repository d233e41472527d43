//! Who does an event when the parse hides it: "them" in a participle clause set off by a
//! comma stands for those the main verb acted on; an event noun that is the predicate of
//! "was in" / "is at" has the clause's subject taking part; a second infinitive joined to
//! the one a verb of urging governs is done by the one urged. Sentences written for these
//! tests.

mod common;

use common::{events, extract_on, has_source, has_target, only};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn them_in_a_participle_clause_are_those_the_main_verb_acted_on() {
    let g = extract(
        "Canada imposed sanctions on Tuesday on four Burundian army officers and a mining \
         company in Bujumbura, accusing them of smuggling gold from Uganda.",
    );
    let e = only(&g, "11");
    assert!(has_target(&g, e, "Burundian army"), "{e:#?}");
    assert!(!has_target(&g, e, "Uganda"), "{e:#?}");
}

#[test]
fn a_named_object_of_the_participle_stays_its_target() {
    let g = extract(
        "Canada imposed sanctions on Burundi's army on Tuesday, accusing Uganda of smuggling \
         gold.",
    );
    let e = only(&g, "11");
    assert!(has_target(&g, e, "Uganda"), "{e:#?}");
}

#[test]
fn a_subject_in_talks_takes_part_in_them() {
    let g = extract(
        "The Kenyan government was in talks with First Quantum Minerals to restart the mine.",
    );
    let e = only(&g, "04");
    assert!(has_source(&g, e, "Kenyan government"), "{e:#?}");
    assert!(has_target(&g, e, "First Quantum Minerals"), "{e:#?}");
}

#[test]
fn a_subject_judging_talks_takes_no_part_in_them() {
    let g = extract(
        "The Kenyan government was critical of talks between Uganda and First Quantum Minerals.",
    );
    for e in events(&g, "04") {
        assert!(!has_source(&g, e, "Kenyan government"), "{e:#?}");
    }
}

#[test]
fn the_one_urged_does_the_second_infinitive_too() {
    let g = extract(
        "Tanzania's foreign ministry urged Uganda to release the detained teachers and to \
         open talks with the unions.",
    );
    let e = only(&g, "04");
    assert!(has_source(&g, e, "Uganda"), "{e:#?}");
    assert!(!has_source(&g, e, "Tanzanian foreign ministry"), "{e:#?}");
}

#[test]
fn a_clause_of_its_own_keeps_the_speaker_as_doer() {
    let g = extract(
        "Tanzania's foreign ministry urged Uganda to release the detained teachers and said it \
         would open talks with the unions.",
    );
    let e = only(&g, "04");
    assert!(!has_source(&g, e, "Uganda"), "{e:#?}");
}
