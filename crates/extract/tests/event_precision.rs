//! Events the extractor reports with the wrong polarity or aimed at no one, where the story
//! settles it: a denial answers the accusation just told, and a verb in the past tense that
//! the parse joins to a planned act is still told as done; an act one denies a share in is
//! no act of the denier. Each is a near miss that costs a false event and a missed one at
//! once. Sentences written for these tests, names made up.

mod common;

use common::{events, extract_on, has_source, has_target, only, only_coded};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn a_denial_after_an_accusation_is_aimed_at_the_accuser() {
    let g = extract(
        "The Liberty Front accused the army of shelling a market in Dorvik on Monday. The \
         defence ministry denied that its troops had fired on the town.",
    );
    let e = only_coded(&g, "016");
    assert!(has_target(&g, e, "Liberty Front"), "{e:#?}");
}

#[test]
fn a_charge_denied_in_the_same_sentence_is_the_accuser_s() {
    let g = extract(
        "Marta Voss, the rebels' spokeswoman, accused the navy of sinking a fishing boat, a \
         charge the defence ministry denied.",
    );
    let e = only_coded(&g, "016");
    assert!(has_target(&g, e, "Marta Voss"), "{e:#?}");
}

#[test]
fn a_denial_answers_the_charge_brought_against_the_denier_further_back() {
    let g = extract(
        "Prosecutors in Kestavia charged the former mayor, Anton Brell, with fraud on \
         Tuesday.\n\nThe weather delayed the harvest in the north for a second week. Grain \
         prices rose by a tenth. Farmers sold their stocks early.\n\nBrell, who ran the city \
         for a decade, denied any wrongdoing.",
    );
    // The accuser is the target however far back the charge was told (E5 of
    // tests/CONVENTIONS.md); a charge against someone else is not answered
    // (charge_denials.rs).
    let e = only_coded(&g, "016");
    assert!(has_target(&g, e, "Prosecutors"), "{e:#?}");
}

#[test]
fn a_past_verb_joined_to_a_planned_one_is_still_done() {
    let g = extract(
        "The party's leader, Ilse Marnow, said she would begin coalition talks on Tuesday and \
         called on the prime minister to step aside.",
    );
    let e = only(&g, "02");
    assert_eq!(e.polarity, Polarity::Asserted, "{e:#?}");
    assert!(has_source(&g, e, "Ilse Marnow"), "{e:#?}");
}

#[test]
fn a_past_verb_joined_to_an_urged_act_is_still_done() {
    let g = extract(
        "The bloc's envoy, Pavel Ostrin, urged both sides to stop fighting and called on \
         Poland to close its border to the rebels.",
    );
    let call = (g.events.iter())
        .find(|e| e.cameo.root() == "02" && has_target(&g, e, "Poland"))
        .unwrap_or_else(|| panic!("no appeal to Poland: {:#?}", g.events));
    assert_eq!(call.polarity, Polarity::Asserted, "{call:#?}");
}

#[test]
fn a_bare_verb_joined_under_a_modal_stays_planned() {
    let g = extract(
        "The foreign minister, Lena Dorsch, said she would travel to Vantor next week and \
         meet the president.",
    );
    let meet = (g.events.iter())
        .find(|e| e.cameo.root() == "04")
        .unwrap_or_else(|| panic!("no meeting: {:#?}", g.events));
    assert_eq!(meet.polarity, Polarity::Unrealised, "{meet:#?}");
}

#[test]
fn air_strikes_against_a_group_are_aimed_at_it() {
    let g = extract(
        "The United States said American aircraft had carried out an air strike against the \
         Liberty Front near Dorvik on Sunday.",
    );
    let e = only_coded(&g, "195");
    assert!(has_target(&g, e, "Liberty Front"), "{e:#?}");
}

#[test]
fn a_third_party_s_welcome_answers_the_joint_act_of_the_two_sides() {
    let g = extract(
        "Chile and Peru signed a fisheries agreement in Lima on Monday.\n\nThe World Bank \
         offered to help pay for a new patrol fleet. Spain welcomed the lower quotas.",
    );
    for code in ["03", "05"] {
        let e = (g.events.iter())
            .find(|e| e.cameo.root() == code && !has_source(&g, e, "Chile"))
            .unwrap_or_else(|| panic!("no {code} event: {:#?}", g.events));
        assert!(has_target(&g, e, "Chile"), "{e:#?}");
        assert!(has_target(&g, e, "Peru"), "{e:#?}");
    }
}

#[test]
fn a_party_to_the_joint_act_is_no_third_party() {
    let g = extract(
        "Chile and Peru signed a fisheries agreement in Lima on Monday.\n\nChile's fisheries \
         minister, Rosa Vidal, welcomed the lower quotas.",
    );
    let e = only_coded(&g, "051");
    assert!(
        !has_target(&g, e, "Peru"),
        "a side does not answer its own act: {e:#?}"
    );
}

