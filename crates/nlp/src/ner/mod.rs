//! Name tagger: PER / ORG / LOC names as BILOU tags from a greedy averaged perceptron whose
//! decoder only ever produces valid tag sequences.
//!
//! Trained on GUM entity mentions (named ones of the commercial-use genres), the Broad Twitter
//! Corpus, WNUT-17 and Wikigold; evaluated on Universal NER EWT dev.

mod features;
mod read;
mod train;

pub use features::Gazetteer;
pub use read::{
    read_gazetteer, read_gazetteer_dir, read_gum_entities, read_ner_conll, read_ner_file,
    standard_ner_sources, NerSentence, TagScheme,
};
pub use train::{
    eval_ner, eval_ner_counts, train_ner, train_ner_files, train_ner_from_corpora, NerCounts,
    NerTrainOptions,
};

use crate::error::{NlpError, Result};
use crate::model::{frame, unframe, write_weights, Checksum, Reader, TaggedSentence, Writer};
use crate::pipeline::Sentence;
use features::{decode_viterbi, toks, toks_hashed, NameRows, Tok};
use std::ops::Range;
use std::path::Path;

const MAGIC: &[u8; 8] = b"NGNERMDL";

/// The kinds of name the tagger finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameKind {
    Person,
    Organization,
    Location,
    /// Nationalities and religious or political groups ("Peruvians", "Danish"); found by
    /// the demonym list stored in the model, not by the perceptron (no training data has it).
    Norp,
}

impl NameKind {
    pub(crate) const ALL: [NameKind; 3] =
        [NameKind::Person, NameKind::Organization, NameKind::Location];

    /// `PER`, `ORG`, `LOC`.
    pub fn label(self) -> &'static str {
        match self {
            NameKind::Person => "PER",
            NameKind::Organization => "ORG",
            NameKind::Location => "LOC",
            NameKind::Norp => "NORP",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// One name found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub kind: NameKind,
    /// Token indices within the sentence, half-open.
    pub tokens: Range<usize>,
    pub byte_start: usize,
    pub byte_end: usize,
    pub char_start: usize,
    pub char_end: usize,
}

// Classes: 0 = O; for kind k: 1 + 4k = B, 2 + 4k = I, 3 + 4k = L, 4 + 4k = U.
pub(crate) const N_CLASSES: usize = 13;
pub(crate) const START: usize = N_CLASSES;

pub(crate) const fn role(c: usize) -> u8 {
    if c == 0 || c >= N_CLASSES {
        b'O'
    } else {
        [b'B', b'I', b'L', b'U'][(c - 1) % 4]
    }
}

pub(crate) const fn kind_of(c: usize) -> usize {
    (c - 1) / 4
}

/// Whether class `next` may follow class `prev` (`START` before the sentence); `last` says
/// `next` ends the sentence.
pub(crate) const fn allowed(prev: usize, next: usize, last: bool) -> bool {
    let inside = matches!(role(prev), b'B' | b'I');
    let ok = match role(next) {
        b'O' | b'B' | b'U' => !inside,
        _ => inside && kind_of(prev) == kind_of(next),
    };
    ok && !(last && matches!(role(next), b'B' | b'I'))
}

/// BILOU classes of spans over `n` tokens.
pub(crate) fn encode(n: usize, spans: &[(Range<usize>, NameKind)]) -> Vec<u16> {
    let mut out = vec![0u16; n];
    for (r, k) in spans.iter().filter(|(_, k)| *k != NameKind::Norp) {
        let base = 1 + 4 * k.index() as u16;
        if r.len() == 1 {
            out[r.start] = base + 3;
        } else if !r.is_empty() {
            out[r.start] = base;
            for o in &mut out[r.start + 1..r.end - 1] {
                *o = base + 1;
            }
            out[r.end - 1] = base + 2;
        }
    }
    out
}

/// Spans of a valid BILOU class sequence.
pub(crate) fn decode(classes: &[u16]) -> Vec<(Range<usize>, NameKind)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in classes.iter().enumerate() {
        let c = c as usize;
        match role(c) {
            b'B' => start = i,
            b'L' => out.push((start..i + 1, NameKind::ALL[kind_of(c)])),
            b'U' => out.push((i..i + 1, NameKind::ALL[kind_of(c)])),
            _ => {}
        }
    }
    out
}

