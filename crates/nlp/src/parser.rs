//! Labelled dependency parser: arc-hybrid transitions, greedy decoding, averaged perceptron.
//!
//! Two small classifiers share the hashed-feature machinery of the tagger. The first picks
//! one of three transitions (SHIFT, LEFT, RIGHT) and builds the unlabelled tree; it is trained
//! with the dynamic oracle of Goldberg & Nivre (2013), following its own (possibly wrong)
//! predictions after the first epoch, so it learns to recover from its mistakes. The second
//! labels every arc of the finished tree, so it can look at the whole tree (a `by` child of the
//! dependent, an `was` sibling) — which is what separates `obl:agent` from `obl` and
//! `nsubj:pass` from `nsubj`. Splitting the two keeps each step a 3-way or one-label choice,
//! which is what makes parsing fast.
//!
//! The transition system guarantees a well-formed tree: one word attaches to the root (RIGHT
//! from the root is allowed only once the buffer is empty), every word gets a head, and arcs
//! are only made to words still on the stack or buffer, so there are no cycles.

use crate::conllu::Sentence;
use crate::error::{NlpError, Result};
use crate::features::{hash_bytes, mix, normalise};
use crate::model::{frame, read_weights, unframe_with, write_weights, Checksum, Reader, Writer};
use std::path::Path;

const MAGIC: &[u8; 8] = b"NGPARMDL";
const N_ACTIONS: usize = 3;
const SHIFT: usize = 0;
const LEFT: usize = 1;
const RIGHT: usize = 2;
const NONE: u32 = u32::MAX;

/// Attachment scores (fractions in 0..=1).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ParseScores {
    pub uas: f64,
    pub las: f64,
    /// The same scores over words whose gold UPOS is not `PUNCT`.
    pub uas_no_punct: f64,
    pub las_no_punct: f64,
    /// Words scored (all of them).
    pub words: u64,
}

/// A trained parser with its provenance.
#[derive(Debug, Clone, PartialEq)]
pub struct ParserModel {
    /// What data the parser saw and how it was trained.
    pub description: String,
    /// Dev scores recorded at training time.
    pub scores: ParseScores,
    pub(crate) bits: u8,
    /// `[row][action]`.
    pub(crate) weights: Vec<i16>,
    pub(crate) label_bits: u8,
    /// Relation names, sorted.
    pub(crate) labels: Vec<String>,
    /// `[row][label]`.
    pub(crate) label_weights: Vec<i16>,
    /// Parser states kept per step while decoding (1: greedy).
    pub(crate) beam: u8,
}

/// One input word for the parser: form, UPOS, XPOS.
pub type ParseInput<'a> = (&'a str, &'a str, &'a str);

/// Per-word hashes the feature templates use.
#[derive(Clone, Copy)]
pub(crate) struct WordHash {
    w: u64,
    t: u64,
    u: u64,
    /// Punctuation words up to and including this one: a comma between two words weakens
    /// the case for an arc between them.
    punct: u32,
}

const PAD: WordHash = WordHash {
    w: 0x7a11_0001,
    t: 0x7a11_0002,
    u: 0x7a11_0003,
    punct: 0,
};
const ROOT: WordHash = WordHash {
    w: 0x6007_0001,
    t: 0x6007_0002,
    u: 0x6007_0003,
    punct: 0,
};

/// Index 0 is the root; word `i` (1-based) is at index `i`.
pub(crate) fn hash_words(words: &[ParseInput]) -> Vec<WordHash> {
    let mut out = Vec::with_capacity(words.len() + 1);
    out.push(ROOT);
    let mut buf = String::new();
    let mut punct = 0;
    for (form, upos, xpos) in words {
        punct += u32::from(*upos == "PUNCT");
        normalise(form, &mut buf);
        let u = hash_bytes(upos.as_bytes());
        out.push(WordHash {
            w: hash_bytes(buf.as_bytes()),
            t: mix(u ^ hash_bytes(xpos.as_bytes()).rotate_left(17)),
            u,
            punct,
        });
    }
    out
}

