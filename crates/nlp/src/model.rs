//! The model file: a small binary format of our own.
//!
//! Layout (integers little-endian): magic `NGNLPMDL`, format version u32, body length u64,
//! body, FNV-1a-64 checksum of the body. The body holds the description of the training data,
//! the dev scores, the tag classes, the hashed weight table (sparse per row: most entries of a
//! perceptron row stay zero) and the lemmatizer tables. Every read is bounds-checked so a
//! truncated or foreign file gives an error naming the problem, never a panic.

use crate::error::{NlpError, Result};
use crate::features::{TagDict, TokenHashes};
use crate::lemma::{Lemmatizer, Rule};
use crate::tagger::Tagger;
use std::collections::BTreeMap;
use std::path::Path;

const MAGIC: &[u8; 8] = b"NGNLPMDL";
/// Version of the model file format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Scores measured on the development data (fractions in 0..=1).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    /// Token F1 of the tokenizer against gold words, from the raw sentence text.
    pub tokens_f1: f64,
    pub upos: f64,
    pub xpos: f64,
    pub lemma: f64,
    /// Gold words scored.
    pub words: u64,
}

/// A POS + lemma model with its provenance.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// What data the model saw and how it was trained.
    pub description: String,
    /// Dev scores recorded at training time.
    pub scores: Scores,
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

pub(crate) struct Writer(pub Vec<u8>);

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f64(&mut self, v: f64) {
        self.u64(v.to_bits());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
}

#[derive(Clone)]
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    origin: &'a str,
}

impl<'a> Reader<'a> {
    pub fn err(&self, message: String) -> NlpError {
        NlpError::ModelFormat {
            origin: self.origin.to_string(),
            message,
        }
    }
    /// The error of a body that ends `n` bytes short of what offset `at` (counted from the
    /// current position) needs.
    pub fn truncated(&self, at: usize, n: usize) -> NlpError {
        let at = self.pos + at;
        self.err(format!(
            "truncated: needs {n} more bytes at body offset {at} but only {} remain; \
             re-copy or retrain the model",
            self.buf.len().saturating_sub(at)
        ))
    }
    /// The unread part of the body, for decoders that walk it themselves (then [`Self::skip`]).
    pub fn rest(&self) -> &'a [u8] {
        &self.buf[self.pos..]
    }
    pub fn skip(&mut self, n: usize) -> Result<()> {
        self.take(n).map(|_| ())
    }
    pub fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.buf.len() - self.pos < n {
            return Err(self.truncated(0, n));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    pub fn u16(&mut self) -> Result<u16> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    pub fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn u64(&mut self) -> Result<u64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    pub fn f64(&mut self) -> Result<f64> {
        Ok(f64::from_bits(self.u64()?))
    }
    pub fn str(&mut self) -> Result<String> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| self.err("string is not UTF-8".into()))
    }
}

/// Wraps a body in magic, version, length and checksum.
pub(crate) fn frame(magic: &[u8; 8], body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 28);
    out.extend_from_slice(magic);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(&fnv(body).to_le_bytes());
    out
}

/// Whether a model's checksum is computed when it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Checksum {
    /// Bytes from a file: verified.
    Verify,
    /// Bytes compiled into the binary: they are part of the program, like its code, and the
    /// crate's tests verify them (`the_embedded_models_pass_their_checksums`). Hashing their
    /// 32 MB byte after byte was half of every start's CPU time.
    Embedded,
}

/// Checks magic, version, length and (unless embedded) checksum; returns a reader over the
/// body.
pub(crate) fn unframe<'a>(
    bytes: &'a [u8],
    magic: &[u8; 8],
    what: &str,
    origin: &'a str,
    checksum: Checksum,
) -> Result<Reader<'a>> {
    let (body, sum) = header(bytes, magic, what, origin)?;
    if checksum == Checksum::Verify && fnv(body) != sum {
        return Err(corrupted(origin));
    }
    Ok(Reader {
        buf: body,
        pos: 0,
        origin,
    })
}

