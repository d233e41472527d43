//! Coreference scores as the CoNLL-2011/2012 reference scorer defines them: MUC (links),
//! B³ (mentions), CEAF-e (entities, φ4 similarity, optimal one-to-one alignment) and their
//! mean, the CoNLL F1.
//!
//! A partition is a list of clusters, each a list of mentions; mentions are any ordered,
//! comparable keys (`(doc, start, end)` tuples, ids). Key and response may cover different
//! mentions: a key mention missing from the response counts as a response singleton for
//! MUC and scores nothing for B³, exactly as in the reference scorer (Pradhan et al. 2014).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

/// Precision, recall and F1 of one metric (fractions, not counts: B³ and CEAF-e weigh).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct CorefPrf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl CorefPrf {
    fn from_ratios(p_num: f64, p_den: f64, r_num: f64, r_den: f64) -> CorefPrf {
        let ratio = |a: f64, b: f64| if b == 0.0 { 0.0 } else { a / b };
        let precision = ratio(p_num, p_den);
        let recall = ratio(r_num, r_den);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        CorefPrf {
            precision,
            recall,
            f1,
        }
    }
}

/// The three metrics and the CoNLL F1, their unweighted mean.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct CorefScores {
    pub muc: CorefPrf,
    pub b3: CorefPrf,
    pub ceafe: CorefPrf,
    pub conll_f1: f64,
}

/// Scores a response partition against a key partition. Empty clusters are ignored; a
/// mention listed in two clusters of one side keeps its first.
pub fn coref_scores<M: Ord + Clone>(key: &[Vec<M>], response: &[Vec<M>]) -> CorefScores {
    let key = Partition::new(key);
    let response = Partition::new(response);
    let muc = muc(&key, &response);
    let b3 = b_cubed(&key, &response);
    let ceafe = ceaf_e(&key, &response);
    CorefScores {
        muc,
        b3,
        ceafe,
        conll_f1: (muc.f1 + b3.f1 + ceafe.f1) / 3.0,
    }
}

/// Drops the singleton clusters of a partition (OntoNotes-style scoring leaves them out).
pub fn without_singletons<M: Clone>(partition: &[Vec<M>]) -> Vec<Vec<M>> {
    partition.iter().filter(|c| c.len() > 1).cloned().collect()
}

/// Clusters plus the cluster of each mention.
struct Partition<M> {
    clusters: Vec<Vec<M>>,
    of: BTreeMap<M, usize>,
}

impl<M: Ord + Clone> Partition<M> {
    fn new(clusters: &[Vec<M>]) -> Self {
        let mut of = BTreeMap::new();
        let mut out: Vec<Vec<M>> = Vec::new();
        for c in clusters {
            let mut kept = Vec::new();
            for m in c {
                if !of.contains_key(m) {
                    of.insert(m.clone(), out.len());
                    kept.push(m.clone());
                }
            }
            if !kept.is_empty() {
                out.push(kept);
            }
        }
        Partition { clusters: out, of }
    }

    /// How many parts `cluster` falls into under this partition; mentions this partition
    /// does not hold are one part each.
    fn parts_of(&self, cluster: &[M]) -> usize {
        let mut seen = BTreeSet::new();
        let mut missing = 0;
        for m in cluster {
            match self.of.get(m) {
                Some(&c) => {
                    seen.insert(c);
                }
                None => missing += 1,
            }
        }
        seen.len() + missing
    }

    fn overlap(&self, cluster: &[M], other: usize) -> usize {
        cluster
            .iter()
            .filter(|m| self.of.get(*m) == Some(&other))
            .count()
    }
}

/// MUC (Vilain et al. 1995): recall = Σ(|K| − |p(K)|) / Σ(|K| − 1) over key clusters K,
/// with p(K) the parts the response cuts K into; precision the same with roles swapped.
fn muc<M: Ord + Clone>(key: &Partition<M>, response: &Partition<M>) -> CorefPrf {
    let side = |a: &Partition<M>, b: &Partition<M>| {
        a.clusters.iter().fold((0.0, 0.0), |(num, den), c| {
            (
                num + (c.len() - b.parts_of(c)) as f64,
                den + (c.len() - 1) as f64,
            )
        })
    };
    let (r_num, r_den) = side(key, response);
    let (p_num, p_den) = side(response, key);
    CorefPrf::from_ratios(p_num, p_den, r_num, r_den)
}

