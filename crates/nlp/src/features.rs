//! Hashed feature templates for the tagger.
//!
//! Strings are hashed once per token; a feature is the mix of a template id with one or two of
//! those hashes, reduced to a row of the fixed-size weight table. Hashing keeps the model size
//! independent of the vocabulary and needs no feature dictionary at run time.

/// 64-bit FNV-1a over bytes, then a final mix so that low bits are well spread.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// SplitMix64 finaliser.
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn combine(a: u64, b: u64) -> u64 {
    mix(a ^ b.rotate_left(23).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// Ambiguity classes: for each frequent training word (by normalised-form hash), a signature
/// of the tags it took. Gives the greedy tagger a view of the right context's likely tags.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct TagDict {
    /// Sorted word hashes.
    pub keys: Vec<u64>,
    /// Signature per key.
    pub vals: Vec<u64>,
    /// Per key, the range of `cands` holding the only classes the word may take (empty: any
    /// class). Restricting frequent words to the tags they were seen with makes tagging
    /// several times faster and removes absurd guesses.
    pub cand_start: Vec<u32>,
    pub cands: Vec<u8>,
}

/// Words seen at least this often are restricted to the classes seen with them.
const CONSTRAIN_MIN_COUNT: u32 = 100;

const UNKNOWN_CLASS: u64 = 0x6a09_e667_f3bc_c908;

impl TagDict {
    /// (signature, index of the key) of a word hash.
    fn get(&self, word: u64) -> (u64, u32) {
        match self.keys.binary_search(&word) {
            Ok(i) => (self.vals[i], i as u32),
            Err(_) => (UNKNOWN_CLASS, u32::MAX),
        }
    }

    /// The classes token `t` may take; empty means all.
    pub fn candidates(&self, t: &TokenHashes) -> &[u8] {
        let i = t.key as usize;
        if i >= self.keys.len() {
            return &[];
        }
        let start = self.cand_start[i] as usize;
        let end = self
            .cand_start
            .get(i + 1)
            .map_or(self.cands.len(), |&e| e as usize);
        self.cands.get(start..end).unwrap_or(&[])
    }

    /// Builds the dictionary from (word, class id) pairs: words seen at least `min_count`
    /// times; a class belongs to the signature if it covers at least 5% of the word's uses.
    pub fn build<'a>(items: impl Iterator<Item = (&'a str, u16)>, min_count: u32) -> TagDict {
        Self::build_fixing(items, min_count, u32::MAX)
    }

    /// [`TagDict::build`], and words seen at least `fix_min` times always with one class are
    /// kept to that class too.
    pub fn build_fixing<'a>(
        items: impl Iterator<Item = (&'a str, u16)>,
        min_count: u32,
        fix_min: u32,
    ) -> TagDict {
        use std::collections::BTreeMap;
        let mut counts: BTreeMap<u64, BTreeMap<u16, u32>> = BTreeMap::new();
        let mut buf = String::new();
        for (w, c) in items {
            normalise(w, &mut buf);
            *counts
                .entry(hash_bytes(buf.as_bytes()))
                .or_default()
                .entry(c)
                .or_default() += 1;
        }
        let mut d = TagDict::default();
        for (k, cs) in counts {
            let total: u32 = cs.values().sum();
            if total < min_count {
                continue;
            }
            let mut sig: u64 = 0x243f_6a88_85a3_08d3;
            for (&c, &n) in &cs {
                if n * 20 >= total {
                    sig = mix(sig ^ u64::from(c));
                }
            }
            d.keys.push(k);
            d.vals.push(sig);
            d.cand_start.push(d.cands.len() as u32);
            if total >= CONSTRAIN_MIN_COUNT || (total >= fix_min && cs.len() == 1) {
                d.cands.extend(cs.keys().map(|&c| c as u8));
            }
        }
        d
    }
}

