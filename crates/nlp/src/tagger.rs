//! Greedy left-to-right averaged-perceptron tagger over joint (UPOS, XPOS) classes.
//!
//! One class per (UPOS, XPOS) pair seen in training: one pass predicts both tags and the pair
//! is always consistent. Weights live in a hashed table of `2^bits` rows × `n_classes` i16,
//! dense while training and sparse ([`SparseRows`]) once trained.

use crate::features::{
    dynamic_features, features, sentence_hashes, static_features, TagDict, TokenHashes, N_DYNAMIC,
    N_FEATURES, N_STATIC,
};
use crate::model::SparseRows;

/// The trained tagger (quantised weights).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tagger {
    pub bits: u8,
    pub classes: Vec<(String, String)>,
    /// `[row][class]`, non-zero entries only.
    pub weights: SparseRows,
    pub dict: TagDict,
}

impl Tagger {
    pub fn n_classes(&self) -> usize {
        self.classes.len()
    }

    /// Tags one sentence; returns class ids.
    pub fn tag(&self, words: &[&str], scratch: &mut Vec<TokenHashes>) -> Vec<u16> {
        sentence_hashes(words, &self.dict, scratch);
        let n = self.n_classes();
        let start = n as u16;
        let mask = (1u64 << self.bits) - 1;
        let len = words.len();
        // A word the dictionary allows one class only ("the", ",", "of") takes it whatever
        // the scores say, so it is not scored at all.
        let only = |i: usize| match self.dict.candidates(&scratch[i]) {
            [c] => Some(u16::from(*c)),
            _ => None,
        };
        // Most rows do not depend on the previous tags: find them all first and pull them
        // into cache together, then the greedy pass waits on memory only for the rest.
        let mut rows = vec![0u32; len * N_STATIC];
        let mut scored = 0;
        for i in 0..len {
            if only(i).is_none() {
                let r = &mut rows[scored * N_STATIC..(scored + 1) * N_STATIC];
                static_features(scratch, i, mask, r);
                scored += 1;
            }
        }
        self.weights.warm(&rows[..scored * N_STATIC]);
        let mut stats = rows.chunks(N_STATIC);
        let mut out = Vec::with_capacity(len);
        let mut dynamic = [0u32; N_DYNAMIC];
        let mut scores = vec![0i32; n];
        let (mut p1, mut p2) = (start, start);
        for i in 0..len {
            let best = match only(i) {
                Some(c) => c,
                None => {
                    // One chunk per scored token, in order; there are exactly enough.
                    let stat = stats.next().unwrap_or(&[]);
                    dynamic_features(scratch, i, p1, p2, mask, &mut dynamic);
                    // Every class's sum from the sparse rows costs less than the dense
                    // per-candidate sums did, and gives the same numbers, so the same choice.
                    scores.iter_mut().for_each(|s| *s = 0);
                    let cands = self.dict.candidates(&scratch[i]);
                    if cands.is_empty() {
                        for &f in stat.iter().chain(&dynamic) {
                            self.weights.add_row(f as usize, &mut scores);
                        }
                        argmax_i32(&scores) as u16
                    } else {
                        for &f in stat.iter().chain(&dynamic) {
                            self.weights.add_row_for(f as usize, cands, &mut scores);
                        }
                        best_candidate(cands, |c| scores[c])
                    }
                }
            };
            out.push(best);
            p2 = p1;
            p1 = best;
        }
        out
    }
}

/// The best of a word's allowed classes (sorted ascending; the first wins ties, as in
/// [`argmax_i32`]).
fn best_candidate(cands: &[u8], score: impl Fn(usize) -> i32) -> u16 {
    let mut best = (i32::MIN, 0u16);
    for &c in cands {
        let s = score(c as usize);
        if s > best.0 {
            best = (s, u16::from(c));
        }
    }
    best.1
}

/// First index of the maximum, so ties resolve the same way every run.
fn argmax_i32(v: &[i32]) -> usize {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[best] {
            best = i;
        }
    }
    best
}

/// Training state: integer weights plus the running sums for averaging (Daumé's trick:
/// average = w - u / c), so training is exact integer arithmetic and reproducible.
pub(crate) struct Trainer {
    bits: u8,
    n: usize,
    w: Vec<i32>,
    u: Vec<i64>,
    c: i64,
    scratch: Vec<TokenHashes>,
    dict: TagDict,
    /// One token in `unknown_every` (on average) is trained as if unseen, so that affix and
    /// shape features learn to carry words the training data lacks.
    unknown_every: u64,
    rng: u64,
}

impl Trainer {
    pub fn new(bits: u8, n_classes: usize, dict: TagDict, unknown_every: u64, seed: u64) -> Self {
        let size = (1usize << bits) * n_classes;
        Trainer {
            bits,
            n: n_classes,
            w: vec![0; size],
            u: vec![0; size],
            c: 1,
            scratch: Vec::new(),
            dict,
            unknown_every,
            rng: seed ^ 0x5eed,
        }
    }

