//! Scores a model on CoNLL-U files and times tokenize + tag.
//!
//! `cargo run --release -p newsgraph-nlp --example eval_pos -- [MODEL|default] FILE... [--errors]`

use newsgraph_nlp::conllu::read_conllu;
use newsgraph_nlp::{bench, eval_conllu, sentence_f1, token_f1, Model, Pipeline};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(which) = args.first() else {
        return Err("usage: eval_pos MODEL|default FILE... [--errors]".into());
    };
    let t = std::time::Instant::now();
    let pipeline = if which == "default" {
        Pipeline::default()
    } else {
        Pipeline::load(&PathBuf::from(which))?
    };
    eprintln!("load: {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    let model: &Model = pipeline.model();
    eprintln!("model: {}", model.description);
    let show_errors = args.iter().any(|a| a == "--errors");
    for f in args[1..].iter().filter(|a| !a.starts_with("--")) {
        let path = PathBuf::from(f);
        let s = eval_conllu(model, &path)?;
        let tf = token_f1(&path)?;
        println!(
            "{f}: tokens P {:.4} R {:.4} F1 {:.4} | UPOS {:.4} XPOS {:.4} lemma {:.4} ({} words)",
            tf.precision, tf.recall, tf.f1, s.upos, s.xpos, s.lemma, s.words
        );
        let sf = sentence_f1(&path)?;
        println!(
            "sentences (documents re-joined with spaces): P {:.4} R {:.4} F1 {:.4} ({} gold)",
            sf.precision, sf.recall, sf.f1, sf.gold
        );
        let sents = read_conllu(&path)?;
        let text: String = sents
            .iter()
            .filter_map(|s| s.text.as_deref())
            .collect::<Vec<_>>()
            .join(" ");
        let b = bench(&pipeline, &text);
        println!(
            "speed: {} tokens, {} sentences; tokenize+split {:.0} tok/s; analyze {:.0} tok/s",
            b.tokens, b.sentences, b.tokenize_tokens_per_sec, b.analyze_tokens_per_sec
        );
        if args.iter().any(|a| a == "--token-errors") {
            for s in &sents {
                let Some(text) = &s.text else { continue };
                let pred: Vec<&str> = newsgraph_nlp::tokenize::tokenize(text)
                    .into_iter()
                    .map(|r| &text[r])
                    .collect();
                let gold: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                if pred != gold {
                    println!("TOK\t{}\t{}", gold.join(" "), pred.join(" "));
                }
            }
        }
        if args.iter().any(|a| a == "--sentence-errors") {
            use newsgraph_nlp::tokenize::{split_sentences, tokenize};
            let mut i = 0;
            while i < sents.len() {
                let doc = &sents[i].doc_id;
                let mut text = String::new();
                let mut gold = Vec::new();
                while i < sents.len() && &sents[i].doc_id == doc {
                    if let Some(t) = &sents[i].text {
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        text.push_str(t);
                        gold.push(text.len());
                    }
                    i += 1;
                }
                let toks = tokenize(&text);
                let pred: Vec<usize> = split_sentences(&text, &toks)
                    .into_iter()
                    .map(|r| toks[r.end - 1].end)
                    .collect();
                for g in &gold {
                    if !pred.contains(g) {
                        let a = text[..*g].char_indices().rev().nth(30).map_or(0, |x| x.0);
                        let b = text[*g..]
                            .char_indices()
                            .nth(30)
                            .map_or(text.len(), |x| *g + x.0);
                        println!("MISS\t{}‖{}", &text[a..*g], &text[*g..b]);
                    }
                }
                for p in &pred {
                    if !gold.contains(p) {
                        let a = text[..*p].char_indices().rev().nth(30).map_or(0, |x| x.0);
                        let b = text[*p..]
                            .char_indices()
                            .nth(30)
                            .map_or(text.len(), |x| *p + x.0);
                        println!("EXTRA\t{}‖{}", &text[a..*p], &text[*p..b]);
                    }
                }
            }
        }
        if show_errors {
            for s in &sents {
                let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                let tags = model.tag_words(&words);
                for (w, (u, x, l)) in s.words.iter().zip(tags) {
                    if u != w.upos || l != w.lemma {
                        println!(
                            "ERR\t{}\t{}/{}\t{}/{}\t{}/{}",
                            w.form, w.upos, u, w.xpos, x, w.lemma, l
                        );
                    }
                }
            }
        }
    }
    Ok(())
}
