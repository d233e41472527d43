//! Event rules that hold for English wire copy in general: statements (CAMEO 010) when what
//! was said is no event of its own, roles of common verbs, polarity of plans, and triggers the
//! compiled lists lack. Sentences written for these tests; names are made up or common.

mod common;

use common::{events, extract_on, id};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2022-06-08"))
}

#[test]
fn a_remark_that_reports_no_event_is_a_statement() {
    let g = extract(
        "Chile and Peru held talks in Lima on Monday. \
         Its spokesman, Tomas Reyes, said the economy would grow faster next year.",
    );
    let said = events(&g, "01");
    assert_eq!(said.len(), 1, "{:#?}", g.events);
    assert!(
        said[0].sources.contains(&id(&g, "Tomas Reyes")),
        "{said:#?}"
    );
    assert_eq!(said[0].polarity, Polarity::Asserted);
}

#[test]
fn a_remark_that_reports_an_event_is_only_its_attribution() {
    let g = extract(
        "Chile and Peru held talks in Lima on Monday. \
         Foreign Minister Tomas Reyes said Peru had attacked a Chilean border post.",
    );
    assert!(events(&g, "01").is_empty(), "{:#?}", g.events);
}

#[test]
fn bystanders_and_unsaid_things_make_no_statement() {
    let g = extract(
        "Chile and Peru held talks in Lima on Monday. \
         Villagers said the market stayed closed all week. \
         Tomas Reyes, the Chilean negotiator, did not say when the next round would open.",
    );
    assert!(events(&g, "01").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_prison_sentence_is_coercion_of_the_sentenced() {
    let g =
        extract("A court in Lagos sentenced former governor Musa Bello to five years in prison.");
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].targets.contains(&id(&g, "Musa Bello")), "{e:#?}");
}

#[test]
fn promising_to_comply_is_an_unrealised_yield() {
    let g = extract("Romania said on Monday that it would comply with the demands of Hungary.");
    let e = events(&g, "08");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Unrealised);
    assert!(e[0].sources.contains(&id(&g, "Romania")), "{e:#?}");
}

#[test]
fn thanks_go_one_way() {
    let g = extract("Norwegian Prime Minister Lars Holm thanked Sweden for its support on Monday.");
    let e = events(&g, "05");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Lars Holm")), "{e:#?}");
    assert!(!e[0].sources.contains(&id(&g, "Sweden")), "{e:#?}");
    assert!(e[0].targets.contains(&id(&g, "Sweden")), "{e:#?}");
}

#[test]
fn sending_troops_is_a_show_of_force_and_sending_aid_is_not() {
    let g = extract("Chile sent 3,000 troops to the border with Bolivia on Friday.");
    let e = events(&g, "15");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Chile")), "{e:#?}");
    let g = extract("Chile sent food and medicine to Bolivia on Friday.");
    assert!(events(&g, "15").is_empty(), "{:#?}", g.events);
}

#[test]
fn declaring_a_winner_and_presenting_findings_are_statements() {
    let g = extract(
        "Observers from the African Union will present their findings on Tuesday, the union said.",
    );
    let e = events(&g, "01");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Unrealised);
    let g = extract("The Supreme Court of Chile declared Rosa Vidal the winner of the vote.");
    let e = events(&g, "01");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Asserted);
}

#[test]
fn a_concession_goes_to_the_winner_reported_before() {
    let g = extract(
        "The Green Party won 70 of the 120 seats in Sunday's election in Norway. \
         Norwegian Prime Minister Lars Holm, who leads the Labour Party, conceded defeat on Monday.",
    );
    let e = events(&g, "08");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Lars Holm")), "{e:#?}");
    assert!(e[0].targets.contains(&id(&g, "Green Party")), "{e:#?}");
}

#[test]
fn praising_a_decision_praises_the_body_that_made_it() {
    let g = extract(
        "The Central Bank of Chile on Monday cut its main interest rate to 4 percent. \
         The World Bank praised the decision.",
    );
    let e = events(&g, "05");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(
        e[0].targets.contains(&id(&g, "Central Bank of Chile")),
        "{e:#?}"
    );
}

#[test]
fn rejecting_a_challenge_is_aimed_at_the_challenger() {
    let g = extract(
        "The Supreme Court of Chile rejected a challenge by Peru against the border ruling.",
    );
    let e = events(&g, "12");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].targets.contains(&id(&g, "Peru")), "{e:#?}");
}