/// [`unframe`] for a large body: `decode` reads it while a second thread computes its
/// checksum (byte after byte, a sixth of the models' loading time when done first). A
/// body whose checksum fails is reported as corrupted, whatever `decode` made of it.
pub(crate) fn unframe_with<'a, T>(
    bytes: &'a [u8],
    magic: &[u8; 8],
    what: &str,
    origin: &'a str,
    checksum: Checksum,
    decode: impl FnOnce(Reader<'a>) -> Result<T>,
) -> Result<T> {
    let (body, sum) = header(bytes, magic, what, origin)?;
    let reader = Reader {
        buf: body,
        pos: 0,
        origin,
    };
    if checksum == Checksum::Embedded {
        return decode(reader);
    }
    std::thread::scope(|s| {
        let check = std::thread::Builder::new().spawn_scoped(s, || fnv(body) == sum);
        let decoded = decode(reader);
        // Without a second thread (the system refused one), check here.
        let intact = match check {
            Ok(handle) => handle.join().unwrap_or(false),
            Err(_) => fnv(body) == sum,
        };
        if intact {
            decoded
        } else {
            Err(corrupted(origin))
        }
    })
}

fn corrupted(origin: &str) -> NlpError {
    NlpError::ModelFormat {
        origin: origin.to_string(),
        message: "checksum mismatch: the file is corrupted".into(),
    }
}

/// Checks magic, version and length; returns the body and the checksum stored after it.
fn header<'a>(
    bytes: &'a [u8],
    magic: &[u8; 8],
    what: &str,
    origin: &str,
) -> Result<(&'a [u8], u64)> {
    let err = |message: String| NlpError::ModelFormat {
        origin: origin.to_string(),
        message,
    };
    if bytes.len() < 20 {
        return Err(err(format!(
            "truncated: {} bytes, shorter than the 20-byte header",
            bytes.len()
        )));
    }
    if &bytes[..8] != magic {
        return Err(err(format!(
            "not a newsgraph {what} model (bad magic bytes)"
        )));
    }
    let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    if version != FORMAT_VERSION {
        return Err(err(format!(
            "format version {version}, but this build reads version {FORMAT_VERSION}; \
             retrain the model with this build"
        )));
    }
    let mut lenb = [0u8; 8];
    lenb.copy_from_slice(&bytes[12..20]);
    let body_len = u64::from_le_bytes(lenb);
    let rest = (bytes.len() - 20) as u64;
    if rest < 8 || body_len > rest - 8 {
        return Err(err(format!(
            "truncated: header announces {body_len} body bytes + 8 checksum bytes, \
             file has {rest}"
        )));
    }
    let body = &bytes[20..20 + body_len as usize];
    let mut sum = [0u8; 8];
    sum.copy_from_slice(&bytes[20 + body_len as usize..28 + body_len as usize]);
    Ok((body, u64::from_le_bytes(sum)))
}

impl Reader<'_> {
    /// True once the whole body was read (for optional trailing fields).
    pub fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }

    /// Fails unless the whole body was read.
    pub fn finish(&self) -> Result<()> {
        if self.pos != self.buf.len() {
            return Err(self.err(format!(
                "{} unexpected bytes after the model body",
                self.buf.len() - self.pos
            )));
        }
        Ok(())
    }
}

/// Writes a weight table row by row, sparsely: count of non-zero entries, then (class, value).
pub(crate) fn write_weights(w: &mut Writer, weights: &[i16], n: usize) {
    for row in weights.chunks(n.max(1)) {
        let nz = row.iter().filter(|&&x| x != 0).count();
        w.u8(nz as u8);
        for (c, &x) in row.iter().enumerate() {
            if x != 0 {
                w.u8(c as u8);
                w.u16(x as u16);
            }
        }
    }
}

