//! Taking a side ("backs the farmers", "stood by Kuwait", "sided with the protesters") is
//! an endorsement (CAMEO 051) of whoever is named, as the gold files of several tuning sets
//! code it; with no one named, or as a participle describing a noun ("soldiers backed by
//! AU troops"), it is no event. Backing a protest reported before ("backed the march") backs
//! those who marched, and backing "the call" backs those who called. Sentences written for
//! these tests.

mod common;

use common::{events, extract_on, has_source, has_target, only};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

#[test]
fn backing_a_named_group_endorses_it() {
    let g = extract("ALGIERS, Nov 19 (Harbour Wire) - Algeria backs the Polisario Front, its foreign ministry said on Wednesday.");
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Algeria"), "{e:#?}");
    assert!(has_target(&g, e, "Polisario Front"), "{e:#?}");
}

#[test]
fn standing_by_and_siding_with_endorse_too() {
    let g = extract("The Gulf Cooperation Council said it stood by Kuwait.");
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Gulf Cooperation Council"), "{e:#?}");
    assert!(has_target(&g, e, "Kuwait"), "{e:#?}");
    let g = extract("Senegal sided with Mauritania in the dispute on Tuesday.");
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Senegal"), "{e:#?}");
    assert!(has_target(&g, e, "Mauritania"), "{e:#?}");
}

#[test]
fn a_noun_described_as_backed_endorses_nothing() {
    let g = extract(
        "Somali soldiers backed by African Union troops fought off an attack on a base on \
         Tuesday.",
    );
    assert!(events(&g, "05").is_empty(), "{:#?}", g.events);
}

#[test]
fn backing_no_one_named_is_no_event() {
    let g = extract("The Fiji Labour Party said it had not yet decided which side to back.");
    assert!(events(&g, "05").is_empty(), "{:#?}", g.events);
    let g = extract("Chile's central bank cut its main rate on Tuesday to support the economy.");
    assert!(events(&g, "05").is_empty(), "{:#?}", g.events);
}

/// "Backed the march" names no one, but the march reported before has its marchers: the
/// backing goes to them, as a reaction to "the shelling" goes to whoever shelled.
#[test]
fn backing_a_protest_reported_before_endorses_its_marchers() {
    let g = extract(
        "LIMA, Nov 19 (Harbour Wire) - Thousands of nurses marched through Lima on Wednesday \
         to demand higher pay. The Socialist Party backed the march.",
    );
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Socialist Party"), "{e:#?}");
    assert!(has_target(&g, e, "nurses"), "{e:#?}");
}

/// "Backed the call": the appeal reported before, so its callers are the ones backed.
#[test]
fn backing_an_appeal_reported_before_endorses_its_callers() {
    let g = extract(
        "CAIRO, Nov 19 (Harbour Wire) - Chile and Peru called on the two sides to agree a \
         ceasefire. Uruguay backed the call on Thursday.",
    );
    let e = only(&g, "05");
    assert!(has_source(&g, e, "Uruguay"), "{e:#?}");
    assert!(has_target(&g, e, "Chile"), "{e:#?}");
}
