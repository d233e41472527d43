//! Where bodies sit and places lie, told in the general ways wire copy tells it: a body
//! "based in" a city, a delegation "in" a capital, a body named after its city, a division
//! whose unit word is part of its name, a town only the towns list knows. Sentences written
//! for these tests; most tests also check a near miss the rule must leave alone.

mod common;

use common::{extract_on, has_rel};
use newsgraph_model::{ArticleGraph, RelationType};

use RelationType::{LocatedIn, PartOf};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

fn holds(g: &ArticleGraph, s: &str, p: RelationType, o: &str) {
    assert!(has_rel(g, s, p, o), "{s} {p:?} {o}: {:#?}", g.relations);
}

fn lacks(g: &ArticleGraph, s: &str, p: RelationType, o: &str) {
    assert!(
        !has_rel(g, s, p, o),
        "not {s} {p:?} {o}: {:#?}",
        g.relations
    );
}

#[test]
fn a_body_that_will_be_based_in_a_city_sits_there() {
    let g = extract(
        "SUVA, Nov 20 (Wire) - Island states agreed on Friday to set up a new lender. The \
         Ocean Resilience Fund will be based in Apia, the capital of Samoa, and should start \
         lending next year.",
    );
    holds(&g, "Ocean Resilience Fund", LocatedIn, "Apia");
}

#[test]
fn a_body_that_is_based_in_a_city_sits_there() {
    let g = extract(
        "Lawyers for the dockers met officials of the Kenya Ports Authority on Friday. The \
         Kenya Ports Authority is based in Mombasa and runs the country's two seaports.",
    );
    holds(&g, "Kenya Ports Authority", LocatedIn, "Mombasa");
}

#[test]
fn a_delegation_or_high_commission_in_a_place_sits_there() {
    let g = extract(
        "ACCRA, Nov 20 (Wire) - Canada's High Commission in Accra said on Friday that it was \
         following the trial closely.",
    );
    holds(&g, "High Commission", LocatedIn, "Accra");
    let g = extract(
        "The ICRC delegation in Chad said on Friday that it had sent two surgical teams to \
         the camps near Abeche.",
    );
    holds(&g, "ICRC delegation", LocatedIn, "Chad");
}

#[test]
fn a_division_named_with_its_unit_word_is_part_of_the_country() {
    let g = extract(
        "LUSAKA, Nov 20 (Wire) - Zambia's electoral commission said turnout in the Western \
         Province was the highest in the country.",
    );
    holds(&g, "Western Province", PartOf, "Zambia");
}

#[test]
fn a_group_named_like_a_province_is_no_division() {
    let g = extract(
        "NIAMEY, Nov 20 (Wire) - Niger's army said the Islamic State Sahel Province had \
         attacked a convoy near the border.",
    );
    lacks(&g, "Islamic State Sahel Province", PartOf, "Niger");
}

#[test]
fn a_bar_association_named_after_its_city_sits_there() {
    let g = extract(
        "NOVI PAZAR, Nov 20 (Wire) - Police detained nine students in Kragujevac on Friday. The \
         Kragujevac Bar Association said its lawyers would defend them.",
    );
    holds(&g, "Kragujevac Bar Association", LocatedIn, "Kragujevac");
}

#[test]
fn a_university_named_last_after_its_city_sits_there() {
    let g = extract(
        "QUITO (Wire) - Fuel prices will rise again next month, said Lucia Paredes, an \
         economist at the Catholic University of Quito.",
    );
    holds(&g, "Catholic University of Quito", LocatedIn, "Quito");
}

#[test]
fn a_department_named_after_a_state_sits_in_it() {
    let g = extract(
        "KUALA LUMPUR, Nov 20 (Wire) - Investigators questioned officials in Sarawak on \
         Friday. The Sarawak Lands Department said it would cooperate.",
    );
    holds(&g, "Sarawak Lands Department", LocatedIn, "Sarawak");
}

#[test]
fn a_town_only_the_towns_list_knows_lies_in_the_named_country() {
    let g = extract(
        "HELSINKI, Nov 20 (Wire) - Divers inspected the damaged cable off Porvoo on Friday, \
         and Finland's coast guard said the ship would stay in port.",
    );
    holds(&g, "Porvoo", LocatedIn, "Finland");
}

#[test]
fn a_name_taken_for_a_region_but_placed_in_a_region_lies_there() {
    let g = extract(
        "MOGADISHU, Nov 20 (Wire) - Militants attacked an army post outside Jalalaqsi, in the \
         Hiiraan region, on Friday.",
    );
    holds(&g, "Jalalaqsi", LocatedIn, "Hiiraan");
}

#[test]
fn a_two_word_place_before_based_places_the_body() {
    let g = extract(
        "The sanctions also name the Hong Kong-based Tarnwell Shipping, which the ministry \
         said had moved the cargoes.",
    );
    holds(&g, "Tarnwell Shipping", LocatedIn, "Hong Kong");
}

/// Whether some entity is named exactly `name`.
fn named(g: &ArticleGraph, name: &str) -> bool {
    (g.entities.iter()).any(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

#[test]
fn a_branch_in_a_country_is_named_with_that_country() {
    let g = extract(
        "The United Nations mission in Haiti said on Friday that gangs had blocked the road \
         to the port for a third day.",
    );
    assert!(
        named(&g, "United Nations mission in Haiti"),
        "{:#?}",
        g.entities
    );
    holds(&g, "United Nations mission in Haiti", LocatedIn, "Haiti");
    let g = extract(
        "The United Nations mission said in Haiti on Friday that gangs had blocked the road \
         to the port for a third day.",
    );
    assert!(
        !named(&g, "United Nations mission in Haiti"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_court_or_ministry_in_a_city_is_named_with_it() {
    let g = extract(
        "BRNO, Nov 20 (Wire) - The Regional Court in Brno jailed a former mayor for six years \
         on Friday for taking bribes. The foreign ministry in Vienna said it had not been told \
         of the verdict.",
    );
    assert!(named(&g, "Regional Court in Brno"), "{:#?}", g.entities);
    holds(&g, "Regional Court in Brno", LocatedIn, "Brno");
    assert!(
        named(&g, "The foreign ministry in Vienna"),
        "{:#?}",
        g.entities
    );
    // A body met in a city is not named with it.
    let g = extract(
        "The Regional Court sat in Brno on Friday and jailed a former mayor for six years.",
    );
    assert!(!named(&g, "Regional Court in Brno"), "{:#?}", g.entities);
}
