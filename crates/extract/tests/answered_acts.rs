//! Whom an answer is aimed at, and who acts when a speaker names their own body: a denial
//! of "the charge" answers the accuser, and with no accusation coded the latest claim
//! another actor made; a welcome of "the releases" or "the rate cut" the
//! one who freed or cut, "the decision" of "Turkey's central bank" is the bank's, and
//! "X said the ministry had summoned ..." is X's ministry's act; a note handed in a verb
//! joined to another is from that verb's subject; "the rebels" are the movement named as
//! "M23 fighters"; no reply "to the accusation" or "to the invitation" goes to the accuser or
//! the one who invited; a welcome of "the exchange" goes to both sides that freed prisoners;
//! a welcome of "the inquiry" the one who searched or questioned. One test per mechanism;
//! sentences written for these tests, names made up or common.

mod common;

use common::{extract_on, has_source, has_target, only, only_coded};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn denying_the_charge_is_aimed_at_the_accuser() {
    let g = extract(
        "The opposition Freedom Alliance accused the ruling party of buying votes. Interior \
         Minister Jan Berg denied the charge.",
    );
    let e = only_coded(&g, "016");
    assert!(has_source(&g, e, "Jan Berg"), "{e:#?}");
    assert!(has_target(&g, e, "Freedom Alliance"), "{e:#?}");
}

#[test]
fn denying_the_reports_answers_whoever_made_them() {
    let g = extract(
        "The National Human Rights Commission said soldiers had burned ten homes in the \
         village of Mora. The army denied the reports.",
    );
    let e = only_coded(&g, "016");
    assert!(
        has_target(&g, e, "National Human Rights Commission"),
        "{e:#?}"
    );
}

#[test]
fn a_claim_told_long_before_is_not_what_a_denial_answers() {
    let g = extract(
        "The National Human Rights Commission said soldiers had burned ten homes in the \
         village of Mora. Heavy rain closed the main road to the north. Schools in the \
         region stayed shut for a second week. The army denied any wrongdoing.",
    );
    let e = only_coded(&g, "016");
    assert!(e.targets.is_empty(), "{e:#?}");
}

#[test]
fn a_denied_charge_is_the_accusation_not_a_later_lawsuit() {
    // The lawsuit between them shares the accusation's root; its spokesman made no charge.
    let g = extract(
        "The opposition Unity Coalition accused the ruling party of buying votes. Its \
         spokesman, Jan Berg, said the coalition would challenge the results in court. \
         Interior Minister Ana Lind denied the charge.",
    );
    let e = only_coded(&g, "016");
    assert!(has_target(&g, e, "Unity Coalition"), "{e:#?}");
    assert!(!has_target(&g, e, "Jan Berg"), "{e:#?}");
}

#[test]
fn welcoming_the_releases_is_aimed_at_whoever_freed_them() {
    let g = extract(
        "Belarus freed 20 political prisoners on Monday. Opposition leader Anna Lind welcomed \
         the releases.",
    );
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Anna Lind"), "{e:#?}");
    assert!(has_target(&g, e, "Belarus"), "{e:#?}");
}

#[test]
fn a_decision_is_the_owned_bodys_not_its_owners() {
    let g = extract(
        "Turkey's central bank cut its benchmark rate to 38 percent on Thursday. Finance \
         Minister Ayse Karaca welcomed the decision.",
    );
    let e = only(&g, "05");
    assert!(has_target(&g, e, "Turkey's central bank"), "{e:#?}");
    assert!(!has_target(&g, e, "Türkiye"), "{e:#?}");
}

#[test]
fn a_rate_cut_is_the_central_banks_even_a_sentence_away() {
    // The minister named in between did not move the rate.
    let g = extract(
        "The Bank of Ghana cut its main interest rate by two points on Thursday. Trade \
         Minister Ama Owusu accused the United States of breaking a trade agreement. Finance \
         Minister Kwame Mensah welcomed the rate cut.",
    );
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Kwame Mensah"), "{e:#?}");
    assert!(has_target(&g, e, "Bank of Ghana"), "{e:#?}");
    assert!(!has_target(&g, e, "Ama Owusu"), "{e:#?}");
}

#[test]
fn a_spokeswoman_saying_the_ministry_acted_gives_her_body_as_the_actor() {
    let g = extract(
        "Foreign Office spokeswoman Lena Varga said the ministry had summoned the Serbian \
         ambassador.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Foreign Office"), "{e:#?}");
    assert!(has_target(&g, e, "Serbia"), "{e:#?}");
}

#[test]
fn a_spokesman_saying_the_coalition_will_act_gives_the_coalition_as_the_actor() {
    let g = extract(
        "The opposition Unity Coalition accused the government of fraud. Its spokesman, Jan \
         Berg, said the coalition would boycott parliament.",
    );
    let e = only(&g, "14");
    assert!(has_source(&g, e, "Unity Coalition"), "{e:#?}");
}

#[test]
fn a_note_handed_in_a_second_verb_is_from_the_first_verbs_subject() {
    let g = extract(
        "Kenya recalled its ambassador to Uganda on Friday and handed a protest note to the \
         Ugandan envoy.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Kenya"), "{e:#?}");
    assert!(has_target(&g, e, "Uganda"), "{e:#?}");
}

