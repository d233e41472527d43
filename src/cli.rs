//! The command line: one variant per subcommand, whose arguments live beside its code in
//! `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::cmd;

/// Builds a knowledge graph of who did what to whom, where and when, from news articles.
///
/// Exit codes: 0 success, 1 error (the message names the file and the cause), 2 bad usage.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract article graphs from articles and print them (JSON Lines by default).
    ///
    /// Example: newsgraph extract data/samples --format ttl
    Extract(cmd::extract::ExtractArgs),
    /// Extract articles (or read pre-extracted JSON Lines) into the on-disk RDF store.
    ///
    /// Each article is one named graph; ingesting an article again replaces its graph.
    /// Nothing is written unless every input reads cleanly.
    ///
    /// Example: newsgraph ingest data/samples --store newsgraph.db
    Ingest(cmd::ingest::IngestArgs),
    /// Compact the store: merge the files a bulk ingest leaves, so that queries read one
    /// sorted run per index (worth it once after a large ingest, before serving queries).
    ///
    /// Example: newsgraph compact --store newsgraph.db
    Compact(cmd::compact::CompactArgs),
    /// Run a SPARQL query (a string, a .rq file or a named query) against the store.
    ///
    /// Example: newsgraph query --name who-accused-whom
    Query(cmd::query::QueryArgs),
    /// Serve the store as a read-only SPARQL 1.1 endpoint (for YASGUI, notebooks, Gephi).
    ///
    /// Example: newsgraph serve --store newsgraph.db --bind 127.0.0.1:7878
    Serve(cmd::serve::ServeArgs),
    /// Export a network view of the store for Gephi (GEXF 1.3), GraphML, Gephi's CSV, or
    /// as a picture (SVG, PNG).
    ///
    /// Example: newsgraph export --view actors --type REJECT --since 2024 -o network.gexf
    Export(cmd::export::ExportArgs),
    /// Write the whole store as RDF (sorted, so the same store gives the same bytes).
    ///
    /// Example: newsgraph dump --format nq > store.nq
    Dump(cmd::dump::DumpArgs),
    /// Load a dump (N-Quads, TriG or JSON-LD) into a new store: dump, load, dump gives the
    /// same bytes.
    ///
    /// Example: newsgraph load store.nq --store copy.db
    Load(cmd::load::LoadArgs),
    /// Write synthetic wire articles for benchmarks and tests (deterministic for a seed).
    ///
    /// Example: newsgraph gen --articles 20000 -o synthetic/
    Gen(cmd::gen::GenArgs),
    /// Run everything on the bundled samples: extract, ingest, named queries, GEXF export.
    ///
    /// Example: newsgraph demo --out newsgraph-demo
    Demo(cmd::demo::DemoArgs),
    /// Score extraction against gold files (precision, recall and F1).
    ///
    /// Example: newsgraph eval --gold tests/gold --articles data/samples --explain
    Eval(cmd::eval::EvalArgs),
    /// Score coreference (MUC, B3, CEAF-e, CoNLL F1): events on ECB+, entities on GUM.
    ///
    /// Example: newsgraph eval-coref --ecb ../shared/corpora/ecbplus --split dev
    EvalCoref(cmd::eval_coref::EvalCorefArgs),
    /// Show an identity: its mentions, the articles that name it and the evidence of each
    /// merge.
    ///
    /// Example: newsgraph explain https://w3id.org/newsgraph/id/person/ana-lind
    Explain(cmd::explain::ExplainArgs),
    /// Rebuild the compiled word lists in data/lexicon from the openly licensed sources.
    ///
    /// Example: newsgraph lexicon --gazetteer ../shared/corpora/gazetteer
    ///          --petrarch ../shared/corpora/petrarch2 -o data/lexicon
    Lexicon(cmd::lexicon::LexiconArgs),
    /// Train an NLP model (pos, ner or parser); same data and seed give the same bytes.
    ///
    /// Example: newsgraph train pos --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu
    ///          -o data/models/pos-en.ngm
    Train(cmd::train::TrainArgs),
    /// Measure speed (tokens/s and words/s per stage) and peak memory.
    ///
    /// Example: newsgraph bench nlp --input data/samples
    Bench(cmd::bench::BenchArgs),
}

impl Command {
    pub fn run(self) -> anyhow::Result<()> {
        match self {
            Command::Extract(args) => cmd::extract::run(args),
            Command::Ingest(args) => cmd::ingest::run(args),
            Command::Query(args) => cmd::query::run(args),
            Command::Serve(args) => cmd::serve::run(args),
            Command::Export(args) => cmd::export::run(args),
            Command::Dump(args) => cmd::dump::run(args),
            Command::Compact(args) => cmd::compact::run(args),
            Command::Demo(args) => cmd::demo::run(args),
            Command::Load(args) => cmd::load::run(args),
            Command::Gen(args) => cmd::gen::run(args),
            Command::Eval(args) => cmd::eval::run(args),
            Command::EvalCoref(args) => cmd::eval_coref::run(args),
            Command::Explain(args) => cmd::explain::run(args),
            Command::Lexicon(args) => cmd::lexicon::run(args),
            Command::Train(args) => cmd::train::run(args),
            Command::Bench(args) => cmd::bench::run(args),
        }
    }
}

/// `--store DIR`, shared by every subcommand that reads or writes the store.
#[derive(Debug, Args)]
pub struct StoreArg {
    /// The on-disk store (an Oxigraph RocksDB directory); created on first ingest.
    #[arg(long, default_value = "newsgraph.db", value_name = "DIR")]
    pub store: PathBuf,
}
