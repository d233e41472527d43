use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Evidence, ModelError, Polarity};

/// The closed set of role relations between entities (the gold format's list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationType {
    /// Speaks for a person or organisation (spokesman, press secretary).
    SpokespersonOf,
    /// Heads it (president, prime minister, king, chairman, leader, chief).
    LeaderOf,
    /// Holds another office in it (minister, ambassador, envoy, commander, senator).
    OfficialOf,
    /// Belongs to it.
    MemberOf,
    /// A person or group's country or organisation ("Russian officials").
    AffiliatedWith,
    /// A place or organisation within a larger one.
    PartOf,
    /// A place or organisation situated in a place.
    LocatedIn,
}

impl RelationType {
    /// Every relation type, in a fixed order.
    pub const ALL: [RelationType; 7] = [
        RelationType::SpokespersonOf,
        RelationType::LeaderOf,
        RelationType::OfficialOf,
        RelationType::MemberOf,
        RelationType::AffiliatedWith,
        RelationType::PartOf,
        RelationType::LocatedIn,
    ];

    /// The gold format's name (`spokesperson_of`).
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::SpokespersonOf => "spokesperson_of",
            RelationType::LeaderOf => "leader_of",
            RelationType::OfficialOf => "official_of",
            RelationType::MemberOf => "member_of",
            RelationType::AffiliatedWith => "affiliated_with",
            RelationType::PartOf => "part_of",
            RelationType::LocatedIn => "located_in",
        }
    }

    /// The RDF predicate's local name (`spokespersonOf`).
    pub fn local_name(self) -> &'static str {
        match self {
            RelationType::SpokespersonOf => "spokespersonOf",
            RelationType::LeaderOf => "leaderOf",
            RelationType::OfficialOf => "officialOf",
            RelationType::MemberOf => "memberOf",
            RelationType::AffiliatedWith => "affiliatedWith",
            RelationType::PartOf => "partOf",
            RelationType::LocatedIn => "locatedIn",
        }
    }
}

impl FromStr for RelationType {
    type Err = ModelError;
    /// Accepts both spellings: `spokesperson_of` and `spokespersonOf`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RelationType::ALL
            .into_iter()
            .find(|r| r.as_str() == s || r.local_name() == s)
            .ok_or_else(|| ModelError::Invalid {
                what: "relation type",
                value: s.to_string(),
                expected: "one of spokesperson_of, leader_of, official_of, member_of, \
                           affiliated_with, part_of, located_in",
            })
    }
}

impl fmt::Display for RelationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A typed role relation between two entities of one article graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Entity id of the subject.
    pub subject: String,
    pub predicate: RelationType,
    /// Entity id of the object.
    pub object: String,
    #[serde(default)]
    pub polarity: Polarity,
    /// Entity id of whoever the text says states it, if reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    pub evidence: Evidence,
    /// The extractor's confidence, from 0 to 1.
    pub confidence: f32,
}
