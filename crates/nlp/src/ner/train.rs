//! Training and scoring the name tagger.

use super::features::{
    decode_viterbi, dynamic_features, static_features, toks, DenseRows, Tok, N_DYNAMIC, N_STATIC,
};
use super::{
    encode, Gazetteer, NameKind, NameTagger, NameWeights, NerScores, NerSentence, N_CLASSES, START,
};
use crate::error::{NlpError, Result};
use crate::features::mix;
use crate::model::Model;
use crate::train::gum_nc_documents;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Name tagger training settings.
#[derive(Debug, Clone)]
pub struct NerTrainOptions {
    pub epochs: usize,
    pub seed: u64,
    pub bucket_bits: u8,
    pub verbose: bool,
}

impl Default for NerTrainOptions {
    fn default() -> Self {
        NerTrainOptions {
            epochs: 8,
            seed: 1,
            bucket_bits: 18,
            verbose: false,
        }
    }
}

/// XPOS tags of the POS model for a sentence: the name tagger's POS features.
fn tags_of(pos: &Model, words: &[String]) -> Vec<String> {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    pos.tag_words(&w)
        .into_iter()
        .map(|(_, x, _)| x.to_string())
        .collect()
}

/// Exact-match counts per kind (PER, ORG, LOC), from which precision, recall and F1 of each
/// kind and overall follow; what `newsgraph eval nlp --ner` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NerCounts {
    /// Predicted names whose span and kind match a gold name.
    pub correct: [u64; 3],
    pub gold: [u64; 3],
    pub predicted: [u64; 3],
}

impl NerCounts {
    /// (precision, recall, F1) of one kind (`Some(NameKind::Person)`, ...) or of all three
    /// (`None`, micro-averaged). NORP is not scored (no dev set has it): it gives zeros.
    pub fn prf(&self, kind: Option<NameKind>) -> (f64, f64, f64) {
        let (t, g, p) = match kind {
            None => (
                self.correct.iter().sum(),
                self.gold.iter().sum(),
                self.predicted.iter().sum(),
            ),
            Some(NameKind::Norp) => (0, 0, 0),
            Some(k) => (
                self.correct[k.index()],
                self.gold[k.index()],
                self.predicted[k.index()],
            ),
        };
        let pr = if p > 0 { t as f64 / p as f64 } else { 0.0 };
        let rc = if g > 0 { t as f64 / g as f64 } else { 0.0 };
        let f1 = if pr + rc > 0.0 {
            2.0 * pr * rc / (pr + rc)
        } else {
            0.0
        };
        (pr, rc, f1)
    }
}

/// Counts exact span-and-kind matches of a name tagger on gold sentences (POS tags from `pos`).
pub fn eval_ner_counts(tagger: &NameTagger, pos: &Model, dev: &[NerSentence]) -> NerCounts {
    let mut c = NerCounts::default();
    let (tp, gold, pred) = (&mut c.correct, &mut c.gold, &mut c.predicted);
    for s in dev {
        let tags = tags_of(pos, &s.words);
        let w: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let u: Vec<&str> = tags.iter().map(String::as_str).collect();
        let p = tagger.tag_words(&w, &u);
        for (_, k) in &s.names {
            gold[k.index()] += 1;
        }
        for (r, k) in p.iter().filter(|(_, k)| *k != NameKind::Norp) {
            pred[k.index()] += 1;
            if s.names.iter().any(|(gr, gk)| gr == r && gk == k) {
                tp[k.index()] += 1;
            }
        }
    }
    c
}

/// Scores a name tagger on sentences: exact span and kind must match.
pub fn eval_ner(tagger: &NameTagger, pos: &Model, dev: &[NerSentence]) -> NerScores {
    let c = eval_ner_counts(tagger, pos, dev);
    let (precision, recall, f1) = c.prf(None);
    NerScores {
        precision,
        recall,
        f1,
        f1_by_kind: NameKind::ALL.map(|k| c.prf(Some(k)).2),
        gold: c.gold.iter().sum(),
    }
}