fn c2(a: u64, b: u64) -> u64 {
    mix(a ^ b.rotate_left(23).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

fn c3(a: u64, b: u64, c: u64) -> u64 {
    c2(c2(a, b), c)
}

fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// Parser configuration. Word indices are 0 (root) ..= n.
#[derive(Clone)]
struct State {
    n: usize,
    stack: Vec<u32>,
    /// Front of the buffer (n + 1 when empty).
    b: usize,
    heads: Vec<u32>,
    /// Leftmost / rightmost child and child counts per word.
    lc: Vec<u32>,
    rc: Vec<u32>,
    /// Second leftmost / rightmost child.
    lc2: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
}

impl State {
    /// `self = o.clone()` reusing this state's buffers (derived `clone_from` reallocates).
    fn copy_from(&mut self, o: &State) {
        self.n = o.n;
        self.b = o.b;
        self.stack.clone_from(&o.stack);
        self.heads.clone_from(&o.heads);
        self.lc.clone_from(&o.lc);
        self.rc.clone_from(&o.rc);
        self.lc2.clone_from(&o.lc2);
        self.rc2.clone_from(&o.rc2);
        self.nl.clone_from(&o.nl);
        self.nr.clone_from(&o.nr);
    }

    fn new(n: usize) -> Self {
        let mut stack = Vec::with_capacity(n + 1);
        stack.push(0);
        State {
            n,
            stack,
            b: 1,
            heads: vec![NONE; n + 1],
            lc: vec![NONE; n + 1],
            rc: vec![NONE; n + 1],
            lc2: vec![NONE; n + 1],
            rc2: vec![NONE; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
        }
    }

    fn done(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn s(&self, k: usize) -> u32 {
        let l = self.stack.len();
        if k < l {
            self.stack[l - 1 - k]
        } else {
            NONE
        }
    }

    fn buf(&self, k: usize) -> u32 {
        let i = self.b + k;
        if i <= self.n {
            i as u32
        } else {
            NONE
        }
    }

    fn valid(&self, a: usize) -> bool {
        let l = self.stack.len();
        let buffer = self.b <= self.n;
        match a {
            SHIFT => buffer,
            LEFT => l >= 2 && buffer,
            // Only one word may hang from the root: RIGHT from it waits for an empty buffer.
            _ => l >= 3 || (l == 2 && !buffer),
        }
    }

    fn attach(&mut self, h: u32, d: u32) {
        self.heads[d as usize] = h;
        let hu = h as usize;
        if d < h {
            self.nl[hu] = self.nl[hu].saturating_add(1);
            if self.lc[hu] == NONE || d < self.lc[hu] {
                self.lc2[hu] = self.lc[hu];
                self.lc[hu] = d;
            } else if self.lc2[hu] == NONE || d < self.lc2[hu] {
                self.lc2[hu] = d;
            }
        } else {
            self.nr[hu] = self.nr[hu].saturating_add(1);
            if self.rc[hu] == NONE || d > self.rc[hu] {
                self.rc2[hu] = self.rc[hu];
                self.rc[hu] = d;
            } else if self.rc2[hu] == NONE || d > self.rc2[hu] {
                self.rc2[hu] = d;
            }
        }
    }

    fn apply(&mut self, a: usize) {
        match a {
            SHIFT => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            LEFT => {
                let s0 = self.stack.pop().unwrap_or(0);
                self.attach(self.b as u32, s0);
            }
            _ => {
                let s0 = self.stack.pop().unwrap_or(0);
                let s1 = *self.stack.last().unwrap_or(&0);
                self.attach(s1, s0);
            }
        }
    }

    /// Dynamic-oracle cost: gold arcs the action makes unreachable (exact for projective
    /// gold trees; arc-hybrid words on the stack and buffer are all still headless).
    fn cost(&self, a: usize, gold: &[u32]) -> u32 {
        let l = self.stack.len();
        let in_buffer = |from: usize, x: u32| (x as usize) >= from && (x as usize) <= self.n;
        match a {
            SHIFT => {
                let b0 = self.b as u32;
                let g = gold[self.b];
                let mut c = u32::from(self.stack[..l - 1].contains(&g));
                c += self
                    .stack
                    .iter()
                    .filter(|&&k| gold[k as usize] == b0)
                    .count() as u32;
                c
            }
            LEFT | RIGHT => {
                let s0 = self.stack[l - 1];
                let g = gold[s0 as usize];
                let mut c = if a == LEFT {
                    u32::from(g == self.stack[l - 2] || in_buffer(self.b + 1, g))
                } else {
                    u32::from(in_buffer(self.b, g))
                };
                c += (self.b..=self.n).filter(|&k| gold[k] == s0).count() as u32;
                c
            }
            _ => u32::MAX,
        }
    }
}

/// Number of transition features.
const N_FEATS: usize = 72 + N_EXTRA;
const N_EXTRA: usize = 28;

fn transition_features(st: &State, h: &[WordHash], mask: u64, out: &mut [u32; N_FEATS]) {
    let raw = transition_raw(st, h);
    for (k, (o, r)) in out.iter_mut().zip(raw.iter()).enumerate() {
        *o = (c2(k as u64 + 1, *r) & mask) as u32;
    }
}

/// Templates that read only the buffer front (b0..b3 without children), only s0's, s1's or
/// s2's word: they are the same for every state with that buffer position or word there, so
/// decoding sums their rows once per sentence ([`StaticScores`]) instead of at every step.
const BUF_TEMPLATES: [usize; 15] = [0, 4, 5, 6, 7, 8, 9, 10, 20, 21, 58, 59, 60, 84, 85];
const S0_TEMPLATES: [usize; 3] = [1, 2, 3];
const S1_TEMPLATES: [usize; 3] = [11, 12, 13];
const S2_TEMPLATES: [usize; 3] = [14, 82, 83];
const N_DYN: usize = N_FEATS - 24;

/// The other templates, in order.
const DYN_TEMPLATES: [usize; N_DYN] = {
    let mut out = [0usize; N_DYN];
    let (mut k, mut j) = (0, 0);
    while k < N_FEATS {
        let mut fixed = false;
        let mut i = 0;
        while i < 15 {
            fixed |= BUF_TEMPLATES[i] == k;
            i += 1;
        }
        i = 0;
        while i < 3 {
            fixed |= S0_TEMPLATES[i] == k || S1_TEMPLATES[i] == k || S2_TEMPLATES[i] == k;
            i += 1;
        }
        if !fixed {
            out[j] = k;
            j += 1;
        }
        k += 1;
    }
    out
};

/// Feature rows of the templates in [`DYN_TEMPLATES`].
#[inline(always)]
fn dynamic_features(st: &State, h: &[WordHash], mask: u64, out: &mut [u32; N_DYN]) {
    let raw = transition_raw(st, h);
    for (o, &k) in out.iter_mut().zip(DYN_TEMPLATES.iter()) {
        *o = (c2(k as u64 + 1, raw[k]) & mask) as u32;
    }
}

/// Per sentence: the summed action scores of the buffer-only templates for every buffer
/// position, and of the s0 / s1 / s2 word templates for every word (slot n + 1: no word).
struct StaticScores {
    buf: Vec<[i32; N_ACTIONS]>,
    stack: [Vec<[i32; N_ACTIONS]>; 3],
}

impl StaticScores {
    fn new(h: &[WordHash], weights: &[i16], mask: u64) -> Self {
        let n = h.len() - 1;
        #[inline(always)]
        fn sum<const M: usize>(
            templates: &[usize; M],
            raws: [u64; M],
            weights: &[i16],
            mask: u64,
        ) -> [i32; N_ACTIONS] {
            let mut s = [0i32; N_ACTIONS];
            for (&k, r) in templates.iter().zip(raws) {
                let f = (c2(k as u64 + 1, r) & mask) as usize;
                for (x, &w) in s.iter_mut().zip(&weights[f * N_ACTIONS..f * N_ACTIONS + 3]) {
                    *x += i32::from(w);
                }
            }
            s
        }
        let word = |i: usize| if i <= n { h[i] } else { PAD };
        // Position 0 (the root) is never in the buffer; it is kept so positions index directly.
        let mut buf = Vec::with_capacity(n + 2);
        for p in 0..=n + 1 {
            let (b0, b1, b2, b3) = if p == 0 || p > n {
                (PAD, PAD, PAD, PAD)
            } else {
                (word(p), word(p + 1), word(p + 2), word(p + 3))
            };
            let b0wt = c2(b0.w, b0.t);
            let raws = [
                1,
                b0.w,
                b0.t,
                b0wt,
                b1.w,
                b1.t,
                c2(b1.w, b1.t),
                b2.t,
                c2(b0.t, b1.t),
                c3(b0.t, b1.t, b2.t),
                c2(b0.w, b1.w),
                c2(b0.w, b1.t),
                c2(b0.t, b1.w),
                b2.w,
                c3(b1.t, b2.t, b3.t),
            ];
            buf.push(sum(&BUF_TEMPLATES, raws, weights, mask));
        }
        let mut stack = [
            Vec::with_capacity(n + 2),
            Vec::with_capacity(n + 2),
            Vec::with_capacity(n + 2),
        ];
        for w in 0..=n + 1 {
            let x = word(w);
            let xwt = c2(x.w, x.t);
            stack[0].push(sum(&S0_TEMPLATES, [x.w, x.t, xwt], weights, mask));
            stack[1].push(sum(&S1_TEMPLATES, [x.w, x.t, xwt], weights, mask));
            stack[2].push(sum(&S2_TEMPLATES, [x.t, x.w, xwt], weights, mask));
        }
        StaticScores { buf, stack }
    }

    /// The summed scores of all static templates for a state.
    #[inline(always)]
    fn of(&self, st: &State) -> [i32; N_ACTIONS] {
        let slot = |i: u32| if i == NONE { st.n + 1 } else { i as usize };
        let mut s = self.buf[st.b.min(st.n + 1)];
        for (r, part) in self.stack.iter().enumerate() {
            let p = part[slot(st.s(r))];
            for (x, y) in s.iter_mut().zip(p) {
                *x += y;
            }
        }
        s
    }
}

#[inline(always)]
fn transition_raw(st: &State, h: &[WordHash]) -> [u64; N_FEATS] {
    let get = |i: u32| if i == NONE { PAD } else { h[i as usize] };
    let (s0i, s1i, b0i) = (st.s(0), st.s(1), st.buf(0));
    let (s0, s1, s2) = (get(s0i), get(s1i), get(st.s(2)));
    let (b0, b1, b2) = (get(b0i), get(st.buf(1)), get(st.buf(2)));
    let child = |i: u32, left: bool| {
        if i == NONE {
            PAD
        } else if left {
            get(st.lc[i as usize])
        } else {
            get(st.rc[i as usize])
        }
    };
    let child2 = |i: u32, left: bool| {
        if i == NONE {
            PAD
        } else if left {
            get(st.lc2[i as usize])
        } else {
            get(st.rc2[i as usize])
        }
    };
    let (s0l2, s0r2, b0l2) = (child2(s0i, true), child2(s0i, false), child2(b0i, true));
    let (s0l, s0r, s1l, s1r, b0l) = (
        child(s0i, true),
        child(s0i, false),
        child(s1i, true),
        child(s1i, false),
        child(b0i, true),
    );
    let d = if s0i != NONE && b0i != NONE {
        dist_bucket(b0i as usize - s0i as usize)
    } else {
        9
    } + 0x100;
    let d01 = if s0i != NONE && s1i != NONE {
        dist_bucket((s0i - s1i) as usize)
    } else {
        9
    } + 0x200;
    let val = |i: u32, left: bool| {
        if i == NONE {
            0x300
        } else if left {
            0x310 + u64::from(st.nl[i as usize].min(4))
        } else {
            0x320 + u64::from(st.nr[i as usize].min(4))
        }
    };
    let (s0vl, s0vr, b0vl) = (val(s0i, true), val(s0i, false), val(b0i, true));
    let s1vr = val(s1i, false);
    let s1vl = val(s1i, true);
    let (s1l2, s1r2) = (child2(s1i, true), child2(s1i, false));
    // Words next to s0 and b0 inside the gap between them (the same word when adjacent).
    let (s0n, b0p) = if s0i != NONE && b0i != NONE && s0i >= 1 && b0i > s0i + 1 {
        (get(s0i + 1), get(b0i - 1))
    } else {
        (PAD, PAD)
    };
    let s0prev = if s0i != NONE && s0i >= 1 {
        get(s0i - 1)
    } else {
        PAD
    };
    let b3 = get(st.buf(3));
    let between = |a: u32, b: u32| {
        if a == NONE || b == NONE || b <= a {
            0x700
        } else {
            0x701 + u64::from((h[b as usize - 1].punct - h[a as usize].punct).min(3))
        }
    };
    let (p01, p0b) = (between(s1i, s0i), between(s0i, b0i));
    let s0wt = c2(s0.w, s0.t);
    let b0wt = c2(b0.w, b0.t);
    let raw: [u64; N_FEATS] = [
        1,
        s0.w,
        s0.t,
        s0wt,
        b0.w,
        b0.t,
        b0wt,
        b1.w,
        b1.t,
        c2(b1.w, b1.t),
        b2.t,
        s1.w,
        s1.t,
        c2(s1.w, s1.t),
        s2.t,
        c2(s0.w, b0.w),
        c2(s0.t, b0.t),
        c2(s0wt, b0.t),
        c2(s0.t, b0wt),
        c2(s0wt, b0wt),
        c2(b0.t, b1.t),
        c3(b0.t, b1.t, b2.t),
        c3(s0.t, b0.t, b1.t),
        c3(s1.t, s0.t, b0.t),
        c3(s2.t, s1.t, s0.t),
        c2(s1.t, s0.t),
        c2(s1.w, s0.w),
        c2(s1.t, s0.w),
        c2(s1.w, s0.t),
        c3(s0.t, s0l.t, b0.t),
        c3(s0.t, s0r.t, b0.t),
        c3(s1.t, s0.t, s0l.t),
        c3(s1.t, s0.t, s0r.t),
        c3(s0.t, b0.t, b0l.t),
        c3(s1.t, s1r.t, s0.t),
        c3(s1.t, s1l.t, s0.t),
        s0l.w,
        s0l.t,
        s0r.w,
        s0r.t,
        b0l.w,
        b0l.t,
        c2(s0.w, d),
        c2(s0.t, d),
        c2(b0.w, d),
        c3(s0.t, b0.t, d),
        c3(s1.t, s0.t, d01),
        c2(s0wt, s0vr),
        c2(s0wt, s0vl),
        c2(b0wt, b0vl),
        c3(s0.u, b0.u, b1.u),
        c3(s1.u, s0.u, b0.u),
        s0l2.t,
        s0r2.t,
        b0l2.t,
        c3(s0.t, s0l.t, s0l2.t),
        c3(s0.t, s0r.t, s0r2.t),
        c3(b0.t, b0l.t, b0l2.t),
        c2(b0.w, b1.w),
        c2(b0.w, b1.t),
        c2(b0.t, b1.w),
        c3(s0.w, b0.t, b1.t),
        c2(s0.w, s0l.t),
        c2(s0.w, s0r.t),
        c2(b0.w, b0l.t),
        c2(s1.t, s1vr),
        s1r.w,
        c3(s1.w, s0.t, b0.t),
        c3(s0.t, b0.t, p0b),
        c3(s1.t, s0.t, p01),
        c2(b0.w, p0b),
        c3(s0.t, b0.t, b0l.w),
        // Zhang & Nivre (2011)-style additions.
        c3(s0.w, b0.w, d),
        c3(s0.w, b0.t, d),
        c3(s0.t, b0.w, d),
        c2(s0.t, s0vl),
        c2(s0.t, s0vr),
        c2(b0.t, b0vl),
        c3(s1.t, s1vl, s1vr),
        s1l.w,
        c3(s1.t, s1l.t, s1l2.t),
        c3(s1.t, s1r.t, s1r2.t),
        s2.w,
        c2(s2.w, s2.t),
        b2.w,
        c3(b1.t, b2.t, b3.t),
        c3(s0.t, s0n.t, b0.t),
        c3(s0.t, b0p.t, b0.t),
        c3(s0prev.t, s0.t, b0.t),
        c3(s0.t, c2(s0l.t, s0r.t), b0.t),
        c3(s1.t, s0.t, c2(b0.t, b1.t)),
        c3(s0.w, s0l.t, s0r.t),
        c3(s0r.t, s0.t, c2(b0.t, d)),
        c3(b0.w, b0l.t, b0l2.t),
        // Prepositional attachment: candidate heads s0 / s1 against b0's case marker and b0.
        c3(s0.w, b0l.w, b0.w),
        c3(s1.w, b0l.w, b0.w),
        c3(s0.t, b0l.w, b0.w),
        c3(s1.t, s0.t, c2(b0l.w, b0.t)),
        c3(s1.t, s0.t, c2(b0l.w, b0.w)),
        c3(s1.t, s0.t, b0.w),
    ];
    raw
}

/// A complete tree over hashed words, for the labeller.
struct Tree<'a> {
    h: &'a [WordHash],
    heads: &'a [u32],
    /// Children of each word, sorted.
    children: &'a [Vec<u32>],
}

/// Label features of arc `hd -> d` in a complete tree.
fn label_features(tree: &Tree, hd: u32, d: u32, head_label: u64, mask: u64, out: &mut Vec<u32>) {
    let (h, heads, children) = (tree.h, tree.heads, tree.children);
    out.clear();
    let n = heads.len() - 1;
    let get = |i: i64| {
        if i < 1 || i as usize > n {
            PAD
        } else {
            h[i as usize]
        }
    };
    let (di, hi) = (d as usize, hd as usize);
    let dw = h[di];
    let hw = h[hi];
    let dir: u64 = if hd == 0 {
        0x400
    } else if hi < di {
        0x401
    } else {
        0x402
    };
    let dist = dist_bucket(di.abs_diff(hi)) + 0x500;
    let hh = if hd == 0 { PAD } else { h[heads[hi] as usize] };
    let prev = get(di as i64 - 1);
    let next = get(di as i64 + 1);
    let dch = &children[di];
    let (lcw, rcw) = (
        dch.first().map_or(PAD, |&c| h[c as usize]),
        dch.last().map_or(PAD, |&c| h[c as usize]),
    );
    let fixed: [u64; 29] = [
        1,
        dw.w,
        dw.t,
        c2(dw.w, dw.t),
        hw.w,
        hw.t,
        c2(hw.w, hw.t),
        c2(dir, dist),
        c3(hw.t, dw.t, dir),
        c3(hw.w, dw.t, dir),
        c3(dw.w, hw.t, dir),
        c3(hw.w, dw.w, dir),
        c2(dw.t, dir),
        c3(dw.t, dir, dist),
        lcw.w,
        lcw.t,
        rcw.w,
        rcw.t,
        c2(lcw.w, dw.t),
        c3(hh.t, hw.t, dw.t),
        c2(prev.t, dw.t),
        c2(dw.t, next.t),
        c3(prev.w, dw.t, dir),
        c2(dch.len().min(5) as u64 + 0x600, dw.t),
        c3(hw.t, dw.t, c2(lcw.w, dir)),
        c2(dw.u, c2(hw.u, dir)),
        c2(head_label, dw.t),
        c3(head_label, dir, dw.t),
        c3(head_label, hw.t, dw.w),
    ];
    for (k, r) in fixed.iter().enumerate() {
        out.push((c2(k as u64 + 1, *r) & mask) as u32);
    }
    // Children of the dependent (case markers, auxiliaries) and its siblings (a passive `was`,
    // another subject), each with its side of the dependent.
    for &c in dch.iter().take(8) {
        let side = u64::from(c < d);
        out.push((c2(101, c3(h[c as usize].w, side, dw.t)) & mask) as u32);
        out.push((c2(102, c3(h[c as usize].t, side, dw.t)) & mask) as u32);
    }
    for &s in children[hi].iter().filter(|&&s| s != d).take(10) {
        let side = u64::from(s < d);
        out.push((c2(103, c3(h[s as usize].w, side, dir)) & mask) as u32);
        out.push((c2(104, c3(h[s as usize].t, side, c2(dw.t, dir))) & mask) as u32);
    }
}

/// Feature key of a head's relation (`None` / unknown: the head is the root or unlabelled).
fn head_label_key(l: Option<usize>) -> u64 {
    match l {
        Some(l) if l != usize::MAX => 0x900 + l as u64,
        _ => 0x8ff,
    }
}

fn children_of(heads: &[u32]) -> Vec<Vec<u32>> {
    let mut ch = vec![Vec::new(); heads.len()];
    for (d, &h) in heads.iter().enumerate().skip(1) {
        if (h as usize) < ch.len() {
            ch[h as usize].push(d as u32);
        }
    }
    ch
}

/// Re-attaches an adjective the parser made a second subject of a predicate whose other
/// subject's phrase starts right after it. A greedy parser that has not yet seen the noun a
/// leading adjective belongs to can leave it on the stack and hang it from the verb: in
/// "Norwegian Prime Minister X was praised" the demonym became a second `nsubj:pass`, which
/// makes the country a participant. Two subjects of one predicate are never right, and an
/// adjective directly before a noun phrase modifies it, so the adjective becomes an `amod` of
/// the noun under the other subject that starts right after it (a title before a name), else
/// of the other subject itself; both keep the tree projective where it was. `out` is [`ParserModel::parse`]'s output.
pub(crate) fn repair_adjective_subjects(words: &[ParseInput], out: &mut [(u32, &str)]) {
    let n = out.len();
    let subject = |rel: &str| rel.starts_with("nsubj");
    for i in 0..n {
        if words[i].1 != "ADJ" || !subject(out[i].1) || i + 1 >= n {
            continue;
        }
        // Leftmost word of each word's subtree (0-based; heads are 1-based, 0 = root).
        let mut leftmost: Vec<usize> = (0..n).collect();
        for k in 0..n {
            let (mut a, mut steps) = (out[k].0 as usize, 0);
            while a != 0 && steps <= n {
                leftmost[a - 1] = leftmost[a - 1].min(k);
                a = out[a - 1].0 as usize;
                steps += 1;
            }
        }
        let head = out[i].0;
        let Some(j) = (i + 1..n).find(|&j| out[j].0 == head && subject(out[j].1)) else {
            continue;
        };
        if leftmost[j] != i + 1 {
            continue;
        }
        // The child of the other subject on the way up from the next word: "Minister" in
        // "Norwegian Prime Minister Ana Lind".
        let (mut x, mut steps) = (i + 1, 0);
        while x != j && out[x].0 as usize != j + 1 && out[x].0 != 0 && steps <= n {
            x = out[x].0 as usize - 1;
            steps += 1;
        }
        if out[x].0 as usize != j + 1
            || leftmost[x] != i + 1
            || !matches!(words[x].1, "NOUN" | "PROPN")
        {
            x = j;
        }
        out[i] = (x as u32 + 1, "amod");
    }
}

/// "Police detained 12 protesters": a noun root with a participle `acl` right after it that
/// has its own object is a clause whose verb the tagger read as a participle. The verb becomes
/// the root, the noun its subject, and the noun's dependents after the verb move to the verb.
pub(crate) fn repair_participle_roots(words: &[ParseInput], out: &mut [(u32, &str)]) {
    let n = out.len();
    let Some(r) = out.iter().position(|&(h, _)| h == 0) else {
        return;
    };
    if !matches!(words[r].1, "NOUN" | "PROPN") || r + 1 >= n {
        return;
    }
    let v = r + 1;
    let (vh, vl) = out[v];
    if vh as usize != r + 1 || vl != "acl" || words[v].1 != "VERB" {
        return;
    }
    let child = |x: usize, rel: &str| out.iter().any(|&(h, l)| h as usize == x + 1 && l == rel);
    if !child(v, "obj")
        || child(r, "case")
        || child(r, "cop")
        || out
            .iter()
            .any(|&(h, l)| h as usize == v + 1 && l.starts_with("nsubj"))
    {
        return;
    }
    for (h, _) in out[v + 1..].iter_mut() {
        if *h as usize == r + 1 {
            *h = v as u32 + 1;
        }
    }
    out[v] = (0, "root");
    out[r] = (v as u32 + 1, "nsubj");
}

/// "12 protesters outside parliament" with `outside` tagged ADJ: the parser makes the plural
/// noun a `compound` of the next-but-one noun. English puts adjectives before compound
/// modifiers, and a plural compound right before an adjective is rare; the plural noun is the
/// head: it takes the other noun's place and relation, that noun becomes its `nmod`, and the
/// modifiers left of the plural noun move to it.
pub(crate) fn repair_plural_compounds(words: &[ParseInput], out: &mut [(u32, &str)]) {
    let n = out.len();
    for c in 0..n.saturating_sub(2) {
        let (a, h) = (c + 1, c + 2);
        let plural = words[c].1 == "NOUN" && words[c].2 == "NNS";
        if !plural
            || out[c] != (h as u32 + 1, "compound")
            || words[a].1 != "ADJ"
            || out[a] != (h as u32 + 1, "amod")
            || !matches!(words[h].1, "NOUN" | "PROPN")
        {
            continue;
        }
        out[c] = out[h];
        out[h] = (c as u32 + 1, "nmod");
        for (hd, _) in out[..c].iter_mut() {
            if *hd as usize == h + 1 {
                *hd = c as u32 + 1;
            }
        }
    }
}

/// Starts loading the cache line holding `x`. Weight rows are read at random, one per feature:
/// asking for all of a step's rows before summing any lets their cache misses overlap.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint; it never faults and changes no memory. SSE, which
    // provides it, is part of every x86-64 CPU.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
            (x as *const T).cast::<i8>(),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

fn argmax(scores: &[i32], allowed: impl Fn(usize) -> bool) -> usize {
    let mut best = usize::MAX;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && (best == usize::MAX || s > scores[best]) {
            best = i;
        }
    }
    best
}

impl ParserModel {
    /// Parses one sentence: per word, its head (1-based, 0 = root) and relation. Always a tree:
    /// exactly one word has head 0, every word has a head, no cycles.
    pub fn parse(&self, words: &[ParseInput]) -> Vec<(u32, &str)> {
        let hashes = hash_words(words);
        let heads = if self.beam > 1 {
            self.parse_heads_beam(&hashes, self.beam as usize)
        } else {
            self.parse_heads(&hashes)
        };
        let labels = self.label_tree(&hashes, &heads);
        let mut out: Vec<(u32, &str)> = heads[1..]
            .iter()
            .zip(labels)
            .map(|(&h, l)| (h, self.labels[l].as_str()))
            .collect();
        if self.labels.iter().any(|l| l == "amod") {
            repair_adjective_subjects(words, &mut out);
        }
        repair_participle_roots(words, &mut out);
        repair_plural_compounds(words, &mut out);
        out
    }

    fn parse_heads(&self, h: &[WordHash]) -> Vec<u32> {
        let n = h.len() - 1;
        let mut st = State::new(n);
        let mask = (1u64 << self.bits) - 1;
        let mut feats = [0u32; N_DYN];
        let fixed = StaticScores::new(h, &self.weights, mask);
        while !st.done() {
            // A step with one legal action (the first SHIFT, the RIGHTs once the buffer is
            // empty) needs no scores: training never updates on it either.
            let legal = [SHIFT, LEFT, RIGHT].map(|a| st.valid(a));
            if legal.iter().filter(|&&v| v).count() == 1 {
                st.apply(legal.iter().position(|&v| v).unwrap_or(SHIFT));
                continue;
            }
            dynamic_features(&st, h, mask, &mut feats);
            let mut scores = fixed.of(&st);
            for &f in &feats {
                prefetch(&self.weights[f as usize * N_ACTIONS]);
            }
            for &f in &feats {
                let row = &self.weights[f as usize * N_ACTIONS..f as usize * N_ACTIONS + 3];
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += i32::from(w);
                }
            }
            let a = argmax(&scores, |a| st.valid(a));
            st.apply(a);
        }
        fix_up(&mut st.heads);
        punctuation_as_leaves(h, &mut st.heads);
        st.heads
    }

    /// Beam search over the same transitions: the `k` best action sequences (by summed
    /// scores) survive each step. Every sequence has 2n steps (n SHIFTs, n arcs), so all
    /// finish together; the best one's tree is returned. Ties keep the earlier state and the
    /// lower action, so `k = 1` is the greedy parse.
    fn parse_heads_beam(&self, h: &[WordHash], k: usize) -> Vec<u32> {
        let n = h.len() - 1;
        let mask = (1u64 << self.bits) - 1;
        // Two pools of states reused step after step (no allocation once both hold k);
        // the first `len` of each are live.
        let mut beam: Vec<(State, i64)> = vec![(State::new(n), 0)];
        let mut next: Vec<(State, i64)> = Vec::with_capacity(k);
        let mut len = 1;
        let mut feats = vec![[0u32; N_DYN]; k];
        let fixed = StaticScores::new(h, &self.weights, mask);
        let mut scored = vec![false; k];
        let mut cands: Vec<(i64, u32, u8)> = Vec::with_capacity(3 * k);
        let row = |f: u32| &self.weights[f as usize * N_ACTIONS..f as usize * N_ACTIONS + 3];
        while !beam[0].0.done() {
            cands.clear();
            // All states' rows are asked for before any is summed, so the misses overlap.
            for (i, (st, _)) in beam[..len].iter().enumerate() {
                let legal = [SHIFT, LEFT, RIGHT].map(|a| st.valid(a));
                scored[i] = legal.iter().filter(|&&v| v).count() > 1;
                if scored[i] {
                    dynamic_features(st, h, mask, &mut feats[i]);
                    for &f in &feats[i] {
                        prefetch(&row(f)[0]);
                    }
                }
            }
            for (i, (st, base)) in beam[..len].iter().enumerate() {
                let mut scores = [0i32; N_ACTIONS];
                if scored[i] {
                    scores = fixed.of(st);
                    for &f in &feats[i] {
                        for (s, &w) in scores.iter_mut().zip(row(f)) {
                            *s += i32::from(w);
                        }
                    }
                }
                for (a, &s) in scores.iter().enumerate() {
                    if st.valid(a) {
                        cands.push((base + i64::from(s), i as u32, a as u8));
                    }
                }
            }
            select_best(&mut cands, k);
            for (j, &(score, i, a)) in cands.iter().enumerate() {
                let src = &beam[i as usize].0;
                if j < next.len() {
                    next[j].0.copy_from(src);
                    next[j].1 = score;
                } else {
                    next.push((src.clone(), score));
                }
                next[j].0.apply(a as usize);
            }
            len = cands.len();
            std::mem::swap(&mut beam, &mut next);
        }
        let mut heads = std::mem::take(&mut beam[0].0.heads);
        fix_up(&mut heads);
        punctuation_as_leaves(h, &mut heads);
        heads
    }

    /// Label ids for words 1..=n of a complete tree.
    fn label_tree(&self, h: &[WordHash], heads: &[u32]) -> Vec<usize> {
        let children = children_of(heads);
        let nl = self.labels.len();
        let mask = (1u64 << self.label_bits) - 1;
        let root = self.labels.iter().position(|l| l == "root");
        let punct = self.labels.iter().position(|l| l == "punct");
        let mut feats = Vec::new();
        let mut scores = vec![0i32; nl];
        let mut labels = vec![usize::MAX; heads.len()];
        // Top-down, so that each word sees its head's relation (a `conj` of an `nsubj`, the
        // `obj` inside an `acl:relcl`).
        let mut queue = std::collections::VecDeque::from([0u32]);
        let mut order = Vec::with_capacity(heads.len());
        while let Some(x) = queue.pop_front() {
            for &c in &children[x as usize] {
                order.push(c as usize);
                queue.push_back(c);
            }
            if order.len() >= heads.len() {
                break;
            }
        }
        // Words a malformed tree leaves out of the walk are labelled last.
        for d in order.into_iter().chain(1..heads.len()) {
            if labels[d] != usize::MAX {
                continue;
            }
            if heads[d] == 0 {
                if let Some(r) = root {
                    labels[d] = r;
                    continue;
                }
            }
            // A punctuation leaf is `punct`: no need to score 51 labels for it.
            if let Some(p) = punct.filter(|_| h[d].punct > h[d - 1].punct && children[d].is_empty())
            {
                labels[d] = p;
                continue;
            }
            let hl = head_label_key(labels.get(heads[d] as usize).copied());
            let tree = Tree {
                h,
                heads,
                children: &children,
            };
            label_features(&tree, heads[d], d as u32, hl, mask, &mut feats);
            for &f in &feats {
                let row = &self.label_weights[f as usize * nl..f as usize * nl + nl];
                prefetch(&row[0]);
                prefetch(&row[nl / 2]);
                prefetch(&row[nl - 1]);
            }
            scores.iter_mut().for_each(|s| *s = 0);
            for &f in &feats {
                let row = &self.label_weights[f as usize * nl..f as usize * nl + nl];
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += i32::from(w);
                }
            }
            let best = argmax(&scores, |l| Some(l) != root);
            labels[d] = if best == usize::MAX { 0 } else { best };
        }
        labels.remove(0);
        labels
    }

    /// Serialises the model; the same model always gives the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.str(&self.description);
        let s = &self.scores;
        for v in [s.uas, s.las, s.uas_no_punct, s.las_no_punct] {
            w.f64(v);
        }
        w.u64(s.words);
        w.u8(self.bits);
        write_weights(&mut w, &self.weights, N_ACTIONS);
        w.u8(self.label_bits);
        w.u16(self.labels.len() as u16);
        for l in &self.labels {
            w.str(l);
        }
        write_weights(&mut w, &self.label_weights, self.labels.len());
        // Greedy models end here, so their files stay as they were.
        if self.beam > 1 {
            w.u8(self.beam);
        }
        frame(MAGIC, &w.0)
    }

    /// Parses a parser file's bytes; `origin` names it in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<ParserModel> {
        ParserModel::read(bytes, origin, Checksum::Verify)
    }

    pub(crate) fn read(bytes: &[u8], origin: &str, checksum: Checksum) -> Result<ParserModel> {
        unframe_with(bytes, MAGIC, "parser", origin, checksum, |r| {
            Self::decode(r, origin)
        })
    }

    fn decode(mut r: Reader, origin: &str) -> Result<ParserModel> {
        let err = |message: String| NlpError::ModelFormat {
            origin: origin.to_string(),
            message,
        };
        let description = r.str()?;
        let scores = ParseScores {
            uas: r.f64()?,
            las: r.f64()?,
            uas_no_punct: r.f64()?,
            las_no_punct: r.f64()?,
            words: r.u64()?,
        };
        let bits = r.u8()?;
        if !(8..=24).contains(&bits) {
            return Err(err(format!(
                "transition table of 2^{bits} rows is out of range"
            )));
        }
        let weights = read_weights(&mut r, 1usize << bits, N_ACTIONS)?;
        let label_bits = r.u8()?;
        if !(8..=24).contains(&label_bits) {
            return Err(err(format!(
                "label table of 2^{label_bits} rows is out of range"
            )));
        }
        let nl = r.u16()? as usize;
        if nl == 0 || nl > 255 {
            return Err(err(format!("{nl} relation labels; expected 1..=255")));
        }
        let mut labels = Vec::with_capacity(nl);
        for _ in 0..nl {
            labels.push(r.str()?);
        }
        let label_weights = read_weights(&mut r, 1usize << label_bits, nl)?;
        let beam = if r.at_end() { 1 } else { r.u8()?.max(1) };
        r.finish()?;
        Ok(ParserModel {
            description,
            scores,
            bits,
            weights,
            label_bits,
            labels,
            label_weights,
            beam,
        })
    }

    /// Loads a parser file (an override of the embedded default).
    pub fn load(path: &Path) -> Result<ParserModel> {
        let bytes = std::fs::read(path).map_err(|e| NlpError::io(path, e))?;
        ParserModel::from_bytes(&bytes, &path.display().to_string())
    }

    /// Writes the parser file.
    pub fn save(&self, path: &Path) -> Result<()> {
        std::fs::write(path, self.to_bytes()).map_err(|e| NlpError::io(path, e))
    }

    /// The same model decoding with a beam of `k` states (1: greedy).
    pub fn with_beam(mut self, k: u8) -> Self {
        self.beam = k.max(1);
        self
    }

    /// States kept per step while decoding (1: greedy).
    pub fn beam(&self) -> u8 {
        self.beam
    }

    /// The relation labels the model can assign, sorted.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }
}

