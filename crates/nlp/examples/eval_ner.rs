//! Scores a name model on UNER-style IOB2 data (or GUM CoNLL-U); `--errors` prints every wrong sentence.
//!
//! `cargo run --release -p newsgraph-nlp --example eval_ner -- MODEL|default FILE [--errors]`

use newsgraph_nlp::ner::{eval_ner, read_ner_file, NameTagger};
use newsgraph_nlp::Pipeline;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        return Err("usage: eval_ner MODEL|default FILE [--errors]".into());
    }
    let t = std::time::Instant::now();
    let tagger = if args[0] == "default" {
        NameTagger::default()
    } else {
        NameTagger::load(&PathBuf::from(&args[0]))?
    };
    eprintln!("load: {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    let pipeline = Pipeline::default();
    let dev = read_ner_file(&PathBuf::from(&args[1]), &Default::default())?;
    let s = eval_ner(&tagger, pipeline.model(), &dev);
    println!(
        "P {:.4} R {:.4} F1 {:.4} | PER {:.4} ORG {:.4} LOC {:.4} ({} gold names)",
        s.precision, s.recall, s.f1, s.f1_by_kind[0], s.f1_by_kind[1], s.f1_by_kind[2], s.gold
    );
    if args.iter().any(|a| a == "--errors") {
        for sent in &dev {
            let words: Vec<&str> = sent.words.iter().map(String::as_str).collect();
            let tags = pipeline.model().tag_words(&words);
            let xpos: Vec<&str> = tags.iter().map(|t| t.1).collect();
            let pred = tagger.tag_words(&words, &xpos);
            if pred != sent.names {
                let show = |v: &[(std::ops::Range<usize>, newsgraph_nlp::ner::NameKind)]| {
                    v.iter()
                        .map(|(r, k)| format!("{}:{}", k.label(), words[r.clone()].join(" ")))
                        .collect::<Vec<_>>()
                        .join(" | ")
                };
                println!("GOLD {}\nPRED {}\n", show(&sent.names), show(&pred));
            }
        }
    }
    Ok(())
}
