//! GUM (CoNLL-U with CorefUD `Entity=` brackets) read for entity coreference, and the link
//! crate's resolver scored on it.
//!
//! Setting: gold mentions and gold entity types, restricted to the types newsgraph links
//! (person, organization, place); the resolver sees each mention's words, head word, form
//! (name, description or pronoun, from the gold part of speech of its head), number and
//! whether it is a subject, never its chain. Scores are given with singletons (every
//! mention counts) and without (OntoNotes style: singleton chains removed on both sides).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use newsgraph_link::coref::{resolve, CorefMention, CorefOptions, MentionForm};
use newsgraph_model::EntityType;
use serde::Serialize;

use crate::coref::{coref_scores, without_singletons, CorefScores};
use crate::EvalError;

/// One gold mention of a GUM document.
#[derive(Debug, Clone, PartialEq)]
pub struct GumMention {
    pub mention: CorefMention,
    /// The gold chain (group id).
    pub chain: String,
}

/// One GUM document's mentions of the linked types, in text order.
#[derive(Debug, Clone, PartialEq)]
pub struct GumDoc {
    pub id: String,
    pub mentions: Vec<GumMention>,
}

/// The report `newsgraph eval-coref --gum` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GumReport {
    pub documents: usize,
    pub mentions: usize,
    pub gold_chains: usize,
    pub with_singletons: CorefScores,
    pub without_singletons: CorefScores,
}

struct Word {
    form: String,
    upos: String,
    feats: String,
    head: usize,
    deprel: String,
}

