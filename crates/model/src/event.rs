use serde::{Deserialize, Serialize};

use crate::{Cameo, Evidence, Polarity, TimeValue};

/// Something that happened (or, by its polarity, did not) between actors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Identifier unique within the article graph.
    pub id: String,
    /// The stable IRI given by linking; `None` until the graph is linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iri: Option<String>,
    pub cameo: Cameo,
    /// A readable label ("accuse", "meet").
    pub label: String,
    /// The word or phrase that signals the event ("accused", "talks").
    pub trigger: String,
    /// Entity ids of who acts.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Entity ids of whom it is done to.
    #[serde(default)]
    pub targets: Vec<String>,
    /// Entity ids of where it happens.
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<TimeValue>,
    #[serde(default)]
    pub polarity: Polarity,
    /// Entity id of whoever the text says reports it, if reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    pub evidence: Evidence,
    /// The extractor's confidence, from 0 to 1.
    pub confidence: f32,
}