#[test]
fn calling_on_a_rival_is_aimed_at_the_rival() {
    let g = extract(
        "Opposition leader Rosa Vidal lost the vote in Chile. \
         President Marta Ruiz called on her rival to accept the result.",
    );
    let e = events(&g, "02");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Marta Ruiz")), "{e:#?}");
    assert!(e[0].targets.contains(&id(&g, "Rosa Vidal")), "{e:#?}");
}

#[test]
fn agreeing_to_meet_is_a_real_intent_and_the_meeting_is_not_yet() {
    let g = extract(
        "Chile and Bolivia agreed on Monday to resume regular visits between their presidents.",
    );
    let e = events(&g, "03");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "036");
    assert_eq!(e[0].polarity, Polarity::Asserted);
    let (chile, bolivia) = (id(&g, "Chile"), id(&g, "Bolivia"));
    assert!(
        e[0].sources.contains(&chile) && e[0].sources.contains(&bolivia),
        "{e:#?}"
    );
    assert!(
        e[0].targets.contains(&chile) && e[0].targets.contains(&bolivia),
        "{e:#?}"
    );
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
    // Refusing to agree is no intent.
    let g = extract("Chile and Bolivia did not agree to resume talks on Monday.");
    assert!(
        events(&g, "03")
            .iter()
            .all(|e| e.polarity != Polarity::Asserted),
        "{:#?}",
        g.events
    );
}

#[test]
fn suspending_talks_is_halting_negotiations_not_talks_that_never_were() {
    let g = extract("Talks between Chile and Bolivia were suspended on Sunday.");
    let e = events(&g, "16");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "164");
    assert_eq!(e[0].polarity, Polarity::Asserted);
    // Cancelled talks did not take place.
    let g = extract("Talks between Chile and Bolivia were cancelled on Sunday.");
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
    assert!(
        events(&g, "04")
            .iter()
            .all(|e| e.polarity == Polarity::Negated),
        "{:#?}",
        g.events
    );
}

#[test]
fn a_protest_with_no_one_named_is_aimed_at_the_government() {
    let g = extract(
        "The Peruvian government raised fuel taxes last week. \
         Thousands of farmers protested in Lima on Monday.",
    );
    let e = events(&g, "14");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(!e[0].targets.is_empty(), "{e:#?}");
    let government = g.entities.iter().find(|x| x.id == e[0].targets[0]).unwrap();
    assert!(
        government.label.to_lowercase().contains("government"),
        "{government:#?}"
    );
}

#[test]
fn a_warning_after_an_accusation_is_aimed_at_the_accused() {
    let g = extract(
        "Chile accused Peru on Monday of moving troops to the border. \
         Chile warned that it would defend its territory.",
    );
    let threats = events(&g, "13");
    assert_eq!(threats.len(), 1, "{:#?}", g.events);
    assert!(threats[0].targets.contains(&id(&g, "Peru")), "{threats:#?}");
    // A warning with no act of the speaker's before it names no one.
    let g = extract("Chile warned that it would defend its territory.");
    let threats = events(&g, "13");
    assert!(threats.iter().all(|e| e.targets.is_empty()), "{threats:#?}");
}

#[test]
fn criticising_air_strikes_is_aimed_at_the_armed_body_named() {
    let g = extract(
        "Myanmar's military government has ruled the country since 2021. \
         Thai Foreign Minister Somchai Chanbua, who chaired the meeting, criticised air strikes \
         on villages near the border.",
    );
    let e = events(&g, "11");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    let aimed: Vec<&str> = (e[0].targets.iter())
        .filter_map(|t| g.entities.iter().find(|x| &x.id == t))
        .map(|x| x.label.as_str())
        .collect();
    assert!(
        aimed.iter().any(|l| l.to_lowercase().contains("military")),
        "{aimed:?} {e:#?}"
    );
}

#[test]
fn talks_with_one_side_named_are_with_the_other_side_of_the_story() {
    let g = extract(
        "The Colombian government held talks with the National Liberation Army in Quito on \
         Monday. Talks with the group began in Caracas in 2022.",
    );
    let talks = events(&g, "04");
    assert_eq!(talks.len(), 2, "{:#?}", g.events);
    assert!(talks.iter().all(|e| !e.sources.is_empty()), "{talks:#?}");
}