/// Punctuation is a leaf in UD. A word the parser hung from a punctuation mark (in a dateline
/// "CITY (Agency) - Police detained ...", the verb under the dash) goes to the mark's own
/// head, so that its clause joins the sentence instead of sitting under a dash. `h` is from
/// [`hash_words`] (root at 0); a mark that is itself the root keeps its children.
pub(crate) fn punctuation_as_leaves(h: &[WordHash], heads: &mut [u32]) {
    let is_punct = |i: usize| i >= 1 && i < h.len() && h[i].punct > h[i - 1].punct;
    for d in 1..heads.len() {
        let mut steps = 0;
        while is_punct(heads[d] as usize) && heads[heads[d] as usize] != 0 && steps < heads.len() {
            heads[d] = heads[heads[d] as usize];
            steps += 1;
        }
    }
}

/// Safety net: the transition system already yields a tree, but any word left without a
/// valid head (or caught in a cycle) is attached to the root word, so callers can rely on it.
pub(crate) fn fix_up(heads: &mut [u32]) {
    let n = heads.len().saturating_sub(1);
    if n == 0 {
        return;
    }
    heads[0] = 0;
    let roots: Vec<usize> = (1..=n).filter(|&i| heads[i] == 0).collect();
    let root = match roots.first() {
        Some(&r) => r,
        None => {
            heads[1] = 0;
            1
        }
    };
    for (i, h) in heads.iter_mut().enumerate().skip(1) {
        if i != root && (*h == 0 || *h as usize > n) {
            *h = root as u32;
        }
    }
    // Break cycles: walk up from every word; a walk longer than n has looped.
    for i in 1..=n {
        let mut j = i;
        let mut steps = 0;
        while j != 0 && steps <= n {
            j = heads[j] as usize;
            steps += 1;
        }
        if j != 0 && i != root {
            heads[i] = root as u32;
        }
    }
}

