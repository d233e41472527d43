//! Training and scoring the dependency parser from CoNLL-U.

use crate::conllu::{read_conllu, Sentence};
use crate::error::{NlpError, Result};
use crate::model::Model;
use crate::parser::{
    hash_words, is_projective, projectivise, quantise, score_parses, train_labels_epoch,
    train_transitions_beam_epoch, train_transitions_epoch, Averaged, ParseScores, ParserModel,
    TrainSent,
};
use crate::pipeline::Pipeline;
use crate::train::{train_pos_sentences, TrainOptions};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Where the POS tags the parser trains on come from.
#[derive(Debug, Clone)]
pub enum TagSource {
    /// Jack-knifing: the training data is cut into this many folds and each fold is tagged by
    /// a tagger trained on the others (with `pos` options), so training tags are as noisy as
    /// the tags the parser meets at run time.
    Jackknife { folds: usize, pos: TrainOptions },
    /// Tag the training data with this model (it may have seen that data: tags too clean).
    Model(Box<Model>),
}

/// Parser training settings. Same data + same options ⇒ byte-identical model.
#[derive(Debug, Clone)]
pub struct ParserOptions {
    pub epochs: usize,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
    /// The transition table has `2^bits` rows; the label table `2^label_bits`.
    pub bits: u8,
    pub label_bits: u8,
    /// `# newdoc id` values whose sentences must not be trained on.
    pub exclude_docs: BTreeSet<String>,
    /// Training tags (dev is always tagged by `dev_tagger`).
    pub train_tags: TagSource,
    /// Tags the dev data (and, for [`TagSource::Model`], nothing else).
    pub dev_tagger: Box<Model>,
    /// From the second epoch on, the share (in %) of wrong predictions training follows
    /// rather than the oracle's best action, so the model learns to recover from its errors.
    pub explore_percent: u64,
    /// Print per-epoch progress to stderr.
    pub verbose: bool,
    /// Models trained from different shuffles (the k-th from seed `seed + k·c`) whose
    /// weights are summed into the final model: an ensemble at the parse cost of one model.
    /// Every member's epochs are logged.
    pub members: usize,
    /// Development aid: a file holding the training tags. If it exists and matches the
    /// training data (sentence and word counts), its tags are used instead of computing them;
    /// otherwise they are computed from `train_tags` and written there. Same tags, same model.
    pub tag_cache: Option<PathBuf>,
    /// Training beam width (1: greedy). With `k > 1` the transition classifier is trained
    /// globally with beam search from epoch `beam_from_epoch` on (greedy dynamic-oracle
    /// epochs before it).
    pub beam: usize,
    pub beam_from_epoch: usize,
    /// Beam width the model parses with (stored in the file; 1: greedy; at most 64).
    pub parse_beam: usize,
}

impl Default for ParserOptions {
    fn default() -> Self {
        let model = Pipeline::default().model().clone();
        ParserOptions {
            epochs: 15,
            seed: 1,
            bits: 20,
            label_bits: 18,
            exclude_docs: BTreeSet::new(),
            train_tags: TagSource::Model(Box::new(model.clone())),
            dev_tagger: Box::new(model),
            explore_percent: 100,
            verbose: false,
            tag_cache: None,
            members: 3,
            beam: 1,
            beam_from_epoch: 1,
            parse_beam: 1,
        }
    }
}

/// Dev scores after one epoch.
#[derive(Debug, Clone, PartialEq)]
pub struct ParserEpochLog {
    pub epoch: usize,
    pub dev: ParseScores,
}

