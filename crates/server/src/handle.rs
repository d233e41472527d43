//! The store as the server holds it: opened read-only, and opened again when its files change.
//!
//! A read-only RocksDB handle sees the store as it was when opened: articles that an
//! `ingest` running meanwhile commits stay invisible to it. So the server looks at the
//! store's files every refresh interval and, when a writer has changed them, opens the
//! store again and answers new queries from the new handle; queries already running finish
//! on the handle they started with.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::SystemTime;

use newsgraph_store::{Store, StoreError};

/// The names, sizes and modification times of the store's files. RocksDB's own info logs
/// (`LOG*`) are left out: the read-only handle writes them itself.
type Fingerprint = Vec<(String, u64, Option<SystemTime>)>;

fn fingerprint(path: &Path) -> Fingerprint {
    let mut files: Fingerprint = fs::read_dir(path)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("LOG") {
                return None;
            }
            let meta = entry.metadata().ok()?;
            Some((name, meta.len(), meta.modified().ok()))
        })
        .collect();
    files.sort();
    files
}

pub(crate) struct StoreHandle {
    path: PathBuf,
    current: RwLock<Arc<Store>>,
    seen: Mutex<Fingerprint>,
}

impl StoreHandle {
    pub(crate) fn open(path: &Path) -> Result<Self, StoreError> {
        let seen = fingerprint(path);
        let store = Store::open_read_only(path)?;
        Ok(StoreHandle {
            path: path.to_path_buf(),
            current: RwLock::new(Arc::new(store)),
            seen: Mutex::new(seen),
        })
    }

    /// The handle new queries use.
    pub(crate) fn get(&self) -> Arc<Store> {
        match self.current.read() {
            Ok(store) => Arc::clone(&store),
            // A panic while swapping left the old handle in place: still a valid store.
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Opens the store again if its files changed since the last look (or always, when
    /// `force`). Returns whether it did. On an error the old handle stays in use.
    pub(crate) fn refresh(&self, force: bool) -> Result<bool, StoreError> {
        let now = fingerprint(&self.path);
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if *seen == now && !force {
            return Ok(false);
        }
        let store = Store::open_read_only(&self.path)?;
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(store);
        *seen = now;
        Ok(true)
    }
}
