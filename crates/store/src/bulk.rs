//! Bulk ingest: a stream of article graphs into the store, fast, resumable, each article
//! whole or absent.
//!
//! # What a reader or a crash can see
//!
//! Articles are written in batches by one [`Writer`]. Articles new to the store go through
//! Oxigraph's bulk loader *with its atomicity kept*: the loader writes RocksDB SST files
//! beside the database and makes them part of it only in [`oxigraph::store::BulkLoader::commit`],
//! with one `IngestExternalFiles` call over every column family, which RocksDB applies
//! entirely or not at all and syncs before returning. A bulk batch is built in chunks
//! ([`WriteOptions::chunk_quads`]): the loader sorts each chunk and writes its files on its
//! own threads while the next articles arrive, and the files wait on disk for the batch's
//! commit, so memory follows the chunk and RocksDB's compaction work the number of commits.
//! Articles whose graph the store already holds (changed articles) and new articles too few
//! for the loader go through ordinary transactions, each clearing the old graphs and
//! inserting their replacements together (an article repeated inside an open bulk batch
//! first has that batch committed). Either way a batch is committed whole; so is each
//! article in it.
//!
//! Each committed article graph carries `<article> ng:contentHash "sha256:…"` ([`CONTENT_HASH`],
//! [`content_hash`]), written in the same commit as the rest of the graph. A re-run skips an
//! article whose stored hash equals the new one, before extracting it, and replaces an
//! article whose hash differs.
//!
//! A `kill -9` in the middle of a bulk load therefore leaves: every batch committed before it
//! complete (data and hash markers), nothing of the batch in flight, and some orphan
//! `bulk-*.sst` files that were never made part of the database. [`crate::Store::open`]
//! deletes those orphans (it holds RocksDB's lock, so no other loader can own them). A
//! re-run then finds the committed articles by their hashes and writes the rest. A reader
//! that opens the store during an ingest sees the batches committed so far.
//!
//! The hash covers the article (id, title, source, URL, dates, dateline, text) and the
//! extractor's name; it does not cover a pre-extracted graph's entities or events. A graph
//! edited by hand without a change to its article is seen as unchanged: ingest it with
//! [`crate::Store::ingest`] (or after `Store::remove_article`) to force it in.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use newsgraph_model::{Article, ArticleGraph};
use oxigraph::model::{GraphNameRef, Literal, NamedNode, NamedNodeRef, Quad};
use oxigraph::store::BulkLoader;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use sha2::{Digest, Sha256};

use crate::{graph_quads, vocab, Store, StoreError};

/// `ng:contentHash`: the commit marker of an article's graph and the key of resumable ingest.
pub const CONTENT_HASH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/newsgraph/ns#contentHash");

/// Bumped when the RDF written for the same article changes, so that stores made by an
/// older mapping are rewritten rather than skipped.
const MAPPING_VERSION: &str = "newsgraph-rdf-3";