/// What parser training saw and how it went.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParserTrainLog {
    pub train_sentences: usize,
    pub train_words: usize,
    pub excluded_sentences: usize,
    pub excluded_docs: usize,
    /// Sentences with crossing arcs (or several roots): the transition classifier learns
    /// them lifted to a projective tree, or skips those with several roots; the labeller
    /// learns the gold tree.
    pub non_projective_sentences: usize,
    /// Words in those sentences whose gold arc crosses another.
    pub non_projective_arcs: usize,
    /// Training words whose predicted UPOS differs from gold (how noisy training tags are).
    pub train_upos_errors: usize,
    pub epochs: Vec<ParserEpochLog>,
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Arcs `d -> heads[d]` that cross another arc.
pub(crate) fn crossing_arcs(heads: &[u32]) -> usize {
    let n = heads.len() - 1;
    let span = |d: usize| {
        let h = heads[d] as usize;
        (d.min(h), d.max(h))
    };
    (1..=n)
        .filter(|&a| {
            let (l1, r1) = span(a);
            (1..=n).any(|b| {
                let (l2, r2) = span(b);
                (l1 < l2 && l2 < r1 && r1 < r2) || (l2 < l1 && l1 < r2 && r2 < r1)
            })
        })
        .count()
}

/// Tags gold-tokenised sentences: (UPOS, XPOS) per word.
fn tag_all(model: &Model, sents: &[Sentence]) -> Vec<Vec<(String, String)>> {
    sents
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            model
                .tag_words(&words)
                .into_iter()
                .map(|(u, x, _)| (u.to_string(), x.to_string()))
                .collect()
        })
        .collect()
}

/// Parses gold-tokenised sentences with predicted tags and scores them.
pub(crate) fn eval_with(parser: &ParserModel, tagger: &Model, gold: &[Sentence]) -> ParseScores {
    score_parses(gold, |s| {
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let tags = tagger.tag_words(&words);
        let input: Vec<(&str, &str, &str)> = words
            .iter()
            .zip(&tags)
            .map(|(w, (u, x, _))| (*w, *u, *x))
            .collect();
        parser.parse(&input)
    })
}

/// Scores the pipeline's parser on a CoNLL-U file: gold tokens, tags from the pipeline's
/// tagger; UAS / LAS with and without punctuation.
pub fn eval_parser(pipeline: &Pipeline, conllu: &Path) -> Result<ParseScores> {
    let gold = read_conllu(conllu)?;
    Ok(eval_with(pipeline.parser(), pipeline.model(), &gold))
}

/// (UPOS, XPOS) per word of one sentence.
type SentenceTags = Vec<(String, String)>;

/// Tag cache: the note on the first line, then one line per sentence of `UPOS XPOS` pairs
/// separated by tabs. `None` if missing or not matching the sentences.
fn read_tag_cache(p: &Path, sents: &[Sentence]) -> Option<(Vec<SentenceTags>, String)> {
    let text = std::fs::read_to_string(p).ok()?;
    let mut lines = text.lines();
    let note = lines.next()?.to_string();
    let mut tags = Vec::with_capacity(sents.len());
    for (s, line) in sents.iter().zip(lines.by_ref()) {
        let t: Vec<(String, String)> = line
            .split('\t')
            .filter_map(|p| p.split_once(' '))
            .map(|(u, x)| (u.to_string(), x.to_string()))
            .collect();
        if t.len() != s.words.len() {
            return None;
        }
        tags.push(t);
    }
    (tags.len() == sents.len() && lines.next().is_none()).then_some((tags, note))
}

fn write_tag_cache(p: &Path, note: &str, tags: &[SentenceTags]) -> Result<()> {
    let mut out = String::from(note);
    out.push('\n');
    for t in tags {
        let line: Vec<String> = t.iter().map(|(u, x)| format!("{u} {x}")).collect();
        out.push_str(&line.join("\t"));
        out.push('\n');
    }
    std::fs::write(p, out).map_err(|e| NlpError::io(p, e))
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    crate::features::mix(*state)
}

