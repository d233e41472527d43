//! Groups found as entities but left off the events they take part in (seventeenth
//! session): a symmetric verb the parser hangs as a participle on the last of two
//! coordinated sides ("A and B clashed"), and a nationality's group that follows another
//! noun phrase after "and" ("Syrian forces and Lebanese armed clans"). Sentences written
//! for these tests.

mod common;

use common::{events, extract_on, has_source, has_target, named, type_of};
use newsgraph_model::{ArticleGraph, EntityType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

/// Whether one of the fights has `a` among its sources and `b` among its targets.
fn fought(g: &ArticleGraph, a: &str, b: &str) -> bool {
    (events(g, "19").iter()).any(|e| has_source(g, e, a) && has_target(g, e, b))
}

#[test]
fn both_sides_of_a_clash_misread_as_a_participle_fight_each_other() {
    let g = extract(
        "Indian troops and a Chinese patrol fought with sticks and stones on Sunday on the \
         disputed frontier.",
    );
    assert_eq!(events(&g, "19").len(), 2, "{:#?}", g.events);
    assert!(fought(&g, "Indian troops", "China"), "{:#?}", g.events);
    assert!(fought(&g, "China", "Indian troops"), "{:#?}", g.events);
}

#[test]
fn a_one_sided_participle_on_a_conjunct_stays_a_passive() {
    // "accused" is no symmetric verb: the militia is accused, the troops accuse no one.
    let g = extract(
        "Ethiopian troops and a Sudanese militia accused of looting withdrew from the town \
         on Monday.",
    );
    for e in events(&g, "11") {
        assert!(!has_source(&g, e, "Ethiopian troops"), "{e:#?}");
    }
}

#[test]
fn a_nationality_group_after_another_phrase_is_a_group_of_its_own() {
    let g = extract("Syrian forces and Lebanese armed clans clashed near Hermel on Monday.");
    assert_eq!(type_of(&g, "Lebanese armed clans"), Some(EntityType::Group));
    let fights = events(&g, "19");
    assert!(
        fights.iter().any(
            |e| has_source(&g, e, "Syrian forces") && has_target(&g, e, "Lebanese armed clans")
        ),
        "{:#?}",
        fights
    );
}

#[test]
fn two_nationalities_sharing_one_noun_are_no_group_each() {
    // "Pakistani and Afghan border forces": both sides, not an "Afghan border forces" group
    // standing for the whole phrase.
    let g = extract("Pakistani and Afghan border forces exchanged fire near Kharlachi on Sunday.");
    assert!(!named(&g, "Afghan border forces"), "{:#?}", g.entities);
}

#[test]
fn a_nationality_group_named_again_without_its_modifier_is_the_same_group() {
    let g = extract(
        "Pakistani troops and Afghan border forces exchanged fire near Kharlachi on Sunday. \
         Pakistan's army said Afghan forces had opened fire first.",
    );
    let groups: Vec<_> = (g.entities.iter())
        .filter(|e| e.etype == EntityType::Group && e.label.starts_with("Afghan"))
        .collect();
    assert_eq!(groups.len(), 1, "{groups:#?}");
}
