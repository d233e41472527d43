//! Polarity where the parse loses the word that decides it: "is due to visit" read with
//! "due" as a subject, a long subject before "are due to start", a purpose clause hung on a
//! time word or on the saying verb after the clause, a noun the tagger read as a verb under
//! "did not make". Each rule has a sentence it must leave alone.

mod common;

use common::{extract_on, has_source, has_target, only, only_coded};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

/// The polarity of the one event with this full CAMEO code.
fn polarity(text: &str, cameo: &str) -> Polarity {
    only_coded(&extract(text), cameo).polarity
}

#[test]
fn due_to_and_a_bare_verb_is_a_schedule() {
    let due = "NAIROBI, Nov 20 (Reuters) - The United Nations envoy for Sudan, Peter Lund, \
               is due to visit Khartoum on Monday to meet army leaders.";
    // The visit made to meet them is told as the meeting (one event, 040).
    assert_eq!(polarity(due, "040"), Polarity::Unrealised);
    let visit = "NAIROBI, Nov 20 (Reuters) - The United Nations envoy for Sudan, Peter Lund, \
                 is due to visit Khartoum on Monday.";
    assert_eq!(polarity(visit, "042"), Polarity::Unrealised);
    // "due to" before a noun is a cause, and the visit happened.
    let cause = "NAIROBI, Nov 20 (Reuters) - The United Nations envoy for Sudan, Peter Lund, \
                 visited Khartoum on Monday due to the fighting.";
    assert_eq!(polarity(cause, "042"), Polarity::Asserted);
}

#[test]
fn a_long_subject_before_due_to_start_is_still_to_come() {
    let due = "NAIROBI, Nov 20 (Reuters) - Talks between unions, farmers and the government \
               on next year's grain price are due to open next week.";
    assert_eq!(polarity(due, "040"), Polarity::Unrealised);
    let opened = "NAIROBI, Nov 20 (Reuters) - Talks between unions, farmers and the government \
                  on next year's grain price opened last week.";
    assert_eq!(polarity(opened, "040"), Polarity::Asserted);
}

#[test]
fn a_purpose_hung_on_a_time_word_shares_the_plan() {
    let expected = "NAIROBI, Nov 20 (Reuters) - The Kenyan President William Otieno is expected \
                    to visit Kampala later this month to meet President Joseph Okello, his \
                    spokesman said.";
    assert_eq!(polarity(expected, "040"), Polarity::Unrealised);
    let visited = "NAIROBI, Nov 20 (Reuters) - The Kenyan President William Otieno visited \
                   Kampala earlier this month to meet President Joseph Okello, his spokesman \
                   said.";
    assert_eq!(polarity(visited, "040"), Polarity::Asserted);
}

#[test]
fn a_purpose_hung_on_the_saying_verb_is_the_reported_clause_s() {
    let will = "NAIROBI, Nov 20 (Reuters) - The island's prime minister, Juma Kariuki, will \
                travel to Nairobi on Thursday to meet his Kenyan counterpart, Paul Mwangi, the \
                government said in a statement.";
    assert_eq!(polarity(will, "040"), Polarity::Unrealised);
    let did = "NAIROBI, Nov 20 (Reuters) - The island's prime minister, Juma Kariuki, \
               travelled to Nairobi on Thursday to meet his Kenyan counterpart, Paul Mwangi, the \
               government said in a statement.";
    assert_eq!(polarity(did, "040"), Polarity::Asserted);
}

#[test]
fn an_act_under_did_not_make_did_not_happen() {
    let not = "NAIROBI, Nov 20 (Reuters) - Riot police did not make arrests there, a spokesman \
               said.";
    assert_eq!(polarity(not, "173"), Polarity::Negated);
    let made = "NAIROBI, Nov 20 (Reuters) - Police made arrests there, the mayor said.";
    assert_eq!(polarity(made, "173"), Polarity::Asserted);
}

#[test]
fn a_purpose_hung_on_a_time_word_is_done_by_the_visitor() {
    // The parse hangs "to meet" on "month"; the meeting is still the president's.
    let g = extract(
        "NAIROBI, Nov 20 (Reuters) - The Kenyan President William Otieno visited Kampala \
         earlier this month to meet President Joseph Okello, his spokesman said.",
    );
    let meet = only(&g, "04");
    assert!(has_source(&g, meet, "William Otieno"), "{meet:#?}");
    assert!(has_target(&g, meet, "Joseph Okello"), "{meet:#?}");
}

#[test]
fn the_one_due_to_visit_is_the_noun_the_copula_hangs_on() {
    // "due" is parsed as the subject of "is"; the envoy's body is the one who visits.
    let g = extract(
        "NAIROBI, Nov 20 (Reuters) - The United Nations envoy for Sudan, Peter Lund, is due to \
         visit Khartoum on Monday.",
    );
    let visit = only(&g, "04");
    assert!(has_source(&g, visit, "United Nations"), "{visit:#?}");
}

#[test]
fn sanctions_in_a_package_due_to_be_adopted_are_still_to_come() {
    let due = "BRUSSELS, Nov 20 (Reuters) - The European Union is due to adopt a new package of \
               sanctions against Belarus next week, diplomats said.";
    assert_eq!(polarity(due, "163"), Polarity::Unrealised);
    let adopted = "BRUSSELS, Nov 20 (Reuters) - The European Union adopted a new package of \
                   sanctions against Belarus on Monday, diplomats said.";
    assert_eq!(polarity(adopted, "163"), Polarity::Asserted);
}
