//! Accuracy floors on the sets the extractor is tuned on: the samples with their gold files
//! and the development sets (`tests/dev`, `tests/dev2`, and `tests/dev3` to `tests/dev28`,
//! each first scored unseen). A change that costs more than a couple of points of F1 on
//! any of them fails here, before anyone runs `newsgraph eval` by
//! hand. The blind sets (`tests/heldout`, `tests/fresh`) are left out on purpose: they are
//! measured, never tuned on. The floors sit about two points below the latest figures, to
//! leave room for a retrained parser; raise them when the figures rise (last raised at the end
//! of the thirty-first session; the gold realigned to tests/CONVENTIONS.md E5 and R3-R6 in the
//! twenty-second).

use std::path::{Path, PathBuf};

use newsgraph_eval::evaluate_dir;
use newsgraph_extract::Extractor;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Entities, relations and events F1 of the extractor on one gold directory.
fn f1(gold: &str, articles: &str) -> [f64; 3] {
    let x = Extractor::new();
    let r = evaluate_dir(&root().join(gold), &root().join(articles), |a| x.extract(a)).unwrap();
    let t = &r.totals;
    [
        t.entities.overall.f1,
        t.relations.overall.f1,
        t.events.overall.f1,
    ]
}

fn at_least(what: &str, got: [f64; 3], floor: [f64; 3]) {
    for (k, name) in ["entities", "relations", "events"].iter().enumerate() {
        assert!(
            got[k] >= floor[k],
            "{what} {name} F1 {:.3} fell below {:.2}",
            got[k],
            floor[k]
        );
    }
}

#[test]
fn samples_keep_their_accuracy() {
    // 2026-11-29: .892 / .826 / .677; events .730 after the events pass (wip-events);
    // fifth session (group actors, pronouns, roles): .890 / .851 / .724; sixth session (names,
    // statements, roles): .936 / .869 / .767; seventh session (event roles, triggers):
    // .936 / .869 / .773; eighth session (bodies, towns, groups, disapproval): .940 / .907 /
    // .773
    at_least(
        "samples",
        f1("tests/gold", "data/samples"),
        [0.92, 0.91, 0.77],
    );
}

#[test]
fn the_development_set_keeps_its_accuracy() {
    // 2026-11-29, fifteen articles: .871 / .880 / .543; events .596 after the events pass.
    // Fifth session, twenty-two articles (seven added, gold written first; .865 / .803 /
    // .490 on the twenty-two before the session's rules): .915 / .891 / .676; sixth session
    // (names, statements, roles; two rounds): .967 / .942 / .808; seventh session (event
    // roles, triggers): .967 / .942 / .821; eighth session (bodies, towns, groups,
    // disapproval): .970 / .950 / .836
    // Tenth session: events .846 (violence at a protest aimed at the police; a speaker's
    // reported plan with "it" or "the defence" as subject is the speaker's).
    at_least(
        "dev",
        f1("tests/dev/gold", "tests/dev/articles"),
        [0.95, 0.93, 0.83],
    );
}

#[test]
fn the_second_development_set_keeps_its_accuracy() {
    // Sixth session, eight articles with gold written first: .883 / .644 / .398 before any
    // rule was written from them, .914 / .834 / .503 after; seventh session (relations,
    // names, event roles, triggers): .921 / .861 / .563; eighth session (bodies, towns,
    // groups, disapproval): .935 / .882 / .624; tenth session (names and groups): .938 /
    // .877 / .647.
    at_least(
        "dev2",
        f1("tests/dev2/gold", "tests/dev2/articles"),
        [0.92, 0.86, 0.68],
    );
}

#[test]
fn the_third_development_set_keeps_its_accuracy() {
    // Seventh session, ten articles with gold written first: .829 / .513 / .341 before the
    // session's rules (names were then tuned on them); .900 / .586 / .395 after. Eighth
    // session, tuned on it (bodies, towns, groups, disapproval): .944 / .867 / .502.
    // Tenth session: events .528 (a swap mediated by a third party is its mediation).
    // Twelfth session: events .537 (doers named by description, pronoun or opening phrase).
    at_least(
        "dev3",
        f1("tests/dev3/gold", "tests/dev3/articles"),
        [0.94, 0.89, 0.63],
    );
}