#[test]
fn a_visit_to_a_foreign_capital_is_a_visit_to_its_country() {
    let g = extract(
        "Teachers marched in Eswatini on Monday.\n\nThe Southern African Development \
         Community, whose mediators visited Mbabane in \
         2022 after a year of unrest, said it was worried.",
    );
    let e = only_coded(&g, "042");
    assert!(has_target(&g, e, "Eswatini"), "{e:#?}");
}

#[test]
fn member_states_meeting_with_no_one_named_meet_among_themselves() {
    let g = extract(
        "The European Union said its member states would discuss the crisis at a meeting of \
         foreign ministers in Luxembourg next week.",
    );
    let e = only(&g, "04");
    assert!(has_source(&g, e, "member states"), "{e:#?}");
    assert!(has_target(&g, e, "member states"), "{e:#?}");
}

#[test]
fn elders_who_meet_someone_unnamed_are_not_their_own_counterpart() {
    let g = extract("Clan elders in the town will meet the governor of the region on Thursday.");
    let e = only(&g, "04");
    assert!(
        !has_target(&g, e, "Clan elders"),
        "they meet the governor, not themselves: {e:#?}"
    );
}

#[test]
fn prosecutors_charging_someone_take_legal_action_not_accuse() {
    let g = extract("Prosecutors in Dorvik charged 13 people over the bridge collapse on Monday.");
    assert!(
        events(&g, "11").is_empty(),
        "a legal charge is no accusation: {:#?}",
        g.events
    );
    let e = only_coded(&g, "173");
    assert!(has_source(&g, e, "Prosecutors"), "{e:#?}");
}

#[test]
fn a_charge_as_a_noun_is_not_a_legal_act() {
    let g = extract(
        "The rebels accused the army of shelling a market, a charge the defence ministry \
         denied.",
    );
    assert!(events(&g, "17").is_empty(), "{:#?}", g.events);
}

#[test]
fn arrested_and_charged_is_one_act() {
    let g = extract(
        "Police in Dorvik said two union leaders were arrested at their homes on Monday and \
         charged with sedition.",
    );
    let acts = events(&g, "17");
    assert_eq!(acts.len(), 1, "one arrest told with two verbs: {acts:#?}");
}

#[test]
fn two_arrests_of_different_people_stay_two() {
    let g = extract(
        "Police arrested the union's president, Ilse Marnow, on Monday and detained its \
         treasurer, Anton Brell, on Tuesday.",
    );
    let acts = events(&g, "17");
    assert_eq!(acts.len(), 2, "{acts:#?}");
}

#[test]
fn a_denied_part_in_an_attack_is_no_attack_of_the_denier() {
    // The attack was told where it happened; the denial only names it.
    let g = extract(
        "Gunmen attacked an army post near Goma on Monday, killing four soldiers. The \
         opposition leader, Paul Ndume, denied that he had any part in the attack.",
    );
    let e = only(&g, "19");
    assert!(!has_source(&g, e, "Paul Ndume"), "{e:#?}");
    let denial = only_coded(&g, "016");
    assert!(has_source(&g, denial, "Paul Ndume"), "{denial:#?}");
}

#[test]
fn a_denied_part_leaves_the_attack_itself() {
    let g = extract(
        "Gunmen attacked an army post near Goma on Monday. The opposition leader, Paul \
         Ndume, denied any role in the violence.",
    );
    assert!(
        events(&g, "19").iter().any(|e| has_source(&g, e, "Gunmen")),
        "{:#?}",
        g.events
    );
}

#[test]
fn a_judge_speaking_from_the_bench_makes_no_statement_of_the_court() {
    // The judge's words are the ruling's reasons: the verdict carries the court, and no
    // saying of the court is added beside it.
    let g = extract(
        "The High Court in Monrovia jailed a former port director for ten years on Tuesday. \
         Judge Roosevelt Kpadeh said the payments had been approved without any delivery.",
    );
    let sayings = events(&g, "01");
    assert!(
        !sayings
            .iter()
            .any(|e| has_source(&g, e, "Roosevelt Kpadeh")),
        "{sayings:#?}"
    );
    assert!(!events(&g, "17").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_front_telling_of_its_own_fighters_accuses_no_one() {
    let g = extract(
        "Fighting broke out near Arlit on Tuesday between the army and rebels of the Sahel \
         Liberation Front.\n\nThe Sahel Liberation Front, an alliance of armed groups, said its \
         fighters had overrun three army outposts and seized weapons.",
    );
    assert!(
        events(&g, "11").iter().all(|e| e.cameo.as_str() != "112"),
        "a side reporting its own act accuses no one: {:#?}",
        events(&g, "11")
    );
    assert!(!events(&g, "19").is_empty(), "the act itself stays");
}