/// Asks Linux to back `v`'s buffer with 2 MiB pages where it can (transparent huge pages
/// in `madvise` mode, the common default). The weight tables are read at random, one row per
/// feature: with 4 KiB pages nearly every read also misses the TLB, which costs as much as
/// the cache miss itself. Call it before the buffer is written, so that the first touch
/// faults in huge pages. Elsewhere, or if the kernel says no, nothing changes.
pub(crate) fn advise_huge_pages<T>(v: &mut [T]) {
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let bytes = std::mem::size_of_val(v);
        let addr = v.as_mut_ptr() as usize;
        let start = addr.next_multiple_of(PAGE);
        let end = (addr + bytes) / PAGE * PAGE;
        if end > start + (2 << 20) {
            // SAFETY: [start, end) lies inside `v`'s live allocation and is page-aligned;
            // MADV_HUGEPAGE only changes how the kernel backs those pages, never their
            // contents or validity, and a failure is harmless (the result is ignored).
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
}

/// Reads what [`write_weights`] wrote.
pub(crate) fn read_weights(r: &mut Reader, rows: usize, n: usize) -> Result<Vec<i16>> {
    let mut weights = vec![0i16; rows * n];
    advise_huge_pages(&mut weights);
    // Decoded straight from the body's bytes, one bounds check per row: through `Reader`'s
    // one-byte reads this loop (millions of entries for the parser) was a third of the
    // models' loading time.
    let buf = r.rest();
    let mut pos = 0;
    for (i, row) in weights.chunks_mut(n).enumerate() {
        let (entries, next) = sparse_row(r, buf, pos)?;
        for (c, v) in entries {
            match row.get_mut(c) {
                Some(slot) => *slot = v,
                None => return Err(r.err(format!("class id {c} out of range in row {i}"))),
            }
        }
        pos = next;
    }
    r.skip(pos)?;
    Ok(weights)
}

/// The row of [`write_weights`]' format that starts at `buf[pos..]` (`buf` is the reader's
/// unread part): its (class, weight) entries, and where the next row starts.
fn sparse_row<'a>(
    r: &Reader,
    buf: &'a [u8],
    pos: usize,
) -> Result<(impl ExactSizeIterator<Item = (usize, i16)> + 'a, usize)> {
    let Some(&nz) = buf.get(pos) else {
        return Err(r.truncated(pos, 1));
    };
    let len = 3 * nz as usize;
    let Some(entries) = buf.get(pos + 1..pos + 1 + len) else {
        return Err(r.truncated(pos + 1, len));
    };
    let entries = entries
        .chunks_exact(3)
        .map(|e| (e[0] as usize, i16::from_le_bytes([e[1], e[2]])));
    Ok((entries, pos + 1 + len))
}

/// One non-zero weight of a sparse row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub class: u16,
    pub weight: i16,
}

/// Marks a row kept dense: its two entries carry the dense row's index (low, high 16 bits).
const DENSE_MARK: u16 = u16::MAX;

/// A row of a [`SparseRows`] table.
pub(crate) enum Row<'a> {
    /// Non-zero entries by ascending class.
    Sparse(&'a [Entry]),
    /// One weight per class.
    Dense(&'a [i16]),
}

/// A weight table held as its non-zero entries only, row after row (CSR layout).
///
/// A trained perceptron row has a handful of non-zero classes out of ~100, so the dense
/// table (57 MB for the tagger) is mostly zeros and every feature touched four cache lines
/// of it. Here a row is one offset plus a few adjacent 4-byte entries: the tagger's table
/// shrinks to ≈ 5 MB and scoring adds only what is there. The few rows with many entries
/// (bias, previous tags: the ones every token reads) are kept dense instead, where a vector
/// add or a direct look-up beats walking the entries. Sums are the dense table's exactly.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct SparseRows {
    /// Row `r` is `entries[start[r]..start[r + 1]]`; `start` has one more item than rows.
    start: Vec<u32>,
    entries: Vec<Entry>,
    /// Classes per row (the dense width).
    n: usize,
    /// Rows kept dense, `n` weights each.
    dense: Vec<i16>,
}

/// Rows with more non-zero entries than this are kept dense (≈ 1 % of the tagger's rows).
const LONG_ROW: usize = 24;

impl SparseRows {
    /// Packs a dense row-major table of `n` classes per row.
    pub fn from_dense(weights: &[i16], n: usize) -> SparseRows {
        let n = n.max(1);
        let mut t = SparseRows {
            start: Vec::with_capacity(weights.len() / n + 1),
            n,
            ..SparseRows::default()
        };
        t.start.push(0);
        for row in weights.chunks(n) {
            t.push_row(
                row.iter()
                    .enumerate()
                    .filter(|(_, &w)| w != 0)
                    .map(|(c, &w)| Entry {
                        class: c as u16,
                        weight: w,
                    }),
            );
        }
        t
    }

    /// Appends a row given its non-zero entries by ascending class.
    fn push_row(&mut self, row: impl Iterator<Item = Entry>) {
        let from = self.entries.len();
        self.entries.extend(row);
        if self.entries.len() - from > LONG_ROW {
            let k = self.dense.len() / self.n;
            let base = self.dense.len();
            self.dense.resize(base + self.n, 0);
            for e in self.entries.drain(from..) {
                self.dense[base + e.class as usize] = e.weight;
            }
            for half in [k as u32 as u16, (k as u32 >> 16) as u16] {
                self.entries.push(Entry {
                    class: DENSE_MARK,
                    weight: half as i16,
                });
            }
        }
        self.start.push(self.entries.len() as u32);
    }

