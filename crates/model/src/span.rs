use serde::{Deserialize, Serialize};

use crate::ModelError;

/// A half-open range `[start, end)` of Unicode code points in an article's text, the unit
/// NIF's `beginIndex` / `endIndex` count in. Always `start <= end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RawSpan", into = "RawSpan")]
pub struct Span {
    start: u32,
    end: u32,
}

#[derive(Serialize, Deserialize)]
struct RawSpan {
    start: u32,
    end: u32,
}

impl TryFrom<RawSpan> for Span {
    type Error = ModelError;
    fn try_from(raw: RawSpan) -> Result<Self, Self::Error> {
        Span::new(raw.start, raw.end)
    }
}

impl From<Span> for RawSpan {
    fn from(span: Span) -> Self {
        RawSpan {
            start: span.start,
            end: span.end,
        }
    }
}

impl Span {
    /// A span from `start` to `end` (exclusive), in code points.
    pub fn new(start: u32, end: u32) -> Result<Self, ModelError> {
        if start > end {
            return Err(ModelError::Invalid {
                what: "span",
                value: format!("{start}..{end}"),
                expected: "start <= end",
            });
        }
        Ok(Span { start, end })
    }

    /// First code point, inclusive.
    pub fn start(self) -> u32 {
        self.start
    }

    /// One past the last code point.
    pub fn end(self) -> u32 {
        self.end
    }

    /// Length in code points.
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    /// True when the span covers no code point.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Converts a byte range of `text` (which must fall on char boundaries) to code points.
    /// Returns `None` when the range is outside `text` or splits a character.
    pub fn from_bytes(text: &str, start: usize, end: usize) -> Option<Span> {
        if start > end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return None;
        }
        let s = text.get(..start)?.chars().count();
        let len = text.get(start..end)?.chars().count();
        Some(Span {
            start: u32::try_from(s).ok()?,
            end: u32::try_from(s + len).ok()?,
        })
    }

    /// The text this span covers in `text`, or `None` if it lies outside it.
    pub fn slice(self, text: &str) -> Option<&str> {
        let mut indices = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        let start = indices.nth(self.start as usize)?;
        let end = if self.is_empty() {
            start
        } else {
            indices.nth((self.end - self.start - 1) as usize)?
        };
        text.get(start..end)
    }
}

/// One place in the text that names or refers to an entity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// Index of the sentence in [`crate::ArticleGraph::sentences`], from 0.
    pub sentence: u32,
    /// Where it stands, in code points of the article text.
    pub span: Span,
    /// The text covered, kept so that a reader needs not the article to show it.
    pub text: String,
}

/// Where a relation or event was read: the sentence and the words that state it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Index of the sentence, from 0.
    pub sentence: u32,
    /// The whole sentence's span in the article text.
    pub sentence_span: Span,
    /// The trigger or pattern words inside the sentence.
    pub span: Span,
    /// The text of `span`.
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_code_points() {
        let text = "Lindqvist’s view — «firm»";
        let start = text.find('«').unwrap();
        let end = text.find('»').unwrap() + '»'.len_utf8();
        let span = Span::from_bytes(text, start, end).unwrap();
        assert_eq!(span.slice(text), Some("«firm»"));
        assert_eq!(span.len(), 6);
        assert_eq!(span.start(), 19);
    }

    #[test]
    fn inverted_span_is_refused() {
        assert!(Span::new(5, 4).is_err());
        assert!(serde_json::from_str::<Span>(r#"{"start":5,"end":4}"#).is_err());
    }

    #[test]
    fn out_of_range_slice_is_none() {
        assert_eq!(Span::new(2, 9).unwrap().slice("abc"), None);
        assert_eq!(Span::new(3, 3).unwrap().slice("abc"), Some(""));
    }
}
