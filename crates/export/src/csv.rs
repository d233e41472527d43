//! Gephi's spreadsheet import: a nodes table and an edges table, RFC 4180 CSV.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::Path;

use crate::{ExportError, Network};

/// The header of `nodes.csv`.
pub const NODES_HEADER: [&str; 9] = [
    "Id", "Label", "Kind", "Type", "Mentions", "Degree", "Cameo", "Plover", "Polarity",
];
/// The header of `edges.csv`. Gephi reads `Source`, `Target`, `Type` (direction), `Kind`
/// (the edge type that keeps parallel edges apart), `Label` and `Weight` specially and the
/// rest as attributes.
pub const EDGES_HEADER: [&str; 11] = [
    "Source", "Target", "Type", "Kind", "Label", "Weight", "Cameo", "Plover", "Polarity", "Start",
    "End",
];

/// A field quoted when it holds a comma, a quote, a line break, or space at either end
/// (which some readers trim); quotes inside are doubled.
fn field(s: &str) -> Cow<'_, str> {
    let needs = s.contains([',', '"', '\n', '\r'])
        || s.starts_with([' ', '\t'])
        || s.ends_with([' ', '\t']);
    if needs {
        Cow::Owned(format!("\"{}\"", s.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(s)
    }
}

fn row(out: &mut dyn Write, fields: &[&str]) -> std::io::Result<()> {
    let line: Vec<Cow<'_, str>> = fields.iter().map(|f| field(f)).collect();
    out.write_all(line.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

/// Writes `nodes.csv`'s content: one row per node, sorted by IRI, CRLF line ends.
pub fn write_nodes_csv(net: &Network, out: &mut dyn Write) -> Result<(), ExportError> {
    let mut body = || -> std::io::Result<()> {
        row(out, &NODES_HEADER)?;
        let degrees = net.degrees();
        for n in net.nodes() {
            let mentions = n.mentions.to_string();
            let degree = degrees.get(&n.id).copied().unwrap_or(0).to_string();
            let opt = |o: &Option<String>| o.clone().unwrap_or_default();
            row(
                out,
                &[
                    &n.id,
                    &n.label,
                    &n.kind,
                    &n.etype,
                    &mentions,
                    &degree,
                    &opt(&n.cameo),
                    &opt(&n.plover),
                    &opt(&n.polarity),
                ],
            )?;
        }
        out.flush()
    };
    body().map_err(ExportError::Write)
}

/// Writes `edges.csv`'s content: one row per merged edge, in the writers' sorted order,
/// `Type` always `Directed`, `Kind` the Gephi edge type ([`crate::Edge::gephi_kind`]),
/// `Start` and `End` the first and last day. Absent values are empty fields.
pub fn write_edges_csv(net: &Network, out: &mut dyn Write) -> Result<(), ExportError> {
    let mut body = || -> std::io::Result<()> {
        row(out, &EDGES_HEADER)?;
        for e in net.edges() {
            let edge = e.edge;
            let kind = edge.gephi_kind();
            let weight = edge.weight.to_string();
            let opt = |o: &Option<String>| o.clone().unwrap_or_default();
            let (cameo, plover, polarity) =
                (opt(&edge.cameo), opt(&edge.plover), opt(&edge.polarity));
            let (start, end) = (opt(&edge.first_date), opt(&edge.last_date));
            row(
                out,
                &[
                    &e.source.id,
                    &e.target.id,
                    "Directed",
                    &kind,
                    &edge.label,
                    &weight,
                    &cameo,
                    &plover,
                    &polarity,
                    &start,
                    &end,
                ],
            )?;
        }
        out.flush()
    };
    body().map_err(ExportError::Write)
}

type TableWriter = fn(&Network, &mut dyn Write) -> Result<(), ExportError>;

/// Writes `nodes.csv` and `edges.csv` into `dir`, creating it (and its parents) if
/// missing and replacing files of those names.
pub fn write_csv(net: &Network, dir: &Path) -> Result<(), ExportError> {
    fs::create_dir_all(dir).map_err(|source| ExportError::File {
        path: dir.to_path_buf(),
        source,
    })?;
    let writers: [(&str, TableWriter); 2] = [
        ("nodes.csv", write_nodes_csv),
        ("edges.csv", write_edges_csv),
    ];
    for (name, write) in writers {
        let path = dir.join(name);
        let file_error = |source| ExportError::File {
            path: path.clone(),
            source,
        };
        let file = File::create(&path).map_err(file_error)?;
        let mut out = BufWriter::new(file);
        match write(net, &mut out) {
            Err(ExportError::Write(source)) => return Err(file_error(source)),
            other => other?,
        }
        out.into_inner()
            .map_err(|e| file_error(e.into_error()))?
            .sync_all()
            .map_err(file_error)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn rfc_4180_quoting() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(" padded"), "\" padded\"");
        assert_eq!(field(""), "");
    }
}
