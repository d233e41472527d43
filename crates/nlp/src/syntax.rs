//! Questions extraction asks of a parsed sentence: who did what to whom, with what
//! preposition, negated or not, under which modal, reported by whom.
//!
//! Everything works on token indices (0-based positions in [`Sentence::tokens`]) and reads
//! only `head` / `deprel` / `lemma` / `upos`, so it also works on gold trees. Arguments are
//! phrase heads; [`Syntax::subtree`] gives the phrase's token range.
//!
//! ```
//! use newsgraph_nlp::{syntax::Syntax, Pipeline};
//! let doc = Pipeline::default().analyze("The minister did not visit Paris.");
//! let s = &doc.sentences[0];
//! let syn = Syntax::new(s);
//! let p = syn.predicate(4);
//! assert_eq!(s.tokens[p.subjects[0]].text, "minister");
//! assert_eq!(s.tokens[p.objects[0]].text, "Paris");
//! assert!(p.negated);
//! ```

use crate::pipeline::Sentence;
use std::ops::Range;

/// An oblique argument: its head and its preposition (the `case` child), if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Oblique {
    pub head: usize,
    /// Lower-cased preposition(s), space-joined (`"on"`, `"because of"`).
    pub preposition: Option<String>,
    /// The full relation (`obl`, `obl:unmarked` — UD 2.16's successor of `obl:tmod` / `obl:npmod` —, `obl:agent` outside passives; `nmod` for a day or month lifted from an argument).
    pub deprel: String,
}

/// What hangs off a predicate. Lists are in sentence order; coordinated arguments ("Armenia
/// and Azerbaijan") are expanded into each conjunct.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Predicate {
    pub predicate: usize,
    /// `nsubj`, `nsubj:pass`, `csubj` — inherited from the governing verb for `xcomp`
    /// ("plans to visit") and from the first conjunct for conjoined verbs ("arrived and met").
    pub subjects: Vec<usize>,
    /// Passive voice: an `nsubj:pass` / `csubj:pass` subject or an `aux:pass` auxiliary.
    pub passive: bool,
    /// Agents of a passive: `obl:agent`, or an `obl` introduced by "by" in a passive clause.
    pub agents: Vec<usize>,
    /// `obj`.
    pub objects: Vec<usize>,
    /// `iobj`.
    pub indirect_objects: Vec<usize>,
    /// `obl*` other than agents, with their preposition; also a day or month name the parser
    /// attached (`nmod`) to an object, agent or oblique, which dates the event.
    pub obliques: Vec<Oblique>,
    /// Reported content of a speech verb: `ccomp` children and `parataxis` in either
    /// direction ("Talks failed, officials said": `said` is a parataxis of `failed`).
    pub complements: Vec<usize>,
    /// Negated by `not` / `n't` / `never` on the predicate (or on the governing verb).
    pub negated: bool,
    /// The object is negated by the determiner `no` ("signed no agreement").
    pub object_negated: bool,
    /// Lemmas of modal auxiliaries (`will`, `would`, `may`, `could`, ...).
    pub modals: Vec<String>,
    /// Lemmas of verbs this predicate is an `xcomp` of, innermost first ("plans to visit" →
    /// `["plan"]`).
    pub governors: Vec<String>,
}

/// A parsed sentence with child lists, for queries.
pub struct Syntax<'a> {
    sentence: &'a Sentence,
    /// Every token's children, head by head, each head's in sentence order: one vector
    /// for the sentence rather than an allocation per head, as extraction indexes every
    /// sentence it reads.
    children: Vec<usize>,
    /// Where head `i`'s children start in `children`; `n + 1` entries.
    starts: Vec<usize>,
}

/// Days and months (not "March" / "May", common words too): under a noun they almost always
/// date the clause's event instead.
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const NEGATORS: [&str; 4] = ["not", "n't", "never", "no"];
const NON_MODAL_AUX: [&str; 4] = ["be", "have", "do", "get"];

