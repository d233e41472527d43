use thiserror::Error;

/// A value that does not fit the model, or a JSON Lines record that cannot be read.
#[derive(Debug, Error)]
pub enum ModelError {
    /// A field holds a value outside what the model allows.
    #[error("invalid {what} {value:?}: expected {expected}")]
    Invalid {
        what: &'static str,
        value: String,
        expected: &'static str,
    },
    /// A JSON Lines record is not valid JSON for the expected type.
    #[error("line {line}: {source}")]
    Json {
        line: usize,
        #[source]
        source: serde_json::Error,
    },
    /// Reading or writing the underlying stream failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
