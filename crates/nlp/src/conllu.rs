//! A reader for the parts of CoNLL-U the tagger and the scorer need.

use crate::error::{NlpError, Result};
use std::path::Path;

/// One syntactic word (a CoNLL-U line with an integer id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// Head word, 1-based within the sentence; 0 is the root (CoNLL-U column 7; 0 when `_`).
    pub head: u32,
    /// Dependency relation with its subtype (`nsubj:pass`); empty when `_`.
    pub deprel: String,
}

/// A multi-word token: surface `form` covering words `first..=last` (0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiWord {
    pub first: usize,
    pub last: usize,
    pub form: String,
}

/// One sentence with its document id and raw text when the file gives them.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub doc_id: Option<String>,
    pub text: Option<String>,
    pub words: Vec<Word>,
    pub multi: Vec<MultiWord>,
    /// 1-based line of the sentence's first line, for messages.
    pub line: usize,
}

/// Reads a CoNLL-U file.
pub fn read_conllu(path: &Path) -> Result<Vec<Sentence>> {
    let src = std::fs::read_to_string(path).map_err(|e| NlpError::io(path, e))?;
    parse_conllu(&src, &path.display().to_string())
}

/// Parses CoNLL-U text; `origin` names the source in error messages.
pub fn parse_conllu(src: &str, origin: &str) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut doc: Option<String> = None;
    let mut cur = Sentence::default();
    let bad = |line: usize, message: String| NlpError::Conllu {
        path: origin.to_string(),
        line,
        message,
    };
    for (i, raw) in src.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if cur.line == 0 {
            cur.line = lineno;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim();
            if let Some(id) = c.strip_prefix("newdoc id =") {
                doc = Some(id.trim().to_string());
            } else if let Some(t) = c.strip_prefix("text =") {
                cur.text = Some(t.trim().to_string());
            }
            cur.doc_id.clone_from(&doc);
            continue;
        }
        cur.doc_id.clone_from(&doc);
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(bad(
                lineno,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // empty nodes of enhanced graphs carry no surface word
        }
        if let Some((a, b)) = id.split_once('-') {
            let parse = |s: &str| {
                s.parse::<usize>()
                    .map_err(|_| bad(lineno, format!("bad multi-word id {id:?}")))
            };
            let (a, b) = (parse(a)?, parse(b)?);
            if a == 0 || b < a {
                return Err(bad(lineno, format!("bad multi-word range {id:?}")));
            }
            cur.multi.push(MultiWord {
                first: a - 1,
                last: b - 1,
                form: cols[1].to_string(),
            });
            continue;
        }
        if id.parse::<usize>().is_err() {
            return Err(bad(lineno, format!("bad word id {id:?}")));
        }
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            head: cols[6].parse().unwrap_or(0),
            deprel: if cols[7] == "_" {
                String::new()
            } else {
                cols[7].to_string()
            },
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_multiword_tokens_and_doc_ids() {
        let src = "# newdoc id = d1\n# text = We don't.\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n\n";
        let s = parse_conllu(src, "x").unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].doc_id.as_deref(), Some("d1"));
        assert_eq!(s[0].words[1].lemma, "not");
        assert_eq!(s[0].multi[0].last, 1);
    }

    #[test]
    fn reports_line_of_bad_row() {
        let err = parse_conllu("1\tx\tx\n", "f.conllu")
            .unwrap_err()
            .to_string();
        assert!(err.contains("f.conllu:1"), "{err}");
    }
}