#[test]
fn a_reported_concern_is_a_pessimistic_comment_and_a_quoted_one_is_not() {
    let g = extract(
        "The Swedish foreign ministry said on Monday it was deeply concerned by the fighting.",
    );
    let e = events(&g, "01");
    assert!(
        e.iter().any(|e| e.cameo.as_str() == "012"),
        "{:#?}",
        g.events
    );
    let g =
        extract("\"Sweden is worried,\" the Swedish foreign minister, Eva Lund, said on Monday.");
    assert!(
        g.events.iter().all(|e| e.cameo.as_str() != "012"),
        "{:#?}",
        g.events
    );
}

#[test]
fn a_particle_parted_from_its_verb_still_makes_the_phrase() {
    let g = extract("Chilean troops pushed the Bolivian soldiers back across the river on Monday.");
    let e = events(&g, "19");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Chile")), "{e:#?}");
}

#[test]
fn talks_not_held_are_negated() {
    let g =
        extract("The ministers of Chile and Peru did not discuss the fishing dispute on Monday.");
    let e = events(&g, "04");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Negated);
    let g = extract("The ministers of Chile and Peru discussed the fishing dispute on Monday.");
    let e = events(&g, "04");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Asserted);
}

#[test]
fn troops_sent_in_the_passive_are_their_country_s_show_of_force() {
    let g = extract("Brazilian troops were sent to the border with Guyana in 2023.");
    let e = events(&g, "15");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Brazil")), "{e:#?}");
    // Aid sent is aid, not force.
    let g = extract("Brazil sent medical aid to Guyana in 2023.");
    assert!(events(&g, "15").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_body_whose_saying_the_parser_lost_still_makes_its_statement() {
    let g = extract(
        "Supporters of Rosa Vidal blocked roads in Chile on Monday. \
         The African Union, whose observers watched the vote, said it had found no sign of fraud.",
    );
    let e = events(&g, "01");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "African Union")), "{e:#?}");
}

#[test]
fn expected_in_a_capital_is_a_visit_to_come() {
    let g = extract(
        "Peru and Chile are at odds over fishing rights. \
         Chilean Foreign Minister Ana Soto is expected in Lima next week.",
    );
    let e = events(&g, "04");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "042");
    assert_eq!(e[0].polarity, Polarity::Unrealised);
    assert!(e[0].sources.contains(&id(&g, "Ana Soto")), "{e:#?}");
    assert!(e[0].targets.contains(&id(&g, "Peru")), "{e:#?}");
    // Expected to do something else is no visit.
    let g = extract(
        "Peru and Chile are at odds over fishing rights. \
         Chilean Foreign Minister Ana Soto is expected to resign in Lima next week.",
    );
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn retaliation_to_come_is_a_threat_at_whoever_acted_first() {
    let g = extract(
        "Norway expelled two Russian diplomats on Monday. \
         The Kremlin said Russia would retaliate.",
    );
    let threats = events(&g, "13");
    assert_eq!(threats.len(), 1, "{:#?}", g.events);
    assert_eq!(threats[0].polarity, Polarity::Asserted);
    assert!(
        threats[0].sources.contains(&id(&g, "Russia")),
        "{threats:#?}"
    );
    assert!(
        threats[0].targets.contains(&id(&g, "Norway")),
        "{threats:#?}"
    );
    // Retaliation done is no threat.
    let g =
        extract("Norway expelled two Russian diplomats on Monday. Russia retaliated on Tuesday.");
    assert!(events(&g, "13").is_empty(), "{:#?}", g.events);
}

#[test]
fn what_a_visit_is_for_is_not_an_event_of_its_own() {
    let g =
        extract("Chilean President Marta Ruiz will visit Bolivia next week to discuss gas prices.");
    assert_eq!(events(&g, "04").len(), 1, "{:#?}", g.events);
    assert_eq!(events(&g, "04")[0].cameo.as_str(), "042");
    // Discussing on its own is consulting.
    let g = extract("Chilean President Marta Ruiz and Bolivia discussed gas prices on Monday.");
    assert_eq!(events(&g, "04").len(), 1, "{:#?}", g.events);
    assert_eq!(events(&g, "04")[0].cameo.as_str(), "040");
}

