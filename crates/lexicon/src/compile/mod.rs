//! Regenerates the compiled files of `data/lexicon` from the shared corpora.
//!
//! Inputs: mledoze `countries.json` and GeoNames `countryInfo.txt` / `cities15000.txt.gz`
//! (the gazetteer directory); the PETRARCH2 Phoenix actor and agent dictionaries and
//! `CAMEO.2.0.txt` (the petrarch directory). The hand-written lists embedded in this crate
//! steer what is kept (titles, cue words). Output is sorted and has no time stamps, so the
//! same inputs give byte-identical files.

mod cameo;
mod gazetteer;
mod notice;
mod phoenix;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::{Lexicon, LexiconError};

/// What [`compile`] wrote: rows per file name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompileReport {
    pub rows: BTreeMap<String, usize>,
    /// Total bytes of the files written.
    pub bytes: u64,
}

/// Regenerates `countries.tsv`, `cities.tsv`, `towns.tsv`, `actors.tsv`, `agents.tsv`, `first_names.tsv`,
/// `cameo_verbs.tsv` and `NOTICE.md` in `out_dir` from the gazetteer and PETRARCH2
/// directories. Hand-written files in `out_dir` are left alone.
///
/// This is what `newsgraph lexicon --gazetteer DIR --petrarch DIR -o data/lexicon` runs.
pub fn compile(
    gazetteer_dir: &Path,
    petrarch_dir: &Path,
    out_dir: &Path,
) -> Result<CompileReport, LexiconError> {
    let hand = Lexicon::hand_written()?;
    let gaz = gazetteer::compile(gazetteer_dir)?;
    let phx = phoenix::compile(petrarch_dir, &hand, &gaz)?;
    let verbs = cameo::compile(petrarch_dir, &hand)?;

    let mut report = CompileReport::default();
    let files = [
        ("countries.tsv", gaz.countries_tsv()),
        ("cities.tsv", gaz.cities_tsv()),
        ("towns.tsv", gaz.towns_tsv()),
        ("actors.tsv", phx.actors_tsv()),
        ("agents.tsv", phx.agents_tsv()),
        ("first_names.tsv", phx.first_names_tsv()),
        ("cameo_verbs.tsv", verbs.tsv()),
    ];
    for (name, (text, rows)) in &files {
        write(out_dir, name, text, &mut report)?;
        report.rows.insert((*name).to_string(), *rows);
    }
    let notice = notice::render(&report);
    write(out_dir, "NOTICE.md", &notice, &mut report)?;
    Ok(report)
}

fn write(
    dir: &Path,
    name: &str,
    text: &str,
    report: &mut CompileReport,
) -> Result<(), LexiconError> {
    let path = dir.join(name);
    std::fs::write(&path, text).map_err(|source| LexiconError::Write { path, source })?;
    report.bytes += text.len() as u64;
    Ok(())
}

pub(crate) fn read(path: PathBuf) -> Result<String, LexiconError> {
    std::fs::read_to_string(&path).map_err(|source| LexiconError::Read { path, source })
}

/// A field safe to write into a TSV cell and a `|` list: no tabs, line breaks or bars.
pub(crate) fn clean(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty() && !t.contains(['|', '\t'])).then_some(t)
}

/// Header line plus sorted, de-duplicated rows.
pub(crate) fn tsv(comment: &str, header: &[&str], mut rows: Vec<Vec<String>>) -> (String, usize) {
    rows.sort();
    rows.dedup();
    let mut out = String::new();
    for line in comment.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&header.join("\t"));
    out.push('\n');
    for r in &rows {
        out.push_str(&r.join("\t"));
        out.push('\n');
    }
    (out, rows.len())
}