/// Reads every document of a GUM CoNLL-U file.
pub fn read_gum(path: &Path) -> Result<Vec<GumDoc>, EvalError> {
    let text = fs::read_to_string(path).map_err(|e| EvalError::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let mut docs = Vec::new();
    let mut doc: Option<GumDoc> = None;
    let mut sentence_index = 0usize;
    let mut position = 0usize;
    let mut words: Vec<Word> = Vec::new();
    let mut misc: Vec<String> = Vec::new();
    // Open mentions: (group, type, sentence-local start word).
    let mut open: Vec<(String, String, usize)> = Vec::new();
    let mut spans: Vec<(String, String, usize, usize)> = Vec::new();
    let flush = |doc: &mut Option<GumDoc>,
                 words: &mut Vec<Word>,
                 spans: &mut Vec<(String, String, usize, usize)>,
                 sentence_index: &mut usize,
                 position: &mut usize| {
        if words.is_empty() {
            return;
        }
        if let Some(d) = doc.as_mut() {
            for (group, etype, start, end) in spans.drain(..) {
                if let Some(m) = mention(words, start, end, &etype, *sentence_index, *position) {
                    d.mentions.push(GumMention {
                        mention: m,
                        chain: group,
                    });
                }
            }
        }
        *position += words.len();
        *sentence_index += 1;
        words.clear();
        spans.clear();
    };
    for (n, line) in text.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            flush(
                &mut doc,
                &mut words,
                &mut spans,
                &mut sentence_index,
                &mut position,
            );
            if let Some(d) = doc.take() {
                docs.push(d);
            }
            doc = Some(GumDoc {
                id: id.trim().to_string(),
                mentions: Vec::new(),
            });
            sentence_index = 0;
            position = 0;
            open.clear();
            continue;
        }
        if line.is_empty() {
            flush(
                &mut doc,
                &mut words,
                &mut spans,
                &mut sentence_index,
                &mut position,
            );
            misc.clear();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(EvalError::Gold {
                path: path.to_path_buf(),
                cause: format!("line {}: expected 10 tab-separated CoNLL-U columns", n + 1),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let index = words.len();
        words.push(Word {
            form: cols[1].to_string(),
            upos: cols[3].to_string(),
            feats: cols[5].to_string(),
            head: cols[6].parse().unwrap_or(0),
            deprel: cols[7].to_string(),
        });
        let Some(entity) = cols[9].split('|').find_map(|kv| kv.strip_prefix("Entity=")) else {
            continue;
        };
        // Brackets: "(g-type-...)" one-word mention, "(g-type-..." opens, "g)" closes.
        let b = entity.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'(' {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'(' && b[j] != b')' {
                    j += 1;
                }
                let fields: Vec<&str> = entity[start..j].split('-').collect();
                let group = fields.first().copied().unwrap_or("").to_string();
                let etype = fields.get(1).copied().unwrap_or("").to_string();
                if j < b.len() && b[j] == b')' {
                    spans.push((group, etype, index, index));
                    j += 1;
                } else {
                    open.push((group, etype, index));
                }
                i = j;
            } else {
                let start = i;
                while i < b.len() && b[i] != b')' && b[i] != b'(' {
                    i += 1;
                }
                let group = &entity[start..i];
                if i < b.len() && b[i] == b')' {
                    i += 1;
                }
                if let Some(k) = open.iter().rposition(|(g, _, _)| g == group) {
                    let (g, t, s) = open.remove(k);
                    // A mention never spans sentences in GUM; guard anyway.
                    let s = if s > index { index } else { s };
                    spans.push((g, t, s, index));
                }
            }
        }
    }
    flush(
        &mut doc,
        &mut words,
        &mut spans,
        &mut sentence_index,
        &mut position,
    );
    if let Some(d) = doc.take() {
        docs.push(d);
    }
    for d in &mut docs {
        d.mentions
            .sort_by_key(|m| (m.mention.position, m.mention.text.len()));
    }
    Ok(docs)
}

fn gum_type(t: &str) -> Option<EntityType> {
    match t {
        "person" => Some(EntityType::Person),
        "organization" => Some(EntityType::Organisation),
        "place" => Some(EntityType::Location),
        _ => None,
    }
}

fn mention(
    words: &[Word],
    start: usize,
    end: usize,
    etype: &str,
    sentence: usize,
    offset: usize,
) -> Option<CorefMention> {
    let etype = gum_type(etype)?;
    let inside = |w: usize| (start + 1..=end + 1).contains(&w);
    let head = (start..=end)
        .find(|&k| !inside(words[k].head))
        .unwrap_or(end);
    let h = &words[head];
    let text = words[start..=end]
        .iter()
        .map(|w| w.form.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let form = match h.upos.as_str() {
        "PRON" | "DET" => MentionForm::Pronoun,
        "PROPN" => MentionForm::Name,
        _ => MentionForm::Nominal,
    };
    Some(CorefMention {
        sentence,
        position: offset + start,
        text,
        head: h.form.clone(),
        form,
        etype: Some(etype),
        plural: h.feats.contains("Number=Plur"),
        subject: h.deprel.starts_with("nsubj"),
    })
}

/// Resolves every document and scores the chains.
pub fn evaluate_gum(docs: &[GumDoc], options: CorefOptions) -> GumReport {
    type Key = (usize, usize);
    let mut key: BTreeMap<(usize, String), Vec<Key>> = BTreeMap::new();
    let mut response: Vec<Vec<Key>> = Vec::new();
    let mut mentions = 0;
    for (d, doc) in docs.iter().enumerate() {
        let ms: Vec<CorefMention> = doc.mentions.iter().map(|m| m.mention.clone()).collect();
        for (i, m) in doc.mentions.iter().enumerate() {
            key.entry((d, m.chain.clone())).or_default().push((d, i));
        }
        for c in resolve(&ms, options) {
            response.push(c.into_iter().map(|i| (d, i)).collect());
        }
        mentions += ms.len();
    }
    let key: Vec<Vec<Key>> = key.into_values().collect();
    GumReport {
        documents: docs.len(),
        mentions,
        gold_chains: key.len(),
        with_singletons: coref_scores(&key, &response),
        without_singletons: coref_scores(&without_singletons(&key), &without_singletons(&response)),
    }
}

impl GumReport {
    pub fn write_text(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        writeln!(
            out,
            "GUM entity coreference (gold mentions and types: person, organization, place): {} documents, {} mentions, {} gold chains",
            self.documents, self.mentions, self.gold_chains
        )?;
        writeln!(
            out,
            "{:<18} {:>6} {:>6} {:>6} {:>9}",
            "setting", "MUC", "B3", "CEAF-e", "CoNLL F1"
        )?;
        for (name, s) in [
            ("with singletons", &self.with_singletons),
            ("without singletons", &self.without_singletons),
        ] {
            writeln!(
                out,
                "{:<18} {:>6.3} {:>6.3} {:>6.3} {:>9.3}",
                name, s.muc.f1, s.b3.f1, s.ceafe.f1, s.conll_f1
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# newdoc id = GUM_news_test
# text = Ana Lind said she would come .
1\tAna\tAna\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref
2\tLind\tLind\tPROPN\tNNP\tNumber=Sing\t1\tflat\t_\tEntity=1)
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
4\tshe\tshe\tPRON\tPRP\tNumber=Sing\t6\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-coref)
5\twould\twould\tAUX\tMD\t_\t6\taux\t_\t_
6\tcome\tcome\tVERB\tVB\t_\t3\tccomp\t_\t_
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# text = The town cheered .
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(2-place-new-nnnnn-cf1-2-sgl
2\ttown\ttown\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\tEntity=2)
3\tcheered\tcheer\tVERB\tVBD\t_\t0\troot\t_\t_
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

";

    #[test]
    fn reads_brackets_heads_and_forms() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.conllu");
        fs::write(&path, DOC).unwrap();
        let docs = read_gum(&path).unwrap();
        assert_eq!(docs.len(), 1);
        let m: Vec<(&str, &str, MentionForm, &str)> = docs[0]
            .mentions
            .iter()
            .map(|m| {
                (
                    m.mention.text.as_str(),
                    m.mention.head.as_str(),
                    m.mention.form,
                    m.chain.as_str(),
                )
            })
            .collect();
        assert_eq!(
            m,
            [
                ("Ana Lind", "Ana", MentionForm::Name, "1"),
                ("she", "she", MentionForm::Pronoun, "1"),
                ("The town", "town", MentionForm::Nominal, "2"),
            ]
        );
        assert_eq!(docs[0].mentions[2].mention.sentence, 1);
        let r = evaluate_gum(&docs, CorefOptions::default());
        assert_eq!(r.with_singletons.conll_f1, 1.0);
    }
}
