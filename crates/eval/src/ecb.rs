//! ECB+ (Cybulska & Vossen 2014) read for event coreference: tokens, event and participant
//! mentions of the selected sentences, and the gold chains.
//!
//! Setting: gold mentions. Event mentions are the `ACTION_*` and `NEG_ACTION_*` markables
//! that lie in the sentences listed in `ECBplus_coreference_sentences*.csv`; a mention in a
//! `CROSS_DOC_COREF` relation belongs to its instance, one in an `INTRA_DOC_COREF` relation
//! to that document's target, any other is a singleton (the setup of Cybulska & Vossen
//! 2015, Kenyon-Dean et al. 2018, Barhom et al. 2019). Participant, time and location
//! markables are kept (their words, never their chains) as context for the resolver.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::EvalError;

/// The topics of the standard split (topics 15 and 17 do not exist in ECB+ 1.0).
pub const DEV_TOPICS: [u32; 8] = [2, 5, 12, 18, 21, 23, 34, 35];

/// Which topics to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EcbSplit {
    /// Topics 1–35 that are not development topics.
    Train,
    /// Topics 2, 5, 12, 18, 21, 23, 34 and 35.
    Dev,
}

impl EcbSplit {
    fn holds(self, topic: u32) -> bool {
        let dev = DEV_TOPICS.contains(&topic);
        match self {
            EcbSplit::Train => !dev && (1..=35).contains(&topic),
            EcbSplit::Dev => dev,
        }
    }
}

/// What a markable marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MarkableClass {
    Action,
    Human,
    NonHuman,
    Location,
    Time,
}

/// One markable of the selected sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct EcbMention {
    /// The markable's tag (`ACTION_OCCURRENCE`, `HUMAN_PART_PER`, ...).
    pub tag: String,
    pub class: MarkableClass,
    /// Indices into the document's tokens, ascending.
    pub tokens: Vec<usize>,
    pub sentence: u32,
    /// The gold chain: a cross-document instance id, `doc/target` for a within-document
    /// chain, or `doc/m_id` for a singleton.
    pub chain: String,
}

/// One ECB+ document.
#[derive(Debug, Clone, PartialEq)]
pub struct EcbDoc {
    /// The file name without `.xml` (`2_10ecbplus`).
    pub name: String,
    pub topic: u32,
    /// (sentence number, word) in text order.
    pub tokens: Vec<(u32, String)>,
    /// Markables of the selected sentences, in text order.
    pub mentions: Vec<EcbMention>,
}

impl EcbDoc {
    /// The words of a mention, joined by spaces.
    pub fn words(&self, m: &EcbMention) -> String {
        m.tokens
            .iter()
            .map(|&t| self.tokens[t].1.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Reads the documents of one split from the `ecbplus` directory (the one holding `ECB+/`
/// and the sentence-selection CSV), topics ascending, documents by name.
pub fn read_ecb(dir: &Path, split: EcbSplit) -> Result<Vec<EcbDoc>, EvalError> {
    let selected = read_selection(dir)?;
    let root = dir.join("ECB+");
    let io = |path: &Path, source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut files: Vec<(u32, PathBuf)> = Vec::new();
    for topic_dir in fs::read_dir(&root).map_err(|e| io(&root, e))? {
        let topic_dir = topic_dir.map_err(|e| io(&root, e))?.path();
        let Some(topic) = topic_dir
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if !split.holds(topic) {
            continue;
        }
        for f in fs::read_dir(&topic_dir).map_err(|e| io(&topic_dir, e))? {
            let f = f.map_err(|e| io(&topic_dir, e))?.path();
            if f.extension().is_some_and(|x| x == "xml") {
                files.push((topic, f));
            }
        }
    }
    files.sort();
    let mut docs = Vec::new();
    for (topic, path) in files {
        let text = fs::read_to_string(&path).map_err(|e| io(&path, e))?;
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let key = name.split_once('_').map(|(_, rest)| rest).unwrap_or("");
        let Some(sentences) = selected.get(&(topic, key.to_string())) else {
            continue; // no selected sentence: not part of the evaluation
        };
        let doc = parse_doc(&text, &name, topic, sentences).map_err(|cause| EvalError::Gold {
            path: path.clone(),
            cause,
        })?;
        docs.push(doc);
    }
    if docs.is_empty() {
        return Err(EvalError::Gold {
            path: root,
            cause: "no ECB+ document of this split found (pass the ecbplus directory that holds ECB+/ and the sentence CSV)".into(),
        });
    }
    Ok(docs)
}

/// (topic, file key such as `10ecbplus`) → selected sentence numbers.
fn read_selection(dir: &Path) -> Result<BTreeMap<(u32, String), BTreeSet<u32>>, EvalError> {
    let mut candidates: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| EvalError::Io {
            path: dir.to_path_buf(),
            source: e,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with("ECBplus_coreference_sentences") && n.ends_with(".csv")
            })
        })
        .collect();
    candidates.sort();
    let Some(path) = candidates.into_iter().next() else {
        return Err(EvalError::Gold {
            path: dir.to_path_buf(),
            cause: "no ECBplus_coreference_sentences*.csv here (pass the ecbplus directory)".into(),
        });
    };
    let text = fs::read_to_string(&path).map_err(|e| EvalError::Io {
        path: path.clone(),
        source: e,
    })?;
    let mut out: BTreeMap<(u32, String), BTreeSet<u32>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.trim().split(',').collect();
        if f.len() != 3 {
            continue;
        }
        let (Ok(topic), Ok(sentence)) = (f[0].parse::<u32>(), f[2].parse::<u32>()) else {
            return Err(EvalError::Gold {
                path: path.clone(),
                cause: format!("line {}: expected Topic,File,Sentence Number", n + 1),
            });
        };
        out.entry((topic, f[1].to_string()))
            .or_default()
            .insert(sentence);
    }
    Ok(out)
}

