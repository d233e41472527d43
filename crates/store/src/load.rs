//! Loading a dump back: the inverse of [`Store::dump`] for the formats that keep graph names.

use std::io::Read;

use oxigraph::io::{RdfParseError, RdfParser};
use oxigraph::model::{GraphNameRef, NamedNode};
use oxigraph::store::StorageError;

use crate::format::write_quads;
use crate::{RdfFormat, Store, StoreError};

/// What went wrong inside the bulk loader: the dump or the store.
enum LoadFail {
    Parse(RdfParseError),
    Storage(StorageError),
}

impl From<RdfParseError> for LoadFail {
    fn from(e: RdfParseError) -> Self {
        LoadFail::Parse(e)
    }
}

impl From<StorageError> for LoadFail {
    fn from(e: StorageError) -> Self {
        LoadFail::Storage(e)
    }
}

impl Store {
    /// Loads a dump in N-Quads, TriG or JSON-LD (formats that keep the article graphs) and
    /// returns the number of quads read. Refuses a store that already holds quads unless
    /// `into_non_empty` (the dump's quads are then added to what is there). The load is
    /// one atomic bulk commit: a dump that fails to parse, at any line, leaves the store
    /// as it was. Loading our own dump gives a store whose dump is byte-identical to it.
    pub fn load(
        &self,
        reader: impl Read,
        format: RdfFormat,
        into_non_empty: bool,
    ) -> Result<u64, StoreError> {
        self.writable("load")?;
        if !format.has_graphs() {
            return Err(StoreError::Load {
                cause: format!(
                    "a {format} file holds no graph names, so it cannot rebuild the article \
                     graphs; load an N-Quads, TriG or JSON-LD dump (newsgraph dump --format nq)"
                ),
            });
        }
        if !into_non_empty && !self.is_empty()? {
            return Err(StoreError::NotEmpty {
                path: self.path.clone(),
            });
        }
        let mut read = 0u64;
        let quads = RdfParser::from_format(format.oxigraph())
            .for_reader(reader)
            .inspect(|q| {
                if q.is_ok() {
                    read += 1;
                }
            });
        let mut loader = self.inner.bulk_loader();
        let loaded: Result<(), LoadFail> = loader.load_ok_quads(quads);
        match loaded {
            Ok(()) => {}
            Err(LoadFail::Parse(e)) => {
                return Err(StoreError::Load {
                    cause: format!("{e}; nothing was loaded"),
                })
            }
            Err(LoadFail::Storage(e)) => return Err(self.storage_error(e)),
        }
        loader.commit().map_err(|e| self.storage_error(e))?;
        Ok(read)
    }

    /// Like [`Store::dump`], limited to one named graph when `graph` is given (an article
    /// IRI). An IRI the store has no graph of is refused rather than dumped as nothing.
    pub fn dump_graph(
        &self,
        format: RdfFormat,
        graph: Option<&str>,
        out: &mut dyn std::io::Write,
    ) -> Result<(), StoreError> {
        let Some(iri) = graph else {
            return self.dump(format, out);
        };
        let name = NamedNode::new(iri).map_err(|e| StoreError::UnknownGraph {
            iri: iri.to_string(),
            cause: e.to_string(),
        })?;
        let known = self
            .inner
            .contains_named_graph(&name)
            .map_err(|e| self.storage_error(e))?;
        if !known {
            return Err(StoreError::UnknownGraph {
                iri: iri.to_string(),
                cause: format!("store {} has no such graph", self.path.display()),
            });
        }
        let quads = self
            .inner
            .quads_for_pattern(
                None,
                None,
                None,
                Some(GraphNameRef::NamedNode(name.as_ref())),
            )
            .map(|q| q.map_err(|e| self.storage_error(e)));
        write_quads(quads, format, out)
    }
}
