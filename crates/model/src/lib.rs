//! The data model every newsgraph crate shares.
//!
//! One article goes in ([`Article`]); one article graph comes out ([`ArticleGraph`]): the
//! actors and places it names ([`Entity`], with every [`Mention`] located by sentence and by
//! Unicode code-point offsets, as NIF counts them), the typed role relations between them
//! ([`Relation`]) and the events it reports ([`Event`]: CAMEO code, source / target / place
//! roles, date, [`Polarity`] and attribution). Every relation and event carries the
//! [`Evidence`] it was read from.
//!
//! This crate holds types and their JSON form only: no I/O beyond the JSON Lines
//! interchange in [`jsonl`], no NLP. Values that come from outside ([`Cameo`],
//! [`TimeValue`], [`Span`]) are validated when built or deserialised, so an [`ArticleGraph`]
//! in hand is well formed.
//!
//! ```
//! use newsgraph_model::{Cameo, TimeValue, Polarity};
//! let code: Cameo = "112".parse()?;
//! assert_eq!(code.root(), "11");
//! let when: TimeValue = "198X".parse()?;
//! assert_eq!(when.to_string(), "198X");
//! assert_eq!(Polarity::default(), Polarity::Asserted);
//! # Ok::<(), newsgraph_model::ModelError>(())
//! ```

mod article;
mod cameo;
mod entity;
mod error;
mod event;
mod graph;
pub mod jsonl;
mod relation;
mod span;
mod time;

pub use article::{Article, Dateline};
pub use cameo::Cameo;
pub use entity::{Entity, EntityKind, EntityType, ExternalId};
pub use error::ModelError;
pub use event::Event;
pub use graph::ArticleGraph;
pub use relation::{Relation, RelationType};
pub use span::{Evidence, Mention, Span};
pub use time::{civil_from_days, days_from_civil, TimeValue};

use serde::{Deserialize, Serialize};

/// Whether the text says a relation or event really holds or happened.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// It happened / it holds.
    #[default]
    Asserted,
    /// The text says it did not happen ("no talks were held", "did not meet").
    Negated,
    /// Planned, proposed, possible, future, conditional or denied plans.
    Unrealised,
}

impl Polarity {
    /// The snake_case name used in JSON, RDF and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Asserted => "asserted",
            Polarity::Negated => "negated",
            Polarity::Unrealised => "unrealised",
        }
    }
}

impl std::str::FromStr for Polarity {
    type Err = ModelError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "asserted" => Ok(Polarity::Asserted),
            "negated" => Ok(Polarity::Negated),
            "unrealised" | "unrealized" => Ok(Polarity::Unrealised),
            other => Err(ModelError::Invalid {
                what: "polarity",
                value: other.to_string(),
                expected: "asserted, negated or unrealised",
            }),
        }
    }
}

/// The version of the extractor that produced a graph; stored as provenance.
pub const EXTRACTOR_VERSION: &str = concat!("newsgraph-", env!("CARGO_PKG_VERSION"));