/// Per-token hashes computed once per sentence.
#[derive(Clone, Copy)]
pub(crate) struct TokenHashes {
    // The name tagger reads the first five (`ner::features::toks_hashed`).
    pub(crate) lower: u64,
    pub(crate) exact: u64,
    pub(crate) shape: u64,
    pub(crate) suf: [u64; 4],
    pub(crate) pre: [u64; 3],
    flags: u64,
    amb: u64,
    /// Index of the word in the tag dictionary, `u32::MAX` if absent.
    key: u32,
}

const PAD_BEFORE: u64 = 0x51_7cc1_b727_220a;
const PAD_AFTER: u64 = 0x2545_f491_4f6c_dd1d;

impl TokenHashes {
    /// The same token as if its word had never been seen: the word's identity and its
    /// tag-dictionary entry are hidden, its shape and affixes kept.
    pub(crate) fn as_unknown(&self) -> Self {
        TokenHashes {
            lower: 0x3c55_4e4b_3e00,
            exact: 0x3c55_4e4b_3e01,
            amb: UNKNOWN_CLASS,
            key: u32::MAX,
            ..*self
        }
    }

    const fn pad(v: u64) -> Self {
        TokenHashes {
            lower: v,
            exact: v,
            shape: v,
            suf: [v; 4],
            pre: [v; 3],
            flags: v,
            amb: v,
            key: u32::MAX,
        }
    }
}

/// Lower-cases and maps every digit to `0`, so that numbers share statistics.
pub(crate) fn normalise(word: &str, buf: &mut String) {
    buf.clear();
    for c in word.chars() {
        if c.is_ascii_digit() {
            buf.push('0');
        } else if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
}

pub(crate) fn shape(word: &str, buf: &mut String) {
    buf.clear();
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if s == last {
            run += 1;
        } else {
            run = 1;
            last = s;
        }
        if run <= 2 {
            buf.push(s);
        }
    }
}

/// Hashes the strings the templates need for every word of a sentence.
pub(crate) fn sentence_hashes(words: &[&str], dict: &TagDict, out: &mut Vec<TokenHashes>) {
    out.clear();
    let mut norm = String::new();
    let mut shp = String::new();
    for w in words {
        normalise(w, &mut norm);
        shape(w, &mut shp);
        let mut suf = [0u64; 4];
        let mut pre = [0u64; 3];
        // Suffixes and prefixes of 1..=4 / 1..=3 chars (the whole word when shorter).
        let mut starts = norm.char_indices().rev().map(|(i, _)| i);
        for (k, s) in suf.iter_mut().enumerate() {
            let start = starts.next().unwrap_or(0);
            *s = hash_bytes(&norm.as_bytes()[start..]) ^ (k as u64 + 1);
        }
        let mut ends = norm.char_indices().map(|(i, _)| i).skip(1);
        for (k, p) in pre.iter_mut().enumerate() {
            let end = ends.next().unwrap_or(norm.len());
            *p = hash_bytes(&norm.as_bytes()[..end]) ^ ((k as u64 + 1) << 8);
        }
        let first_upper = w.chars().next().is_some_and(char::is_uppercase);
        let all_upper = w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_uppercase);
        let flags = u64::from(first_upper)
            | u64::from(all_upper) << 1
            | u64::from(w.contains('-')) << 2
            | u64::from(w.chars().any(|c| c.is_ascii_digit())) << 3
            | u64::from(w.chars().all(|c| !c.is_alphanumeric())) << 4;
        let lower = hash_bytes(norm.as_bytes());
        let (amb, key) = dict.get(lower);
        out.push(TokenHashes {
            lower,
            amb,
            key,
            exact: hash_bytes(w.as_bytes()),
            shape: hash_bytes(shp.as_bytes()),
            suf,
            pre,
            flags: mix(flags + 77),
        });
    }
}

/// Number of features [`features`] emits per token.
pub(crate) const N_FEATURES: usize = 36;

