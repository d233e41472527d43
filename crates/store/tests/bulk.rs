//! The bulk writer: batches commit whole, hashes mark committed articles, repeats and
//! changes replace, a failed run keeps what it committed, and a dead loader's files go.

mod common;

use std::sync::atomic::{AtomicU64, Ordering};

use common::*;
use newsgraph_model::ArticleGraph;
use newsgraph_store::{
    content_hash, ingest_parallel, IngestOptions, Job, Prepared, RdfFormat, Store, StoreError,
    WriteOptions,
};

fn dump(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    store.dump(RdfFormat::NQuads, &mut out).unwrap();
    out
}

fn hash(g: &ArticleGraph) -> String {
    content_hash(&g.article, &g.extractor)
}

fn prepared(g: &ArticleGraph) -> Prepared {
    Prepared::new(g, &hash(g)).unwrap()
}

/// Small batches: bulk loads on an empty store, transactions after.
fn small() -> WriteOptions {
    WriteOptions {
        batch_quads: 1,
        bulk_min_quads: 1_000_000,
        threads: 1,
        chunk_quads: 1,
    }
}

#[test]
fn written_articles_carry_their_hash_and_match_single_ingests_plus_the_marker() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    let mut w = store.writer(WriteOptions::default());
    w.add(prepared(&article_one())).unwrap();
    w.add(prepared(&article_two())).unwrap();
    let stats = w.finish().unwrap();
    assert_eq!((stats.articles, stats.bulk_batches), (2, 1));
    assert_eq!(stats.triples, store.len().unwrap());
    assert_eq!(
        store.stored_hash("wire-001").unwrap(),
        Some(hash(&article_one()))
    );
    assert_eq!(store.stored_hash("nowhere").unwrap(), None);

    // The same content as two single ingests, plus one marker triple per article.
    let plain = Store::open(&dir.path().join("plain")).unwrap();
    plain.ingest(&article_one()).unwrap();
    plain.ingest(&article_two()).unwrap();
    assert_eq!(store.len().unwrap(), plain.len().unwrap() + 2);
    let without_markers: Vec<u8> = String::from_utf8(dump(&store))
        .unwrap()
        .lines()
        .filter(|l| !l.contains("#contentHash>"))
        .flat_map(|l| format!("{l}\n").into_bytes())
        .collect();
    assert!(without_markers == dump(&plain));
}

#[test]
fn a_changed_article_replaces_the_old_graph_and_a_repeat_in_one_batch_keeps_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    let mut w = store.writer(small());
    w.add(prepared(&article_one())).unwrap();
    w.add(prepared(&article_two())).unwrap();
    w.add(prepared(&article_one_revised())).unwrap();
    let stats = w.finish().unwrap();
    assert_eq!(stats.replaced, 1);

    // All three in one batch of a fresh store: the revision replaces the first copy.
    let fresh = Store::open(&dir.path().join("fresh")).unwrap();
    let mut batched = fresh.writer(WriteOptions::default());
    batched.add(prepared(&article_one())).unwrap();
    batched.add(prepared(&article_two())).unwrap();
    batched.add(prepared(&article_one_revised())).unwrap();
    let stats = batched.finish().unwrap();
    assert_eq!(stats.articles, 2, "the repeat was written twice");
    assert!(dump(&store) == dump(&fresh));
    assert_eq!(
        fresh.stored_hash("wire-001").unwrap(),
        Some(hash(&article_one_revised()))
    );
}

#[test]
fn a_bulk_batch_of_many_chunks_appears_whole_at_its_commit_and_a_repeat_in_it_replaces_after() {
    let dir = tempfile::tempdir().unwrap();
    // One chunk per article, every article bulk-loaded, one commit at the end.
    let chunked = WriteOptions {
        batch_quads: usize::MAX,
        bulk_min_quads: 1,
        threads: 2,
        chunk_quads: 1,
    };
    let store = Store::open(&dir.path().join("s")).unwrap();
    let mut w = store.writer(chunked);
    w.add(prepared(&article_one())).unwrap();
    w.add(prepared(&article_two())).unwrap();
    assert_eq!(w.pending_articles(), 2);
    assert_eq!(store.len().unwrap(), 0, "part of an open batch is visible");
    // The revision of an article in the open batch: the batch commits first.
    w.add(prepared(&article_one_revised())).unwrap();
    assert_eq!(store.article_count().unwrap(), 2);
    let stats = w.finish().unwrap();
    assert_eq!((stats.bulk_batches, stats.replaced), (1, 1));

    let plain = Store::open(&dir.path().join("plain")).unwrap();
    let mut w = plain.writer(small());
    w.add(prepared(&article_two())).unwrap();
    w.add(prepared(&article_one_revised())).unwrap();
    w.finish().unwrap();
    assert!(dump(&store) == dump(&plain));
}