#[test]
fn the_fourth_development_set_keeps_its_accuracy() {
    // Eighth session, ten articles with gold written first: .796 / .537 / .451 before the
    // session's rules, which never saw it; .802 / .552 / .444 after them. Ninth session,
    // tuned on it (names, event roles): .849 / .624 / .504. Tenth session (names and
    // groups; a swap brokered by a third party is its mediation): .872 / .633 / .509; second
    // round (groups: a demonym before a trade plural, "its members", "of which X is a
    // member"): .878 / .655 / .509. Eleventh session (places tied to the nearest container
    // the text gives, divisions of divisions, bodies' boards and panels; offices whose body
    // the context names: "Governor X" of the central bank, "led by Minister X"): .883 / .756
    // / .532.
    at_least(
        "dev4",
        f1("tests/dev4/gold", "tests/dev4/articles"),
        // Fourteenth session (bodies named by owner and noun, sites, events): .920 / .819 / .595.
        [0.90, 0.83, 0.61],
    );
}

#[test]
fn the_fifth_development_set_keeps_its_accuracy() {
    // Ninth session, ten articles with gold written first: .785 / .535 / .311 before the
    // session's work, which never read it; .789 / .569 / .311 after (the regions list and
    // the ministers' portfolios added five relations; the other branches moved nothing).
    // Tenth session, tuned on it (names and groups; a reaction to "what he called an
    // attack" aimed at the attackers; talks hosted by a third country are its hosting of the
    // two sides; a speaker's reported plan with "the society" as subject is the speaker's).
    // Second round (groups: "its members", a demonym before a trade plural): .864 / .658 /
    // .379. Eleventh session (places tied to the nearest container the text gives, organs
    // named after their body; "Niger's leader, General X", "Justice X"; answers aimed at who
    // acted, a speaker's own body, "the rebels" as the movement named with that noun): .870 /
    // .760 / .411.
    at_least(
        "dev5",
        f1("tests/dev5/gold", "tests/dev5/articles"),
        [0.89, 0.81, 0.58],
    );
}

#[test]
fn the_sixth_development_set_keeps_its_accuracy() {
    // Tenth session, ten articles with gold written first: .829 / .648 / .333 before the
    // session's work, which never read it; .845 / .654 / .355 after (names and groups,
    // event participants, targets of aimed events; the lead scored only its totals).
    // Eleventh session, tuned on it (places tied to the nearest container the text gives;
    // offices whose body the context names, "one elder, X", "U.S. officials"; a denial aimed at
    // the accuser, a speaker's "the ministry" as their own body; a known person's name with
    // one more name word, "team" and "panel" as body words): .864 / .774 / .368. Twelfth
    // session: events .379 (doers named by description, pronoun or title).
    at_least(
        "dev6",
        f1("tests/dev6/gold", "tests/dev6/articles"),
        // Twelfth session (groups: counted crowds held, a named body's people): .873; events
        // .379 (doers named by description, pronoun or opening phrase). Fourteenth session
        // (bodies named by owner and noun, a seizure of power): .885 / .818 / .454.
        [0.89, 0.83, 0.57],
    );
}

#[test]
fn the_seventh_development_set_keeps_its_accuracy() {
    // Eleventh session, ten articles with gold written first: .829 / .601 / .318 before the
    // session's work, which never read it; .832 / .645 / .328 after (places tied to the
    // nearest container the text gives and offices whose body the context names gave the
    // relations; the lead scored only its totals). Tuned on from the twelfth session: .832 /
    // .678 / .328 (bodies "based in" or "in" a place, bodies named after their city,
    // divisions named with their unit word, towns only the towns list knows); groups (counted
    // crowds held, more plural heads) .844 entities; events .346 (doers named by description,
    // pronoun or opening phrase); memberships (a movement's own fighters, a bloc's leaders,
    // "one of the organisers of Y", the head of a described body placed by "in", a command
    // after "its") .671 relations on their own.
    at_least(
        "dev7",
        f1("tests/dev7/gold", "tests/dev7/articles"),
        [0.88, 0.77, 0.54],
    );
}

#[test]
fn the_eighth_development_set_keeps_its_accuracy() {
    // Twelfth session, ten articles with gold written first: .814 / .619 / .360 before the
    // session's work, which never read it; .820 / .642 / .386 after (group actors, event doers
    // named by description or pronoun, bodies "in" a place, memberships; the lead scored only
    // its totals). Tuned on from the thirteenth session: relations .702 (bodies "in" a city,
    // legislators of a party, "whose party", a rank after a title, states under one plural
    // division word, "Police in X"); after all of the session's merges .856 / .730 / .449
    // (groups joined by "and", body words that name no body, forces named with their
    // modifier; missed and near-miss events).
    at_least(
        "dev8",
        f1("tests/dev8/gold", "tests/dev8/articles"),
        [0.89, 0.80, 0.61],
    );
}

