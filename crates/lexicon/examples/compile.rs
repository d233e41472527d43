//! Regenerates the compiled files of `data/lexicon`.
//!
//! `cargo run -p newsgraph-lexicon --example compile -- GAZETTEER_DIR PETRARCH_DIR OUT_DIR`
//! does what `newsgraph lexicon --gazetteer DIR --petrarch DIR -o DIR` does.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [gazetteer, petrarch, out] = args.as_slice() else {
        eprintln!("usage: compile GAZETTEER_DIR PETRARCH_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match newsgraph_lexicon::compile(gazetteer, petrarch, out) {
        Ok(report) => {
            for (file, rows) in &report.rows {
                println!("{file}\t{rows} rows");
            }
            println!("total\t{} bytes", report.bytes);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
