//! "A spokesman for China's Taiwan Affairs Office, X", "a spokeswoman for Japan's embassy in
//! Taipei, X": the title is of the body the country owns (and the city it sits in does not
//! part the holder from the body). Sentences written for these tests, names made up.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::{ArticleGraph, RelationType::*};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-03-03"))
}

#[test]
fn a_spokesman_for_a_named_body_a_country_owns_speaks_for_the_body() {
    let g = extract(
        "TAIPEI, March 3 (Wire) - Taiwan said it had expelled two survey ships. A spokesman \
         for China's Taiwan Affairs Office, Liang Mingde, said the ships had been on a \
         routine mission.",
    );
    holds(&g, "Liang Mingde", SpokespersonOf, "Taiwan Affairs Office");
    lacks(&g, "Liang Mingde", SpokespersonOf, "China");
}

#[test]
fn the_head_of_a_named_body_a_country_owns_leads_the_body() {
    let g = extract(
        "NAIROBI, March 3 (Wire) - The head of Kenya's Independent Policing Oversight \
         Authority, Ruth Wanjiku, said the officers would be questioned.",
    );
    holds(
        &g,
        "Ruth Wanjiku",
        LeaderOf,
        "Independent Policing Oversight Authority",
    );
}

#[test]
fn a_spokeswoman_for_an_embassy_in_a_city_speaks_for_the_embassy() {
    let g = extract(
        "TAIPEI, March 3 (Wire) - Taiwan said it had expelled two survey ships. A \
         spokeswoman for Japan's embassy in Taipei, Keiko Arai, said Tokyo was watching \
         closely.",
    );
    holds(&g, "Keiko Arai", SpokespersonOf, "Japan's embassy");
}

#[test]
fn a_person_named_later_in_the_sentence_is_not_the_spokeswoman() {
    let g = extract(
        "TAIPEI, March 3 (Wire) - A spokeswoman for Japan's embassy in Taipei said on Tuesday \
         that Keiko Arai, a trade official, had left the island.",
    );
    lacks(&g, "Keiko Arai", SpokespersonOf, "Japan's embassy");
}
