//! Polarity read from the grammar around a trigger: what keeps an act from happening, what
//! puts it in the future, and where that reach stops. Each class has a case it must not touch.

mod common;

use common::{events, extract_on, has_source, has_target, only, only_coded};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

/// The polarities of the events of this CAMEO root, in text order.
fn polarities(text: &str, root: &str) -> Vec<Polarity> {
    let g = extract(text);
    let e = events(&g, root);
    assert!(
        !e.is_empty(),
        "no {root} event in {text:?}: {:#?}",
        g.events
    );
    e.iter().map(|e| e.polarity).collect()
}

#[test]
fn modal_negation_and_report_are_told_apart() {
    use Polarity::*;
    let would_not = "Ana Lind said she would not meet Peter Berg in Lima.";
    assert_eq!(polarities(would_not, "04"), [Unrealised]);
    assert_eq!(
        polarities("Ana Lind did not meet Peter Berg in Lima.", "04"),
        [Negated]
    );
    let reported = "Ana Lind met Peter Berg in Lima, she said.";
    assert_eq!(polarities(reported, "04"), [Asserted]);
}

#[test]
fn an_act_kept_from_happening_is_negated() {
    let stopped = "Police stopped the protesters from marching to the ministry on Monday.";
    assert_eq!(polarities(stopped, "14"), [Polarity::Negated]);
    let prevented = "Soldiers prevented the farmers from blocking the main road.";
    assert!(polarities(prevented, "14").contains(&Polarity::Negated));
    // "from" as a preposition of place keeps the march real.
    let marched = "The protesters marched from the station to the ministry on Monday.";
    assert_eq!(polarities(marched, "14"), [Polarity::Asserted]);
}

#[test]
fn a_subject_naming_neither_is_negated() {
    let neither = "Police said on Monday that neither minister had been arrested.";
    assert_eq!(polarities(neither, "17"), [Polarity::Negated]);
    let both = "Police said on Monday that both ministers had been arrested.";
    assert_eq!(polarities(both, "17"), [Polarity::Asserted]);
}

#[test]
fn what_someone_is_likely_to_do_is_unrealised() {
    let likely = "Analysts said the Labour Party was likely to demand the interior ministry.";
    assert_eq!(polarities(likely, "10"), [Polarity::Unrealised]);
    let done = "The Labour Party demanded the interior ministry on Monday.";
    assert_eq!(polarities(done, "10"), [Polarity::Asserted]);
}

#[test]
fn talks_due_to_resume_are_unrealised() {
    let due = "Talks between Kenya and Somalia were due to resume in March.";
    assert_eq!(polarities(due, "04"), [Polarity::Unrealised]);
    // "due to" as "because of" on a noun says nothing of the schedule.
    let because = "Talks between Kenya and Somalia resumed on Monday due to pressure from donors.";
    assert_eq!(polarities(because, "04"), [Polarity::Asserted]);
}

#[test]
fn a_past_verb_beside_a_modal_adjective_is_its_own_clause() {
    let urged = "Wang Lei said the sanctions should not become permanent and urged Norway to \
                 lift them.";
    assert_eq!(polarities(urged, "02"), [Polarity::Asserted]);
    let would = "Wang Lei said he would urge Norway to lift the sanctions.";
    assert_eq!(polarities(would, "02"), [Polarity::Unrealised]);
}

#[test]
fn a_past_verb_parsed_under_set_up_is_no_plan() {
    let after = "Japan is one of 11 countries in the monitoring team, set up in October 2024 \
                 after Russia vetoed the renewal of a United Nations panel of experts.";
    assert_eq!(polarities(after, "12"), [Polarity::Asserted]);
    let set_to = "Russia is set to veto the renewal of a United Nations panel of experts.";
    assert_eq!(polarities(set_to, "12"), [Polarity::Unrealised]);
}

