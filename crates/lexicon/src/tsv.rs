//! The one TSV dialect of `data/lexicon`: UTF-8, tab-separated, `#` lines are comments, the
//! first other line names the columns, `|` separates the items of a list field.

use crate::LexiconError;

/// The data rows of a file as `(1-based line number, fields)`, after checking that each has
/// `columns` fields.
pub(crate) fn rows<'a>(
    file: &'a str,
    text: &'a str,
    columns: usize,
) -> Result<Vec<(usize, Vec<&'a str>)>, LexiconError> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != columns {
            return Err(row_error(
                file,
                i + 1,
                format!(
                    "expected {columns} tab-separated fields, found {}",
                    fields.len()
                ),
            ));
        }
        out.push((i + 1, fields));
    }
    Ok(out)
}

pub(crate) fn row_error(file: &str, line: usize, message: impl Into<String>) -> LexiconError {
    LexiconError::Row {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// The items of a `|`-separated list field; empty for an empty field.
pub(crate) fn list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_header_are_skipped_and_widths_checked() {
        let text = "# note\nname\tcode\nRussia\tRU\n\nArmenia\tAM\n";
        let r = rows("t.tsv", text, 2).unwrap();
        assert_eq!(
            r,
            vec![(3, vec!["Russia", "RU"]), (5, vec!["Armenia", "AM"])]
        );
        let err = rows("t.tsv", "a\tb\nonly-one\n", 2)
            .unwrap_err()
            .to_string();
        assert!(err.contains("t.tsv:2"), "{err}");
    }
}