/// Writes the table rows of token `i`'s features into `out`; `p1`, `p2` are the previous two
/// tag ids (`n_classes` standing for "before the sentence").
pub(crate) fn features(
    toks: &[TokenHashes],
    i: usize,
    p1: u16,
    p2: u16,
    mask: u64,
    out: &mut [u32; N_FEATURES],
) {
    let get = |j: isize| -> TokenHashes {
        if j < 0 {
            TokenHashes::pad(PAD_BEFORE)
        } else if j as usize >= toks.len() {
            TokenHashes::pad(PAD_AFTER)
        } else {
            toks[j as usize]
        }
    };
    let ii = i as isize;
    let (m2, m1, c, n1, n2) = (get(ii - 2), get(ii - 1), get(ii), get(ii + 1), get(ii + 2));
    let t1 = u64::from(p1) + 1000;
    let t2 = u64::from(p2) + 2000;
    let first = u64::from(i == 0);
    let raw: [u64; N_FEATURES] = [
        1,
        c.lower,
        c.exact,
        c.shape,
        c.suf[0],
        c.suf[1],
        c.suf[2],
        c.suf[3],
        c.pre[0],
        c.pre[1],
        c.pre[2],
        c.flags ^ first,
        m1.lower,
        m2.lower,
        n1.lower,
        n2.lower,
        m1.suf[2],
        n1.suf[2],
        n1.shape,
        m1.shape,
        n2.suf[2],
        t1,
        t2,
        combine(t1, t2),
        combine(t1, c.lower),
        combine(m1.lower, c.lower),
        combine(c.lower, n1.lower),
        combine(t1, c.suf[2]),
        combine(c.shape, n1.shape),
        combine(t1, n1.lower),
        c.amb,
        n1.amb,
        n2.amb,
        combine(t1, c.amb),
        combine(c.amb, n1.amb),
        combine(c.lower, n1.amb),
    ];
    for (k, (o, r)) in out.iter_mut().zip(raw.iter()).enumerate() {
        *o = (combine(k as u64 + 1, *r) & mask) as u32;
    }
}

/// Templates of [`features`] that use the previous tags (their indices there).
const DYNAMIC: [usize; N_DYNAMIC] = [21, 22, 23, 24, 27, 29, 33];
/// How many of [`features`]' templates use the previous tags, and how many do not.
pub(crate) const N_DYNAMIC: usize = 7;
pub(crate) const N_STATIC: usize = N_FEATURES - N_DYNAMIC;

/// Indices in [`features`] of the templates that do not use the previous tags, in order.
pub(crate) const STATIC: [usize; N_STATIC] = {
    let mut out = [0usize; N_STATIC];
    let (mut k, mut o) = (0, 0);
    while k < N_FEATURES {
        let mut dynamic = false;
        let mut d = 0;
        while d < N_DYNAMIC {
            dynamic |= DYNAMIC[d] == k;
            d += 1;
        }
        if !dynamic {
            out[o] = k;
            o += 1;
        }
        k += 1;
    }
    out
};

