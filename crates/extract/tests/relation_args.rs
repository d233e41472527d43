//! Relations whose arguments are bodies the text names only by their owner and a common
//! noun ("the Nordic Council delegation", "the observer mission of the Andean Community",
//! "Human Rights Watch's Peru office"), and the arguments titles resolve to beside such bodies.
//! Sentences written for these tests.

mod common;

use common::{extract_on, holds, id, lacks};
use newsgraph_model::{ArticleGraph, RelationType};

use RelationType::{LeaderOf, LocatedIn, MemberOf, PartOf};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

fn named(g: &ArticleGraph, name: &str) -> bool {
    g.entities
        .iter()
        .any(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

#[test]
fn an_organisations_name_before_a_delegation_owns_it_without_an_apostrophe() {
    let g = extract(
        "The European Union delegation in Lusaka welcomed the verdict and urged the \
         authorities to free the remaining detainees.",
    );
    holds(&g, "European Union delegation", PartOf, "European Union");
    holds(&g, "European Union delegation", LocatedIn, "Lusaka");
}

#[test]
fn a_long_acronym_owns_the_mission_named_after_it() {
    let g = extract(
        "The head of the SADCOM observer mission, Teodora Mbeki-Lusa, said the count in \
         Lilongwe had been orderly.",
    );
    holds(&g, "SADCOM observer mission", PartOf, "SADCOM");
    holds(
        &g,
        "Teodora Mbeki-Lusa",
        LeaderOf,
        "SADCOM observer mission",
    );
}

#[test]
fn an_organs_own_name_in_lower_case_is_not_made_a_part_of_its_owner() {
    // "commission" and "agency" are as often an organ's own name as a part of it: without
    // "'s" and without an acronym, no body of its own is read.
    let g = extract(
        "The African Union commission said on Tuesday it would send observers to the vote.",
    );
    assert!(!named(&g, "African Union commission"), "{:#?}", g.entities);
    let g = extract("The United Nations refugee agency said 4,000 people had crossed the border.");
    assert!(
        !named(&g, "United Nations refugee agency"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_countrys_own_name_before_an_embassy_names_the_embassy_and_where_it_sits() {
    let g = extract(
        "The United States embassy in Windhoek said it was following events closely but did \
         not comment on the arrests.",
    );
    holds(&g, "United States embassy", LocatedIn, "Windhoek");
    // A country's embassy is its organ, which is left unstated.
    lacks(&g, "United States embassy", PartOf, "United States");
    // A demonym before the noun stays the demonym step's: one embassy, in the city.
    let g = extract("The Kenyan embassy in Oslo said two of its staff had been questioned.");
    holds(&g, "Kenyan embassy", LocatedIn, "Oslo");
}

#[test]
fn the_owner_after_of_makes_the_body_a_part_of_it() {
    let g = extract(
        "The head of the observer mission of the Andean Community, Rosa Quispe Mamani, said \
         voting had been calm across the country.",
    );
    let mission = "observer mission of the Andean Community";
    holds(&g, mission, PartOf, "Andean Community");
    holds(&g, "Rosa Quispe Mamani", LeaderOf, mission);
    // After "of", a country or people own nothing this way.
    let g = extract("The council of ministers met in Quito on Monday to discuss fuel prices.");
    assert!(!named(&g, "council of ministers"), "{:#?}", g.entities);
}

#[test]
fn a_body_sent_from_its_owner_is_a_part_of_it() {
    let g = extract(
        "An observer mission from the Andean Community, led by former minister Rosa Quispe \
         Mamani, said voting had been calm across the country.",
    );
    let mission = "observer mission from the Andean Community";
    holds(&g, mission, PartOf, "Andean Community");
    // The phrase that brings the mission in, article and all, names it too.
    assert!(
        named(&g, "An observer mission from the Andean Community"),
        "{:#?}",
        g.entities
    );
    // "From" makes no part of an organ its owner does not send out.
    let g = extract(
        "A committee from the Andean Community said voting had been calm across the country.",
    );
    assert!(
        !named(&g, "committee from the Andean Community"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_country_between_the_owner_and_the_noun_is_a_modifier_of_the_branch() {
    let g = extract(
        "Human Rights Watch's Peru office urged the government to release those still held.",
    );
    holds(
        &g,
        "Human Rights Watch's Peru office",
        PartOf,
        "Human Rights Watch",
    );
    assert!(named(&g, "Peru office"), "{:#?}", g.entities);
    assert_ne!(
        id(&g, "Peru office"),
        id(&g, "Peru"),
        "the office is not the country"
    );
}

#[test]
fn a_governor_heads_the_bank_not_its_committee() {
    let g = extract(
        "The monetary policy committee of the Central Bank of Ruritania cut its main rate by \
         a point. \"Inflation now lets us support growth,\" Governor Anton Weissberg said.",
    );
    let committee = "monetary policy committee of the Central Bank of Ruritania";
    holds(&g, committee, PartOf, "Central Bank of Ruritania");
    holds(&g, "Anton Weissberg", LeaderOf, "Central Bank of Ruritania");
    lacks(&g, "Anton Weissberg", LeaderOf, committee);
}

#[test]
fn each_body_listed_after_joined_is_joined() {
    let g = extract(
        "Estonia, which joined NATO and the European Union in 2004, expelled two Russian \
         diplomats on Friday.",
    );
    holds(&g, "Estonia", MemberOf, "NATO");
    holds(&g, "Estonia", MemberOf, "European Union");
    let g = extract("Slovenia joined the OSCE, NATO and the European Union within a decade.");
    holds(&g, "Slovenia", MemberOf, "OSCE");
    holds(&g, "Slovenia", MemberOf, "NATO");
    holds(&g, "Slovenia", MemberOf, "European Union");
    // A clause after "and" is no body of the list.
    let g = extract("Moldova joined the Energy Community and the European Union opened talks.");
    holds(&g, "Moldova", MemberOf, "Energy Community");
    lacks(&g, "Moldova", MemberOf, "European Union");
}
