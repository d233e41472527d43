//! Opening a store: what is refused, and that the refusal names the path and the cause.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use newsgraph_store::{Store, StoreError};

#[test]
fn a_regular_file_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("graph.db");
    fs::write(&file, "keep me").unwrap();
    for result in [Store::open(&file), Store::open_read_only(&file)] {
        let err = result.unwrap_err();
        assert!(matches!(err, StoreError::NotADirectory { .. }), "{err}");
        let msg = err.to_string();
        assert!(
            msg.contains(&file.display().to_string()) && msg.contains("not a directory"),
            "{msg}"
        );
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep me");
}

#[test]
fn a_directory_of_other_files_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err}");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "something was written next to notes.txt"
    );
}

#[test]
fn a_missing_store_is_created_with_its_parents_but_never_by_a_reader() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("not-yet");
    let err = Store::open_read_only(&missing).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err}");
    assert!(err.to_string().contains("not-yet"), "{err}");
    assert!(!missing.exists());

    let nested = dir.path().join("a/b/store");
    let store = Store::open(&nested).unwrap();
    assert!(store.is_empty().unwrap());
    drop(store);
    // An empty directory is a fine place for a new store.
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    Store::open(&empty).unwrap();
}

#[test]
fn a_second_writer_in_the_same_process_is_told_the_store_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let first = Store::open(&path).unwrap();
    first.ingest(&common::article_one()).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(
        err.to_string().contains("in use by another newsgraph"),
        "{err}"
    );
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );

    // Readers are not locked out, and see what was committed.
    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(reader.len().unwrap(), first.len().unwrap());
    let err = reader.ingest(&common::article_two()).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");

    drop(first);
    Store::open(&path).expect("the lock goes with the first handle");
}

const HOLDER_ENV: &str = "NEWSGRAPH_STORE_TEST_HOLD";

/// Run twice: as the test, it starts a copy of this test binary that opens the store and
/// waits; as that copy (the environment variable set), it holds the store until its
/// standard input closes.
#[test]
fn a_writer_in_another_process_is_told_the_store_is_in_use() {
    if let Ok(path) = std::env::var(HOLDER_ENV) {
        let store = Store::open(path.as_ref()).unwrap();
        println!("holder: open");
        let mut rest = Vec::new();
        std::io::stdin().read_to_end(&mut rest).unwrap();
        drop(store);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    Store::open(&path)
        .unwrap()
        .ingest(&common::article_one())
        .unwrap();

    let mut holder = Command::new(std::env::current_exe().unwrap())
        .args([
            "a_writer_in_another_process_is_told_the_store_is_in_use",
            "--exact",
            "--nocapture",
        ])
        .env(HOLDER_ENV, &path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(holder.stdout.take().unwrap()).lines();
    assert!(
        lines.any(|l| l.unwrap().contains("holder: open")),
        "the holder never opened the store"
    );

    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains("is it in use by another newsgraph?"),
        "{err}"
    );
    let reader = Store::open_read_only(&path).unwrap();
    assert!(reader.len().unwrap() > 0);

    drop(holder.stdin.take());
    assert!(holder.wait().unwrap().success());
    Store::open(&path).expect("the lock goes with the holder");
}
