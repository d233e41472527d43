//! Trigger-lexicon entries learnt from the gold of the tuning sets: talks that break down halt
//! negotiations, and compiled verb senses the gold never takes in news copy (clearing
//! protesters is not yielding, respecting a ruling is not praise, firms controlled by someone
//! are not cooperation, protecting rights is not aid) are switched off with an `off` row.
//! Sentences written for these tests; names are made up or common.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_lexicon::Lexicon;
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2024-03-12"))
}

fn codes(g: &ArticleGraph) -> Vec<&str> {
    g.events.iter().map(|e| e.cameo.as_str()).collect()
}

#[test]
fn talks_that_broke_down_halt_negotiations_between_both_sides() {
    let g = extract(
        "Talks between union leaders and Labour Minister Ana Reyes broke down last week after \
         the government refused to drop a clause.",
    );
    let e = events(&g, "16");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "164", "{:#?}", e[0]);
    for side in ["union leaders", "Ana Reyes"] {
        assert!(
            has_source(&g, e[0], side) || has_target(&g, e[0], side),
            "{side}: {:#?}",
            e[0]
        );
    }
}

#[test]
fn other_things_that_break_down_are_no_event() {
    let g = extract("A bus carrying Kenyan fans broke down near Arusha on Monday, police said.");
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
    let g = extract("The Ministry of Health broke down the figures by province on Monday.");
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
}

#[test]
fn clearing_protesters_is_not_yielding() {
    let g = extract(
        "Riot police fired tear gas on Tuesday to clear hundreds of students who had blocked \
         a bridge in Lima.",
    );
    assert!(events(&g, "08").is_empty(), "{:?}", codes(&g));
    // The repression itself is still an event.
    assert!(!events(&g, "17").is_empty(), "{:?}", codes(&g));
}

#[test]
fn respecting_a_ruling_is_not_praise_but_praising_it_is() {
    let g = extract("The Ugandan army said on Monday it would respect the Supreme Court's ruling.");
    assert!(events(&g, "05").is_empty(), "{:?}", codes(&g));
    let g = extract("The Ugandan army on Monday praised the Supreme Court's ruling.");
    let e = events(&g, "05");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "051", "{:#?}", e[0]);
}

#[test]
fn firms_controlled_by_someone_are_not_cooperation() {
    let g = extract(
        "Prosecutors in Bucharest said the former minister steered contracts to two firms \
         controlled by a businessman from Constanta.",
    );
    assert!(events(&g, "06").is_empty(), "{:?}", codes(&g));
}

#[test]
fn protecting_rights_is_not_aid() {
    let g = extract(
        "China's foreign ministry said on Monday that Beijing would protect the rights of \
         Chinese firms in Zambia.",
    );
    assert!(events(&g, "07").is_empty(), "{:?}", codes(&g));
}

#[test]
fn an_off_row_hides_only_the_compiled_verbs_of_its_spelling() {
    let lex = Lexicon::embedded();
    for form in ["clear", "cleared", "respected", "controlled", "protect"] {
        assert!(
            lex.triggers(form).is_empty(),
            "{form}: {:?}",
            lex.triggers(form)
        );
    }
    // Neighbouring compiled verbs and hand-written rows are untouched.
    assert!(!lex.triggers("praised").is_empty());
    assert!(!lex.triggers("abducted").is_empty());
    assert!(lex
        .triggers("broke down")
        .iter()
        .any(|t| t.cameo.as_str() == "164"));
}