/// The content hash of an article read by `extractor`: `sha256:` and 64 hex digits over the
/// mapping version, the extractor's name and the article's JSON. The same article (from a
/// text file, an article JSON line, or the `article` of a pre-extracted graph) gets the same
/// hash.
///
/// ```
/// use newsgraph_model::Article;
/// let a = Article { id: "w1".into(), title: None, source: None, url: None,
///                   published: None, dateline: None, text: "Text.".into() };
/// let h = newsgraph_store::content_hash(&a, "newsgraph-0.1.0");
/// assert!(h.starts_with("sha256:") && h.len() == 7 + 64);
/// assert_ne!(h, newsgraph_store::content_hash(&a, "newsgraph-0.2.0"));
/// ```
pub fn content_hash(article: &Article, extractor: &str) -> String {
    let mut h = Sha256::new();
    h.update(MAPPING_VERSION.as_bytes());
    h.update([0]);
    h.update(extractor.as_bytes());
    h.update([0]);
    // Serializing a plain struct of strings cannot fail; an empty fallback would only make
    // the article look changed, never lose it.
    h.update(serde_json::to_vec(article).unwrap_or_default());
    let digest = h.finalize();
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for b in digest.iter() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// One article ready to write: its quads, the hash marker included.
#[derive(Debug, Clone)]
pub struct Prepared {
    id: String,
    name: NamedNode,
    quads: Vec<Quad>,
}

impl Prepared {
    /// Builds the article's quads ([`graph_quads`]) and its hash marker. Refuses an
    /// unlinked or invalid graph, as [`Store::ingest`] does.
    pub fn new(graph: &ArticleGraph, hash: &str) -> Result<Prepared, StoreError> {
        let mut quads = graph_quads(graph)?;
        let name = vocab::graph_name(&graph.article.id);
        quads.push(Quad::new(
            name.clone(),
            CONTENT_HASH,
            Literal::new_simple_literal(hash),
            name.clone(),
        ));
        Ok(Prepared {
            id: graph.article.id.clone(),
            name,
            quads,
        })
    }

    /// Adds quads written with the article, in the same commit (the identity index's
    /// records of it).
    pub fn with(mut self, quads: impl IntoIterator<Item = Quad>) -> Prepared {
        self.quads.extend(quads);
        self
    }

    /// The article id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Quads it writes, the marker included.
    pub fn len(&self) -> usize {
        self.quads.len()
    }

    /// Never true: there is always the marker.
    pub fn is_empty(&self) -> bool {
        self.quads.is_empty()
    }
}

/// How a [`Writer`] batches.
#[derive(Debug, Clone, Copy)]
pub struct WriteOptions {
    /// A batch is committed once it holds this many quads. Each commit hands RocksDB one
    /// overlapping file per chunk and column family, which it then compacts: at 18,000
    /// generated articles (5.5 M quads), 3 M a batch took 25.8 s, 2 M 27.8 s (a third
    /// commit, more compaction), and 5 M left 6 s of compaction to the store's close.
    pub batch_quads: usize,
    /// New articles go through the bulk loader when they hold at least this many quads (or
    /// the store is empty, or a bulk batch is already open); otherwise through a transaction.
    pub bulk_min_quads: usize,
    /// Threads the bulk loader may use to build its files.
    pub threads: usize,
    /// The bulk loader sorts and writes its files in chunks of this many quads, one chunk
    /// per thread at a time. This, not `batch_quads`, bounds the memory of a bulk batch: the
    /// chunks already written wait on disk for the batch's commit.
    pub chunk_quads: usize,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            batch_quads: 3_000_000,
            bulk_min_quads: 20_000,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            chunk_quads: 200_000,
        }
    }
}

/// What a [`Writer`] (or [`ingest_parallel`]) did.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct WriteStats {
    /// Articles written (new or replaced).
    pub articles: u64,
    /// Quads written, hash markers included.
    pub triples: u64,
    /// Of `articles`, those that replaced an older version.
    pub replaced: u64,
    /// Batches committed through the bulk loader and through transactions.
    pub bulk_batches: u64,
    pub transaction_batches: u64,
    /// Time spent writing.
    pub write_time: Duration,
    /// Time spent reading every input once before the first write (filled by callers that
    /// do such a pass).
    pub check_time: Duration,
}

/// The one writer of a bulk ingest: collects prepared articles and commits them in batches
/// (see the module documentation for what each commit guarantees).
pub struct Writer<'s> {
    store: &'s Store,
    options: WriteOptions,
    pending: Vec<Prepared>,
    /// Article id -> index in `pending`: a repeated article replaces its earlier copy, as
    /// two single ingests would.
    index: FxHashMap<String, usize>,
    pending_quads: usize,
    /// New articles handed to the bulk loader and not yet committed.
    open: Option<OpenBulk<'s>>,
    stats: WriteStats,
    /// Set when an article added or committed took the place of another version of it.
    displaced: bool,
    /// The shared entity graph's triples known to be stored, written once.
    shared: crate::shared::SharedIndex,
}

/// A bulk batch in the making: the loader sorts and writes each chunk on its threads while
/// the next articles arrive; nothing of it is in the store before [`OpenBulk::commit`].
struct OpenBulk<'s> {
    loader: BulkLoader<'s>,
    /// Ids of the articles in the batch: a repeat must wait for the batch's commit and then
    /// replace it, since the loader cannot take an article back.
    ids: FxHashSet<String>,
    quads: usize,
}

