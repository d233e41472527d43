use std::path::PathBuf;

use newsgraph_input::InputError;
use thiserror::Error;

/// Why an evaluation could not run. Messages name the gold file (or directory) first.
#[derive(Debug, Error)]
pub enum EvalError {
    /// A gold directory or file could not be listed or read.
    #[error("{}: cannot read", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The gold directory holds no `*.gold.json` file.
    #[error("{}: no gold files (*.gold.json) found", .dir.display())]
    NoGold { dir: PathBuf },
    /// A gold file is not valid JSON for the gold format, or refers to what it does not
    /// define (an unknown entity id, a bad CAMEO code or date).
    #[error("{}: {cause}", .path.display())]
    Gold { path: PathBuf, cause: String },
    /// The article a gold file names (`text_file`) could not be read.
    #[error("{}: {source}{}", .gold.display(), hint(.source))]
    Article {
        gold: PathBuf,
        #[source]
        source: InputError,
    },
}

fn hint(source: &InputError) -> &'static str {
    match source {
        InputError::NotFound { .. } => {
            " (the articles directory must hold each gold file's text_file)"
        }
        _ => "",
    }
}
