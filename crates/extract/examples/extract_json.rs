//! Prints the graph of one plain-text article as pretty JSON, for inspection.
//!
//! `cargo run -p newsgraph-extract --example extract_json -- FILE [PUBLISHED]`

use std::process::ExitCode;

use newsgraph_extract::Extractor;
use newsgraph_model::Article;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: extract_json FILE [PUBLISHED as YYYY-MM-DD]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let published = match args.get(1).map(|p| p.parse()) {
        Some(Ok(p)) => Some(p),
        Some(Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
        None => None,
    };
    let id = std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let article = Article {
        id,
        title: None,
        source: None,
        url: None,
        published,
        dateline: None,
        text,
    };
    let graph = Extractor::new().extract(&article);
    match serde_json::to_string_pretty(&graph) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
