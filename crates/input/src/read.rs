//! Turning command-line paths into a stream of records: stdin, files, directories.

use std::collections::{BTreeSet, VecDeque};
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Cursor, ErrorKind, Read};
use std::path::{Path, PathBuf};

use crate::jsonl::{record_from_value, JsonLines};
use crate::text::parse_text_article;
use crate::{InputError, Origin, Record, MAX_FILE_BYTES, MAX_LINE_BYTES};

/// How a file's content is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    JsonLines,
    /// `.json`: JSON Lines, or one pretty-printed record or array of records.
    Json,
    /// Named explicitly with another extension, or stdin: decided by the first character.
    Sniff,
}

/// Reads every input in order and yields its records.
///
/// `-` is standard input: JSON Lines when its first non-space character is `{`, else one
/// text article. A directory is searched recursively (hidden entries, whose names start
/// with `.`, are skipped) for `.txt` (one text article each), `.jsonl` and `.json` (JSON
/// Lines) files, read in the byte order of their paths; other files in it are skipped. A
/// file named explicitly is read by its extension, or by its first character when it has
/// another one. A JSON Lines record with an `article` object is a pre-extracted
/// [`Record::Graph`]; one with `text` is a [`Record::Article`] (`id`, `title`, `published`,
/// `source`, `url` optional; a missing id becomes `<file-stem>-<line>`). A `.json` file
/// holding one pretty-printed record, or an array of them, is read whole.
///
/// JSON Lines are streamed: memory stays bounded by the longest line, at most
/// [`MAX_LINE_BYTES`]. A text article may be at most [`MAX_FILE_BYTES`]. Every text
/// article gets its dateline detected.
///
/// Errors are items of the iterator; after an error in one line or file, reading goes on
/// with the next where it can, so a caller may report all problems or stop at the first.
///
/// ```
/// use newsgraph_input::{read_inputs, Record};
/// let dir = tempfile::tempdir()?;
/// std::fs::write(dir.path().join("b.txt"), "Title: Floods\n\nROME — Rivers rose.\n")?;
/// std::fs::write(dir.path().join("a.jsonl"), "{\"id\": \"x1\", \"text\": \"Calm day.\"}\n")?;
/// let ids: Vec<String> = read_inputs(&[dir.path().to_path_buf()])
///     .map(|r| match r.unwrap().1 {
///         Record::Article(a) => a.id,
///         Record::Graph(g) => g.article.id,
///     })
///     .collect();
/// assert_eq!(ids, ["x1", "b"]);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn read_inputs(
    paths: &[PathBuf],
) -> impl Iterator<Item = Result<(Origin, Record), InputError>> {
    Inputs {
        pending: paths.iter().map(|p| (p.clone(), true)).collect(),
        current: None,
    }
}

/// The records of one open file or stream.
type Records = Box<dyn Iterator<Item = Result<(Origin, Record), InputError>>>;

struct Inputs {
    /// Paths still to read, and whether each was named by the user (not found in a
    /// directory).
    pending: VecDeque<(PathBuf, bool)>,
    current: Option<Records>,
}