/// Trains the name tagger on `train` (already read), POS-tagging every sentence with `pos`,
/// and scores each epoch on `dev`.
pub fn train_ner(
    train: &[NerSentence],
    dev: &[NerSentence],
    pos: &Model,
    gazetteer: &Gazetteer,
    description: &str,
    opts: &NerTrainOptions,
) -> Result<(NameTagger, Vec<NerScores>)> {
    if train.is_empty() {
        return Err(NlpError::Training("no name training sentences".into()));
    }
    let mask = (1u64 << opts.bucket_bits) - 1;
    let data: Vec<(Vec<Tok>, Vec<u16>)> = train
        .iter()
        .map(|s| {
            let tags = tags_of(pos, &s.words);
            let w: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let u: Vec<&str> = tags.iter().map(String::as_str).collect();
            (toks(&w, &u, gazetteer), encode(s.words.len(), &s.names))
        })
        .collect();
    let size = (1usize << opts.bucket_bits) * N_CLASSES;
    let (mut w, mut u) = (vec![0i32; size], vec![0i64; size]);
    let mut c: i64 = 1;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = opts.seed;
    let mut log = Vec::new();
    let mut tagger = None;
    let (mut sf, mut df) = ([0u32; N_STATIC], [0u32; N_DYNAMIC]);
    for epoch in 1..=opts.epochs.max(1) {
        for i in (1..order.len()).rev() {
            rng = rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let j = (mix(rng) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &k in &order {
            let (t, gold) = &data[k];
            let guess = decode_viterbi(t, mask, &DenseRows(&w));
            // Collins' structured perceptron: reward the gold path, penalise the predicted one.
            if guess != *gold {
                let mut update = |feats: &[u32], class: usize, delta: i32| {
                    for &f in feats {
                        let x = f as usize * N_CLASSES + class;
                        w[x] += delta;
                        u[x] += i64::from(delta) * c;
                    }
                };
                for i in 0..t.len() {
                    let (g, p) = (gold[i] as usize, guess[i] as usize);
                    let pg = if i == 0 { START } else { gold[i - 1] as usize };
                    let pp = if i == 0 { START } else { guess[i - 1] as usize };
                    if g != p {
                        static_features(t, i, mask, &mut sf);
                        update(&sf, g, 1);
                        update(&sf, p, -1);
                    }
                    if (pg, g) != (pp, p) {
                        dynamic_features(t, i, pg, mask, &mut df);
                        update(&df, g, 1);
                        dynamic_features(t, i, pp, mask, &mut df);
                        update(&df, p, -1);
                    }
                }
            }
            c += 1;
        }
        let avg: Vec<f64> = w
            .iter()
            .zip(&u)
            .map(|(&a, &b)| f64::from(a) - b as f64 / c as f64)
            .collect();
        let max = avg.iter().fold(0.0f64, |m, &x| m.max(x.abs()));
        let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
        let mut t = NameTagger {
            description: description.to_string(),
            scores: NerScores::default(),
            bits: opts.bucket_bits,
            gazetteer: gazetteer.clone(),
            weights: NameWeights::from_dense(
                &avg.iter()
                    .map(|&x| (x * scale).round().clamp(-32767.0, 32767.0) as i16)
                    .collect::<Vec<_>>(),
            ),
        };
        let sc = eval_ner(&t, pos, dev);
        if opts.verbose {
            eprintln!(
                "epoch {epoch}: dev P {:.4} R {:.4} F1 {:.4} (PER {:.4} ORG {:.4} LOC {:.4})",
                sc.precision,
                sc.recall,
                sc.f1,
                sc.f1_by_kind[0],
                sc.f1_by_kind[1],
                sc.f1_by_kind[2]
            );
        }
        t.scores = sc;
        log.push(sc);
        tagger = Some(t);
    }
    let tagger = tagger.ok_or_else(|| NlpError::Training("no epoch ran".into()))?;
    Ok((tagger, log))
}

/// Trains the default name tagger from a corpora directory laid out as `/work/shared/corpora`:
/// GUM train minus the non-commercial documents flagged in `ud-gum/documents.tsv`, BTC train,
/// WNUT-17 train and Wikigold, with the gazetteer's place and demonym lists; scores every
/// epoch on UNER EWT dev. The description records what was read.
pub fn train_ner_from_corpora(
    corpora: &Path,
    pos: &Model,
    opts: &NerTrainOptions,
) -> Result<(NameTagger, Vec<NerScores>)> {
    let exclude = gum_nc_documents(&corpora.join("ud-gum/documents.tsv"))?;
    let (gum, others) = super::standard_ner_sources(corpora);
    let mut train = super::read_gum_entities(&gum, &exclude)?;
    let count = |s: &[NerSentence]| s.iter().map(|x| x.names.len()).sum::<usize>();
    let mut parts = vec![format!(
        "GUM train minus NC genres ({} sentences, {} names)",
        train.len(),
        count(&train)
    )];
    for (path, scheme) in &others {
        let s = super::read_ner_conll(path, *scheme)?;
        parts.push(format!(
            "{} ({} sentences, {} names)",
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            s.len(),
            count(&s)
        ));
        train.extend(s);
    }
    let (gazetteer, n_places, n_demonyms) = super::read_gazetteer(corpora)?;
    parts.push(format!(
        "place list: countries.json + cities15000 ({n_places} names); demonyms: \
         countries.json ({n_demonyms})"
    ));
    let dev = super::read_ner_conll(
        &corpora.join("ner-uner-ewt/en_ewt-ud-dev.iob2"),
        super::TagScheme::Conll,
    )?;
    let description = format!(
        "BILOU averaged perceptron, Viterbi over valid sequences (PER/ORG/LOC, 2^{} rows, {} \
         epochs, seed {}); trained on {}; dev = UNER EWT dev ({} names)",
        opts.bucket_bits,
        opts.epochs,
        opts.seed,
        parts.join(", "),
        count(&dev)
    );
    if opts.verbose {
        eprintln!("{description}");
    }
    train_ner(&train, &dev, pos, &gazetteer, &description, opts)
}

/// Trains a name tagger from files (each read by [`super::read_ner_file`]; GUM documents in
/// `exclude` skipped in training, none in dev) with the place and demonym lists of
/// `gazetteer_dir` (`countries.json`, `cities15000.txt.gz`), scoring every epoch on `dev`.
/// What `newsgraph train ner` runs. The description names the files (not their folders), so
/// the same data and options give the same bytes wherever the files live.
pub fn train_ner_files(
    train: &[PathBuf],
    dev: &[PathBuf],
    gazetteer_dir: &Path,
    exclude: &BTreeSet<String>,
    pos: &Model,
    opts: &NerTrainOptions,
) -> Result<(NameTagger, Vec<NerScores>)> {
    let count = |s: &[NerSentence]| s.iter().map(|x| x.names.len()).sum::<usize>();
    let name = |p: &Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let (mut train_s, mut parts) = (Vec::new(), Vec::new());
    for path in train {
        let s = super::read_ner_file(path, exclude)?;
        parts.push(format!(
            "{} ({} sentences, {} names)",
            name(path),
            s.len(),
            count(&s)
        ));
        train_s.extend(s);
    }
    let mut dev_s = Vec::new();
    let mut dev_parts = Vec::new();
    for path in dev {
        let s = super::read_ner_file(path, &BTreeSet::new())?;
        dev_parts.push(format!("{} ({} names)", name(path), count(&s)));
        dev_s.extend(s);
    }
    let (gazetteer, n_places, n_demonyms) = super::read_gazetteer_dir(gazetteer_dir)?;
    parts.push(format!(
        "place list: countries.json + cities15000 ({n_places} names); demonyms: \
         countries.json ({n_demonyms})"
    ));
    let description = format!(
        "BILOU averaged perceptron, Viterbi over valid sequences (PER/ORG/LOC, 2^{} rows, {} \
         epochs, seed {}); trained on {}{}; dev = {}",
        opts.bucket_bits,
        opts.epochs,
        opts.seed,
        parts.join(", "),
        if exclude.is_empty() {
            String::new()
        } else {
            format!(
                " (GUM documents flagged non-commercial skipped; {} listed)",
                exclude.len()
            )
        },
        dev_parts.join(", ")
    );
    if opts.verbose {
        eprintln!("{description}");
    }
    train_ner(&train_s, &dev_s, pos, &gazetteer, &description, opts)
}