#[test]
fn the_rebels_are_the_movement_named_with_that_noun_before() {
    let g = extract(
        "M23 fighters seized the town of Goma in January. On Monday the rebels freed 31 \
         Congolese soldiers, the Red Cross said.",
    );
    let e = only(&g, "08");
    assert!(has_source(&g, e, "M23"), "{e:#?}");
}

#[test]
fn unnamed_gunmen_stay_unnamed() {
    // No movement is named with the noun: nothing joins the militants.
    let g = extract(
        "Gunmen attacked a market in the north on Sunday. On Monday the militants killed four \
         farmers, police said.",
    );
    for e in &g.events {
        assert!(e.sources.len() <= 1, "{e:#?}");
    }
}

#[test]
fn no_reply_to_the_accusation_is_aimed_at_the_accuser() {
    let g = extract(
        "The Northern Alliance accused the government of shelling its villages. The \
         government did not reply to the accusation.",
    );
    let e = only_coded(&g, "010");
    assert!(has_target(&g, e, "Northern Alliance"), "{e:#?}");
}

#[test]
fn no_reply_to_the_invitation_is_aimed_at_whoever_invited() {
    // The meeting the invitation proposes is the guest's; the invitation is the host's.
    let g = extract(
        "Opposition leader Paulo Mendes invited President Rui Sanca to meet him this week. \
         The Workers' Party did not respond to the invitation.",
    );
    let e = only_coded(&g, "010");
    assert!(has_target(&g, e, "Paulo Mendes"), "{e:#?}");
    assert!(!has_target(&g, e, "Rui Sanca"), "{e:#?}");
}

#[test]
fn no_reply_to_a_request_for_comment_is_aimed_at_no_one() {
    // The request is the reporter's, not the act of anyone the story names before.
    let g = extract(
        "The Northern Alliance accused the government of shelling its villages. The \
         government did not respond to a request for comment.",
    );
    let e = only_coded(&g, "010");
    assert!(!has_target(&g, e, "Northern Alliance"), "{e:#?}");
}

#[test]
fn welcoming_the_exchange_is_aimed_at_both_sides_that_freed_prisoners() {
    let g = extract(
        "The Northern Alliance freed 40 soldiers on Friday. In return, the government of \
         Valdoria released 60 rebel fighters. Canada welcomed the exchange.",
    );
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Canada"), "{e:#?}");
    assert!(has_target(&g, e, "Northern Alliance"), "{e:#?}");
}

#[test]
fn condemning_an_exchange_of_fire_is_not_aimed_at_those_who_freed_prisoners() {
    // "of fire" makes it shooting, not a swap: not both sides of the two releases.
    let g = extract(
        "The Northern Alliance freed 40 soldiers on Friday. The government of Valdoria \
         released 60 rebel fighters on Saturday. Canada condemned the exchange of fire.",
    );
    let e = only(&g, "11");
    assert!(!has_target(&g, e, "Northern Alliance"), "{e:#?}");
}

#[test]
fn welcoming_the_inquiry_is_aimed_at_whoever_searched() {
    let g = extract(
        "The Anti-Fraud Office searched the offices of Baltic Grain on Monday. The \
         company's chairman, Karl Lund, said he welcomed the inquiry.",
    );
    let e = only_coded(&g, "051");
    assert!(has_source(&g, e, "Karl Lund"), "{e:#?}");
    assert!(has_target(&g, e, "Anti-Fraud Office"), "{e:#?}");
}

#[test]
fn welcoming_the_inquiry_is_not_aimed_at_those_who_only_met() {
    // A meeting is no part of an inquiry.
    let g = extract(
        "Officials of the Anti-Fraud Office met managers of Baltic Grain on Monday. The \
         company's chairman, Karl Lund, said he welcomed the inquiry.",
    );
    let e = only_coded(&g, "051");
    assert!(!has_target(&g, e, "Anti-Fraud Office"), "{e:#?}");
}
