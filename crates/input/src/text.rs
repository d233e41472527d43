//! Plain-text articles: an optional block of `Key: value` headers, a blank line, the body.

use newsgraph_model::{Article, TimeValue};

use crate::dateline::detect_dateline;

/// The headers a text article may open with, as written (matched case-insensitively).
const HEADERS: [&str; 4] = ["Title", "Source", "Published", "URL"];

/// Reads one plain-text article.
///
/// The text may open with header lines `Title:`, `Source:`, `Published:` (`YYYY-MM-DD`,
/// `YYYY-MM`, `YYYY`, or a timestamp whose date part is one of those) and `URL:`, in any
/// order, ended by a blank line; everything after that is the body. A text whose first line
/// is not one of these headers is all body. Other `Key: value` lines inside the header
/// block (`Author:`, `Language:`) are accepted and ignored, so that files from other tools
/// still read. A byte-order mark is dropped, CRLF and lone CR line ends become LF, and blank
/// lines around the body are trimmed. The wire dateline, if the body opens with one, is
/// found with [`detect_dateline`].
///
/// Returns the cause (without the file name, which the caller knows) when the header block
/// is malformed or the body is empty.
///
/// ```
/// use newsgraph_input::parse_text_article;
/// let text = "Title: Talks stall\r\nPublished: 2024-01-02\r\n\r\nLONDON — Talks stalled on Tuesday.\r\n";
/// let article = parse_text_article("talks", text)?;
/// assert_eq!(article.title.as_deref(), Some("Talks stall"));
/// assert_eq!(article.text, "LONDON — Talks stalled on Tuesday.");
/// assert_eq!(article.dateline.unwrap().place, "London");
/// # Ok::<(), String>(())
/// ```
pub fn parse_text_article(id: &str, content: &str) -> Result<Article, String> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let normalised;
    let content = if content.contains('\r') {
        normalised = content.replace("\r\n", "\n").replace('\r', "\n");
        normalised.as_str()
    } else {
        content
    };

    let mut article = Article {
        id: id.to_string(),
        title: None,
        source: None,
        url: None,
        published: None,
        dateline: None,
        text: String::new(),
    };

    let has_headers =
        header_line(first_line(content)).is_some_and(|(key, _)| known_header(key).is_some());
    let body = if has_headers {
        read_headers(content, &mut article)?
    } else {
        content
    };
    let body = trim_blank_lines(body);
    if body.is_empty() {
        return Err(if has_headers {
            "no text after the headers; the body follows the first blank line".to_string()
        } else {
            "empty text".to_string()
        });
    }
    article.text = body.to_string();
    article.dateline = detect_dateline(&article.text, article.published.as_ref());
    Ok(article)
}

/// Parses a publication date as found in headers and JSON records: a gold-format date, or
/// an ISO 8601 timestamp (`2024-01-02T09:30:00Z`), of which the day is kept.
pub fn parse_published(value: &str) -> Result<TimeValue, String> {
    let value = value.trim();
    if let Ok(t) = value.parse::<TimeValue>() {
        return Ok(t);
    }
    let is_timestamp = value.len() > 10 && matches!(value.as_bytes()[10], b'T' | b't' | b' ');
    if is_timestamp {
        if let Some(Ok(day)) = value.get(..10).map(str::parse::<TimeValue>) {
            return Ok(day);
        }
    }
    Err(format!(
        "{value:?} is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"
    ))
}

fn first_line(s: &str) -> &str {
    s.split('\n').next().unwrap_or("")
}

/// Splits `Key: value` where the key is one short word of letters and hyphens: enough for
/// `Published` or `Content-Type`, never a sentence with a colon ("The minister said: no"),
/// which would otherwise vanish from the body as an unknown header.
fn header_line(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let plausible = !key.is_empty()
        && key.len() <= 24
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    plausible.then(|| (key, value.trim()))
}

fn known_header(key: &str) -> Option<&'static str> {
    HEADERS.into_iter().find(|h| h.eq_ignore_ascii_case(key))
}

/// Consumes the header block, filling `article`; returns what follows the blank line.
fn read_headers<'a>(content: &'a str, article: &mut Article) -> Result<&'a str, String> {
    let mut rest = content;
    let mut line_no = 0;
    let mut seen: Vec<&'static str> = Vec::new();
    loop {
        line_no += 1;
        let (line, after) = match rest.split_once('\n') {
            Some((line, after)) => (line, after),
            None => (rest, ""),
        };
        if line.trim().is_empty() {
            return Ok(after);
        }
        let Some((key, value)) = header_line(line) else {
            return Err(format!(
                "line {line_no}: expected a header (`Key: value`) or the blank line that ends \
                 the headers"
            ));
        };
        if let Some(known) = known_header(key) {
            if seen.contains(&known) {
                return Err(format!("line {line_no}: header {known}: given twice"));
            }
            seen.push(known);
            let value = (!value.is_empty()).then(|| value.to_string());
            match known {
                "Title" => article.title = value,
                "Source" => article.source = value,
                "URL" => article.url = value,
                _ => {
                    article.published = value
                        .map(|v| parse_published(&v))
                        .transpose()
                        .map_err(|e| format!("line {line_no}: Published: {e}"))?;
                }
            }
        }
        if after.is_empty() {
            return Ok(after);
        }
        rest = after;
    }
}

/// Drops blank lines before the body and all white space after it, keeping the first
/// line's indentation (a dateline may follow it).
fn trim_blank_lines(body: &str) -> &str {
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        if line.trim().is_empty() {
            start += line.len();
        } else {
            break;
        }
    }
    body[start..].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_headers_inside_the_block_are_ignored() {
        let a = parse_text_article("x", "Title: T\nAuthor: Someone\n\nBody here.").unwrap();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.text, "Body here.");
    }

    #[test]
    fn a_sentence_with_a_colon_ends_no_header_block() {
        let text = "Title: T\nThe minister said: no.\n\nMore.";
        let err = parse_text_article("x", text).unwrap_err();
        assert!(err.starts_with("line 2: expected a header"), "{err}");
    }

    #[test]
    fn bad_published_names_the_line() {
        let err = parse_text_article("x", "Title: T\nPublished: next week\n\nBody.").unwrap_err();
        assert!(err.starts_with("line 2: Published: \"next week\""), "{err}");
    }

    #[test]
    fn timestamps_keep_the_day() {
        assert_eq!(
            parse_published("2024-01-02T09:30:00Z").unwrap().to_string(),
            "2024-01-02"
        );
        assert_eq!(parse_published("2016-04").unwrap().to_string(), "2016-04");
        assert!(parse_published("2024-13-02T09:30:00Z").is_err());
    }

    #[test]
    fn headers_without_body_are_refused() {
        let err = parse_text_article("x", "Title: T\nSource: S\n\n  \n").unwrap_err();
        assert!(err.contains("no text after the headers"), "{err}");
    }

    #[test]
    fn first_line_with_a_colon_but_no_known_header_is_body() {
        let a = parse_text_article("x", "Breaking: rain in the capital.\n").unwrap();
        assert_eq!(a.text, "Breaking: rain in the capital.");
        assert_eq!(a.title, None);
    }
}