#[test]
fn parallel_ingest_skips_what_is_stored_and_a_build_error_keeps_committed_batches() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    let graphs = [article_one(), article_two()];
    let jobs = |gs: &[ArticleGraph]| -> Vec<Result<Job<ArticleGraph>, StoreError>> {
        gs.iter()
            .map(|g| {
                Ok(Job {
                    id: g.article.id.clone(),
                    hash: hash(g),
                    payload: g.clone(),
                })
            })
            .collect()
    };
    let options = IngestOptions {
        jobs: 2,
        chunk: 1,
        write: small(),
        identity: false,
    };
    let seen = AtomicU64::new(0);
    let report = ingest_parallel(&store, jobs(&graphs), &options, Ok, |n| {
        seen.store(n, Ordering::SeqCst)
    })
    .unwrap();
    assert_eq!((report.written.articles, report.skipped), (2, 0));
    assert_eq!(seen.load(Ordering::SeqCst), 2);
    let before = dump(&store);

    let built = AtomicU64::new(0);
    let again = ingest_parallel(
        &store,
        jobs(&graphs),
        &options,
        |g| {
            built.fetch_add(1, Ordering::SeqCst);
            Ok(g)
        },
        |_| {},
    )
    .unwrap();
    assert_eq!((again.written.articles, again.skipped), (0, 2));
    assert_eq!(
        built.load(Ordering::SeqCst),
        0,
        "a skipped article was built"
    );
    assert!(dump(&store) == before);

    // The second of two new articles fails to build: the first, committed in its own
    // batch, stays whole; the store holds nothing of the second.
    let other = Store::open(&dir.path().join("other")).unwrap();
    let err = ingest_parallel(
        &other,
        jobs(&graphs),
        &options,
        |g: ArticleGraph| {
            if g.article.id == "wire 002/b" {
                Err(StoreError::Query("extraction failed".into()))
            } else {
                Ok(g)
            }
        },
        |_| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("extraction failed"), "{err}");
    assert_eq!(other.stored_hash("wire 002/b").unwrap(), None);
    let one = Store::open(&dir.path().join("one")).unwrap();
    let mut w = one.writer(small());
    w.add(prepared(&article_one())).unwrap();
    w.finish().unwrap();
    assert!(dump(&other) == dump(&one));
}

#[test]
fn an_unlinked_graph_is_refused_before_it_is_queued() {
    let mut g = article_two();
    g.events[0].iri = None;
    assert!(matches!(
        Prepared::new(&g, "sha256:00"),
        Err(StoreError::Unlinked { .. })
    ));
}

#[test]
fn opening_removes_a_dead_bulk_loaders_files_and_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    {
        let store = Store::open(&path).unwrap();
        store.ingest(&article_one()).unwrap();
    }
    let orphan = path.join("bulk-1234.sst");
    std::fs::write(&orphan, b"half-written table").unwrap();
    let store = Store::open(&path).unwrap();
    assert!(!orphan.exists());
    assert_eq!(store.article_count().unwrap(), 1);
}

#[test]
fn load_refuses_a_non_empty_store_and_a_broken_dump_loads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let source = Store::open(&dir.path().join("src")).unwrap();
    source.ingest(&article_one()).unwrap();
    let bytes = dump(&source);

    let copy = Store::open(&dir.path().join("copy")).unwrap();
    let n = copy.load(&bytes[..], RdfFormat::NQuads, false).unwrap();
    assert_eq!(n, source.len().unwrap());
    assert!(dump(&copy) == bytes);
    assert!(matches!(
        copy.load(&bytes[..], RdfFormat::NQuads, false),
        Err(StoreError::NotEmpty { .. })
    ));
    assert!(matches!(
        copy.load(&bytes[..], RdfFormat::Turtle, true),
        Err(StoreError::Load { .. })
    ));

    let mut broken = bytes.clone();
    broken.extend_from_slice(b"<a> <b> \"unterminated .\n");
    let empty = Store::open(&dir.path().join("empty")).unwrap();
    let err = empty
        .load(&broken[..], RdfFormat::NQuads, false)
        .unwrap_err();
    assert!(err.to_string().contains("nothing was loaded"), "{err}");
    assert!(empty.is_empty().unwrap());
}
