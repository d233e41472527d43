//! Trigger words read in the sense wire copy gives them: "meet" that meets no one (a demand
//! met, a parliament sitting), "release" of money rather than of people, and "work with"
//! as cooperation done or, when still to come, promised; "joint" exercises and drills
//! (cooperation, not a show of force; "patrol" is left out, as it would take the place of
//! an attack verb in "ambushed a patrol"); "raised" tariffs (a sanction) and not rates;
//! "imposed" tariffs too; "spoke to" a named person (consultation), not to reporters (a
//! statement); a motion of no confidence aimed at the leader "in" whom it is, from the
//! chamber that passes or the party that tables it; "did not concede" with nothing
//! conceded, after a vote, as a concession withheld from the party that won first; a
//! parliament that "removed" the prime minister (a change of leader forced by vote), not a
//! president who removed a minister (a removal from office).
//! Sentences written for these tests, names made up or real.

mod common;

use common::{events, extract_on, has_source, has_target, only, only_coded};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn meeting_a_demand_meets_no_one() {
    let g = extract(
        "The Central Bank of Veloria said it would sell part of its gold reserves to meet \
         demand for dollars.",
    );
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_parliament_sitting_on_its_own_meets_no_one() {
    let g = extract("The new National Assembly of Veloria will meet on December 3, the electoral commission said.");
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_leader_meeting_a_counterpart_still_meets() {
    let g = extract(
        "Veloria's prime minister, Oskar Lind, will travel to Tamsk on Thursday to meet his \
         Kestavian counterpart, Ilse Marnow.",
    );
    let e = only(&g, "04");
    assert!(has_source(&g, e, "Oskar Lind"), "{e:#?}");
}

#[test]
fn released_money_is_aid_not_a_freed_prisoner() {
    let g = extract(
        "The Nordic Relief Fund released 2 million euros in emergency funding for Veloria on \
         Tuesday.",
    );
    assert!(events(&g, "08").is_empty(), "{:#?}", g.events);
    let e = only(&g, "07");
    assert!(has_source(&g, e, "Nordic Relief Fund"), "{e:#?}");
}

#[test]
fn released_prisoners_are_still_freed() {
    let g = extract("Veloria released 40 prisoners held by its army on Tuesday.");
    assert!(events(&g, "07").is_empty(), "{:#?}", g.events);
    only(&g, "08");
}

#[test]
fn working_with_another_agency_is_cooperation_done() {
    let g = extract(
        "The Veloria Anti-Fraud Office said it had worked closely with the Kestavian police \
         on the case.",
    );
    let e = only(&g, "06");
    assert_eq!(e.polarity, Polarity::Asserted, "{e:#?}");
    assert!(has_source(&g, e, "Veloria Anti-Fraud Office"), "{e:#?}");
}

#[test]
fn saying_it_would_work_with_a_government_is_an_intent_voiced_now() {
    let g = extract("Kestavia said it would work with Veloria on the new border checks.");
    assert!(events(&g, "06").is_empty(), "{:#?}", g.events);
    let e = only(&g, "03");
    assert_eq!(e.polarity, Polarity::Asserted, "{e:#?}");
}

#[test]
fn a_joint_exercise_is_military_cooperation() {
    let g = extract(
        "The navies of Norway and Iceland will hold a joint exercise in the Norwegian Sea in \
         June, the Norwegian defence ministry said.",
    );
    assert!(events(&g, "15").is_empty(), "{:#?}", g.events);
    let e = only(&g, "06");
    assert_eq!(e.polarity, Polarity::Unrealised, "{e:#?}");
    assert!(
        has_source(&g, e, "Iceland") && has_target(&g, e, "Norway"),
        "{e:#?}"
    );
}

#[test]
fn a_joint_exercise_with_one_party_named_is_no_event() {
    let g = extract(
        "Norway's coast guard will hold a joint exercise in the Barents Sea in June, the defence \
         ministry said.",
    );
    assert!(events(&g, "06").is_empty(), "{:#?}", g.events);
}

#[test]
fn military_exercises_of_one_army_are_still_a_show_of_force() {
    let g =
        extract("Paraguay's army held military exercises near the border with Bolivia on Monday.");
    assert!(events(&g, "06").is_empty(), "{:#?}", g.events);
    only(&g, "15");
}

#[test]
fn raising_tariffs_on_a_country_is_a_sanction() {
    let g = extract("Chile raised tariffs on Argentine steel on Monday.");
    let e = only(&g, "16");
    assert!(
        has_source(&g, e, "Chile") && has_target(&g, e, "Argentina"),
        "{e:#?}"
    );
}

#[test]
fn imposing_a_tariff_on_a_country_is_a_sanction() {
    let g = extract("Peru imposed a 15 percent tariff on Bolivian soybeans on Monday.");
    let e = only(&g, "16");
    assert!(
        has_source(&g, e, "Peru") && has_target(&g, e, "Bolivia"),
        "{e:#?}"
    );
}

#[test]
fn raising_interest_rates_sanctions_no_one() {
    let g =
        extract("The Central Bank of Chile raised its key interest rate to 6 percent on Monday.");
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
}

#[test]
fn speaking_to_a_named_person_consults() {
    let g = extract(
        "Velorian Prime Minister Oskar Lind spoke to Ilse Marnow by telephone on Monday about \
         the flooding, his office said.",
    );
    let e = only(&g, "04");
    assert!(has_target(&g, e, "Ilse Marnow"), "{e:#?}");
}

#[test]
fn speaking_to_reporters_consults_no_one() {
    let g = extract("Velorian Prime Minister Oskar Lind spoke to reporters in Tamsk on Monday.");
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_fee_charged_to_firms_is_no_criminal_charge() {
    let g = extract(
        "The labour minister of Veloria, Arto Kessel, said the permit fees were charged only \
         to employers, not to the workers they hire.",
    );
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_suspect_charged_by_prosecutors_is_still_charged() {
    let g = extract(
        "Prosecutors in Tamsk charged the former port director, Arto Kessel, with fraud on \
         Monday.",
    );
    let e = only(&g, "17");
    assert!(has_target(&g, e, "Arto Kessel"), "{e:#?}");
}

#[test]
fn questioning_a_named_official_is_an_inquiry() {
    let g = extract(
        "The Anti-Corruption Bureau of Veloria questioned the port's director, Ruslan Petrov, \
         for six hours on Friday.",
    );
    let e = only(&g, "09");
    assert!(
        has_source(&g, e, "Anti-Corruption Bureau of Veloria"),
        "{e:#?}"
    );
}

#[test]
fn questioning_the_legitimacy_of_a_vote_stays_criticism() {
    let g = extract("The Veloria Farmers Union questioned the legitimacy of the vote on Friday.");
    assert!(events(&g, "09").is_empty(), "{:#?}", g.events);
    only(&g, "11");
}

#[test]
fn an_ordered_audit_is_an_inquiry() {
    let g = extract(
        "Veloria's finance minister, Mara Doyle, ordered an audit of the state forestry \
         company on Monday.",
    );
    let e = only(&g, "09");
    assert!(has_source(&g, e, "Mara Doyle"), "{e:#?}");
}

#[test]
fn an_audit_office_is_no_inquiry() {
    let g = extract("Veloria's state audit office said on Monday that spending rose by 4 percent.");
    assert!(events(&g, "09").is_empty(), "{:#?}", g.events);
}

#[test]
fn people_seized_are_taken_captive() {
    let g = extract("Gunmen seized four lorry drivers near the border town of Kamsa on Monday.");
    assert!(
        g.events.iter().all(|e| e.cameo.as_str() != "171"),
        "{:#?}",
        g.events
    );
    let e = only_coded(&g, "181");
    assert!(has_source(&g, e, "gunmen"), "{e:#?}");
}

#[test]
fn seized_goods_are_still_property() {
    let g = extract("Customs officers seized 40 tonnes of cigarettes at the port of Kamsa.");
    assert!(
        g.events.iter().all(|e| e.cameo.as_str() != "181"),
        "{:#?}",
        g.events
    );
}

#[test]
fn a_motion_of_no_confidence_demands_a_new_leader() {
    let g = extract(
        "The opposition Union of Democrats filed a motion of no confidence in Prime Minister \
         Oskar Lind on Tuesday.",
    );
    let e = only_coded(&g, "1041");
    assert_eq!(e.polarity, Polarity::Asserted, "{e:#?}");
    assert!(has_source(&g, e, "Union of Democrats"), "{e:#?}");
}

#[test]
fn a_motion_of_no_confidence_targets_the_leader_after_in() {
    let g = extract(
        "The Liberal Alliance filed a motion of no confidence in Chancellor Mira Holt on Monday.",
    );
    let e = only_coded(&g, "1041");
    assert!(has_target(&g, e, "Mira Holt"), "{e:#?}");
}

#[test]
fn a_chamber_passing_a_motion_of_no_confidence_demands_a_new_leader() {
    let g = extract(
        "Veloria's National Assembly passed a motion of no confidence in Prime Minister \
         Oskar Lind on Friday by 61 votes to 40.",
    );
    let e = only_coded(&g, "1041");
    assert!(has_source(&g, e, "National Assembly"), "{e:#?}");
    assert!(has_target(&g, e, "Oskar Lind"), "{e:#?}");
}

#[test]
fn a_motion_to_be_tabled_is_unrealised() {
    let g = extract(
        "The Green Party said it would table a motion of no confidence in Prime Minister \
         Oskar Lind next week.",
    );
    let e = only_coded(&g, "1041");
    assert_eq!(e.polarity, Polarity::Unrealised, "{e:#?}");
    assert!(has_source(&g, e, "Green Party"), "{e:#?}");
}

fn election(concession: &str) -> ArticleGraph {
    extract(&format!(
        "APIA, Nov 20 (Wire) - The opposition Samoa Unity Party won the most seats in \
         Saturday's general election, final results showed on Monday.\n\nThe Green Alliance \
         of Prime Minister Oskar Lind won 12 seats, and two smaller parties won the rest.\n\n\
         {concession}"
    ))
}

#[test]
fn not_conceding_after_a_vote_is_a_concession_withheld_from_the_first_winner() {
    let g = election("Lind did not concede.");
    let e = only(&g, "08");
    assert_eq!(e.polarity, Polarity::Negated, "{e:#?}");
    assert!(has_source(&g, e, "Oskar Lind"), "{e:#?}");
    // His own party won seats too, reported after the party that won the most.
    assert!(has_target(&g, e, "Samoa Unity Party"), "{e:#?}");
    assert_eq!(e.targets.len(), 1, "{e:#?}");
}

#[test]
fn conceding_a_point_is_no_concession_of_defeat() {
    let g = election("Lind conceded the point.");
    assert!(events(&g, "08").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_parliament_removing_its_leader_forces_a_change_of_leader() {
    let g = extract(
        "Samoa's parliament removed Prime Minister Oskar Lind in a vote of no confidence on \
         Tuesday.",
    );
    let e = only(&g, "10");
    assert_eq!(e.cameo.as_str(), "1041", "{e:#?}");
    assert!(has_target(&g, e, "Oskar Lind"), "{e:#?}");
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
    // A president removing a minister is a removal from office, as before.
    let g = extract(
        "Samoan President Ana Ruiz removed the health minister, Oskar Lind, from his post on \
         Tuesday.",
    );
    assert!(
        has_target(&g, only(&g, "17"), "Oskar Lind"),
        "{:#?}",
        g.events
    );
    assert!(events(&g, "10").is_empty(), "{:#?}", g.events);
}
