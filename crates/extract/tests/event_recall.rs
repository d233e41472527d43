//! Gold events the extractor missed or coded under another root across many tuning
//! articles: a seizure of power (a coup, aimed at the country, not property taken), an
//! invitation to visit or to meet (an invitation, 036, by the host to the guest), a
//! court striking down a law (a rejection, not a fight), and police who did (not)
//! intervene (coercion, asked of the police only). Sentences written for these tests; names
//! are made up.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-03-10"))
}

#[test]
fn an_army_that_seized_power_staged_a_coup_against_its_country() {
    let g = extract(
        "The army has ruled Bolivia since it seized power in June 2024, and the junta said on \
         Monday that elections would be held next year.",
    );
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
    let e = events(&g, "18");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "180", "{e:#?}");
    assert_eq!(e[0].polarity, Polarity::Asserted, "{e:#?}");
    assert!(has_target(&g, e[0], "Bolivia"), "{e:#?}");
}

#[test]
fn a_coup_in_a_named_country_is_aimed_at_that_country() {
    let g = extract("Soldiers led by Colonel Arturo Benzal seized power in Paraguay in May 2025.");
    let e = events(&g, "18");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(has_target(&g, e[0], "Paraguay"), "{e:#?}");
}

#[test]
fn seizing_weapons_is_still_taking_property() {
    let g = extract("Bolivian police seized weapons and cash at a farm near Oruro on Sunday.");
    assert!(events(&g, "18").is_empty(), "{:#?}", g.events);
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "171", "{e:#?}");
}

#[test]
fn an_invitation_to_visit_is_an_invitation_by_the_host() {
    let g = extract(
        "Chilean President Tomas Arrieta invited Peru's prime minister, Luisa Quenaya, to visit \
         Santiago next year, according to a joint statement.",
    );
    let invites: Vec<_> = events(&g, "03")
        .into_iter()
        .filter(|e| e.cameo.as_str() == "036")
        .collect();
    assert_eq!(invites.len(), 1, "{:#?}", g.events);
    assert!(has_source(&g, invites[0], "Chile"), "{invites:#?}");
    assert!(has_target(&g, invites[0], "Peru"), "{invites:#?}");
    // The guest's visit, if told, is only planned.
    for e in events(&g, "04") {
        assert_eq!(e.polarity, Polarity::Unrealised, "{e:#?}");
        assert!(!has_source(&g, e, "Chile"), "{e:#?}");
    }
}

#[test]
fn an_invitation_to_meet_is_an_invitation() {
    let g = extract(
        "Bolivian opposition leader Marta Ilanes called for calm and invited President Jorge \
         Carvajal to meet her this week.",
    );
    assert!(
        g.events.iter().any(|e| e.cameo.as_str() == "036"),
        "{:#?}",
        g.events
    );
    for e in events(&g, "04") {
        assert_eq!(e.polarity, Polarity::Unrealised, "{e:#?}");
    }
}

#[test]
fn a_visit_that_was_not_an_invitation_stays_a_visit() {
    let g = extract("Chilean President Tomas Arrieta will visit Peru next month.");
    let e = events(&g, "04");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Unrealised, "{e:#?}");
    assert!(
        !g.events.iter().any(|e| e.cameo.as_str() == "036"),
        "{:#?}",
        g.events
    );
}

#[test]
fn a_court_that_struck_down_a_law_rejected_it() {
    let g = extract(
        "Paraguay's Supreme Court on Monday struck down a 2024 law that let the army police \
         the border.",
    );
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
    let e = events(&g, "12");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "120", "{e:#?}");
}

#[test]
fn aircraft_that_struck_positions_still_fought() {
    let g =
        extract("Paraguayan aircraft struck rebel positions near the Bolivian border on Monday.");
    assert!(events(&g, "12").is_empty(), "{:#?}", g.events);
    assert!(!events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn police_who_did_not_intervene_did_not_coerce_the_protesters() {
    let g = extract(
        "Thousands of opposition supporters marched through La Paz on Sunday to protest against \
         the result. Police watched from a distance but did not intervene.",
    );
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "170", "{e:#?}");
    assert_eq!(e[0].polarity, Polarity::Negated, "{e:#?}");
    assert!(!e[0].targets.is_empty(), "{e:#?}");
}

#[test]
fn a_central_bank_intervening_in_a_market_coerces_no_one() {
    let g = extract(
        "Bolivia's central bank intervened in the currency market on Monday to support the \
         boliviano.",
    );
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}
