//! The on-disk store: opening it safely, writing article graphs, counting, dumping.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use newsgraph_model::ArticleGraph;
use oxigraph::model::NamedOrBlankNode;
use oxigraph::store::{StorageError, Store as OxStore};

use crate::format::write_quads;
use crate::{graph_quads, vocab, RdfFormat, StoreError};

/// What [`Store::ingest_all`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IngestStats {
    pub articles: u64,
    /// The articles' quads, shared ones included: what two articles both state counts
    /// twice here and is stored once.
    pub triples: u64,
}

/// An Oxigraph (RocksDB) store in a directory, holding one named graph per article.
pub struct Store {
    pub(crate) inner: OxStore,
    pub(crate) path: PathBuf,
    read_only: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("read_only", &self.read_only)
            .finish()
    }
}

/// How often a read-only open is tried again when a concurrent writer removed a file under it.
const READ_ONLY_RETRIES: u64 = 10;

/// RocksDB's marker of a database directory.
fn is_store(path: &Path) -> bool {
    path.join("CURRENT").is_file()
}

fn is_empty_dir(path: &Path) -> io::Result<bool> {
    Ok(fs::read_dir(path)?.next().is_none())
}

/// RocksDB reports its LOCK file held by another process as "While lock file: …/LOCK:
/// Resource temporarily unavailable", and held by this process as "lock hold by current
/// process"; both mean the store is in use.
fn open_error(path: &Path, e: StorageError) -> StoreError {
    let cause = e.to_string();
    let lower = cause.to_lowercase();
    if lower.contains("lock file") || lower.contains("lock hold") || cause.contains("/LOCK") {
        StoreError::Locked {
            path: path.to_path_buf(),
        }
    } else {
        StoreError::Open {
            path: path.to_path_buf(),
            cause,
        }
    }
}

