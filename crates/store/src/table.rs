//! SELECT results in memory, and as an aligned plain-text table for people.

use std::io::Write;

use oxigraph::model::Term;

use crate::StoreError;

/// The rows of a SELECT, in the query's order. A cell is `None` where the variable is
/// unbound; an IRI is the bare IRI, a literal its lexical value (no quotes, no datatype), a
/// blank node `_:id`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub vars: Vec<String>,
    pub rows: Vec<Vec<Option<String>>>,
}

/// The cell text of a term.
pub(crate) fn cell(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::BlankNode(b) => b.to_string(),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)] // RDF 1.2 triple terms, when that feature is on
        other => other.to_string(),
    }
}

impl Table {
    /// Column index of a variable.
    pub fn column(&self, var: &str) -> Option<usize> {
        self.vars.iter().position(|v| v == var)
    }

    /// Writes the table with a header, a rule and a row count; columns padded to their
    /// widest cell (in characters). Line breaks and tabs inside cells are shown as `\n` and
    /// `\t` so that every row stays one line.
    pub fn write_text(&self, out: &mut dyn Write) -> Result<(), StoreError> {
        let show = |c: &Option<String>| {
            c.as_deref()
                .unwrap_or("")
                .replace('\\', "\\\\")
                .replace('\n', "\\n")
                .replace('\r', "\\r")
                .replace('\t', "\\t")
        };
        let header: Vec<String> = self.vars.iter().map(|v| format!("?{v}")).collect();
        let body: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(show).collect())
            .collect();
        let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
        for row in &body {
            for (w, c) in widths.iter_mut().zip(row) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let padded: Vec<String> = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                .collect();
            format!("{}\n", padded.join(" | ").trim_end())
        };
        let mut text = line(&header);
        text.push_str(
            &widths
                .iter()
                .map(|w| "-".repeat(*w))
                .collect::<Vec<_>>()
                .join("-+-"),
        );
        text.push('\n');
        for row in &body {
            text.push_str(&line(row));
        }
        let n = self.rows.len();
        text.push_str(&format!("({n} row{})\n", if n == 1 { "" } else { "s" }));
        out.write_all(text.as_bytes()).map_err(StoreError::Write)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_on_characters_not_bytes() {
        let t = Table {
            vars: vec!["who".into(), "said".into()],
            rows: vec![
                vec![Some("Zoë".into()), Some("two\nlines".into())],
                vec![Some("Al".into()), None],
            ],
        };
        let mut out = Vec::new();
        t.write_text(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "?who | ?said\n-----+-----------\nZoë  | two\\nlines\nAl   |\n(2 rows)\n"
        );
    }
}