/// Trains the parser on `train` (CoNLL-U files) with per-epoch UAS / LAS on `dev`. The model
/// of the last epoch is returned with its dev scores.
pub fn train_parser(
    train: &[PathBuf],
    dev: &[PathBuf],
    opts: &ParserOptions,
) -> Result<(ParserModel, ParserTrainLog)> {
    for b in [opts.bits, opts.label_bits] {
        if !(8..=24).contains(&b) {
            return Err(NlpError::Training(format!(
                "table bits {b} out of range 8..=24"
            )));
        }
    }
    let mut log = ParserTrainLog::default();
    let mut excluded = BTreeSet::new();
    let mut sents: Vec<(Sentence, usize)> = Vec::new();
    for (i, p) in train.iter().enumerate() {
        for s in read_conllu(p)? {
            match &s.doc_id {
                Some(d) if opts.exclude_docs.contains(d) => {
                    excluded.insert(d.clone());
                    log.excluded_sentences += 1;
                }
                _ => sents.push((s, i)),
            }
        }
    }
    log.excluded_docs = excluded.len();
    let mut dev_sents = Vec::new();
    for p in dev {
        dev_sents.extend(read_conllu(p)?);
    }
    if sents.is_empty() {
        return Err(NlpError::Training("no training sentences".into()));
    }
    for (s, _) in &sents {
        let n = s.words.len();
        if let Some(w) = s
            .words
            .iter()
            .find(|w| w.head as usize > n || w.deprel.is_empty())
        {
            return Err(NlpError::Training(format!(
                "sentence at line {}: word {:?} has no valid head/relation; the parser needs \
                 gold trees",
                s.line, w.form
            )));
        }
    }
    log.train_sentences = sents.len();
    log.train_words = sents.iter().map(|(s, _)| s.words.len()).sum();

    // Training tags.
    let plain: Vec<Sentence> = sents.iter().map(|(s, _)| s.clone()).collect();
    let cached = opts
        .tag_cache
        .as_deref()
        .and_then(|p| read_tag_cache(p, &plain));
    let (tags, tag_note) = match (cached, &opts.train_tags) {
        (Some(c), _) => c,
        (None, TagSource::Model(m)) => (
            tag_all(m, &plain),
            "tags from one tagger run over the data".to_string(),
        ),
        (None, TagSource::Jackknife { folds, pos }) => {
            let k = (*folds).max(2);
            // The fold taggers tag as the tagger did before run-time fixing of frequent
            // one-class words: the committed parser was trained on those tags, and on EWT dev
            // it parses better with them (UAS 86.08 / LAS 82.52 against 85.69 / 82.20 when the
            // folds fix words too).
            let pos = &TrainOptions {
                fix_min_count: u32::MAX,
                ..pos.clone()
            };
            let mut tags = vec![Vec::new(); plain.len()];
            let names: Vec<String> = train.iter().map(|p| file_name(p)).collect();
            for f in 0..k {
                let rest: Vec<(Sentence, usize)> = sents
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % k != f)
                    .map(|(_, x)| x.clone())
                    .collect();
                let (m, _) = train_pos_sentences(rest, &[], &names, pos)?;
                let held: Vec<usize> = (0..plain.len()).filter(|i| i % k == f).collect();
                let held_sents: Vec<Sentence> = held.iter().map(|&i| plain[i].clone()).collect();
                for (i, t) in held.into_iter().zip(tag_all(&m, &held_sents)) {
                    tags[i] = t;
                }
                if opts.verbose {
                    eprintln!("jack-knife fold {}/{k} tagged", f + 1);
                }
            }
            (
                tags,
                format!("{k}-fold jack-knifed tags ({} POS epochs)", pos.epochs),
            )
        }
    };
    if let Some(p) = &opts.tag_cache {
        write_tag_cache(p, &tag_note, &tags)?;
    }
    log.train_upos_errors = plain
        .iter()
        .zip(&tags)
        .map(|(s, t)| {
            s.words
                .iter()
                .zip(t)
                .filter(|(w, (u, _))| w.upos != *u)
                .count()
        })
        .sum();

    let label_set: BTreeSet<&str> = plain
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.as_str()))
        .collect();
    if label_set.len() > 255 {
        return Err(NlpError::Training(format!(
            "{} relation labels; the format holds at most 255",
            label_set.len()
        )));
    }
    let label_ids: BTreeMap<&str, usize> =
        label_set.iter().enumerate().map(|(i, l)| (*l, i)).collect();
    let labels: Vec<String> = label_set.iter().map(|l| l.to_string()).collect();
    let root = labels.iter().position(|l| l == "root");

    let data: Vec<TrainSent> = plain
        .iter()
        .zip(&tags)
        .map(|(s, t)| {
            let input: Vec<(&str, &str, &str)> = s
                .words
                .iter()
                .zip(t)
                .map(|(w, (u, x))| (w.form.as_str(), u.as_str(), x.as_str()))
                .collect();
            let mut heads = vec![0u32];
            heads.extend(s.words.iter().map(|w| w.head));
            let mut lab = vec![0usize];
            lab.extend(s.words.iter().map(|w| label_ids[w.deprel.as_str()]));
            let single_root = heads[1..].iter().filter(|&&h| h == 0).count() == 1;
            let oracle_heads = if single_root {
                projectivise(&heads)
            } else {
                heads.clone()
            };
            let projective = single_root && is_projective(&oracle_heads);
            TrainSent {
                hashes: hash_words(&input),
                heads,
                labels: lab,
                oracle_heads,
                projective,
            }
        })
        .collect();
    for s in &data {
        if s.heads != s.oracle_heads || !s.projective {
            log.non_projective_sentences += 1;
            log.non_projective_arcs += crossing_arcs(&s.heads);
        }
    }

    let members = opts.members.max(1);
    let (training, decoding) = if opts.beam > 1 {
        (
            format!(
                "global training with beam search (beam {}, max-violation updates against the \
                 best zero-cost sequence{})",
                opts.beam,
                if opts.beam_from_epoch > 1 {
                    format!(
                        ", from epoch {}; dynamic oracle exploring {}% of errors before",
                        opts.beam_from_epoch, opts.explore_percent
                    )
                } else {
                    String::new()
                }
            ),
            match opts.parse_beam.clamp(1, 64) {
                1 => "greedy".to_string(),
                k => format!("beam of {k}"),
            },
        )
    } else {
        (
            format!(
                "dynamic oracle (exploring {}% of errors from epoch 2)",
                opts.explore_percent
            ),
            match opts.parse_beam.clamp(1, 64) {
                1 => "greedy".to_string(),
                k => format!("beam of {k}"),
            },
        )
    };
    let description = format!(
        "arc-hybrid transition parser, {training}, averaged \
         perceptron (2^{} transition rows, 2^{} label rows, {} labels, {} epochs, seed {}), \
         {decoding}; tree labeller over the finished tree; trained on {} ({} sentences, {} words; \
         {} non-projective sentences lifted to projective trees (or, with several roots, \
         skipped) for the transition classifier; excluded {} \
         sentences of {} non-commercial documents); {}{}",
        opts.bits,
        opts.label_bits,
        labels.len(),
        opts.epochs,
        opts.seed,
        train
            .iter()
            .map(|p| file_name(p))
            .collect::<Vec<_>>()
            .join(", "),
        log.train_sentences,
        log.train_words,
        log.non_projective_sentences,
        log.excluded_sentences,
        log.excluded_docs,
        tag_note,
        if members > 1 {
            format!("; weights of {members} such models trained on different shuffles summed")
        } else {
            String::new()
        }
    );

    // Each member trains from its own shuffle; their averaged weights are summed, so the
    // final model scores every decision as the sum of the members' scores (an ensemble
    // that parses as fast as one model).
    let mut sums: Option<[Vec<f64>; 2]> = None;
    let mut model = None;
    for member in 0..members {
        let mut tr = Averaged::new(opts.bits, 3);
        let mut lb = Averaged::new(opts.label_bits, labels.len());
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = opts
            .seed
            .wrapping_add((member as u64).wrapping_mul(0x5851_f42d_4c95_7f2d));
        for epoch in 1..=opts.epochs.max(1) {
            for i in (1..order.len()).rev() {
                let j = (splitmix(&mut rng) % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            let explore = if epoch > 1 { opts.explore_percent } else { 0 };
            if opts.beam > 1 && epoch >= opts.beam_from_epoch {
                train_transitions_beam_epoch(&mut tr, opts.bits, &data, &order, opts.beam);
            } else {
                train_transitions_epoch(&mut tr, opts.bits, &data, &order, explore, &mut rng);
            }
            train_labels_epoch(&mut lb, opts.label_bits, labels.len(), root, &data, &order);
            let m = ParserModel {
                description: description.clone(),
                scores: ParseScores::default(),
                bits: opts.bits,
                weights: tr.finish(),
                label_bits: opts.label_bits,
                labels: labels.clone(),
                label_weights: lb.finish(),
                beam: opts.parse_beam.clamp(1, 64) as u8,
            };
            let dev_scores = eval_with(&m, &opts.dev_tagger, &dev_sents);
            if opts.verbose {
                eprintln!(
                    "member {}, epoch {epoch}: dev UAS {:.4} LAS {:.4} (no punct: UAS {:.4} \
                     LAS {:.4})",
                    member + 1,
                    dev_scores.uas,
                    dev_scores.las,
                    dev_scores.uas_no_punct,
                    dev_scores.las_no_punct
                );
            }
            log.epochs.push(ParserEpochLog {
                epoch,
                dev: dev_scores,
            });
            model = Some((m, dev_scores));
        }
        if members > 1 {
            let add = |acc: &mut Vec<f64>, v: Vec<f64>| {
                acc.iter_mut().zip(v).for_each(|(a, x)| *a += x);
            };
            match &mut sums {
                None => sums = Some([tr.averaged(), lb.averaged()]),
                Some([t, l]) => {
                    add(t, tr.averaged());
                    add(l, lb.averaged());
                }
            }
        }
    }
    if let (Some([t, l]), Some((m, _))) = (&sums, &mut model) {
        m.weights = quantise(t);
        m.label_weights = quantise(l);
        let dev_scores = eval_with(m, &opts.dev_tagger, &dev_sents);
        if opts.verbose {
            eprintln!(
                "{members} members summed: dev UAS {:.4} LAS {:.4} (no punct: UAS {:.4} LAS {:.4})",
                dev_scores.uas, dev_scores.las, dev_scores.uas_no_punct, dev_scores.las_no_punct
            );
        }
        model = Some((m.clone(), dev_scores));
    }
    let (mut m, sc) = model.ok_or_else(|| NlpError::Training("no epoch ran".into()))?;
    m.scores = sc;
    Ok((m, log))
}

/// Everything `newsgraph eval nlp --conllu` reports for one file.
#[derive(Debug, Clone, PartialEq)]
pub struct ConlluScores {
    /// The tokenizer on the raw `# text` lines.
    pub tokens: crate::eval::TokenScores,
    /// UPOS, XPOS and lemma accuracy on gold tokens (`tokens_f1` filled in too).
    pub tags: crate::model::Scores,
    /// UAS / LAS on gold tokens with predicted tags.
    pub parse: ParseScores,
}

/// Scores the whole pipeline on a CoNLL-U file: token F1 from raw text; tags, lemmas and
/// the parse on gold tokens (tags predicted by the pipeline's tagger).
pub fn eval_conllu_all(pipeline: &Pipeline, conllu: &Path) -> Result<ConlluScores> {
    let gold = read_conllu(conllu)?;
    let tokens = crate::eval::token_f1_sentences(&gold);
    let mut tags = crate::eval::eval_sentences(pipeline.model(), &gold);
    tags.tokens_f1 = tokens.f1;
    let parse = eval_with(pipeline.parser(), pipeline.model(), &gold);
    Ok(ConlluScores {
        tokens,
        tags,
        parse,
    })
}
