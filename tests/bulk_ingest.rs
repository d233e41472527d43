//! Bulk ingest on the real binary and a real on-disk store: resuming, a kill -9 in the
//! middle, reading while an ingest runs, dump and load round trips, and a foreign reader
//! (rdflib) for every dump format.

mod util;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use util::*;

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// Writes `n` synthetic articles to `out` (a directory or a .jsonl file).
fn generate(n: u64, out: &Path) {
    let o = run(&["gen", "--articles", &n.to_string(), "-o", &s(out)]);
    assert!(o.status.success(), "gen failed: {}", stderr(&o));
}

fn ingest_args(store: &Path, input: &Path, extra: &[&str]) -> String {
    let mut args = vec!["ingest", "--store"];
    let store = s(store);
    let input = s(input);
    args.push(&store);
    args.push(&input);
    args.extend_from_slice(extra);
    let o = run(&args);
    assert!(o.status.success(), "ingest failed: {}", stderr(&o));
    stderr(&o)
}

/// The number in "{label} N" or "N {label}" of an ingest summary.
fn figure(summary: &str, before: &str) -> u64 {
    let at = summary
        .find(before)
        .unwrap_or_else(|| panic!("no {before:?} in {summary}"));
    summary[at + before.len()..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no number after {before:?} in {summary}"))
}

/// Quads per article graph, and which graphs carry a content hash.
fn graph_sizes(store: &Path) -> (BTreeMap<String, u64>, BTreeMap<String, String>) {
    let sizes = select_csv(
        store,
        // Article graphs only: the shared entity graph fills as articles come in (the
        // final dump comparison covers it).
        &["SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
           FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/article/\")) } GROUP BY ?g"],
    )
    .into_iter()
    .map(|row| {
        let (g, n) = row.rsplit_once(',').unwrap();
        (g.to_string(), n.parse().unwrap())
    })
    .collect();
    let hashes = select_csv(
        store,
        &["SELECT ?g ?h WHERE { GRAPH ?g { ?g ng:contentHash ?h } }"],
    )
    .into_iter()
    .map(|row| {
        let (g, h) = row.split_once(',').unwrap();
        (g.to_string(), h.to_string())
    })
    .collect();
    (sizes, hashes)
}

/// Articles whose hash marker is visible, read through a read-only open.
fn committed(store: &Path) -> Option<u64> {
    let out = run(&[
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ng:contentHash ?h }",
        "--format",
        "csv",
        "--store",
        &s(store),
    ]);
    if !out.status.success() {
        return None;
    }
    stdout(&out).lines().nth(1)?.trim().parse().ok()
}

fn spawn_ingest(store: &Path, input: &Path, batch: &str) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["ingest", &s(input), "--store", &s(store), "--batch", batch])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn a_second_ingest_skips_and_a_changed_article_replaces_its_graph() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    generate(40, &articles);
    let store = dir.path().join("store");
    let first = ingest_args(&store, &articles, &[]);
    assert_eq!(figure(&first, "ingested "), 40, "{first}");
    let before = dump(&store);

    let second = ingest_args(&store, &articles, &["--jobs", "1"]);
    assert_eq!(figure(&second, "ingested "), 0, "{second}");
    assert_eq!(figure(&second, "skipped "), 40, "{second}");
    assert_eq!(dump(&store), before, "a skipping re-run changed the store");

    let changed = articles.join("synthetic-0000007.txt");
    let text = fs::read_to_string(&changed).unwrap();
    let old_sentence = text.lines().last().unwrap().split(". ").next().unwrap();
    fs::write(
        &changed,
        text.replace(
            old_sentence,
            "Greece and Chile signed an accord on olive exports",
        ),
    )
    .unwrap();
    let third = ingest_args(&store, &articles, &[]);
    assert_eq!(figure(&third, "ingested "), 1, "{third}");
    assert_eq!(figure(&third, "skipped "), 39, "{third}");
    assert_eq!(figure(&third, "replaced "), 1, "{third}");

    // Exactly what a clean ingest of the changed folder gives: the old version is gone.
    let fresh = dir.path().join("fresh");
    ingest_args(&fresh, &articles, &[]);
    let now = dump(&store);
    assert!(now == dump(&fresh), "the replaced article left traces");
    assert!(!String::from_utf8(now).unwrap().contains(old_sentence));
}

