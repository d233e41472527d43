use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::{MAX_FILE_BYTES, MAX_LINE_BYTES};

/// Where a record came from: a file (or standard input) and, for JSON Lines, the line.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin {
    /// The file as named on the command line or found in a directory; `None` for stdin.
    pub path: Option<PathBuf>,
    /// The 1-based line of a JSON Lines record; `None` for a whole-file text article.
    pub line: Option<usize>,
}

impl Origin {
    /// A whole file (or stdin when `path` is `None`).
    pub fn file(path: Option<&Path>) -> Self {
        Origin {
            path: path.map(Path::to_path_buf),
            line: None,
        }
    }

    /// The same file at a 1-based line.
    pub fn at_line(&self, line: usize) -> Self {
        Origin {
            path: self.path.clone(),
            line: Some(line),
        }
    }

    /// The file name as messages show it: the path, or `<stdin>`.
    pub fn file_name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "<stdin>".to_string(),
        }
    }
}

/// `articles/a.jsonl: line 3`, `x.txt` or `<stdin>`.
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file_name())?;
        if let Some(line) = self.line {
            write!(f, ": line {line}")?;
        }
        Ok(())
    }
}

/// Why an input could not be read. Every message starts with the file (or `<stdin>`),
/// then the line where one applies, then the cause.
#[derive(Debug, Error)]
pub enum InputError {
    /// A path given on the command line does not exist.
    #[error("{}: no such file or directory", .path.display())]
    NotFound { path: PathBuf },
    /// The operating system refused to list or read it.
    #[error("{origin}: cannot read ({source})")]
    Io {
        origin: Origin,
        #[source]
        source: std::io::Error,
    },
    /// A directory (searched recursively) holds no file with an article extension.
    #[error("{}: no article files (.txt, .jsonl, .json) found", dir_name(.dir))]
    NoArticleFiles { dir: PathBuf },
    /// The bytes are not UTF-8; `offset` is the 0-based byte offset in the file of the
    /// first bad byte.
    #[error("{origin}: not valid UTF-8 (byte {offset}); save the file as UTF-8")]
    NotUtf8 { origin: Origin, offset: u64 },
    /// A UTF-16 byte-order mark: a common export format of word processors.
    #[error("{origin}: UTF-16 text; save the file as UTF-8")]
    Utf16 { origin: Origin },
    /// NUL bytes never occur in text, so the file is something else (an image, a PDF, ...).
    #[error("{origin}: looks binary (contains NUL bytes)")]
    Binary { origin: Origin },
    /// Nothing but white space, or no JSON record at all.
    #[error("{origin}: empty file")]
    Empty { origin: Origin },
    /// A text article above [`MAX_FILE_BYTES`]; `size` is `None` when read from a stream
    /// whose length is unknown.
    #[error(
        "{origin}: too large ({}; the limit is {} MiB per file)",
        size_text(*.size),
        MAX_FILE_BYTES >> 20
    )]
    TooLarge { origin: Origin, size: Option<u64> },
    /// A JSON Lines record above [`MAX_LINE_BYTES`]; the reader skips it and goes on.
    #[error(
        "{origin}: too long ({size} bytes; the limit is {} MiB per line)",
        MAX_LINE_BYTES >> 20
    )]
    LineTooLong { origin: Origin, size: u64 },
    /// The content is readable text but not a valid article or record: bad JSON, a missing
    /// or empty `text`, a bad `Published:` header, an invalid article graph.
    #[error("{origin}: {cause}")]
    Invalid { origin: Origin, cause: String },
}

impl InputError {
    /// Where the error happened, when it concerns one file (not a missing path or a
    /// directory).
    pub fn origin(&self) -> Option<&Origin> {
        match self {
            InputError::NotFound { .. } | InputError::NoArticleFiles { .. } => None,
            InputError::Io { origin, .. }
            | InputError::NotUtf8 { origin, .. }
            | InputError::Utf16 { origin }
            | InputError::Binary { origin }
            | InputError::Empty { origin }
            | InputError::TooLarge { origin, .. }
            | InputError::LineTooLong { origin, .. }
            | InputError::Invalid { origin, .. } => Some(origin),
        }
    }
}

/// Directories are shown with a trailing `/` so that the message says what was searched.
fn dir_name(dir: &Path) -> String {
    let s = dir.display().to_string();
    if s.ends_with('/') {
        s
    } else {
        format!("{s}/")
    }
}

fn size_text(size: Option<u64>) -> String {
    match size {
        Some(n) => format!("{n} bytes"),
        None => format!("more than {MAX_FILE_BYTES} bytes"),
    }
}
