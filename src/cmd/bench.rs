//! `newsgraph bench nlp`: speed of each NLP stage and of the whole pipeline, and peak memory
//! (the measuring is in `newsgraph_nlp::bench_stages`).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use newsgraph_nlp::ner::NameTagger;
use newsgraph_nlp::{bench_stages, peak_rss_bytes, Pipeline};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Suite {
    /// Tokenize, tag + lemmatize, names, parse, and all together.
    Nlp,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// What to measure.
    #[arg(value_enum)]
    pub suite: Suite,
    /// A .txt file, a directory of .txt files (documents = blank-line separated paragraphs,
    /// as spaCy's peer script reads them) or a CoNLL-U file (its `# text` lines, one
    /// document per `# newdoc`).
    #[arg(long, value_name = "DIR|FILE")]
    pub input: PathBuf,
    /// Minimum seconds each stage is timed for (CPU seconds of the thread where the system
    /// reports them, so that other processes on a shared machine do not skew the rates).
    #[arg(long, default_value_t = 1.0)]
    pub seconds: f64,
}

fn paragraphs(text: &str, docs: &mut Vec<String>) {
    docs.extend(
        text.replace("\r\n", "\n")
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string),
    );
}

fn conllu_docs(text: &str, docs: &mut Vec<String>) {
    let mut cur: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.starts_with("# newdoc") && !cur.is_empty() {
            docs.push(cur.join(" "));
            cur.clear();
        } else if let Some(t) = line.strip_prefix("# text =") {
            cur.push(t.trim());
        }
    }
    if !cur.is_empty() {
        docs.push(cur.join(" "));
    }
}

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    for entry in entries {
        let p = entry?.path();
        if p.is_dir() {
            txt_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
    Ok(())
}

fn read_docs(input: &Path) -> Result<Vec<String>> {
    let read = |p: &Path| {
        std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))
    };
    let mut docs = Vec::new();
    if input.is_dir() {
        let mut files = Vec::new();
        txt_files(input, &mut files)?;
        files.sort();
        for f in files {
            paragraphs(&read(&f)?, &mut docs);
        }
    } else if input.extension().is_some_and(|e| e == "conllu") {
        conllu_docs(&read(input)?, &mut docs);
    } else {
        paragraphs(&read(input)?, &mut docs);
    }
    if docs.is_empty() {
        bail!(
            "{}: no text to measure (expected .txt files or a CoNLL-U file with `# text` lines)",
            input.display()
        );
    }
    Ok(docs)
}

pub fn run(args: BenchArgs) -> Result<()> {
    let Suite::Nlp = args.suite;
    let docs = read_docs(&args.input)?;
    let t = std::time::Instant::now();
    let pipeline = Pipeline::default();
    let names = NameTagger::default();
    let load_ms = 1000.0 * t.elapsed().as_secs_f64();
    let b = bench_stages(&pipeline, &names, &docs, args.seconds);
    let mut out = BufWriter::new(io::stdout().lock());
    writeln!(
        out,
        "input: {} -> {} docs, {} words, {} tokens, {} sentences, {} bytes; models loaded in {load_ms:.0} ms; one thread (release build: {})",
        args.input.display(),
        b.docs,
        b.words,
        b.tokens,
        b.sentences,
        b.bytes,
        !cfg!(debug_assertions)
    )?;
    writeln!(
        out,
        "rates per second of {} (this thread had {:.0} % of a core while measuring)",
        if b.cpu_time {
            "the thread's CPU time"
        } else {
            "wall-clock time"
        },
        100.0 * b.cpu_share
    )?;
    writeln!(out, "{:<14} {:>12} {:>12}", "stage", "tokens/s", "words/s")?;
    for s in &b.stages {
        writeln!(
            out,
            "{:<14} {:>12.0} {:>12.0}",
            s.stage, s.tokens_per_sec, s.words_per_sec
        )?;
    }
    writeln!(out, "names found: {}", b.names)?;
    match peak_rss_bytes() {
        // MiB, the unit of spaCy's peer script (ru_maxrss KiB / 1024), so the two compare.
        Some(rss) => writeln!(
            out,
            "peak RSS: {:.1} MiB ({:.1} MB)",
            rss as f64 / 1048576.0,
            rss as f64 / 1e6
        )?,
        None => writeln!(out, "peak RSS: not available on this system")?,
    }
    out.flush()?;
    Ok(())
}
