//! Loading gold directories and running the whole evaluation over files.

use std::fs;
use std::path::Path;

use newsgraph_eval::{evaluate_dir, load_gold_dir, EvalError};
use newsgraph_model::{Article, ArticleGraph, Entity, EntityType};

const GOLD: &str = r#"{
  "article": {"id": "quarry-vote", "text_file": "quarry.txt", "published": "2022-01-03",
              "source": "Valley Post", "dateline": "Lyon"},
  "entities": [
    {"id": "council", "kind": "actor", "type": "organisation", "names": ["the town council", "council"]},
    {"id": "lyon", "kind": "place", "type": "city", "names": ["Lyon"]}
  ],
  "relations": [{"subject": "council", "predicate": "located_in", "object": "lyon"}],
  "events": [{"id": "e1", "type": "reject", "cameo": "120", "source": ["council"], "target": [],
              "place": ["lyon"], "date": "2021-12-30", "polarity": "asserted"}]
}"#;

fn write(dir: &Path, name: &str, content: &str) {
    fs::write(dir.join(name), content).unwrap();
}

#[test]
fn gold_files_are_loaded_in_name_order_and_others_ignored() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "b.gold.json",
        &GOLD.replace("quarry-vote", "second"),
    );
    write(dir.path(), "a.gold.json", GOLD);
    write(dir.path(), "notes.json", "{}");
    let golds = load_gold_dir(dir.path()).unwrap();
    let ids: Vec<&str> = golds.iter().map(|(_, g)| g.article.id.as_str()).collect();
    assert_eq!(ids, ["quarry-vote", "second"]);
    assert!(golds[0].0.ends_with("a.gold.json"));
    assert_eq!(golds[0].1.events[0].cameo_root(), Some("12"));
}

fn load_error(content: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "bad.gold.json", content);
    let err = load_gold_dir(dir.path()).unwrap_err().to_string();
    let prefix = format!("{}: ", dir.path().join("bad.gold.json").display());
    assert!(err.starts_with(&prefix), "{err}");
    err[prefix.len()..].to_string()
}

