//! Every subcommand and option, defined once: the doc comments are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    Extract(ExtractArgs),
    /// Extract articles (or read pre-extracted JSON Lines) into the on-disk RDF store.
    ///
    /// Each article is one named graph; ingesting an article again replaces its graph.
    /// Nothing is written unless every input reads cleanly.
    ///
    /// Example: newsgraph ingest data/samples --store newsgraph.db
    Ingest(IngestArgs),
    /// Run a SPARQL query (a string, a .rq file or a named query) against the store.
    ///
    /// Example: newsgraph query --name who-accused-whom
    Query(QueryArgs),
    /// Export the store's actor network for Gephi (GEXF 1.3), GraphML or Gephi's CSV.
    ///
    /// Example: newsgraph export --format gexf -o network.gexf
    Export(ExportArgs),
    /// Write the whole store as RDF (sorted, so the same store gives the same bytes).
    ///
    /// Example: newsgraph dump --format nq > store.nq
    Dump(DumpArgs),
    /// Run everything on the bundled samples: extract, ingest, named queries, GEXF export.
    ///
    /// Example: newsgraph demo --out newsgraph-demo
    Demo(DemoArgs),
    /// Score extraction against gold files (precision, recall and F1).
    ///
    /// Example: newsgraph eval --gold tests/gold --articles data/samples --explain
    Eval(EvalArgs),
    /// Rebuild the compiled word lists in data/lexicon from the openly licensed sources.
    ///
    /// Example: newsgraph lexicon --gazetteer ../shared/corpora/gazetteer
    ///          --petrarch ../shared/corpora/petrarch2 -o data/lexicon
    Lexicon(LexiconArgs),
}

#[derive(Debug, Args)]
pub struct StoreArg {
    /// The on-disk store (an Oxigraph RocksDB directory); created on first ingest.
    #[arg(long, default_value = "newsgraph.db", value_name = "DIR")]
    pub store: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files (.txt, .jsonl) or directories (read recursively, in sorted order);
    /// `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output format: one JSON article graph per line, N-Quads or Turtle.
    #[arg(long, value_enum, default_value_t = GraphFormat::Jsonl)]
    pub format: GraphFormat,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Jsonl,
    Nq,
    Ttl,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Article files or directories, JSON Lines of articles or of extracted graphs;
    /// `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// A SPARQL query, or the path of a .rq file.
    #[arg(value_name = "SPARQL", required_unless_present_any = ["name", "list"])]
    pub query: Option<String>,
    /// Run a named query from queries/ (see --list).
    #[arg(long, conflicts_with = "query")]
    pub name: Option<String>,
    /// Value for a named query's parameter, as NAME=VALUE (repeatable).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// List the named queries and what each answers.
    #[arg(long)]
    pub list: bool,
    /// Result format.
    #[arg(long, default_value = "table", value_parser = ["table", "json", "csv", "tsv", "xml"])]
    pub format: String,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// File format; `csv` writes nodes.csv and edges.csv into the -o directory.
    #[arg(long, value_enum, default_value_t = ExportFormat::Gexf)]
    pub format: ExportFormat,
    /// Output file (a directory for csv).
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Gexf,
    Graphml,
    Csv,
}

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// RDF syntax.
    #[arg(long, default_value = "nq", value_parser = ["nq", "trig", "nt", "ttl"])]
    pub format: String,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// The articles to run on.
    #[arg(long, default_value = "data/samples", value_name = "DIR")]
    pub samples: PathBuf,
    /// Where the store, the extracted graphs and the GEXF file go.
    #[arg(long, default_value = "newsgraph-demo", value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory of *.gold.json files.
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Directory holding each gold file's `text_file`.
    #[arg(long, value_name = "DIR")]
    pub articles: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every miss and false positive.
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Args)]
pub struct LexiconArgs {
    /// The gazetteer sources (countries.json, cities15000.txt.gz, countryInfo.txt).
    #[arg(long, value_name = "DIR")]
    pub gazetteer: PathBuf,
    /// The PETRARCH2 dictionaries (MIT).
    #[arg(long, value_name = "DIR")]
    pub petrarch: PathBuf,
    /// Where the compiled lists go.
    #[arg(short, long, default_value = "data/lexicon", value_name = "DIR")]
    pub output: PathBuf,
}
