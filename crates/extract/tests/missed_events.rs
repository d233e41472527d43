//! Events the extractor used to miss altogether on unseen wire copy: a party that did not
//! comment or respond, a verdict that acquits, a conviction, an act whose subject names no
//! one, and a phrase with "all" inside it. Sentences written for these tests; names are made
//! up.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-03-10"))
}

#[test]
fn a_ministry_that_did_not_respond_made_no_statement() {
    let g = extract(
        "Peru's army shelled two villages near the border on Sunday. \
         Chile's foreign ministry did not respond to a request for comment.",
    );
    let e = events(&g, "01");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Negated, "{e:#?}");
    assert!(!e[0].sources.is_empty(), "{e:#?}");
    assert!(!has_source(&g, e[0], "Peru"), "{e:#?}");
}

#[test]
fn a_body_that_did_not_comment_is_a_negated_statement() {
    let g = extract(
        "The Tellurian Development Community, which Syldavia chaired until last year, did not comment.",
    );
    let e = events(&g, "01");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Negated, "{e:#?}");
}

#[test]
fn a_country_that_did_not_react_is_a_negated_statement() {
    let g =
        extract("Chile imposed sanctions on Bolivia on Monday. Bolivia did not react immediately.");
    let said: Vec<_> = events(&g, "01")
        .into_iter()
        .filter(|e| has_source(&g, e, "Bolivia"))
        .collect();
    assert_eq!(said.len(), 1, "{:#?}", g.events);
    assert_eq!(said[0].polarity, Polarity::Negated, "{said:#?}");
}

#[test]
fn declining_to_comment_stays_an_asserted_refusal() {
    let g = extract("Chile's foreign ministry declined to comment on the report.");
    let e = events(&g, "01");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "011", "{e:#?}");
    assert_eq!(e[0].polarity, Polarity::Asserted, "{e:#?}");
}

#[test]
fn an_acquittal_is_a_conviction_that_did_not_happen() {
    let g = extract(
        "The Supreme Court of Syldavia on Friday acquitted opposition leader Marek Dvorak of treason.",
    );
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "173", "{e:#?}");
    assert_eq!(e[0].polarity, Polarity::Negated, "{e:#?}");
    assert!(has_target(&g, e[0], "Marek Dvorak"), "{e:#?}");
}

#[test]
fn an_acquittal_is_not_an_easing_of_sanctions() {
    let g = extract("The court acquitted the former mayor, Anna Kowal, of fraud.");
    assert!(events(&g, "08").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_verdict_is_never_given_to_the_police() {
    let g = extract(
        "Police in Klow arrested the former minister in May. \
         The former minister, Jan Horak, was convicted of bribery on Tuesday.",
    );
    let convicted: Vec<_> = events(&g, "17")
        .into_iter()
        .filter(|e| e.trigger == "convicted")
        .collect();
    assert_eq!(convicted.len(), 1, "{:#?}", g.events);
    assert!(convicted[0].sources.is_empty(), "{convicted:#?}");
    assert!(has_target(&g, convicted[0], "Jan Horak"), "{convicted:#?}");
}

#[test]
fn no_one_arrested_is_a_negated_arrest() {
    let g = extract(
        "Supporters of the Syldavian Labour Party marched on parliament in Klow on Monday. \
         No one was arrested, a police spokeswoman said.",
    );
    let arrests: Vec<_> = events(&g, "17")
        .into_iter()
        .filter(|e| e.trigger == "arrested")
        .collect();
    assert_eq!(arrests.len(), 1, "{:#?}", g.events);
    assert_eq!(arrests[0].polarity, Polarity::Negated, "{arrests:#?}");
}

#[test]
fn an_arrest_with_a_named_subject_stays_asserted() {
    let g = extract("Syldavian police arrested Jan Horak in Klow on Monday.");
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Asserted, "{e:#?}");
}

#[test]
fn all_inside_a_phrase_does_not_hide_it() {
    let g = extract(
        "Foreign Minister Jan Horak said Chile would suspend all cooperation with Bolivia.",
    );
    let e = events(&g, "16");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Unrealised, "{e:#?}");
    assert!(has_target(&g, e[0], "Bolivia"), "{e:#?}");
}

#[test]
fn banning_gatherings_is_an_administrative_sanction() {
    let g =
        extract("Chile's interior ministry banned all demonstrations in Santiago until Sunday.");
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].cameo.as_str().starts_with("172"), "{e:#?}");
    assert!(!e[0].sources.is_empty(), "{e:#?}");
}

#[test]
fn banning_exports_stays_an_embargo() {
    let g = extract("Chile banned exports of copper to Peru on Monday.");
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
}

#[test]
fn declaring_a_national_emergency_is_an_event() {
    let g = extract(
        "President Ana Lopes of Chile declared a national emergency on Wednesday after the floods.",
    );
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(has_source(&g, e[0], "Ana Lopes"), "{e:#?}");
}

#[test]
fn a_dissolved_parliament_is_aimed_at_by_its_dissolver() {
    let g = extract("Chile's president, Ana Lopes, dissolved the National Congress on Monday.");
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(has_source(&g, e[0], "Ana Lopes"), "{e:#?}");
    assert!(has_target(&g, e[0], "National Congress"), "{e:#?}");
}

#[test]
fn a_verdict_misread_as_an_adjective_keeps_the_court_as_its_doer() {
    let g = extract(
        "Chile's Supreme Court on Friday acquitted opposition leader Marek Dvorak of treason \
         but convicted him of sedition.",
    );
    let e = events(&g, "17");
    assert_eq!(e.len(), 2, "{:#?}", g.events);
    for x in &e {
        assert!(has_source(&g, x, "Supreme Court"), "{e:#?}");
        assert!(has_target(&g, x, "Marek Dvorak"), "{e:#?}");
    }
    let acquitted = e.iter().find(|x| x.trigger == "acquitted");
    assert_eq!(
        acquitted.map(|x| x.polarity),
        Some(Polarity::Negated),
        "{e:#?}"
    );
    let convicted = e.iter().find(|x| x.trigger == "convicted");
    assert_eq!(
        convicted.map(|x| x.polarity),
        Some(Polarity::Asserted),
        "{e:#?}"
    );
}

#[test]
fn calling_an_exchange_a_gesture_is_a_statement() {
    let g = extract(
        "Chile and Peru exchanged 40 prisoners on Monday. \
         Government spokesman Jan Horak called the exchange \"a humanitarian gesture\".",
    );
    let said: Vec<_> = events(&g, "01")
        .into_iter()
        .filter(|e| has_source(&g, e, "Jan Horak"))
        .collect();
    assert_eq!(said.len(), 1, "{:#?}", g.events);
    assert!(events(&g, "11").is_empty(), "{:#?}", g.events);
}

#[test]
fn calling_a_vote_a_punishment_is_criticism() {
    let g = extract(
        "The U.N. Security Council voted on Thursday to extend an arms embargo on Chile. \
         Chile's ambassador, Ana Lopes, called the vote \"a punishment of a people who have done nothing wrong\".",
    );
    let e = events(&g, "11");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(has_source(&g, e[0], "Ana Lopes"), "{e:#?}");
}
