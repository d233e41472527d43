//! Trigger coverage for wire copy in general: light-verb and noun constructions, verbs whose
//! sense depends on their object, and the wording that decides whether a trigger word is an
//! event at all (a meeting as a setting, the content of a demand, the topic of an agreement)
//! and with which polarity. Sentences written for these tests; names are made up or common.

mod common;

use common::{events, extract_on, id};
use newsgraph_model::{ArticleGraph, Event, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2022-06-08"))
}

/// The single event of CAMEO root `root` in `text`, with its code and polarity checked.
fn only(g: &ArticleGraph, root: &str, code: &str, polarity: Polarity) -> Event {
    let e = events(g, root);
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), code, "{e:#?}");
    assert_eq!(e[0].polarity, polarity, "{e:#?}");
    e[0].clone()
}

fn by(g: &ArticleGraph, e: &Event, source: &str) {
    assert!(e.sources.contains(&id(g, source)), "{e:#?}");
}

fn against(g: &ArticleGraph, e: &Event, target: &str) {
    assert!(e.targets.contains(&id(g, target)), "{e:#?}");
}

#[test]
fn suspending_or_downgrading_ties_reduces_relations() {
    let g = extract("Kenya suspended diplomatic ties with Somalia on Monday.");
    let e = only(&g, "16", "161", Polarity::Asserted);
    by(&g, &e, "Kenya");
    against(&g, &e, "Somalia");
    let g = extract("Ghana downgraded diplomatic relations with Togo on Monday.");
    let e = only(&g, "16", "161", Polarity::Asserted);
    by(&g, &e, "Ghana");
    against(&g, &e, "Togo");
}

#[test]
fn halting_cooperation_or_aid_reduces_relations() {
    let g = extract("Kenya halted military cooperation with Somalia on Monday.");
    let e = only(&g, "16", "160", Polarity::Asserted);
    against(&g, &e, "Somalia");
    let g = extract("Kenya suspended aid to Somalia on Monday.");
    let e = only(&g, "16", "162", Polarity::Asserted);
    by(&g, &e, "Kenya");
    against(&g, &e, "Somalia");
}

#[test]
fn closing_an_embassy_reduces_relations() {
    let g = extract("Kenya closed its embassy in Somalia on Monday.");
    let e = only(&g, "16", "161", Polarity::Asserted);
    by(&g, &e, "Kenya");
}

#[test]
fn reopening_a_border_and_lifting_an_emergency_ease_restrictions() {
    let g = extract("Kenya reopened its border with Somalia on Monday.");
    let e = only(&g, "08", "081", Polarity::Asserted);
    by(&g, &e, "Kenya");
    against(&g, &e, "Somalia");
    let g = extract("Kenya lifted the state of emergency on Monday.");
    only(&g, "08", "081", Polarity::Asserted);
}

#[test]
fn returning_or_handing_over_what_was_seized_is_a_yield() {
    let g = extract("Kenya returned the seized ship to Somalia on Monday.");
    let e = only(&g, "08", "0842", Polarity::Asserted);
    by(&g, &e, "Kenya");
    against(&g, &e, "Somalia");
    let g = extract("Kenya handed over two suspects to Somalia on Monday.");
    let e = only(&g, "08", "084", Polarity::Asserted);
    against(&g, &e, "Somalia");
}

#[test]
fn letting_observers_in_allows_international_involvement() {
    let g = extract("Kenya allowed Somali observers into the area on Monday.");
    let e = only(&g, "08", "086", Polarity::Asserted);
    by(&g, &e, "Kenya");
}

#[test]
fn a_return_named_as_a_topic_is_no_return() {
    let g = extract(
        "The two ministers agreed to set up a working group on the return of cultural artefacts.",
    );
    assert!(events(&g, "08").is_empty(), "{:#?}", g.events);
}

#[test]
fn voicing_support_endorses() {
    let g = extract("Kenya voiced support for the Somali peace plan.");
    let e = only(&g, "05", "051", Polarity::Asserted);
    by(&g, &e, "Kenya");
}

#[test]
fn reaching_an_agreement_and_reaching_none() {
    let g = extract("Kenya and Somalia reached an agreement on the border.");
    let e = only(&g, "05", "057", Polarity::Asserted);
    by(&g, &e, "Kenya");
    by(&g, &e, "Somalia");
    let g = extract("No agreement was reached between Kenya and Somalia.");
    only(&g, "05", "057", Polarity::Negated);
}

