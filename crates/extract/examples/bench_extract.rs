//! Extraction speed against the nlp pipeline it stands on, on the same articles.
//!
//! `cargo run --release -p newsgraph-extract --example bench_extract -- FILE...`
//!
//! `.conllu` files give their sentence texts, grouped 20 to an article; other files are
//! read as one article body each. Prints words per second for the nlp pipeline alone
//! (tokens, tags, lemmas, parse, names) and for the whole extraction (which runs that
//! pipeline and then everything else), and their ratio.
//!
//! The two sides are timed article by article, back to back, on one core, in this thread's
//! CPU time (Linux; the wall clock elsewhere), and alternate which goes first. This VM's
//! speed swings by a third from one second to the next; timed in turns of a second each (as
//! this bench once did), the two sides met different machines and single runs of the ratio
//! ranged 69–96 %. Interleaved at the article (a few milliseconds), both sides share every
//! swing, and the ratio of their summed times is what the pipeline really costs. Rounds run
//! until each side has five seconds of CPU time; the spread of the per-round ratios is
//! printed beside the total.
//!
//! `--rounds N --only nlp|extract` runs one side N times (for a profiler) and prints the CPU
//! time of those rounds alone: timed from outside, each side would also count loading the
//! models and the lexicon, which is not per-word work and flattered the ratio of two such
//! totals.

use std::path::PathBuf;

// mimalloc in place of malloc, as in the `newsgraph` binary (`src/alloc.rs`): the figures
// are the binary's. Under glibc malloc both sides ran a third slower.
use mimalloc as _;

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
    let nlp_one = |b: &str| {
        let doc = pipeline.analyze(b);
        for s in &doc.sentences {
            std::hint::black_box(names.tag(s));
        }
    };
    let extract_one = |a: &Article| {
        std::hint::black_box(extractor.extract(a));
    };
    let wall = Instant::now();
    let (mut nlp_secs, mut full_secs) = (0.0f64, 0.0f64);
    let mut round_ratios = Vec::new();
    let mut round = 0usize;
    while nlp_secs < 5.0 || full_secs < 5.0 {
        let (mut n, mut f) = (0.0f64, 0.0f64);
        for (i, (b, a)) in bodies.iter().zip(&articles).enumerate() {
            // Alternate the order, so that neither side always finds the caches warmed by
            // the other.
            let timed = |side: &dyn Fn()| {
                let t0 = clock(wall);
                side();
                clock(wall) - t0
            };
            if (round + i) % 2 == 0 {
                n += timed(&|| nlp_one(b));
                f += timed(&|| extract_one(a));
            } else {
                f += timed(&|| extract_one(a));
                n += timed(&|| nlp_one(b));
            }
        }
        nlp_secs += n;
        full_secs += f;
        round_ratios.push(100.0 * n / f);
        round += 1;
    }
    round_ratios.sort_by(f64::total_cmp);
    let total = (words * round) as f64;
    println!(
        "{} articles, {words} words, {round} rounds; nlp pipeline (tokens, tags, parse, names) \
         {:.0} words/s; extraction {:.0} words/s; ratio {:.1} % (rounds: lowest {:.1} %, \
         median {:.1} %, highest {:.1} %)",
        articles.len(),
        total / nlp_secs,
        total / full_secs,
        100.0 * nlp_secs / full_secs,
        round_ratios[0],
        round_ratios[round_ratios.len() / 2],
        round_ratios[round_ratios.len() - 1],
    );
    Ok(())
}
