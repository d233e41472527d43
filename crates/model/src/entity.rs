use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Mention;

/// Actors act; places are where things happen. A country is an actor that is also a place:
/// it is listed once, as an actor of type [`EntityType::Country`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Actor,
    Place,
}

/// The finer type of an entity; which types go with which kind is fixed by
/// [`EntityType::kind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    Person,
    Organisation,
    Country,
    /// A self-declared or sub-national polity acting as an actor.
    Polity,
    /// People acting together without being an organisation ("protesters", "senators").
    Group,
    City,
    Region,
    Facility,
    /// A front or contact line.
    Line,
    /// A place of unknown finer type.
    Location,
}

impl EntityType {
    /// The kind this type belongs to.
    pub fn kind(self) -> EntityKind {
        match self {
            EntityType::Person
            | EntityType::Organisation
            | EntityType::Country
            | EntityType::Polity
            | EntityType::Group => EntityKind::Actor,
            EntityType::City
            | EntityType::Region
            | EntityType::Facility
            | EntityType::Line
            | EntityType::Location => EntityKind::Place,
        }
    }

    /// The snake_case name used in JSON, RDF and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organisation => "organisation",
            EntityType::Country => "country",
            EntityType::Polity => "polity",
            EntityType::Group => "group",
            EntityType::City => "city",
            EntityType::Region => "region",
            EntityType::Facility => "facility",
            EntityType::Line => "line",
            EntityType::Location => "location",
        }
    }

    /// Every type, in a fixed order.
    pub const ALL: [EntityType; 10] = [
        EntityType::Person,
        EntityType::Organisation,
        EntityType::Country,
        EntityType::Polity,
        EntityType::Group,
        EntityType::City,
        EntityType::Region,
        EntityType::Facility,
        EntityType::Line,
        EntityType::Location,
    ];
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl EntityKind {
    /// The snake_case name used in JSON, RDF and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Actor => "actor",
            EntityKind::Place => "place",
        }
    }
}

/// An identifier of the entity in an outside authority.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ExternalId {
    /// `iso3166` (alpha-2 country code) or `geonames` (GeoNames id).
    pub scheme: String,
    pub value: String,
}

/// An actor or place named in one article, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Identifier unique within the article graph; relations and events refer to it.
    pub id: String,
    /// The stable IRI given by linking; `None` until the graph is linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iri: Option<String>,
    /// Actor or place; always equal to `etype.kind()`.
    pub kind: EntityKind,
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// The canonical name ("Ana Lind", "Sweden").
    pub label: String,
    /// Every distinct surface form that names it in this article, sorted.
    #[serde(default)]
    pub names: Vec<String>,
    /// Every mention, in text order.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Ids in outside authorities, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub external: Vec<ExternalId>,
    /// WGS84 latitude and longitude, for places known to the gazetteer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<(f64, f64)>,
}

impl Entity {
    /// A new entity of the given type with no mentions yet; `kind` follows from `etype`.
    pub fn new(id: impl Into<String>, etype: EntityType, label: impl Into<String>) -> Self {
        let label = label.into();
        Entity {
            id: id.into(),
            iri: None,
            kind: etype.kind(),
            etype,
            names: vec![label.clone()],
            label,
            mentions: Vec::new(),
            external: Vec::new(),
            coordinates: None,
        }
    }
}
