//! Lemmatizer: suffix-rewrite rules learned per (form suffix, UPOS), plus an exceptions table
//! for training words the rules get wrong.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, fixed-seed hasher for the run-time look-up tables (short string keys, no
/// untrusted-key concern: the keys come from our own model file). Only look-ups use it;
/// nothing iterates these maps, so their order never reaches the output.
#[derive(Default)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(a)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        crate::features::mix(self.0)
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// `s.to_lowercase()`, borrowed when that changes nothing (plain ASCII without capitals).
fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// How to turn a form into its lemma: optionally lower-case it, drop `strip` chars from the
/// end, append `append`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Rule {
    pub lower: bool,
    pub strip: u8,
    pub append: String,
}

impl Rule {
    fn apply(&self, form: &str) -> String {
        let base: String = if self.lower {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let n = base.chars().count();
        let keep = n.saturating_sub(self.strip as usize);
        let mut s: String = base.chars().take(keep).collect();
        s.push_str(&self.append);
        s
    }

    /// The cheapest rule mapping `form` to `lemma` (the lower-casing variant wins ties).
    fn learn(form: &str, lemma: &str) -> Rule {
        let make = |base: &str, lower: bool| {
            let b: Vec<char> = base.chars().collect();
            let l: Vec<char> = lemma.chars().collect();
            let common = b.iter().zip(&l).take_while(|(x, y)| x == y).count();
            Rule {
                lower,
                strip: (b.len() - common).min(255) as u8,
                append: l[common..].iter().collect(),
            }
        };
        let a = make(&form.to_lowercase(), true);
        let b = make(form, false);
        let cost = |r: &Rule| r.strip as usize + r.append.chars().count();
        if cost(&b) < cost(&a) {
            b
        } else {
            a
        }
    }
}

const MAX_SUFFIX: usize = 6;

/// Learned lemmatizer tables; keys are (UPOS, lower-cased suffix) and (UPOS, form).
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Lemmatizer {
    pub rules: Vec<Rule>,
    pub suffixes: BTreeMap<(String, String), u16>,
    pub exceptions: BTreeMap<(String, String), String>,
    /// Run-time indexes by UPOS, then string, so that look-ups need no allocation.
    lookup_suffix: FastMap<String, FastMap<String, u16>>,
    lookup_exc: FastMap<String, FastMap<String, String>>,
}

fn suffix_starts(s: &str) -> Vec<usize> {
    // Byte offsets where suffixes of 0..=MAX_SUFFIX chars start, shortest first.
    let idx: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    let mut out = vec![s.len()];
    for k in 1..=MAX_SUFFIX.min(idx.len()) {
        out.push(idx[idx.len() - k]);
    }
    out
}

impl Lemmatizer {
    pub fn from_tables(
        rules: Vec<Rule>,
        suffixes: BTreeMap<(String, String), u16>,
        exceptions: BTreeMap<(String, String), String>,
    ) -> Self {
        let mut lookup_suffix: FastMap<String, FastMap<String, u16>> = FastMap::default();
        for ((u, s), v) in &suffixes {
            lookup_suffix
                .entry(u.clone())
                .or_default()
                .insert(s.clone(), *v);
        }
        let mut lookup_exc: FastMap<String, FastMap<String, String>> = FastMap::default();
        for ((u, f), l) in &exceptions {
            lookup_exc
                .entry(u.clone())
                .or_default()
                .insert(f.clone(), l.clone());
        }
        Lemmatizer {
            rules,
            suffixes,
            exceptions,
            lookup_suffix,
            lookup_exc,
        }
    }