    /// Row `r`.
    #[inline]
    pub fn row(&self, r: usize) -> Row<'_> {
        let (a, b) = (self.start[r] as usize, self.start[r + 1] as usize);
        let es = &self.entries[a..b];
        match es {
            [lo, hi] if lo.class == DENSE_MARK => {
                let k = (lo.weight as u16 as usize) | (hi.weight as u16 as usize) << 16;
                Row::Dense(&self.dense[k * self.n..(k + 1) * self.n])
            }
            _ => Row::Sparse(es),
        }
    }

    /// Adds row `r` into `scores` (one slot per class).
    #[inline]
    pub fn add_row(&self, r: usize, scores: &mut [i32]) {
        match self.row(r) {
            Row::Dense(d) => {
                for (s, &w) in scores.iter_mut().zip(d) {
                    *s += i32::from(w);
                }
            }
            Row::Sparse(es) => {
                for e in es {
                    if let Some(s) = scores.get_mut(e.class as usize) {
                        *s += i32::from(e.weight);
                    }
                }
            }
        }
    }

    /// Adds row `r` into `scores`, exactly for the classes `only` (other slots may get some
    /// of their weights or none).
    #[inline]
    pub fn add_row_for(&self, r: usize, only: &[u8], scores: &mut [i32]) {
        match self.row(r) {
            Row::Dense(d) => {
                for &c in only {
                    if let (Some(s), Some(&w)) = (scores.get_mut(c as usize), d.get(c as usize)) {
                        *s += i32::from(w);
                    }
                }
            }
            Row::Sparse(es) => {
                for e in es {
                    if let Some(s) = scores.get_mut(e.class as usize) {
                        *s += i32::from(e.weight);
                    }
                }
            }
        }
    }

    /// Reads the first cache line of each of `rows` so that the scoring that follows finds
    /// them in cache. The loads are independent of each other and free of branches, so the
    /// processor has many misses in flight at once instead of one after another.
    pub fn warm(&self, rows: &[u32]) {
        let mut acc = 0u32;
        for &r in rows {
            acc = acc.wrapping_add(self.start[r as usize + 1]);
        }
        let last = self.entries.len().saturating_sub(1);
        if !self.entries.is_empty() {
            for &r in rows {
                let e = self.entries[(self.start[r as usize] as usize).min(last)];
                acc = acc.wrapping_add(e.weight as u32);
            }
        }
        std::hint::black_box(acc);
    }

    pub fn rows(&self) -> usize {
        self.start.len() - 1
    }

    /// Writes the table in the format of [`write_weights`].
    pub fn write(&self, w: &mut Writer) {
        for r in 0..self.rows() {
            match self.row(r) {
                Row::Sparse(es) => {
                    w.u8(es.len() as u8);
                    for e in es {
                        w.u8(e.class as u8);
                        w.u16(e.weight as u16);
                    }
                }
                Row::Dense(d) => write_weights(w, d, self.n),
            }
        }
    }

    /// Reads what [`write_weights`] wrote, without expanding it.
    pub fn read(r: &mut Reader, rows: usize, n: usize) -> Result<SparseRows> {
        // Decoded from the body's bytes directly (see `read_weights`). A first pass finds
        // where each row's entries lie, so both arrays are allocated once, at their final
        // size, and can be given huge pages before they are filled.
        let buf = r.rest();
        let mut pos = 0;
        let mut total = 0usize;
        for _ in 0..rows {
            let (entries, next) = sparse_row(r, buf, pos)?;
            total += entries.len();
            pos = next;
        }
        let mut t = SparseRows {
            start: Vec::with_capacity(rows + 1),
            entries: Vec::with_capacity(total),
            n,
            ..SparseRows::default()
        };
        advise_huge_pages(t.start.spare_capacity_mut());
        advise_huge_pages(t.entries.spare_capacity_mut());
        t.start.push(0);
        let mut row = Vec::new();
        let mut at = 0;
        for i in 0..rows {
            let (entries, next) = sparse_row(r, buf, at)?;
            at = next;
            row.clear();
            for (c, v) in entries {
                if c >= n {
                    return Err(r.err(format!("class id {c} out of range in row {i}")));
                }
                // The writer lists a row's classes ascending, once each; anything else is
                // not a file we wrote.
                if row.last().is_some_and(|e: &Entry| e.class as usize >= c) {
                    return Err(r.err(format!("class ids of weight row {i} are not ascending")));
                }
                if v != 0 {
                    row.push(Entry {
                        class: c as u16,
                        weight: v,
                    });
                }
            }
            t.push_row(row.iter().copied());
        }
        r.skip(pos)?;
        Ok(t)
    }
}

