//! An unknown name right before a currency ("50 million CFA francs") names the money, which
//! is no actor; the same initials elsewhere still name a body. A trade a company's name may
//! end in ("Oil output rose") alone at a sentence's start is the trade, not a body. Sentences
//! written for these tests.

mod common;

use common::{extract_on, names};

#[test]
fn initials_before_a_currency_name_no_body() {
    let g = extract_on(
        "A court in Lome ordered the publisher to pay a fine of 50 million KPA francs on \
         Tuesday, his lawyer said.",
        Some("2026-11-20"),
    );
    assert!(
        !names(&g).iter().any(|n| n.as_str() == "KPA"),
        "{:?}",
        names(&g)
    );
}

#[test]
fn initials_that_act_still_name_a_body() {
    let g = extract_on(
        "The KPA said on Tuesday it would appeal against the fine of 50 million francs, which \
         it called unfair.",
        Some("2026-11-20"),
    );
    assert!(
        names(&g).iter().any(|n| n.as_str() == "KPA"),
        "{:?}",
        names(&g)
    );
}

#[test]
fn a_trade_opening_the_sentence_names_no_body() {
    let g = extract_on(
        "Oil output in Norvale has been flat since March, the energy ministry said on Monday.",
        Some("2026-11-20"),
    );
    assert!(
        !names(&g).iter().any(|n| n.as_str() == "Oil"),
        "{:?}",
        names(&g)
    );
}

#[test]
fn a_trade_in_a_ministry_name_still_names_it() {
    let g = extract_on(
        "Oil Ministry officials in Norvale declined to comment on the tender on Monday.",
        Some("2026-11-20"),
    );
    assert!(
        names(&g).iter().any(|n| n.as_str() == "Oil Ministry"),
        "{:?}",
        names(&g)
    );
}
