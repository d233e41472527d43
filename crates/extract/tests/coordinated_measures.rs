//! Measures coordinated as the object of one verb share its subject and the "on X" that
//! the parser hangs on the last of them: "imposed an asset freeze and a travel ban on X".
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
