//! Who appeals and against whom: "X's lawyer said his client would appeal" is X's appeal as
//! well as the lawyer's, not the nearest person's before "his"; an appeal someone makes
//! answers the court that ruled, even when the sentence names only the court to hear it;
//! a bare "the appeal is pending" is no one's appeal; asking a court to act on someone is
//! aimed at that someone, not at the court; "his client" and "the defence" are the client
//! (for "his lawyer", the person named before who has not spoken) and the lawyer who speaks
//! for them. Sentences written for these tests, names made
//! up.

mod common;

use common::{extract_on, has_source, has_target};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

fn appeals(g: &ArticleGraph) -> Vec<&newsgraph_model::Event> {
    g.events
        .iter()
        .filter(|e| e.cameo.as_str() == "115")
        .collect()
}

/// The appeal events of a sentencing, a judge's word and then `lawyer` (the lawyer's phrase
/// that opens the last sentence) announcing the client's appeal.
fn appeal_after_judge(lawyer: &str) -> ArticleGraph {
    extract(&format!(
        "The Harbour City Court on Tuesday sentenced Petar Vukan, a former port director, to \
         six years in prison for taking bribes. Judge Milan Orsic said the evidence was \
         overwhelming. {lawyer}, Ivo Maric, said his client would appeal."
    ))
}

/// The same sentencing and judge's word, then `last` as the closing sentence.
fn appeal_after_judge_with(last: &str) -> ArticleGraph {
    extract(&format!(
        "The Harbour City Court on Tuesday sentenced Petar Vukan, a former port director, to \
         six years in prison for taking bribes. Judge Milan Orsic said the evidence was \
         overwhelming. {last}"
    ))
}

#[test]
fn the_client_of_a_named_owners_lawyer_is_that_owner() {
    let g = appeal_after_judge("Vukan's lawyer");
    let a = appeals(&g);
    assert!(a.iter().any(|e| has_source(&g, e, "Petar Vukan")), "{a:#?}");
    assert!(
        !a.iter().any(|e| has_source(&g, e, "Milan Orsic")),
        "{a:#?}"
    );
}

#[test]
fn a_client_is_never_the_judge_who_spoke_before() {
    // "His lawyer": the person named last before it is the judge, not the client.
    let g = appeal_after_judge("His lawyer");
    let a = appeals(&g);
    assert!(
        !a.iter().any(|e| has_source(&g, e, "Milan Orsic")),
        "{a:#?}"
    );
}

#[test]
fn his_lawyers_client_is_the_one_named_before_who_has_not_spoken() {
    // "His lawyer, X, said his client would appeal": the man sentenced a sentence before
    // (the judge named after him speaks, and is no client), with the lawyer who speaks for
    // him.
    let g = appeal_after_judge("His lawyer");
    let a = appeals(&g);
    assert!(a.iter().any(|e| has_source(&g, e, "Petar Vukan")), "{a:#?}");
    assert!(a.iter().any(|e| has_source(&g, e, "Ivo Maric")), "{a:#?}");
}

#[test]
fn the_defence_a_lawyer_speaks_for_appeals_through_that_lawyer() {
    let g = appeal_after_judge_with(
        "His lawyer, Ivo Maric, told reporters that the defence would appeal to the Supreme \
         Court.",
    );
    let a = appeals(&g);
    assert!(a.iter().any(|e| has_source(&g, e, "Ivo Maric")), "{a:#?}");
    assert!(
        !a.iter().any(|e| has_source(&g, e, "Milan Orsic")),
        "{a:#?}"
    );
}

#[test]
fn a_lawyer_for_a_named_company_speaks_of_that_company() {
    let g = extract(
        "The Harbour City Court on Tuesday sentenced Petar Vukan, a former port director, and \
         the trading firm Brandholm Holdings over bribes paid in 2024. A lawyer for Brandholm \
         Holdings said his client would appeal to the Supreme Court.",
    );
    let a = appeals(&g);
    assert!(
        a.iter().any(|e| has_source(&g, e, "Brandholm Holdings")),
        "{a:#?}"
    );
}

#[test]
fn an_appeal_to_a_higher_court_answers_the_court_that_ruled() {
    let g = extract(
        "The Harbour City Court on Tuesday sentenced Petar Vukan, a former port director, to \
         six years in prison for taking bribes. Vukan's lawyer, Ivo Maric, said his client \
         would appeal to the Supreme Court.",
    );
    let a = appeals(&g);
    assert!(
        a.iter().any(|e| has_target(&g, e, "Harbour City Court")),
        "{a:#?}"
    );
}

#[test]
fn a_pending_appeal_is_no_event() {
    let g = extract(
        "The Harbour City Court on Tuesday sentenced Petar Vukan, a former port director, to \
         six years in prison for taking bribes. The sentence is not final while the appeal \
         is pending.",
    );
    assert!(appeals(&g).is_empty(), "{:#?}", g.events);
}

#[test]
fn a_challenge_to_a_listing_is_against_who_imposed_the_sanctions() {
    let g = extract(
        "Canada on Monday imposed sanctions on Ivan Dorokhov, a shipping magnate, \
         over cargoes of oil sold above the price cap. Dorokhov owns a dozen tankers. The ships \
         carried crude from Baltic ports to India last year. The price cap was set in 2022. \
         A lawyer for the family, Anna Weber, said they would challenge the listing at the High \
         Court in London.",
    );
    let a = appeals(&g);
    assert!(a.iter().any(|e| has_target(&g, e, "Canada")), "{a:#?}");
}

#[test]
fn asking_a_court_to_try_someone_is_aimed_at_the_one_to_be_tried() {
    let g = extract(
        "The prosecutor general, Ana Lima, asked the Supreme Court of Paraguay in June 2024 to \
         try Senator Carlos Ortiz, saying the evidence was clear.",
    );
    let a = appeals(&g);
    assert_eq!(a.len(), 1, "{:#?}", g.events);
    assert!(has_source(&g, a[0], "Ana Lima"), "{a:#?}");
    assert!(has_target(&g, a[0], "Carlos Ortiz"), "{a:#?}");
    // Not the court as well.
    assert_eq!(a[0].targets.len(), 1, "{a:#?}");
}

#[test]
fn asking_a_court_to_keep_him_in_custody_is_aimed_at_the_man_held_before() {
    let g = extract(
        "Police in Lagos arrested Tunde Bello, a former port director, on Tuesday. \
         Prosecutors would ask the Lagos High Court on Friday to keep him in custody for two \
         weeks.",
    );
    let a = appeals(&g);
    assert_eq!(a.len(), 1, "{:#?}", g.events);
    assert!(has_target(&g, a[0], "Tunde Bello"), "{a:#?}");
    assert!(!has_target(&g, a[0], "Lagos High Court"), "{a:#?}");
}

#[test]
fn asking_a_court_to_try_the_senator_is_aimed_at_the_senator_convicted() {
    let g = extract(
        "Paraguay's Supreme Court convicted Senator Carlos Ortiz of fraud on Monday. The \
         prosecutor general, Ana Lima, had asked the court in June 2024 to try the senator.",
    );
    let a = appeals(&g);
    assert_eq!(a.len(), 1, "{:#?}", g.events);
    assert!(has_target(&g, a[0], "Carlos Ortiz"), "{a:#?}");
}
