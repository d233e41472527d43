//! Scoring against CoNLL-U gold: tokenization from raw text, UPOS, XPOS, lemma.

use crate::conllu::{read_conllu, Sentence};
use crate::error::Result;
use crate::model::{Model, Scores};
use crate::tokenize::{split_sentences, tokenize};
use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

/// Token precision / recall / F1 of the tokenizer against gold words.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TokenScores {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Gold token spans of a sentence within its `# text`. A multi-word token whose words spell
/// its surface (`don't` = `do` + `n't`) counts word by word; otherwise as one unit.
fn gold_spans(s: &Sentence, text: &str) -> (Vec<Range<usize>>, usize) {
    let mut units: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < s.words.len() {
        match s.multi.iter().find(|m| m.first == i) {
            Some(m) => {
                let last = m.last.min(s.words.len() - 1);
                let joined: String = s.words[i..=last].iter().map(|w| w.form.as_str()).collect();
                if joined == m.form {
                    units.extend(s.words[i..=last].iter().map(|w| w.form.as_str()));
                } else {
                    units.push(&m.form);
                }
                i = last + 1;
            }
            None => {
                units.push(&s.words[i].form);
                i += 1;
            }
        }
    }
    let mut out = Vec::new();
    let mut cur = 0;
    let n_units = units.len();
    for u in units {
        if let Some(off) = text[cur..].find(u) {
            out.push(cur + off..cur + off + u.len());
            cur += off + u.len();
        }
    }
    (out, n_units)
}

/// Token F1 over sentences that have a `# text` line.
pub fn token_f1_sentences(sents: &[Sentence]) -> TokenScores {
    let mut sc = TokenScores::default();
    for s in sents {
        let Some(text) = &s.text else { continue };
        let (spans, n_units) = gold_spans(s, text);
        let gold: BTreeSet<(usize, usize)> = spans.into_iter().map(|r| (r.start, r.end)).collect();
        let pred: BTreeSet<(usize, usize)> = tokenize(text)
            .into_iter()
            .map(|r| (r.start, r.end))
            .collect();
        sc.gold += n_units;
        sc.predicted += pred.len();
        sc.matched += gold.intersection(&pred).count();
    }
    sc.precision = ratio(sc.matched, sc.predicted);
    sc.recall = ratio(sc.matched, sc.gold);
    sc.f1 = if sc.precision + sc.recall > 0.0 {
        2.0 * sc.precision * sc.recall / (sc.precision + sc.recall)
    } else {
        0.0
    };
    sc
}

/// Token F1 of the tokenizer on a CoNLL-U file, tokenizing each `# text` line.
pub fn token_f1(path: &Path) -> Result<TokenScores> {
    Ok(token_f1_sentences(&read_conllu(path)?))
}

/// Sentence-boundary precision / recall / F1: each document's sentences are joined with
/// single spaces (so line breaks give no hint) and split again; a boundary is a sentence's
/// end offset.
pub fn sentence_f1_sentences(sents: &[Sentence]) -> TokenScores {
    let mut sc = TokenScores::default();
    let mut i = 0;
    while i < sents.len() {
        let doc = &sents[i].doc_id;
        let mut text = String::new();
        let mut gold = BTreeSet::new();
        while i < sents.len() && &sents[i].doc_id == doc {
            if let Some(t) = &sents[i].text {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(t);
                gold.insert(text.len());
            }
            i += 1;
        }
        let toks = tokenize(&text);
        let pred: BTreeSet<usize> = split_sentences(&text, &toks)
            .into_iter()
            .map(|r| toks[r.end - 1].end)
            .collect();
        sc.gold += gold.len();
        sc.predicted += pred.len();
        sc.matched += gold.intersection(&pred).count();
    }
    sc.precision = ratio(sc.matched, sc.predicted);
    sc.recall = ratio(sc.matched, sc.gold);
    sc.f1 = if sc.precision + sc.recall > 0.0 {
        2.0 * sc.precision * sc.recall / (sc.precision + sc.recall)
    } else {
        0.0
    };
    sc
}

/// Sentence-boundary F1 of the splitter on a CoNLL-U file (see [`sentence_f1_sentences`]).
pub fn sentence_f1(path: &Path) -> Result<TokenScores> {
    Ok(sentence_f1_sentences(&read_conllu(path)?))
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Tags gold tokens and scores UPOS, XPOS and lemma (token F1 left at 0).
pub fn eval_sentences(model: &Model, sents: &[Sentence]) -> Scores {
    let (mut n, mut u, mut x, mut l) = (0usize, 0usize, 0usize, 0usize);
    let mut scratch = Vec::new();
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let ids = model.tagger.tag(&words, &mut scratch);
        for (i, (w, id)) in s.words.iter().zip(ids).enumerate() {
            let (pu, px) = &model.tagger.classes[id as usize];
            n += 1;
            u += usize::from(*pu == w.upos);
            x += usize::from(*px == w.xpos);
            l += usize::from(model.lemmatizer.lemma(&w.form, pu, i == 0) == w.lemma);
        }
    }
    Scores {
        tokens_f1: 0.0,
        upos: ratio(u, n),
        xpos: ratio(x, n),
        lemma: ratio(l, n),
        words: n as u64,
    }
}

/// Scores a model on a CoNLL-U file: token F1 from raw text, and UPOS / XPOS / lemma on
/// gold tokens.
pub fn eval_conllu(model: &Model, path: &Path) -> Result<Scores> {
    let sents = read_conllu(path)?;
    let mut s = eval_sentences(model, &sents);
    s.tokens_f1 = token_f1_sentences(&sents).f1;
    Ok(s)
}