impl Iterator for Inputs {
    type Item = Result<(Origin, Record), InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(current) = &mut self.current {
                match current.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let (path, named) = self.pending.pop_front()?;
            if named && path.as_os_str() == "-" {
                let stdin: Box<dyn Read> = Box::new(io::stdin());
                match open_stream(
                    stdin,
                    Origin::file(None),
                    "stdin".into(),
                    Format::Sniff,
                    None,
                ) {
                    Ok(records) => self.current = Some(records),
                    Err(e) => return Some(Err(e)),
                }
                continue;
            }
            match self.open_path(&path, named) {
                Ok(Some(records)) => self.current = Some(records),
                Ok(None) => {}
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl Inputs {
    /// Opens a file, or queues a directory's files in front of the remaining inputs.
    fn open_path(&mut self, path: &Path, named: bool) -> Result<Option<Records>, InputError> {
        let origin = Origin::file(Some(path));
        let meta = fs::metadata(path).map_err(|e| match e.kind() {
            ErrorKind::NotFound => InputError::NotFound {
                path: path.to_path_buf(),
            },
            _ => InputError::Io {
                origin: origin.clone(),
                source: e,
            },
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            let mut visited = BTreeSet::new();
            collect_dir(path, &mut found, &mut visited)?;
            if found.is_empty() {
                return Err(InputError::NoArticleFiles {
                    dir: path.to_path_buf(),
                });
            }
            found.sort_by(|a, b| {
                a.as_os_str()
                    .as_encoded_bytes()
                    .cmp(b.as_os_str().as_encoded_bytes())
            });
            for file in found.into_iter().rev() {
                self.pending.push_front((file, false));
            }
            return Ok(None);
        }
        let format = match format_of(path) {
            Some(f) => f,
            None if named => Format::Sniff,
            // `collect_dir` only queues files with an article extension.
            None => return Ok(None),
        };
        let file = File::open(path).map_err(|e| InputError::Io {
            origin: origin.clone(),
            source: e,
        })?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "input".to_string());
        open_stream(Box::new(file), origin, stem, format, Some(meta.len())).map(Some)
    }
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" => Some(Format::Text),
        "jsonl" => Some(Format::JsonLines),
        "json" => Some(Format::Json),
        _ => None,
    }
}

/// Finds article files under `dir`. Symbolic links are followed, but a directory already
/// seen (by its canonical path) is not entered again, so a link loop ends.
fn collect_dir(
    dir: &Path,
    found: &mut Vec<PathBuf>,
    visited: &mut BTreeSet<PathBuf>,
) -> Result<(), InputError> {
    let io_err = |source| InputError::Io {
        origin: Origin::file(Some(dir)),
        source,
    };
    let canonical = fs::canonicalize(dir).map_err(io_err)?;
    if !visited.insert(canonical) {
        return Ok(());
    }
    for entry in fs::read_dir(dir).map_err(io_err)? {
        let entry = entry.map_err(io_err)?;
        if entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = entry.path();
        // A dangling link is skipped like any other non-article entry.
        let Ok(meta) = fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            collect_dir(&path, found, visited)?;
        } else if meta.is_file() && format_of(&path).is_some() {
            found.push(path);
        }
    }
    Ok(())
}

/// Starts reading one file or stdin in the given format; `size` is the file's length when
/// known, so that an over-large text file is refused before it is read.
fn open_stream(
    reader: Box<dyn Read>,
    origin: Origin,
    stem: String,
    format: Format,
    size: Option<u64>,
) -> Result<Records, InputError> {
    let mut reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(64 * 1024, reader));
    let format = match format {
        Format::Sniff => match sniff(&mut reader, &origin)? {
            Some(b'{') => Format::JsonLines,
            _ => Format::Text,
        },
        f => f,
    };
    match format {
        Format::Text => {
            if let Some(size) = size.filter(|&s| s > MAX_FILE_BYTES) {
                return Err(InputError::TooLarge {
                    origin,
                    size: Some(size),
                });
            }
            let record = read_text(reader, &origin, &stem)?;
            Ok(Box::new(std::iter::once(Ok((origin, record)))))
        }
        Format::Json => {
            // A pretty-printed document's first line (`{` or `[`) is not a record by
            // itself; such files are small enough to read whole.
            let first = sniff(&mut reader, &origin)?;
            if first == Some(b'[') || (first == Some(b'{') && !first_line_is_complete(&mut reader))
            {
                if let Some(size) = size.filter(|&s| s > MAX_FILE_BYTES) {
                    return Err(InputError::TooLarge {
                        origin,
                        size: Some(size),
                    });
                }
                return read_json_document(reader, origin, &stem);
            }
            Ok(Box::new(JsonLines::new(
                reader,
                origin,
                stem,
                MAX_LINE_BYTES as usize,
            )))
        }
        Format::JsonLines | Format::Sniff => Ok(Box::new(JsonLines::new(
            reader,
            origin,
            stem,
            MAX_LINE_BYTES as usize,
        ))),
    }
}

/// The first byte that is not white space or a byte-order mark, without consuming
/// anything: what is looked at is put back in front of the stream.
fn sniff(reader: &mut Box<dyn BufRead>, origin: &Origin) -> Result<Option<u8>, InputError> {
    let mut seen = Vec::new();
    let first = loop {
        let chunk = reader.fill_buf().map_err(|e| InputError::Io {
            origin: origin.clone(),
            source: e,
        })?;
        if chunk.is_empty() {
            break None;
        }
        let n = chunk.len();
        seen.extend_from_slice(chunk);
        reader.consume(n);
        let body = seen
            .strip_prefix(b"\xef\xbb\xbf".as_slice())
            .unwrap_or(&seen);
        if let Some(&b) = body.iter().find(|b| !b.is_ascii_whitespace()) {
            break Some(b);
        }
        // A stream of white space only is scanned to its end, which is where it is empty.
    };
    let rest = std::mem::replace(reader, Box::new(Cursor::new(Vec::new())));
    *reader = Box::new(BufReader::new(Cursor::new(seen).chain(rest)));
    Ok(first)
}

