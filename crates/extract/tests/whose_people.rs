//! "whose" people (sixteenth session): "the Pacific Islands Forum, whose leaders met" names
//! the people of the body just named, which the events name instead; no group "whose
//! leaders" stands for them. The body's people named otherwise are still a group.
//! Sentences written for these tests.

mod common;

use common::extract_on;
use newsgraph_model::{ArticleGraph, EntityType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-10"))
}

fn groups(g: &ArticleGraph) -> Vec<&str> {
    g.entities
        .iter()
        .filter(|e| e.etype == EntityType::Group)
        .map(|e| e.label.as_str())
        .collect()
}

#[test]
fn people_after_whose_are_no_group_of_their_own() {
    let g = extract(
        "Fiji is a member of the Pacific Islands Forum, whose leaders met in Honiara in \
         September. The Red Cross, whose staff interviewed each prisoner, said the men were well.",
    );
    assert!(
        !groups(&g)
            .iter()
            .any(|l| l.contains("leaders") || l.contains("staff")),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn a_bodys_members_named_with_its_pronoun_are_kept() {
    let g = extract(
        "The Ghana National Association of Teachers said its members would strike on Monday.",
    );
    assert!(
        groups(&g).iter().any(|l| l.contains("members")),
        "{:?}",
        groups(&g)
    );
}
