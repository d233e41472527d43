//! Output formats, and the one writer of RDF files: sorted, so that the same quads always
//! give the same bytes whatever order they were stored or built in.

use std::fmt;
use std::io::Write;
use std::str::FromStr;

use oxigraph::io::{JsonLdProfileSet, RdfFormat as OxFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, Quad, Triple};

use crate::sorted::{self, ExternalSort};
use crate::{vocab, StoreError};

/// How query results are written.
///
/// | query form | `Table` | `Json` | `Csv` / `Tsv` | `Xml` |
/// |---|---|---|---|---|
/// | SELECT | aligned text table | SPARQL JSON results | SPARQL CSV / TSV results | SPARQL XML results |
/// | ASK | `true` or `false` | SPARQL JSON results | SPARQL CSV / TSV results | SPARQL XML results |
/// | CONSTRUCT, DESCRIBE | Turtle | JSON-LD | N-Triples | RDF/XML |
///
/// CONSTRUCT and DESCRIBE results are sorted before they are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    Table,
    Json,
    Csv,
    Tsv,
    Xml,
}

/// RDF file formats for dumps and for single article graphs. Turtle and N-Triples hold no
/// graph names: they get the union of the named graphs, each triple once. JSON-LD keeps the
/// graph names (one `@graph` object per article).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfFormat {
    NQuads,
    Turtle,
    TriG,
    NTriples,
    JsonLd,
}

impl RdfFormat {
    /// True when the format keeps graph names (N-Quads, TriG, JSON-LD).
    pub fn has_graphs(self) -> bool {
        matches!(
            self,
            RdfFormat::NQuads | RdfFormat::TriG | RdfFormat::JsonLd
        )
    }

    /// Oxigraph's name for the format, to parse what we wrote.
    pub fn oxigraph(self) -> OxFormat {
        match self {
            RdfFormat::NQuads => OxFormat::NQuads,
            RdfFormat::Turtle => OxFormat::Turtle,
            RdfFormat::TriG => OxFormat::TriG,
            RdfFormat::NTriples => OxFormat::NTriples,
            RdfFormat::JsonLd => OxFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }

    /// The format a file name's extension names (`.nq`, `.trig`, `.ttl`, `.nt`, `.jsonld`).
    pub fn from_extension(path: &std::path::Path) -> Option<RdfFormat> {
        path.extension()?.to_str()?.parse().ok()
    }
}

impl FromStr for ResultFormat {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "table" => Ok(ResultFormat::Table),
            "json" => Ok(ResultFormat::Json),
            "csv" => Ok(ResultFormat::Csv),
            "tsv" => Ok(ResultFormat::Tsv),
            "xml" => Ok(ResultFormat::Xml),
            other => Err(StoreError::UnknownFormat {
                what: "result",
                given: other.to_string(),
                expected: "table, json, csv, tsv, xml",
            }),
        }
    }
}

impl FromStr for RdfFormat {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "nq" | "nquads" => Ok(RdfFormat::NQuads),
            "ttl" | "turtle" => Ok(RdfFormat::Turtle),
            "trig" => Ok(RdfFormat::TriG),
            "nt" | "ntriples" => Ok(RdfFormat::NTriples),
            "jsonld" | "json-ld" => Ok(RdfFormat::JsonLd),
            other => Err(StoreError::UnknownFormat {
                what: "RDF",
                given: other.to_string(),
                expected: "nq, ttl, trig, nt, jsonld",
            }),
        }
    }
}

impl fmt::Display for ResultFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ResultFormat::Table => "table",
            ResultFormat::Json => "json",
            ResultFormat::Csv => "csv",
            ResultFormat::Tsv => "tsv",
            ResultFormat::Xml => "xml",
        })
    }
}

impl fmt::Display for RdfFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RdfFormat::NQuads => "nq",
            RdfFormat::Turtle => "ttl",
            RdfFormat::TriG => "trig",
            RdfFormat::NTriples => "nt",
            RdfFormat::JsonLd => "jsonld",
        })
    }
}

/// A serializer for `format` that knows our prefixes (where the format has prefixes).
fn serializer(format: OxFormat) -> Result<RdfSerializer, StoreError> {
    let mut s = RdfSerializer::from_format(format);
    for (prefix, ns) in vocab::PREFIXES {
        s = s
            .with_prefix(prefix, ns)
            .map_err(|e| StoreError::Query(format!("prefix {prefix}: {e}")))?;
    }
    Ok(s)
}

/// Writes `quads` sorted and without duplicates; graph names are dropped for triple
/// formats. N-Quads and N-Triples come out as their lines in byte order (what `LC_ALL=C
/// sort -u` would give), Turtle grouped by subject and TriG and JSON-LD by graph, then
/// subject. Memory stays bounded: past [`sorted::DEFAULT_BUDGET`] of lines, sorted runs go
/// to temporary files and are merged.
pub(crate) fn write_quads(
    quads: impl IntoIterator<Item = Result<Quad, StoreError>>,
    format: RdfFormat,
    out: &mut dyn Write,
) -> Result<(), StoreError> {
    write_quads_within(quads, format, out, sorted::DEFAULT_BUDGET)
}

fn sort_error(e: std::io::Error) -> StoreError {
    StoreError::Sort {
        cause: format!(
            "{e} (in {}; set TMPDIR to a folder with free space)",
            std::env::temp_dir().display()
        ),
    }
}