#[test]
fn kill_9_during_ingest_leaves_only_whole_articles_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    generate(1500, &input);
    let reference = dir.path().join("reference");
    ingest_args(&reference, &input, &[]);
    let (want_sizes, want_hashes) = graph_sizes(&reference);
    assert_eq!(want_sizes.len(), 1500);

    // Small batches, so that several commits happen before the kill.
    let store = dir.path().join("store");
    let mut child = spawn_ingest(&store, &input, "8000");
    let deadline = Instant::now() + Duration::from_secs(120);
    let seen = loop {
        assert!(Instant::now() < deadline, "no batch was ever committed");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the ingest finished before it could be killed; make the input larger"
        );
        match committed(&store) {
            Some(n) if n > 0 => break n,
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let (sizes, hashes) = graph_sizes(&store);
    assert!(
        sizes.len() as u64 >= seen,
        "committed articles were lost: {} < {seen}",
        sizes.len()
    );
    assert!(sizes.len() < 1500, "the kill came after the end");
    for (graph, n) in &sizes {
        assert_eq!(
            Some(n),
            want_sizes.get(graph),
            "{graph} is partial after the kill"
        );
        assert_eq!(hashes.get(graph), want_hashes.get(graph), "{graph}");
    }

    // The re-run opens the store (removing the dead loader's files), skips what is there
    // and writes the rest.
    let rerun = ingest_args(&store, &input, &[]);
    assert_eq!(figure(&rerun, "skipped "), sizes.len() as u64, "{rerun}");
    assert_eq!(
        figure(&rerun, "ingested "),
        1500 - sizes.len() as u64,
        "{rerun}"
    );
    assert!(
        dump(&store) == dump(&reference),
        "the resumed store differs"
    );
    let orphans: Vec<PathBuf> = fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("bulk-")
        })
        .collect();
    assert!(orphans.is_empty(), "{orphans:?}");
}

#[test]
fn queries_run_while_an_ingest_writes_and_never_see_half_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    generate(800, &input);
    let store = dir.path().join("store");
    // The store must exist before a reader can open it.
    let first = dir.path().join("first.jsonl");
    fs::write(
        &first,
        fs::read_to_string(&input).unwrap().lines().next().unwrap(),
    )
    .unwrap();
    ingest_args(&store, &first, &[]);

    let mut child = spawn_ingest(&store, &input, "5000");
    let mut reads_during = 0;
    let mut last = 0;
    while child.try_wait().unwrap().is_none() {
        let out = run(&[
            "query",
            "SELECT ?g WHERE { GRAPH ?g { ?x a schema:NewsArticle } \
             FILTER NOT EXISTS { GRAPH ?g { ?g ng:contentHash ?h } } }",
            "--format",
            "csv",
            "--store",
            &s(&store),
        ]);
        assert!(out.status.success(), "read failed: {}", stderr(&out));
        assert_eq!(
            stdout(&out).lines().count(),
            1,
            "an article without its commit marker was visible: {}",
            stdout(&out)
        );
        let n = committed(&store).expect("count during ingest");
        assert!(n >= last, "committed articles went from {last} to {n}");
        last = n;
        if child.try_wait().unwrap().is_none() {
            reads_during += 1;
        }
    }
    let status = child.wait_with_output().unwrap();
    assert!(status.status.success(), "{}", stderr(&status));
    assert!(reads_during > 0, "no read overlapped the ingest");
    assert_eq!(committed(&store), Some(800));
}