impl<'s> OpenBulk<'s> {
    fn new(store: &'s Store, options: &WriteOptions) -> OpenBulk<'s> {
        let threads = options.threads.max(1);
        // The loader cuts its input every `megabytes * 1000 / threads` quads. A chunk is
        // handed over once it reaches `chunk_quads` and then holds at most one article more:
        // twice that keeps it whole, sorted and written on one thread.
        let megabytes = (2 * options.chunk_quads.max(1) * threads).div_ceil(1000);
        OpenBulk {
            loader: store
                .inner
                .bulk_loader()
                .with_num_threads(threads)
                .with_max_memory_size_in_megabytes(megabytes),
            ids: FxHashSet::default(),
            quads: 0,
        }
    }

    /// Hands one chunk of new articles to the loader, which sorts it and writes its files
    /// on a thread of its own (waiting first if all its threads are busy).
    fn add(&mut self, store: &Store, chunk: Vec<Prepared>) -> Result<(), StoreError> {
        for p in &chunk {
            self.quads += p.len();
            self.ids.insert(p.id.clone());
        }
        // Moved, not cloned: the loader takes owned quads and this chunk is done with.
        self.loader
            .load_quads(chunk.into_iter().flat_map(|p| p.quads))
            .map_err(|e| store.storage_error(e))
    }

    /// Makes the whole batch part of the store, at once.
    fn commit(self, store: &Store) -> Result<(), StoreError> {
        self.loader.commit().map_err(|e| store.storage_error(e))
    }
}

impl<'s> Writer<'s> {
    /// Adds one article; writes the batch when it is full.
    pub fn add(&mut self, article: Prepared) -> Result<(), StoreError> {
        if self
            .open
            .as_ref()
            .is_some_and(|open| open.ids.contains(&article.id))
        {
            self.commit_bulk()?;
        }
        match self.index.get(&article.id) {
            Some(&i) => {
                self.displaced = true;
                self.pending_quads -= self.pending[i].len();
                self.pending_quads += article.len();
                self.pending[i] = article;
            }
            None => {
                self.index.insert(article.id.clone(), self.pending.len());
                self.pending_quads += article.len();
                self.pending.push(article);
            }
        }
        if self.pending_quads >= self.options.batch_quads.min(self.options.chunk_quads) {
            self.route()?;
        }
        if self.open.as_ref().map_or(0, |open| open.quads) >= self.options.batch_quads {
            self.commit_bulk()?;
        }
        Ok(())
    }

    /// True when, since the last call, an article replaced a stored version of itself or an
    /// earlier copy in the same batch: what was derived from the old version (the identity
    /// index's kept answers) is then out of date once the batch is committed.
    pub fn take_displaced(&mut self) -> bool {
        std::mem::take(&mut self.displaced)
    }

    /// Articles added but not yet committed.
    pub fn pending_articles(&self) -> usize {
        self.pending.len() + self.open.as_ref().map_or(0, |open| open.ids.len())
    }

    /// Writes what is pending.
    pub fn flush(&mut self) -> Result<(), StoreError> {
        self.route()?;
        self.commit_bulk()
    }

