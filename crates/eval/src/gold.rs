//! The gold format (`*.gold.json`): what a careful analyst extracts from one article.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use newsgraph_model::{Cameo, EntityKind, EntityType, Polarity, RelationType, TimeValue};
use serde::{Deserialize, Serialize};

use crate::EvalError;

/// One gold file. Unknown fields are refused, so that a misspelt role (`"souce"`) is an
/// error rather than a silently empty role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    pub article: GoldArticle,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// The article the gold file describes, and its metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldArticle {
    pub id: String,
    /// The article's file, relative to the articles directory.
    pub text_file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The dateline place ("Moscow").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
}

/// An actor or place, with every surface form that counts as naming it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEntity {
    pub id: String,
    pub kind: EntityKind,
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub names: Vec<String>,
}

/// A role relation between two gold entities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldRelation {
    pub subject: String,
    /// `spokesperson_of` or `spokespersonOf`: both spellings are accepted.
    pub predicate: String,
    pub object: String,
}

/// An event with its roles as lists of gold entity ids (each may be empty).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEvent {
    pub id: String,
    /// A readable label ("accuse"); matched against the output's label only when there
    /// is no `cameo`.
    #[serde(rename = "type")]
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    #[serde(default)]
    pub source: Vec<String>,
    #[serde(default)]
    pub target: Vec<String>,
    #[serde(default)]
    pub place: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default)]
    pub polarity: Polarity,
}

impl GoldEvent {
    /// The CAMEO root (first two digits), when the event has a code.
    pub fn cameo_root(&self) -> Option<&str> {
        self.cameo.as_deref().and_then(|c| c.get(..2))
    }
}

impl Gold {
    /// Parses and checks one gold file's JSON.
    pub fn from_json(json: &str) -> Result<Gold, String> {
        let gold: Gold = serde_json::from_str(json).map_err(|e| e.to_string())?;
        gold.check()?;
        Ok(gold)
    }

    /// Checks what serde cannot: ids are unique and defined, codes, dates and predicates
    /// are valid.
    pub fn check(&self) -> Result<(), String> {
        let mut ids = BTreeSet::new();
        for e in &self.entities {
            if !ids.insert(e.id.as_str()) {
                return Err(format!("entity {}: id used twice", e.id));
            }
            if e.names.iter().all(|n| n.trim().is_empty()) {
                return Err(format!("entity {}: no names", e.id));
            }
        }
        let known = |id: &str, what: &str| {
            if ids.contains(id) {
                Ok(())
            } else {
                Err(format!(
                    "{what} refers to {id:?}, which is not among the entities"
                ))
            }
        };
        for r in &self.relations {
            let what = format!("relation {} {} {}", r.subject, r.predicate, r.object);
            r.predicate
                .parse::<RelationType>()
                .map_err(|e| format!("{what}: {e}"))?;
            known(&r.subject, &what)?;
            known(&r.object, &what)?;
        }
        let mut event_ids = BTreeSet::new();
        for ev in &self.events {
            let what = format!("event {}", ev.id);
            if !event_ids.insert(ev.id.as_str()) {
                return Err(format!("{what}: id used twice"));
            }
            if let Some(code) = &ev.cameo {
                code.parse::<Cameo>().map_err(|e| format!("{what}: {e}"))?;
            }
            if let Some(date) = &ev.date {
                date.parse::<TimeValue>()
                    .map_err(|e| format!("{what}: {e}"))?;
            }
            for id in ev.source.iter().chain(&ev.target).chain(&ev.place) {
                known(id, &what)?;
            }
        }
        if let Some(p) = &self.article.published {
            p.parse::<TimeValue>()
                .map_err(|e| format!("article published: {e}"))?;
        }
        Ok(())
    }
}

/// Reads every `*.gold.json` file directly inside `dir`, in the byte order of their
/// names. Errors name the file.
pub fn load_gold_dir(dir: &Path) -> Result<Vec<(PathBuf, Gold)>, EvalError> {
    let io = |source| EvalError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let is_gold = path
            .file_name()
            .is_some_and(|n| n.as_encoded_bytes().ends_with(b".gold.json"));
        if is_gold && path.is_file() {
            paths.push(path);
        }
    }
    if paths.is_empty() {
        return Err(EvalError::NoGold {
            dir: dir.to_path_buf(),
        });
    }
    paths.sort_by(|a, b| {
        a.as_os_str()
            .as_encoded_bytes()
            .cmp(b.as_os_str().as_encoded_bytes())
    });
    paths
        .into_iter()
        .map(|path| {
            let json = fs::read_to_string(&path).map_err(|source| EvalError::Io {
                path: path.clone(),
                source,
            })?;
            let gold = Gold::from_json(&json).map_err(|cause| EvalError::Gold {
                path: path.clone(),
                cause,
            })?;
            Ok((path, gold))
        })
        .collect()
}
