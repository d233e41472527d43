//! Throughput measurement of the pipeline.

use crate::pipeline::Pipeline;
use crate::tokenize::{split_sentences, tokenize};
use std::time::Instant;

/// Speed figures for one text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BenchFigures {
    pub bytes: usize,
    pub tokens: usize,
    pub sentences: usize,
    /// Tokenize + split only.
    pub tokenize_tokens_per_sec: f64,
    /// Full `analyze` (tokenize, split, tag, lemmatize).
    pub analyze_tokens_per_sec: f64,
}

/// Runs the tokenizer alone and then the whole pipeline over `text`, each at least once and
/// for at least half a second, and reports tokens per second.
pub fn bench(pipeline: &Pipeline, text: &str) -> BenchFigures {
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens).len();
    let rate = |f: &dyn Fn() -> usize| {
        let t = Instant::now();
        let mut n = 0usize;
        loop {
            n += f();
            let el = t.elapsed().as_secs_f64();
            if el >= 0.5 {
                return n as f64 / el;
            }
        }
    };
    let tok_rate = rate(&|| {
        let t = tokenize(text);
        split_sentences(text, &t);
        t.len()
    });
    let all_rate = rate(&|| {
        pipeline
            .analyze(text)
            .sentences
            .iter()
            .map(|s| s.tokens.len())
            .sum()
    });
    BenchFigures {
        bytes: text.len(),
        tokens: tokens.len(),
        sentences,
        tokenize_tokens_per_sec: tok_rate,
        analyze_tokens_per_sec: all_rate,
    }
}