/// B³ (Bagga & Baldwin 1998): per mention, the share of its key cluster that its response
/// cluster also holds (recall) and the converse (precision), averaged over the mentions of
/// each side.
fn b_cubed<M: Ord + Clone>(key: &Partition<M>, response: &Partition<M>) -> CorefPrf {
    let side = |a: &Partition<M>, b: &Partition<M>| {
        let mut num = 0.0;
        let mut den = 0.0;
        for c in &a.clusters {
            // Mentions of one cluster share their count per other-side cluster.
            let mut per: BTreeMap<usize, usize> = BTreeMap::new();
            for m in c {
                if let Some(&o) = b.of.get(m) {
                    *per.entry(o).or_default() += 1;
                }
            }
            for n in per.values() {
                num += (*n * *n) as f64 / c.len() as f64;
            }
            den += c.len() as f64;
        }
        (num, den)
    };
    let (r_num, r_den) = side(key, response);
    let (p_num, p_den) = side(response, key);
    CorefPrf::from_ratios(p_num, p_den, r_num, r_den)
}

/// CEAF-e (Luo 2005): the best one-to-one alignment of key and response clusters under
/// φ4(K, R) = 2|K ∩ R| / (|K| + |R|); recall divides its total by the key clusters, precision
/// by the response clusters. Clusters that share no mention score 0 together, so the
/// alignment is solved per connected group of overlapping clusters.
fn ceaf_e<M: Ord + Clone>(key: &Partition<M>, response: &Partition<M>) -> CorefPrf {
    let nk = key.clusters.len();
    // Union-find over key clusters 0..nk and response clusters nk.. joined by overlap.
    let mut parent: Vec<usize> = (0..nk + response.clusters.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (k, c) in key.clusters.iter().enumerate() {
        for m in c {
            if let Some(&r) = response.of.get(m) {
                let (a, b) = (find(&mut parent, k), find(&mut parent, nk + r));
                parent[a] = b;
            }
        }
    }
    let mut groups: BTreeMap<usize, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for i in 0..parent.len() {
        let root = find(&mut parent, i);
        let g = groups.entry(root).or_default();
        if i < nk {
            g.0.push(i);
        } else {
            g.1.push(i - nk);
        }
    }
    let mut total = 0.0;
    for (ks, rs) in groups.values() {
        if ks.is_empty() || rs.is_empty() {
            continue;
        }
        let sim: Vec<Vec<f64>> = ks
            .iter()
            .map(|&k| {
                let kc = &key.clusters[k];
                rs.iter()
                    .map(|&r| {
                        let common = response.overlap(kc, r);
                        2.0 * common as f64 / (kc.len() + response.clusters[r].len()) as f64
                    })
                    .collect()
            })
            .collect();
        total += max_assignment(&sim);
    }
    CorefPrf::from_ratios(total, response.clusters.len() as f64, total, nk as f64)
}

/// The largest total weight of a one-to-one assignment of rows to columns (Hungarian
/// algorithm with potentials, O(n²m)).
pub(crate) fn max_assignment(weights: &[Vec<f64>]) -> f64 {
    let rows = weights.len();
    let cols = weights.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return 0.0;
    }
    // The algorithm needs rows ≤ columns; transpose otherwise.
    let transposed = rows > cols;
    let (n, m) = if transposed {
        (cols, rows)
    } else {
        (rows, cols)
    };
    let cost = |i: usize, j: usize| {
        if transposed {
            -weights[j][i]
        } else {
            -weights[i][j]
        }
    };
    let inf = f64::INFINITY;
    let mut u = vec![0.0; n + 1];
    let mut v = vec![0.0; m + 1];
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = inf;
            let mut j1 = 0;
            for j in 1..=m {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=m)
        .filter(|&j| p[j] != 0)
        .map(|j| -cost(p[j] - 1, j - 1))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn parts(s: &[&str]) -> Vec<Vec<char>> {
        s.iter().map(|c| c.chars().collect()).collect()
    }

    /// The worked example of Pradhan et al. (2014), scored by hand:
    /// key {a b c} {d e f g}, response {a b} {c d} {f g h i}.
    #[test]
    fn reference_example_by_hand() {
        let key = parts(&["abc", "defg"]);
        let resp = parts(&["ab", "cd", "fghi"]);
        let s = coref_scores(&key, &resp);
        // MUC recall: {abc} cut in 2 parts → 1 link of 2; {defg} cut into {d} {e} {fg} → 1
        // of 3: 2/5. Precision: {ab} 1 of 1, {cd} 0 of 1, {fghi} → {fg} {h} {i}: 1 of 3: 2/5.
        assert!(close(s.muc.recall, 0.4) && close(s.muc.precision, 0.4));
        // B³ recall over 7 key mentions: a,b 2/3; c 1/3; d 1/4; e 0; f,g 2/4 → (35/12)/7.
        assert!(close(s.b3.recall, 35.0 / 84.0));
        // B³ precision over 8 response mentions: a,b 1; c,d 1/2; f,g 1/2; h,i 0 → 4/8.
        assert!(close(s.b3.precision, 0.5));
        // CEAF-e: best alignment {abc}-{ab} (2·2/5 = 0.8) and {defg}-{fghi} (2·2/8 = 0.5).
        assert!(close(s.ceafe.recall, 1.3 / 2.0));
        assert!(close(s.ceafe.precision, 1.3 / 3.0));
        let f = |p: f64, r: f64| 2.0 * p * r / (p + r);
        let conll = (0.4 + f(0.5, 35.0 / 84.0) + f(1.3 / 3.0, 0.65)) / 3.0;
        assert!(close(s.conll_f1, conll));
    }

    #[test]
    fn identical_partitions_score_one() {
        let key = parts(&["abc", "de", "f"]);
        let s = coref_scores(&key, &key);
        for prf in [s.muc, s.b3, s.ceafe] {
            assert!(close(prf.f1, 1.0), "{prf:?}");
        }
        assert!(close(s.conll_f1, 1.0));
    }

    /// Everything merged into one cluster: MUC recall is perfect, B³ precision is not.
    #[test]
    fn one_big_cluster() {
        let key = parts(&["ab", "cd"]);
        let resp = parts(&["abcd"]);
        let s = coref_scores(&key, &resp);
        // MUC: recall (1+1)/(1+1) = 1; precision (4 − 2)/(4 − 1) = 2/3.
        assert!(close(s.muc.recall, 1.0) && close(s.muc.precision, 2.0 / 3.0));
        // B³ precision: every mention 2/4 → 1/2; recall 1.
        assert!(close(s.b3.precision, 0.5) && close(s.b3.recall, 1.0));
        // CEAF-e: one response cluster aligns with one key cluster: φ4 = 2·2/6 = 2/3.
        assert!(close(s.ceafe.recall, 1.0 / 3.0) && close(s.ceafe.precision, 2.0 / 3.0));
    }

    /// All singletons against all singletons: MUC has no links (0 by convention), B³ and
    /// CEAF-e are perfect.
    #[test]
    fn singletons_only() {
        let key = parts(&["a", "b", "c"]);
        let s = coref_scores(&key, &key);
        assert_eq!(s.muc.f1, 0.0);
        assert!(close(s.b3.f1, 1.0) && close(s.ceafe.f1, 1.0));
        assert_eq!(without_singletons(&key).len(), 0);
    }

    #[test]
    fn assignment_finds_the_best_not_the_greedy_pairing() {
        // Greedy takes 0.9 then 0.1 (= 1.0); the optimum is 0.8 + 0.8.
        let w = vec![vec![0.9, 0.8], vec![0.8, 0.1]];
        assert!(close(max_assignment(&w), 1.6));
        // More columns than rows and the transposed case agree.
        let wide = vec![vec![0.2, 0.5, 0.1]];
        assert!(close(max_assignment(&wide), 0.5));
        let tall = vec![vec![0.2], vec![0.5], vec![0.1]];
        assert!(close(max_assignment(&tall), 0.5));
    }
}