/// Whether the first non-blank line of a `.json` file parses on its own (JSON Lines) or
/// is the start of a multi-line document.
fn first_line_is_complete(reader: &mut Box<dyn BufRead>) -> bool {
    let Ok(buf) = reader.fill_buf() else {
        return true;
    };
    let buf = buf.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(buf);
    let start = buf
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let line = &buf[start..];
    let line = &line[..line.iter().position(|&b| b == b'\n').unwrap_or(line.len())];
    // A line cut by the buffer's end is long, hence a one-line record.
    if line.len() == buf.len() - start && !buf.is_empty() {
        return true;
    }
    match serde_json::from_slice::<serde_json::Value>(line) {
        Ok(_) => true,
        Err(e) => !e.is_eof(),
    }
}

fn read_capped(reader: Box<dyn BufRead>, origin: &Origin) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::Io {
            origin: origin.clone(),
            source: e,
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            origin: origin.clone(),
            size: None,
        });
    }
    Ok(bytes)
}

/// Checks the bytes are text: not empty, no NUL, not UTF-16, valid UTF-8.
fn decode(bytes: Vec<u8>, origin: &Origin) -> Result<String, InputError> {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(InputError::Utf16 {
            origin: origin.clone(),
        });
    }
    if bytes.contains(&0) {
        return Err(InputError::Binary {
            origin: origin.clone(),
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        origin: origin.clone(),
        offset: e.utf8_error().valid_up_to() as u64,
    })?;
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(InputError::Empty {
            origin: origin.clone(),
        });
    }
    Ok(text)
}

fn read_text(reader: Box<dyn BufRead>, origin: &Origin, id: &str) -> Result<Record, InputError> {
    let text = decode(read_capped(reader, origin)?, origin)?;
    parse_text_article(id, &text)
        .map(Record::Article)
        .map_err(|cause| InputError::Invalid {
            origin: origin.clone(),
            cause,
        })
}

/// A `.json` file holding one record or an array of records. Array elements get ids
/// `<stem>-<n>` (1-based) when they have none; their origin carries no line.
fn read_json_document(
    reader: Box<dyn BufRead>,
    origin: Origin,
    stem: &str,
) -> Result<Records, InputError> {
    let text = decode(read_capped(reader, &origin)?, &origin)?;
    let invalid = |cause: String| InputError::Invalid {
        origin: origin.clone(),
        cause,
    };
    // Unlike a JSON Lines record, a document's error position needs its line.
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| invalid(e.to_string()))?;
    let items: Vec<_> = match value {
        serde_json::Value::Array(values) => values
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                record_from_value(v, &format!("{stem}-{}", i + 1))
                    .map(|r| (origin.clone(), r))
                    .map_err(|cause| invalid(format!("record {}: {cause}", i + 1)))
            })
            .collect(),
        other => vec![record_from_value(other, stem)
            .map(|r| (origin.clone(), r))
            .map_err(invalid)],
    };
    if items.is_empty() {
        return Err(InputError::Empty { origin });
    }
    Ok(Box::new(items.into_iter()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Standard input goes through the same path with no file name and no length.
    fn stdin_like(content: &str) -> Vec<Result<(Origin, Record), InputError>> {
        let reader: Box<dyn Read> = Box::new(Cursor::new(content.as_bytes().to_vec()));
        match open_stream(
            reader,
            Origin::file(None),
            "stdin".into(),
            Format::Sniff,
            None,
        ) {
            Ok(records) => records.collect(),
            Err(e) => vec![Err(e)],
        }
    }

    #[test]
    fn stdin_starting_with_a_brace_is_json_lines() {
        let items =
            stdin_like("\u{feff}  \n{\"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n");
        let ids: Vec<String> = items
            .into_iter()
            .map(|r| match r.unwrap() {
                (o, Record::Article(a)) => format!("{}@{}", a.id, o),
                (_, Record::Graph(g)) => g.article.id,
            })
            .collect();
        assert_eq!(ids, ["stdin-2@<stdin>: line 2", "b@<stdin>: line 3"]);
    }

    #[test]
    fn stdin_of_prose_is_one_text_article() {
        let items = stdin_like("Title: Piped\n\nMADRID — Sent through a pipe.\n");
        let (origin, record) = items.into_iter().next().unwrap().unwrap();
        assert_eq!(origin.to_string(), "<stdin>");
        let Record::Article(a) = record else {
            panic!("expected an article")
        };
        assert_eq!(
            (a.id.as_str(), a.title.as_deref()),
            ("stdin", Some("Piped"))
        );
        assert_eq!(a.dateline.unwrap().place, "Madrid");
    }

    #[test]
    fn empty_stdin_is_an_empty_file() {
        let err = stdin_like(" \n ").remove(0).unwrap_err();
        assert_eq!(err.to_string(), "<stdin>: empty file");
    }
}
