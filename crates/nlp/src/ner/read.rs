//! Readers of name-annotated corpora and of the place and demonym lists.

use super::{Gazetteer, NameKind};
use crate::error::{NlpError, Result};
use std::collections::BTreeSet;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One training sentence: words and gold name spans.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NerSentence {
    pub words: Vec<String>,
    pub names: Vec<(Range<usize>, NameKind)>,
}

/// How a `token<TAB or SPACE>tag` file spells its types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagScheme {
    /// `B-`/`I-` + `PER`/`ORG`/`LOC` (BTC, UNER, Wikigold; other types are ignored).
    Conll,
    /// WNUT-17: person, location, corporation and group (as ORG); products and creative
    /// works are ignored.
    Wnut17,
}

fn map_type(t: &str, scheme: TagScheme) -> Option<NameKind> {
    match (scheme, t) {
        (TagScheme::Conll, "PER") | (TagScheme::Wnut17, "person") => Some(NameKind::Person),
        (TagScheme::Conll, "ORG") | (TagScheme::Wnut17, "corporation" | "group") => {
            Some(NameKind::Organization)
        }
        (TagScheme::Conll, "LOC") | (TagScheme::Wnut17, "location") => Some(NameKind::Location),
        _ => None,
    }
}

/// Reads a CoNLL-style NER file: one token per line with its tag in the last column (or in
/// the third of UNER's five), blank lines between sentences, `#` comments and `-DOCSTART-`
/// skipped. IO and IOB2 both work: a span starts at `B-` or where the type changes.
pub fn read_ner_conll(path: &Path, scheme: TagScheme) -> Result<Vec<NerSentence>> {
    let src = std::fs::read_to_string(path).map_err(|e| NlpError::io(path, e))?;
    let mut out = Vec::new();
    let mut cur = NerSentence::default();
    let mut open: Option<(usize, Option<NameKind>)> = None;
    let close = |cur: &mut NerSentence, open: &mut Option<(usize, Option<NameKind>)>| {
        if let Some((s, Some(k))) = open.take() {
            cur.names.push((s..cur.words.len(), k));
        }
    };
    for (i, line) in src.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            close(&mut cur, &mut open);
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with("# ") || line.starts_with("-DOCSTART-") {
            continue;
        }
        let cols: Vec<&str> = line.split(['\t', ' ']).filter(|c| !c.is_empty()).collect();
        let (word, tag) = match cols.len() {
            2 => (cols[0], cols[1]),
            5 => (cols[1], cols[2]),
            _ => {
                return Err(NlpError::Conllu {
                    path: path.display().to_string(),
                    line: i + 1,
                    message: format!("expected `token tag`, found {} columns", cols.len()),
                })
            }
        };
        let (bio, ty) = tag.split_once('-').unwrap_or((tag, ""));
        let kind = map_type(ty, scheme);
        let begins = bio == "B" || open.is_none_or(|(_, k)| k != kind) || bio == "O";
        if bio == "O" {
            close(&mut cur, &mut open);
        } else if begins {
            close(&mut cur, &mut open);
            open = Some((cur.words.len(), kind));
        }
        cur.words.push(word.to_string());
    }
    close(&mut cur, &mut open);
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// A GUM mention's Wikipedia identity (or "") and its min-span (1-based word positions
/// within the mention: its head).
type Mention = (String, Vec<usize>);

