//! Relations wire copy states in a clause hung on a name: "the X, whose secretary general,
//! Y," (any office of the titles list), "X's owner, Y", "analysts at the X Bank", "the X
//! University in Y", "the X bridge in central Y". Sentences written for these tests; each
//! has a twin the rule must leave alone.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::{ArticleGraph, RelationType};

use RelationType::{LeaderOf, LocatedIn, MemberOf};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn whose_office_of_several_words_names_its_holder() {
    let g = extract(
        "Both islands belong to the Indian Ocean Commission, whose secretary general, Marie \
         Lebon, opened the meeting on Friday.",
    );
    holds(&g, "Marie Lebon", LeaderOf, "Indian Ocean Commission");
}

#[test]
fn whose_office_after_a_short_form_names_its_holder() {
    let g = extract(
        "Both islands belong to the Indian Ocean Commission (IOC), whose secretary general, \
         Marie Lebon, opened the meeting on Friday.",
    );
    holds(&g, "Marie Lebon", LeaderOf, "Indian Ocean Commission");
}

#[test]
fn whose_with_no_office_names_no_holder() {
    let g = extract(
        "Both islands belong to the Indian Ocean Commission, whose members met Marie Lebon \
         on Friday.",
    );
    lacks(&g, "Marie Lebon", LeaderOf, "Indian Ocean Commission");
}

#[test]
fn a_companys_owner_leads_it() {
    let g = extract(
        "Investigators searched the offices of Baltic Amber Logistics on Friday. Baltic Amber \
         Logistics' owner, Tomas Varga, was questioned for six hours.",
    );
    holds(&g, "Tomas Varga", LeaderOf, "Baltic Amber Logistics");
}

#[test]
fn a_customer_of_a_company_does_not_lead_it() {
    let g = extract(
        "Investigators searched the offices of Baltic Amber Logistics on Friday. A customer \
         of Baltic Amber Logistics, Tomas Varga, was questioned for six hours.",
    );
    lacks(&g, "Tomas Varga", LeaderOf, "Baltic Amber Logistics");
}

#[test]
fn analysts_at_a_named_bank_are_its_members() {
    let g = extract(
        "REYKJAVIK, Nov 20 (Wire) - The central bank held its rate on Thursday. Analysts at \
         Nordhaven Bank said they expected a cut in March.",
    );
    holds(&g, "Analysts at Nordhaven Bank", MemberOf, "Nordhaven Bank");
}

#[test]
fn protesters_at_a_named_body_are_not_its_members() {
    let g = extract(
        "REYKJAVIK, Nov 20 (Wire) - The central bank held its rate on Thursday. Protesters at \
         Nordhaven Bank said they would return in March.",
    );
    lacks(&g, "Protesters", MemberOf, "Nordhaven Bank");
}

#[test]
fn a_university_in_a_city_stands_there() {
    let g = extract(
        "Lecturers at the Danube Technical University in Novi Sad said on Friday they would \
         strike until the law was withdrawn.",
    );
    holds(&g, "Danube Technical University", LocatedIn, "Novi Sad");
}

#[test]
fn a_university_official_in_a_city_does_not_place_it() {
    let g = extract(
        "The rector of the Danube Technical University spoke to students in Novi Sad on \
         Friday.",
    );
    lacks(&g, "Danube Technical University", LocatedIn, "Novi Sad");
}

#[test]
fn a_bridge_in_the_centre_of_a_city_stands_in_it() {
    let g = extract(
        "Students blocked the Branko bridge in central Belgrade for six hours on Friday, \
         police said.",
    );
    holds(&g, "Branko bridge", LocatedIn, "Belgrade");
}

#[test]
fn a_bridge_leading_to_a_city_does_not_stand_in_it() {
    let g = extract(
        "Students blocked the Branko bridge on the road to central Belgrade for six hours on \
         Friday, police said.",
    );
    lacks(&g, "Branko bridge", LocatedIn, "Belgrade");
}

#[test]
fn led_by_after_a_short_form_names_the_leader() {
    let g = extract(
        "A monitoring mission of the West Coast Fisheries Council (WCFC), led by former \
         Namibian minister Paulus Haingura, said on Monday the catch limits had been kept.",
    );
    holds(
        &g,
        "Paulus Haingura",
        LeaderOf,
        "mission of the West Coast Fisheries Council",
    );
    lacks(
        &g,
        "Paulus Haingura",
        LeaderOf,
        "West Coast Fisheries Council",
    );
}

#[test]
fn led_by_on_a_noun_before_the_body_leaves_the_body_unled() {
    let g = extract(
        "A delegation from the West Coast Fisheries Council, led by Paulus Haingura, said on Monday the catch limits had been kept.",
    );
    lacks(
        &g,
        "Paulus Haingura",
        LeaderOf,
        "West Coast Fisheries Council",
    );
}

#[test]
fn observers_led_by_a_person_have_that_leader() {
    let g = extract(
        "A team of observers from the Andean Forum, led by former Peruvian foreign minister \
         Rosa Quispe, said voting on Thursday had been orderly.",
    );
    holds(&g, "Rosa Quispe", LeaderOf, "observers");
}

#[test]
fn a_leader_named_after_a_description_of_his_office_leads() {
    let g = extract(
        "A monitoring mission of the Lagoon States Forum (LSF), led by a former Ghanaian chief \
         elections officer, Paulo Mendes, said the count had been orderly.",
    );
    holds(
        &g,
        "Paulo Mendes",
        LeaderOf,
        "mission of the Lagoon States Forum",
    );
    // A description with a name of its own in it is not one person's office.
    let g = extract(
        "A monitoring mission of the Lagoon States Forum (LSF), led by a former minister of \
         Tarvik Telecom, Paulo Mendes, said the count had been orderly.",
    );
    lacks(
        &g,
        "Paulo Mendes",
        LeaderOf,
        "mission of the Lagoon States Forum",
    );
}