/// True if the tree (heads 0-based words 1..=n, index 0 unused) has no crossing arcs.
pub(crate) fn is_projective(heads: &[u32]) -> bool {
    let n = heads.len() - 1;
    for d in 1..=n {
        let h = heads[d] as usize;
        let (lo, hi) = (d.min(h), d.max(h));
        for k in lo + 1..hi {
            // Every word between must descend from h.
            let mut j = k;
            let mut steps = 0;
            while j != h && j != 0 && steps <= n {
                j = heads[j] as usize;
                steps += 1;
            }
            if j != h {
                return false;
            }
        }
    }
    true
}

/// The arc `d -> heads[d]` spans a word its head does not dominate.
fn arc_crosses(heads: &[u32], d: usize) -> bool {
    let n = heads.len() - 1;
    let h = heads[d] as usize;
    (d.min(h) + 1..d.max(h)).any(|k| {
        let mut j = k;
        let mut steps = 0;
        while j != h && j != 0 && steps <= n {
            j = heads[j] as usize;
            steps += 1;
        }
        j != h
    })
}

/// A projective tree close to `heads` (Nivre & Nilsson's lifting): while some arc crosses
/// another, the shortest such arc is moved up to its head's head. The transition classifier
/// then learns from non-projective sentences too, with every other arc intact.
pub(crate) fn projectivise(heads: &[u32]) -> Vec<u32> {
    let mut out = heads.to_vec();
    let n = out.len() - 1;
    for _ in 0..n * n {
        let worst = (1..=n)
            .filter(|&d| out[d] != 0 && arc_crosses(&out, d))
            .min_by_key(|&d| (d.abs_diff(out[d] as usize), d));
        match worst {
            Some(d) => out[d] = out[out[d] as usize],
            None => break,
        }
    }
    out
}