impl Model {
    /// Serialises the model; the same model always gives the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.str(&self.description);
        let s = &self.scores;
        for v in [s.tokens_f1, s.upos, s.xpos, s.lemma] {
            w.f64(v);
        }
        w.u64(s.words);
        let t = &self.tagger;
        w.u8(t.bits);
        w.u16(t.classes.len() as u16);
        for (u, x) in &t.classes {
            w.str(u);
            w.str(x);
        }
        w.u32(t.dict.keys.len() as u32);
        for (k, v) in t.dict.keys.iter().zip(&t.dict.vals) {
            w.u64(*k);
            w.u64(*v);
        }
        for s in &t.dict.cand_start {
            w.u32(*s);
        }
        w.u32(t.dict.cands.len() as u32);
        w.0.extend_from_slice(&t.dict.cands);
        t.weights.write(&mut w);
        let l = &self.lemmatizer;
        w.u32(l.rules.len() as u32);
        for r in &l.rules {
            w.u8(u8::from(r.lower));
            w.u8(r.strip);
            w.str(&r.append);
        }
        w.u32(l.suffixes.len() as u32);
        for ((u, s), id) in &l.suffixes {
            w.str(u);
            w.str(s);
            w.u16(*id);
        }
        w.u32(l.exceptions.len() as u32);
        for ((u, f), lemma) in &l.exceptions {
            w.str(u);
            w.str(f);
            w.str(lemma);
        }
        frame(MAGIC, &w.0)
    }

    /// Parses a model file's bytes; `origin` names it in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Model> {
        Model::read(bytes, origin, Checksum::Verify)
    }

    pub(crate) fn read(bytes: &[u8], origin: &str, checksum: Checksum) -> Result<Model> {
        let err = |message: String| NlpError::ModelFormat {
            origin: origin.to_string(),
            message,
        };
        let mut r = unframe(bytes, MAGIC, "POS", origin, checksum)?;
        let description = r.str()?;
        let scores = Scores {
            tokens_f1: r.f64()?,
            upos: r.f64()?,
            xpos: r.f64()?,
            lemma: r.f64()?,
            words: r.u64()?,
        };
        let bits = r.u8()?;
        if !(8..=24).contains(&bits) {
            return Err(err(format!(
                "weight table of 2^{bits} rows is out of range"
            )));
        }
        let n = r.u16()? as usize;
        if n == 0 || n > 255 {
            return Err(err(format!("{n} tag classes; expected 1..=255")));
        }
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            classes.push((r.str()?, r.str()?));
        }
        let ndict = r.u32()? as usize;
        let mut dict = TagDict::default();
        for _ in 0..ndict {
            let k = r.u64()?;
            if dict.keys.last().is_some_and(|&last| last >= k) {
                return Err(err("tag dictionary keys are not sorted".into()));
            }
            dict.keys.push(k);
            dict.vals.push(r.u64()?);
        }
        for _ in 0..ndict {
            let s = r.u32()?;
            if dict.cand_start.last().is_some_and(|&last| last > s) {
                return Err(err("tag dictionary candidate offsets decrease".into()));
            }
            dict.cand_start.push(s);
        }
        let ncands = r.u32()? as usize;
        dict.cands = r.take(ncands)?.to_vec();
        if dict.cands.iter().any(|&c| c as usize >= n)
            || dict.cand_start.last().is_some_and(|&s| s as usize > ncands)
        {
            return Err(err(
                "tag dictionary refers to a class that does not exist".into()
            ));
        }
        let weights = SparseRows::read(&mut r, 1usize << bits, n)?;
        let nrules = r.u32()? as usize;
        let mut rules = Vec::new();
        for _ in 0..nrules {
            rules.push(Rule {
                lower: r.u8()? != 0,
                strip: r.u8()?,
                append: r.str()?,
            });
        }
        let nsuf = r.u32()? as usize;
        let mut suffixes = BTreeMap::new();
        for _ in 0..nsuf {
            let key = (r.str()?, r.str()?);
            let id = r.u16()?;
            if id as usize >= rules.len() {
                return Err(err(format!("lemma rule id {id} out of range")));
            }
            suffixes.insert(key, id);
        }
        let nexc = r.u32()? as usize;
        let mut exceptions = BTreeMap::new();
        for _ in 0..nexc {
            let key = (r.str()?, r.str()?);
            exceptions.insert(key, r.str()?);
        }
        r.finish()?;
        Ok(Model {
            description,
            scores,
            tagger: Tagger {
                bits,
                classes,
                weights,
                dict,
            },
            lemmatizer: Lemmatizer::from_tables(rules, suffixes, exceptions),
        })
    }

    /// Loads a model file (an override of the embedded default).
    pub fn load(path: &Path) -> Result<Model> {
        let bytes = std::fs::read(path).map_err(|e| NlpError::io(path, e))?;
        Model::from_bytes(&bytes, &path.display().to_string())
    }

    /// Writes the model file.
    pub fn save(&self, path: &Path) -> Result<()> {
        std::fs::write(path, self.to_bytes()).map_err(|e| NlpError::io(path, e))
    }

    /// Tags pre-tokenised words: (UPOS, XPOS, lemma) per word.
    pub fn tag_words(&self, words: &[&str]) -> Vec<(&str, &str, String)> {
        self.tag_sentence(words).tags
    }

    /// [`Model::tag_words`], keeping the per-word hashes the tagger computed so that
    /// [`crate::ner::NameTagger::tag_tagged`] need not hash the words again.
    pub fn tag_sentence(&self, words: &[&str]) -> TaggedSentence<'_> {
        let mut hashes = Vec::new();
        let ids = self.tagger.tag(words, &mut hashes);
        let tags = words
            .iter()
            .zip(ids)
            .enumerate()
            .map(|(i, (w, id))| {
                let (u, x) = &self.tagger.classes[id as usize];
                (u.as_str(), x.as_str(), self.lemmatizer.lemma(w, u, i == 0))
            })
            .collect();
        TaggedSentence { tags, hashes }
    }
}

