//! Scores the parser on CoNLL-U files (gold tokens, predicted tags) and measures parsing speed.
//!
//! `cargo run --release -p newsgraph-nlp --example eval_parse -- default|PARSER.ngm FILE...
//! [--errors] [--gold-tags]` (`--errors`: the most frequent head errors by gold relation and
//! label confusions on correctly attached words; `--gold-tags`: also the scores when the parser
//! is given the treebank's own tags, which shows how much of the gap the tagger's errors cause).

use newsgraph_nlp::conllu::read_conllu;
use newsgraph_nlp::{eval_parser, thread_cpu_secs};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let gold_tags = args.iter().any(|a| a == "--gold-tags");
    args.retain(|a| a != "--errors" && a != "--gold-tags");
    if args.len() < 2 {
        return Err("usage: eval_parse default|PARSER.ngm FILE...".into());
    }
    let pipeline = common::pipeline(Some(&args[0]))?;

    for f in &args[1..] {
        let path = PathBuf::from(f);
        let s = eval_parser(&pipeline, &path)?;
        println!(
            "{f}: UAS {:.2} LAS {:.2}; without punctuation UAS {:.2} LAS {:.2} ({} words)",
            100.0 * s.uas,
            100.0 * s.las,
            100.0 * s.uas_no_punct,
            100.0 * s.las_no_punct,
            s.words
        );
        // Parsing alone: tag once, then time only the parser.
        let sents = read_conllu(&path)?;
        let tagged: Vec<Vec<(String, String, String)>> = sents
            .iter()
            .map(|s| {
                let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                pipeline
                    .model()
                    .tag_words(&words)
                    .into_iter()
                    .zip(&words)
                    .map(|((u, x, _), w)| (w.to_string(), u.to_string(), x.to_string()))
                    .collect()
            })
            .collect();
        let inputs: Vec<Vec<(&str, &str, &str)>> = tagged
            .iter()
            .map(|s| {
                s.iter()
                    .map(|(w, u, x)| (w.as_str(), u.as_str(), x.as_str()))
                    .collect()
            })
            .collect();
        if gold_tags {
            let (mut words, mut heads, mut labels) = (0usize, 0usize, 0usize);
            for s in &sents {
                let input: Vec<(&str, &str, &str)> = s
                    .words
                    .iter()
                    .map(|w| (w.form.as_str(), w.upos.as_str(), w.xpos.as_str()))
                    .collect();
                for (w, (h, l)) in s.words.iter().zip(pipeline.parser().parse(&input)) {
                    words += 1;
                    heads += usize::from(w.head == h);
                    labels += usize::from(w.head == h && w.deprel == l);
                }
            }
            println!(
                "{f}, given the gold tags: UAS {:.2} LAS {:.2}",
                100.0 * heads as f64 / words as f64,
                100.0 * labels as f64 / words as f64
            );
        }
        if errors {
            let mut head_err: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
            let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
            for (s, input) in sents.iter().zip(&inputs) {
                for (w, (h, l)) in s.words.iter().zip(pipeline.parser().parse(input)) {
                    let e = head_err.entry(w.deprel.as_str()).or_default();
                    e.0 += 1;
                    if w.head != h {
                        e.1 += 1;
                    } else if w.deprel != l {
                        *confusions
                            .entry((w.deprel.clone(), l.to_string()))
                            .or_default() += 1;
                    }
                }
            }
            let mut he: Vec<_> = head_err.into_iter().collect();
            he.sort_by(|a, b| b.1 .1.cmp(&a.1 .1).then(a.0.cmp(b.0)));
            println!("head errors by gold relation (errors / words):");
            for (rel, (n, e)) in he.iter().take(15) {
                println!("  {rel:<14} {e:>5} / {n:<5}");
            }
            let mut cf: Vec<_> = confusions.into_iter().collect();
            cf.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            println!("label confusions on correct heads (gold -> predicted):");
            for ((g, p), n) in cf.iter().take(15) {
                println!("  {g:<14} -> {p:<14} {n}");
            }
        }
        let t = Instant::now();
        let cpu0 = thread_cpu_secs().unwrap_or(0.0);
        let mut words = 0usize;
        while t.elapsed().as_secs_f64() < 3.0 {
            for s in &inputs {
                words += pipeline.parser().parse(s).len();
            }
        }
        // Per CPU second as well: on a shared machine the wall-clock rate understates speed.
        let cpu = thread_cpu_secs().map_or(0.0, |c| c - cpu0);
        println!(
            "parsing alone: {:.0} words/s wall, {:.0} words per CPU second (one thread)",
            words as f64 / t.elapsed().as_secs_f64(),
            if cpu > 0.0 { words as f64 / cpu } else { 0.0 }
        );
    }
    Ok(())
}