/// Averaged-perceptron weights in exact integer arithmetic (same scheme as the tagger).
pub(crate) struct Averaged {
    n: usize,
    w: Vec<i32>,
    u: Vec<i64>,
    pub c: i64,
}

impl Averaged {
    pub fn new(bits: u8, n: usize) -> Self {
        let size = (1usize << bits) * n;
        Averaged {
            n,
            w: vec![0; size],
            u: vec![0; size],
            c: 1,
        }
    }

    pub fn scores(&self, feats: &[u32], out: &mut [i32]) {
        out.iter_mut().for_each(|s| *s = 0);
        for &f in feats {
            let row = &self.w[f as usize * self.n..f as usize * self.n + self.n];
            for (s, &w) in out.iter_mut().zip(row) {
                *s += w;
            }
        }
    }

    pub fn update(&mut self, feats: &[u32], good: usize, bad: usize) {
        for &f in feats {
            let base = f as usize * self.n;
            self.w[base + good] += 1;
            self.u[base + good] += self.c;
            self.w[base + bad] -= 1;
            self.u[base + bad] -= self.c;
        }
    }

    /// Adds `delta` to the weight of `class` in every row of `feats`.
    pub fn add(&mut self, feats: &[u32], class: usize, delta: i32) {
        for &f in feats {
            let i = f as usize * self.n + class;
            self.w[i] += delta;
            self.u[i] += self.c * i64::from(delta);
        }
    }

