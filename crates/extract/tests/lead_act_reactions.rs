//! Whom a reaction to "the decision" is aimed at when no deed was reported just before:
//! the doers of the deed the article leads with, not whoever spoke last; a deed just
//! before still wins, and a lead that reports only words gives no one. Sentences written
//! for these tests; the countries are real, the events made up.

mod common;

use common::{extract_on, has_target, only, only_coded};
use newsgraph_model::ArticleGraph;

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

const MIDDLE: &str = "North Korea has fired dozens of missiles this year. Exports of fish to \
                      China fell in October, the customs office said. US officials blamed the \
                      groups for a hack of a crypto exchange in May.";

const DEED_LEAD: &str = "TOKYO, Nov 17 (Wire) - Japan imposed sanctions on Friday on nine \
                         North Korean groups, freezing their assets in Japan.";

#[test]
fn a_decision_far_from_any_deed_is_the_lead_deed() {
    let g = extract(&format!(
        "{DEED_LEAD} {MIDDLE} South Korea's foreign ministry welcomed the decision."
    ));
    let e = only(&g, "05");
    assert!(has_target(&g, e, "Japan"), "{e:#?}");
    assert!(!has_target(&g, e, "US officials"), "{e:#?}");
}

#[test]
fn a_deed_just_before_is_the_decision_not_the_lead() {
    let g = extract(&format!(
        "{DEED_LEAD} {MIDDLE} On Sunday Australia expelled two North Korean diplomats. South \
         Korea's foreign ministry welcomed the decision."
    ));
    let e = only(&g, "05");
    assert!(has_target(&g, e, "Australia"), "{e:#?}");
    assert!(!has_target(&g, e, "Japan"), "{e:#?}");
}

#[test]
fn a_lead_of_words_gives_the_decision_to_no_one() {
    let g = extract(&format!(
        "TOKYO, Nov 17 (Wire) - Japan's foreign minister said on Friday that North Korean \
         hackers had stolen millions from crypto exchanges. {MIDDLE} South Korea's foreign \
         ministry welcomed the decision."
    ));
    let e = only(&g, "05");
    assert!(e.targets.is_empty(), "{e:#?}");
}

/// A story whose lead is `lead`, with other sanctions told in its second sentence and a
/// reaction to "the sanctions" at its end.
fn sanctions_condemned(lead: &str) -> ArticleGraph {
    extract(&format!(
        "{lead} Canada sanctioned four of the groups last year. {MIDDLE} Russia's embassy in \
         Tokyo condemned the sanctions."
    ))
}

#[test]
fn the_sanctions_are_the_lead_ones_not_others_told_since() {
    let g = sanctions_condemned(DEED_LEAD);
    let e = only_coded(&g, "111");
    assert!(has_target(&g, e, "Japan"), "{e:#?}");
    assert!(!has_target(&g, e, "Canada"), "{e:#?}");
}

#[test]
fn with_no_sanctions_in_the_lead_the_sanctions_told_later_stand() {
    let g = sanctions_condemned(
        "TOKYO, Nov 17 (Wire) - Japan's foreign minister said on Friday that North Korean \
         hackers had stolen millions from crypto exchanges.",
    );
    let e = only_coded(&g, "111");
    assert!(has_target(&g, e, "Canada"), "{e:#?}");
}

/// A story that leads with `lead` and names a court no act of which is reported before
/// "the decision" is welcomed.
fn court_named_then_welcomed(lead: &str) -> ArticleGraph {
    extract(&format!(
        "{lead} A lawyer for one of the men said he would take the case to the Supreme Court \
         of Monaco. The European Commission welcomed the decision."
    ))
}

#[test]
fn a_decision_with_a_court_only_named_is_the_lead_deed() {
    let g = court_named_then_welcomed(
        "MONTE CARLO, Feb 25 (Wire) - Monaco froze the assets of two Russian businessmen on \
         Wednesday.",
    );
    let e = only(&g, "05");
    assert!(has_target(&g, e, "Monaco"), "{e:#?}");
    assert!(!has_target(&g, e, "Supreme Court of Monaco"), "{e:#?}");
}

#[test]
fn a_decision_with_no_lead_deed_stays_the_named_courts() {
    let g = court_named_then_welcomed(
        "MONTE CARLO, Feb 25 (Wire) - Two Russian businessmen said on Wednesday that their assets \
         in Monaco had been wrongly frozen.",
    );
    let e = only(&g, "05");
    assert!(has_target(&g, e, "Supreme Court of Monaco"), "{e:#?}");
}

#[test]
fn a_decision_welcomed_in_the_passive_is_still_praise_of_its_doers() {
    let g = extract(&format!(
        "{DEED_LEAD} The decision was welcomed by South Korea's foreign ministry."
    ));
    let e = only_coded(&g, "051");
    assert!(has_target(&g, e, "Japan"), "{e:#?}");
}