#[test]
fn the_ninth_development_set_keeps_its_accuracy() {
    // Thirteenth session, ten articles with gold written first: .831 / .608 / .301 before the
    // session's work, which never read it; .847 / .667 / .340 after (group and organisation
    // entities, relations unseen copy states, missed and near-miss events; the lead scored
    // only its totals). Tuned on from the fourteenth session: .863 / .676 / .388 after it
    // (the dateline's agency named again, sites named with a lower-case noun, bodies named by
    // owner and noun, two subjects the parser split both fight, a seizure of power).
    // Fifteenth session (a country named in passing by its adjective, a chairman's party):
    // .865 / .693 / .390.
    at_least(
        "dev9",
        f1("tests/dev9/gold", "tests/dev9/articles"),
        [0.88, 0.78, 0.51],
    );
}

#[test]
fn the_tenth_development_set_keeps_its_accuracy() {
    // Fourteenth session, ten articles with gold written first: .838 / .584 / .340 before the
    // session's work, which never read it, and the same after it (not one byte of the
    // extraction of these ten articles changed; the lead scored only its totals). Tuned on
    // from the fifteenth session: .840 / .595 / .352 after it (a country named in passing by
    // its adjective, a chairman's party, a name the parser split off a coordinated subject).
    at_least(
        "dev10",
        f1("tests/dev10/gold", "tests/dev10/articles"),
        [0.87, 0.78, 0.54],
    );
}

#[test]
fn the_eleventh_development_set_keeps_its_accuracy() {
    // Fifteenth session, ten articles with gold written first: .855 / .649 / .303 before the
    // session's work, which never read it (the lead scores only its totals).
    at_least(
        "dev11",
        f1("tests/dev11/gold", "tests/dev11/articles"),
        [0.88, 0.78, 0.49],
    );
}

#[test]
fn the_twelfth_development_set_keeps_its_accuracy() {
    // Sixteenth session, ten articles with gold written first: .882 / .656 / .356 before the
    // session's work, which never read it (the lead scores only its totals).
    at_least(
        "dev12",
        f1("tests/dev12/gold", "tests/dev12/articles"),
        [0.88, 0.79, 0.54],
    );
}

#[test]
fn the_thirteenth_development_set_keeps_its_accuracy() {
    // Seventeenth session, ten articles with gold written first: .827 / .498 / .317 before the
    // session's work, which never read it (the lead scores only its totals).
    at_least(
        "dev13",
        f1("tests/dev13/gold", "tests/dev13/articles"),
        [0.86, 0.65, 0.52],
    );
}

#[test]
fn the_fourteenth_development_set_keeps_its_accuracy() {
    // Written at the end of the seventeenth session, gold first: .825 / .556 / .221 by the
    // code of `e96bbb3`, before anything was written from it.
    at_least(
        "dev14",
        f1("tests/dev14/gold", "tests/dev14/articles"),
        [0.85, 0.73, 0.46],
    );
}

#[test]
fn the_fifteenth_development_set_keeps_its_accuracy() {
    // Written during the eighteenth session, gold first (`391a164`): .813 / .468 / .239 by the
    // code of `275f455` (.813 / .468 / .229 by the session's starting code), before anything
    // was written from it; .819 / .543 / .299 by `6ab2088`, tuned on in the twentieth;
    // realigned to tests/CONVENTIONS.md in the twenty-first, .830 / .589 / .356 by its end.
    at_least(
        "dev15",
        f1("tests/dev15/gold", "tests/dev15/articles"),
        [0.84, 0.66, 0.47],
    );
}

#[test]
fn the_sixteenth_development_set_keeps_its_accuracy() {
    // Written at the start of the nineteenth session, gold first (`2a743d9`): .859 / .502 / .301
    // by the code of `c9f6465`, before anything was written from it; .857 / .547 / .315 by
    // `6ab2088`, the twentieth session's end, which judged its merges on it; realigned to
    // tests/CONVENTIONS.md and tuned on in the twenty-first, .877 / .627 / .406 by its end.
    at_least(
        "dev16",
        f1("tests/dev16/gold", "tests/dev16/articles"),
        [0.87, 0.69, 0.53],
    );
}

#[test]
fn the_seventeenth_development_set_keeps_its_accuracy() {
    // Written at the start of the twentieth session, gold first (`156604b`): .815 / .527 / .331
    // by the code of `f4de516`, before anything was written from it; realigned to
    // tests/CONVENTIONS.md in the twenty-first session (`7644bc6`), after which the same code
    // of `31a943e` scores .824 / .561 / .351, and the session's end .826 / .566 / .376.
    at_least(
        "dev17",
        f1("tests/dev17/gold", "tests/dev17/articles"),
        [0.84, 0.65, 0.49],
    );
}

