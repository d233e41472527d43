//! `newsgraph eval-coref --ecb`: the link crate's event coreference scored on ECB+, next to
//! the same-lemma baseline, within and across documents.
//!
//! Setting: gold event mentions (see [`crate::ecb`]), gold topics (each topic is resolved
//! on its own, as in the standard setup), our own tagger and lemmatizer for lemmas and
//! heads. Within-document scores cut both key and response chains at document borders;
//! cross-document scores take the chains whole. Singletons count (B³ and CEAF-e).

use std::collections::BTreeMap;

use newsgraph_link::events::{
    cluster_events, same_lemma_baseline, EventCorefOptions, EventMention,
};
use newsgraph_nlp::Pipeline;
use serde::Serialize;

use crate::coref::{coref_scores, CorefScores};
use crate::ecb::{EcbDoc, MarkableClass};

/// Within- and cross-document scores of one resolver.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WithinCross {
    pub within: CorefScores,
    pub cross: CorefScores,
}

/// The report `newsgraph eval-coref --ecb` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EcbReport {
    pub topics: usize,
    pub documents: usize,
    pub mentions: usize,
    pub gold_chains: usize,
    pub system: WithinCross,
    pub baseline: WithinCross,
}

/// Token-level analysis of a document: per ECB token, its lemma, UPOS and head token.
struct Analysed {
    lemma: Vec<String>,
    upos: Vec<String>,
    head: Vec<Option<usize>>,
}

fn analyse(doc: &EcbDoc, pipeline: &Pipeline) -> Analysed {
    let n = doc.tokens.len();
    let mut out = Analysed {
        lemma: doc.tokens.iter().map(|t| t.1.to_lowercase()).collect(),
        upos: vec![String::new(); n],
        head: vec![None; n],
    };
    let mut start = 0;
    while start < n {
        let sentence = doc.tokens[start].0;
        let mut end = start;
        while end < n && doc.tokens[end].0 == sentence {
            end += 1;
        }
        // The sentence as text, with the character offset where each ECB token starts.
        let mut text = String::new();
        let mut offsets = Vec::with_capacity(end - start);
        for (_, w) in &doc.tokens[start..end] {
            if !text.is_empty() {
                text.push(' ');
            }
            offsets.push(text.chars().count());
            text.push_str(w);
        }
        let analysed = pipeline.analyze(&text);
        // nlp token (sentence, index) → ECB token, by start offset.
        let mut at: BTreeMap<usize, usize> = BTreeMap::new();
        for (k, &o) in offsets.iter().enumerate() {
            at.insert(o, start + k);
        }
        for s in &analysed.sentences {
            let ecb_of: Vec<Option<usize>> = s
                .tokens
                .iter()
                .map(|t| at.range(..=t.char_start).next_back().map(|(_, &e)| e))
                .collect();
            for (k, t) in s.tokens.iter().enumerate() {
                let Some(e) = ecb_of[k] else { continue };
                // The first nlp token of an ECB token speaks for it.
                if !out.upos[e].is_empty() {
                    continue;
                }
                out.lemma[e] = t.lemma.to_lowercase();
                out.upos[e] = t.upos.clone();
                out.head[e] = (t.head as usize)
                    .checked_sub(1)
                    .and_then(|h| ecb_of.get(h).copied().flatten());
            }
        }
        start = end;
    }
    out
}

/// The head token of a mention: the one whose syntactic head lies outside it (the last
/// such when several do).
fn head_of(tokens: &[usize], a: &Analysed) -> usize {
    let inside = |t: usize| tokens.contains(&t);
    let heads: Vec<usize> = tokens
        .iter()
        .copied()
        .filter(|&t| a.head[t].is_none_or(|h| !inside(h)))
        .collect();
    heads
        .iter()
        .rev()
        .find(|&&t| matches!(a.upos[t].as_str(), "VERB" | "NOUN" | "PROPN" | "ADJ"))
        .or(heads.last())
        .or(tokens.last())
        .copied()
        .unwrap_or(0)
}

const CONTENT: [&str; 4] = ["NOUN", "PROPN", "VERB", "NUM"];

/// What the resolver and the scorer need of one topic: event mentions, document word bags
/// and each mention's (document, gold chain).
type TopicInput = (Vec<EventMention>, Vec<Vec<String>>, Vec<(usize, String)>);

/// Mentions are keyed (topic, document, index) across the whole split.
type Key = (u32, usize, usize);