#[test]
fn a_standing_position_is_a_statement() {
    let g = extract(
        "Chile and Peru held talks in Lima on Monday. \
         The Bolivian government says the economy needs more gas exports.",
    );
    assert_eq!(events(&g, "01").len(), 1, "{:#?}", g.events);
}

#[test]
fn travelling_to_a_foreign_capital_for_talks_is_one_visit() {
    let g = extract(
        "Peruvian Foreign Minister Luis Vargas is expected to travel to Santiago in May for \
         talks on fishing rights with Chile.",
    );
    let e = events(&g, "04");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "042");
    assert_eq!(e[0].polarity, Polarity::Unrealised);
    assert!(e[0].targets.contains(&id(&g, "Chile")), "{e:#?}");
    // A minister travelling inside the country visits no one.
    let g = extract("Chilean Foreign Minister Ana Soto will travel to Santiago on Friday.");
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn an_attack_one_side_reports_the_other_made_is_an_accusation() {
    let g = extract(
        "Chile and Bolivia held border talks in La Paz on Monday. \
         Chilean Defence Minister Ana Soto said Bolivian troops had ambushed a patrol.",
    );
    let acc = events(&g, "11");
    assert_eq!(acc.len(), 1, "{:#?}", g.events);
    assert!(acc[0].sources.contains(&id(&g, "Ana Soto")), "{acc:#?}");
    assert!(acc[0].targets.contains(&id(&g, "Bolivia")), "{acc:#?}");
    // A side reporting its own act accuses no one.
    let g = extract(
        "Chile and Bolivia held border talks in La Paz on Monday. \
         Chilean Defence Minister Ana Soto said Chilean troops had ambushed a patrol.",
    );
    assert!(events(&g, "11").is_empty(), "{:#?}", g.events);
}

