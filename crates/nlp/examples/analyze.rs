//! Prints the analysis of a text file, one token per line (with its
//! 1-based number, head and relation).
//!
//! `cargo run --release -p newsgraph-nlp --example analyze -- FILE [PARSER_MODEL]`

use newsgraph_nlp::ner::NameTagger;

mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: analyze FILE")?;
    let text = std::fs::read_to_string(&path)?;
    // `BEAM=k`: parse with a beam of k states instead of the model's own width.
    let pipeline = common::pipeline(std::env::args().nth(2).as_deref())?;
    let doc = pipeline.analyze(&text);
    let names = NameTagger::default();
    for (i, s) in doc.sentences.iter().enumerate() {
        println!("# sentence {i} bytes {:?}", s.span_bytes);
        for (k, t) in s.tokens.iter().enumerate() {
            println!(
                "{}\t{}\t{}..{}\t{}..{}\t{}\t{}\t{}\t{}\t{}",
                k + 1,
                t.text,
                t.byte_start,
                t.byte_end,
                t.char_start,
                t.char_end,
                t.upos,
                t.xpos,
                t.lemma,
                t.head,
                t.deprel
            );
        }
        for n in names.tag(s) {
            println!(
                "# name {} {:?}",
                n.kind.label(),
                &text[n.byte_start..n.byte_end]
            );
        }
    }
    Ok(())
}
