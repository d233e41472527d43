//! What several subcommands share: reading and extracting inputs, opening the store, and
//! choosing where output goes.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use newsgraph_extract::Extractor;
use newsgraph_input::Record;
use newsgraph_model::{Article, ArticleGraph};
use newsgraph_store::Store;

/// Extracts one article and gives its nodes their stable IRIs.
pub fn extract_linked(extractor: &Extractor, article: &Article) -> ArticleGraph {
    let mut graph = extractor.extract(article);
    newsgraph_link::link_article(&mut graph);
    graph
}

/// Reads every input to the end first, so that one bad file stops the run before anything
/// is written; then extracts the articles and passes pre-extracted graphs through.
pub fn read_graphs(inputs: &[PathBuf]) -> Result<Vec<ArticleGraph>> {
    let records = newsgraph_input::read_inputs(inputs)
        .map(|r| r.map(|(_, record)| record))
        .collect::<Result<Vec<_>, _>>()?;
    let extractor = Extractor::new();
    Ok(records
        .into_iter()
        .map(|record| match record {
            Record::Article(article) => extract_linked(&extractor, &article),
            Record::Graph(mut graph) => {
                newsgraph_link::assign_iris(&mut graph);
                graph
            }
        })
        .collect())
}

pub fn open_store(path: &Path) -> Result<Store> {
    Ok(Store::open(path)?)
}

pub fn open_store_read_only(path: &Path) -> Result<Store> {
    Ok(Store::open_read_only(path)?)
}

/// A buffered writer on `path`, or on standard output when there is none.
pub fn output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => {
            Box::new(BufWriter::new(File::create(p).with_context(|| {
                format!("{}: cannot create output file", p.display())
            })?))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}
