//! Acts that used to get no event at all: a refusal worded "would not back", aid sent or
//! handed out, funding, a motion of no confidence, pulling out of a coalition, ruling out a
//! devaluation. Sentences written for these tests; names are made up.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-01-18"))
}

#[test]
fn would_not_back_is_an_asserted_refusal() {
    let g = extract("The Green Party said it would not back a motion from the Labour Party.");
    let e = events(&g, "12");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Asserted, "{e:#?}");
    assert!(has_source(&g, e[0], "Green Party"), "{e:#?}");
}

#[test]
fn would_back_is_no_refusal() {
    let g = extract("The Green Party said it would back a motion from the Labour Party.");
    assert!(events(&g, "12").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_quoted_refusal_is_what_the_statement_says() {
    let g = extract("\"We will not accept this budget,\" Green Party leader Ana Ruiz said.");
    assert!(events(&g, "12").is_empty(), "{:#?}", g.events);
}

#[test]
fn aid_sent_goes_to_the_stricken_country_not_to_what_is_sent() {
    let g = extract(
        "SUVA, Jan 18 (Wire) - Fiji was hit by a cyclone on Sunday. Australia sent two \
         helicopters from Darwin and a team of doctors, its embassy said.",
    );
    let e = events(&g, "07");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(has_source(&g, e[0], "Australia"), "{e:#?}");
    assert!(has_target(&g, e[0], "Fiji"), "{e:#?}");
    assert!(!has_target(&g, e[0], "Darwin"), "{e:#?}");
}

#[test]
fn handing_out_rice_is_aid_and_handing_out_leaflets_is_not() {
    let story = "SUVA, Jan 18 (Wire) - Fiji was hit by a cyclone on Sunday. The World Food \
                 Programme began handing out";
    let g = extract(&format!("{story} rice in Lautoka on Monday."));
    let e = events(&g, "07");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(has_target(&g, e[0], "Fiji"), "{e:#?}");
    let g = extract(&format!("{story} leaflets in Lautoka on Monday."));
    assert!(events(&g, "07").is_empty(), "{:#?}", g.events);
}

#[test]
fn funding_repairs_is_economic_aid_to_the_country() {
    let g = extract(
        "YEREVAN, Jan 18 (Wire) - Armenian police arrested two officials on Monday. The \
         European Union, which has funded part of the repairs, said it was in contact with \
         Armenia.",
    );
    let e = events(&g, "07");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "071", "{e:#?}");
    assert!(has_source(&g, e[0], "European Union"), "{e:#?}");
    assert!(has_target(&g, e[0], "Armenia"), "{e:#?}");
}

#[test]
fn recovery_funds_are_no_funding_act() {
    let g = extract(
        "YEREVAN, Jan 18 (Wire) - Armenian police arrested two officials over the repairs, \
         which were paid for with European Union recovery funds.",
    );
    assert!(events(&g, "07").is_empty(), "{:#?}", g.events);
}