fn attr<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let pat = format!("{name}=\"");
    let start = line.find(&pat)? + pat.len();
    let end = line[start..].find('"')?;
    Some(&line[start..start + end])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn class_of(tag: &str) -> Option<MarkableClass> {
    let t = tag.strip_prefix("NEG_").unwrap_or(tag);
    Some(if t.starts_with("ACTION") {
        MarkableClass::Action
    } else if t.starts_with("HUMAN_PART") {
        MarkableClass::Human
    } else if t.starts_with("NON_HUMAN_PART") {
        MarkableClass::NonHuman
    } else if t.starts_with("LOC_") {
        MarkableClass::Location
    } else if t.starts_with("TIME_") {
        MarkableClass::Time
    } else {
        return None;
    })
}

fn parse_doc(
    text: &str,
    name: &str,
    topic: u32,
    selected: &BTreeSet<u32>,
) -> Result<EcbDoc, String> {
    let mut tokens = Vec::new();
    let mut tid: BTreeMap<String, usize> = BTreeMap::new();
    // m_id → (tag, token indices)
    let mut markables: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    let mut instance_of: BTreeMap<String, String> = BTreeMap::new();
    let mut chain_of: BTreeMap<String, String> = BTreeMap::new();
    let mut open: Option<(String, String)> = None; // (tag, m_id) of the markable being read
    let mut relation: Option<(bool, Vec<String>)> = None; // (cross-doc, sources)
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let bad = |what: &str| format!("line {}: {what}", n + 1);
        if line.starts_with("<token ") {
            let id = attr(line, "t_id").ok_or_else(|| bad("token without t_id"))?;
            let sentence = attr(line, "sentence")
                .and_then(|s| s.parse::<u32>().ok())
                .ok_or_else(|| bad("token without a numeric sentence"))?;
            let word = line
                .split_once('>')
                .and_then(|(_, rest)| rest.rsplit_once("</token>"))
                .map(|(w, _)| unescape(w))
                .ok_or_else(|| bad("token not closed on its line"))?;
            tid.insert(id.to_string(), tokens.len());
            tokens.push((sentence, word));
        } else if line.starts_with("<token_anchor") {
            if let (Some((_, m)), Some(t)) = (&open, attr(line, "t_id")) {
                if let (Some(&i), Some(entry)) = (tid.get(t), markables.get_mut(m)) {
                    entry.1.push(i);
                }
            }
        } else if line.starts_with("<source ") {
            if let (Some((_, sources)), Some(m)) = (&mut relation, attr(line, "m_id")) {
                sources.push(m.to_string());
            }
        } else if line.starts_with("<target ") {
            if let (Some((cross, sources)), Some(target)) = (&relation, attr(line, "m_id")) {
                let chain = if *cross {
                    instance_of
                        .get(target)
                        .cloned()
                        .unwrap_or_else(|| format!("{name}/{target}"))
                } else {
                    format!("{name}/{target}")
                };
                for s in sources {
                    chain_of.insert(s.clone(), chain.clone());
                }
            }
        } else if line.starts_with("<CROSS_DOC_COREF") || line.starts_with("<INTRA_DOC_COREF") {
            relation = Some((line.starts_with("<CROSS"), Vec::new()));
        } else if line.starts_with("</CROSS_DOC_COREF") || line.starts_with("</INTRA_DOC_COREF") {
            relation = None;
        } else if line.starts_with("</") {
            open = None;
        } else if let Some(rest) = line.strip_prefix('<') {
            let tag: String = rest
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                .collect();
            if tag.is_empty() || class_of(&tag).is_none() && tag != "UNKNOWN_INSTANCE_TAG" {
                continue;
            }
            let Some(m) = attr(line, "m_id") else {
                continue;
            };
            if let Some(instance) = attr(line, "instance_id") {
                instance_of.insert(m.to_string(), instance.to_string());
            } else if !line.ends_with("/>") {
                markables.insert(m.to_string(), (tag.clone(), Vec::new()));
                open = Some((tag, m.to_string()));
            }
        }
    }
    let mut mentions = Vec::new();
    for (m, (tag, mut toks)) in markables {
        let Some(class) = class_of(&tag) else {
            continue;
        };
        toks.sort_unstable();
        toks.dedup();
        let Some(&first) = toks.first() else {
            continue;
        };
        let sentence = tokens[first].0;
        if !selected.contains(&sentence) {
            continue;
        }
        let chain = chain_of
            .get(&m)
            .cloned()
            .unwrap_or_else(|| format!("{name}/{m}"));
        mentions.push(EcbMention {
            tag,
            class,
            tokens: toks,
            sentence,
            chain,
        });
    }
    mentions.sort_by(|a, b| a.tokens.cmp(&b.tokens).then(a.tag.cmp(&b.tag)));
    Ok(EcbDoc {
        name: name.to_string(),
        topic,
        tokens,
        mentions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<Document doc_name="9_1ecb.xml">
<token t_id="1" sentence="0" number="0">Rivers</token>
<token t_id="2" sentence="0" number="1">rose</token>
<token t_id="3" sentence="1" number="0">The</token>
<token t_id="4" sentence="1" number="1">river</token>
<token t_id="5" sentence="1" number="2">rose</token>
<token t_id="6" sentence="1" number="3">and</token>
<token t_id="7" sentence="1" number="4">flooded</token>
<token t_id="8" sentence="1" number="5">Tom&amp;Co</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"  >
  <token_anchor t_id="2"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"  >
  <token_anchor t_id="5"/>
</ACTION_OCCURRENCE>
<NEG_ACTION_OCCURRENCE m_id="3"  >
  <token_anchor t_id="7"/>
</NEG_ACTION_OCCURRENCE>
<NON_HUMAN_PART m_id="4"  >
  <token_anchor t_id="3"/>
  <token_anchor t_id="4"/>
</NON_HUMAN_PART>
<HUMAN_PART_ORG m_id="5"  >
  <token_anchor t_id="8"/>
</HUMAN_PART_ORG>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_rise" instance_id="ACT1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" >
<source m_id="2" />
<target m_id="9" />
</CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2" >
<source m_id="3" />
<target m_id="8" />
</INTRA_DOC_COREF>
</Relations>
</Document>"#;

    #[test]
    fn keeps_selected_sentences_and_reads_chains() {
        let selected: BTreeSet<u32> = [1].into_iter().collect();
        let doc = parse_doc(DOC, "9_1ecb", 9, &selected).unwrap();
        // "rose" in sentence 0 is not selected.
        assert_eq!(doc.mentions.len(), 4);
        let by_words: BTreeMap<String, &EcbMention> =
            doc.mentions.iter().map(|m| (doc.words(m), m)).collect();
        assert_eq!(by_words["rose"].chain, "ACT1");
        assert_eq!(by_words["flooded"].chain, "9_1ecb/8");
        assert_eq!(by_words["flooded"].class, MarkableClass::Action);
        assert_eq!(by_words["The river"].class, MarkableClass::NonHuman);
        assert_eq!(by_words["Tom&Co"].chain, "9_1ecb/5");
    }

    #[test]
    fn split_topics() {
        assert!(EcbSplit::Dev.holds(2) && !EcbSplit::Train.holds(2));
        assert!(EcbSplit::Train.holds(1) && !EcbSplit::Train.holds(36));
        assert!(!EcbSplit::Dev.holds(40));
    }
}