    /// Learns from (form, UPOS, lemma) triples.
    /// Each item is (form, UPOS, lemma, weight); weights let one treebank's conventions win.
    pub fn train<'a>(data: impl Iterator<Item = (&'a str, &'a str, &'a str, u32)>) -> Self {
        // (upos, lower form) -> lemma -> count; BTreeMaps keep every choice deterministic.
        let mut words: BTreeMap<(String, String), BTreeMap<String, u32>> = BTreeMap::new();
        for (form, upos, lemma, weight) in data {
            if lemma == "_" {
                continue;
            }
            *words
                .entry((upos.to_string(), form.to_string()))
                .or_default()
                .entry(lemma.to_string())
                .or_default() += weight;
        }
        // Majority lemma per (upos, exact form) and the rule that produces it.
        let mut rule_ids: BTreeMap<Rule, u16> = BTreeMap::new();
        let mut suffix_counts: BTreeMap<(String, String), BTreeMap<Rule, u32>> = BTreeMap::new();
        let mut majority = Vec::new();
        for ((upos, form), lemmas) in &words {
            let (lemma, count) = best(lemmas);
            let rule = Rule::learn(form, lemma);
            let lower = form.to_lowercase();
            for st in suffix_starts(&lower) {
                *suffix_counts
                    .entry((upos.clone(), lower[st..].to_string()))
                    .or_default()
                    .entry(rule.clone())
                    .or_default() += count;
            }
            majority.push((upos.clone(), form.clone(), lemma.to_string()));
        }
        // Keep a suffix only where its best rule differs from its one-shorter parent's.
        let mut best_rule: BTreeMap<(String, String), Rule> = BTreeMap::new();
        for (k, rules) in &suffix_counts {
            best_rule.insert(k.clone(), best(rules).0.clone());
        }
        let mut suffixes = BTreeMap::new();
        let mut rules = Vec::new();
        for ((upos, suf), rule) in &best_rule {
            let parent = if suf.is_empty() {
                None
            } else {
                let mut p = suf.chars();
                p.next();
                best_rule.get(&(upos.clone(), p.as_str().to_string()))
            };
            if parent != Some(rule) {
                let id = *rule_ids.entry(rule.clone()).or_insert_with(|| {
                    rules.push(rule.clone());
                    (rules.len() - 1) as u16
                });
                suffixes.insert((upos.clone(), suf.clone()), id);
            }
        }
        let mut lem = Lemmatizer::from_tables(rules, suffixes, BTreeMap::new());
        let mut exceptions = BTreeMap::new();
        for (upos, form, lemma) in majority {
            if lem.by_rule(&form, &upos) != lemma {
                exceptions.insert((upos, form), lemma);
            }
        }
        lem = Lemmatizer::from_tables(lem.rules, lem.suffixes, exceptions);
        lem
    }

    fn exception(&self, upos: &str, form: &str) -> Option<&str> {
        self.lookup_exc.get(upos)?.get(form).map(String::as_str)
    }

    fn by_rule(&self, form: &str, upos: &str) -> String {
        let lower = lowercase(form);
        let mut found = None;
        if let Some(table) = self.lookup_suffix.get(upos) {
            // Suffixes of 0..=MAX_SUFFIX chars, shortest first (as `suffix_starts`): the
            // longest one with a rule wins.
            if let Some(&id) = table.get("") {
                found = Some(id);
            }
            for (st, _) in lower.char_indices().rev().take(MAX_SUFFIX) {
                if let Some(&id) = table.get(&lower[st..]) {
                    found = Some(id);
                }
            }
        }
        match found.and_then(|id| self.rules.get(id as usize)) {
            Some(rule) => rule.apply(form),
            None => form.to_string(),
        }
    }

    /// The lemma of `form` tagged `upos`; `first` says it opens its sentence.
    pub fn lemma(&self, form: &str, upos: &str, first: bool) -> String {
        // A capitalised common word opening a sentence ("Write to ...") is the lower-case
        // word, unless training saw this very form (e.g. "American" → "American").
        let mut cs = form.chars();
        if first
            && upos != "PROPN"
            && self.exception(upos, form).is_none()
            && cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(char::is_lowercase)
        {
            return self.lemma_of(&form.to_lowercase(), upos);
        }
        self.lemma_of(form, upos)
    }

    fn lemma_of(&self, form: &str, upos: &str) -> String {
        // Exact form first; then the lower-cased form, so "Their" finds "their".
        if let Some(l) = self.exception(upos, form) {
            return l.to_string();
        }
        if form.chars().any(char::is_uppercase) {
            if let Some(l) = self.exception(upos, &lowercase(form)) {
                return l.to_string();
            }
        }
        self.by_rule(form, upos)
    }
}

fn best<K: Ord>(counts: &BTreeMap<K, u32>) -> (&K, u32) {
    let mut it = counts.iter();
    let (mut bk, mut bc) = it.next().map(|(k, c)| (k, *c)).expect("non-empty counts");
    for (k, &c) in it {
        if c > bc {
            bk = k;
            bc = c;
        }
    }
    (bk, bc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_rules_and_generalises_to_unseen_forms() {
        let data = [
            ("talks", "VERB", "talk"),
            ("walks", "VERB", "walk"),
            ("signed", "VERB", "sign"),
            ("opened", "VERB", "open"),
            ("was", "AUX", "be"),
            ("Talks", "NOUN", "talk"),
            ("Lima", "PROPN", "Lima"),
        ];
        let lem = Lemmatizer::train(data.iter().map(|&(f, u, l)| (f, u, l, 1)));
        assert_eq!(lem.lemma("jumps", "VERB", false), "jump");
        assert_eq!(lem.lemma("vetted", "VERB", false), "vett");
        assert_eq!(lem.lemma("was", "AUX", false), "be");
        assert_eq!(lem.lemma("Baku", "PROPN", true), "Baku");
    }
}
