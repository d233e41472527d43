//! Qualified group names (twenty-first session): the words before a group's noun that pick
//! some of its kind out ("other unions", "some economists", "jailed separatist leaders", "at
//! least 100 more detainees", "two other suspects", "71 of the 126 members") make one of its
//! names, as its count does; a verb done
//! by a subject before the people ("Soldiers detained protesters") does not. Every sentence
//! is written for these tests.

mod common;

use common::{extract_on, groups, named};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-12-01"))
}

#[test]
fn a_selector_before_the_group_is_part_of_a_name() {
    let g = extract(
        "The dockers' union said its members and other unions would march on the port \
         authority in Dorvale on Friday.",
    );
    assert!(named(&g, "other unions"), "{:?}", groups(&g));
    assert!(named(&g, "unions"), "{:?}", groups(&g));
}

#[test]
fn a_participle_before_the_group_is_part_of_a_name() {
    let g = extract(
        "The Harbour Front urged the government to free jailed separatist leaders held in \
         Dorvale.",
    );
    assert!(named(&g, "jailed separatist leaders"), "{:?}", groups(&g));
}

#[test]
fn more_with_its_count_is_part_of_a_name() {
    let g = extract(
        "The rebels accused the army of holding at least 100 more detainees in secret jails \
         near Dorvale.",
    );
    assert!(named(&g, "at least 100 more detainees"), "{:?}", groups(&g));
    assert!(
        !named(&g, "holding at least 100 more detainees"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn a_deed_before_the_people_is_no_part_of_their_name() {
    let g = extract("Soldiers detained protesters outside the ministry in Dorvale on Monday.");
    assert!(named(&g, "protesters"), "{:?}", groups(&g));
    assert!(!named(&g, "detained protesters"), "{:?}", groups(&g));
}

#[test]
fn a_count_of_the_group_names_the_part_it_takes() {
    let g = extract(
        "The motion was backed by 71 of the 126 members of the Dorvale National Assembly on \
         Tuesday.",
    );
    assert!(
        named(&g, "71 of the 126 members of the Dorvale National Assembly"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn one_of_the_group_is_no_part_named_so() {
    let g = extract(
        "The motion was backed by one of the 126 members of the Dorvale National Assembly on \
         Tuesday.",
    );
    assert!(
        !named(
            &g,
            "one of the 126 members of the Dorvale National Assembly"
        ),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn some_before_the_group_is_part_of_a_name() {
    let g = extract(
        "Some economists said the Bank of Dorvale would cut its main rate again in June, \
         after inflation slowed for a third month.",
    );
    assert!(named(&g, "Some economists"), "{:?}", groups(&g));
}

#[test]
fn some_before_a_figure_hedges_the_count() {
    let g =
        extract("Some 300 farmers blocked the main road into Dorvale on Monday, the police said.");
    assert!(named(&g, "Some 300 farmers"), "{:?}", groups(&g));
    assert!(!named(&g, "Some 300"), "{:?}", groups(&g));
}

#[test]
fn people_sent_by_both_countries_are_a_group_named_with_them() {
    let g = extract(
        "Norway and Iceland agreed on Monday to share fishing data. Officials from both \
         countries will meet in Reykjavik in March, and transport ministers from the two \
         countries will present a ferry plan.",
    );
    assert!(
        named(&g, "Officials from both countries"),
        "{:?}",
        groups(&g)
    );
    assert!(
        named(&g, "transport ministers from the two countries"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn goods_from_both_countries_are_no_group() {
    let g = extract(
        "Norway and Iceland agreed on Monday to share fishing data. Imports from both \
         countries fell by a tenth last year, officials said.",
    );
    assert!(
        !named(&g, "Imports from both countries"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn the_words_that_tell_which_parties_name_them() {
    let g = extract(
        "Three opposition parties accused the Harbour Front of buying votes in Dorvale, and \
         the Dorvale-based parties said they would boycott the count.",
    );
    assert!(named(&g, "Three opposition parties"), "{:?}", groups(&g));
    assert!(named(&g, "Dorvale-based parties"), "{:?}", groups(&g));
    assert!(!named(&g, "parties"), "{:?}", groups(&g));
}

#[test]
fn a_kind_of_parties_opening_the_sentence_names_them() {
    let g = extract(
        "Opposition parties marched through Dorvale on Friday to demand a recount of the \
         vote.",
    );
    assert!(named(&g, "Opposition parties"), "{:?}", groups(&g));
}

#[test]
fn no_parties_of_a_kind_are_no_group() {
    let g = extract(
        "The island has no political parties, and opposition parties in Dorvale said on \
         Friday that its 16 members of parliament should choose a prime minister.",
    );
    assert!(named(&g, "opposition parties"), "{:?}", groups(&g));
    assert!(!named(&g, "political parties"), "{:?}", groups(&g));
}

#[test]
fn a_body_of_people_gathered_as_one_is_part_of_a_name() {
    let g = extract(
        "A crowd of protesters blocked the bridge into Dorvale on Friday, and the Harbour \
         Front sent a brigade of 25 doctors to the town.",
    );
    assert!(named(&g, "A crowd of protesters"), "{:?}", groups(&g));
    assert!(named(&g, "a brigade of 25 doctors"), "{:?}", groups(&g));
}

#[test]
fn a_hedged_count_names_the_group_without_its_hedge_too() {
    let g = extract(
        "About 250 farmers from the Dorvale Growers Federation blocked the road into Dorvale \
         on Tuesday.",
    );
    assert!(
        named(&g, "250 farmers from the Dorvale Growers Federation"),
        "{:?}",
        groups(&g)
    );
    assert!(
        named(&g, "About 250 farmers from the Dorvale Growers Federation"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn the_noun_after_a_named_workplace_ends_the_group_name() {
    let g = extract("Workers at the Orvane cement plant walked out on Monday over unpaid wages.");
    assert!(
        named(&g, "Workers at the Orvane cement plant"),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn a_possessor_before_the_body_stays_inside_the_group_name() {
    let g = extract(
        "Opposition leader Joseph Halvard was jailed last week. Supporters of Halvard's Unity \
         Front marched through Dorvale on Saturday.",
    );
    assert!(
        named(&g, "Supporters of Halvard's Unity Front"),
        "{:?}",
        groups(&g)
    );
}