    /// Sends the pending articles on their way: replacements (and new articles too few for
    /// the bulk loader) are committed in one transaction; new articles join the bulk batch.
    fn route(&mut self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let started = Instant::now();
        let store = self.store;
        let inner = &store.inner;
        let empty = store.is_empty()?;
        let mut fresh = Vec::new();
        let mut replace = Vec::new();
        for p in self.pending.drain(..) {
            let known = !empty
                && inner
                    .contains_named_graph(&p.name)
                    .map_err(|e| store.storage_error(e))?;
            if known {
                replace.push(p);
            } else {
                fresh.push(p);
            }
        }
        self.index.clear();
        self.pending_quads = 0;
        self.stats.replaced += replace.len() as u64;
        self.displaced |= !replace.is_empty();
        let fresh_quads: usize = fresh.iter().map(Prepared::len).sum();
        if !fresh.is_empty()
            && (empty || self.open.is_some() || fresh_quads >= self.options.bulk_min_quads)
        {
            for p in &mut fresh {
                self.shared
                    .dedup(inner, !empty, &mut p.quads)
                    .map_err(|e| store.storage_error(e))?;
            }
            self.open
                .get_or_insert_with(|| OpenBulk::new(store, &self.options))
                .add(store, fresh)?;
        } else {
            replace.append(&mut fresh);
        }
        if !replace.is_empty() {
            let mut tx = inner
                .start_transaction()
                .map_err(|e| store.storage_error(e))?;
            let graphs = replace.iter().map(|p| (&p.name, p.quads.as_slice()));
            let removed = crate::shared::replace_graphs(&mut tx, graphs)
                .map_err(|e| store.storage_error(e))?;
            tx.commit().map_err(|e| store.storage_error(e))?;
            removed.iter().for_each(|t| self.shared.forget(t));
            self.stats.transaction_batches += 1;
            self.stats.articles += replace.len() as u64;
            self.stats.triples += replace.iter().map(|p| p.len() as u64).sum::<u64>();
        }
        self.stats.write_time += started.elapsed();
        Ok(())
    }

    /// Commits the open bulk batch, if any.
    fn commit_bulk(&mut self) -> Result<(), StoreError> {
        let Some(open) = self.open.take() else {
            return Ok(());
        };
        let started = Instant::now();
        let (articles, triples) = (open.ids.len() as u64, open.quads as u64);
        open.commit(self.store)?;
        self.stats.articles += articles;
        self.stats.triples += triples;
        self.stats.bulk_batches += 1;
        self.stats.write_time += started.elapsed();
        Ok(())
    }

    /// Writes what is pending and returns what was done. (Transaction batches sit in
    /// RocksDB's write-ahead log until [`Store`]'s `Drop` flushes it.)
    ///
    /// The store is left as RocksDB has it: each bulk commit added files whose keys overlap
    /// those already there, which queries read until a compaction merges them; see
    /// [`Store::compact`].
    pub fn finish(mut self) -> Result<WriteStats, StoreError> {
        self.flush()?;
        Ok(self.stats)
    }
}

/// One unit of work for [`ingest_parallel`]: an article's id and content hash (known before
/// extraction, so an unchanged article is skipped without extracting it) and what to build
/// its graph from.
#[derive(Debug, Clone)]
pub struct Job<T> {
    pub id: String,
    pub hash: String,
    pub payload: T,
}

/// How [`ingest_parallel`] runs.
#[derive(Debug, Clone, Copy)]
pub struct IngestOptions {
    /// Threads that build graphs (extraction).
    pub jobs: usize,
    /// Jobs handed to the threads at a time.
    pub chunk: usize,
    pub write: WriteOptions,
    /// Match each article's actors, places and events against the identities already in
    /// the store ([`crate::identity`]). Matching happens on the writer's thread, in input
    /// order, against the store plus the records of the articles still waiting in the
    /// writer's batch: the same input gives the same identities whatever the number of
    /// threads or the batch size, and an article's records commit with it.
    pub identity: bool,
}

impl Default for IngestOptions {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        IngestOptions {
            jobs: cores,
            chunk: 64,
            write: WriteOptions::default(),
            identity: true,
        }
    }
}

/// What [`ingest_parallel`] did.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct IngestReport {
    pub written: WriteStats,
    /// Articles whose stored hash matched: neither built nor written.
    pub skipped: u64,
    /// Wall time spent building graphs (extraction), summed over chunks.
    pub build_time: Duration,
}

