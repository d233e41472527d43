//! Whom a verdict on an election ("praised the high turnout", "the conduct of the vote")
//! is aimed at: the country that held it, never the judge itself. Sentences written for
//! these tests; the country is real, the election made up.

mod common;

use common::{extract_on, has_target, only};
use newsgraph_model::ArticleGraph;

fn extract(judge: &str) -> ArticleGraph {
    extract_on(
        &format!(
            "CASTRIES, Feb 16 (Wire) - Saint Lucia's ruling party won a third term in Tuesday's \
             general election, taking 12 of the 17 seats. The opposition leader conceded on \
             Wednesday. {judge}"
        ),
        Some("2028-02-16"),
    )
}

#[test]
fn observers_praising_the_conduct_of_the_vote_aim_at_the_country() {
    let g = extract("The U.S. embassy in Barbados praised the conduct of the vote.");
    let e = only(&g, "05");
    assert!(has_target(&g, e, "Saint Lucia"), "{e:#?}");
}

#[test]
fn the_country_praising_its_own_turnout_aims_at_no_one() {
    let g = extract("Saint Lucia's prime minister, Cyril Auguste, praised the high turnout.");
    let e = only(&g, "05");
    assert!(!has_target(&g, e, "Saint Lucia"), "{e:#?}");
}
