//! A court the lead leaves unnamed ("A Vienna court", "a court in Tartu") and the next
//! sentence names is that court: the verdict is the court's, not the country's or the
//! city's. Sentences written for these tests, names made up.

mod common;

use common::{extract_on, has_source, only_coded};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-02-10"))
}

#[test]
fn a_court_named_by_its_city_is_the_court_named_next() {
    let g = extract(
        "VIENNA, Feb 10 (Wire) - A Vienna court on Tuesday jailed three men for smuggling \
         migrants across the border from Hungary.\n\nThe Regional Criminal Court in Vienna \
         found that the men had been paid by a network based in Serbia.",
    );
    let e = only_coded(&g, "173");
    assert!(has_source(&g, e, "Regional Criminal Court"), "{e:#?}");
}

#[test]
fn a_court_named_by_its_nation_is_the_court_named_next() {
    let g = extract(
        "LIMA, Feb 10 (Wire) - A Peruvian court on Tuesday sentenced a former mayor of Cusco, \
         Jorge Mamani, to nine years in prison for taking bribes.\n\nJudge Rosa Quispe of the \
         Anticorruption Court said Mamani had abused his office.",
    );
    let e = only_coded(&g, "173");
    assert!(has_source(&g, e, "Anticorruption Court"), "{e:#?}");
    assert!(!has_source(&g, e, "Peru"), "{e:#?}");
}

#[test]
fn a_court_in_a_city_is_the_court_named_next() {
    let g = extract(
        "TARTU, Feb 10 (Wire) - A court in Tartu on Tuesday sentenced a former customs officer, \
         Mart Kask, to six years in prison for spying for Russia.\n\nThe Tartu County Court \
         found that Kask had passed lists of border crossings to a handler.",
    );
    let e = only_coded(&g, "173");
    assert!(has_source(&g, e, "Tartu County Court"), "{e:#?}");
}

#[test]
fn a_court_appealed_to_in_the_next_sentence_is_another_court() {
    let g = extract(
        "DHAKA, Feb 10 (Wire) - A court in Dhaka on Tuesday sentenced a former minister, Rafiq \
         Alam, to five years in prison for graft.\n\nAlam denied the charges and his lawyers \
         said they would appeal to the High Court.",
    );
    let e = only_coded(&g, "173");
    assert!(!has_source(&g, e, "High Court"), "{e:#?}");
}
