//! Measures coordinated as the object of one verb share its subject and the "on X" that
//! the parser hangs on the last of them: "imposed an asset freeze and a travel ban on X".
//! Which freezes are sanctions, and whom sanctions that name no one fall on.
//! Sentences written for these tests.

mod common;

use common::{extract_on, has_source, has_target, only};

#[test]
fn coordinated_measures_share_the_doer_and_the_one_aimed_at() {
    let g = extract_on(
        "Officials met on Monday. The European Union imposed an asset freeze and a travel \
         ban on Libya on Monday.",
        Some("2026-11-20"),
    );
    let e = only(&g, "16");
    assert!(has_source(&g, e, "European Union"), "{e:#?}");
    assert!(has_target(&g, e, "Libya"), "{e:#?}");
}

#[test]
fn an_investigator_freezing_bank_accounts_imposes_no_sanctions() {
    let g = extract_on(
        "Kenya's anti-corruption agency arrested a county official on Thursday and froze 12 \
         bank accounts linked to land deals.",
        Some("2026-11-20"),
    );
    assert!(
        g.events.iter().all(|e| e.cameo.as_str() != "163"),
        "{:#?}",
        g.events
    );
}

#[test]
fn freezing_assets_of_officials_is_a_sanction() {
    let g = extract_on(
        "Britain froze the assets of two Kenyan officials on Thursday.",
        Some("2026-11-20"),
    );
    let e = only(&g, "16");
    assert!(has_source(&g, e, "Britain"), "{e:#?}");
}

/// Whether, after the EU's sanctions on five Libyan officials, the sanction `later` tells
/// by `by` falls on those officials too.
fn falls_on_the_officials(later: &str, by: &str) -> bool {
    let text =
        format!("The European Union imposed sanctions on Monday on five Libyan officials. {later}");
    let g = extract_on(&text, Some("2026-11-20"));
    (g.events.iter()).any(|e| {
        e.cameo.as_str() == "163" && has_source(&g, e, by) && has_target(&g, e, "Libyan officials")
    })
}

#[test]
fn sanctions_naming_no_one_fall_on_those_the_latest_sanctions_fell_on() {
    assert!(falls_on_the_officials(
        "The United States has sanctioned several of the same people since 2022.",
        "United States"
    ));
}

#[test]
fn sanctions_with_none_before_name_no_one() {
    let g = extract_on(
        "The United States has sanctioned several of the same people since 2022.",
        Some("2026-11-20"),
    );
    let e = only(&g, "16");
    assert!(e.targets.is_empty(), "{e:#?}");
}

#[test]
fn imposing_similar_measures_is_a_sanction() {
    assert!(falls_on_the_officials(
        "Britain and Canada imposed similar measures last month.",
        "Britain"
    ));
}

#[test]
fn targeted_sanctions_after_an_embargo_are_measures_not_a_verb() {
    let g = extract_on(
        "The European Union imposed sanctions on Belarus in 2021. \
         Canada said it would impose an asset freeze and targeted sanctions on Myanmar.",
        Some("2026-11-20"),
    );
    let later: Vec<_> = (g.events.iter())
        .filter(|e| e.cameo.root() == "16" && has_source(&g, e, "Canada"))
        .collect();
    assert_eq!(later.len(), 1, "{:#?}", g.events);
    assert!(has_target(&g, later[0], "Myanmar"), "{:#?}", g.events);
    assert!(!has_target(&g, later[0], "Belarus"), "{:#?}", g.events);
}

#[test]
fn a_measure_and_a_verb_other_than_targeted_keep_their_own_objects() {
    let g = extract_on(
        "The European Union imposed sanctions on Belarus in 2021. \
         Canada said it would impose an asset freeze and welcomed talks on Myanmar.",
        Some("2026-11-20"),
    );
    for e in (g.events.iter()).filter(|e| e.cameo.root() == "16" && has_source(&g, e, "Canada")) {
        assert!(!has_target(&g, e, "Myanmar"), "{:#?}", g.events);
    }
}

/// "on Monday on three officers", read with "on three" under the day and the officers left
/// with no preposition: the measures fall on the officers all the same.
#[test]
fn measures_fall_on_those_counted_after_the_day() {
    let g = extract_on(
        "Iceland imposed travel bans and asset freezes on Monday on three North Korean \
         military officers.",
        Some("2026-11-20"),
    );
    let e = only(&g, "16");
    assert!(has_source(&g, e, "Iceland"), "{e:#?}");
    assert!(
        has_target(&g, e, "North Korean military officers"),
        "{e:#?}"
    );
}

/// The same, with the officers read as a second object of "imposed".
#[test]
fn measures_fall_on_those_counted_after_the_day_read_as_an_object() {
    let g = extract_on(
        "Canada imposed travel bans and asset freezes on Friday on seven North Korean naval \
         officers and two fishing firms.",
        Some("2026-11-20"),
    );
    let e = only(&g, "16");
    assert!(has_target(&g, e, "North Korean naval officers"), "{e:#?}");
    assert!(has_target(&g, e, "firms"), "{e:#?}");
}
