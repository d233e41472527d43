use newsgraph_model::{Cameo, RelationType};

/// A country, current or historical, with what news uses to name it.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code; for a state that no longer exists, its ISO 3166-3 former
    /// alpha-2 code ("SU").
    pub iso2: String,
    /// ISO 3166-1 alpha-3 code; empty for historical states.
    pub iso3: String,
    /// The common English name ("Russia").
    pub name: String,
    /// The official English name ("Russian Federation").
    pub official: String,
    pub geonames: Option<u32>,
    /// WGS84 latitude and longitude of the country's centre.
    pub coordinates: Option<(f64, f64)>,
    pub capital: String,
    /// Other names and spellings.
    pub names: Vec<String>,
    /// Adjectives and nouns of nationality ("Russian").
    pub demonyms: Vec<String>,
    /// True for states that no longer exist.
    pub historical: bool,
}

/// A city of at least 100,000 people, or a capital.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    pub geonames: u32,
    pub name: String,
    /// Other names: the ASCII spelling, and English names of capitals and large cities.
    pub names: Vec<String>,
    /// ISO 3166-1 alpha-2 code of its country.
    pub country: String,
    pub coordinates: (f64, f64),
    pub population: u64,
    /// True for national capitals.
    pub capital: bool,
}

/// What a named actor of the PETRARCH2 dictionaries is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ActorType {
    Person,
    Organisation,
}

impl ActorType {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::Person => "person",
            ActorType::Organisation => "organisation",
        }
    }
}

/// A person or organisation known by name ("Angela Merkel", "Knesset").
#[derive(Debug, Clone, PartialEq)]
pub struct NamedActor {
    /// This spelling.
    pub name: String,
    /// The spelling every other spelling of the same actor maps to.
    pub canonical: String,
    pub actor_type: ActorType,
    /// ISO 3166-1 alpha-2 code of the country it belongs to, when it belongs to one.
    pub country: Option<String>,
    /// The CAMEO actor code of the dictionary ("RUSGOV").
    pub code: String,
}

/// A title or role noun and the relation its holder has with the body named beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// The singular, lower case ("press secretary").
    pub phrase: String,
    pub plural: String,
    pub relation: RelationType,
}

/// A title as found: which title, and whether the plural was written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TitleMatch<'a> {
    pub title: &'a Title,
    pub plural: bool,
}

/// Whether a trigger form is used as a verb or as a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TriggerPos {
    Verb,
    Noun,
}

/// A word or phrase that signals an event of a CAMEO type.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    /// The form as matched, lower case, articles removed ("violated ceasefire").
    pub form: String,
    pub pos: TriggerPos,
    pub cameo: Cameo,
    pub label: String,
    /// Symmetric events (clashes, talks): participants may come from "between A and B".
    pub reciprocal: bool,
    /// The target is the actor after this word ("on").
    pub target_prep: Option<String>,
    /// The trigger only counts when one of these words follows closely.
    pub requires: Vec<String>,
    /// The trigger only counts when its subject is one of these words ("police
    /// intervened" is coercion; a central bank intervening in a market is not).
    pub doers: Vec<String>,
    /// True for the hand-written list; false for verbs compiled from CAMEO.2.0, which are
    /// less certain.
    pub curated: bool,
}

/// A generic actor noun of the PETRARCH2 agents dictionary ("police", "rebel").
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    pub phrase: String,
    pub plural: String,
    /// The CAMEO agent code ("~MIL").
    pub code: String,
}

/// What a cue word tells the extractor; see `data/lexicon/cues.tsv` for each list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cue {
    Org,
    Polity,
    Region,
    Line,
    RecipGroup,
    PlacePrep,
    NotName,
    Negation,
    Unrealised,
    Speech,
    Reciprocal,
    /// A noun that makes the name before it, or the name it ends, a facility ("Varna
    /// bridge", "Halden Dam").
    Facility,
    /// A geographic feature that makes the name before it, or the name it ends, a region
    /// ("Arabian Sea", "Korean peninsula").
    Feature,
    /// An adjective of a continent or a wider region ("European", "Baltic"): alone before a
    /// common noun it names nothing.
    RegionAdjective,
    /// A plural noun for people who act together as a group ("judges", "elders").
    People,
    /// A plural noun for the people who make up a body: "<noun> of X" are members of X
    /// ("officers", "soldiers", "managers").
    Members,
}

impl Cue {
    pub const ALL: [Cue; 16] = [
        Cue::Org,
        Cue::Polity,
        Cue::Region,
        Cue::Line,
        Cue::RecipGroup,
        Cue::PlacePrep,
        Cue::NotName,
        Cue::Negation,
        Cue::Unrealised,
        Cue::Speech,
        Cue::Reciprocal,
        Cue::Facility,
        Cue::Feature,
        Cue::RegionAdjective,
        Cue::People,
        Cue::Members,
    ];

    /// The category name used in `cues.tsv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Cue::Org => "org",
            Cue::Polity => "polity",
            Cue::Region => "region",
            Cue::Line => "line",
            Cue::RecipGroup => "recip_group",
            Cue::PlacePrep => "place_prep",
            Cue::NotName => "not_name",
            Cue::Negation => "negation",
            Cue::Unrealised => "unrealised",
            Cue::Speech => "speech",
            Cue::Reciprocal => "reciprocal",
            Cue::Facility => "facility",
            Cue::Feature => "feature",
            Cue::RegionAdjective => "region_adjective",
            Cue::People => "people",
            Cue::Members => "members",
        }
    }
}