    pub fn finish(&self) -> Vec<i16> {
        quantise(&self.averaged())
    }

    /// The averaged weights before scaling to i16.
    pub fn averaged(&self) -> Vec<f64> {
        let c = self.c as f64;
        self.w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| f64::from(w) - u as f64 / c)
            .collect()
    }
}

/// Scales weights to i16 with one global factor (the largest magnitude maps to 32767).
pub(crate) fn quantise(avg: &[f64]) -> Vec<i16> {
    {
        let max = avg.iter().fold(0.0f64, |m, &x| m.max(x.abs()));
        let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
        avg.iter()
            .map(|&x| (x * scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect()
    }
}

/// One training sentence: hashes of (form, predicted tags) and gold heads / label ids.
pub(crate) struct TrainSent {
    pub hashes: Vec<WordHash>,
    /// Index 0 unused.
    pub heads: Vec<u32>,
    pub labels: Vec<usize>,
    /// The heads the transition classifier learns: `heads` made projective.
    pub oracle_heads: Vec<u32>,
    /// `oracle_heads` is a projective tree with one root (else the sentence is skipped).
    pub projective: bool,
}

/// Trains one epoch of the transition classifier with the dynamic oracle. `explore_percent`:
/// how often to follow the model's own prediction when it is wrong (0: never, the static
/// path); the draw comes from `rng`, so training stays reproducible.
pub(crate) fn train_transitions_epoch(
    av: &mut Averaged,
    bits: u8,
    sents: &[TrainSent],
    order: &[usize],
    explore_percent: u64,
    rng: &mut u64,
) {
    let mask = (1u64 << bits) - 1;
    let mut feats = [0u32; N_FEATS];
    let mut scores = [0i32; N_ACTIONS];
    for &k in order {
        let s = &sents[k];
        if !s.projective {
            continue;
        }
        let n = s.hashes.len() - 1;
        let mut st = State::new(n);
        while !st.done() {
            transition_features(&st, &s.hashes, mask, &mut feats);
            av.scores(&feats, &mut scores);
            let pred = argmax(&scores, |a| st.valid(a));
            let costs: [u32; N_ACTIONS] = std::array::from_fn(|a| {
                if st.valid(a) {
                    st.cost(a, &s.oracle_heads)
                } else {
                    u32::MAX
                }
            });
            let min = costs.iter().copied().min().unwrap_or(0);
            let best_ok = argmax(&scores, |a| costs[a] == min);
            if costs[pred] != min {
                av.update(&feats, best_ok, pred);
            }
            av.c += 1;
            let explore = explore_percent >= 100
                || explore_percent > 0 && {
                    *rng = rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
                    mix(*rng) % 100 < explore_percent
                };
            st.apply(if explore { pred } else { best_ok });
        }
    }
}

/// Keeps the `k` best candidates `(score, state, action)`, best first; ties go to the earlier
/// state, then the lower action (a total order, so decoding is deterministic).
fn select_best(cands: &mut Vec<(i64, u32, u8)>, k: usize) {
    cands.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    cands.truncate(k);
}

/// A step of a beam item's history: the action taken and the features it was scored with
/// (`NONE`: a forced step, not scored).
#[derive(Clone, Copy)]
struct Step {
    parent: u32,
    action: u8,
    feats: u32,
}

/// One beam item while training: its state, summed score, last history node, and whether
/// every action so far had zero cost (the gold tree is still reachable).
#[derive(Clone)]
struct Item {
    st: State,
    score: i64,
    node: u32,
    gold: bool,
}

/// Trains one epoch of the transition classifier globally (Zhang & Clark 2008; Huang et al.
/// 2012): beam search with `k` states, and a perceptron update at the step of maximum
/// violation — where the best beam item outscores the best still-correct sequence by the most
/// — adding the correct sequence's features and subtracting the beam item's, up to that step.
/// "Correct" is the dynamic oracle's zero cost, so among the many action sequences that build
/// the gold tree the best-scoring one is the reference (a latent gold sequence).
pub(crate) fn train_transitions_beam_epoch(
    av: &mut Averaged,
    bits: u8,
    sents: &[TrainSent],
    order: &[usize],
    k: usize,
) {
    let mask = (1u64 << bits) - 1;
    let mut fbuf = [0u32; N_FEATS];
    let mut arena_feats: Vec<u32> = Vec::new();
    let mut steps: Vec<Step> = Vec::new();
    let mut scores = [0i32; N_ACTIONS];
    for &si in order {
        let s = &sents[si];
        if !s.projective {
            continue;
        }
        let n = s.hashes.len() - 1;
        arena_feats.clear();
        steps.clear();
        steps.push(Step {
            parent: NONE,
            action: 0,
            feats: NONE,
        });
        let start = Item {
            st: State::new(n),
            score: 0,
            node: 0,
            gold: true,
        };
        let mut beam = vec![start.clone()];
        let mut gold = start;
        // (violation, beam node, gold node) at the worst step so far.
        let mut worst: Option<(i64, u32, u32)> = None;
        // Candidates: (score, source, action, zero cost); source == beam.len() is the gold item.
        let mut cands: Vec<(i64, u32, u8, bool)> = Vec::new();
        let mut item_feats: Vec<u32> = Vec::new();
        while !beam[0].st.done() {
            cands.clear();
            item_feats.clear();
            let nb = beam.len();
            for (i, it) in beam.iter().chain(std::iter::once(&gold)).enumerate() {
                let st = &it.st;
                let legal = [SHIFT, LEFT, RIGHT].map(|a| st.valid(a));
                let forced = legal.iter().filter(|&&v| v).count() == 1;
                if forced {
                    scores = [0; N_ACTIONS];
                    item_feats.push(NONE);
                } else {
                    transition_features(st, &s.hashes, mask, &mut fbuf);
                    av.scores(&fbuf, &mut scores);
                    item_feats.push(arena_feats.len() as u32);
                    arena_feats.extend_from_slice(&fbuf);
                }
                for a in 0..N_ACTIONS {
                    if legal[a] {
                        let ok = it.gold && st.cost(a, &s.oracle_heads) == 0;
                        if i < nb || ok {
                            cands.push((it.score + i64::from(scores[a]), i as u32, a as u8, ok));
                        }
                    }
                }
            }
            // The best correct continuation: from a correct beam item or the gold item.
            let best_gold = cands
                .iter()
                .filter(|c| c.3)
                .max_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2)))
                .copied();
            let mut beam_c: Vec<(i64, u32, u8, bool)> = cands
                .iter()
                .filter(|c| (c.1 as usize) < nb)
                .copied()
                .collect();
            beam_c.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
            beam_c.truncate(k);
            let make = |c: (i64, u32, u8, bool), src: &Item, steps: &mut Vec<Step>| {
                let mut st = src.st.clone();
                st.apply(c.2 as usize);
                steps.push(Step {
                    parent: src.node,
                    action: c.2,
                    feats: item_feats[c.1 as usize],
                });
                Item {
                    st,
                    score: c.0,
                    node: steps.len() as u32 - 1,
                    gold: c.3,
                }
            };
            let mut new_beam = Vec::with_capacity(beam_c.len());
            let mut gold_node = None;
            for &c in &beam_c {
                let src = if (c.1 as usize) < nb {
                    &beam[c.1 as usize]
                } else {
                    &gold
                };
                let it = make(c, src, &mut steps);
                if Some(c) == best_gold {
                    gold_node = Some(new_beam.len());
                }
                new_beam.push(it);
            }
            let Some(bg) = best_gold else {
                break;
            };
            gold = match gold_node {
                Some(j) => new_beam[j].clone(),
                None => {
                    let src = if (bg.1 as usize) < nb {
                        &beam[bg.1 as usize]
                    } else {
                        &gold
                    };
                    make(bg, src, &mut steps)
                }
            };
            beam = new_beam;
            let top = &beam[0];
            if !top.gold {
                let v = top.score - gold.score;
                if v >= 0 && worst.is_none_or(|w| v > w.0) {
                    worst = Some((v, top.node, gold.node));
                }
            }
        }
        if let Some((_, mut b, mut g)) = worst {
            // Both paths have the same length; they share the prefix up to where they part.
            while b != g {
                let (sb, sg) = (steps[b as usize], steps[g as usize]);
                if sb.feats != NONE {
                    let f = &arena_feats[sb.feats as usize..sb.feats as usize + N_FEATS];
                    av.add(f, sb.action as usize, -1);
                }
                if sg.feats != NONE {
                    let f = &arena_feats[sg.feats as usize..sg.feats as usize + N_FEATS];
                    av.add(f, sg.action as usize, 1);
                }
                b = sb.parent;
                g = sg.parent;
            }
        }
        av.c += 1;
    }
}