    /// One online pass over a sentence; returns the number of correct predictions.
    pub fn learn(&mut self, words: &[&str], gold: &[u16]) -> usize {
        let mut hashes = std::mem::take(&mut self.scratch);
        sentence_hashes(words, &self.dict, &mut hashes);
        let n = self.n;
        let start = n as u16;
        let mask = (1u64 << self.bits) - 1;
        let mut feats = [0u32; N_FEATURES];
        let mut scores = vec![0i32; n];
        let (mut p1, mut p2) = (start, start);
        let mut correct = 0;
        for (i, &truth) in gold.iter().enumerate() {
            let saved = hashes[i];
            if self.unknown_every > 0 {
                self.rng = self.rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
                if crate::features::mix(self.rng) % self.unknown_every == 0 {
                    hashes[i] = saved.as_unknown();
                }
            }
            features(&hashes, i, p1, p2, mask, &mut feats);
            let cands = self.dict.candidates(&hashes[i]);
            hashes[i] = saved;
            let guess = if cands.is_empty() {
                scores.iter_mut().for_each(|s| *s = 0);
                for &f in &feats {
                    let row = &self.w[f as usize * n..f as usize * n + n];
                    for (s, &w) in scores.iter_mut().zip(row) {
                        *s += w;
                    }
                }
                argmax_i32(&scores) as u16
            } else {
                let w = &self.w;
                best_candidate(cands, |c| {
                    feats.iter().map(|&f| w[f as usize * n + c]).sum()
                })
            };
            if guess == truth {
                correct += 1;
            } else {
                for &f in &feats {
                    let base = f as usize * n;
                    let (t, g) = (base + truth as usize, base + guess as usize);
                    self.w[t] += 1;
                    self.u[t] += self.c;
                    self.w[g] -= 1;
                    self.u[g] -= self.c;
                }
            }
            self.c += 1;
            // Greedy training: condition on our own previous predictions, as at run time.
            p2 = p1;
            p1 = guess;
        }
        self.scratch = hashes;
        correct
    }

    /// Averaged weights quantised to i16 with one global scale.
    pub fn finish(&self, classes: Vec<(String, String)>) -> Tagger {
        let c = self.c as f64;
        let avg: Vec<f64> = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| f64::from(w) - u as f64 / c)
            .collect();
        let max = avg.iter().fold(0.0f64, |m, &x| m.max(x.abs()));
        let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
        let weights: Vec<i16> = avg
            .iter()
            .map(|&x| (x * scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect();
        let weights = SparseRows::from_dense(&weights, self.n);
        Tagger {
            bits: self.bits,
            classes,
            weights,
            dict: self.dict.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Pipeline;

    /// The tagging the sparse table replaced: dense rows, full sums for unconstrained words,
    /// per-candidate sums for the others, all 36 features at once.
    fn dense_reference(t: &Tagger, words: &[&str]) -> Vec<u16> {
        let n = t.n_classes();
        let rows = t.weights.rows();
        let mut dense = vec![0i16; rows * n];
        for (r, chunk) in dense.chunks_mut(n).enumerate() {
            let mut s = vec![0i32; n];
            t.weights.add_row(r, &mut s);
            for (d, v) in chunk.iter_mut().zip(s) {
                *d = v as i16;
            }
        }
        let mut hashes = Vec::new();
        sentence_hashes(words, &t.dict, &mut hashes);
        let mask = (1u64 << t.bits) - 1;
        let mut feats = [0u32; N_FEATURES];
        let (mut p1, mut p2) = (n as u16, n as u16);
        let mut out = Vec::new();
        for i in 0..words.len() {
            features(&hashes, i, p1, p2, mask, &mut feats);
            let sum = |c: usize| -> i32 {
                feats
                    .iter()
                    .map(|&f| i32::from(dense[f as usize * n + c]))
                    .sum()
            };
            let cands = t.dict.candidates(&hashes[i]);
            let best = if cands.is_empty() {
                let all: Vec<i32> = (0..n).map(sum).collect();
                argmax_i32(&all) as u16
            } else {
                best_candidate(cands, sum)
            };
            out.push(best);
            p2 = p1;
            p1 = best;
        }
        out
    }

    #[test]
    fn sparse_prefetched_tagging_matches_the_dense_reference() {
        let p = Pipeline::default();
        let t = &p.model().tagger;
        let sentences = [
            "The minister said on Tuesday that talks with Lisbon would resume in May.",
            "Prices rose 3.5 % after the central bank's surprise cut, analysts wrote.",
            "She didn't sign it; they'd already left for the U.N. summit in Addis Ababa.",
            "Zorblax Quimby-Fnord tweeted #breaking at 06:45 UTC: \"We're fine!\"",
            "Yes.",
        ];
        let mut scratch = Vec::new();
        for s in sentences {
            let words: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(
                t.tag(&words, &mut scratch),
                dense_reference(t, &words),
                "{s}"
            );
        }
    }

    #[test]
    fn static_and_dynamic_rows_are_exactly_the_feature_rows() {
        let p = Pipeline::default();
        let t = &p.model().tagger;
        let words = ["Officials", "in", "Kyiv", "denied", "it", "."];
        let mut hashes = Vec::new();
        sentence_hashes(&words, &t.dict, &mut hashes);
        let mask = (1u64 << t.bits) - 1;
        for i in 0..words.len() {
            for (p1, p2) in [(3u16, 7u16), (0, 0), (108, 109)] {
                let mut all = [0u32; N_FEATURES];
                features(&hashes, i, p1, p2, mask, &mut all);
                let mut st = [0u32; N_STATIC];
                let mut dy = [0u32; N_DYNAMIC];
                static_features(&hashes, i, mask, &mut st);
                dynamic_features(&hashes, i, p1, p2, mask, &mut dy);
                assert_eq!(
                    st.to_vec(),
                    crate::features::STATIC.map(|k| all[k]).to_vec(),
                    "token {i}: static rows in template order"
                );
                let mut split: Vec<u32> = st.iter().chain(&dy).copied().collect();
                let mut all = all.to_vec();
                split.sort_unstable();
                all.sort_unstable();
                assert_eq!(split, all, "token {i}");
            }
        }
    }
}
