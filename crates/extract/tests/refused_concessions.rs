//! A refusal worded as what the speaker's side will not give up or do ("would not withdraw
//! the cuts", "will not step down", "could not back the tax rise") is a rejection made in
//! the saying (CAMEO 12, asserted); without the "not" it is no refusal. Sentences written
//! for these tests; names are made up.

mod common;

use common::{events, extract_on, id};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-03-02"))
}

#[test]
fn would_not_withdraw_a_measure_is_an_asserted_refusal() {
    let g = extract(
        "Education Minister Pablo Reyes said on Monday that the government would not withdraw \
         the fee increase but offered to meet student leaders on Friday.",
    );
    let e = events(&g, "12");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Asserted, "{e:#?}");
    assert!(!e[0].sources.is_empty(), "{e:#?}");
}

#[test]
fn would_withdraw_a_measure_is_no_refusal() {
    let g = extract(
        "Education Minister Pablo Reyes said on Monday that the government would withdraw \
         the fee increase and meet student leaders on Friday.",
    );
    assert!(events(&g, "12").is_empty(), "{:#?}", g.events);
}

#[test]
fn will_not_step_down_is_a_refusal() {
    let g = extract("Prime Minister Ilse Varga said on Sunday that she would not step down.");
    let e = events(&g, "12");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Asserted, "{e:#?}");
}

#[test]
fn could_not_back_is_a_refusal() {
    let g = extract(
        "The Liberal Party's leader, Maria Olsen, told reporters that her party could not back \
         a tax rise on fishing companies.",
    );
    let e = events(&g, "12");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(!e[0].sources.is_empty(), "{e:#?}");
}

#[test]
fn could_back_is_no_refusal() {
    let g = extract(
        "The Liberal Party's leader, Maria Olsen, told reporters that her party could back \
         a tax rise on fishing companies.",
    );
    assert!(events(&g, "12").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_refusal_answers_the_protest_that_pressed_for_it_not_the_latest_doer() {
    let g = extract(
        "LIMA (TEST) — Thousands of students marched through Lima on Monday to protest against \
         a rise in university fees.\n\nPolice said they had detained 12 people after a bank \
         window was broken.\n\nEducation Minister Pablo Reyes said on Tuesday that the \
         government would not withdraw the fee increase.",
    );
    let e = events(&g, "12");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].targets, vec![id(&g, "students")], "{e:#?}");
}