/// Reads named PER / ORG / LOC mentions from GUM's `Entity=` MISC annotation, skipping the
/// documents in `exclude`. A mention counts as a name when its head (GUM's min-span) is a
/// proper noun; it is trimmed to the run of proper nouns around the head, joined only by
/// words such as `of`, `the` or `-` ("the [United States]", "[Bank of England]"), and nested
/// names inside an accepted one are dropped.
pub fn read_gum_entities(path: &Path, exclude: &BTreeSet<String>) -> Result<Vec<NerSentence>> {
    let src = std::fs::read_to_string(path).map_err(|e| NlpError::io(path, e))?;
    let mut out = Vec::new();
    let mut doc = String::new();
    let mut words: Vec<String> = Vec::new();
    let mut propn: Vec<bool> = Vec::new();
    let mut stack: Vec<(String, usize, Option<NameKind>, Mention)> = Vec::new();
    let mut mentions: Vec<(usize, usize, NameKind, Mention)> = Vec::new();
    let mut flush = |words: &mut Vec<String>,
                     propn: &mut Vec<bool>,
                     mentions: &mut Vec<(usize, usize, NameKind, Mention)>,
                     doc: &str| {
        if words.is_empty() {
            return;
        }
        let mut spans: Vec<(usize, usize, NameKind)> = mentions
            .iter()
            .filter_map(|(s, e, k, (identity, minspan))| {
                let (s, e, k) = (*s, *e, *k);
                // A name is a mention whose head (GUM's min-span) holds a proper noun; the
                // name is the run of proper nouns around it, joined only by words like `of`
                // or `-` ("Bank of England"), so a mention such as "Trinity College,
                // Cambridge" or "the X (Y), and the Z" does not become one long name.
                let head = minspan
                    .iter()
                    .map(|m| s + m.saturating_sub(1))
                    .find(|&i| i <= e && propn[i])?;
                let joins = |i: usize| {
                    matches!(
                        words[i].to_lowercase().as_str(),
                        "of" | "the" | "-" | "&" | "for" | "de" | "du" | "del" | "von" | "van"
                    )
                };
                let (mut first, mut last) = (head, head);
                loop {
                    let mut j = first;
                    while j > s && joins(j - 1) {
                        j -= 1;
                    }
                    if j > s && propn[j - 1] {
                        first = j - 1;
                    } else {
                        break;
                    }
                }
                loop {
                    let mut j = last;
                    while j < e && joins(j + 1) {
                        j += 1;
                    }
                    if j < e && propn[j + 1] {
                        last = j + 1;
                    } else {
                        break;
                    }
                }
                // With a Wikipedia identity ("Raphael_Warnock"), drop words outside it, such
                // as titles GUM tags PROPN ("Senator").
                let ident: Vec<String> = identity
                    .split(['_', ',', '(', ')'])
                    .filter(|x| !x.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                let in_ident = |i: usize| ident.contains(&words[i].to_lowercase());
                if !identity.is_empty() && (first..=last).any(in_ident) {
                    while !in_ident(first) {
                        first += 1;
                    }
                    while !in_ident(last) {
                        last -= 1;
                    }
                }
                Some((first, last + 1, k))
            })
            .collect();
        spans.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut names: Vec<(Range<usize>, NameKind)> = Vec::new();
        for (s, e, k) in spans {
            if names.iter().all(|(r, _)| e <= r.start || s >= r.end) {
                names.push((s..e, k));
            }
        }
        names.sort_by_key(|(r, _)| r.start);
        if !exclude.contains(doc) {
            out.push(NerSentence {
                words: std::mem::take(words),
                names,
            });
        }
        words.clear();
        propn.clear();
        mentions.clear();
    };
    for line in src.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id =") {
            doc = id.trim().to_string();
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut words, &mut propn, &mut mentions, &doc);
            stack.clear();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 || cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let i = words.len();
        words.push(cols[1].to_string());
        // "United" in "United States" is VERB or ADJ in UD but NNP in PTB: either counts.
        propn.push(cols[3] == "PROPN" || cols[4].starts_with("NNP"));
        let Some(ent) = cols[9].split('|').find_map(|kv| kv.strip_prefix("Entity=")) else {
            continue;
        };
        // Openers "(id-type-...", closers "id)", single-token "(id-type-...)".
        let b = ent.as_bytes();
        let mut k = 0;
        while k < b.len() {
            if b[k] == b'(' {
                let end = opener_end(ent, k + 1);
                let fields: Vec<&str> = ent[k + 1..end].split('-').collect();
                let id = fields.first().copied().unwrap_or_default().to_string();
                let identity = fields.get(7..).map(|f| f.join("-")).unwrap_or_default();
                let minspan: Vec<usize> = fields
                    .get(5)
                    .map(|m| m.split(',').filter_map(|x| x.parse().ok()).collect())
                    .unwrap_or_default();
                let kind = match fields.get(1).copied() {
                    Some("person") => Some(NameKind::Person),
                    Some("organization") => Some(NameKind::Organization),
                    Some("place") => Some(NameKind::Location),
                    _ => None,
                };
                if end < b.len() && b[end] == b')' {
                    if let Some(kd) = kind {
                        mentions.push((i, i, kd, (identity, minspan)));
                    }
                    k = end + 1;
                } else {
                    stack.push((id, i, kind, (identity, minspan)));
                    k = end;
                }
            } else {
                let end = ent[k..].find(')').map_or(ent.len(), |x| k + x);
                let id = &ent[k..end];
                if let Some(pos) = stack.iter().rposition(|(sid, _, _, _)| sid == id) {
                    let (_, s, kind, m) = stack.remove(pos);
                    if let Some(kd) = kind {
                        mentions.push((s, i, kd, m));
                    }
                }
                k = end + 1;
            }
        }
    }
    flush(&mut words, &mut propn, &mut mentions, &doc);
    Ok(out)
}

