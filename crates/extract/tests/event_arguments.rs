//! Sources and targets read from the grammar of the sentence rather than from a word list:
//! coordinated subjects of a reciprocal verb act on each other, even when the parser hangs
//! the name that closes the second conjunct on the verb as a subject of its own.
//! A participle the tagger reads as a verb ("called on losing candidates") only says
//! which people the appeal is made of.
//! The person a verb acts on stays its target when the speaker step takes the name before
//! "and said" for the one who spoke.
//! Sentences written for these tests, names made up.

mod common;

use common::{extract_on, has_source, has_target, only_coded};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

fn fights(g: &ArticleGraph) -> Vec<&newsgraph_model::Event> {
    g.events
        .iter()
        .filter(|e| e.cameo.as_str() == "190")
        .collect()
}

#[test]
fn a_name_closing_the_second_conjunct_of_a_subject_fights_the_first() {
    let g = extract(
        "Niger's army and fighters of the Islamist group FLS fought for a third day on \
         Friday around Tera, a town near the border.",
    );
    let found = fights(&g);
    assert_eq!(found.len(), 2, "{found:#?}");
    let army_first = found
        .iter()
        .any(|e| has_source(&g, e, "Nigerien army") && has_target(&g, e, "FLS"));
    let group_first = found
        .iter()
        .any(|e| has_source(&g, e, "FLS") && has_target(&g, e, "Nigerien army"));
    assert!(army_first && group_first, "{found:#?}");
}

#[test]
fn a_name_after_a_subject_that_is_no_coordination_stays_out() {
    let g = extract("Supporters of the candidate Lena Varga blocked roads in Szeged on Sunday.");
    let e = only_coded(&g, "144");
    assert!(!has_source(&g, e, "Lena Varga"), "{e:#?}");
}

#[test]
fn a_name_after_a_conjunct_that_names_someone_itself_stays_out() {
    let g = extract(
        "Niger's army and the Tera Youth Union of the mayor Ali Sani fought on Friday in \
         Tera, a town near the border.",
    );
    for e in fights(&g) {
        assert!(!has_source(&g, e, "Ali Sani"), "{e:#?}");
        assert!(!has_target(&g, e, "Ali Sani"), "{e:#?}");
    }
}

#[test]
fn an_appeal_to_losing_candidates_is_aimed_at_them() {
    // The tagger reads "losing" as a verb of its own; it only says which candidates.
    let g = extract(
        "BANJUL, Nov 4 (Reuters) - The Gambian president, Omar Sallah, on Monday called on \
         losing candidates to accept the count.",
    );
    let appeal = only_coded(&g, "020");
    assert!(has_target(&g, appeal, "candidates"), "{:#?}", g.events);
}

#[test]
fn the_person_congratulated_is_the_target_though_a_saying_follows() {
    // The speaker step may take the name before "and said" for the one who spoke.
    let g = extract(
        "MAPUTO, Nov 4 (Reuters) - President Lucas Nhantumbo won the vote on Sunday.\n\n\
         In Lisbon, the foreign ministry congratulated Nhantumbo and said Portugal would \
         respect the choice of voters.",
    );
    let praise = only_coded(&g, "051");
    assert!(has_target(&g, praise, "Lucas Nhantumbo"), "{:#?}", g.events);
}
