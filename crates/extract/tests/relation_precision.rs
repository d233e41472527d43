//! Relations the rules used to read wrongly in ways that recur across wire stories: a
//! country named once in passing by its adjective, an office "former" held, a "government
//! spokesman" in a story that names the government, and "Its chairman" after a sentence
//! about a party its country owns, or after one naming a body only after its verb; and an
//! office "former" held in a body named before the title. Each negative case has its
//! positive twin. The sentences are written for these tests.

mod common;

use common::{extract_on, has_rel, holds, lacks, type_of};
use newsgraph_model::{ArticleGraph, RelationType};

use RelationType::{LeaderOf, LocatedIn, OfficialOf, SpokespersonOf};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn a_country_named_once_by_its_adjective_holds_no_official() {
    let g = extract(
        "Malawi held a presidential election on Tuesday. An observer mission from the \
         Commonwealth, led by Norwegian lawmaker Ingrid Solbakken, said Malawi's vote was calm \
         and orderly.",
    );
    assert_eq!(type_of(&g, "Norway"), None, "{:#?}", g.entities);
    assert!(
        !g.relations.iter().any(|r| r.predicate == OfficialOf),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_country_named_in_full_keeps_its_official() {
    let g = extract(
        "Malawi held a presidential election on Tuesday. An observer mission from the \
         Commonwealth, led by Norwegian lawmaker Ingrid Solbakken, said the vote was calm. \
         Norway has sent observers to Malawi since 2004.",
    );
    holds(&g, "Ingrid Solbakken", OfficialOf, "Norway");
}

#[test]
fn a_port_of_a_country_named_in_passing_is_not_placed_in_it() {
    let g = extract(
        "Bolivia's state energy company said three tankers would unload diesel at the Peruvian \
         port of Ilo this week. Bolivia imports most of its diesel.",
    );
    assert_eq!(type_of(&g, "Peru"), None, "{:#?}", g.entities);
    assert!(
        !g.relations.iter().any(|r| r.predicate == LocatedIn),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_port_of_a_country_the_story_names_is_placed_in_it() {
    let g = extract(
        "Bolivia's state energy company blamed the fuel shortage on delays at the port of Ilo. \
         Peru said the tankers would unload at Ilo this week.",
    );
    holds(&g, "Ilo", LocatedIn, "Peru");
}

#[test]
fn a_former_minister_of_a_nationality_holds_no_office() {
    let g = extract(
        "Kenya and Uganda agreed to reopen the border on Monday. The talks were chaired by \
         former Kenyan minister Joseph Kamau, who said Kenya would lift the ban.",
    );
    lacks(&g, "Joseph Kamau", OfficialOf, "Kenya");
}

#[test]
fn a_serving_minister_of_a_nationality_holds_the_office() {
    let g = extract(
        "Kenya and Uganda agreed to reopen the border on Monday. The talks were chaired by \
         Kenyan minister Joseph Kamau, who said Kenya would lift the ban.",
    );
    holds(&g, "Joseph Kamau", OfficialOf, "Kenya");
}

/// A Hungarian story in which Anna Varga, described as `who`, welcomes a court ruling.
fn court_judge(who: &str) -> ArticleGraph {
    extract(&format!(
        "BUDAPEST, Nov 20 (Danube Wire) - Hungary's Constitutional Court struck down the \
         media law on Thursday. The ruling was welcomed by {who} Anna Varga, who said the \
         law had been rushed through parliament."
    ))
}

#[test]
fn a_former_judge_of_a_named_court_holds_no_office_in_it() {
    let g = court_judge("former Constitutional Court judge");
    lacks(&g, "Anna Varga", OfficialOf, "Constitutional Court");
}

#[test]
fn a_sitting_judge_of_a_named_court_holds_an_office_in_it() {
    let g = court_judge("Constitutional Court judge");
    holds(&g, "Anna Varga", OfficialOf, "Constitutional Court");
}

#[test]
fn a_government_spokesman_speaks_for_the_government_the_story_names() {
    let g = extract(
        "Ghana raised fuel prices by 15 percent on Monday. Unions said the government had broken \
         its promise to hold prices until March.\n\nGovernment spokesman Kwabena Asante said the \
         increase was needed to cut the subsidy bill.",
    );
    holds(&g, "Kwabena Asante", SpokespersonOf, "the government");
    lacks(&g, "Kwabena Asante", SpokespersonOf, "Ghana");
}

#[test]
fn a_government_spokesman_speaks_for_the_country_where_no_government_is_named() {
    let g = extract(
        "Ghana raised fuel prices by 15 percent on Monday.\n\nGovernment spokesman Kwabena \
         Asante said the increase was needed to cut the subsidy bill.",
    );
    holds(&g, "Kwabena Asante", SpokespersonOf, "Ghana");
}

#[test]
fn its_chairman_after_a_party_its_country_owns_leads_the_party() {
    let g = extract(
        "Suriname and Guyana agreed on Monday to build a bridge over the river. Suriname's \
         opposition Democratic Renewal Party (DRP) criticised the deal. Its chairman, Ronald \
         Tjin, said the party would raise the matter in parliament.",
    );
    holds(&g, "Ronald Tjin", LeaderOf, "Democratic Renewal Party");
    lacks(&g, "Ronald Tjin", LeaderOf, "Suriname");
}

#[test]
fn its_president_after_a_country_leads_the_country() {
    let g = extract(
        "Guyana and Venezuela met in Brasília on Monday. Suriname criticised the meeting. Its \
         president, Ronald Tjin, said the region had not been consulted.",
    );
    assert!(
        has_rel(&g, "Ronald Tjin", LeaderOf, "Suriname"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn its_office_is_not_of_a_body_named_after_the_verb() {
    let g = extract(
        "Most of the grant came from the World Bank's health fund, and the Marvian Audit \
         Office has opened an inquiry. Its chief, Lena Varga, said the two bodies would work \
         together.",
    );
    lacks(&g, "Lena Varga", LeaderOf, "World Bank");
}

#[test]
fn its_office_is_of_the_body_the_sentence_opens_with() {
    let g = extract(
        "The World Bank, which funds the hospital, said the grant had been suspended. Its \
         chief, Lena Varga, said the audit would take a month.",
    );
    holds(&g, "Lena Varga", LeaderOf, "World Bank");
}

#[test]
fn its_office_is_of_the_agent_of_a_passive() {
    let g = extract(
        "The protest in Varna was organised by the National Farmers Union. Its chairman, Lena \
         Varga, said the march would go on.",
    );
    holds(&g, "Lena Varga", LeaderOf, "National Farmers Union");
}
