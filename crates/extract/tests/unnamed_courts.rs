//! A court the lead leaves unnamed ("A Vienna court", "a court in Tartu") and the next
//! sentence names is that court: the verdict is the court's, not the country's or the
//! city's. A defendant the lead only describes ("a former customs officer") is the person
//! the next sentence names after the court, and a suspect the lead only describes the person
//! named after the body that made the arrest. Sentences written for these tests, names made
//! up.

mod common;

use common::{extract_on, has_source, has_target, only_coded};
use newsgraph_model::Polarity;
use newsgraph_model::RelationType::LocatedIn;

/// Asserts, of the one verdict (CAMEO 173) of `text`, which names are and are not among
/// its sources and its targets.
fn verdict(text: &str, sources: &[(&str, bool)], targets: &[(&str, bool)]) {
    let g = extract_on(text, Some("2027-02-10"));
    let e = only_coded(&g, "173");
    for &(name, is) in sources {
        assert_eq!(has_source(&g, e, name), is, "source {name}: {e:#?}");
    }
    for &(name, is) in targets {
        assert_eq!(has_target(&g, e, name), is, "target {name}: {e:#?}");
    }
}

#[test]
fn a_court_named_by_its_city_is_the_court_named_next() {
    verdict(
        "VIENNA, Feb 10 (Wire) - A Vienna court on Tuesday jailed three men for smuggling \
         migrants across the border from Hungary.\n\nThe Regional Criminal Court in Vienna \
         found that the men had been paid by a network based in Serbia.",
        &[("Regional Criminal Court", true)],
        &[],
    );
}

#[test]
fn a_court_named_by_its_nation_is_the_court_named_next() {
    verdict(
        "LIMA, Feb 10 (Wire) - A Peruvian court on Tuesday sentenced a former mayor of Cusco, \
         Jorge Mamani, to nine years in prison for taking bribes.\n\nJudge Rosa Quispe of the \
         Anticorruption Court said Mamani had abused his office.",
        &[("Anticorruption Court", true), ("Peru", false)],
        &[],
    );
}

#[test]
fn a_court_in_a_city_is_the_court_named_next() {
    verdict(
        "TARTU, Feb 10 (Wire) - A court in Tartu on Tuesday sentenced a former customs officer, \
         Mart Kask, to six years in prison for spying for Russia.\n\nThe Tartu County Court \
         found that Kask had passed lists of border crossings to a handler.",
        &[("Tartu County Court", true)],
        &[],
    );
}

#[test]
fn a_court_appealed_to_in_the_next_sentence_is_another_court() {
    verdict(
        "DHAKA, Feb 10 (Wire) - A court in Dhaka on Tuesday sentenced a former minister, Rafiq \
         Alam, to five years in prison for graft.\n\nAlam denied the charges and his lawyers \
         said they would appeal to the High Court.",
        &[("High Court", false)],
        &[],
    );
}

#[test]
fn a_described_defendant_is_the_person_named_after_the_court() {
    verdict(
        "TARTU, Feb 10 (Wire) - A court in Tartu on Tuesday sentenced a former Estonian \
         customs officer to six years in prison for spying for Russia.\n\nThe Tartu County \
         Court found that Mart Kask, 51, had passed lists of border crossings to a handler.",
        &[],
        &[("Mart Kask", true), ("Estonia", false)],
    );
}

#[test]
fn a_defendant_named_in_the_lead_keeps_the_name() {
    verdict(
        "TARTU, Feb 10 (Wire) - A court in Tartu on Tuesday sentenced a former customs officer, \
         Mart Kask, to six years in prison for spying for Russia.\n\nThe Tartu County Court \
         found that Kask and his handler, Ivan Orlov, had met in Pskov.",
        &[],
        &[("Mart Kask", true), ("Ivan Orlov", false)],
    );
}

#[test]
fn a_described_suspect_is_the_person_named_after_the_arresting_body() {
    verdict(
        "TARTU, Feb 10 (Wire) - Estonia's Anti-Fraud Office arrested a deputy mayor of Tartu \
         and two builders on Tuesday on suspicion of rigging a road tender.\n\nThe office said \
         Deputy Mayor Mart Kask, 51, had passed rival bids to a firm owned by a friend.",
        &[("Anti-Fraud Office", true)],
        &[("Mart Kask", true)],
    );
}

#[test]
fn a_person_named_next_without_the_arresting_body_is_not_the_suspect() {
    verdict(
        "TARTU, Feb 10 (Wire) - Estonia's Anti-Fraud Office arrested a deputy mayor of Tartu \
         and two builders on Tuesday on suspicion of rigging a road tender.\n\nMayor Liis Tamm \
         said she had asked the city council to review every contract signed since 2024.",
        &[("Anti-Fraud Office", true)],
        &[("Liis Tamm", false)],
    );
}

