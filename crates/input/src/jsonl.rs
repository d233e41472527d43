//! JSON Lines input: one article or one pre-extracted article graph per line, read as a
//! stream so that a file of any size passes through in bounded memory.

use std::io::{BufRead, ErrorKind};

use newsgraph_model::{Article, ArticleGraph};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::dateline::detect_dateline;
use crate::text::parse_published;
use crate::{InputError, Origin, Record};

/// Reads records line by line. Errors that concern one line (bad JSON, a record without
/// text, an over-long line) are yielded and reading goes on with the next line; errors of
/// the stream itself (I/O, invalid UTF-8) end it.
pub(crate) struct JsonLines {
    reader: Box<dyn BufRead>,
    origin: Origin,
    /// Prefix of generated ids: the file stem (`stdin` for standard input).
    stem: String,
    max_line: usize,
    line_no: usize,
    /// Bytes consumed so far, for UTF-8 error offsets.
    offset: u64,
    records: usize,
    failed: bool,
    done: bool,
    buf: Vec<u8>,
}

impl JsonLines {
    pub(crate) fn new(
        reader: Box<dyn BufRead>,
        origin: Origin,
        stem: String,
        max_line: usize,
    ) -> Self {
        JsonLines {
            reader,
            origin,
            stem,
            max_line,
            line_no: 0,
            offset: 0,
            records: 0,
            failed: false,
            done: false,
            buf: Vec::new(),
        }
    }

    /// Reads the next line into `buf` without the terminator; `Ok(None)` at the end.
    /// A line longer than `max_line` is skipped to its end and reported with its length.
    fn read_line(&mut self) -> Result<Option<()>, InputError> {
        self.buf.clear();
        let mut total: u64 = 0;
        let mut overflow = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(InputError::Io {
                        origin: self.origin.clone(),
                        source: e,
                    })
                }
            };
            if chunk.is_empty() {
                break;
            }
            let (take, ended) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            total += take as u64;
            if !overflow {
                if self.buf.len() + take > self.max_line + 1 {
                    overflow = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take);
            if ended {
                break;
            }
        }
        if total == 0 {
            return Ok(None);
        }
        self.line_no += 1;
        let line_start = self.offset;
        self.offset += total;
        if overflow {
            return Err(InputError::LineTooLong {
                origin: self.origin.at_line(self.line_no),
                size: total - 1,
            });
        }
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        if self.buf.contains(&0) {
            self.done = true;
            return Err(InputError::Binary {
                origin: self.origin.clone(),
            });
        }
        if let Err(e) = std::str::from_utf8(&self.buf) {
            self.done = true;
            return Err(InputError::NotUtf8 {
                origin: self.origin.at_line(self.line_no),
                offset: line_start + e.valid_up_to() as u64,
            });
        }
        Ok(Some(()))
    }
}

impl Iterator for JsonLines {
    type Item = Result<(Origin, Record), InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.read_line() {
                Ok(None) => {
                    self.done = true;
                    if self.records == 0 && !self.failed {
                        return Some(Err(InputError::Empty {
                            origin: self.origin.clone(),
                        }));
                    }
                }
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
                Ok(Some(())) => {
                    // `read_line` has checked the bytes are UTF-8.
                    let line = String::from_utf8_lossy(&self.buf);
                    let line = if self.line_no == 1 {
                        line.trim_start_matches('\u{feff}')
                    } else {
                        &line
                    };
                    if line.trim().is_empty() {
                        continue;
                    }
                    let origin = self.origin.at_line(self.line_no);
                    let default_id = format!("{}-{}", self.stem, self.line_no);
                    return Some(match parse_record(line, &default_id) {
                        Ok(record) => {
                            self.records += 1;
                            Ok((origin, record))
                        }
                        Err(cause) => {
                            self.failed = true;
                            Err(InputError::Invalid { origin, cause })
                        }
                    });
                }
            }
        }
        None
    }
}

/// Parses one JSON Lines record: an article graph when it has an `article` object, an
/// article when it has `text`. `default_id` names an article record that has no `id`.
pub(crate) fn parse_record(line: &str, default_id: &str) -> Result<Record, String> {
    // Most lines of a bulk ingest are article graphs: read straight into one, without the
    // intermediate `Value` tree (half of the parsing time). A line that is not a graph, or
    // not well formed, goes the general way, which classifies it and words the error.
    if let Ok(graph) = serde_json::from_str::<ArticleGraph>(line) {
        return graph_record(graph);
    }
    let value: Value = serde_json::from_str(line).map_err(|e| json_message(&e))?;
    record_from_value(value, default_id)
}

