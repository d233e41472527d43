//! Writes name gold as IOB2 (`token<TAB>tag`, blank line between sentences) as read by
//! `newsgraph eval nlp --ner`, so another tool (spaCy's peer script) is scored on exactly
//! the same names under the same type mapping.
//!
//! `cargo run --release -p newsgraph-nlp --example export_ner -- GOLD_FILE > OUT.iob2`

use newsgraph_nlp::ner::read_ner_file;
use std::io::Write;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: export_ner GOLD_FILE")?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for s in read_ner_file(&PathBuf::from(path), &Default::default())? {
        let mut tags = vec!["O".to_string(); s.words.len()];
        for (r, k) in &s.names {
            for i in r.clone() {
                let bio = if i == r.start { "B" } else { "I" };
                tags[i] = format!("{bio}-{}", k.label());
            }
        }
        for (w, t) in s.words.iter().zip(&tags) {
            writeln!(out, "{w}\t{t}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}
