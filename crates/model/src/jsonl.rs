//! The JSON Lines interchange: one [`ArticleGraph`] per line, UTF-8, `\n`-terminated.
//!
//! This is what `newsgraph extract` writes and `newsgraph ingest` reads. Each line is the
//! serde JSON form of an [`ArticleGraph`]; fields keep the order of the Rust types, so the
//! same graph always gives the same bytes. Blank lines are skipped when reading.
//!
//! ```
//! use newsgraph_model::{jsonl, Article, ArticleGraph};
//! let graph = ArticleGraph {
//!     article: Article { id: "a1".into(), title: None, source: None, url: None,
//!                        published: None, dateline: None, text: "Hello.".into() },
//!     extractor: "test".into(),
//!     sentences: vec![], entities: vec![], relations: vec![], events: vec![],
//! };
//! let mut buf = Vec::new();
//! jsonl::write_graph(&mut buf, &graph)?;
//! let back: Vec<ArticleGraph> = jsonl::read_graphs(&buf[..]).collect::<Result<_, _>>()?;
//! assert_eq!(back, vec![graph]);
//! # Ok::<(), newsgraph_model::ModelError>(())
//! ```

use std::io::{BufRead, Write};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{ArticleGraph, ModelError};

/// Writes one graph as one line.
pub fn write_graph<W: Write>(mut out: W, graph: &ArticleGraph) -> Result<(), ModelError> {
    write_line(&mut out, graph)
}

/// Writes any serialisable record as one JSON line.
pub fn write_line<W: Write, T: Serialize>(mut out: W, record: &T) -> Result<(), ModelError> {
    serde_json::to_writer(&mut out, record).map_err(|e| ModelError::Json { line: 0, source: e })?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Reads graphs line by line, validating each; errors carry the 1-based line number.
pub fn read_graphs<R: BufRead>(input: R) -> impl Iterator<Item = Result<ArticleGraph, ModelError>> {
    read_lines::<R, ArticleGraph>(input).map(|item| {
        let (line, graph) = item?;
        graph.validate().map_err(|e| match e {
            ModelError::Invalid {
                what,
                value,
                expected,
            } => ModelError::Invalid {
                what,
                value: format!("line {line}: {value}"),
                expected,
            },
            other => other,
        })?;
        Ok(graph)
    })
}

/// Reads any JSON Lines stream as `(line number, record)` pairs, skipping blank lines.
pub fn read_lines<R: BufRead, T: DeserializeOwned>(
    input: R,
) -> impl Iterator<Item = Result<(usize, T), ModelError>> {
    input.lines().enumerate().filter_map(|(i, line)| {
        let line_no = i + 1;
        match line {
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                Some(Err(ModelError::Invalid {
                    what: "JSON Lines input",
                    value: format!("line {line_no}"),
                    expected: "valid UTF-8",
                }))
            }
            Err(e) => Some(Err(ModelError::Io(e))),
            Ok(l) if l.trim().is_empty() => None,
            Ok(l) => {
                Some(
                    serde_json::from_str(&l)
                        .map(|v| (line_no, v))
                        .map_err(|e| ModelError::Json {
                            line: line_no,
                            source: e,
                        }),
                )
            }
        }
    })
}