/// The rows of token `i`'s features that do not depend on the previous tags: known for the
/// whole sentence before tagging starts, so their rows can be fetched ahead. Together with
/// [`dynamic_features`] they are exactly the rows of [`features`]; computed here directly
/// (not as [`features`] filtered), since this runs for every scored token.
pub(crate) fn static_features(toks: &[TokenHashes], i: usize, mask: u64, out: &mut [u32]) {
    let get = |j: isize| -> &TokenHashes {
        if j < 0 {
            &PAD_BEFORE_TOKEN
        } else {
            toks.get(j as usize).unwrap_or(&PAD_AFTER_TOKEN)
        }
    };
    let ii = i as isize;
    let (m2, m1, c, n1, n2) = (get(ii - 2), get(ii - 1), get(ii), get(ii + 1), get(ii + 2));
    let first = u64::from(i == 0);
    // The templates of `features` without those in `DYNAMIC`, in the same order.
    let raw: [u64; N_STATIC] = [
        1,
        c.lower,
        c.exact,
        c.shape,
        c.suf[0],
        c.suf[1],
        c.suf[2],
        c.suf[3],
        c.pre[0],
        c.pre[1],
        c.pre[2],
        c.flags ^ first,
        m1.lower,
        m2.lower,
        n1.lower,
        n2.lower,
        m1.suf[2],
        n1.suf[2],
        n1.shape,
        m1.shape,
        n2.suf[2],
        combine(m1.lower, c.lower),
        combine(c.lower, n1.lower),
        combine(c.shape, n1.shape),
        c.amb,
        n1.amb,
        n2.amb,
        combine(c.amb, n1.amb),
        combine(c.lower, n1.amb),
    ];
    for ((o, r), k) in out.iter_mut().zip(raw).zip(STATIC) {
        *o = (combine(k as u64 + 1, r) & mask) as u32;
    }
}

const PAD_BEFORE_TOKEN: TokenHashes = TokenHashes::pad(PAD_BEFORE);
const PAD_AFTER_TOKEN: TokenHashes = TokenHashes::pad(PAD_AFTER);

/// The rows of token `i`'s features that use the previous tags `p1`, `p2`.
pub(crate) fn dynamic_features(
    toks: &[TokenHashes],
    i: usize,
    p1: u16,
    p2: u16,
    mask: u64,
    out: &mut [u32; N_DYNAMIC],
) {
    let c = &toks[i];
    let n1_lower = toks.get(i + 1).map_or(PAD_AFTER, |t| t.lower);
    let t1 = u64::from(p1) + 1000;
    let t2 = u64::from(p2) + 2000;
    let raw = [
        t1,
        t2,
        combine(t1, t2),
        combine(t1, c.lower),
        combine(t1, c.suf[2]),
        combine(t1, n1_lower),
        combine(t1, c.amb),
    ];
    for ((o, r), k) in out.iter_mut().zip(raw).zip(DYNAMIC) {
        *o = (combine(k as u64 + 1, r) & mask) as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cands_of<'a>(d: &'a TagDict, word: &str) -> &'a [u8] {
        let mut h = Vec::new();
        sentence_hashes(&[word], d, &mut h);
        d.candidates(&h[0])
    }

    /// Words seen often with one class take it unscored; words seen with two classes, or
    /// too rarely, stay free unless seen >= 100 times.
    #[test]
    fn frequent_single_class_words_are_fixed_and_others_stay_free() {
        let mut items: Vec<(&str, u16)> = Vec::new();
        items.extend(std::iter::repeat_n(("Kyiv", 3), 12));
        items.extend(std::iter::repeat_n(("rare", 5), 9));
        items.extend(std::iter::repeat_n(("set", 1), 8));
        items.extend(std::iter::repeat_n(("set", 2), 8));
        items.extend(std::iter::repeat_n(("the", 7), 99));
        items.extend(std::iter::repeat_n(("the", 8), 1));
        let fixed = TagDict::build_fixing(items.iter().copied(), 2, 10);
        assert_eq!(cands_of(&fixed, "Kyiv"), [3]);
        assert_eq!(cands_of(&fixed, "kyiv"), [3], "keys are normalised forms");
        assert!(cands_of(&fixed, "rare").is_empty());
        assert!(cands_of(&fixed, "set").is_empty());
        assert_eq!(cands_of(&fixed, "the"), [7, 8]);
        let plain = TagDict::build(items.iter().copied(), 2);
        assert!(cands_of(&plain, "Kyiv").is_empty());
        assert_eq!(cands_of(&plain, "the"), [7, 8]);
        // Fixing changes only the candidates: the signatures the features read are the same.
        assert_eq!((&plain.keys, &plain.vals), (&fixed.keys, &fixed.vals));
    }
}
