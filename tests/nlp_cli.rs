//! `newsgraph train`, `eval nlp` and `bench nlp` through the real binary, on fixtures the
//! team wrote (crates/nlp/tests/fixtures).

mod util;

use std::path::Path;

use util::{run, stderr, stdout};

fn fixture(name: &str) -> String {
    util::root()
        .join("crates/nlp/tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn train(which: &str, data: &str, out: &Path, extra: &[&str]) -> String {
    let out_s = out.display().to_string();
    let mut args = vec![
        "train", which, "--train", data, "--dev", data, "-o", &out_s, "--epochs", "3",
    ];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert!(o.status.success(), "train {which} failed: {}", stderr(&o));
    stderr(&o)
}

#[test]
fn training_pos_and_parser_twice_gives_the_same_bytes_and_reports_each_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let tiny = fixture("tiny.conllu");
    let (a, b) = (dir.path().join("a.ngm"), dir.path().join("b.ngm"));
    let log = train("pos", &tiny, &a, &["--bits", "10", "--seed", "5"]);
    train("pos", &tiny, &b, &["--bits", "10", "--seed", "5"]);
    for epoch in ["epoch 1:", "epoch 2:", "epoch 3:"] {
        assert!(log.contains(epoch), "no `{epoch}` progress line in:\n{log}");
    }
    assert!(log.contains("dev: token F1"), "{log}");
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());

    let trees = fixture("tiny-trees.conllu");
    let (p, q) = (dir.path().join("p.ngm"), dir.path().join("q.ngm"));
    let extra = ["--bits", "12", "--folds", "0"];
    let log = train("parser", &trees, &p, &extra);
    train("parser", &trees, &q, &extra);
    assert!(log.contains("dev: UAS"), "{log}");
    assert_eq!(std::fs::read(&p).unwrap(), std::fs::read(&q).unwrap());

    // The trained parser learns its own training trees well.
    let o = run(&[
        "eval",
        "nlp",
        "--conllu",
        &trees,
        "--parser-model",
        &p.display().to_string(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let uas: f64 = text
        .lines()
        .find(|l| l.contains("with punctuation"))
        .and_then(|l| l.split_whitespace().nth(3))
        .and_then(|x| x.parse().ok())
        .unwrap_or_else(|| panic!("no UAS in:\n{text}"));
    assert!(uas > 80.0, "UAS {uas} on the training trees:\n{text}");
}

#[test]
fn eval_nlp_prints_every_measure() {
    let o = run(&["eval", "nlp", "--conllu", &fixture("tiny.conllu")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    for what in [
        "tokens from raw text",
        "UPOS",
        "XPOS",
        "lemma",
        "with punctuation     UAS",
        "without punctuation  UAS",
        "LAS",
    ] {
        assert!(text.contains(what), "`{what}` missing from:\n{text}");
    }
    // The embedded tagger gets the team's simple news sentences almost all right.
    let upos: f64 = text
        .split("UPOS")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|x| x.parse().ok())
        .unwrap();
    assert!(upos >= 90.0, "{text}");

    let o = run(&["eval", "nlp", "--ner", &fixture("tiny-names.conll")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    for row in ["PER", "ORG", "LOC", "overall"] {
        assert!(
            text.lines().any(|l| l.trim_start().starts_with(row)),
            "no {row} row in:\n{text}"
        );
    }
}

#[test]
fn eval_without_gold_or_nlp_files_explains_what_is_needed() {
    let o = run(&["eval", "nlp"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--conllu"), "{}", stderr(&o));
    let o = run(&["eval", "--gold", "tests/gold"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--articles"), "{}", stderr(&o));
}

#[test]
fn bench_nlp_reports_each_stage_and_peak_memory() {
    let o = run(&[
        "bench",
        "nlp",
        "--input",
        &fixture("tiny.conllu"),
        "--seconds",
        "0.05",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    for stage in [
        "tokenize",
        "tag+lemma",
        "names",
        "parse",
        "tok+tag+names",
        "all",
    ] {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(stage))
            .unwrap_or_else(|| panic!("no {stage} line in:\n{text}"));
        let rate: f64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        assert!(rate > 0.0, "{line}");
    }
    assert!(text.contains("peak RSS"), "{text}");
    let o = run(&["bench", "nlp", "--input", "no/such/file.txt"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("no/such/file.txt"), "{}", stderr(&o));
}
