use std::path::PathBuf;

/// Everything that can go wrong in this crate.
#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: malformed CoNLL-U: {message}")]
    Conllu {
        path: String,
        line: usize,
        message: String,
    },
    #[error("model {origin}: {message}")]
    ModelFormat { origin: String, message: String },
    #[error("training: {0}")]
    Training(String),
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, NlpError>;

impl NlpError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        NlpError::Io {
            path: path.into(),
            source,
        }
    }
}