#[test]
fn ready_to_host_talks_is_an_offer_to_meet_not_a_meeting() {
    let g = extract("Kenya said it was ready to host talks between the two sides.");
    let e = only(&g, "03", "036", Polarity::Asserted);
    by(&g, &e, "Kenya");
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn willingness_to_cooperate_is_an_intent_voiced_now() {
    let g = extract("Kenya said it was willing to cooperate with Somalia.");
    let e = only(&g, "03", "030", Polarity::Asserted);
    by(&g, &e, "Kenya");
    against(&g, &e, "Somalia");
}

#[test]
fn proposing_joint_patrols_expresses_intent() {
    let g = extract("Kenya proposed joint patrols with Somalia.");
    let e = only(&g, "03", "030", Polarity::Asserted);
    by(&g, &e, "Kenya");
}

#[test]
fn decrying_questioning_and_calling_unfair_are_criticism() {
    let g = extract("Kenya decried the arrests.");
    by(&g, &only(&g, "11", "111", Polarity::Asserted), "Kenya");
    let g = extract("Kenya questioned Somalia's commitment to peace.");
    let e = only(&g, "11", "111", Polarity::Asserted);
    against(&g, &e, "Somalia");
    let g = extract("Kenya called the decision unfair.");
    by(&g, &only(&g, "11", "111", Polarity::Asserted), "Kenya");
}

#[test]
fn questioning_a_crew_is_an_investigation() {
    let g = extract("Kenyan investigators questioned the crew of the ship on Monday.");
    only(&g, "09", "090", Polarity::Asserted);
    assert!(events(&g, "11").is_empty(), "{:#?}", g.events);
}

#[test]
fn launching_an_investigation_is_one() {
    let g = extract("Kenya launched an investigation into the shooting on Monday.");
    by(&g, &only(&g, "09", "090", Polarity::Asserted), "Kenya");
}

#[test]
fn taking_to_the_streets_and_going_on_strike_are_protest() {
    let g = extract("Thousands of Kenyans took to the streets of Nairobi on Monday.");
    only(&g, "14", "141", Polarity::Asserted);
    let g = extract("Kenyan teachers went on strike on Monday.");
    only(&g, "14", "143", Polarity::Asserted);
    let g = extract("Kenyan opposition leader Tomas Reyes began a hunger strike.");
    by(
        &g,
        &only(&g, "14", "142", Polarity::Asserted),
        "Tomas Reyes",
    );
}

#[test]
fn boycotting_a_vote_is_protest_and_boycotting_goods_is_a_sanction() {
    let g = extract("Kenyan opposition parties boycotted the vote.");
    only(&g, "14", "143", Polarity::Asserted);
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
    let g = extract("Kenya boycotted Somali goods after the raid.");
    assert!(events(&g, "14").is_empty(), "{:#?}", g.events);
}

#[test]
fn vetoing_and_denying_a_request_are_rejections() {
    let g = extract("Kenya vetoed the resolution.");
    by(&g, &only(&g, "12", "129", Polarity::Asserted), "Kenya");
    let g = extract("Kenya denied Somalia's request for extradition.");
    let e = only(&g, "12", "120", Polarity::Asserted);
    against(&g, &e, "Somalia");
    assert!(events(&g, "01").is_empty(), "{:#?}", g.events);
}

#[test]
fn what_a_demand_asks_for_has_not_happened() {
    let g = extract("Kenya demanded that Somalia release the prisoners.");
    let e = only(&g, "10", "100", Polarity::Asserted);
    by(&g, &e, "Kenya");
    assert!(events(&g, "08").is_empty(), "{:#?}", g.events);
}

#[test]
fn alerts_and_exercises_show_force() {
    let g = extract("Kenya put its troops on high alert on Monday.");
    by(&g, &only(&g, "15", "150", Polarity::Asserted), "Kenya");
    let g = extract("Kenya held naval exercises off Lamu on Monday.");
    by(&g, &only(&g, "15", "150", Polarity::Asserted), "Kenya");
}

/// CAMEO 062 names joint exercises and drills: cooperation between the parties, not a show
/// of force aimed at someone.
#[test]
fn joint_exercises_are_military_cooperation() {
    let g = extract("Kenya and Somalia conducted joint naval exercises on Monday.");
    let e = only(&g, "06", "062", Polarity::Asserted);
    by(&g, &e, "Somalia");
    against(&g, &e, "Kenya");
    assert!(events(&g, "15").is_empty(), "{:#?}", g.events);
}

#[test]
fn exercises_an_agreement_is_about_are_no_show_of_force() {
    let g =
        extract("Kenya signed an agreement with Somalia on joint military exercises next year.");
    only(&g, "05", "057", Polarity::Asserted);
    assert!(events(&g, "15").is_empty(), "{:#?}", g.events);
}

#[test]
fn providing_aid_and_granting_loans_are_aid() {
    let g = extract("Kenya provided food aid to Somalia.");
    let e = only(&g, "07", "070", Polarity::Asserted);
    against(&g, &e, "Somalia");
    let g = extract("Kenya granted Somalia a $50 million loan.");
    let e = only(&g, "07", "071", Polarity::Asserted);
    by(&g, &e, "Kenya");
    against(&g, &e, "Somalia");
}

#[test]
fn a_body_meeting_as_the_setting_is_no_consultation() {
    let g = extract("The resolution was adopted at a meeting of the Security Council on Monday.");
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
    let g = extract("Kenya and Somalia held a meeting in Mogadishu on Monday.");
    by(&g, &only(&g, "04", "040", Polarity::Asserted), "Kenya");
}

#[test]
fn a_central_bank_s_rate_meeting_is_its_routine() {
    let g = extract(
        "The Central Bank of Kenya kept its main rate at 9 percent on Tuesday. The bank's next \
         rate meeting is on July 30.",
    );
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
    let g = extract(
        "The Central Bank of Kenya kept its main rate at 9 percent on Tuesday. The bank's next \
         policy meeting is scheduled for July 30.",
    );
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_veto_named_again_is_no_new_veto() {
    let g = extract("Kenya called the veto at a meeting of the Security Council unfair.");
    assert!(events(&g, "12").is_empty(), "{:#?}", g.events);
}

#[test]
fn declaring_a_diplomat_persona_non_grata_expels_him() {
    let g = extract("Kenya declared a Somali diplomat persona non grata on Monday.");
    let e = only(&g, "17", "174", Polarity::Asserted);
    by(&g, &e, "Kenya");
}

#[test]
fn receiving_a_visitor_hosts_the_visit_in_either_voice() {
    let g = extract(
        "Kenyan President Ana Rojas received Somali Foreign Minister Luis Vega in Nairobi on Monday.",
    );
    let e = only(&g, "04", "043", Polarity::Asserted);
    by(&g, &e, "Ana Rojas");
    against(&g, &e, "Luis Vega");
    let g = extract(
        "Kenyan Foreign Minister Tomas Reyes was received by Somali President Luis Vega on Monday.",
    );
    let e = only(&g, "04", "043", Polarity::Asserted);
    by(&g, &e, "Luis Vega");
    against(&g, &e, "Tomas Reyes");
}

#[test]
fn pleading_and_issuing_an_appeal_are_appeals() {
    let g = extract("Kenya pleaded with Somalia to release the prisoners.");
    let e = only(&g, "02", "020", Polarity::Asserted);
    by(&g, &e, "Kenya");
    against(&g, &e, "Somalia");
    let g = extract("The Red Cross issued an appeal for calm in Mogadishu.");
    by(&g, &only(&g, "02", "020", Polarity::Asserted), "Red Cross");
}

#[test]
fn declining_an_invitation_and_ruling_out_talks_are_rejections() {
    let g = extract("Kenya declined Somalia's invitation to the summit.");
    let e = only(&g, "12", "120", Polarity::Asserted);
    against(&g, &e, "Somalia");
    let g = extract("Kenya ruled out talks with Somalia.");
    let e = only(&g, "12", "120", Polarity::Asserted);
    by(&g, &e, "Kenya");
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
    // Declining to comment stays what it was.
    let g = extract("Kenya declined to comment on the report.");
    assert!(events(&g, "12").is_empty(), "{:#?}", g.events);
}

#[test]
fn refusing_to_meet_is_a_rejection_and_no_negated_meeting() {
    let g = extract("Kenya refused to hold talks with Somalia.");
    by(&g, &only(&g, "12", "120", Polarity::Asserted), "Kenya");
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
    // Failing to agree is an agreement that did not happen.
    let g = extract("Kenya failed to reach an agreement with Somalia.");
    only(&g, "05", "057", Polarity::Negated);
}

#[test]
fn days_of_talks_are_talks_held() {
    let g = extract("Kenya and Somalia held two days of talks in Nairobi.");
    let e = only(&g, "04", "040", Polarity::Asserted);
    by(&g, &e, "Kenya");
    by(&g, &e, "Somalia");
}

#[test]
fn refusing_to_comment_or_to_name_is_declining_comment() {
    for text in [
        "Kenya's foreign ministry would not comment on the report.",
        "Kenya's foreign ministry declined to name the companies.",
        "Kenya's foreign ministry refused to say how many diplomats had left.",
    ] {
        let g = extract(text);
        by(&g, &only(&g, "01", "011", Polarity::Asserted), "Kenya");
    }
    // Saying nothing, with no refusal reported, is a statement not made.
    let g = extract("Kenya's foreign ministry has not said whether it will appeal.");
    only(&g, "01", "010", Polarity::Negated);
}
