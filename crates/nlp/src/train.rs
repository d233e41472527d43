//! Training the tagger and lemmatizer from CoNLL-U.

use crate::conllu::{read_conllu, Sentence};
use crate::error::{NlpError, Result};
use crate::eval::{eval_sentences, token_f1_sentences};
use crate::features::TagDict;
use crate::lemma::Lemmatizer;
use crate::model::Model;
use crate::tagger::{Tagger, Trainer};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Training settings. Same data + same options ⇒ byte-identical model.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
    /// The weight table has `2^bucket_bits` rows.
    pub bucket_bits: u8,
    /// `# newdoc id` values whose sentences must not be trained on.
    pub exclude_docs: BTreeSet<String>,
    /// Print per-epoch progress to stderr.
    pub verbose: bool,
    /// Lemma counts from the first training file are multiplied by this, so that its
    /// conventions win where treebanks disagree (EWT: `people` → `people`, GUM: → `person`).
    pub primary_weight: u32,
    /// Train one token in this many (on average) as an unseen word; 0 turns it off. On EWT
    /// dev, 20 gains 0.25 points of UPOS: most errors are on words training never saw.
    pub unknown_every: u64,
    /// Words seen at least this often in training, always with one class, take that class
    /// at run time without being scored; `u32::MAX` turns it off. The weights are the same
    /// either way: only the tags of such words in rare contexts can differ.
    pub fix_min_count: u32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 10,
            seed: 1,
            bucket_bits: 18,
            exclude_docs: BTreeSet::new(),
            verbose: false,
            primary_weight: 3,
            unknown_every: 20,
            fix_min_count: FIX_MIN_COUNT,
        }
    }
}

/// The default [`TrainOptions::fix_min_count`] (words seen >= 100 times are kept to their
/// seen classes in training too). 10 rather than 100: ≈ 4 % faster tagging, EWT dev UPOS +0.01, XPOS ±0,
/// lemma +0.03, names unchanged (UNER EWT 62.70, GUM 59.94 instead of 59.90).
const FIX_MIN_COUNT: u32 = 10;

/// Dev accuracy after one epoch.
#[derive(Debug, Clone, PartialEq)]
pub struct EpochLog {
    pub epoch: usize,
    pub train_accuracy: f64,
    pub dev_upos: f64,
    pub dev_xpos: f64,
    pub dev_lemma: f64,
}

/// What training saw and how it went.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrainLog {
    pub train_sentences: usize,
    pub train_words: usize,
    pub excluded_sentences: usize,
    pub excluded_docs: usize,
    pub epochs: Vec<EpochLog>,
}

/// Reads GUM's `documents.tsv` and returns the ids of documents flagged non-commercial.
pub fn gum_nc_documents(path: &Path) -> Result<BTreeSet<String>> {
    let src = std::fs::read_to_string(path).map_err(|e| NlpError::io(path, e))?;
    let mut lines = src.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| {
        header.iter().position(|h| *h == name).ok_or_else(|| {
            NlpError::Training(format!("{}: header has no `{name}` column", path.display()))
        })
    };
    let (id, nc) = (col("doc_id")?, col("non_commercial")?);
    let mut out = BTreeSet::new();
    for line in lines {
        let cols: Vec<&str> = line.split('\t').collect();
        if let (Some(d), Some(flag)) = (cols.get(id), cols.get(nc)) {
            if flag.trim() == "yes" {
                out.insert(d.to_string());
            }
        }
    }
    Ok(out)
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    crate::features::mix(*state)
}

/// Sentences with the index of the file they came from.
fn read_all(paths: &[PathBuf]) -> Result<Vec<(Sentence, usize)>> {
    let mut out = Vec::new();
    for (i, p) in paths.iter().enumerate() {
        out.extend(read_conllu(p)?.into_iter().map(|s| (s, i)));
    }
    Ok(out)
}

