//! A chamber the story names ("the Senate", "the Chamber of Deputies") is part of the
//! legislature it names as a whole ("Congress", "the Dutch parliament"), though no phrase
//! joins them. Sentences written for these tests, names made up.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::{ArticleGraph, RelationType::*};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-05-04"))
}

#[test]
fn both_chambers_are_part_of_congress() {
    let g = extract(
        "SANTO DOMINGO, May 4 (Wire) - The government sent its pension reform to Congress in \
         March. The Senate approved it last week, but the Chamber of Deputies has not yet set \
         a date for a vote.",
    );
    holds(&g, "Senate", PartOf, "Congress");
    holds(&g, "Chamber of Deputies", PartOf, "Congress");
}

#[test]
fn the_house_is_part_of_the_national_parliament() {
    let g = extract(
        "THE HAGUE, May 4 (Wire) - The Dutch cabinet resigned on Monday, and parliament \
         must now agree on a date for new elections. The House of Representatives will \
         debate the crisis on Thursday.",
    );
    holds(&g, "House of Representatives", PartOf, "parliament");
}

#[test]
fn congress_named_only_as_a_building_holds_no_chamber() {
    let g = extract(
        "BUENOS AIRES, May 4 (Wire) - Police fired tear gas at thousands of protesters outside \
         Congress on Tuesday. The Senate is due to vote on the labour bill next week.",
    );
    lacks(&g, "Senate", PartOf, "Congress");
}
