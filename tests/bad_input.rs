//! Bad input gets a clear error naming the file and the cause, a non-zero exit, and leaves
//! the store exactly as it was.

mod util;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use util::*;

/// A store holding one good article, and its dump, to compare against after a failure.
fn store_with_one_article(dir: &Path) -> (std::path::PathBuf, Vec<u8>) {
    let article = dir.join("good.txt");
    fs::write(&article, WIRE_ARTICLE).unwrap();
    let store = dir.join("store");
    ingest(&store, &[&article]);
    let before = dump(&store);
    assert!(!before.is_empty());
    (store, before)
}

/// Ingests `bad` and checks: failure, the message names `names` and `cause`, store intact.
fn assert_refused(bad: &Path, names: &str, cause: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = store_with_one_article(dir.path());
    let out = run(&[
        "ingest",
        &bad.display().to_string(),
        "--store",
        &store.display().to_string(),
    ]);
    let err = stderr(&out);
    assert!(
        !out.status.success(),
        "bad input accepted: {}",
        bad.display()
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains(names), "error does not name {names:?}: {err}");
    assert!(
        err.to_lowercase().contains(cause),
        "error does not say {cause:?}: {err}"
    );
    assert_eq!(
        dump(&store),
        before,
        "the store changed after a refused ingest"
    );
}

#[test]
fn empty_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.txt");
    fs::write(&path, "").unwrap();
    assert_refused(&path, "empty.txt", "empty");
}

#[test]
fn binary_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.txt");
    fs::write(&path, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1, 2, 3]).unwrap();
    assert_refused(&path, "photo.txt", "binary");
}

#[test]
fn invalid_utf8_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    fs::write(&path, b"PARIS, May 2. Le pr\xe9sident a parl\xe9.\n").unwrap();
    assert_refused(&path, "latin1.txt", "utf-8");
}

#[test]
fn directory_without_articles_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("nothing-here");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("notes.md"), "not an article").unwrap();
    assert_refused(&empty, "nothing-here", "no article");
}

#[test]
fn malformed_jsonl_line_is_reported_with_its_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let mut f = fs::File::create(&path).unwrap();
    writeln!(
        f,
        r#"{{"id":"ok-1","text":"BERLIN, May 3. Germany and France met on Friday."}}"#
    )
    .unwrap();
    writeln!(f, r#"{{"id":"broken","text":"unterminated}}"#).unwrap();
    drop(f);
    assert_refused(&path, "feed.jsonl", "line 2");
}

#[test]
fn missing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert_refused(&dir.path().join("nope.txt"), "nope.txt", "no such file");
}

#[test]
fn store_path_that_is_a_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("good.txt");
    fs::write(&article, WIRE_ARTICLE).unwrap();
    let not_a_dir = dir.path().join("store.db");
    fs::write(&not_a_dir, "precious").unwrap();
    let out = run(&[
        "ingest",
        &article.display().to_string(),
        "--store",
        &not_a_dir.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("store.db"), "{err}");
    assert!(err.to_lowercase().contains("not a directory"), "{err}");
    assert_eq!(fs::read_to_string(&not_a_dir).unwrap(), "precious");
}

#[test]
fn query_on_a_missing_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("never-made");
    let out = run(&[
        "query",
        "SELECT * WHERE { ?s ?p ?o }",
        "--store",
        &missing.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("never-made"), "{}", stderr(&out));
    assert!(!missing.exists(), "a read-only command created a store");
}

#[test]
fn store_locked_by_a_running_newsgraph_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = store_with_one_article(dir.path());
    // A first ingest holds the store open while it waits for standard input. If it loses
    // the race for the lock to one of our probes it exits, and is started again.
    let spawn_holder = || {
        Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["ingest", "-", "--store", &store.display().to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut holder = spawn_holder();
    let article = dir.path().join("good.txt");
    let deadline = Instant::now() + Duration::from_secs(20);
    let err = loop {
        assert!(
            Instant::now() < deadline,
            "the second ingest was never refused"
        );
        std::thread::sleep(Duration::from_millis(100));
        if holder.try_wait().unwrap().is_some() {
            holder = spawn_holder();
            continue;
        }
        let out = run(&[
            "ingest",
            &article.display().to_string(),
            "--store",
            &store.display().to_string(),
        ]);
        if !out.status.success() {
            break stderr(&out);
        }
    };
    holder.kill().unwrap();
    holder.wait().unwrap();
    assert!(err.contains("store"), "{err}");
    assert!(err.to_lowercase().contains("in use"), "{err}");
    assert_eq!(dump(&store), before);
}

#[test]
fn bad_sparql_names_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_with_one_article(dir.path());
    let out = run(&[
        "query",
        "SELEKT nothing",
        "--store",
        &store.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).to_lowercase().contains("query"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_gold_directory_is_named_with_its_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("no-such-gold");
    let out = run(&[
        "eval",
        "--gold",
        &gold.display().to_string(),
        "--articles",
        &dir.path().display().to_string(),
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(&gold.display().to_string()), "{err}");
    assert!(err.contains("cannot read"), "{err}");
    // The operating system's reason, said once: a doubled cause reads as two failures.
    assert_eq!(err.matches("os error").count(), 1, "{err}");
}