/// Entity-level scores on a dev set.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NerScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// F1 per kind: PER, ORG, LOC.
    pub f1_by_kind: [f64; 3],
    pub gold: u64,
}

/// A trained name tagger.
#[derive(Debug, Clone, PartialEq)]
pub struct NameTagger {
    pub description: String,
    pub scores: NerScores,
    pub(crate) bits: u8,
    pub(crate) weights: NameWeights,
    pub(crate) gazetteer: Gazetteer,
}

/// One weight row of the name tagger: 13 classes padded to 16 and aligned to 32 bytes, so
/// that a row never straddles two cache lines (a 26-byte row did, 40 % of the time) and adds
/// as two vectors.
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(C, align(32))]
pub(crate) struct NameRow([i16; 16]);

/// The name tagger's weight table, one [`NameRow`] per hashed feature.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NameWeights(Vec<NameRow>);

impl NameWeights {
    /// From a dense row-major table of `N_CLASSES` weights per row.
    pub(crate) fn from_dense(dense: &[i16]) -> NameWeights {
        let mut rows = Vec::with_capacity(dense.len() / N_CLASSES);
        crate::model::advise_huge_pages(rows.spare_capacity_mut());
        rows.extend(dense.chunks(N_CLASSES).map(|d| {
            let mut r = [0i16; 16];
            r[..d.len()].copy_from_slice(d);
            NameRow(r)
        }));
        NameWeights(rows)
    }

    /// Reads what `write_weights` wrote, straight into padded rows.
    fn read(r: &mut Reader, rows: usize) -> Result<NameWeights> {
        let mut out = Vec::with_capacity(rows);
        crate::model::advise_huge_pages(out.spare_capacity_mut());
        for _ in 0..rows {
            let mut row = [0i16; 16];
            let nz = r.u8()? as usize;
            for _ in 0..nz {
                let c = r.u8()? as usize;
                let v = r.u16()? as i16;
                match row[..N_CLASSES].get_mut(c) {
                    Some(slot) => *slot = v,
                    None => return Err(r.err(format!("class id {c} out of range"))),
                }
            }
            out.push(NameRow(row));
        }
        Ok(NameWeights(out))
    }

    fn to_dense(&self) -> Vec<i16> {
        self.0
            .iter()
            .flat_map(|r| r.0[..N_CLASSES].iter().copied())
            .collect()
    }
}

impl NameRows for NameWeights {
    #[inline]
    fn add(&self, r: usize, sums: &mut [i32; N_CLASSES]) {
        if let Some(row) = self.0.get(r) {
            for (s, &w) in sums.iter_mut().zip(&row.0) {
                *s += i32::from(w);
            }
        }
    }
    #[inline]
    fn touch(&self, r: usize) -> i32 {
        self.0.get(r).map_or(0, |row| i32::from(row.0[0]))
    }
}

/// The default name model, trained by us and committed under `data/models/`.
pub(crate) static DEFAULT_NER: &[u8] = include_bytes!("../../../../data/models/ner-en.ngm");

impl Default for NameTagger {
    fn default() -> Self {
        // Checked by this crate's tests: a failure here is a build defect, not user input.
        NameTagger::read(
            DEFAULT_NER,
            "embedded data/models/ner-en.ngm",
            Checksum::Embedded,
        )
        .unwrap_or_else(|e| panic!("embedded name model is broken, rebuild newsgraph: {e}"))
    }
}