#[test]
fn dump_then_load_then_dump_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ingest(&store, &[&samples()]);
    let original = dump(&store);
    for format in ["nq", "trig", "jsonld"] {
        let file = dir.path().join(format!("dump.{format}"));
        let o = run(&[
            "dump",
            "--format",
            format,
            "-o",
            &s(&file),
            "--store",
            &s(&store),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let copy = dir.path().join(format!("copy-{format}"));
        let o = run(&["load", &s(&file), "--store", &s(&copy)]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stderr(&o).contains("loaded"), "{}", stderr(&o));
        assert!(
            dump(&copy) == original,
            "{format}: dump -> load -> dump changed the bytes"
        );
        // And the same format again, byte for byte.
        let again = run(&["dump", "--format", format, "--store", &s(&copy)]);
        assert!(again.stdout == fs::read(&file).unwrap(), "{format}");
    }

    // A store that holds data is refused, and left as it was; --force adds to it.
    let file = dir.path().join("dump.nq");
    let copy = dir.path().join("copy-nq");
    let refused = run(&["load", &s(&file), "--store", &s(&copy)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("not empty"),
        "{}",
        stderr(&refused)
    );
    assert!(dump(&copy) == original);
    let forced = run(&["load", &s(&file), "--force", "--store", &s(&copy)]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        dump(&copy) == original,
        "the same quads twice are still one set"
    );

    // A dump that breaks half-way loads nothing.
    let text = String::from_utf8(original.clone()).unwrap();
    let broken = dir.path().join("broken.nq");
    let half = text.len() / 2;
    let cut = text[..half].rfind('\n').unwrap() + 1;
    fs::write(
        &broken,
        format!("{}<not an iri\n{}", &text[..cut], &text[cut..]),
    )
    .unwrap();
    let empty = dir.path().join("empty");
    let bad = run(&["load", &s(&broken), "--store", &s(&empty)]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("broken.nq"), "{}", stderr(&bad));
    let after = run(&["dump", "--store", &s(&empty)]);
    assert!(after.stdout.is_empty(), "a failed load wrote quads");
}

#[test]
fn dump_of_one_graph_holds_only_that_article() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ingest(&store, &[&samples()]);
    let iri = "https://w3id.org/newsgraph/article/2024-03-11-hungary-gas-spokesman";
    let o = run(&["dump", "--graph", iri, "--store", &s(&store)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(!text.is_empty());
    assert!(text.lines().all(|l| l.ends_with(&format!("<{iri}> ."))));
    let missing = run(&[
        "dump",
        "--graph",
        "https://w3id.org/newsgraph/article/none",
        "--store",
        &s(&store),
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("no such graph"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn rdflib_reads_every_dump_format_with_the_right_counts() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ingest(&store, &[&samples()]);
    let folder = dir.path().join("dumps");
    fs::create_dir(&folder).unwrap();
    for format in ["nq", "trig", "ttl", "nt", "jsonld"] {
        let o = run(&[
            "dump",
            "--format",
            format,
            "-o",
            &s(&folder.join(format!("dump.{format}"))),
            "--store",
            &s(&store),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let lines = |f: &str| {
        fs::read_to_string(folder.join(f))
            .unwrap()
            .lines()
            .count()
            .to_string()
    };
    let (quads, triples) = (lines("dump.nq"), lines("dump.nt"));
    let script = root().join("tests/interop/rdflib_roundtrip.py");
    let out = Command::new("python3")
        .arg(&script)
        .args([s(&folder), quads, triples])
        .output()
        .expect("python3 is needed for the interop test (scripts/setup installs it)");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "rdflib interop failed (exit {:?}; if rdflib is missing: pip install -r \
         tests/interop/requirements.txt):\n{report}",
        out.status.code()
    );
    assert_eq!(report.matches(": ok").count(), 5, "{report}");
}

#[test]
fn generated_articles_are_deterministic_and_the_extractor_reads_their_events() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, c) = (
        dir.path().join("a.jsonl"),
        dir.path().join("b.jsonl"),
        dir.path().join("c.jsonl"),
    );
    generate(120, &a);
    generate(120, &b);
    let o = run(&["gen", "--articles", "120", "--seed", "9", "-o", &s(&c)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        fs::read(&a).unwrap() == fs::read(&b).unwrap(),
        "same seed, other bytes"
    );
    assert!(
        fs::read(&a).unwrap() != fs::read(&c).unwrap(),
        "the seed is ignored"
    );

    let store = dir.path().join("store");
    ingest_args(&store, &a, &[]);
    let labels = select_csv(
        &store,
        &["SELECT DISTINCT ?l WHERE { ?e a sem:Event ; rdfs:label ?l } ORDER BY ?l"],
    );
    for wanted in ["accuse", "criticise", "fight", "meet"] {
        assert!(
            labels.iter().any(|l| l == wanted),
            "no {wanted} event among {labels:?}"
        );
    }
    let accusers = select_csv(&store, &["--name", "who-accused-whom"]);
    assert!(accusers.len() >= 10, "{accusers:?}");
    // Popular actors recur: some person is named in several articles.
    let recurring = select_csv(
        &store,
        &[
            "SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?m itsrdf:taIdentRef ?p ; \
           nif:referenceContext/prov:wasDerivedFrom ?a . ?p ng:entityType \"person\" } \
           GROUP BY ?p HAVING (COUNT(DISTINCT ?a) >= 3)",
        ],
    );
    assert!(!recurring.is_empty(), "no person appears in three articles");
}

#[test]
fn compact_changes_no_quad_and_refuses_a_path_that_is_no_store() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("gen.jsonl");
    generate(120, &input);
    let store = dir.path().join("store");
    // Small batches: several bulk commits, so several overlapping files to merge.
    let summary = ingest_args(&store, &input, &["--batch", "5000"]);
    assert_eq!(figure(&summary, "ingested "), 120, "{summary}");
    let before = dump(&store);
    let o = run(&["compact", "--store", &s(&store)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("120 articles"), "{}", stderr(&o));
    assert!(dump(&store) == before, "compact changed the store's quads");

    let file = dir.path().join("not-a-store");
    fs::write(&file, "plain text").unwrap();
    let o = run(&["compact", "--store", &s(&file)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not-a-store"), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(&file).unwrap(), "plain text");
}
