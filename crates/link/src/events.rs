//! Event coreference within and across documents: which event mentions report the same
//! real event.
//!
//! Two steps, both deterministic. First the documents are grouped by what they are about
//! (average-link clustering of their content-word vectors, tf-idf weighted, cosine): two
//! reports of one seminal event share its names, places and numbers, while reports of
//! another event of the same kind do not. Then, inside each group, mentions are joined when
//! their trigger lemmas agree (or their CAMEO roots, when both have one) and nothing they
//! state conflicts: different dates, or participants / places that both sides name and that
//! do not overlap at all, keep two mentions apart.
//!
//! The [`same_lemma_baseline`] is the usual reference point: every mention with the same
//! trigger lemma in one cluster, whatever the documents are about.

use std::collections::{BTreeMap, BTreeSet};

/// What the resolver knows of one event mention.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventMention {
    /// Index of the document (into the `docs` passed to [`cluster_events`]).
    pub doc: usize,
    /// Lemma of the trigger's head word, lower case ("attack" for "attacked").
    pub lemma: String,
    /// CAMEO root ("11"), when the event is coded.
    pub cameo_root: Option<String>,
    /// Participants as comparable keys (IRIs, or lower-cased head words).
    pub actors: Vec<String>,
    /// Places as comparable keys.
    pub places: Vec<String>,
    /// Dates as comparable keys (ISO strings such as `2016-04` or `2016-04-02`).
    pub dates: Vec<String>,
}

/// The knobs of [`cluster_events`]; [`Default`] holds the values tuned on ECB+ training
/// topics (document threshold 0.15 and 5-letter stems were best there; the argument veto
/// cost 0.03 CoNLL F1 on gold ECB+ mentions, whose participant heads are too sparse and
/// too varied to compare by word, so it is off by default and on for linked graphs, whose
/// participants are IRIs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EventCorefOptions {
    /// Documents whose average cosine similarity reaches this are about the same events.
    pub doc_threshold: f64,
    /// Whether stated participants / places / dates may veto a merge.
    pub use_arguments: bool,
    /// Lemmas meet on their first this many letters (0: whole lemma), so that "nominate"
    /// meets "nomination" and "shoot" meets "shooting".
    pub stem: usize,
}

impl Default for EventCorefOptions {
    fn default() -> Self {
        EventCorefOptions {
            doc_threshold: 0.15,
            use_arguments: false,
            stem: 5,
        }
    }
}

/// Mention indices grouped by trigger lemma, clusters in order of first mention.
pub fn same_lemma_baseline(mentions: &[EventMention]) -> Vec<Vec<usize>> {
    let mut by: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        by.entry(m.lemma.as_str()).or_default().push(i);
    }
    sorted(by.into_values().collect())
}

/// Clusters event mentions; `docs[d]` is the content words of document `d` (lemmas of
/// nouns, proper nouns, verbs and numbers, repeated as often as they occur).
pub fn cluster_events(
    mentions: &[EventMention],
    docs: &[Vec<String>],
    options: EventCorefOptions,
) -> Vec<Vec<usize>> {
    let doc_group = cluster_documents(docs, options.doc_threshold);
    let mut parent: Vec<usize> = (0..mentions.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..mentions.len()).map(|i| vec![i]).collect();
    // Mentions meet only inside a document group and with the same key; the candidate lists
    // stay short, so the pairwise checks below cost little.
    let mut buckets: BTreeMap<(usize, &str), Vec<usize>> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let group = doc_group.get(m.doc).copied().unwrap_or(usize::MAX);
        let key = match &m.cameo_root {
            Some(root) => root.as_str(),
            None => stem(&m.lemma, options.stem),
        };
        buckets.entry((group, key)).or_default().push(i);
    }
    for bucket in buckets.values() {
        for (a, &i) in bucket.iter().enumerate() {
            for &j in &bucket[a + 1..] {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri == rj {
                    continue;
                }
                // A veto holds for the whole cluster, or chains of harmless merges would
                // join two mentions that conflict.
                if options.use_arguments
                    && members[ri].iter().any(|&x| {
                        members[rj]
                            .iter()
                            .any(|&y| conflict(&mentions[x], &mentions[y]))
                    })
                {
                    continue;
                }
                let (keep, gone) = (ri.min(rj), ri.max(rj));
                parent[gone] = keep;
                let moved = std::mem::take(&mut members[gone]);
                members[keep].extend(moved);
            }
        }
    }
    let mut by: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..mentions.len() {
        let r = find(&mut parent, i);
        by.entry(r).or_default().push(i);
    }
    sorted(by.into_values().collect())
}

/// True when the two mentions state things that cannot both hold of one event.
pub fn conflict(a: &EventMention, b: &EventMention) -> bool {
    let disjoint = |x: &[String], y: &[String]| {
        !x.is_empty() && !y.is_empty() && !x.iter().any(|v| y.contains(v))
    };
    let dates_clash = !a.dates.is_empty()
        && !b.dates.is_empty()
        && !a.dates.iter().any(|x| {
            b.dates
                .iter()
                .any(|y| x.starts_with(y.as_str()) || y.starts_with(x.as_str()))
        });
    // Mentions in one document naming different actors are often the same event told
    // twice with different detail; across documents a full mismatch of both actors and
    // places is what separates two events of one kind.
    let args_clash =
        a.doc != b.doc && disjoint(&a.actors, &b.actors) && disjoint(&a.places, &b.places);
    dates_clash || args_clash
}

