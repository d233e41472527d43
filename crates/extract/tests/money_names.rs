//! An unknown name right before a currency ("50 million CFA francs") names the money, which
//! is no actor; the same initials elsewhere still name a body. Sentences written for these
//! tests.

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