/// Builds article graphs on `options.jobs` threads and writes them through one [`Writer`],
/// skipping articles the store already holds with the same hash. Building and writing
/// overlap: the writer commits one chunk while the next is built. `progress` is called with
/// the number of jobs done so far (written or skipped).
///
/// An error from `jobs`, from `build` or from the store stops the run: the batches
/// committed before it stay (each whole); the rest is not written. A re-run resumes.
pub fn ingest_parallel<T, E, I, B, P>(
    store: &Store,
    jobs: I,
    options: &IngestOptions,
    build: B,
    progress: P,
) -> Result<IngestReport, E>
where
    T: Send,
    E: From<StoreError> + Send,
    I: IntoIterator<Item = Result<Job<T>, E>>,
    B: Fn(T) -> Result<ArticleGraph, E> + Sync,
    P: Fn(u64),
{
    let identity = options.identity;
    store.writable("ingest")?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1))
        .build()
        .map_err(|e| StoreError::Storage {
            path: store.path.clone(),
            cause: format!("cannot start {} extraction threads: {e}", options.jobs),
        })?;
    let mut report = IngestReport::default();
    let chunk_size = options.chunk.max(1);
    std::thread::scope(|scope| -> Result<IngestReport, E> {
        let (tx, rx) = mpsc::sync_channel::<Vec<Built>>(1);
        let write_options = options.write;
        let writer = scope.spawn(move || -> Result<WriteStats, StoreError> {
            let mut w = store.writer(write_options);
            let mut index = crate::identity::StoreIdentityIndex::new(store);
            for chunk in rx {
                for built in chunk {
                    let prepared = match built {
                        Built::Ready(p) => p,
                        Built::Unlinked(mut graph, hash) => {
                            newsgraph_link::identity::link_identities(&mut graph, &mut index)?;
                            Prepared::new(&graph, &hash)?.with(index.take_pending())
                        }
                    };
                    w.add(prepared)?;
                    if w.pending_articles() == 0 {
                        index.committed();
                        if w.take_displaced() {
                            index.forget();
                        }
                    }
                }
            }
            w.finish()
        });
        let mut done = 0u64;
        let mut jobs = jobs.into_iter();
        let outcome = (|| -> Result<(), E> {
            loop {
                let mut chunk = Vec::with_capacity(chunk_size);
                for job in jobs.by_ref() {
                    let job = job?;
                    if store.stored_hash(&job.id)?.as_deref() == Some(job.hash.as_str()) {
                        report.skipped += 1;
                        done += 1;
                        continue;
                    }
                    chunk.push(job);
                    if chunk.len() == chunk_size {
                        break;
                    }
                }
                if chunk.is_empty() {
                    progress(done);
                    return Ok(());
                }
                let n = chunk.len() as u64;
                let started = Instant::now();
                let built = pool.install(|| {
                    chunk
                        .into_par_iter()
                        .map(|job| {
                            let graph = build(job.payload)?;
                            Ok(if identity {
                                Built::Unlinked(Box::new(graph), job.hash)
                            } else {
                                Built::Ready(Prepared::new(&graph, &job.hash)?)
                            })
                        })
                        .collect::<Result<Vec<Built>, E>>()
                })?;
                report.build_time += started.elapsed();
                if tx.send(built).is_err() {
                    // The writer stopped on an error; it is reported below.
                    return Ok(());
                }
                done += n;
                progress(done);
            }
        })();
        drop(tx);
        let written = writer.join().map_err(|_| StoreError::Storage {
            path: store.path.clone(),
            cause: "the writer thread panicked".into(),
        })?;
        outcome?;
        report.written = written?;
        Ok(report)
    })
}

/// A built article on its way to the writer: ready, or still to be linked there.
enum Built {
    Ready(Prepared),
    Unlinked(Box<ArticleGraph>, String),
}

impl Store {
    /// A [`Writer`] on this store.
    pub fn writer(&self, options: WriteOptions) -> Writer<'_> {
        Writer {
            store: self,
            options,
            pending: Vec::new(),
            index: FxHashMap::default(),
            pending_quads: 0,
            open: None,
            stats: WriteStats::default(),
            displaced: false,
            shared: Default::default(),
        }
    }

    /// The content hash stored with an article, if the store holds it whole.
    pub fn stored_hash(&self, article_id: &str) -> Result<Option<String>, StoreError> {
        let name = vocab::graph_name(article_id);
        let found = self
            .inner
            .quads_for_pattern(
                Some(name.as_ref().into()),
                Some(CONTENT_HASH),
                None,
                Some(GraphNameRef::NamedNode(name.as_ref())),
            )
            .next();
        match found {
            None => Ok(None),
            Some(Err(e)) => Err(self.storage_error(e)),
            Some(Ok(q)) => Ok(match q.object {
                oxigraph::model::Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            }),
        }
    }
}