/// The group of each document: average-link agglomerative clustering of tf-idf vectors
/// under cosine similarity, merging while the best pair reaches `threshold`.
pub fn cluster_documents(docs: &[Vec<String>], threshold: f64) -> Vec<usize> {
    let n = docs.len();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for d in docs {
        let uniq: BTreeSet<&str> = d.iter().map(String::as_str).collect();
        for w in uniq {
            *df.entry(w).or_default() += 1;
        }
    }
    let vectors: Vec<BTreeMap<&str, f64>> = docs
        .iter()
        .map(|d| {
            let mut tf: BTreeMap<&str, f64> = BTreeMap::new();
            for w in d {
                *tf.entry(w.as_str()).or_default() += 1.0;
            }
            for (w, v) in tf.iter_mut() {
                let idf = ((n as f64 + 1.0) / (df[w] as f64 + 1.0)).ln() + 1.0;
                *v = (1.0 + v.ln()) * idf;
            }
            let norm = tf.values().map(|v| v * v).sum::<f64>().sqrt();
            if norm > 0.0 {
                tf.values_mut().for_each(|v| *v /= norm);
            }
            tf
        })
        .collect();
    let sim: Vec<Vec<f64>> = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| {
                    let (a, b) = (&vectors[i], &vectors[j]);
                    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
                    small
                        .iter()
                        .filter_map(|(w, v)| large.get(w).map(|u| u * v))
                        .sum()
                })
                .collect()
        })
        .collect();
    let mut clusters: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    loop {
        let mut best: Option<(f64, usize, usize)> = None;
        for a in 0..clusters.len() {
            for b in a + 1..clusters.len() {
                let total: f64 = clusters[a]
                    .iter()
                    .flat_map(|&i| clusters[b].iter().map(move |&j| (i, j)))
                    .map(|(i, j)| sim[i][j])
                    .sum();
                let avg = total / (clusters[a].len() * clusters[b].len()) as f64;
                if best.is_none_or(|(s, _, _)| avg > s) {
                    best = Some((avg, a, b));
                }
            }
        }
        match best {
            Some((s, a, b)) if s >= threshold => {
                let moved = clusters.remove(b);
                clusters[a].extend(moved);
            }
            _ => break,
        }
    }
    let mut group = vec![0; n];
    for (g, c) in clusters.iter().enumerate() {
        for &d in c {
            group[d] = g;
        }
    }
    group
}

/// The first `n` characters of a lemma (all of it when `n` is 0 or the lemma is shorter).
fn stem(lemma: &str, n: usize) -> &str {
    match lemma.char_indices().nth(n) {
        Some((i, _)) if n > 0 => &lemma[..i],
        _ => lemma,
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn sorted(mut clusters: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    for c in &mut clusters {
        c.sort_unstable();
    }
    clusters.sort();
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(doc: usize, lemma: &str, actors: &[&str], dates: &[&str]) -> EventMention {
        EventMention {
            doc,
            lemma: lemma.into(),
            actors: actors.iter().map(|s| s.to_string()).collect(),
            dates: dates.iter().map(|s| s.to_string()).collect(),
            ..EventMention::default()
        }
    }

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn documents_about_one_story_group_together() {
        let docs = vec![
            words("quake hit island tuesday quake killed dozens island"),
            words("island quake tuesday rescue dozens dead"),
            words("bank robbery city suspect arrested robbery"),
        ];
        let g = cluster_documents(&docs, 0.2);
        assert_eq!(g[0], g[1]);
        assert_ne!(g[0], g[2]);
    }

    #[test]
    fn same_lemma_in_different_stories_stays_apart() {
        let docs = vec![
            words("quake island tuesday dozens quake"),
            words("quake island tuesday rescue quake"),
            words("robbery city suspect bank arrest"),
        ];
        let mentions = vec![
            m(0, "kill", &[], &[]),
            m(1, "kill", &[], &[]),
            m(2, "kill", &[], &[]),
        ];
        let c = cluster_events(&mentions, &docs, EventCorefOptions::default());
        assert_eq!(c, vec![vec![0, 1], vec![2]]);
        // The baseline merges all three.
        assert_eq!(same_lemma_baseline(&mentions), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn different_dates_or_participants_block_a_merge() {
        let docs = vec![words("talks capital"), words("talks capital")];
        let mentions = vec![
            m(0, "meet", &["ana lind"], &["2016-04-02"]),
            m(1, "meet", &["ana lind"], &["2016-04"]),
            m(1, "meet", &["ana lind"], &["2016-05-09"]),
            m(1, "meet", &["omar said"], &[]),
        ];
        let options = EventCorefOptions {
            use_arguments: true,
            ..EventCorefOptions::default()
        };
        let c = cluster_events(&mentions, &docs, options);
        // 3 names nobody 0 contradicts; 2 is on another day than 0, so it stays out even
        // though it conflicts with neither 1 nor 3 alone.
        assert_eq!(c, vec![vec![0, 1, 3], vec![2]]);
        assert!(conflict(&mentions[0], &mentions[2]));
        assert!(!conflict(&mentions[0], &mentions[1]));
    }
}
