//! Hashed features of the name tagger, the place and demonym lists, and the Viterbi decoder.

use super::{allowed, N_CLASSES, START};
use crate::features::{hash_bytes, mix, normalise, shape, TokenHashes};

/// Features that do not depend on the previous tag, and those that do.
pub(super) const N_STATIC: usize = 30;
pub(super) const N_DYNAMIC: usize = 4;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Tok {
    lower: u64,
    exact: u64,
    shape: u64,
    suf: [u64; 3],
    pre: [u64; 3],
    /// The word's PTB (XPOS) tag.
    tag: u64,
    flags: u64,
    /// Which place-list roles (single, begin, inside, last) the token plays, as bits.
    gaz: u64,
}

/// Place-name and demonym lists, matched on lower-cased token sequences joined by spaces.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gazetteer {
    /// Sorted, de-duplicated hashes of place names.
    pub(super) places: Vec<u64>,
    /// Sorted, de-duplicated hashes of demonyms (singular and plural).
    pub(super) demonyms: Vec<u64>,
    /// One bit per value of a hash's top [`FILTER_BITS`] bits, set for every place: most
    /// phrases tried are no place, and a clear bit says so with one look-up in 128 KB instead
    /// of a binary search over the whole list (which took 90 % of building the features).
    place_filter: Vec<u64>,
}

const FILTER_BITS: u32 = 20;

fn place_filter(places: &[u64]) -> Vec<u64> {
    let mut f = vec![0u64; (1usize << FILTER_BITS) / 64];
    for &h in places {
        let b = (h >> (64 - FILTER_BITS)) as usize;
        f[b / 64] |= 1 << (b % 64);
    }
    f
}

