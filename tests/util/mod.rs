//! Shared helpers for the end-to-end tests: the real binary, real files, a real store.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// The repository root (where `data/` and `queries/` are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn samples() -> PathBuf {
    root().join("data/samples")
}

/// A command for the built `newsgraph` binary, run from the repository root.
pub fn ng() -> Command {
    let mut cmd = Command::cargo_bin("newsgraph").expect("the newsgraph binary is built");
    cmd.current_dir(root());
    cmd
}

/// Runs `newsgraph` with `args` and returns its output, whatever the exit status.
pub fn run(args: &[&str]) -> Output {
    ng().args(args).output().expect("newsgraph runs")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Ingests `inputs` into the store at `store`, panicking with stderr if it fails.
pub fn ingest(store: &Path, inputs: &[&Path]) -> Output {
    let mut args = vec!["ingest".to_string()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args.extend(["--store".to_string(), store.display().to_string()]);
    let out = ng().args(&args).output().expect("newsgraph runs");
    assert!(out.status.success(), "ingest failed: {}", stderr(&out));
    out
}

/// The store's whole content as sorted N-Quads.
pub fn dump(store: &Path) -> Vec<u8> {
    let out = run(&[
        "dump",
        "--format",
        "nq",
        "--store",
        &store.display().to_string(),
    ]);
    assert!(out.status.success(), "dump failed: {}", stderr(&out));
    out.stdout
}

/// Runs a SELECT on the store and returns the CSV rows after the header.
pub fn select_csv(store: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["query"];
    all.extend_from_slice(args);
    let store = store.display().to_string();
    all.extend(["--format", "csv", "--store", &store]);
    let out = run(&all);
    assert!(out.status.success(), "query failed: {}", stderr(&out));
    stdout(&out)
        .lines()
        .skip(1)
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect()
}

/// An article of our own, for tests that need one that is not a sample.
pub const WIRE_ARTICLE: &str = "Title: Ministers trade charges\n\
Source: Test Wire\n\
Published: 2023-06-13\n\
\n\
VIENNA, June 13. /TW/. Austria and Hungary accused each other of blocking a river treaty, \
Austrian Foreign Minister Karl Weber said on Tuesday.\n\
\n\
\"We will not sign a text that ignores the floods,\" Weber told reporters in Vienna.\n";
