//! The `newsgraph` command: parses arguments, wires the crates together, maps outcomes to
//! exit codes. The work itself lives in the crates under `crates/`.

mod cli;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Parser;
use newsgraph_extract::Extractor;
use newsgraph_input::Record;
use newsgraph_model::{jsonl, ArticleGraph};
use newsgraph_store::{RdfFormat, ResultFormat, Store};

use cli::{Cli, Command, ExportFormat, GraphFormat};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A closed pipe (`newsgraph dump | head`) is the reader's choice, not an error.
            let broken_pipe = err.chain().any(|cause| {
                cause
                    .downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<()> {
    match command {
        Command::Extract(args) => {
            let graphs = read_graphs(&args.inputs)?;
            let mut out = output(args.output.as_deref())?;
            for graph in &graphs {
                match args.format {
                    GraphFormat::Jsonl => jsonl::write_graph(&mut out, graph)?,
                    GraphFormat::Nq => {
                        newsgraph_store::write_graph(graph, RdfFormat::NQuads, &mut out)?
                    }
                    GraphFormat::Ttl => {
                        newsgraph_store::write_graph(graph, RdfFormat::Turtle, &mut out)?
                    }
                }
            }
            out.flush()?;
            Ok(())
        }
        Command::Ingest(args) => {
            let store = open_store(&args.store.store)?;
            ingest(&store, &args.inputs, &args.store.store)?;
            Ok(())
        }
        Command::Query(args) => {
            if args.list {
                for q in newsgraph_store::named::all() {
                    println!("{:<24} {}", q.name, q.title);
                }
                return Ok(());
            }
            let sparql = match (&args.name, &args.query) {
                (Some(name), _) => {
                    let q = newsgraph_store::named::get(name).with_context(|| {
                        format!("no named query {name:?}; `newsgraph query --list` shows them")
                    })?;
                    q.bind(&parse_params(&args.params)?)?
                }
                (None, Some(q)) if q.ends_with(".rq") || Path::new(q).is_file() => {
                    std::fs::read_to_string(q)
                        .with_context(|| format!("{q}: cannot read query file"))?
                }
                (None, Some(q)) => q.clone(),
                (None, None) => bail!("give a SPARQL query, a .rq file or --name"),
            };
            let store = open_store_read_only(&args.store.store)?;
            let format: ResultFormat = args.format.parse()?;
            let mut out = BufWriter::new(io::stdout().lock());
            store.query_to(&sparql, format, &mut out)?;
            out.flush()?;
            Ok(())
        }
        Command::Export(args) => {
            let store = open_store_read_only(&args.store.store)?;
            let net = newsgraph_export::network_from_store(&store)?;
            write_export(&net, args.format, &args.output)?;
            eprintln!(
                "wrote {} nodes and {} edges to {}",
                net.node_count(),
                net.edge_count(),
                args.output.display()
            );
            Ok(())
        }
        Command::Dump(args) => {
            let store = open_store_read_only(&args.store.store)?;
            let format: RdfFormat = args.format.parse()?;
            let mut out = output(args.output.as_deref())?;
            store.dump(format, &mut out)?;
            out.flush()?;
            Ok(())
        }
        Command::Demo(args) => demo(&args.samples, &args.out),
        Command::Eval(args) => {
            let report = newsgraph_eval::evaluate_dir(&args.gold, &args.articles, |article| {
                extract_linked(&Extractor::new(), article)
            })?;
            let mut out = BufWriter::new(io::stdout().lock());
            if args.json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else {
                report.write_text(&mut out, args.explain)?;
            }
            out.flush()?;
            Ok(())
        }
        Command::Lexicon(args) => {
            let report = newsgraph_lexicon::compile(&args.gazetteer, &args.petrarch, &args.output)?;
            for (file, rows) in &report.rows {
                eprintln!("{file}: {rows} rows");
            }
            eprintln!("wrote {} bytes to {}", report.bytes, args.output.display());
            Ok(())
        }
    }
}

/// Extracts one article and gives its nodes their stable IRIs.
fn extract_linked(extractor: &Extractor, article: &newsgraph_model::Article) -> ArticleGraph {
    let mut graph = extractor.extract(article);
    newsgraph_link::assign_iris(&mut graph);
    graph
}

/// Reads every input to the end first, so that one bad file stops the run before anything
/// is written; then extracts the articles and passes pre-extracted graphs through.
fn read_graphs(inputs: &[PathBuf]) -> Result<Vec<ArticleGraph>> {
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

fn ingest(store: &Store, inputs: &[PathBuf], store_path: &Path) -> Result<()> {
    let started = Instant::now();
    let graphs = read_graphs(inputs)?;
    let bar = if io::stderr().is_terminal() {
        indicatif::ProgressBar::new(graphs.len() as u64).with_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} articles {per_sec} {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        )
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut triples = 0;
    for graph in &graphs {
        triples += store
            .ingest(graph)
            .with_context(|| format!("article {}: not ingested", graph.article.id))?;
        bar.inc(1);
    }
    bar.finish_and_clear();
    eprintln!(
        "ingested {} articles, {} triples in {:.2} s into {} (store now holds {} quads)",
        graphs.len(),
        triples,
        started.elapsed().as_secs_f64(),
        store_path.display(),
        store.len()?
    );
    Ok(())
}

fn demo(samples: &Path, out_dir: &Path) -> Result<()> {
    if !samples.is_dir() {
        bail!(
            "{}: no such directory; run the demo from the repository root or pass --samples DIR",
            samples.display()
        );
    }
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("{}: cannot create", out_dir.display()))?;
    let graphs = read_graphs(&[samples.to_path_buf()])?;
    let jsonl_path = out_dir.join("graphs.jsonl");
    let mut out = output(Some(&jsonl_path))?;
    for graph in &graphs {
        jsonl::write_graph(&mut out, graph)?;
    }
    out.flush()?;
    println!(
        "extracted {} articles -> {}",
        graphs.len(),
        jsonl_path.display()
    );

    let store_path = out_dir.join("store");
    let store = open_store(&store_path)?;
    ingest(&store, std::slice::from_ref(&jsonl_path), &store_path)?;
    println!("store -> {}", store_path.display());

    let mut stdout = io::stdout().lock();
    for name in ["who-accused-whom", "spokespeople", "leaders"] {
        let q = newsgraph_store::named::get(name)
            .with_context(|| format!("named query {name} missing"))?;
        writeln!(stdout, "\n# {} ({})", q.title, q.name)?;
        store.query_to(q.sparql, ResultFormat::Table, &mut stdout)?;
    }
    let net = newsgraph_export::network_from_store(&store)?;
    let gexf = out_dir.join("network.gexf");
    write_export(&net, ExportFormat::Gexf, &gexf)?;
    writeln!(
        stdout,
        "\nGephi network ({} nodes, {} edges) -> {}",
        net.node_count(),
        net.edge_count(),
        gexf.display()
    )?;
    Ok(())
}

fn write_export(net: &newsgraph_export::Network, format: ExportFormat, path: &Path) -> Result<()> {
    match format {
        ExportFormat::Csv => newsgraph_export::write_csv(net, path)?,
        ExportFormat::Gexf | ExportFormat::Graphml => {
            let mut out = output(Some(path))?;
            if format == ExportFormat::Gexf {
                newsgraph_export::write_gexf(net, &mut out)?;
            } else {
                newsgraph_export::write_graphml(net, &mut out)?;
            }
            out.flush()?;
        }
    }
    Ok(())
}

fn parse_params(params: &[String]) -> Result<Vec<(String, String)>> {
    params
        .iter()
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .with_context(|| format!("--param {p:?}: expected NAME=VALUE"))
        })
        .collect()
}

fn open_store(path: &Path) -> Result<Store> {
    Ok(Store::open(path)?)
}

fn open_store_read_only(path: &Path) -> Result<Store> {
    Ok(Store::open_read_only(path)?)
}

fn output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => {
            Box::new(BufWriter::new(File::create(p).with_context(|| {
                format!("{}: cannot create output file", p.display())
            })?))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}