#[test]
fn an_event_noun_that_modifies_a_noun_is_no_event() {
    let g = extract(
        "Chile and Peru held talks in Lima on Monday. \
         Chilean Finance Minister Ana Soto said the money would refill the army's war chest.",
    );
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn approving_a_loan_is_aid_to_whom_it_helps_and_the_helping_is_no_event_of_its_own() {
    let g =
        extract("The World Bank approved a $300 million loan to help Kenya repair its railways.");
    let aid = events(&g, "07");
    assert_eq!(aid.len(), 1, "{:#?}", g.events);
    assert_eq!(aid[0].cameo.as_str(), "071");
    assert!(aid[0].targets.contains(&id(&g, "Kenya")), "{aid:#?}");
    // Approving something else is no aid.
    let g = extract("The World Bank approved a new strategy for Kenya on Monday.");
    assert!(events(&g, "07").is_empty(), "{:#?}", g.events);
}

#[test]
fn blacklisting_and_retaking_towns_are_coded() {
    let g = extract("Canada has blacklisted 40 ships that carried Russian oil since 2022.");
    let e = events(&g, "16");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Canada")), "{e:#?}");
    let g =
        extract("Malian troops recaptured two towns from the rebels in northern Mali on Sunday.");
    let e = events(&g, "19");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "192");
}

#[test]
fn a_curfew_imposed_is_coercion() {
    let g = extract("The Nepali government imposed a curfew in Kathmandu on Tuesday.");
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
}

#[test]
fn failing_to_agree_on_a_ceasefire_is_no_ceasefire() {
    let g = extract("Chile and Bolivia failed to agree on a ceasefire on Monday.");
    assert!(
        g.events
            .iter()
            .all(|e| e.polarity != Polarity::Asserted || e.cameo.root() != "08"),
        "{:#?}",
        g.events
    );
    let g = extract("Chile and Bolivia agreed on a ceasefire on Monday.");
    assert!(
        g.events
            .iter()
            .any(|e| e.polarity == Polarity::Asserted && e.cameo.root() == "08"),
        "{:#?}",
        g.events
    );
}

#[test]
fn who_attends_a_summit_meets() {
    let g = extract("Chile said it would not attend the summit with Bolivia.");
    let e = events(&g, "04");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Chile")), "{e:#?}");
    assert_ne!(e[0].polarity, Polarity::Asserted);
}

#[test]
fn what_a_denial_denies_is_no_event() {
    let g = extract("Chile denied on Monday that its troops had attacked Bolivia.");
    assert_eq!(events(&g, "01").len(), 1, "{:#?}", g.events);
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
    // An attack reported as such is one.
    let g = extract("Chile said on Monday that its troops had attacked Bolivia.");
    assert_eq!(events(&g, "19").len(), 1, "{:#?}", g.events);
}

#[test]
fn an_offer_to_mediate_between_two_sides_is_aimed_at_both() {
    for text in [
        "Norway offered on Monday to mediate between Chile and Bolivia.",
        "Norway offered to mediate between Chile and Bolivia.",
    ] {
        let g = extract(text);
        assert_eq!(g.events.len(), 1, "{:#?}", g.events);
        let e = &g.events[0];
        assert!(matches!(e.cameo.root(), "03" | "04"), "{e:#?}");
        assert!(e.targets.contains(&id(&g, "Chile")), "{e:#?}");
        assert!(e.targets.contains(&id(&g, "Bolivia")), "{e:#?}");
    }
}

#[test]
fn an_airspace_violation_one_side_reports_is_its_accusation() {
    let g = extract(
        "Chile and Bolivia held border talks on Monday. \
         Bolivia's foreign ministry spokesman, Jorge Mamani, said Chile had violated Bolivian airspace.",
    );
    let acc = events(&g, "11");
    assert_eq!(acc.len(), 1, "{:#?}", g.events);
    assert!(acc[0].targets.contains(&id(&g, "Chile")), "{acc:#?}");
    assert!(acc[0].sources.contains(&id(&g, "Jorge Mamani")), "{acc:#?}");
}

#[test]
fn writing_and_predicting_are_statements_too() {
    for text in [
        "Peru and Ecuador held talks on Monday. \
         Bolivia's president, Luis Arce, wrote on social media that relations were improving.",
        "Peru and Ecuador held talks on Monday. \
         Chile's economy minister, Jose Diaz, predicted that trade would double by 2030.",
    ] {
        let g = extract(text);
        assert_eq!(events(&g, "01").len(), 1, "{:#?}", g.events);
    }
}

#[test]
fn two_parties_agreeing_is_an_agreement_unless_what_they_agreed_is_an_event() {
    let g = extract("Ethiopia and Kenya agreed on Monday to set up a joint border commission.");
    let e = events(&g, "05");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "057");
    for country in ["Ethiopia", "Kenya"] {
        assert!(e[0].sources.contains(&id(&g, country)), "{e:#?}");
        assert!(e[0].targets.contains(&id(&g, country)), "{e:#?}");
    }
    let g = extract("Ethiopia and Kenya agreed on Monday to hold talks in July.");
    assert!(events(&g, "05").is_empty(), "{:#?}", g.events);
    assert_eq!(events(&g, "03").len(), 1, "{:#?}", g.events);
    let g = extract("Kenya agreed on Monday to repay the debt by 2030.");
    assert!(events(&g, "05").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_coordination_of_parties_agrees_together() {
    let g = extract("Sudan's army and the Rapid Support Forces agreed to a 72-hour truce.");
    let truce = events(&g, "08");
    assert_eq!(truce.len(), 1, "{:#?}", g.events);
    assert_eq!(truce[0].sources.len(), 2, "{truce:#?}");
    assert!(
        truce[0].sources.contains(&id(&g, "Rapid Support Forces")),
        "{truce:#?}"
    );
}

#[test]
fn a_pledge_of_aid_is_aimed_where_the_aid_goes() {
    let g = extract("Japan pledged $40 million in humanitarian aid to Sudan on Monday.");
    let aid = events(&g, "07");
    assert_eq!(aid.len(), 1, "{:#?}", g.events);
    assert!(aid[0].sources.contains(&id(&g, "Japan")), "{aid:#?}");
    assert!(aid[0].targets.contains(&id(&g, "Sudan")), "{aid:#?}");
    let pledge = events(&g, "03");
    assert_eq!(pledge.len(), 1, "{:#?}", g.events);
    assert!(pledge[0].targets.contains(&id(&g, "Sudan")), "{pledge:#?}");
}

#[test]
fn arrests_with_no_one_named_after_a_protest_are_of_the_protesters() {
    let g = extract(
        "Protesters blocked roads in Lima on Monday. \
         Twenty people were detained, a police spokesman, Jose Rivas, said.",
    );
    let arrests = events(&g, "17");
    assert_eq!(arrests.len(), 1, "{:#?}", g.events);
    assert!(
        arrests[0].targets.contains(&id(&g, "protesters")),
        "{arrests:#?}"
    );
}

#[test]
fn a_statement_to_come_is_unrealised() {
    let g = extract(
        "Peru and Ecuador held talks on Monday. \
         Bolivian President Luis Arce will announce his decision on Friday.",
    );
    let e = events(&g, "01");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Unrealised);
    let g = extract(
        "Peru and Ecuador held talks on Monday. \
         Bolivian President Luis Arce announced his decision on Friday.",
    );
    let e = events(&g, "01");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Asserted);
}

#[test]
fn what_an_act_is_done_for_is_that_act() {
    let g = extract("Bolivia summoned the Chilean ambassador to protest against the expulsions.");
    assert_eq!(events(&g, "11").len(), 1, "{:#?}", g.events);
    assert!(events(&g, "14").is_empty(), "{:#?}", g.events);
    let g = extract("Bolivia recalled its ambassador from Chile for consultations.");
    assert_eq!(events(&g, "16").len(), 1, "{:#?}", g.events);
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn phoning_a_counterpart_and_trading_accusations_are_coded() {
    let g = extract("Bolivian President Luis Arce called his Chilean counterpart on Monday.");
    let e = events(&g, "04");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "041");
    assert!(e[0].targets.contains(&id(&g, "Chile")), "{e:#?}");
    let g = extract("Chile and Bolivia traded accusations over the incident.");
    let e = events(&g, "11");
    assert!(!e.is_empty(), "{:#?}", g.events);
    assert!(
        e.iter().all(|e| e.sources.len() + e.targets.len() >= 2),
        "{e:#?}"
    );
}

#[test]
fn a_finite_verb_beside_a_relative_clause_keeps_its_subject() {
    let g = extract("Chile, which accused Bolivia of spying, expelled two diplomats on Monday.");
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Chile")), "{e:#?}");
}

#[test]
fn a_plan_belongs_to_its_possessor() {
    let g = extract("Chile's decision to expel two Bolivian diplomats angered La Paz.");
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].sources.contains(&id(&g, "Chile")), "{e:#?}");
    let g = extract("The expulsion of two Bolivian diplomats angered La Paz.");
    assert_eq!(events(&g, "17").len(), 1, "{:#?}", g.events);
}