/// Trains the POS tagger and lemmatizer on `train`, reporting per-epoch accuracy on `dev`.
/// The returned model carries the final dev scores.
pub fn train_pos(
    train: &[PathBuf],
    dev: &[PathBuf],
    opts: &TrainOptions,
) -> Result<(Model, TrainLog)> {
    if !(8..=24).contains(&opts.bucket_bits) {
        return Err(NlpError::Training(format!(
            "bucket_bits {} out of range 8..=24",
            opts.bucket_bits
        )));
    }
    let all = read_all(train)?;
    let dev_sents: Vec<Sentence> = read_all(dev)?.into_iter().map(|(s, _)| s).collect();
    let names: Vec<String> = train
        .iter()
        .map(|p| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect();
    train_pos_sentences(all, &dev_sents, &names, opts)
}

/// [`train_pos`] on sentences already read (with the index of their file: the first file's
/// lemma counts weigh `primary_weight`); `names` describe the files in the model description.
pub(crate) fn train_pos_sentences(
    all: Vec<(Sentence, usize)>,
    dev_sents: &[Sentence],
    names: &[String],
    opts: &TrainOptions,
) -> Result<(Model, TrainLog)> {
    let mut log = TrainLog::default();
    let mut excluded_docs = BTreeSet::new();
    let mut sents = Vec::new();
    let mut weights = Vec::new();
    for (s, file) in all {
        match &s.doc_id {
            Some(d) if opts.exclude_docs.contains(d) => {
                excluded_docs.insert(d.clone());
                log.excluded_sentences += 1;
            }
            _ => {
                sents.push(s);
                weights.push(if file == 0 { opts.primary_weight } else { 1 });
            }
        }
    }
    log.excluded_docs = excluded_docs.len();
    log.train_sentences = sents.len();
    log.train_words = sents.iter().map(|s| s.words.len()).sum();
    if sents.is_empty() {
        return Err(NlpError::Training("no training sentences".into()));
    }
    // Classes in sorted order so that ids do not depend on file order.
    let mut class_set: BTreeMap<(String, String), u16> = BTreeMap::new();
    for s in &sents {
        for w in &s.words {
            class_set.insert((w.upos.clone(), w.xpos.clone()), 0);
        }
    }
    if class_set.len() > 255 {
        return Err(NlpError::Training(format!(
            "{} (UPOS, XPOS) classes; the format holds at most 255",
            class_set.len()
        )));
    }
    for (i, v) in class_set.values_mut().enumerate() {
        *v = i as u16;
    }
    let classes: Vec<(String, String)> = class_set.keys().cloned().collect();
    let data: Vec<(Vec<&str>, Vec<u16>)> = sents
        .iter()
        .map(|s| {
            let words = s.words.iter().map(|w| w.form.as_str()).collect();
            let gold = s
                .words
                .iter()
                .map(|w| class_set[&(w.upos.clone(), w.xpos.clone())])
                .collect();
            (words, gold)
        })
        .collect();
    let lemmatizer = Lemmatizer::train(sents.iter().zip(&weights).flat_map(|(s, &wt)| {
        s.words
            .iter()
            .map(move |w| (w.form.as_str(), w.upos.as_str(), w.lemma.as_str(), wt))
    }));
    let description = format!(
        "averaged perceptron POS (UPOS+XPOS joint, 2^{} hashed rows, {} epochs, seed {}, 1 in \
         {} tokens trained as unseen; words seen >= {} times with one class fixed to it) + \
         suffix-rule lemmatizer; trained on {} ({} sentences, {} words; excluded {} sentences \
         of {} non-commercial documents)",
        opts.bucket_bits,
        opts.epochs,
        opts.seed,
        opts.unknown_every,
        opts.fix_min_count,
        names.join(", "),
        log.train_sentences,
        log.train_words,
        log.excluded_sentences,
        log.excluded_docs
    );
    // Training keeps only words seen >= 100 times to their seen classes; the shipped model
    // also fixes words seen >= `fix_min_count` times always with one class, which then cost
    // no scoring at run time. The weights are the same either way.
    let run_dict = TagDict::build_fixing(
        data.iter()
            .flat_map(|(w, g)| w.iter().copied().zip(g.iter().copied())),
        2,
        opts.fix_min_count,
    );
    let dict = TagDict::build(
        data.iter()
            .flat_map(|(w, g)| w.iter().copied().zip(g.iter().copied())),
        2,
    );
    let mut trainer = Trainer::new(
        opts.bucket_bits,
        classes.len(),
        dict,
        opts.unknown_every,
        opts.seed,
    );
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = opts.seed;
    let mut model = None;
    for epoch in 1..=opts.epochs.max(1) {
        for i in (1..order.len()).rev() {
            let j = (splitmix(&mut rng) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut correct = 0;
        for &k in &order {
            correct += trainer.learn(&data[k].0, &data[k].1);
        }
        let m = Model {
            description: description.clone(),
            scores: Default::default(),
            tagger: Tagger {
                dict: run_dict.clone(),
                ..trainer.finish(classes.clone())
            },
            lemmatizer: lemmatizer.clone(),
        };
        let dev_scores = eval_sentences(&m, dev_sents);
        let entry = EpochLog {
            epoch,
            train_accuracy: correct as f64 / log.train_words as f64,
            dev_upos: dev_scores.upos,
            dev_xpos: dev_scores.xpos,
            dev_lemma: dev_scores.lemma,
        };
        if opts.verbose {
            eprintln!(
                "epoch {epoch}: train {:.4} dev UPOS {:.4} XPOS {:.4} lemma {:.4}",
                entry.train_accuracy, entry.dev_upos, entry.dev_xpos, entry.dev_lemma
            );
        }
        log.epochs.push(entry);
        model = Some(m);
    }
    let mut model = model.ok_or_else(|| NlpError::Training("no epoch ran".into()))?;
    let mut scores = eval_sentences(&model, dev_sents);
    scores.tokens_f1 = token_f1_sentences(dev_sents).f1;
    model.scores = scores;
    Ok((model, log))
}
