//! Throughput measurement of the pipeline.

use crate::ner::NameTagger;
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

/// Speed of one stage of the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct StageRate {
    /// `tokenize`, `tag+lemma`, `names`, `parse`, `tok+tag+names` (all but the parser, from
    /// raw text) or `all`.
    pub stage: &'static str,
    pub tokens_per_sec: f64,
    /// Whitespace-separated words of the input per second (the unit spaCy's peer script
    /// counts, so the two tools' figures compare directly).
    pub words_per_sec: f64,
}

/// What [`bench_stages`] measured.
#[derive(Debug, Clone, PartialEq)]
pub struct StageBench {
    /// Rates are per second of this thread's CPU time (Linux), not of the wall clock.
    pub cpu_time: bool,
    /// The share of one core the thread got while measuring (CPU time / wall time; 1.0 when
    /// CPU time is not available): well below 1 means other processes competed for the core.
    pub cpu_share: f64,
    pub docs: usize,
    pub bytes: usize,
    pub tokens: usize,
    /// Whitespace-separated words.
    pub words: usize,
    pub sentences: usize,
    pub names: usize,
    /// In pipeline order, then `tok+tag+names` and `all` (tokenize, split, tag, lemmatize,
    /// parse, names).
    pub stages: Vec<StageRate>,
}

/// Times each stage on its own (tokenize + split; tag + lemmatize on given tokens; names on
/// given tags; parse on given tags) and then the whole pipeline including names, over
/// `docs`, each for at least `min_secs` (and at least one full pass).
pub fn bench_stages(
    pipeline: &Pipeline,
    names: &NameTagger,
    docs: &[String],
    min_secs: f64,
) -> StageBench {
    let words: usize = docs.iter().map(|d| d.split_whitespace().count()).sum();
    // Stage inputs, computed once outside the timed loops.
    let sents: Vec<Vec<&str>> = docs
        .iter()
        .flat_map(|d| {
            let toks = tokenize(d);
            split_sentences(d, &toks)
                .into_iter()
                .map(|r| toks[r].iter().map(|t| &d[t.clone()]).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        })
        .collect();
    let tokens: usize = sents.iter().map(Vec::len).sum();
    let model = pipeline.model();
    let tagged: Vec<Vec<(&str, &str, &str)>> = sents
        .iter()
        .map(|s| {
            model
                .tag_words(s)
                .into_iter()
                .zip(s)
                .map(|((u, x, _), w)| (*w, u, x))
                .collect()
        })
        .collect();
    // On a shared machine the wall clock mostly measures other people's jobs: where the
    // thread's own CPU time can be read, rates are per CPU second of this thread.
    let cpu_time = thread_cpu_secs().is_some();
    let (wall0, cpu0) = (Instant::now(), thread_cpu_secs().unwrap_or(0.0));
    let clock = || thread_cpu_secs().unwrap_or_else(|| wall0.elapsed().as_secs_f64());
    let timed = |f: &mut dyn FnMut() -> usize| {
        let start = clock();
        let (mut rounds, mut sink) = (0usize, 0usize);
        loop {
            sink = sink.wrapping_add(f());
            rounds += 1;
            let el = clock() - start;
            if el >= min_secs && el > 0.0 {
                std::hint::black_box(sink);
                return (rounds as f64 / el, sink / rounds);
            }
        }
    };
    let mut stages = Vec::new();
    let mut push = |stage: &'static str, per_sec: f64| {
        stages.push(StageRate {
            stage,
            tokens_per_sec: per_sec * tokens as f64,
            words_per_sec: per_sec * words as f64,
        })
    };
    let (r, _) = timed(&mut || {
        docs.iter()
            .map(|d| split_sentences(d, &tokenize(d)).len())
            .sum()
    });
    push("tokenize", r);
    let mut scratch = Vec::new();
    let (r, _) = timed(&mut || {
        let mut n = 0;
        for s in &sents {
            let ids = model.tagger.tag(s, &mut scratch);
            for (i, (w, id)) in s.iter().zip(ids).enumerate() {
                let (upos, _) = &model.tagger.classes[id as usize];
                n += model.lemmatizer.lemma(w, upos, i == 0).len();
            }
        }
        n
    });
    push("tag+lemma", r);
    let (r, _) = timed(&mut || {
        tagged
            .iter()
            .map(|s| {
                let w: Vec<&str> = s.iter().map(|t| t.0).collect();
                let x: Vec<&str> = s.iter().map(|t| t.2).collect();
                names.tag_words(&w, &x).len()
            })
            .sum()
    });
    push("names", r);
    let parser = pipeline.parser();
    let (r, _) = timed(&mut || tagged.iter().map(|s| parser.parse(s).len()).sum());
    push("parse", r);
    // Everything but the parser, from raw text: the job spaCy's NER-only mode does.
    let (r, _) = timed(&mut || {
        let mut found = 0;
        for d in docs {
            let toks = tokenize(d);
            for range in split_sentences(d, &toks) {
                let words: Vec<&str> = toks[range].iter().map(|t| &d[t.clone()]).collect();
                // Lemmas included (`tag_sentence` makes them), as in `analyze`.
                let tagged = model.tag_sentence(&words);
                found += names.tag_tagged(&words, &tagged).len();
            }
        }
        found
    });
    push("tok+tag+names", r);
    let (r, found) = timed(&mut || {
        docs.iter()
            .map(|d| {
                pipeline
                    .analyze(d)
                    .sentences
                    .iter()
                    .map(|s| names.tag(s).len())
                    .sum::<usize>()
            })
            .sum()
    });
    push("all", r);
    let wall = wall0.elapsed().as_secs_f64();
    let share = match thread_cpu_secs() {
        Some(c) if wall > 0.0 => ((c - cpu0) / wall).min(1.0),
        _ => 1.0,
    };
    StageBench {
        cpu_time,
        cpu_share: share,
        docs: docs.len(),
        bytes: docs.iter().map(String::len).sum(),
        tokens,
        words,
        sentences: sents.len(),
        names: found,
        stages,
    }
}

/// The process's peak resident set size in bytes (`VmHWM` of `/proc/self/status`); `None`
/// where that file does not exist (not Linux).
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// This thread's CPU time (user + system) in seconds: `CLOCK_THREAD_CPUTIME_ID` on Linux
/// (nanoseconds; `/proc`'s clock ticks of 1/100 s made short stages' rates jump in steps of
/// several per cent); `None` elsewhere.
#[cfg(target_os = "linux")]
pub fn thread_cpu_secs() -> Option<f64> {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    (rc == 0).then_some(t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9)
}

/// This thread's CPU time: not available off Linux, where rates fall back to the wall clock.
#[cfg(not(target_os = "linux"))]
pub fn thread_cpu_secs() -> Option<f64> {
    None
}