#[test]
fn a_describing_participle_and_a_required_object_are_no_events_of_their_own() {
    let g = extract("Kenyan authorities released 20 detained protesters on Tuesday.");
    assert_eq!(events(&g, "08").len(), 1, "{:#?}", g.events);
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
    let g = extract("The European Union lifted sanctions on Belarus on Monday.");
    assert_eq!(events(&g, "08").len(), 1, "{:#?}", g.events);
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
    // Sanctions imposed are an event.
    let g = extract("The European Union imposed sanctions on Belarus on Monday.");
    assert_eq!(events(&g, "16").len(), 1, "{:#?}", g.events);
}

#[test]
fn an_order_to_release_someone_named_in_apposition_is_their_release() {
    let g = extract(
        "A court in Nairobi ordered the release of opposition leader Jane Wambui on Monday.",
    );
    let e = events(&g, "08");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(e[0].targets.contains(&id(&g, "Jane Wambui")), "{e:#?}");
}

#[test]
fn raids_and_petitions_are_coded() {
    let g =
        extract("Kenyan police raided the offices of the Orange Democratic Movement in Nairobi.");
    assert_eq!(events(&g, "17").len(), 1, "{:#?}", g.events);
    let g = extract("Opposition leader Jane Wambui filed a petition against the result on Monday.");
    let e = events(&g, "11");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "115");
}

#[test]
fn a_countrys_name_in_a_list_is_no_statement() {
    // "States" in "the United States" is tagged as the verb "states" when the name stands in
    // a list; a capitalised word inside a sentence is a name's word.
    let g = extract(
        "NAIROBI, Nov 20 (Wire) - Relations between Ethiopia, Russia, the United States, China, \
         Japan, Turkey and Sweden were tested this week.",
    );
    assert!(events(&g, "01").is_empty(), "{:#?}", g.events);
}
