use std::path::PathBuf;

use thiserror::Error;

/// A word list that cannot be read, or a source file that cannot be compiled.
#[derive(Debug, Error)]
pub enum LexiconError {
    /// A row of a lexicon TSV file does not have the expected shape.
    #[error(
        "{file}:{line}: {message}; fix the row or regenerate the file with `newsgraph lexicon`"
    )]
    Row {
        file: String,
        line: usize,
        message: String,
    },
    /// A source file of `compile` is missing or unreadable.
    #[error("cannot read {}: {source}; check the --gazetteer / --petrarch directory", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A source file of `compile` has content we cannot use.
    #[error("{}: {message}", path.display())]
    Source { path: PathBuf, message: String },
    /// Writing a compiled file failed.
    #[error("cannot write {}: {source}; check that the output directory exists and is writable", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}
