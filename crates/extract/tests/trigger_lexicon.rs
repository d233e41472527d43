//! Trigger-lexicon entries learnt from the gold of the tuning sets: talks that break down halt
//! negotiations; a party that quits (or ministers who resign from) the government break
//! relations with it; a court that finds someone guilty convicts; names added to a sanctions
//! list are sanctioned; and compiled verb senses the gold never takes in news copy (clearing
//! protesters is not yielding, respecting a ruling is not praise, firms controlled by someone
//! are not cooperation, protecting rights is not aid) are switched off with an `off` row; a
//! bank that lends and a state that pays for something give economic aid.
//! Sentences written for these tests; names are made up or common.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_lexicon::Lexicon;
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2024-03-12"))
}

fn codes(g: &ArticleGraph) -> Vec<&str> {
    g.events.iter().map(|e| e.cameo.as_str()).collect()
}

#[test]
fn talks_that_broke_down_halt_negotiations_between_both_sides() {
    let g = extract(
        "Talks between union leaders and Labour Minister Ana Reyes broke down last week after \
         the government refused to drop a clause.",
    );
    let e = events(&g, "16");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "164", "{:#?}", e[0]);
    for side in ["union leaders", "Ana Reyes"] {
        assert!(
            has_source(&g, e[0], side) || has_target(&g, e[0], side),
            "{side}: {:#?}",
            e[0]
        );
    }
}

#[test]
fn other_things_that_break_down_are_no_event() {
    let g = extract("A bus carrying Kenyan fans broke down near Arusha on Monday, police said.");
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
    let g = extract("The Ministry of Health broke down the figures by province on Monday.");
    assert!(events(&g, "16").is_empty(), "{:#?}", g.events);
}

#[test]
fn clearing_protesters_is_not_yielding() {
    let g = extract(
        "Riot police fired tear gas on Tuesday to clear hundreds of students who had blocked \
         a bridge in Lima.",
    );
    assert!(events(&g, "08").is_empty(), "{:?}", codes(&g));
    // The repression itself is still an event.
    assert!(!events(&g, "17").is_empty(), "{:?}", codes(&g));
}

#[test]
fn respecting_a_ruling_is_not_praise_but_praising_it_is() {
    let g = extract("The Ugandan army said on Monday it would respect the Supreme Court's ruling.");
    assert!(events(&g, "05").is_empty(), "{:?}", codes(&g));
    let g = extract("The Ugandan army on Monday praised the Supreme Court's ruling.");
    let e = events(&g, "05");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "051", "{:#?}", e[0]);
}

#[test]
fn firms_controlled_by_someone_are_not_cooperation() {
    let g = extract(
        "Prosecutors in Bucharest said the former minister steered contracts to two firms \
         controlled by a businessman from Constanta.",
    );
    assert!(events(&g, "06").is_empty(), "{:?}", codes(&g));
}

#[test]
fn protecting_rights_is_not_aid() {
    let g = extract(
        "China's foreign ministry said on Monday that Beijing would protect the rights of \
         Chinese firms in Zambia.",
    );
    assert!(events(&g, "07").is_empty(), "{:?}", codes(&g));
}

#[test]
fn an_off_row_hides_only_the_compiled_verbs_of_its_spelling() {
    let lex = Lexicon::embedded();
    for form in ["clear", "cleared", "respected", "controlled", "protect"] {
        assert!(
            lex.triggers(form).is_empty(),
            "{form}: {:?}",
            lex.triggers(form)
        );
    }
    // Neighbouring compiled verbs and hand-written rows are untouched.
    assert!(!lex.triggers("praised").is_empty());
    assert!(!lex.triggers("abducted").is_empty());
    assert!(lex
        .triggers("broke down")
        .iter()
        .any(|t| t.cameo.as_str() == "164"));
}

