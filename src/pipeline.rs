//! What several subcommands share: reading and extracting inputs, opening the store, and
//! choosing where output goes.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use newsgraph_extract::Extractor;
use newsgraph_input::Record;
use newsgraph_model::{Article, ArticleGraph, EXTRACTOR_VERSION};
use newsgraph_store::{content_hash, IngestOptions, IngestReport, Job, Store};

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

/// Ingests `inputs` into `store`: extraction on `options.jobs` threads, one writer, articles
/// already stored with the same content hash skipped.
///
/// What is guaranteed about bad input: every input is read and parsed to the end in a
/// first pass (records are checked, then dropped, so memory stays bounded) and the first
/// file that fails stops the run before anything is written. Standard input cannot be
/// read twice, so its records are held in memory instead. The second pass reads the files
/// again and streams them through extraction to the store; a file changed between the two
/// passes, or a store failure, stops the run with the batches written so far kept whole
/// (a re-run resumes). `progress` gets (done, total) in articles.
pub fn ingest_inputs(
    store: &Store,
    inputs: &[PathBuf],
    options: &IngestOptions,
    progress: impl Fn(u64, u64),
) -> Result<IngestReport> {
    let checking = std::time::Instant::now();
    let from_stdin = inputs.iter().any(|p| p.as_os_str() == "-");
    let mut held = Vec::new();
    let mut total = 0u64;
    for item in newsgraph_input::read_inputs(inputs) {
        let (_, record) = item?;
        total += 1;
        if from_stdin {
            held.push(record);
        }
    }
    let check_time = checking.elapsed();
    let records: Box<dyn Iterator<Item = Result<Record>>> = if from_stdin {
        Box::new(held.into_iter().map(Ok))
    } else {
        Box::new(
            newsgraph_input::read_inputs(inputs)
                .map(|r| r.map(|(_, record)| record).map_err(anyhow::Error::from)),
        )
    };
    let jobs = records.map(|r| r.map(job));
    // Built on the first article: pre-extracted graphs need no extractor (its lexicons take
    // a tenth of a second to compile).
    let extractor = std::sync::OnceLock::new();
    let build = |record: Record| -> Result<ArticleGraph> {
        Ok(match record {
            Record::Article(article) => {
                extract_linked(extractor.get_or_init(Extractor::new), &article)
            }
            Record::Graph(mut graph) => {
                newsgraph_link::assign_iris(&mut graph);
                graph
            }
        })
    };
    // Identity across articles (issue 6) is matched on the writer's thread, in input order,
    // when `options.identity` is set (the default).
    let mut report = newsgraph_store::ingest_parallel(store, jobs, options, build, |done| {
        progress(done, total)
    })?;
    report.written.check_time = check_time;
    Ok(report)
}

/// The id and content hash of a record, known before extraction: an article read by this
/// build's extractor, or a pre-extracted graph's article and extractor.
fn job(record: Record) -> Job<Record> {
    let (id, hash) = match &record {
        Record::Article(a) => (a.id.clone(), content_hash(a, EXTRACTOR_VERSION)),
        Record::Graph(g) => (g.article.id.clone(), content_hash(&g.article, &g.extractor)),
    };
    Job {
        id,
        hash,
        payload: record,
    }
}
