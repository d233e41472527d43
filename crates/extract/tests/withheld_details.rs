//! A body that leaves out what a report would give ("did not name them", "gave no figure for
//! its losses", "did not speak to reporters") made a statement it did not make: CAMEO 010,
//! negated, as the gold codes "did not comment". Sentences written for these tests; names are
//! made up.

mod common;

use common::{events, extract_on, has_source};
use newsgraph_model::{ArticleGraph, Event, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-03-10"))
}

/// The negated statements of the actor named `by`.
fn withheld<'g>(g: &'g ArticleGraph, by: &str) -> Vec<&'g Event> {
    events(g, "01")
        .into_iter()
        .filter(|e| e.polarity == Polarity::Negated && has_source(g, e, by))
        .collect()
}

/// `text` has `by` withhold one statement; `twin`, worded alike, none.
fn withholds(text: &str, twin: &str, by: &str) {
    let g = extract(text);
    assert_eq!(withheld(&g, by).len(), 1, "{:#?}", g.events);
    let t = extract(twin);
    assert!(withheld(&t, by).is_empty(), "{:#?}", t.events);
}

#[test]
fn a_body_that_did_not_name_those_it_acted_on_withheld_a_statement() {
    // Naming them is a statement made.
    withholds(
        "Chile's Financial Analysis Unit said on Monday it had frozen the accounts of four \
         shipping firms. It did not name them.",
        "Chile's Financial Analysis Unit said on Monday it had frozen the accounts of four \
         shipping firms. It named them.",
        "Chile",
    );
}

#[test]
fn giving_no_figure_is_a_statement_withheld() {
    // "did not give ground" withholds nothing a reporter asks for.
    withholds(
        "The Bolivian army gave no figure for its own losses in the fighting.",
        "The Bolivian army did not give ground in the fighting on Sunday.",
        "Bolivian army",
    );
}

#[test]
fn a_defendant_who_did_not_speak_to_reporters_made_no_statement() {
    // Keeping silent in the hearing is no answer withheld from the press.
    withholds(
        "A court in Santiago convicted Mateo Rojas of fraud on Tuesday. \
         Rojas did not speak to reporters after the hearing.",
        "A court in Santiago convicted Mateo Rojas of fraud on Tuesday. \
         Rojas did not speak during the hearing.",
        "Mateo Rojas",
    );
}