const MAX_PLACE_TOKENS: usize = 4;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over `bytes` from state `h`: `mix(fnv(FNV_OFFSET, b))` is `hash_bytes(b)`.
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// [`fnv`] over the bytes of `w.to_lowercase()`, without building that string for ASCII.
fn fnv_lower(mut h: u64, w: &str) -> u64 {
    if !w.is_ascii() {
        return fnv(h, w.to_lowercase().as_bytes());
    }
    for &b in w.as_bytes() {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn phrase_hash(words: &[&str]) -> u64 {
    let joined: String = words
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    hash_bytes(joined.as_bytes())
}

impl Gazetteer {
    pub(super) fn from_hashes(places: Vec<u64>, demonyms: Vec<u64>) -> Gazetteer {
        Gazetteer {
            place_filter: place_filter(&places),
            places,
            demonyms,
        }
    }

    fn is_place(&self, h: u64) -> bool {
        let b = (h >> (64 - FILTER_BITS)) as usize;
        let maybe = self
            .place_filter
            .get(b / 64)
            .is_some_and(|w| w & (1 << (b % 64)) != 0);
        maybe && self.places.binary_search(&h).is_ok()
    }

    /// Builds the lists; each name is tokenised as running text would be.
    pub fn new(places: &[String], demonyms: &[String]) -> Gazetteer {
        let hash_all = |names: &[String]| {
            let mut v: Vec<u64> = names
                .iter()
                .filter_map(|n| {
                    let spans = crate::tokenize::tokenize(n);
                    let words: Vec<&str> = spans.iter().map(|r| &n[r.clone()]).collect();
                    (!words.is_empty() && words.len() <= MAX_PLACE_TOKENS)
                        .then(|| phrase_hash(&words))
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        Gazetteer::from_hashes(hash_all(places), hash_all(demonyms))
    }

    fn roles(&self, words: &[&str]) -> Vec<u64> {
        let mut out = vec![0u64; words.len()];
        for j in 0..words.len() {
            // `phrase_hash` of words[j..j + len], extended one word at a time instead of
            // joining a new string for every length (this loop dominated name tagging).
            let mut h = FNV_OFFSET;
            for len in 1..=MAX_PLACE_TOKENS.min(words.len() - j) {
                if len > 1 {
                    h = fnv(h, b" ");
                }
                h = fnv_lower(h, words[j + len - 1]);
                if self.is_place(mix(h)) {
                    if len == 1 {
                        out[j] |= 1;
                    } else {
                        out[j] |= 2;
                        for o in &mut out[j + 1..j + len - 1] {
                            *o |= 4;
                        }
                        out[j + len - 1] |= 8;
                    }
                }
            }
        }
        out
    }

    pub(super) fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.binary_search(&phrase_hash(&[word])).is_ok()
    }
}

pub(super) fn toks(words: &[&str], tags: &[&str], gaz: &Gazetteer) -> Vec<Tok> {
    let roles = gaz.roles(words);
    let (mut norm, mut shp) = (String::new(), String::new());
    let mut chars: Vec<usize> = Vec::new();
    words
        .iter()
        .zip(tags)
        .zip(roles)
        .map(|((w, u), gaz)| {
            normalise(w, &mut norm);
            chars.clear();
            chars.extend(norm.char_indices().map(|(i, _)| i));
            let n = chars.len();
            let suf = [1, 2, 3].map(|k| {
                let st = if k <= n { chars[n - k] } else { 0 };
                hash_bytes(&norm.as_bytes()[st..]) ^ k as u64
            });
            let pre = [1, 2, 3].map(|k| {
                let en = if k < n { chars[k] } else { norm.len() };
                hash_bytes(&norm.as_bytes()[..en]) ^ ((k as u64) << 8)
            });
            let title = w.chars().next().is_some_and(char::is_uppercase);
            let caps = w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_uppercase);
            shape(w, &mut shp);
            Tok {
                lower: hash_bytes(norm.as_bytes()),
                exact: hash_bytes(w.as_bytes()),
                shape: hash_bytes(shp.as_bytes()),
                suf,
                pre,
                tag: hash_bytes(u.as_bytes()),
                flags: u64::from(title) | u64::from(caps) << 1,
                gaz,
            }
        })
        .collect()
}

/// [`toks`] from the hashes the POS tagger already computed for the same words: the
/// tagger hashes each word's normalised form, exact form, shape, 1–4-char suffixes and
/// 1–3-char prefixes exactly as [`toks`] does, so only the tag, case flags and place roles
/// are left to compute.
pub(super) fn toks_hashed(
    words: &[&str],
    tags: &[&str],
    hashes: &[TokenHashes],
    gaz: &Gazetteer,
) -> Vec<Tok> {
    let roles = gaz.roles(words);
    words
        .iter()
        .zip(tags)
        .zip(hashes)
        .zip(roles)
        .map(|(((w, u), h), gaz)| {
            let title = w.chars().next().is_some_and(char::is_uppercase);
            let caps = w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_uppercase);
            Tok {
                lower: h.lower,
                exact: h.exact,
                shape: h.shape,
                suf: [h.suf[0], h.suf[1], h.suf[2]],
                pre: [h.pre[0], h.pre[1], h.pre[2]],
                tag: hash_bytes(u.as_bytes()),
                flags: u64::from(title) | u64::from(caps) << 1,
                gaz,
            }
        })
        .collect()
}

fn combine(a: u64, b: u64) -> u64 {
    mix(a ^ b.rotate_left(19).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

const PAD: u64 = 0x5bd1_e995;

fn at(t: &[Tok], j: isize, f: impl Fn(&Tok) -> u64) -> u64 {
    if j < 0 {
        PAD
    } else {
        t.get(j as usize).map_or(PAD ^ 1, f)
    }
}

pub(super) fn static_features(t: &[Tok], i: usize, mask: u64, out: &mut [u32]) {
    let ii = i as isize;
    let c = &t[i];
    let first = u64::from(i == 0);
    let raw: [u64; N_STATIC] = [
        1,
        c.lower,
        c.exact,
        c.shape,
        c.suf[0],
        c.suf[1],
        c.suf[2],
        c.pre[1],
        c.pre[2],
        c.tag,
        combine(c.tag, c.shape),
        c.flags ^ (first << 4),
        at(t, ii - 1, |x| x.lower),
        at(t, ii + 1, |x| x.lower),
        at(t, ii - 2, |x| x.lower),
        at(t, ii + 2, |x| x.lower),
        at(t, ii - 1, |x| x.tag),
        at(t, ii + 1, |x| x.tag),
        at(t, ii - 1, |x| x.shape),
        at(t, ii + 1, |x| x.shape),
        at(t, ii + 1, |x| x.exact),
        at(t, ii - 1, |x| x.exact),
        combine(c.lower, at(t, ii + 1, |x| x.lower)),
        combine(at(t, ii - 1, |x| x.lower), c.lower),
        combine(c.shape, at(t, ii + 1, |x| x.shape)),
        combine(first, c.lower),
        c.gaz,
        combine(c.gaz, c.flags),
        at(t, ii - 1, |x| x.gaz),
        at(t, ii + 1, |x| x.gaz),
    ];
    for (k, (o, r)) in out.iter_mut().zip(raw.iter()).enumerate() {
        *o = (combine(k as u64 + 77, *r) & mask) as u32;
    }
}

pub(super) fn dynamic_features(t: &[Tok], i: usize, prev: usize, mask: u64, out: &mut [u32]) {
    let c = &t[i];
    let p = prev as u64 + 500;
    let raw = [
        p,
        combine(p, c.shape),
        combine(p, c.lower),
        combine(p, c.tag),
    ];
    for (k, (o, r)) in out.iter_mut().zip(raw.iter()).enumerate() {
        *o = (combine(k as u64 + 1077, *r) & mask) as u32;
    }
}

/// Dynamic rows that depend on the token as well as the previous class: all but the first
/// (the previous class alone, the same row for every token).
const N_WORD_DYNAMIC: usize = N_DYNAMIC - 1;

/// Feature rows per token: the static ones, then the word-dependent dynamic ones for each
/// previous class and for `START`.
const ROWS_PER_TOKEN: usize = N_STATIC + (N_CLASSES + 1) * N_WORD_DYNAMIC;

/// `ALLOWED[last][prev][next]`: [`allowed`] as a table, read 169 times per token.
static ALLOWED: [[[bool; N_CLASSES]; N_CLASSES + 1]; 2] = {
    let mut t = [[[false; N_CLASSES]; N_CLASSES + 1]; 2];
    let mut last = 0;
    while last < 2 {
        let mut p = 0;
        while p <= N_CLASSES {
            let mut c = 0;
            while c < N_CLASSES {
                t[last][p][c] = allowed(p, c, last == 1);
                c += 1;
            }
            p += 1;
        }
        last += 1;
    }
    t
};

/// A weight table as the decoder reads it.
pub(crate) trait NameRows {
    /// Adds row `r`'s classes into `sums`.
    fn add(&self, r: usize, sums: &mut [i32; N_CLASSES]);
    /// Reads one weight of row `r` (to pull it into cache).
    fn touch(&self, r: usize) -> i32;
}

/// A dense row-major table of `N_CLASSES` weights per row (training, tests).
pub(crate) struct DenseRows<'a, T>(pub &'a [T]);

impl<T: Copy + Into<i32>> NameRows for DenseRows<'_, T> {
    fn add(&self, r: usize, sums: &mut [i32; N_CLASSES]) {
        if let Some(row) = self.0.get(r * N_CLASSES..(r + 1) * N_CLASSES) {
            for (s, &w) in sums.iter_mut().zip(row) {
                *s += w.into();
            }
        }
    }
    fn touch(&self, r: usize) -> i32 {
        self.0.get(r * N_CLASSES).map_or(0, |&w| w.into())
    }
}

fn class_scores(feats: &[u32], w: &impl NameRows) -> [i32; N_CLASSES] {
    // Row sums fit in i32 (at most 34 rows of i16); the path sums need i64.
    let mut s = [0i32; N_CLASSES];
    for &f in feats {
        w.add(f as usize, &mut s);
    }
    s
}

/// Viterbi decoding over valid BILOU sequences only.
pub(super) fn decode_viterbi(t: &[Tok], mask: u64, w: &impl NameRows) -> Vec<u16> {
    let n = t.len();
    if n == 0 {
        return Vec::new();
    }
    // Every row the decoder will read is known before it starts (the dynamic features range
    // over all previous classes, not over the best path), so they are all computed first and
    // touched with independent loads: the cache misses overlap instead of queueing, and the
    // scores are the same.
    // The previous class's own row (the first dynamic feature) does not depend on the token:
    // its scores are summed once per sentence, not once per token.
    let mut df = [0u32; N_DYNAMIC];
    let mut trans = [[0i32; N_CLASSES]; N_CLASSES + 1];
    for (p, tr) in trans.iter_mut().enumerate() {
        dynamic_features(t, 0, p, mask, &mut df);
        *tr = class_scores(&df[..1], w);
    }
    let mut rows = vec![0u32; n * ROWS_PER_TOKEN];
    for (i, r) in rows.chunks_mut(ROWS_PER_TOKEN).enumerate() {
        let (sf, dyn_all) = r.split_at_mut(N_STATIC);
        static_features(t, i, mask, sf);
        for (p, out) in dyn_all.chunks_mut(N_WORD_DYNAMIC).enumerate() {
            dynamic_features(t, i, p, mask, &mut df);
            out.copy_from_slice(&df[1..]);
        }
    }
    let mut acc = 0i32;
    for &r in &rows {
        acc = acc.wrapping_add(w.touch(r as usize));
    }
    std::hint::black_box(acc);
    let mut delta = vec![[i64::MIN; N_CLASSES]; n];
    let mut back = vec![[0u8; N_CLASSES]; n];
    for (i, r) in rows.chunks(ROWS_PER_TOKEN).enumerate() {
        let (sf, dyn_all) = r.split_at(N_STATIC);
        let st = class_scores(sf, w);
        let last = i + 1 == n;
        let prevs = if i == 0 {
            START..START + 1
        } else {
            0..N_CLASSES
        };
        for p in prevs {
            if i > 0 && delta[i - 1][p] == i64::MIN {
                continue;
            }
            let base = if i == 0 { 0 } else { delta[i - 1][p] };
            // START's dynamic rows are the last block of the token's rows.
            let pi = p.min(N_CLASSES);
            let dy = class_scores(&dyn_all[pi * N_WORD_DYNAMIC..(pi + 1) * N_WORD_DYNAMIC], w);
            let (ok, tr) = (&ALLOWED[usize::from(last)][p], &trans[pi]);
            for c in 0..N_CLASSES {
                if !ok[c] {
                    continue;
                }
                let v = base + i64::from(st[c] + tr[c] + dy[c]);
                if v > delta[i][c] {
                    delta[i][c] = v;
                    back[i][c] = if p == START { 0 } else { p as u8 };
                }
            }
        }
    }
    best_path(&delta, &back)
}

/// Follows the back pointers from the best final class: the class ids of the best path.
fn best_path(delta: &[[i64; N_CLASSES]], back: &[[u8; N_CLASSES]]) -> Vec<u16> {
    let n = delta.len();
    let mut best = 0;
    for c in 0..N_CLASSES {
        if delta[n - 1][c] > delta[n - 1][best] {
            best = c;
        }
    }
    let mut out = vec![0u16; n];
    for i in (0..n).rev() {
        out[i] = best as u16;
        best = back[i][best] as usize;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_roles_match_multi_word_names_case_blind() {
        let g = Gazetteer::new(&["New York".into(), "York".into(), "São Tomé".into()], &[]);
        assert_eq!(
            mix(fnv(FNV_OFFSET, b"new york")),
            phrase_hash(&["New", "York"])
        );
        let roles = g.roles(&["in", "NEW", "York", "and", "São", "Tomé"]);
        // New York: begin + last; York alone: single; São Tomé: begin + last.
        assert_eq!(roles, vec![0, 2, 8 | 1, 0, 2, 8]);
    }

    /// Plain Viterbi with every row summed per token and previous class: the decoder must
    /// choose exactly what it chooses, ties included.
    fn reference_viterbi(t: &[Tok], mask: u64, w: &impl NameRows) -> Vec<u16> {
        let n = t.len();
        let (mut sf, mut df) = ([0u32; N_STATIC], [0u32; N_DYNAMIC]);
        let mut delta = vec![[i64::MIN; N_CLASSES]; n];
        let mut back = vec![[0u8; N_CLASSES]; n];
        for i in 0..n {
            static_features(t, i, mask, &mut sf);
            let st = class_scores(&sf, w);
            let prevs: Vec<usize> = if i == 0 {
                vec![START]
            } else {
                (0..N_CLASSES).collect()
            };
            for p in prevs {
                if i > 0 && delta[i - 1][p] == i64::MIN {
                    continue;
                }
                let base = if i == 0 { 0 } else { delta[i - 1][p] };
                dynamic_features(t, i, p, mask, &mut df);
                let dy = class_scores(&df, w);
                for c in 0..N_CLASSES {
                    if !allowed(p, c, i + 1 == n) {
                        continue;
                    }
                    let v = base + i64::from(st[c] + dy[c]);
                    if v > delta[i][c] {
                        delta[i][c] = v;
                        back[i][c] = if p == START { 0 } else { p as u8 };
                    }
                }
            }
        }
        best_path(&delta, &back)
    }

    #[test]
    fn decoder_chooses_what_plain_viterbi_chooses() {
        let g = Gazetteer::new(&["Lisbon".into()], &[]);
        let words = [
            "Ana", "Ruiz", "of", "the", "Bank", "of", "Lisbon", "said", "so", ".",
        ];
        let tags = [
            "NNP", "NNP", "IN", "DT", "NNP", "IN", "NNP", "VBD", "RB", ".",
        ];
        let mut state = 3u64;
        let bits = 8;
        for round in 0..300 {
            // Small weights make ties common, so tie-breaking is compared too.
            let weights: Vec<i16> = (0..(1usize << bits) * N_CLASSES)
                .map(|_| {
                    state = mix(state.wrapping_add(0x9e37_79b9_7f4a_7c15));
                    (state % 7) as i16 - 3
                })
                .collect();
            let len = round % words.len() + 1;
            let t = toks(&words[..len], &tags[..len], &g);
            let w = DenseRows(&weights);
            assert_eq!(
                decode_viterbi(&t, (1 << bits) - 1, &w),
                reference_viterbi(&t, (1 << bits) - 1, &w),
                "round {round}"
            );
        }
    }

    /// Features built from the POS tagger's hashes are the features built from the words,
    /// for short, long, digit, non-ASCII, upper-case and hyphenated words alike.
    #[test]
    fn tokens_from_the_tagger_hashes_equal_tokens_hashed_afresh() {
        let g = Gazetteer::new(&["São Tomé".into(), "Addis Ababa".into()], &[]);
        let words = [
            "I",
            "A.",
            "São",
            "Tomé",
            "ÉCOLE",
            "naïve",
            "Qatari-brokered",
            "2,500",
            "x",
            "",
            "Addis",
            "Ababa",
            "COVID-19",
            "'s",
            "Ωmega",
            "straße",
            "U.S.",
            "@user",
            "#tag",
        ];
        let tags = [
            "PRP", "NNP", "NNP", "NNP", "NN", "JJ", "JJ", "CD", "SYM", "NN", "NNP", "NNP", "NNP",
            "POS", "NN", "NN", "NNP", "NN", "NN",
        ];
        let mut hashes = Vec::new();
        crate::features::sentence_hashes(&words, &Default::default(), &mut hashes);
        assert_eq!(
            toks_hashed(&words, &tags, &hashes, &g),
            toks(&words, &tags, &g)
        );
    }
}
