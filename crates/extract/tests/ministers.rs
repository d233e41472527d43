//! Ministers and the bodies they sit in (tests/CONVENTIONS.md R3): a minister holds an
//! office in the country and in the government the story names, and heads the ministry the
//! story names (a British secretary the "<portfolio> Office"; a "Secretary of State" with
//! no country named is one of the home country); a deputy minister holds an
//! office in the ministry and heads nothing.
//! Sentences written for these tests.

mod common;

use common::{extract_on, has_rel, holds, lacks};
use newsgraph_model::{
    ArticleGraph,
    RelationType::{LeaderOf, OfficialOf, SpokespersonOf},
};

/// A Slovenian story in which `title` Petra Zupan speaks, then `then` follows.
fn story(title: &str, then: &str) -> ArticleGraph {
    let text = format!(
        "LJUBLJANA, May 4 (Alpine Wire) - Slovenia will hire 300 more border guards this \
         year, {title} Petra Zupan said on Tuesday. {then}"
    );
    let g = extract_on(&text, Some("2027-05-04"));
    holds(&g, "Petra Zupan", OfficialOf, "Slovenia");
    g
}

const BODIES: &str = "The government approved the plan last week, and her ministry will \
                      open the first training centre in June.";

#[test]
fn a_minister_holds_an_office_in_the_government_the_story_names() {
    let g = story("Interior Minister", BODIES);
    holds(&g, "Petra Zupan", OfficialOf, "The government");
    lacks(&g, "Petra Zupan", LeaderOf, "The government");
}

#[test]
fn a_minister_heads_the_ministry_of_her_portfolio() {
    let g = story("Interior Minister", BODIES);
    holds(&g, "Petra Zupan", LeaderOf, "her ministry");
}

#[test]
fn a_deputy_minister_is_an_official_of_the_ministry_not_its_head() {
    let g = story("Deputy Interior Minister", BODIES);
    holds(&g, "Petra Zupan", OfficialOf, "her ministry");
    lacks(&g, "Petra Zupan", LeaderOf, "her ministry");
}

#[test]
fn a_minister_does_not_head_another_portfolios_ministry() {
    let g = story(
        "Interior Minister",
        "The finance ministry said the money would come from the reserve.",
    );
    lacks(&g, "Petra Zupan", LeaderOf, "The finance ministry");
}

#[test]
fn a_minister_is_given_no_government_the_story_does_not_name() {
    let g = story(
        "Interior Minister",
        "She did not say how much it would cost.",
    );
    let in_a_government = g.relations.iter().any(|r| {
        r.predicate == OfficialOf
            && g.entity(&r.object)
                .is_some_and(|e| e.label.contains("overnment"))
    });
    assert!(!in_a_government, "{:#?}", g.relations);
}

/// The story that `opening` begins, followed by `then`.
fn opened(opening: &str, then: &str) -> ArticleGraph {
    extract_on(&format!("{opening} {then}"), Some("2027-05-04"))
}

/// A British story in which Foreign Secretary Tom Ashby speaks.
const BRITISH: &str = "LONDON, May 4 (Thames Wire) - Britain will freeze the assets of six \
                       shipping firms, Foreign Secretary Tom Ashby said on Tuesday.";

#[test]
fn a_secretary_heads_the_office_of_his_portfolio_only() {
    for (office, heads) in [("Foreign Office", true), ("Home Office", false)] {
        let g = opened(
            BRITISH,
            &format!("The {office} will publish the list on Wednesday."),
        );
        assert_eq!(
            has_rel(&g, "Tom Ashby", LeaderOf, office),
            heads,
            "{office}"
        );
    }
}

/// The opening of an American story.
const AMERICAN: &str = "WASHINGTON, May 4 (Potomac Wire) - The United States barred three \
                        officials from entering the country on Tuesday.";

#[test]
fn a_secretary_of_state_in_office_holds_an_office_in_the_home_country() {
    for (title, held) in [
        ("Secretary of State", true),
        ("former Secretary of State", false),
    ] {
        let g = opened(
            AMERICAN,
            &format!("\"It is fraud,\" {title} Ruth Callow said."),
        );
        assert_eq!(
            has_rel(&g, "Ruth Callow", OfficialOf, "United States"),
            held,
            "{title}"
        );
    }
}

#[test]
fn a_country_represented_by_its_minister_is_the_one_he_serves() {
    let text = "VIENNA, June 2 (Alpine Wire) - Finance ministers from the region met on \
                Monday to discuss power prices. Estonia, which joined the talks last year, \
                was represented by its economy minister, Jaan Tamm, who left before the \
                final session.";
    let g = extract_on(text, Some("2027-06-02"));
    holds(&g, "Jaan Tamm", OfficialOf, "Estonia");
}

#[test]
fn a_lower_case_minister_for_a_field_stands_before_the_name() {
    let text = "MADRID, June 2 (Alpine Wire) - Farmers hit by the drought will get 100 \
                million euros, the Spanish minister for rural affairs, Lucía Navarro, said \
                on Monday.";
    let g = extract_on(text, Some("2027-06-02"));
    holds(&g, "Lucía Navarro", OfficialOf, "Spain");
}

#[test]
fn a_spokesman_for_a_ministry_keeps_the_ministry_after_for() {
    let text = "CAIRO, June 2 (Alpine Wire) - Egypt welcomed the truce on Monday. A \
                spokesman for the foreign ministry, Karim Saleh, said Cairo was ready to help.";
    let g = extract_on(text, Some("2027-06-02"));
    holds(&g, "Karim Saleh", SpokespersonOf, "the foreign ministry");
}

#[test]
fn a_minister_of_the_government_just_named_serves_its_country_too() {
    let text = "GENEVA, June 2 (Alpine Wire) - A United Nations panel criticised a new \
                mining law in Bolivia on Monday. The Bolivian government rejected the report. \
                Its interior minister, Marco Condori, said the panel had not visited the \
                mines.";
    let g = extract_on(text, Some("2027-06-02"));
    holds(&g, "Marco Condori", OfficialOf, "Bolivian government");
    holds(&g, "Marco Condori", OfficialOf, "Bolivia");
}

#[test]
fn a_lower_case_minister_set_off_by_commas_serves_the_home_country() {
    let text = "TALLINN, June 2 (Baltic Wire) - Estonian anti-graft police searched a ministry \
                building on Monday. Prosecutors said the education minister, Liis Kask, had \
                been questioned about school contracts.";
    let g = extract_on(text, Some("2027-06-02"));
    holds(&g, "Liis Kask", OfficialOf, "Estonia");
}

#[test]
fn a_minister_set_off_after_an_opening_capital_serves_that_capitals_country() {
    // Told from the island the portfolio covers, the minister is still the capital's.
    let text = "FORT-DE-FRANCE, June 2 (Antilles Wire) - Dockers in Martinique blocked the \
                port for a third day on Monday, demanding that France pay for new cranes. In \
                Paris, the minister for overseas territories, Marc Lefort, said he would fly \
                out on Friday.";
    let g = extract_on(text, Some("2027-06-02"));
    holds(&g, "Marc Lefort", OfficialOf, "France");
    let text = "MANOKWARI, June 2 (Alpine Wire) - Villagers fled two districts of \
                Indonesia's Papua region on Monday after a raid on a police post. In Jakarta, \
                the coordinating minister for security affairs, Budi Santoso, said troops \
                would stay in the area.";
    let g = extract_on(text, Some("2027-06-02"));
    holds(&g, "Budi Santoso", OfficialOf, "Indonesia");
}