#[test]
fn a_voiced_intent_is_asserted_or_denied_never_to_come() {
    use Polarity::*;
    let promised = "Ana Lind said she would promise Peter Berg a new road.";
    assert_eq!(polarities(promised, "03"), [Asserted]);
    let refused = "Ana Lind said she could not promise Peter Berg a new road.";
    assert_eq!(polarities(refused, "03"), [Negated]);
}

#[test]
fn an_intent_to_meet_still_to_come_is_the_meeting_to_come() {
    use Polarity::*;
    let text =
        "Ana Lind told reporters in Lima that she would invite Peter Berg to talks on Friday.";
    let g = extract(text);
    assert!(events(&g, "03").is_empty(), "{:#?}", g.events);
    assert_eq!(polarities(text, "04"), [Unrealised]);
    // Done, the invitation is the intent voiced.
    let done = "Ana Lind invited Peter Berg to talks on Friday.";
    assert_eq!(polarities(done, "03"), [Asserted]);
}

#[test]
fn an_agreement_still_to_come_is_the_act_to_come() {
    use Polarity::*;
    let text = "Ana Lind said Peru would agree to host talks between Chile and Bolivia.";
    let g = extract(text);
    assert!(events(&g, "03").is_empty(), "{:#?}", g.events);
    assert!(polarities(text, "04").contains(&Unrealised));
    // Done, the agreement is the intent voiced.
    let done = "Ana Lind said Peru had agreed to host talks between Chile and Bolivia.";
    assert_eq!(polarities(done, "03"), [Asserted]);
}

/// A verb joined to a modal one but with its own tensed "had" is told as done: the "would"
/// is the first verb's, not the second's.
#[test]
fn a_joined_verb_with_its_own_had_is_done() {
    let text = "The Maltese government said it would cooperate with investigators and had \
                suspended two port officials on Tuesday.";
    assert_eq!(polarities(text, "17"), [Polarity::Asserted]);
}

/// What comes after "without" did not happen; the act beside it did.
#[test]
fn an_act_after_without_is_negated() {
    use Polarity::*;
    let text = "Police in Oslo questioned two Norwegian port officials on Monday and released \
                them on bail without being charged.";
    assert_eq!(polarities(text, "17"), [Negated]);
    let charged = "Police in Oslo questioned two Norwegian port officials on Monday and charged \
                   them with fraud.";
    assert_eq!(polarities(charged, "17"), [Asserted]);
}

/// A bare "neither", or one opening "neither ... nor", names no one who underwent the act.
#[test]
fn a_bare_neither_is_negated() {
    use Polarity::*;
    let bare = "Police in Lima arrested two Peruvian officials on Monday. Neither has been \
                charged.";
    assert_eq!(polarities(bare, "17"), [Asserted, Negated]);
    let paired = "Neither the Peruvian army nor the rebels have been charged, Ana Lind said.";
    assert_eq!(polarities(paired, "17"), [Negated]);
}

/// A clause on a plan noun with its own subject and past verb tells what was done to the
/// plan ("a decision that the prosecutors appealed"); with "to" it is the plan itself.
#[test]
fn a_tensed_clause_on_a_plan_noun_is_done() {
    use Polarity::*;
    let appealed = "A court in Oslo later dismissed the case against the officers, a decision \
                    that Norwegian prosecutors appealed.";
    assert_eq!(polarities(appealed, "11"), [Asserted]);
    let planned = "Peru announced a decision to expel the Chilean ambassador.";
    assert_eq!(polarities(planned, "17"), [Unrealised]);
}

/// "The bureau said more arrests were likely": the speaker foresees acts of its own, still
/// to come. Without "more", "further" or "new" nothing is counted as to come.
#[test]
fn more_acts_foreseen_by_a_speaker_are_theirs_and_unrealised() {
    let g = extract("The Peruvian anti-corruption bureau said more arrests were likely.");
    let e = only(&g, "17");
    assert_eq!(e.polarity, Polarity::Unrealised);
    assert!(!e.sources.is_empty(), "{e:#?}");
    let g = extract("The European Union said more sanctions against Belarus were possible.");
    let e = only(&g, "16");
    assert_eq!(e.polarity, Polarity::Unrealised);
    assert!(has_source(&g, e, "European Union"), "{:#?}", g.events);
    assert!(has_target(&g, e, "Belarus"), "{:#?}", g.events);
    let bare = extract("The European Union said sanctions against Belarus were possible.");
    assert!(events(&bare, "16").is_empty(), "{:#?}", bare.events);
}