pub(crate) fn write_quads_within(
    quads: impl IntoIterator<Item = Result<Quad, StoreError>>,
    format: RdfFormat,
    out: &mut dyn Write,
    budget: usize,
) -> Result<(), StoreError> {
    let mut sort = ExternalSort::new(budget);
    match format {
        RdfFormat::NQuads | RdfFormat::NTriples => {
            for q in quads {
                let q = q?;
                let line = if format == RdfFormat::NQuads {
                    format!("{q} .")
                } else {
                    format!("{} .", triple_text(&q))
                };
                sort.push(line).map_err(sort_error)?;
            }
            for line in sort.finish().map_err(sort_error)? {
                let line = line.map_err(sort_error)?;
                out.write_all(line.as_bytes()).map_err(StoreError::Write)?;
                out.write_all(b"\n").map_err(StoreError::Write)?;
            }
            Ok(())
        }
        RdfFormat::TriG | RdfFormat::JsonLd | RdfFormat::Turtle => {
            // Each record is the sort key, NUL, and the quad as N-Quads (no line holds a
            // NUL: the serializer escapes control characters). The key starts with the
            // graph name for the graph formats, so that each graph is one block, then the
            // subject's N-Triples form, and no such form is a prefix of another followed
            // by a space, so each subject's triples end up together.
            for q in quads {
                let q = q?;
                let key = if format == RdfFormat::Turtle {
                    triple_text(&q)
                } else {
                    format!("{} {}", q.graph_name, triple_text(&q))
                };
                sort.push(format!("{key}\0{q} .")).map_err(sort_error)?;
            }
            let mut writer = serializer(format.oxigraph())?.for_writer(out);
            let mut last_key: Option<String> = None;
            for record in sort.finish().map_err(sort_error)? {
                let record = record.map_err(sort_error)?;
                let Some((key, line)) = record.split_once('\0') else {
                    continue;
                };
                if last_key.as_deref() == Some(key) {
                    continue;
                }
                let quad = RdfParser::from_format(OxFormat::NQuads)
                    .for_slice(line.as_bytes())
                    .next()
                    .ok_or_else(|| sort_error(std::io::Error::other("empty sort record")))?
                    .map_err(|e| sort_error(std::io::Error::other(e.to_string())))?;
                let quad = if format == RdfFormat::Turtle {
                    Triple::from(quad).in_graph(GraphName::DefaultGraph)
                } else {
                    quad
                };
                writer.serialize_quad(&quad).map_err(StoreError::Write)?;
                last_key = Some(key.to_string());
            }
            writer.finish().map_err(StoreError::Write)?;
            Ok(())
        }
    }
}

/// A quad's triple in N-Triples form, without the final " .".
fn triple_text(q: &Quad) -> String {
    format!("{} {} {}", q.subject, q.predicate, q.object)
}

/// Sorts by key, drops repeated keys and serializes. A key starts with the subject's
/// N-Triples form (after the graph's, for TriG), and no such form is a prefix of another
/// followed by a space, so each subject's triples end up together.
fn write_keyed(
    mut keyed: Vec<(String, Quad)>,
    format: OxFormat,
    out: &mut dyn Write,
) -> Result<(), StoreError> {
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    let mut writer = serializer(format)?.for_writer(out);
    for (_, q) in &keyed {
        writer.serialize_quad(q).map_err(StoreError::Write)?;
    }
    writer.finish().map_err(StoreError::Write)?;
    Ok(())
}

/// Writes the triples of a CONSTRUCT or DESCRIBE in the graph format that goes with `format`
/// (see [`ResultFormat`]), sorted.
pub(crate) fn write_graph_result(
    triples: Vec<Triple>,
    format: ResultFormat,
    out: &mut dyn Write,
) -> Result<(), StoreError> {
    let ox = match format {
        ResultFormat::Table => OxFormat::Turtle,
        ResultFormat::Json => OxFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        ResultFormat::Xml => OxFormat::RdfXml,
        ResultFormat::Csv | ResultFormat::Tsv => OxFormat::NTriples,
    };
    let keyed = triples
        .into_iter()
        .map(|t| (t.to_string(), t.in_graph(GraphName::DefaultGraph)))
        .collect();
    write_keyed(keyed, ox, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    #[test]
    fn a_spilled_dump_is_byte_identical_to_an_in_memory_one() {
        let g = |i: u32| NamedNode::new_unchecked(format!("https://example.org/g{}", i % 5));
        let quads: Vec<Quad> = (0..3000u32)
            .map(|i| {
                Quad::new(
                    NamedNode::new_unchecked(format!("https://example.org/s{}", i % 211)),
                    NamedNode::new_unchecked(format!("https://example.org/p{}", i % 3)),
                    Literal::new_simple_literal(format!("v {} \t \n {}", i % 17, i % 7)),
                    g(i),
                )
            })
            .collect();
        for format in [
            RdfFormat::NQuads,
            RdfFormat::NTriples,
            RdfFormat::TriG,
            RdfFormat::Turtle,
            RdfFormat::JsonLd,
        ] {
            let mut small = Vec::new();
            write_quads_within(quads.iter().cloned().map(Ok), format, &mut small, 20_000).unwrap();
            let mut large = Vec::new();
            write_quads(quads.iter().cloned().map(Ok), format, &mut large).unwrap();
            assert!(!large.is_empty());
            assert!(small == large, "{format}");
        }
    }
}