impl<'a> Syntax<'a> {
    /// Indexes the sentence's tree.
    pub fn new(sentence: &'a Sentence) -> Self {
        let n = sentence.tokens.len();
        let head = |t: &crate::pipeline::Token| {
            let h = t.head as usize;
            (h > 0 && h <= n).then(|| h - 1)
        };
        // Counted, then placed: tokens go in in sentence order, so each head's stay so.
        let mut starts = vec![0; n + 1];
        for h in sentence.tokens.iter().filter_map(head) {
            starts[h + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut children = vec![0; starts[n]];
        for (i, t) in sentence.tokens.iter().enumerate() {
            if let Some(h) = head(t) {
                children[next[h]] = i;
                next[h] += 1;
            }
        }
        Syntax {
            sentence,
            children,
            starts,
        }
    }

    fn rel(&self, i: usize) -> &str {
        &self.sentence.tokens[i].deprel
    }

    /// The head of token `i` (None for the root).
    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.sentence.tokens.get(i)?.head as usize;
        (h > 0 && h <= self.sentence.tokens.len()).then(|| h - 1)
    }

    /// Children of `i` in sentence order.
    pub fn children(&self, i: usize) -> &[usize] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.children.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Children of `i` whose relation is `rel` or a subtype of it (`obl` matches `obl:unmarked`).
    pub fn children_with(&self, i: usize, rel: &str) -> Vec<usize> {
        self.children(i)
            .iter()
            .copied()
            .filter(|&c| is_rel(self.rel(c), rel))
            .collect()
    }

    /// The root token (the predicate of the main clause).
    pub fn root(&self) -> Option<usize> {
        self.sentence.tokens.iter().position(|t| t.head == 0)
    }

    /// Token range of the phrase headed by `i` (its subtree; contiguous for projective trees,
    /// otherwise the span from its leftmost to its rightmost descendant).
    pub fn subtree(&self, i: usize) -> Range<usize> {
        let (mut lo, mut hi) = (i, i);
        let mut todo = vec![i];
        let mut seen = 0;
        while let Some(x) = todo.pop() {
            seen += 1;
            if seen > self.sentence.tokens.len() {
                break; // a malformed (cyclic) tree: stop rather than loop
            }
            lo = lo.min(x);
            hi = hi.max(x);
            todo.extend(self.children(x));
        }
        lo..hi + 1
    }

    /// `i` and the words coordinated with it ("Armenia and Azerbaijan" → both), in order.
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() && out.len() <= self.sentence.tokens.len() {
            let x = out[k];
            out.extend((self.children(x).iter()).filter(|&&c| is_rel(self.rel(c), "conj")));
            k += 1;
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Appositions of `i` ("Sergei Lavrov, the foreign minister" → `minister`).
    pub fn appositions(&self, i: usize) -> Vec<usize> {
        self.children_with(i, "appos")
    }

    /// Lower-cased `case` words of `i`, space-joined.
    pub fn preposition(&self, i: usize) -> Option<String> {
        // Written straight into one string: asked of every oblique of every predicate read.
        let mut out: Option<String> = None;
        for &c in self.children(i) {
            if c >= i || !is_rel(self.rel(c), "case") {
                continue;
            }
            let word = &self.sentence.tokens[c].text;
            let joined = match &mut out {
                Some(joined) => {
                    joined.push(' ');
                    joined
                }
                None => out.insert(String::new()),
            };
            if word.is_ascii() {
                joined.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                joined.push_str(&word.to_lowercase());
            }
        }
        out
    }

    /// The [`Syntax::conjuncts`] of every head, in order, each once: gathered into one
    /// vector (four times for every predicate read) instead of a vector for each head.
    fn expand(&self, heads: Vec<usize>) -> Vec<usize> {
        let n = self.sentence.tokens.len();
        let mut out: Vec<usize> = Vec::with_capacity(heads.len());
        for h in heads {
            let from = out.len();
            out.push(h);
            let mut k = from;
            while k < out.len() && out.len() - from <= n {
                let x = out[k];
                out.extend((self.children(x).iter()).filter(|&&c| is_rel(self.rel(c), "conj")));
                k += 1;
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Everything attached to predicate `i` (see [`Predicate`]).
    pub fn predicate(&self, i: usize) -> Predicate {
        let toks = &self.sentence.tokens;
        let mut p = Predicate {
            predicate: i,
            ..Predicate::default()
        };
        if i >= toks.len() {
            return p;
        }
        let mut subj = Vec::new();
        // Lower-cased only where read: an allocation per child was much of this function.
        let lemma = |c: usize| toks[c].lemma.to_lowercase();
        for &c in self.children(i) {
            let rel = self.rel(c);
            match rel {
                "nsubj" | "csubj" => subj.push(c),
                "nsubj:pass" | "csubj:pass" => {
                    subj.push(c);
                    p.passive = true;
                }
                "aux:pass" => p.passive = true,
                "obj" => p.objects.push(c),
                "iobj" => p.indirect_objects.push(c),
                "obl:agent" => p.agents.push(c),
                "ccomp" | "parataxis" => p.complements.push(c),
                "advmod" if NEGATORS.contains(&lemma(c).as_str()) => p.negated = true,
                "aux" => {
                    let lemma = lemma(c);
                    if !NON_MODAL_AUX.contains(&lemma.as_str()) {
                        p.modals.push(lemma);
                    }
                }
                _ if is_rel(rel, "obl") => p.obliques.push(Oblique {
                    head: c,
                    preposition: self.preposition(c),
                    deprel: rel.to_string(),
                }),
                _ => {}
            }
        }
        if self.rel(i) == "parataxis" {
            if let Some(h) = self.head(i) {
                p.complements.insert(0, h);
            }
        }
        // A "by" oblique of a passive verb is its agent even when labelled plain `obl`.
        if p.passive {
            let (by, rest): (Vec<Oblique>, Vec<Oblique>) = p
                .obliques
                .into_iter()
                .partition(|o| o.preposition.as_deref() == Some("by") && o.deprel == "obl");
            p.agents.extend(by.into_iter().map(|o| o.head));
            p.obliques = rest;
            p.agents.sort_unstable();
        }
        // A day or month the parser hung under an argument noun ("killed by a mine on
        // Sunday": `nmod` of "mine") dates the event, not the noun: report it as an oblique.
        let args: Vec<usize> = (p.objects.iter().chain(&p.agents).copied())
            .chain(p.obliques.iter().map(|o| o.head))
            .collect();
        for a in args {
            for &c in self.children(a) {
                let rel = self.rel(c);
                if is_rel(rel, "nmod")
                    && TIME_WORDS.contains(&toks[c].lemma.to_lowercase().as_str())
                {
                    p.obliques.push(Oblique {
                        head: c,
                        preposition: self.preposition(c),
                        deprel: rel.to_string(),
                    });
                }
            }
        }
        p.obliques.sort_by_key(|o| o.head);
        // Borrow the subject from the governing verb (xcomp), the first conjunct, or — for a
        // gerund or participle adverbial clause, whose subject is the main clause's ("since
        // taking office, and was welcomed by ...") — the verb it modifies.
        let mut up = i;
        let mut hops = 0;
        while subj.is_empty() && hops < toks.len() {
            let rel = self.rel(up);
            let Some(h) = self.head(up) else { break };
            let non_finite_advcl =
                rel == "advcl" && matches!(toks[up].xpos.as_str(), "VBG" | "VBN");
            if rel == "xcomp" || non_finite_advcl || (rel == "conj" && is_verbal(&toks[h].upos)) {
                subj = self
                    .children(h)
                    .iter()
                    .copied()
                    .filter(|&c| matches!(self.rel(c), "nsubj" | "nsubj:pass" | "csubj"))
                    .collect();
                up = h;
                hops += 1;
            } else {
                break;
            }
        }
        // Modality and negation of the governing verbs ("will not try to stop") carry over.
        let mut up = i;
        while self.rel(up) == "xcomp" && p.governors.len() < toks.len() {
            let Some(h) = self.head(up) else { break };
            p.governors.push(toks[h].lemma.to_lowercase());
            for &c in self.children(h) {
                match self.rel(c) {
                    "advmod" if NEGATORS.contains(&lemma(c).as_str()) => p.negated = true,
                    "aux" => {
                        let lemma = lemma(c);
                        if !NON_MODAL_AUX.contains(&lemma.as_str()) {
                            p.modals.push(lemma);
                        }
                    }
                    _ => {}
                }
            }
            up = h;
        }
        p.object_negated = p.objects.iter().any(|&o| {
            self.children_with(o, "det")
                .iter()
                .any(|&d| toks[d].text.eq_ignore_ascii_case("no"))
        });
        p.negated |= p.object_negated;
        p.subjects = self.expand(subj);
        p.objects = self.expand(p.objects);
        p.indirect_objects = self.expand(p.indirect_objects);
        p.agents = self.expand(p.agents);
        p
    }
}

fn is_rel(rel: &str, base: &str) -> bool {
    rel == base || rel.strip_prefix(base).is_some_and(|r| r.starts_with(':'))
}

fn is_verbal(upos: &str) -> bool {
    matches!(upos, "VERB" | "AUX" | "ADJ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Token;

    /// A sentence from hand-written (word, lemma, head, deprel) rows.
    pub(crate) fn sent(rows: &[(&str, &str, u32, &str)]) -> Sentence {
        Sentence {
            span_bytes: (0, 0),
            tokens: rows
                .iter()
                .map(|&(w, l, h, d)| Token {
                    text: w.into(),
                    byte_start: 0,
                    byte_end: 0,
                    char_start: 0,
                    char_end: 0,
                    upos: if d == "root" || d == "conj" {
                        "VERB"
                    } else {
                        "NOUN"
                    }
                    .into(),
                    xpos: String::new(),
                    lemma: l.into(),
                    head: h,
                    deprel: d.into(),
                })
                .collect(),
        }
    }

    #[test]
    fn relation_subtypes_match_their_base() {
        assert!(is_rel("obl:tmod", "obl"));
        assert!(is_rel("obl", "obl"));
        assert!(!is_rel("obj", "obl"));
        assert!(!is_rel("oblx", "obl"));
    }

    #[test]
    fn xcomp_predicate_borrows_subject_negation_and_modal() {
        // "Iran will not try to stop talks ."
        let s = sent(&[
            ("Iran", "Iran", 4, "nsubj"),
            ("will", "will", 4, "aux"),
            ("not", "not", 4, "advmod"),
            ("try", "try", 0, "root"),
            ("to", "to", 6, "mark"),
            ("stop", "stop", 4, "xcomp"),
            ("talks", "talk", 6, "obj"),
            (".", ".", 4, "punct"),
        ]);
        let p = Syntax::new(&s).predicate(5);
        assert_eq!(p.subjects, [0]);
        assert_eq!(p.objects, [6]);
        assert!(p.negated);
        assert_eq!(p.modals, ["will"]);
        assert_eq!(p.governors, ["try"]);
    }

    #[test]
    fn cyclic_input_does_not_hang() {
        let s = sent(&[("a", "a", 2, "dep"), ("b", "b", 1, "conj")]);
        let syn = Syntax::new(&s);
        assert_eq!(syn.subtree(0), 0..2);
        assert_eq!(syn.conjuncts(0), [0, 1]);
        let _ = syn.predicate(0);
    }
}