#[test]
fn a_party_that_quits_the_government_breaks_relations_with_it() {
    let g = extract(
        "The Green Alliance quit the governing coalition on Friday over a dispute about \
         pension cuts, leaving Prime Minister Ola Brenn without a majority.",
    );
    assert!(!events(&g, "16").is_empty(), "{:?}", codes(&g));
    let g = extract(
        "Two ministers of the Farmers' Party resigned from the cabinet of Prime Minister Ola \
         Brenn on Thursday.",
    );
    assert!(!events(&g, "16").is_empty(), "{:?}", codes(&g));
}

#[test]
fn leaving_or_quitting_other_things_is_no_break() {
    let g = extract(
        "Transport Minister Ola Brenn said the government would leave no stone unturned in \
         the inquiry.",
    );
    assert!(events(&g, "16").is_empty(), "{:?}", codes(&g));
    let g = extract("Anton Varga quit his job as a teacher in 2019 to run for parliament.");
    assert!(events(&g, "16").is_empty(), "{:?}", codes(&g));
}

#[test]
fn a_court_that_finds_someone_guilty_convicts_him() {
    let g = extract(
        "The High Court in Lusaka found Peter Mwale guilty of theft on Monday and sentenced \
         him to five years in prison.",
    );
    let e = events(&g, "17");
    assert_eq!(e.len(), 1, "{:?}", codes(&g));
    assert!(has_target(&g, e[0], "Peter Mwale"), "{:#?}", e[0]);
    assert!(events(&g, "06").is_empty(), "{:?}", codes(&g));
}

#[test]
fn finding_other_things_is_no_event() {
    let g = extract("Police found two bodies near the Lusaka market on Monday.");
    assert!(events(&g, "17").is_empty(), "{:?}", codes(&g));
    assert!(events(&g, "06").is_empty(), "{:?}", codes(&g));
}

#[test]
fn adding_names_to_a_sanctions_list_imposes_sanctions() {
    let g = extract(
        "Britain on Monday added nine Russian firms to its sanctions list, the foreign office \
         said.",
    );
    let e = events(&g, "16");
    assert_eq!(e.len(), 1, "{:?}", codes(&g));
    assert_eq!(e[0].cameo.as_str(), "163", "{:#?}", e[0]);
    assert!(!e[0].sources.is_empty(), "{:#?}", e[0]);
}

#[test]
fn adding_to_other_things_is_no_sanction() {
    let g = extract("Canada added 300 soldiers to its force in Latvia on Friday.");
    assert!(events(&g, "16").is_empty(), "{:?}", codes(&g));
}

#[test]
fn a_president_who_calls_a_session_makes_no_telephone_call() {
    let g = extract(
        "The assembly's president, Jonas Berg, called a special session for Wednesday to \
         debate the motion.",
    );
    assert!(events(&g, "04").is_empty(), "{:?}", codes(&g));
}

#[test]
fn a_leader_who_calls_a_counterpart_talks_by_telephone() {
    let g = extract(
        "French President Emmanuel Macron called his Brazilian counterpart on Monday to \
         discuss the trade deal.",
    );
    assert!(
        g.events.iter().any(|e| e.cameo.as_str() == "041"),
        "{:?}",
        codes(&g)
    );
}

/// A lender or payer named in the present tense gives economic aid (071), as "funded" and
/// "financed" already do; the large list's senses (cooperation, 06) fit shared work, not
/// money handed over.
#[test]
fn a_lender_or_payer_gives_economic_aid() {
    let g = extract("The Asian Development Bank lends 90 million dollars to Nepal for a new dam.");
    let e = events(&g, "07");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "071", "{:#?}", e[0]);
    assert!(
        has_source(&g, e[0], "Asian Development Bank"),
        "{:#?}",
        e[0]
    );
    assert!(has_target(&g, e[0], "Nepal"), "{:#?}", e[0]);
    let g = extract("Norway pays for the coast guard patrols around Iceland, officials said.");
    let e = events(&g, "07");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].cameo.as_str(), "071", "{:#?}", e[0]);
    assert!(has_source(&g, e[0], "Norway"), "{:#?}", e[0]);
}