/// One tagged sentence ([`Model::tag_sentence`]): its tags and lemmas, and the hashes of its
/// words (normalised form, exact form, shape, affixes) that the name tagger uses too.
#[derive(Clone)]
pub struct TaggedSentence<'m> {
    /// (UPOS, XPOS, lemma) per word, as [`Model::tag_words`] gives them.
    pub tags: Vec<(&'m str, &'m str, String)>,
    pub(crate) hashes: Vec<TokenHashes>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table with empty, short and long rows, sparse-packed, must give the dense sums,
    /// full and per-class, and write the bytes the dense writer writes.
    #[test]
    fn sparse_rows_sum_and_write_like_the_dense_table() {
        let n = 40;
        let mut state = 11u64;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            state >> 33
        };
        let mut dense = vec![0i16; 64 * n];
        for (r, row) in dense.chunks_mut(n).enumerate() {
            // Rows 0, 8, 16, … stay empty; every fifth row is nearly full (a dense row).
            let filled = match r % 8 {
                0 => 0,
                _ if r % 5 == 0 => n - 2,
                k => k,
            };
            for _ in 0..filled {
                let c = next() as usize % n;
                row[c] = (next() % 2001) as i16 - 1000;
            }
        }
        let t = SparseRows::from_dense(&dense, n);
        assert!(!t.dense.is_empty(), "the test must cover dense rows");
        for r in 0..64 {
            let want: Vec<i32> = dense[r * n..(r + 1) * n]
                .iter()
                .map(|&w| w.into())
                .collect();
            let mut got = vec![0i32; n];
            t.add_row(r, &mut got);
            assert_eq!(got, want, "row {r}");
            let only = [1u8, 7, 39];
            let mut part = vec![0i32; n];
            t.add_row_for(r, &only, &mut part);
            for &c in &only {
                assert_eq!(part[c as usize], want[c as usize], "row {r} class {c}");
            }
        }
        let (mut a, mut b) = (Writer(Vec::new()), Writer(Vec::new()));
        write_weights(&mut a, &dense, n);
        t.write(&mut b);
        assert_eq!(a.0, b.0);
        let mut r = Reader {
            buf: &a.0,
            pos: 0,
            origin: "test",
        };
        assert_eq!(SparseRows::read(&mut r, 64, n).unwrap(), t);
        r.finish().unwrap();
    }
}
