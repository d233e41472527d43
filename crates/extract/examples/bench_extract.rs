//! Extraction speed against the nlp pipeline it stands on, on the same articles.
//!
//! `cargo run --release -p newsgraph-extract --example bench_extract -- FILE...`
//!
//! `.conllu` files give their sentence texts, grouped 20 to an article; other files are
//! read as one article body each. Prints words per second for the nlp pipeline alone
//! (tokens, tags, lemmas, parse, names) and for the whole extraction (which runs that
//! pipeline and then everything else), and their ratio. Each figure is the best of five
//! runs of at least one second, on one core, per second of this thread's CPU time (Linux;
//! the wall clock elsewhere), so that other processes' time on the core is not counted
//! against either side. The two sides' runs alternate, so that a change in load during the
//! measurement falls on both; the median ratio of each back-to-back pair is printed too,
//! steadier than the ratio of the bests when the load swings. `--rounds N --only nlp|extract` runs one side N times (for a
//! profiler) and prints the CPU time of those rounds alone: timed from outside, each side
//! would also count loading the models and the lexicon, which is not per-word work and
//! flattered the ratio of two such totals.

use std::path::PathBuf;
use std::time::Instant;

use newsgraph_extract::Extractor;
use newsgraph_model::Article;
use newsgraph_nlp::conllu::read_conllu;
use newsgraph_nlp::ner::NameTagger;
use newsgraph_nlp::{thread_cpu_secs, Pipeline};

/// Seconds of this thread's CPU time, or of the wall clock where that cannot be read.
fn clock(wall: Instant) -> f64 {
    thread_cpu_secs().unwrap_or_else(|| wall.elapsed().as_secs_f64())
}

/// Words per second of one run of at least a second.
fn words_per_sec(words: usize, run: &mut dyn FnMut()) -> f64 {
    let wall = Instant::now();
    let start = clock(wall);
    let mut rounds = 0;
    loop {
        run();
        rounds += 1;
        let el = clock(wall) - start;
        if el >= 1.0 {
            return (words * rounds) as f64 / el;
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut bodies: Vec<String> = Vec::new();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let only = opt("--only");
    let rounds: usize = opt("--rounds").and_then(|r| r.parse().ok()).unwrap_or(1);
    let files = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || !args[i - 1].starts_with("--")));
    for (_, f) in files {
        let path = PathBuf::from(f);
        if f.ends_with(".conllu") {
            let texts: Vec<String> = read_conllu(&path)?
                .into_iter()
                .filter_map(|s| s.text)
                .collect();
            for chunk in texts.chunks(20) {
                bodies.push(chunk.join(" "));
            }
        } else {
            bodies.push(std::fs::read_to_string(&path)?);
        }
    }
    let articles: Vec<Article> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| Article {
            id: format!("a{i}"),
            title: None,
            source: None,
            url: None,
            published: Some(newsgraph_model::TimeValue::Day {
                year: 2024,
                month: 5,
                day: 14,
            }),
            dateline: None,
            text: b.clone(),
        })
        .collect();
    let pipeline = Pipeline::default();
    let names = NameTagger::default();
    let extractor = Extractor::new();
    let Some(first) = articles.first() else {
        eprintln!("usage: bench_extract FILE... [--only nlp|extract --rounds N]");
        std::process::exit(2);
    };
    // Load the extractor's own models before timing.
    let _ = extractor.extract(first);
    let words: usize = bodies
        .iter()
        .map(|b| {
            pipeline
                .analyze(b)
                .sentences
                .iter()
                .flat_map(|s| &s.tokens)
                .filter(|t| t.text.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum();
    if let Some(side) = only {
        let wall = Instant::now();
        let start = clock(wall);
        for _ in 0..rounds {
            for (b, a) in bodies.iter().zip(&articles) {
                if side == "nlp" {
                    let doc = pipeline.analyze(b);
                    for s in &doc.sentences {
                        std::hint::black_box(names.tag(s));
                    }
                } else {
                    std::hint::black_box(extractor.extract(a));
                }
            }
        }
        let secs = clock(wall) - start;
        println!(
            "{rounds} rounds of {side} over {words} words: {secs:.3} s CPU, {:.0} words/s",
            (words * rounds) as f64 / secs
        );
        return Ok(());
    }
    let mut nlp_side = || {
        for b in &bodies {
            let doc = pipeline.analyze(b);
            for s in &doc.sentences {
                std::hint::black_box(names.tag(s));
            }
        }
    };
    let mut extract_side = || {
        for a in &articles {
            std::hint::black_box(extractor.extract(a));
        }
    };
    let (mut nlp, mut full) = (0.0f64, 0.0f64);
    let mut pair_ratios = Vec::new();
    for _ in 0..5 {
        let n = words_per_sec(words, &mut nlp_side);
        let f = words_per_sec(words, &mut extract_side);
        (nlp, full) = (nlp.max(n), full.max(f));
        pair_ratios.push(100.0 * f / n);
    }
    pair_ratios.sort_by(f64::total_cmp);
    println!(
        "{} articles, {words} words; nlp pipeline (tokens, tags, parse, names) {nlp:.0} words/s; \
         extraction {full:.0} words/s; ratio {:.1} % (median of the back-to-back pairs {:.1} %)",
        articles.len(),
        100.0 * full / nlp,
        pair_ratios[pair_ratios.len() / 2]
    );
    Ok(())
}