#[test]
fn broken_gold_files_are_named_with_the_cause() {
    assert!(load_error("{\"article\": ").contains("line 1 column 12"));
    let unknown_ref = GOLD.replace(r#""object": "lyon""#, r#""object": "paris""#);
    assert_eq!(
        load_error(&unknown_ref),
        "relation council located_in paris refers to \"paris\", which is not among the entities"
    );
    let typo = GOLD.replace(r#""target": []"#, r#""traget": []"#);
    assert!(load_error(&typo).contains("unknown field `traget`"));
    let bad_code = GOLD.replace(r#""cameo": "120""#, r#""cameo": "1x0""#);
    assert!(load_error(&bad_code).starts_with("event e1: invalid CAMEO code \"1x0\""));
    let bad_predicate = GOLD.replace("located_in", "lives_in");
    assert!(load_error(&bad_predicate).contains("invalid relation type \"lives_in\""));
    let bad_date = GOLD.replace("2021-12-30", "2021-12-32");
    assert!(load_error(&bad_date).starts_with("event e1: invalid date"));
}

#[test]
fn a_directory_without_gold_files_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = load_gold_dir(dir.path()).unwrap_err();
    assert!(matches!(err, EvalError::NoGold { .. }));
    assert!(err
        .to_string()
        .ends_with("no gold files (*.gold.json) found"));
}

#[test]
fn evaluate_dir_reads_each_article_fills_its_metadata_and_scores_it() {
    let gold_dir = tempfile::tempdir().unwrap();
    let articles = tempfile::tempdir().unwrap();
    write(gold_dir.path(), "quarry.gold.json", GOLD);
    // No headers: the publication date and source come from the gold metadata, and the
    // December dateline of a January story falls in the year before.
    write(
        articles.path(),
        "quarry.txt",
        "LYON, Dec. 30 — The town council voted down the quarry plan.\n",
    );
    let mut seen = Vec::new();
    let report = evaluate_dir(gold_dir.path(), articles.path(), |article: &Article| {
        seen.push(article.clone());
        ArticleGraph {
            article: article.clone(),
            extractor: "test".into(),
            sentences: vec![],
            entities: vec![
                Entity::new("c", EntityType::Organisation, "Town Council"),
                Entity::new("l", EntityType::City, "Lyon"),
            ],
            relations: vec![],
            events: vec![],
        }
    })
    .unwrap();

    let a = &seen[0];
    assert_eq!(a.id, "quarry-vote");
    assert_eq!(a.source.as_deref(), Some("Valley Post"));
    assert_eq!(a.published.as_ref().unwrap().to_string(), "2022-01-03");
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(
        (d.place.as_str(), d.date.as_ref().unwrap().to_string()),
        ("Lyon", "2021-12-30".to_string())
    );

    let s = &report.articles[0];
    assert_eq!(s.id, "quarry-vote");
    let e = s.scores.entities.overall;
    assert_eq!((e.tp, e.fp, e.fn_), (2, 0, 0));
    let r = s.scores.relations.overall;
    assert_eq!((r.tp, r.fp, r.fn_), (0, 0, 1));
    let ev = report.totals.events.overall;
    assert_eq!((ev.tp, ev.fp, ev.fn_), (0, 0, 1));
}

#[test]
fn headers_in_the_article_win_over_gold_metadata() {
    let gold_dir = tempfile::tempdir().unwrap();
    let articles = tempfile::tempdir().unwrap();
    write(gold_dir.path(), "q.gold.json", GOLD);
    write(
        articles.path(),
        "quarry.txt",
        "Source: Other Desk\nPublished: 2021-12-31\n\nThe council met.\n",
    );
    let mut seen = None;
    evaluate_dir(gold_dir.path(), articles.path(), |article: &Article| {
        seen = Some((article.source.clone(), article.published.clone()));
        ArticleGraph {
            article: article.clone(),
            extractor: "test".into(),
            sentences: vec![],
            entities: vec![],
            relations: vec![],
            events: vec![],
        }
    })
    .unwrap();
    let (source, published) = seen.unwrap();
    assert_eq!(source.as_deref(), Some("Other Desk"));
    assert_eq!(published.unwrap().to_string(), "2021-12-31");
}

#[test]
fn a_missing_article_names_the_gold_file_and_the_article() {
    let gold_dir = tempfile::tempdir().unwrap();
    let articles = tempfile::tempdir().unwrap();
    write(gold_dir.path(), "quarry.gold.json", GOLD);
    let err = evaluate_dir(
        gold_dir.path(),
        articles.path(),
        |_: &Article| unreachable!(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: {}: no such file or directory (the articles directory must hold each gold file's text_file)",
            gold_dir.path().join("quarry.gold.json").display(),
            articles.path().join("quarry.txt").display()
        )
    );
}

/// Every gold set we commit (samples, every development set, both blind sets as realigned and as first written) must load, point at an article
/// that exists, and only name things its article says: a gold name missing from the text can
/// never be matched, so it would lower every score without anyone noticing.
#[test]
fn every_committed_gold_file_loads_and_names_only_what_its_article_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let sets = [
        ("tests/gold", "data/samples"),
        ("tests/dev/gold", "tests/dev/articles"),
        ("tests/dev2/gold", "tests/dev2/articles"),
        ("tests/dev3/gold", "tests/dev3/articles"),
        ("tests/dev4/gold", "tests/dev4/articles"),
        ("tests/dev5/gold", "tests/dev5/articles"),
        ("tests/dev6/gold", "tests/dev6/articles"),
        ("tests/dev7/gold", "tests/dev7/articles"),
        ("tests/dev8/gold", "tests/dev8/articles"),
        ("tests/dev9/gold", "tests/dev9/articles"),
        ("tests/dev10/gold", "tests/dev10/articles"),
        ("tests/dev11/gold", "tests/dev11/articles"),
        ("tests/dev12/gold", "tests/dev12/articles"),
        ("tests/dev13/gold", "tests/dev13/articles"),
        ("tests/dev14/gold", "tests/dev14/articles"),
        ("tests/dev15/gold", "tests/dev15/articles"),
        ("tests/dev16/gold", "tests/dev16/articles"),
        ("tests/dev17/gold", "tests/dev17/articles"),
        ("tests/dev18/gold", "tests/dev18/articles"),
        ("tests/dev19/gold", "tests/dev19/articles"),
        ("tests/dev20/gold", "tests/dev20/articles"),
        ("tests/dev21/gold", "tests/dev21/articles"),
        ("tests/dev22/gold", "tests/dev22/articles"),
        ("tests/dev23/gold", "tests/dev23/articles"),
        ("tests/dev24/gold", "tests/dev24/articles"),
        ("tests/dev25/gold", "tests/dev25/articles"),
        ("tests/dev26/gold", "tests/dev26/articles"),
        ("tests/dev27/gold", "tests/dev27/articles"),
        ("tests/dev28/gold", "tests/dev28/articles"),
        ("tests/heldout/gold", "tests/heldout/articles"),
        ("tests/fresh/gold", "tests/fresh/articles"),
        ("tests/heldout/gold-as-written", "tests/heldout/articles"),
        ("tests/fresh/gold-as-written", "tests/fresh/articles"),
    ];
    let squash = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut files = 0;
    for (gold_dir, article_dir) in sets {
        for (path, gold) in load_gold_dir(&root.join(gold_dir)).unwrap() {
            let text_path = root.join(article_dir).join(&gold.article.text_file);
            let text = squash(
                &fs::read_to_string(&text_path)
                    .unwrap_or_else(|e| panic!("{}: {e}", text_path.display())),
            );
            for entity in &gold.entities {
                for name in &entity.names {
                    // Matching ignores a leading "the" (GOLD-FORMAT.md), so "the mission"
                    // may stand for "A mission spokesman".
                    let name = squash(name);
                    let name = name.strip_prefix("the ").unwrap_or(&name);
                    assert!(
                        text.contains(name),
                        "{}: entity {} name {name:?} is not in {}",
                        path.display(),
                        entity.id,
                        text_path.display()
                    );
                }
            }
            files += 1;
        }
    }
    assert!(files >= 358, "only {files} gold files found");
}