#[test]
fn a_court_left_unnamed_is_known_by_its_city_and_sits_there() {
    let text = "VILNIUS, Feb 10 (Wire) - A regional court in Kaunas on Tuesday sentenced a former \
                customs officer, Jonas Petraitis, to six years in prison for spying for Russia.\n\n\
                Petraitis, who denied the charges, said he would appeal.";
    let g = common::extract_on(text, Some("2027-02-10"));
    common::holds(&g, "A regional court in Kaunas", LocatedIn, "Kaunas");
    let e = only_coded(&g, "173");
    assert!(has_source(&g, e, "A regional court in Kaunas"), "{e:#?}");
}

#[test]
fn a_court_named_next_keeps_its_own_name() {
    let g = common::extract_on(
        "VILNIUS, Feb 10 (Wire) - A court in Kaunas on Tuesday sentenced a former customs \
         officer, Jonas Petraitis, to six years in prison for spying for Russia.\n\nThe Kaunas \
         Regional Court found that Petraitis had passed lists of border crossings to a handler.",
        Some("2027-02-10"),
    );
    let court = common::id(&g, "Kaunas Regional Court");
    let mut courts = (g.entities.iter()).filter(|e| e.names.iter().any(|n| n.contains("court")));
    assert!(courts.all(|e| e.id == court), "{:#?}", g.entities);
}

#[test]
fn a_court_a_case_is_sent_to_is_no_actor() {
    let g = common::extract_on(
        "RIGA, Feb 10 (Wire) - Police detained a former customs officer, Janis Ozols, on \
         Tuesday, and prosecutors said he would be tried by a court in Jelgava.",
        Some("2027-02-10"),
    );
    assert!(
        !common::named(&g, "a court in Jelgava"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_described_defendant_is_the_person_named_after_the_finding() {
    verdict(
        "ARUSHA, Feb 10 (Wire) - The East African Court of Justice on Tuesday convicted a \
         former camp commander of torture and sentenced him to 15 years in prison.\n\n\
         Judges of the Third Chamber found that Baraka Mwita, 52, had ordered guards to beat \
         detainees.",
        &[],
        &[("Baraka Mwita", true)],
    );
}

#[test]
fn a_person_named_after_an_unrelated_find_is_no_defendant() {
    // Negative twin: the next sentence reports no finding and names no court, so the
    // person it names is not taken for the described defendant.
    verdict(
        "ARUSHA, Feb 10 (Wire) - The East African Court of Justice on Tuesday convicted a \
         former camp commander of torture and sentenced him to 15 years in prison.\n\n\
         Rights groups led by Baraka Mwita welcomed the verdict outside the court.",
        &[],
        &[("Baraka Mwita", false)],
    );
}

/// Asserts, of the acquittal (CAMEO 173, negated) of `text`, which names are among its
/// targets.
fn acquittal(text: &str, targets: &[(&str, bool)]) {
    let g = extract_on(text, Some("2027-02-10"));
    let acquitted =
        (g.events.iter()).find(|e| e.cameo.as_str() == "173" && e.polarity == Polarity::Negated);
    for &(name, is) in targets {
        // An acquittal aimed at no one may be dropped; it then names no one either.
        let aimed = acquitted.is_some_and(|e| has_target(&g, e, name));
        assert_eq!(aimed, is, "target {name}: {:#?}", g.events);
    }
}

#[test]
fn counted_defendants_are_the_persons_named_later_beside_the_noun() {
    acquittal(
        "TARTU, Feb 10 (Wire) - A court in Tartu on Tuesday sentenced the head of the port \
         authority, Mart Kask, to six years in prison for bribery but acquitted two of his \
         deputies.\n\nThe judge said Kask had taken cash from shipping agents. His former \
         deputies, Liis Tamm and Peeter Saar, were cleared of the same charges.",
        &[("Liis Tamm", true), ("Peeter Saar", true)],
    );
}

#[test]
fn persons_beside_another_noun_are_not_the_counted_defendants() {
    // Negative twin: the later apposition is to another noun, so it names other people.
    acquittal(
        "TARTU, Feb 10 (Wire) - A court in Tartu on Tuesday sentenced the head of the port \
         authority, Mart Kask, to six years in prison for bribery but acquitted two of his \
         deputies.\n\nThe judge said Kask had taken cash from shipping agents. His lawyers, \
         Liis Tamm and Peeter Saar, said they would appeal.",
        &[("Liis Tamm", false), ("Peeter Saar", false)],
    );
}