/// Event mentions and document word bags of one topic, in document order.
fn topic_input(docs: &[&EcbDoc], pipeline: &Pipeline) -> TopicInput {
    let mut mentions = Vec::new();
    let mut bags = Vec::new();
    let mut gold = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let a = analyse(doc, pipeline);
        // The URL line of ecbplus files names the story; a reader of the text has no URL.
        let skip_url = doc.name.ends_with("ecbplus");
        bags.push(
            (0..doc.tokens.len())
                .filter(|&t| !(skip_url && doc.tokens[t].0 == 0))
                .filter(|&t| CONTENT.contains(&a.upos[t].as_str()))
                .filter(|&t| !matches!(a.lemma[t].as_str(), "be" | "have" | "say" | "do"))
                .map(|t| a.lemma[t].clone())
                .collect(),
        );
        let mut args: BTreeMap<(u32, MarkableClass), Vec<String>> = BTreeMap::new();
        for m in &doc.mentions {
            if m.class != MarkableClass::Action {
                let h = head_of(&m.tokens, &a);
                args.entry((m.sentence, m.class))
                    .or_default()
                    .push(a.lemma[h].clone());
            }
        }
        let get = |s: u32, classes: &[MarkableClass]| -> Vec<String> {
            let mut v: Vec<String> = classes
                .iter()
                .flat_map(|c| args.get(&(s, *c)).cloned().unwrap_or_default())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        for m in &doc.mentions {
            if m.class != MarkableClass::Action {
                continue;
            }
            let h = head_of(&m.tokens, &a);
            mentions.push(EventMention {
                doc: d,
                lemma: a.lemma[h].clone(),
                cameo_root: None,
                actors: get(m.sentence, &[MarkableClass::Human, MarkableClass::NonHuman]),
                places: get(m.sentence, &[MarkableClass::Location]),
                dates: Vec::new(),
            });
            gold.push((d, m.chain.clone()));
        }
    }
    (mentions, bags, gold)
}

/// Scores the resolver and the baseline on the given documents (one split).
pub fn evaluate_ecb(docs: &[EcbDoc], options: EventCorefOptions) -> EcbReport {
    let pipeline = Pipeline::default();
    let mut by_topic: BTreeMap<u32, Vec<&EcbDoc>> = BTreeMap::new();
    for d in docs {
        by_topic.entry(d.topic).or_default().push(d);
    }
    let mut key: BTreeMap<String, Vec<Key>> = BTreeMap::new();
    let mut system: Vec<Vec<Key>> = Vec::new();
    let mut baseline: Vec<Vec<Key>> = Vec::new();
    let mut mentions_total = 0;
    for (&topic, topic_docs) in &by_topic {
        let (mentions, bags, gold) = topic_input(topic_docs, &pipeline);
        let keyed: Vec<Key> = gold
            .iter()
            .enumerate()
            .map(|(i, (d, _))| (topic, *d, i))
            .collect();
        for (i, (_, chain)) in gold.iter().enumerate() {
            key.entry(format!("{topic}/{chain}"))
                .or_default()
                .push(keyed[i]);
        }
        let to_keys = |c: Vec<Vec<usize>>| -> Vec<Vec<Key>> {
            c.into_iter()
                .map(|c| c.into_iter().map(|i| keyed[i]).collect())
                .collect()
        };
        system.extend(to_keys(cluster_events(&mentions, &bags, options)));
        baseline.extend(to_keys(same_lemma_baseline(&mentions)));
        mentions_total += mentions.len();
    }
    let key: Vec<Vec<Key>> = key.into_values().collect();
    let score = |response: &[Vec<Key>]| WithinCross {
        within: coref_scores(&split_by_doc(&key), &split_by_doc(response)),
        cross: coref_scores(&key, response),
    };
    EcbReport {
        topics: by_topic.len(),
        documents: docs.len(),
        mentions: mentions_total,
        gold_chains: key.len(),
        system: score(&system),
        baseline: score(&baseline),
    }
}

fn split_by_doc(partition: &[Vec<Key>]) -> Vec<Vec<Key>> {
    let mut out = Vec::new();
    for c in partition {
        let mut by: BTreeMap<(u32, usize), Vec<Key>> = BTreeMap::new();
        for &m in c {
            by.entry((m.0, m.1)).or_default().push(m);
        }
        out.extend(by.into_values());
    }
    out
}

impl EcbReport {
    /// The report as aligned text: one line per resolver and setting.
    pub fn write_text(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        writeln!(
            out,
            "ECB+ event coreference (gold mentions, gold topics): {} topics, {} documents, {} mentions, {} gold chains",
            self.topics, self.documents, self.mentions, self.gold_chains
        )?;
        writeln!(
            out,
            "{:<11} {:<7} {:>6} {:>6} {:>6} {:>9}",
            "resolver", "setting", "MUC", "B3", "CEAF-e", "CoNLL F1"
        )?;
        for (name, wc) in [("newsgraph", &self.system), ("same-lemma", &self.baseline)] {
            for (setting, s) in [("within", &wc.within), ("cross", &wc.cross)] {
                writeln!(
                    out,
                    "{:<11} {:<7} {:>6.3} {:>6.3} {:>6.3} {:>9.3}",
                    name, setting, s.muc.f1, s.b3.f1, s.ceafe.f1, s.conll_f1
                )?;
            }
        }
        writeln!(
            out,
            "newsgraph - same-lemma, CoNLL F1: within {:+.3}, cross {:+.3}",
            self.system.within.conll_f1 - self.baseline.within.conll_f1,
            self.system.cross.conll_f1 - self.baseline.cross.conll_f1
        )
    }
}