/// Trains one epoch of the label classifier on gold trees.
pub(crate) fn train_labels_epoch(
    av: &mut Averaged,
    bits: u8,
    nl: usize,
    root: Option<usize>,
    sents: &[TrainSent],
    order: &[usize],
) {
    let mask = (1u64 << bits) - 1;
    let mut feats = Vec::new();
    let mut scores = vec![0i32; nl];
    for &k in order {
        let s = &sents[k];
        let children = children_of(&s.heads);
        for d in 1..s.heads.len() {
            if s.heads[d] == 0 {
                continue;
            }
            let h = s.heads[d] as usize;
            let hl = head_label_key((h > 0).then(|| s.labels[h]));
            let tree = Tree {
                h: &s.hashes,
                heads: &s.heads,
                children: &children,
            };
            label_features(&tree, s.heads[d], d as u32, hl, mask, &mut feats);
            av.scores(&feats, &mut scores);
            let pred = argmax(&scores, |l| Some(l) != root);
            let gold = s.labels[d];
            if pred != gold && Some(gold) != root {
                av.update(&feats, gold, pred);
            }
            av.c += 1;
        }
    }
}

/// Scores parses against gold trees; `parse` returns (head, label) per word.
pub(crate) fn score_parses<'a>(
    gold: &[Sentence],
    mut parse: impl FnMut(&Sentence) -> Vec<(u32, &'a str)>,
) -> ParseScores {
    let (mut n, mut u, mut l, mut np, mut up, mut lp) = (0usize, 0, 0, 0usize, 0, 0);
    for s in gold {
        let out = parse(s);
        for (w, (h, rel)) in s.words.iter().zip(out) {
            let hu = w.head == h;
            let lu = hu && w.deprel == rel;
            n += 1;
            u += usize::from(hu);
            l += usize::from(lu);
            if w.upos != "PUNCT" {
                np += 1;
                up += usize::from(hu);
                lp += usize::from(lu);
            }
        }
    }
    let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    ParseScores {
        uas: r(u, n),
        las: r(l, n),
        uas_no_punct: r(up, np),
        las_no_punct: r(lp, np),
        words: n as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projectivity_is_detected() {
        // 1 <- 2 -> 4, 3 -> 1 crosses 2 -> 4.
        assert!(is_projective(&[0, 2, 0, 2]));
        assert!(!is_projective(&[0, 2, 0, 1, 2]));
    }

    #[test]
    fn lifting_makes_a_crossing_tree_projective_and_keeps_the_other_arcs() {
        // 3 -> 1 passes over the root word 2, which 3 does not dominate: 1 moves up to 2.
        let gold = [0u32, 3, 0, 2, 2];
        let p = projectivise(&gold);
        assert!(is_projective(&p));
        assert_eq!(p, vec![0, 2, 0, 2, 2]);
        assert_eq!(projectivise(&[0, 2, 0, 2]), vec![0, 2, 0, 2]);
    }

    #[test]
    fn fix_up_breaks_cycles_and_gives_every_word_a_head() {
        let mut h = vec![0, 2, 1, 0, NONE];
        fix_up(&mut h);
        assert_eq!(h.iter().skip(1).filter(|&&x| x == 0).count(), 1);
        assert_eq!(h[4], 3);
        assert!(h[1] == 3 || h[2] == 3);
    }

    #[test]
    fn an_adjective_made_a_second_subject_modifies_the_phrase_after_it() {
        // "Danish Interior Minister Jo Dahl was cited": the misparse hangs "Danish" from
        // "cited" as a second subject.
        let words: Vec<ParseInput> = [
            ("Danish", "ADJ"),
            ("Interior", "PROPN"),
            ("Minister", "PROPN"),
            ("Jo", "PROPN"),
            ("Dahl", "PROPN"),
            ("was", "AUX"),
            ("cited", "VERB"),
        ]
        .iter()
        .map(|&(w, u)| (w, u, "X"))
        .collect();
        let misparse = [
            (7, "nsubj:pass"),
            (3, "compound"),
            (4, "nmod:desc"),
            (7, "nsubj:pass"),
            (4, "flat"),
            (7, "aux:pass"),
            (0, "root"),
        ];
        let mut out = misparse.to_vec();
        repair_adjective_subjects(&words, &mut out);
        assert_eq!(out[0], (3, "amod"));
        assert_eq!(out[1..], misparse[1..]);
        // An adjective that is the only subject, or one not right before the other
        // subject's phrase, stays.
        let mut lone = misparse.to_vec();
        lone[3] = (7, "obj");
        repair_adjective_subjects(&words, &mut lone);
        assert_eq!(
            lone,
            misparse
                .iter()
                .enumerate()
                .map(|(k, &a)| if k == 3 { (7, "obj") } else { a })
                .collect::<Vec<_>>()
        );
        let mut apart = misparse.to_vec();
        apart[1] = (7, "obl");
        repair_adjective_subjects(&words, &mut apart);
        assert_eq!(apart[0], (7, "nsubj:pass"));
    }

    #[test]
    fn a_noun_root_with_a_participle_that_has_an_object_becomes_its_subject() {
        // "Troops seized two towns ." misread as a noun phrase: "seized" an `acl` of "Troops".
        let words: Vec<ParseInput> = [
            ("Troops", "NOUN"),
            ("seized", "VERB"),
            ("two", "NUM"),
            ("towns", "NOUN"),
            (".", "PUNCT"),
        ]
        .iter()
        .map(|&(w, u)| (w, u, "X"))
        .collect();
        let misparse = [
            (0, "root"),
            (1, "acl"),
            (4, "nummod"),
            (2, "obj"),
            (1, "punct"),
        ];
        let mut out = misparse.to_vec();
        repair_participle_roots(&words, &mut out);
        assert_eq!(
            out,
            [
                (2, "nsubj"),
                (0, "root"),
                (4, "nummod"),
                (2, "obj"),
                (2, "punct")
            ]
        );
        // Without an object the participle is a reduced relative ("troops seized ...": the
        // ones seized) and stays.
        let mut no_object = misparse.to_vec();
        no_object[3] = (1, "nmod");
        let before = no_object.clone();
        repair_participle_roots(&words, &mut no_object);
        assert_eq!(no_object, before);
    }

    #[test]
    fn a_plural_compound_before_an_adjective_becomes_the_head() {
        // "held 40 farmers outside town": `outside` read as an adjective.
        let words: Vec<ParseInput> = [
            ("held", "VERB", "VBD"),
            ("40", "NUM", "CD"),
            ("farmers", "NOUN", "NNS"),
            ("outside", "ADJ", "JJ"),
            ("town", "NOUN", "NN"),
        ]
        .to_vec();
        let misparse = [
            (0, "root"),
            (3, "nummod"),
            (5, "compound"),
            (5, "amod"),
            (1, "obj"),
        ];
        let mut out = misparse.to_vec();
        repair_plural_compounds(&words, &mut out);
        assert_eq!(
            out,
            [
                (0, "root"),
                (3, "nummod"),
                (1, "obj"),
                (5, "amod"),
                (3, "nmod")
            ]
        );
        // A singular compound before an adjective ("U.S. military officials") stays.
        let mut singular = words.clone();
        singular[2] = ("army", "NOUN", "NN");
        let mut out = misparse.to_vec();
        repair_plural_compounds(&singular, &mut out);
        assert_eq!(out, misparse);
    }

    #[test]
    fn per_sentence_template_sums_plus_the_other_templates_give_the_full_scores() {
        let words: Vec<ParseInput> = [
            ("Rebels", "NOUN", "NNS"),
            ("said", "VERB", "VBD"),
            ("they", "PRON", "PRP"),
            ("took", "VERB", "VBD"),
            ("the", "DET", "DT"),
            ("town", "NOUN", "NN"),
            (".", "PUNCT", "."),
        ]
        .to_vec();
        let h = hash_words(&words);
        let bits = 10u8;
        let mask = (1u64 << bits) - 1;
        let mut seed = 7u64;
        let weights: Vec<i16> = (0..(1usize << bits) * N_ACTIONS)
            .map(|_| {
                seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
                (mix(seed) % 2001) as i16 - 1000
            })
            .collect();
        let fixed = StaticScores::new(&h, &weights, mask);
        // Walk every state of a few action sequences (the oracle's and SHIFT-first ones).
        let gold = [0u32, 2, 0, 4, 2, 6, 4, 2];
        for policy in 0..3 {
            let mut st = State::new(words.len());
            while !st.done() {
                let mut all = [0u32; N_FEATS];
                transition_features(&st, &h, mask, &mut all);
                let mut full = [0i32; N_ACTIONS];
                for &f in &all {
                    for a in 0..N_ACTIONS {
                        full[a] += i32::from(weights[f as usize * N_ACTIONS + a]);
                    }
                }
                let mut dynamic = [0u32; N_DYN];
                dynamic_features(&st, &h, mask, &mut dynamic);
                let mut split = fixed.of(&st);
                for &f in &dynamic {
                    for a in 0..N_ACTIONS {
                        split[a] += i32::from(weights[f as usize * N_ACTIONS + a]);
                    }
                }
                assert_eq!(full, split);
                let a = match policy {
                    0 => (0..3).find(|&a| st.valid(a) && st.cost(a, &gold) == 0),
                    1 => [SHIFT, RIGHT, LEFT].into_iter().find(|&a| st.valid(a)),
                    _ => [LEFT, RIGHT, SHIFT].into_iter().find(|&a| st.valid(a)),
                }
                .unwrap();
                st.apply(a);
            }
        }
    }

    #[test]
    fn a_beam_of_one_state_is_the_greedy_parse() {
        let parser = crate::pipeline::Pipeline::default().parser().clone();
        let vocab: [ParseInput; 9] = [
            ("the", "DET", "DT"),
            ("minister", "NOUN", "NN"),
            ("Iran", "PROPN", "NNP"),
            ("said", "VERB", "VBD"),
            ("on", "ADP", "IN"),
            (",", "PUNCT", ","),
            ("and", "CCONJ", "CC"),
            ("talks", "NOUN", "NNS"),
            ("will", "AUX", "MD"),
        ];
        let mut seed = 11u64;
        for len in 1..40 {
            let words: Vec<ParseInput> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
                    vocab[(mix(seed) % vocab.len() as u64) as usize]
                })
                .collect();
            let h = hash_words(&words);
            assert_eq!(parser.parse_heads(&h), parser.parse_heads_beam(&h, 1));
        }
    }

    #[test]
    fn oracle_actions_rebuild_a_projective_gold_tree() {
        // "She left early ." : left -> She, left -> early, left -> ., root -> left.
        let gold = [0u32, 2, 0, 2, 2];
        let mut st = State::new(4);
        while !st.done() {
            let a = (0..3)
                .find(|&a| st.valid(a) && st.cost(a, &gold) == 0)
                .unwrap();
            st.apply(a);
        }
        assert_eq!(st.heads[1..], gold[1..]);
    }
}
