//! Wire datelines in the forms agencies use, as the body of a text article would hold them.

use newsgraph_input::{detect_dateline, find_dateline, parse_text_article};
use newsgraph_model::{Span, TimeValue};

fn day(s: &str) -> TimeValue {
    s.parse().unwrap()
}

/// The dateline's covered text, for readable assertions.
fn covered(body: &str, span: Span) -> &str {
    span.slice(body).unwrap()
}

#[test]
fn slash_agency_form() {
    let body = "MINSK, May 9. /BELTA/. The ministry issued a statement.";
    let d = detect_dateline(body, Some(&day("2019-05-10"))).unwrap();
    assert_eq!(d.place, "Minsk");
    assert_eq!(d.date, Some(day("2019-05-09")));
    assert_eq!(d.agency.as_deref(), Some("BELTA"));
    assert_eq!(covered(body, d.span), "MINSK, May 9. /BELTA/.");
}

#[test]
fn parenthesised_agency_with_hyphen() {
    let body = "WASHINGTON, March 3 (Reuters) - Lawmakers debated the budget.";
    let d = detect_dateline(body, Some(&day("2021-03-04"))).unwrap();
    assert_eq!(d.place, "Washington");
    assert_eq!(d.date, Some(day("2021-03-03")));
    assert_eq!(d.agency.as_deref(), Some("Reuters"));
    assert_eq!(covered(body, d.span), "WASHINGTON, March 3 (Reuters) -");
}

#[test]
fn agency_without_date_and_em_dash() {
    let body = "KYIV (AP) — Air raid sirens sounded overnight.";
    let d = detect_dateline(body, Some(&day("2023-05-01"))).unwrap();
    assert_eq!(d.place, "Kyiv");
    assert_eq!(d.date, None);
    assert_eq!(d.agency.as_deref(), Some("AP"));
    assert_eq!(covered(body, d.span), "KYIV (AP) —");
}

#[test]
fn abbreviated_month_with_dash() {
    let body = "PARIS, Jan. 5 — Museums reopened.";
    let d = detect_dateline(body, Some(&day("2022-01-06"))).unwrap();
    assert_eq!(d.place, "Paris");
    assert_eq!(d.date, Some(day("2022-01-05")));
    assert_eq!(d.agency, None);
    assert_eq!(covered(body, d.span), "PARIS, Jan. 5 —");
}

#[test]
fn place_and_dash_only() {
    let body = "LONDON — Trains ran late again.";
    let d = detect_dateline(body, None).unwrap();
    assert_eq!(d.place, "London");
    assert_eq!((d.date, d.agency), (None, None));
    assert_eq!(covered(body, d.span), "LONDON —");
}

#[test]
fn multi_word_places_are_title_cased() {
    let d = detect_dateline("NEW YORK (AP) — Stocks rose.", None).unwrap();
    assert_eq!(d.place, "New York");
    let d = detect_dateline("RIO DE JANEIRO, Feb. 10 — Carnival began.", None).unwrap();
    assert_eq!(d.place, "Rio de Janeiro");
    // Without a publication date the year is unknown, so there is no date.
    assert_eq!(d.date, None);
}

#[test]
fn december_dateline_in_a_january_story_is_last_year() {
    let d = detect_dateline(
        "OTTAWA, Dec. 30 — Snow closed roads.",
        Some(&day("2024-01-02")),
    )
    .unwrap();
    assert_eq!(d.date, Some(day("2023-12-30")));
    // A month-only publication date still decides the year.
    let d = detect_dateline(
        "OTTAWA, Dec. 30 — Snow closed roads.",
        Some(&day("2024-01")),
    )
    .unwrap();
    assert_eq!(d.date, Some(day("2023-12-30")));
}

#[test]
fn only_the_start_of_the_body_counts() {
    let d = detect_dateline("\n   BERLIN — Leading white space is fine.", None).unwrap();
    assert_eq!((d.span.start(), d.span.end()), (4, 12));
    assert!(detect_dateline("Officials said: BERLIN — not a dateline.", None).is_none());
    assert!(detect_dateline("Intro line.\n\nBERLIN — second paragraph.", None).is_none());
}

#[test]
fn ordinary_openings_are_not_datelines() {
    for body in [
        "The UN said on Monday that aid would arrive.",
        "NATO said it would meet.",
        "EU ministers met in Brussels.",
        "A — is a letter.",
        "MOSCOW, the capital, was quiet.",
    ] {
        assert_eq!(detect_dateline(body, None), None, "{body}");
    }
}

#[test]
fn span_counts_code_points_not_bytes() {
    let body = "SÃO PAULO, Aug. 9 — Rain.";
    let d = detect_dateline(body, None).unwrap();
    assert_eq!(d.place, "São Paulo");
    assert_eq!(d.span.end(), "SÃO PAULO, Aug. 9 —".chars().count() as u32);
}

#[test]
fn text_articles_get_their_dateline_with_the_header_year() {
    let a = parse_text_article(
        "s",
        "Published: 2019-02-01\n\nBEIJING, Jan. 31 (Xinhua) -- Lanterns were hung.",
    )
    .unwrap();
    let d = a.dateline.unwrap();
    assert_eq!(d.place, "Beijing");
    assert_eq!(d.date, Some(day("2019-01-31")));
    assert_eq!(covered(&a.text, d.span), "BEIJING, Jan. 31 (Xinhua) --");
}

#[test]
fn a_dateline_below_a_headline_is_found_with_offsets_in_the_whole_text() {
    let text = "Headline here\n\nStrelsau talks\n\nSTRELSAU, April 4. /RNA/. The king spoke.";
    assert!(detect_dateline(text, None).is_none());
    let d = find_dateline(text, Some(&day("2016-04-05"))).unwrap();
    assert_eq!(d.place, "Strelsau");
    assert_eq!(d.date, Some(day("2016-04-04")));
    assert_eq!(d.agency.as_deref(), Some("RNA"));
    assert_eq!(covered(text, d.span), "STRELSAU, April 4. /RNA/.");
    assert!(find_dateline("Intro.\n\nThe talks, April 4, went well.", None).is_none());
}
