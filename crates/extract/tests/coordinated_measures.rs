//! Measures coordinated as the object of one verb share its subject and the "on X" that
//! the parser hangs on the last of them: "imposed an asset freeze and a travel ban on X".
//! Which freezes are sanctions.
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
