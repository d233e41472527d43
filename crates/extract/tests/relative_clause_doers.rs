//! A relative clause set off by a comma ("Serbia, which does not recognise ...") is done by
//! the noun the comma closes, even when the parser hangs the clause on the main verb; it
//! keeps its own tense, and an appositive before "which" describes the name it follows,
//! whose possessor does nothing. Sentences written for these tests.

mod common;

use common::{extract_on, has_source, has_target, only};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn which_after_a_comma_stands_for_the_name_before_it() {
    let g = extract("Serbia, which does not recognise Kosovo's independence, made no comment.");
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Serbia"), "{e:#?}");
    assert!(has_target(&g, e, "Kosovo"), "{e:#?}");
    let g = extract("Algeria, which criticised Morocco, made no comment.");
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Algeria"), "{e:#?}");
}

#[test]
fn a_relative_clause_misread_as_a_conjunct_keeps_its_own_tense() {
    let g = extract(
        "The line will be financed by the African Development Bank, which approved a loan for \
         Mauritania last week.",
    );
    let e = only(&g, "07");
    assert!(has_source(&g, e, "African Development Bank"), "{e:#?}");
    assert_eq!(e.polarity, Polarity::Asserted, "{e:#?}");
}

#[test]
fn a_true_conjunct_still_shares_the_future() {
    let g = extract(
        "The African Development Bank will be asked to finance the line and approved a loan \
         for Mauritania.",
    );
    let e = only(&g, "07");
    assert_eq!(e.polarity, Polarity::Unrealised, "{e:#?}");
}

#[test]
fn an_appositive_before_which_leaves_its_possessor_out() {
    let g = extract(
        "Algeria, Mauritania's eastern neighbour, which accused Morocco of spying, made no \
         comment.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Algeria"), "{e:#?}");
    assert!(!has_source(&g, e, "Mauritania"), "{e:#?}");
}

#[test]
fn he_in_a_whom_clause_is_the_name_beside_a_root_noun() {
    // The parser takes "leader" for the sentence's root and hangs "ruled out" on it; the
    // name set off beside it is the one "he" means, not the name "whom" stands for.
    let g = extract(
        "Marko Delic won the most seats on Sunday. The party's leader, Ivan Petrov, ruled out \
         joining any cabinet led by Delic, whom he accused of lying to voters.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Ivan Petrov"), "{e:#?}");
    assert!(has_target(&g, e, "Marko Delic"), "{e:#?}");
    assert!(!has_source(&g, e, "Marko Delic"), "{e:#?}");
}