/// Deletes the SST files of a bulk load that was killed before its commit (see
/// [`crate::bulk`]): Oxigraph names them `bulk-{random}.sst` in the store directory, and
/// RocksDB never learnt of them. Called once RocksDB's lock is held, so no live loader owns
/// them.
fn remove_orphan_bulk_files(path: &Path) -> io::Result<()> {
    for entry in fs::read_dir(path)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// A writable store flushes RocksDB's memtables when it closes. Transactions (small batches,
/// replaced articles, single ingests) go to the write-ahead log first; a reader opening
/// the store read-only replays the whole log into memory on every open (≈ 24 s for a
/// 400 MB log), while a flushed store opens in milliseconds. A failed flush loses nothing:
/// the log is still there and is replayed instead.
impl Drop for Store {
    fn drop(&mut self) {
        if !self.read_only {
            let _ = self.inner.flush();
        }
    }
}

impl Store {
    /// Opens the store at `path` for reading and writing, creating the directory (and its
    /// parents) if missing. Refuses a path that is a file, a directory with other files in
    /// it, and a store another process (or another handle in this one) holds open.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let open_err = |e: io::Error| StoreError::Open {
            path: path.to_path_buf(),
            cause: e.to_string(),
        };
        match fs::metadata(path) {
            Ok(m) if !m.is_dir() => {
                return Err(StoreError::NotADirectory {
                    path: path.to_path_buf(),
                })
            }
            Ok(_) => {
                if !is_store(path) && !is_empty_dir(path).map_err(open_err)? {
                    return Err(StoreError::NotAStore {
                        path: path.to_path_buf(),
                    });
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                fs::create_dir_all(path).map_err(open_err)?
            }
            Err(e) => return Err(open_err(e)),
        }
        let inner = OxStore::open(path).map_err(|e| open_error(path, e))?;
        remove_orphan_bulk_files(path).map_err(open_err)?;
        Ok(Store {
            inner,
            path: path.to_path_buf(),
            read_only: false,
        })
    }

    /// Opens an existing store for reading only; never creates anything. Works while another
    /// process writes the store (RocksDB's LOCK is not taken) and sees the store as it was
    /// when opened.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        match fs::metadata(path) {
            Ok(m) if !m.is_dir() => {
                return Err(StoreError::NotADirectory {
                    path: path.to_path_buf(),
                })
            }
            Ok(_) if !is_store(path) => {
                return Err(StoreError::NotAStore {
                    path: path.to_path_buf(),
                });
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::NotFound {
                    path: path.to_path_buf(),
                });
            }
            Err(e) => {
                return Err(StoreError::Open {
                    path: path.to_path_buf(),
                    cause: e.to_string(),
                })
            }
        }
        // A writer may compact while we open: RocksDB then reports an SST file that the
        // manifest we read still lists as "No such file or directory". Once open, the reader
        // holds its files, so trying again on a fresh manifest is enough.
        let mut attempts = 0;
        let inner = loop {
            match OxStore::open_read_only(path) {
                Ok(inner) => break inner,
                Err(e)
                    if attempts < READ_ONLY_RETRIES
                        && e.to_string().contains("No such file or directory") =>
                {
                    attempts += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20 * attempts));
                }
                Err(e) => return Err(open_error(path, e)),
            }
        };
        Ok(Store {
            inner,
            path: path.to_path_buf(),
            read_only: true,
        })
    }

    /// Where the store lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The Oxigraph store underneath, for readers downstream (the exporter) that need its
    /// indexed quad patterns or evaluator. A second handle on the same directory would race
    /// with this one's writes (a bulk load moves files under a read-only handle), so readers
    /// share this one. Write through [`Store`]'s own methods only: they keep the article
    /// graphs and their markers consistent.
    pub fn oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    pub(crate) fn storage_error(&self, e: impl std::fmt::Display) -> StoreError {
        StoreError::Storage {
            path: self.path.clone(),
            cause: e.to_string(),
        }
    }

    pub(crate) fn writable(&self, action: &'static str) -> Result<(), StoreError> {
        if self.read_only {
            Err(StoreError::ReadOnly {
                path: self.path.clone(),
                action,
            })
        } else {
            Ok(())
        }
    }

    /// Writes one article graph, replacing whatever the store held for that article, in one
    /// transaction: afterwards the article's named graph holds exactly its quads of
    /// [`graph_quads`] and the shared [`vocab::ENTITY_GRAPH`] holds its shared ones (minus
    /// the direct role triples the old version alone supported), or, on any error, the store
    /// is as it was. Returns the number of quads of the article, shared ones included. An
    /// unlinked or invalid graph is refused before the store is touched.
    pub fn ingest(&self, graph: &ArticleGraph) -> Result<u64, StoreError> {
        self.writable("ingest")?;
        let quads = graph_quads(graph)?;
        let name = vocab::graph_name(&graph.article.id);
        let mut tx = self
            .inner
            .start_transaction()
            .map_err(|e| self.storage_error(e))?;
        crate::shared::replace_graphs(&mut tx, [(&name, quads.as_slice())])
            .map_err(|e| self.storage_error(e))?;
        tx.commit().map_err(|e| self.storage_error(e))?;
        Ok(quads.len() as u64)
    }

    /// Removes an article: its named graph, and what of the shared entity graph no other
    /// article supports (direct role triples, its events' descriptions: see
    /// [`crate::shared`]; entity descriptions stay), in one transaction. Returns false when the store holds no such article.
    pub fn remove_article(&self, article_id: &str) -> Result<bool, StoreError> {
        self.writable("remove an article")?;
        let name = vocab::graph_name(article_id);
        let mut tx = self
            .inner
            .start_transaction()
            .map_err(|e| self.storage_error(e))?;
        let known = tx
            .contains_named_graph(&name)
            .map_err(|e| self.storage_error(e))?;
        if !known {
            return Ok(false);
        }
        let mut supported = crate::shared::Supported::default();
        supported
            .read(&tx, name.as_ref())
            .map_err(|e| self.storage_error(e))?;
        tx.remove_named_graph(&name)
            .map_err(|e| self.storage_error(e))?;
        supported
            .drop_unsupported(&mut tx)
            .map_err(|e| self.storage_error(e))?;
        tx.commit().map_err(|e| self.storage_error(e))?;
        Ok(true)
    }

    /// Ingests every graph, each in its own transaction, after checking all of them: one
    /// unlinked or invalid graph stops the run before anything is written.
    pub fn ingest_all<'a>(
        &self,
        graphs: impl IntoIterator<Item = &'a ArticleGraph>,
    ) -> Result<IngestStats, StoreError> {
        self.writable("ingest")?;
        let graphs: Vec<&ArticleGraph> = graphs.into_iter().collect();
        for g in &graphs {
            graph_quads(g)?;
        }
        let mut stats = IngestStats::default();
        for g in graphs {
            stats.triples += self.ingest(g)?;
            stats.articles += 1;
        }
        Ok(stats)
    }

    /// Merges the store's files into one sorted run per index. A bulk ingest leaves files
    /// whose keys overlap (one set per commit), and every look-up of a query then seeks in
    /// each of them: on 20,000 generated articles ingested in three commits, a named query
    /// took 4× the CPU it takes on the compacted store. Worth running once after a large
    /// ingest, before serving queries; it rewrites the whole store (about 10 s per 5 M quads
    /// here) and changes no quad.
    pub fn compact(&self) -> Result<(), StoreError> {
        self.writable("compact")?;
        self.inner.optimize().map_err(|e| self.storage_error(e))
    }

    /// Quads in the store, over all graphs.
    pub fn len(&self) -> Result<u64, StoreError> {
        self.inner
            .len()
            .map(|n| n as u64)
            .map_err(|e| self.storage_error(e))
    }

    /// True when the store holds no quad.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.inner.is_empty().map_err(|e| self.storage_error(e))
    }

    /// Articles in the store: the named graphs under the article base IRI.
    pub fn article_count(&self) -> Result<u64, StoreError> {
        let mut n = 0;
        for g in self.inner.named_graphs() {
            let g = g.map_err(|e| self.storage_error(e))?;
            if matches!(&g, NamedOrBlankNode::NamedNode(n) if n.as_str().starts_with(vocab::ARTICLE_BASE))
            {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Writes every quad of the store, sorted, so that the same content always gives the
    /// same bytes. Turtle and N-Triples get the union of the graphs. Memory stays bounded:
    /// a large dump is sorted in runs spilled to temporary files (`TMPDIR`) and merged.
    pub fn dump(&self, format: RdfFormat, out: &mut dyn Write) -> Result<(), StoreError> {
        let quads = self
            .inner
            .iter()
            .map(|q| q.map_err(|e| self.storage_error(e)));
        write_quads(quads, format, out)
    }
}