/// "Has yet to sign" has not signed so far and still may: the act is to come.
#[test]
fn an_act_yet_to_come_is_unrealised() {
    use Polarity::*;
    let yet = "Peru and Chile have yet to sign the border treaty.";
    assert_eq!(polarities(yet, "05"), [Unrealised]);
    let signed = "Peru and Chile signed the border treaty on Monday.";
    assert_eq!(polarities(signed, "05"), [Asserted]);
}

#[test]
fn arrests_denied_outright_are_the_forces_negated_act() {
    // Beside the fine the officers did impose, the arrests they did not make.
    let fined =
        "Police in Tartu said officers had fined nine drivers for speeding but made no arrests.";
    let g = extract(fined);
    assert_eq!(only_coded(&g, "172").polarity, Polarity::Asserted);
    let none = only_coded(&g, "173");
    assert_eq!(none.polarity, Polarity::Negated);
    assert!(has_source(&g, none, "police"), "{none:#?}");
    let made = "Police said the crowd left the square by nightfall and no arrests were made.";
    assert_eq!(polarities(made, "17"), [Polarity::Negated]);
    let without =
        "The rally outside the Tartu town hall ended peacefully without arrests, police said.";
    assert_eq!(polarities(without, "17"), [Polarity::Negated]);
    // An arrest told before and named again is not denied by a silence about it.
    let mentioned =
        "Police in Tartu detained four men on Sunday. The mayor did not mention the arrests.";
    assert_eq!(polarities(mentioned, "17"), [Polarity::Asserted]);
}

#[test]
fn a_phrase_with_no_inside_is_the_phrase_denied() {
    use Polarity::*;
    let no_deal = "The foreign ministers of Peru and Chile met in Arica on Friday but reached no deal on water rights.";
    assert_eq!(polarities(no_deal, "04"), [Asserted]);
    assert_eq!(polarities(no_deal, "05"), [Negated]);
    // A phrase listed with its "no" keeps its own reading.
    let reason = "Police in Tartu detained four men on Sunday but gave no reason.";
    assert!(polarities(reason, "01").contains(&Negated));
}

#[test]
fn neither_of_those_held_names_whom_no_charge_reached() {
    let text = "Albanian police detained Arben Hoxha and Besnik Dervishi in Durres on Monday. \
                Neither man has been charged.";
    let g = extract(text);
    let charge = (g.events.iter())
        .find(|e| e.cameo.root() == "17" && e.polarity == Polarity::Negated)
        .unwrap_or_else(|| panic!("{:#?}", g.events));
    assert!(has_target(&g, charge, "Arben Hoxha"), "{charge:#?}");
    assert!(has_target(&g, charge, "Besnik Dervishi"), "{charge:#?}");
    // "No one" names no set: it is not those held before.
    let nobody = "Albanian police detained Arben Hoxha and Besnik Dervishi in Durres on Monday. \
                  No one else was arrested.";
    let g = extract(nobody);
    let denied = (g.events.iter()).find(|e| e.polarity == Polarity::Negated);
    assert!(
        denied.is_none_or(|e| e.targets.is_empty()),
        "{:#?}",
        g.events
    );
}

#[test]
fn force_not_used_is_not_used_on_the_storys_crowd() {
    let text = "Several thousand protesters marched through Tirana on Saturday against a new \
                mining law. Albanian police did not use tear gas, and the march ended \
                peacefully by evening, the police said.";
    let g = extract(text);
    let unused = only_coded(&g, "175");
    assert_eq!(unused.polarity, Polarity::Negated);
    assert!(has_target(&g, unused, "protesters"), "{unused:#?}");
}
