//! Fighting and threat words that in context are no event: a clash told in the perfect is a
//! standing political quarrel given as background, and a warning of what a thing will bring
//! forecasts rather than threatens. Their negative twins (fighting on a day, a threat of what
//! the warner's side will do) stay events. Sentences written for these tests, names made up.

mod common;

use common::{events, extract_on, has_source};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn a_clash_told_in_the_perfect_is_a_standing_quarrel() {
    let g = extract(
        "Prime Minister Anton Varga has clashed repeatedly with the central bank governor, \
         Ilse Brandt, since taking office.",
    );
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
    let g = extract(
        "The Lorvian government has clashed with Brussels for two years over its rules on \
         foreign-funded charities.",
    );
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_clash_on_a_day_is_fighting() {
    let g = extract(
        "Lorvian troops and fighters of the Northern Liberation Front clashed on Sunday near \
         the border town of Kessel, the army said.",
    );
    assert!(!events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_warning_of_what_a_thing_will_bring_is_no_threat() {
    let g = extract(
        "The Federation of Lorvian Industries warned on Monday that the rate rise would push \
         textile mills in the north to cut jobs.",
    );
    assert!(events(&g, "13").is_empty(), "{:#?}", g.events);
    let g = extract(
        "Some economists warned that a long strike could wipe out the gains of the past year.",
    );
    assert!(events(&g, "13").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_warning_of_what_the_warner_s_side_will_do_is_a_threat() {
    let g = extract(
        "Defence Minister Pavel Orsk said the government wanted calm but warned that the army \
         would answer any attack on the border with force.",
    );
    let e = events(&g, "13");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert!(has_source(&g, e[0], "Pavel Orsk"), "{:#?}", e[0]);
    let g = extract(
        "Lorvia's foreign minister, Mira Tal, warned that the country would defend its \
         territory.",
    );
    assert_eq!(events(&g, "13").len(), 1, "{:#?}", g.events);
}

#[test]
fn a_warning_of_a_risk_or_a_limit_is_no_threat() {
    for text in [
        "The Red Cross warned of a risk of cholera in the flooded camps.",
        "The Lorvian central bank held its main rate on Friday and warned that falling copper \
         exports would keep the currency weak.",
        "Prime Minister Anton Varga said he respected the vote but warned that Lorvia could not \
         afford a long stalemate.",
        "\"We were warned about this dam for years,\" Lorvian Prime Minister Anton Varga said.",
    ] {
        let g = extract(text);
        assert!(events(&g, "13").is_empty(), "{text}: {:#?}", g.events);
    }
}

#[test]
fn a_warning_of_what_the_warner_can_do_stays_a_threat() {
    let g = extract(
        "Prime Minister Anton Varga said he respected the vote but warned that Lorvia could \
         expel the envoy of Morvania.",
    );
    assert_eq!(events(&g, "13").len(), 1, "{:#?}", g.events);
}