#[test]
fn the_eighteenth_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-first session to tests/CONVENTIONS.md, gold first
    // (`964f933`): .810 / .506 / .319 by the code of `31a943e`, before anything was written
    // from it; .812 / .506 / .332 by the twenty-first session's end.
    at_least(
        "dev18",
        f1("tests/dev18/gold", "tests/dev18/articles"),
        [0.83, 0.63, 0.46],
    );
}

#[test]
fn the_nineteenth_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-second session to tests/CONVENTIONS.md, gold first
    // (`fd2bdbb`): .830 / .417 / .378 by the code of `407d217`, before anything was written
    // from it.
    at_least(
        "dev19",
        f1("tests/dev19/gold", "tests/dev19/articles"),
        [0.85, 0.51, 0.58],
    );
}

#[test]
fn the_twentieth_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-third session to tests/CONVENTIONS.md, gold first
    // (`8151f5c`): .786 / .485 / .384 by the code of `52fc38b`, before anything was written
    // from it.
    at_least(
        "dev20",
        f1("tests/dev20/gold", "tests/dev20/articles"),
        [0.79, 0.53, 0.49],
    );
}

#[test]
fn the_twenty_first_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-fourth session to tests/CONVENTIONS.md, gold first
    // (`caaf1c1`): .859 / .560 / .314 by the code of `dda8eca`, before anything was written
    // from it.
    at_least(
        "dev21",
        f1("tests/dev21/gold", "tests/dev21/articles"),
        [0.86, 0.67, 0.43],
    );
}

#[test]
fn the_twenty_second_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-fifth session to tests/CONVENTIONS.md, gold first
    // (`7922de9`): .817 / .450 / .425 by the code of `887935e`, before anything was written
    // from it.
    at_least(
        "dev22",
        f1("tests/dev22/gold", "tests/dev22/articles"),
        [0.82, 0.50, 0.51],
    );
}

#[test]
fn the_twenty_third_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-sixth session to tests/CONVENTIONS.md, gold first
    // (`a72ea80`): .836 / .558 / .337 by the code of `3bcda7d`, before anything was written
    // from it.
    at_least(
        "dev23",
        f1("tests/dev23/gold", "tests/dev23/articles"),
        [0.83, 0.57, 0.39],
    );
}

#[test]
fn the_twenty_fourth_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-seventh session to tests/CONVENTIONS.md, gold first
    // (`04d54b4`): .823 / .487 / .353 by the code of `7260559`, before anything was written
    // from it.
    at_least(
        "dev24",
        f1("tests/dev24/gold", "tests/dev24/articles"),
        [0.83, 0.49, 0.38],
    );
}

#[test]
fn the_twenty_fifth_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-eighth session to tests/CONVENTIONS.md, gold first
    // (`a4dcdf2`): .794 / .472 / .293 by the code of `eb3c8f3`, before anything was written
    // from it.
    at_least(
        "dev25",
        f1("tests/dev25/gold", "tests/dev25/articles"),
        [0.78, 0.47, 0.35],
    );
}

#[test]
fn the_twenty_sixth_development_set_keeps_its_accuracy() {
    // Written at the start of the twenty-ninth session to tests/CONVENTIONS.md, gold first
    // (`14af675`): .812 / .502 / .305 by the code of `6f9a425`, before anything was written
    // from it.
    at_least(
        "dev26",
        f1("tests/dev26/gold", "tests/dev26/articles"),
        [0.82, 0.50, 0.35],
    );
}

#[test]
fn the_twenty_seventh_development_set_keeps_its_accuracy() {
    // Written at the start of the thirtieth session to tests/CONVENTIONS.md, gold first
    // (`4ef318e`): .824 / .483 / .333 by the code of `e88189c`, before anything was written
    // from it.
    at_least(
        "dev27",
        f1("tests/dev27/gold", "tests/dev27/articles"),
        [0.81, 0.51, 0.33],
    );
}

#[test]
fn the_twenty_eighth_development_set_keeps_its_accuracy() {
    // Written at the start of the thirty-first session to tests/CONVENTIONS.md, gold first
    // (`d02c942`): .762 / .376 / .403 by the code of `eca4dc7`, before anything was written
    // from it.
    at_least(
        "dev28",
        f1("tests/dev28/gold", "tests/dev28/articles"),
        [0.74, 0.36, 0.38],
    );
}
