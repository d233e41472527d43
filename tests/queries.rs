//! Every named query in `queries/`, run by the real binary on a store built from
//! `data/samples`, checked against what the sample articles say.
//!
//! Where the baseline extractor's answer is fully right (spokespeople, leaders) the whole
//! answer is pinned. Where it still holds wrong rows (an accusation without its target,
//! "Greek" the language counted as Greece), the test pins the rows a correct answer must
//! contain and the properties every row must have, so that it does not enshrine the errors.

mod util;

use std::path::PathBuf;
use std::sync::OnceLock;

use util::*;

/// One store for all the tests in this file, built once by the real `ingest`.
fn store() -> &'static PathBuf {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let store = dir.path().join("store");
            ingest(&store, &[&samples()]);
            (dir, store)
        })
        .1
}

/// Parses RFC 4180 CSV rows (quoted fields may hold commas, quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Runs a named query and returns its header and rows.
fn named(name: &str, params: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let store = store().display().to_string();
    let mut args = vec![
        "query", "--name", name, "--format", "csv", "--store", &store,
    ];
    for p in params {
        args.extend(["--param", p]);
    }
    let out = run(&args);
    assert!(out.status.success(), "{name}: {}", stderr(&out));
    let mut rows = parse_csv(&stdout(&out));
    let header = rows.remove(0);
    (header, rows)
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

#[test]
fn spokespeople_and_whom_they_speak_for() {
    let (header, rows) = named("spokespeople", &[]);
    assert_eq!(header, row(&["spokesperson", "speaks_for", "articles"]));
    assert_eq!(
        rows,
        vec![
            row(&["Abdul Wahid Haqyar", "Afghan defence ministry", "1"]),
            row(&["Dawit Alemu", "Ethiopian foreign ministry", "1"]),
            row(&["Eleni Kostaki", "Greek foreign ministry", "1"]),
            row(&["James Kalua", "Malawi Police Service", "1"]),
            row(&["Pavel Yarosh", "Belarusian foreign ministry", "1"]),
            row(&["Yasmine Alaoui", "Moroccan foreign ministry", "1"]),
            row(&["Zoltan Kertesz", "Hungarian government", "1"]),
        ]
    );
}

#[test]
fn leaders_and_what_they_lead() {
    let (header, rows) = named("leaders", &[]);
    assert_eq!(header, row(&["leader", "leads", "articles"]));
    assert_eq!(
        rows,
        vec![
            row(&["Marek Zalewski", "Poland", "1"]),
            // The gold has it too: "Rui Coelho, the leader of the United Teachers' Front".
            row(&["Rui Coelho", "United Teachers' Front", "1"]),
            row(&["Ruta Vaitkiene", "Lithuania", "1"]),
        ]
    );
}

#[test]
fn who_accused_whom_has_both_directions_of_a_mutual_accusation() {
    let (header, rows) = named("who-accused-whom", &[]);
    assert_eq!(
        header,
        row(&["source", "target", "date", "polarity", "sentence"])
    );
    let mutual = "Greece and Turkey accused each other on Thursday of violating their airspace \
                  over the Aegean Sea, the sharpest exchange between the two neighbours in months.";
    for (a, b) in [("Greece", "Türkiye"), ("Türkiye", "Greece")] {
        assert!(
            rows.contains(&row(&[a, b, "2024-04-18", "asserted", mutual])),
            "{a} -> {b} missing from {rows:#?}"
        );
    }
    let mut sorted = rows.clone();
    sorted.sort();
    assert_eq!(rows, sorted, "rows are not in a stable order");
    for r in &rows {
        assert!(
            !r[0].is_empty() && !r[4].is_empty(),
            "accusation without accuser or sentence: {r:?}"
        );
        assert!(
            ["asserted", "negated", "unrealised"].contains(&r[3].as_str()),
            "{r:?}"
        );
    }
}

#[test]
fn events_by_place_puts_the_airspace_accusation_over_the_aegean() {
    let (header, rows) = named("events-by-place", &[]);
    assert_eq!(
        header,
        row(&["place", "event", "cameo", "date", "polarity", "article"])
    );
    let article = "2024-04-18-greece-turkey-airspace";
    assert!(rows.contains(&row(&[
        "Aegean Sea",
        "accuse",
        "112",
        "2024-04-18",
        "asserted",
        article
    ])));
    assert!(
        rows.iter().all(|r| !r[0].is_empty() && !r[5].is_empty()),
        "{rows:#?}"
    );
}

#[test]
fn unrealised_or_negated_lists_only_what_did_not_happen() {
    let (header, rows) = named("unrealised-or-negated", &[]);
    assert_eq!(header[0], "polarity");
    assert!(
        rows.iter()
            .all(|r| r[0] == "negated" || r[0] == "unrealised"),
        "{rows:#?}"
    );
    // "Tokonov and Nazarov are expected to meet ... next week": a planned meeting.
    for person in ["Almaz Tokonov", "Farrukh Nazarov"] {
        assert!(
            rows.iter()
                .any(|r| r[0] == "unrealised" && r[2] == "meet" && r[3] == person),
            "the planned meeting of {person} is missing: {rows:#?}"
        );
    }
}

#[test]
fn actor_mentions_finds_the_country_and_its_demonym_with_their_sentences() {
    let (header, rows) = named("actor-mentions", &["actor=Greece"]);
    assert_eq!(
        header,
        row(&[
            "label",
            "article",
            "published",
            "start",
            "mention",
            "sentence"
        ])
    );
    let article = "2024-04-18-greece-turkey-airspace";
    assert!(
        rows.iter().all(|r| r[0] == "Greece" && r[1] == article),
        "{rows:#?}"
    );
    let found: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[3].as_str(), r[4].as_str()))
        .collect();
    // "Greece" twice in the body, "Greek" qualifying airspace, aircraft and rescue teams.
    for expected in [
        ("20", "Greece"),
        ("272", "Greek"),
        ("484", "Greek"),
        ("585", "Greece"),
        ("967", "Greek"),
    ] {
        assert!(
            found.contains(&expected),
            "{expected:?} missing from {found:?}"
        );
    }
    let text = std::fs::read_to_string(samples().join(format!("{article}.txt"))).unwrap();
    let body = text.split_once("\n\n").unwrap().1;
    for r in &rows {
        assert!(
            body.contains(&r[5]),
            "sentence not from the article: {}",
            r[5]
        );
        let start: usize = r[3].parse().unwrap();
        let at: String = body
            .chars()
            .skip(start)
            .take(r[4].chars().count())
            .collect();
        assert_eq!(at, r[4], "offset {start} does not point at the mention");
    }
    // Case does not matter in the parameter.
    assert_eq!(named("actor-mentions", &["actor=greece"]).1, rows);
}

#[test]
fn actors_are_ranked_by_how_many_articles_name_them() {
    let (header, rows) = named("actors", &[]);
    assert_eq!(header, row(&["actor", "type", "articles", "mentions"]));
    let articles: Vec<u32> = rows.iter().map(|r| r[2].parse().unwrap()).collect();
    assert!(articles.windows(2).all(|w| w[0] >= w[1]), "{articles:?}");
    let greece = rows
        .iter()
        .find(|r| r[0] == "Greece")
        .expect("Greece is an actor");
    assert_eq!(greece[1], "country");
}

#[test]
fn every_query_file_is_tested_here() {
    let tested = [
        "actor-mentions",
        "actors",
        "events-by-place",
        "leaders",
        "spokespeople",
        "unrealised-or-negated",
        "who-accused-whom",
    ];
    let mut files: Vec<String> = std::fs::read_dir(root().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files, tested,
        "a query in queries/ has no test in tests/queries.rs"
    );
}