pub(crate) fn record_from_value(value: Value, default_id: &str) -> Result<Record, String> {
    let Value::Object(map) = value else {
        return Err(
            "expected a JSON object: an article ({\"text\": ...}) or an article graph \
                    ({\"article\": ...})"
                .to_string(),
        );
    };
    if map.get("article").is_some_and(Value::is_object) {
        let graph: ArticleGraph = serde_json::from_value(Value::Object(map))
            .map_err(|e| format!("article graph: {e}"))?;
        graph_record(graph)
    } else if map.contains_key("text") {
        article_from_map(map, default_id).map(Record::Article)
    } else {
        Err(
            "neither an article (no \"text\" field) nor an article graph (no \"article\" object)"
                .to_string(),
        )
    }
}

/// A graph read from a line, once it passes its checks.
fn graph_record(graph: ArticleGraph) -> Result<Record, String> {
    graph
        .validate()
        .map_err(|e| format!("article graph: {e}"))?;
    Ok(Record::Graph(graph))
}

/// The fields of an article record; unknown fields (authors, language, ...) are ignored.
#[derive(Deserialize)]
struct ArticleRecord {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

fn article_from_map(map: Map<String, Value>, default_id: &str) -> Result<Article, String> {
    let r: ArticleRecord =
        serde_json::from_value(Value::Object(map)).map_err(|e| format!("article: {e}"))?;
    let id = match r.id {
        None | Some(Value::Null) => default_id.to_string(),
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(format!(
                "\"id\" must be a non-empty string or a number, not {other}"
            ))
        }
    };
    let text = r.text.unwrap_or_default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err(format!("article {id}: empty \"text\""));
    }
    let non_empty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let published = non_empty(r.published)
        .map(|p| parse_published(&p))
        .transpose()
        .map_err(|e| format!("article {id}: \"published\": {e}"))?;
    let dateline = detect_dateline(text, published.as_ref());
    Ok(Article {
        id,
        title: non_empty(r.title),
        source: non_empty(r.source),
        url: non_empty(r.url),
        published,
        dateline,
        text: text.to_string(),
    })
}

/// serde_json's message without the position "at line 1", which is always 1 here: the
/// caller names the file's line.
pub(crate) fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&position) {
        Some(msg) => format!("{msg} at column {}", e.column()),
        None => full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, max_line: usize) -> Vec<Result<(Origin, Record), InputError>> {
        let reader = Box::new(std::io::Cursor::new(input.as_bytes().to_vec()));
        JsonLines::new(
            reader,
            Origin::file(Some("a.jsonl".as_ref())),
            "a".into(),
            max_line,
        )
        .collect()
    }

    #[test]
    fn over_long_line_is_reported_and_skipped() {
        let long = format!("{{\"text\": \"{}\"}}", "x".repeat(100));
        let input = format!("{long}\n{{\"text\": \"short\"}}\n");
        let got = lines(&input, 50);
        assert_eq!(got.len(), 2);
        let err = got[0].as_ref().unwrap_err().to_string();
        assert_eq!(
            err,
            format!(
                "a.jsonl: line 1: too long ({} bytes; the limit is 64 MiB per line)",
                long.len()
            )
        );
        let (origin, record) = got[1].as_ref().unwrap();
        assert_eq!(origin.line, Some(2));
        assert!(matches!(record, Record::Article(a) if a.text == "short" && a.id == "a-2"));
    }

    #[test]
    fn blank_lines_and_crlf_are_skipped() {
        let got = lines("\r\n{\"id\": 7, \"text\": \"One.\"}\r\n\r\n", 1000);
        assert_eq!(got.len(), 1);
        let (origin, record) = got[0].as_ref().unwrap();
        assert_eq!(origin.line, Some(2));
        assert!(matches!(record, Record::Article(a) if a.id == "7"));
    }

    #[test]
    fn json_errors_drop_the_line_one_position() {
        let e = serde_json::from_str::<Value>("{\"a\": }").unwrap_err();
        assert_eq!(json_message(&e), "expected value at column 7");
    }
}
