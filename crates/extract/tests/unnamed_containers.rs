//! Nothing is placed in a country the text names only by its adjective: analysts list no
//! such country. A headline that names the country names it for the story. Sentences
//! written for these tests.

mod common;

use common::{article, extract_on, has_rel, named};
use newsgraph_extract::Extractor;
use newsgraph_model::RelationType::{LocatedIn, PartOf};

const ADJECTIVE_ONLY: &str = "LYON, March 4 (Wire) - French farmers blocked roads in Lyon \
     and Marseille on Tuesday over fuel prices, and Burgundy winegrowers joined them, the \
     police said.";

#[test]
fn places_are_not_put_in_a_country_named_only_by_its_adjective() {
    let g = extract_on(ADJECTIVE_ONLY, Some("2027-03-04"));
    if named(&g, "France") {
        for city in ["Lyon", "Marseille"] {
            assert!(
                !has_rel(&g, city, LocatedIn, "France"),
                "{:#?}",
                g.relations
            );
        }
        if named(&g, "Burgundy") {
            assert!(!has_rel(&g, "Burgundy", PartOf, "France"));
        }
    }
}

#[test]
fn places_are_put_in_a_country_the_text_names() {
    let g = extract_on(
        "LYON, March 4 (Wire) - Farmers blocked roads across France on Tuesday over fuel \
         prices. The largest protests were in Lyon and Marseille, the police said.",
        Some("2027-03-04"),
    );
    for city in ["Lyon", "Marseille"] {
        assert!(has_rel(&g, city, LocatedIn, "France"), "{:#?}", g.relations);
    }
}

#[test]
fn a_headline_that_names_the_country_names_it_for_the_story() {
    let mut a = article(ADJECTIVE_ONLY, Some("2027-03-04"));
    a.title = Some("France: farmers block roads in Lyon over fuel prices".into());
    let g = Extractor::new().extract(&a);
    for city in ["Lyon", "Marseille"] {
        assert!(has_rel(&g, city, LocatedIn, "France"), "{:#?}", g.relations);
    }
}

#[test]
fn a_capital_still_lies_in_a_country_named_only_by_its_adjective() {
    // CONVENTIONS R1: the capital is in its country whether or not the text names it; the
    // other city of the same story is not placed.
    let g = extract_on(
        "PARIS, March 4 (Wire) - French farmers blocked roads around Paris and Lyon on \
         Tuesday over fuel prices, the police said.",
        Some("2027-03-04"),
    );
    assert!(named(&g, "France"), "{:#?}", g.entities);
    assert!(
        has_rel(&g, "Paris", LocatedIn, "France"),
        "{:#?}",
        g.relations
    );
    assert!(!has_rel(&g, "Lyon", LocatedIn, "France"));
}

#[test]
fn a_country_named_only_inside_a_partys_name_holds_no_towns() {
    // "France" here is the first word of a party's name, and the country is otherwise only
    // "French": nothing is placed in it.
    let g = extract_on(
        "LYON, March 4 (Wire) - French farmers blocked roads in Lyon and Marseille on \
         Tuesday over fuel prices. The France Unbowed party said it backed the farmers.",
        Some("2027-03-04"),
    );
    for city in ["Lyon", "Marseille"] {
        assert!(
            !has_rel(&g, city, LocatedIn, "France"),
            "{:#?}",
            g.relations
        );
    }
}

#[test]
fn a_country_named_on_its_own_besides_a_partys_name_still_holds_its_towns() {
    let g = extract_on(
        "LYON, March 4 (Wire) - Farmers blocked roads across France on Tuesday. The largest \
         protests were in Lyon and Marseille. The France Unbowed party said it backed them.",
        Some("2027-03-04"),
    );
    for city in ["Lyon", "Marseille"] {
        assert!(has_rel(&g, city, LocatedIn, "France"), "{:#?}", g.relations);
    }
}