impl NameTagger {
    /// Names in an analysed sentence (uses its tokens' text and XPOS tags).
    pub fn tag(&self, sentence: &Sentence) -> Vec<Name> {
        let words: Vec<&str> = sentence.tokens.iter().map(|t| t.text.as_str()).collect();
        let tags: Vec<&str> = sentence.tokens.iter().map(|t| t.xpos.as_str()).collect();
        self.tag_words(&words, &tags)
            .into_iter()
            .map(|(r, kind)| {
                let (a, b) = (&sentence.tokens[r.start], &sentence.tokens[r.end - 1]);
                Name {
                    kind,
                    byte_start: a.byte_start,
                    byte_end: b.byte_end,
                    char_start: a.char_start,
                    char_end: b.char_end,
                    tokens: r,
                }
            })
            .collect()
    }

    /// Name spans over pre-tokenised words with their XPOS (PTB) tags.
    pub fn tag_words(&self, words: &[&str], tags: &[&str]) -> Vec<(Range<usize>, NameKind)> {
        self.spans(words, toks(words, tags, &self.gazetteer))
    }

    /// [`NameTagger::tag_words`] on words tagged by [`crate::Model::tag_sentence`] (their XPOS tags),
    /// reusing the word hashes the POS tagger computed: the same names, found faster.
    pub fn tag_tagged(
        &self,
        words: &[&str],
        tagged: &TaggedSentence,
    ) -> Vec<(Range<usize>, NameKind)> {
        let tags: Vec<&str> = tagged.tags.iter().map(|t| t.1).collect();
        let t = toks_hashed(words, &tags, &tagged.hashes, &self.gazetteer);
        self.spans(words, t)
    }

    fn spans(&self, words: &[&str], t: Vec<Tok>) -> Vec<(Range<usize>, NameKind)> {
        let mask = (1u64 << self.bits) - 1;
        let mut names = decode(&decode_viterbi(&t, mask, &self.weights));
        // Demonyms are NORP: as one-word names ("Peruvian" tagged PER at a sentence start) or
        // when capitalised outside the perceptron's names.
        for (r, k) in &mut names {
            if r.len() == 1 && self.gazetteer.is_demonym(words[r.start]) {
                *k = NameKind::Norp;
            }
        }
        let mut taken = vec![false; words.len()];
        for (r, _) in &names {
            taken[r.clone()].iter_mut().for_each(|x| *x = true);
        }
        for (i, w) in words.iter().enumerate() {
            if !taken[i]
                && w.chars().next().is_some_and(char::is_uppercase)
                && self.gazetteer.is_demonym(w)
            {
                names.push((i..i + 1, NameKind::Norp));
            }
        }
        names.sort_by_key(|(r, _)| r.start);
        names
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.str(&self.description);
        let s = &self.scores;
        for v in [s.precision, s.recall, s.f1] {
            w.f64(v);
        }
        for v in s.f1_by_kind {
            w.f64(v);
        }
        w.u64(s.gold);
        w.u8(self.bits);
        for list in [&self.gazetteer.places, &self.gazetteer.demonyms] {
            w.u32(list.len() as u32);
            for &h in list {
                w.u64(h);
            }
        }
        write_weights(&mut w, &self.weights.to_dense(), N_CLASSES);
        frame(MAGIC, &w.0)
    }

    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<NameTagger> {
        NameTagger::read(bytes, origin, Checksum::Verify)
    }

    pub(crate) fn read(bytes: &[u8], origin: &str, checksum: Checksum) -> Result<NameTagger> {
        let mut r = unframe(bytes, MAGIC, "name", origin, checksum)?;
        let description = r.str()?;
        let mut scores = NerScores {
            precision: r.f64()?,
            recall: r.f64()?,
            f1: r.f64()?,
            ..NerScores::default()
        };
        for v in &mut scores.f1_by_kind {
            *v = r.f64()?;
        }
        scores.gold = r.u64()?;
        let bits = r.u8()?;
        if !(8..=24).contains(&bits) {
            return Err(r.err(format!("weight table of 2^{bits} rows is out of range")));
        }
        let mut lists = [Vec::new(), Vec::new()];
        for list in &mut lists {
            let n = r.u32()? as usize;
            for _ in 0..n {
                let h = r.u64()?;
                if list.last().is_some_and(|&l| l >= h) {
                    return Err(r.err("name list hashes are not sorted".into()));
                }
                list.push(h);
            }
        }
        let [places, demonyms] = lists;
        let weights = NameWeights::read(&mut r, 1usize << bits)?;
        r.finish()?;
        Ok(NameTagger {
            description,
            scores,
            bits,
            weights,
            gazetteer: Gazetteer::from_hashes(places, demonyms),
        })
    }

