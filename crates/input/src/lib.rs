//! Reading news articles into newsgraph: plain-text files with optional headers, JSON
//! Lines of articles or of pre-extracted article graphs, whole directories, and standard
//! input.
//!
//! [`read_inputs`] takes the paths a user gave and yields [`Record`]s with their [`Origin`]
//! (file and line), in a fixed order: the order given, and within a directory the byte
//! order of the paths, so the same inputs always give the same records. Text files are
//! parsed by [`parse_text_article`] (`Title:`, `Source:`, `Published:`, `URL:` headers, a
//! blank line, the body); every article's wire dateline (`MINSK, May 9. /BELTA/.`) is
//! found by [`detect_dateline`]. Each failure is an [`InputError`] whose message names the
//! file, the line where one applies, and the cause.
//!
//! This crate reads and checks input only: it does no NLP and no extraction (that is
//! `newsgraph-extract`), and it never writes. Its types come from `newsgraph-model`.
//!
//! ```
//! use newsgraph_input::{read_inputs, Record};
//! let dir = tempfile::tempdir()?;
//! let file = dir.path().join("ceasefire-talks.txt");
//! std::fs::write(&file, "Title: Ceasefire talks\nSource: Example Wire\nPublished: 2024-03-05\n\n\
//!     GENEVA, March 4 (Example Wire) — Envoys met behind closed doors.\n")?;
//!
//! for item in read_inputs(&[file]) {
//!     let (origin, record) = item?;
//!     let Record::Article(article) = record else { unreachable!() };
//!     assert_eq!(article.id, "ceasefire-talks");
//!     assert_eq!(article.source.as_deref(), Some("Example Wire"));
//!     let dateline = article.dateline.expect("a dateline");
//!     assert_eq!(dateline.place, "Geneva");
//!     assert_eq!(dateline.date.map(|d| d.to_string()).as_deref(), Some("2024-03-04"));
//!     assert_eq!(origin.line, None);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod dateline;
mod error;
mod jsonl;
mod read;
mod text;

pub use dateline::{detect_dateline, find_dateline};
pub use error::{InputError, Origin};
pub use read::read_inputs;
pub use text::{parse_published, parse_text_article};

use newsgraph_model::{Article, ArticleGraph};

/// The largest text article (or whole `.json` document) read, in bytes: 64 MiB. Far above
/// any news story; it stops a mistaken path (a disk image, a log) from filling memory.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// The longest JSON Lines record read, in bytes: 64 MiB. Longer lines are reported and
/// skipped; a JSON Lines file itself may be of any size.
pub const MAX_LINE_BYTES: u64 = 64 << 20;

/// One unit of input.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// An article still to be extracted (a text file, or a JSON line with `text`).
    Article(Article),
    /// A graph extracted earlier (a JSON line with an `article` object), already validated.
    Graph(ArticleGraph),
}