/// End of an opener's fields starting at `from`: the next `(` or `)`, skipping parentheses
/// inside a Wikipedia identity such as `Georgia_(country)`.
fn opener_end(ent: &str, from: usize) -> usize {
    let b = ent.as_bytes();
    let mut depth = 0;
    for k in from..b.len() {
        match b[k] {
            b'(' if k > 0 && b[k - 1] == b'_' => depth += 1,
            b')' if depth > 0 => depth -= 1,
            b'(' | b')' => return k,
            _ => {}
        }
    }
    b.len()
}

/// Paths of the standard name training data under a corpora directory.
pub fn standard_ner_sources(corpora: &Path) -> (PathBuf, Vec<(PathBuf, TagScheme)>) {
    (
        corpora.join("ud-gum/en_gum-ud-train.conllu"),
        vec![
            (corpora.join("ner-btc/btc.train"), TagScheme::Conll),
            (
                corpora.join("ner-wnut17/wnut17train.conll"),
                TagScheme::Wnut17,
            ),
            (
                corpora.join("ner-wikigold/wikigold.conll.txt"),
                TagScheme::Conll,
            ),
        ],
    )
}

/// Place names and demonyms from a corpora directory's `gazetteer/`: country common and
/// official names from `countries.json` plus GeoNames `cities15000.txt.gz` (name and ASCII
/// name) as places; English demonyms of countries (and their plurals) as demonyms. Returns
/// the lists and how many names each had.
pub fn read_gazetteer(corpora: &Path) -> Result<(Gazetteer, usize, usize)> {
    read_gazetteer_dir(&corpora.join("gazetteer"))
}

/// [`read_gazetteer`] given the gazetteer directory itself (`countries.json`,
/// `cities15000.txt.gz`).
pub fn read_gazetteer_dir(dir: &Path) -> Result<(Gazetteer, usize, usize)> {
    let cpath = dir.join("countries.json");
    let src = std::fs::read_to_string(&cpath).map_err(|e| NlpError::io(&cpath, e))?;
    let bad = |m: String| NlpError::Training(format!("{}: {m}", cpath.display()));
    let countries: serde_json::Value =
        serde_json::from_str(&src).map_err(|e| bad(e.to_string()))?;
    let (mut places, mut demonyms) = (Vec::new(), Vec::new());
    for c in countries
        .as_array()
        .ok_or_else(|| bad("expected an array of countries".into()))?
    {
        for key in ["common", "official"] {
            if let Some(n) = c["name"][key].as_str() {
                places.push(n.to_string());
            }
        }
        for g in ["m", "f"] {
            if let Some(d) = c["demonyms"]["eng"][g].as_str() {
                demonyms.push(d.to_string());
                demonyms.push(format!("{d}s"));
            }
        }
    }
    let gpath = dir.join("cities15000.txt.gz");
    let file = std::fs::File::open(&gpath).map_err(|e| NlpError::io(&gpath, e))?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .map_err(|e| NlpError::io(&gpath, e))?;
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() > 2 {
            places.push(cols[1].to_string());
            places.push(cols[2].to_string());
        }
    }
    Ok((
        Gazetteer::new(&places, &demonyms),
        places.len(),
        demonyms.len(),
    ))
}

/// Reads one name-annotated file, its format chosen by its name: `*.conllu` as GUM's `Entity=`
/// annotation (see [`read_gum_entities`]; documents in `exclude` skipped), anything else as a
/// token/tag file (see [`read_ner_conll`]) whose scheme is WNUT-17 when its tags use WNUT-17's
/// lower-case types (`B-person`, `I-corporation`, ...) and CoNLL otherwise.
pub fn read_ner_file(path: &Path, exclude: &BTreeSet<String>) -> Result<Vec<NerSentence>> {
    if path.extension().is_some_and(|e| e == "conllu") {
        return read_gum_entities(path, exclude);
    }
    let src = std::fs::read_to_string(path).map_err(|e| NlpError::io(path, e))?;
    let wnut = src.lines().any(|l| {
        l.rsplit(['\t', ' ']).next().is_some_and(|tag| {
            ["person", "location", "corporation", "group"]
                .iter()
                .any(|t| tag.strip_prefix("B-") == Some(*t) || tag.strip_prefix("I-") == Some(*t))
        })
    });
    read_ner_conll(
        path,
        if wnut {
            TagScheme::Wnut17
        } else {
            TagScheme::Conll
        },
    )
}