    pub fn load(path: &Path) -> Result<NameTagger> {
        let bytes = std::fs::read(path).map_err(|e| NlpError::io(path, e))?;
        NameTagger::from_bytes(&bytes, &path.display().to_string())
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        std::fs::write(path, self.to_bytes()).map_err(|e| NlpError::io(path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use features::DenseRows;

    #[test]
    fn names_from_the_tagger_hashes_are_the_names_from_the_words() {
        let (p, names) = (Pipeline::default(), NameTagger::default());
        let mut found = 0;
        for text in [
            "Angela Merkel met officials of the World Health Organization in Geneva on Monday.",
            "The Danish minister flew from São Tomé to Addis Ababa, Reuters said.",
            "JOHN SMITH of ACME Corp. told the U.N. that 2,500 Peruvians had left Lima.",
        ] {
            let words: Vec<&str> = text.split_whitespace().collect();
            let tagged = p.model().tag_sentence(&words);
            let xpos: Vec<&str> = tagged.tags.iter().map(|t| t.1).collect();
            let fast = names.tag_tagged(&words, &tagged);
            assert_eq!(fast, names.tag_words(&words, &xpos), "{text}");
            found += fast.len();
        }
        assert!(found >= 6, "only {found} names");
    }

    #[test]
    fn bilou_round_trips_and_transitions_are_checked() {
        let spans = vec![(0..2, NameKind::Person), (3..4, NameKind::Location)];
        let c = encode(5, &spans);
        assert_eq!(decode(&c), spans);
        let b_per = 1;
        let l_org = 3 + 4;
        assert!(!allowed(b_per, l_org, false));
        assert!(!allowed(START, 2, false));
        assert!(!allowed(0, b_per, true));
        assert!(allowed(b_per, 3, true));
    }

    /// Whatever the weights say, Viterbi only returns sequences the BILOU rules allow, so
    /// every name is closed and has one kind. Random weights are the adversary here.
    #[test]
    fn decoding_never_yields_an_invalid_sequence() {
        let gazetteer = Gazetteer::new(&["Lisbon".to_string()], &["Danish".to_string()]);
        let words = [
            "Lisbon", "the", "Danish", "Bank", "of", "X", ",", "said", "Ana", "Ruiz",
        ];
        let tags = [
            "NNP", "DT", "JJ", "NNP", "IN", "NNP", ",", "VBD", "NNP", "NNP",
        ];
        let mut state = 7u64;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            state >> 33
        };
        let bits = 8;
        for round in 0..200 {
            let weights: Vec<i16> = (0..(1usize << bits) * N_CLASSES)
                .map(|_| (next() % 2001) as i16 - 1000)
                .collect();
            let len = round % words.len() + 1;
            let t = toks(&words[..len], &tags[..len], &gazetteer);
            let classes = decode_viterbi(&t, (1 << bits) - 1, &DenseRows(&weights));
            assert_eq!(classes.len(), len);
            let mut prev = START;
            for (i, &c) in classes.iter().enumerate() {
                assert!(
                    allowed(prev, c as usize, i + 1 == len),
                    "invalid {prev} -> {c} at {i} in {classes:?}"
                );
                prev = c as usize;
            }
            let spans = decode(&classes);
            assert!(spans.windows(2).all(|w| w[0].0.end <= w[1].0.start));
            assert!(spans.iter().all(|(r, _)| !r.is_empty() && r.end <= len));
        }
    }
}
