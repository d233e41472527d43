//! Who acts when the subject carries a modifier that names another actor: a relative clause
//! set off by commas ("X, which Y fined last year, criticised ...", where the parser joins
//! the main verb to the clause), a partner or helper added with "supported by" or "with"
//! right before the verb, and a reaction to "what he called an attack", which is aimed at
//! whoever carried the attack out. Also who acts in a speaker's reported plan whose subject
//! names no one ("said the defence would take the case to ...", "said it would ...") and
//! where violence at a protest is aimed. Sentences written for these tests, names made up
//! or common.

mod common;

use common::{extract_on, has_source, has_target, only, only_coded};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn the_noun_a_closed_relative_clause_describes_is_the_subject_not_the_clause_s_subject() {
    let g = extract("Greenpeace, which Norway fined last year, criticised the drilling plan.");
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Greenpeace"), "{e:#?}");
    assert!(!has_source(&g, e, "Norway"), "{e:#?}");
}

#[test]
fn a_main_verb_read_as_an_unmarked_clause_after_a_relative_clause_has_the_noun_as_subject() {
    let g = extract(
        "The Arab League, which Libya left in March along with Tunisia, offered to mediate \
         between the two neighbours.",
    );
    let e = only(&g, "03");
    assert!(has_source(&g, e, "Arab League"), "{e:#?}");
    assert!(!has_source(&g, e, "Libya"), "{e:#?}");
    assert!(!has_source(&g, e, "Tunisia"), "{e:#?}");
}

#[test]
fn a_helper_named_after_supported_by_before_the_verb_is_not_its_subject() {
    let g =
        extract("Nigerian police supported by Chadian troops raided a hideout used by Boko Haram.");
    let e = only(&g, "17");
    assert!(has_source(&g, e, "Nigerian police"), "{e:#?}");
    assert!(!has_source(&g, e, "Chadian troops"), "{e:#?}");
}

#[test]
fn condemning_what_someone_called_an_attack_is_aimed_at_the_attackers() {
    let g = extract(
        "Boko Haram fighters attacked a military base in Borno state on Sunday, the army \
         said.\n\nChadian troops sent two helicopters to the area.\n\nPresident Bola Tinubu \
         condemned what he called a barbaric attack.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Bola Tinubu"), "{e:#?}");
    assert!(has_target(&g, e, "Boko Haram"), "{e:#?}");
    assert!(!has_target(&g, e, "Chadian troops"), "{e:#?}");
}

#[test]
fn violence_at_a_protest_is_aimed_at_the_police_not_the_government() {
    let g = extract(
        "Thousands of nurses marched through Lima on Monday against the government's budget \
         cuts.\n\nPeruvian police fired tear gas after some protesters threw stones and \
         burned tyres.",
    );
    let e = only_coded(&g, "145");
    assert!(has_target(&g, e, "Peruvian police"), "{e:#?}");
    assert!(!has_target(&g, e, "Peruvian government"), "{e:#?}");
}

#[test]
fn a_speaker_s_own_body_named_by_a_common_word_in_the_reported_clause_is_the_speaker() {
    let g = extract(
        "A lawyer for the journalist, Ana Ferreira, said the defence would take the case to \
         the European Court of Human Rights.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Ana Ferreira"), "{e:#?}");
    assert!(
        has_target(&g, e, "European Court of Human Rights"),
        "{e:#?}"
    );
}

#[test]
fn a_pronoun_subject_of_a_speaker_s_reported_plan_is_the_speaker() {
    let g = extract(
        "Dragan Ilić, who leads the Serbian Renewal Movement, said they would appeal to the \
         Constitutional Court against the ban.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Dragan Ilić"), "{e:#?}");
}
