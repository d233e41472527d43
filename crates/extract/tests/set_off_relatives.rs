//! The main verb after a relative clause set off by commas has the phrase before the clause
//! for its subject, however the parser hung the clause: "The Bank, whose programme ended in
//! May, has urged ..."; "whom" after a name is the object of its clause's verb even when
//! the parser reads it as an oblique; and a verb in a relative clause on a claim set off
//! after the main clause ("..., an allegation the ministry rejected") answers the speaker;
//! a past verb with an object after a set-off apposition ("X, a NATO member, expelled ...")
//! is the name's act even when the parser hangs it on the name as a participle.
//! Sentences written for these tests.

mod common;

use common::{events, extract_on, has_source, has_target, only, only_coded};

/// Asserts that the one event of CAMEO root `root` in `text` has each of `sources` among
/// its sources and each of `targets` among its targets.
fn read_as(text: &str, root: &str, sources: &[&str], targets: &[&str]) {
    let g = extract_on(text, Some("2026-11-20"));
    let e = only(&g, root);
    for s in sources {
        assert!(has_source(&g, e, s), "source {s}: {e:#?}");
    }
    for t in targets {
        assert!(has_target(&g, e, t), "target {t}: {e:#?}");
    }
}

#[test]
fn a_whose_clause_before_the_verb_leaves_its_noun_the_subject() {
    read_as(
        "Officials met on Monday. The World Bank, whose loan programme with Peru ended in \
         May, has urged Lima to cut spending.",
        "02",
        &["World Bank"],
        &[],
    );
}

#[test]
fn a_whose_clause_with_its_own_object_does_not_take_the_main_verb() {
    read_as(
        "The opposition party Frente Amplio, whose strongholds include Cusco, accused the \
         government of ignoring the floods.",
        "11",
        &["Frente Amplio"],
        &[],
    );
}

#[test]
fn a_counted_whose_clause_is_set_off_too() {
    read_as(
        "Chile's Supreme Court, two of whose judges are on the list, disqualified the \
         party's leader, Mario Soto, from the race.",
        "17",
        &["Supreme Court"],
        &["Mario Soto"],
    );
}

#[test]
fn a_coordinated_phrase_before_a_which_clause_is_the_subject_whole() {
    read_as(
        "Britain and France, which hosted failed talks in Geneva in 2023, called on both \
         sides to agree a truce.",
        "02",
        &["Britain", "France"],
        &[],
    );
}

#[test]
fn whom_read_as_an_oblique_is_still_the_object_after_a_name() {
    let text = "Officials met on Monday. Among them is the police chief, Juan Perez, whom the \
                Home Office accused of ordering the detention of at least 20 priests since 2023.";
    read_as(text, "11", &["Home Office"], &["Juan Perez"]);
    let g = extract_on(text, Some("2026-11-20"));
    assert!(!has_source(&g, only(&g, "11"), "Juan Perez"));
}

#[test]
fn a_claim_set_off_after_the_clause_is_answered_to_its_speaker() {
    read_as(
        "Officials met on Monday. The opposition leader, Juan Perez, said ten protesters \
         had been beaten in custody, an allegation the interior ministry rejected.",
        // Rejecting an allegation is a denial (E5 of tests/CONVENTIONS.md).
        "01",
        &["interior ministry"],
        &["Juan Perez"],
    );
}

#[test]
fn a_past_verb_with_an_object_after_a_set_off_apposition_is_the_names_act() {
    // The parser reads "expelled" as a participle hung on "Lithuania"; with an object and
    // no passive it is the main verb, not the police named in the sentence before.
    let g = extract_on(
        "VILNIUS, March 3 (Wire) - Police in Vilnius arrested two Belarusian men on Sunday. \
         Lithuania, a NATO member and one of Ukraine's biggest donors, expelled three \
         Belarusian diplomats on Monday.",
        Some("2026-11-20"),
    );
    let e = only_coded(&g, "174");
    assert!(has_source(&g, e, "Lithuania"), "{e:#?}");
    assert!(has_target(&g, e, "Belarusian diplomats"), "{e:#?}");
}

#[test]
fn a_set_off_passive_participle_does_not_make_its_noun_the_doer() {
    let g = extract_on(
        "VILNIUS, March 3 (Wire) - Three Belarusian diplomats, expelled by Lithuania on \
         Monday, left Vilnius by car.",
        Some("2026-11-20"),
    );
    for e in events(&g, "17") {
        assert!(!has_source(&g, e, "Belarusian diplomats"), "{e:#?}");
    }
}
