//! Scores this extractor against a directory of gold files, without building the CLI.
//!
//! `cargo run -p newsgraph-extract --example score -- GOLD_DIR ARTICLES_DIR [--explain]`

use std::process::ExitCode;

use newsgraph_extract::Extractor;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let explain = args.iter().any(|a| a == "--explain");
    let dirs: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [gold, articles] = dirs.as_slice() else {
        eprintln!("usage: score GOLD_DIR ARTICLES_DIR [--explain]");
        return ExitCode::from(2);
    };
    let extractor = Extractor::new();
    let report = match newsgraph_eval::evaluate_dir(gold.as_ref(), articles.as_ref(), |article| {
        extractor.extract(article)
    }) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = report.write_text(&mut std::io::stdout(), explain) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
