//! The word lists newsgraph reads articles with, compiled once and embedded in the binary.
//!
//! Countries (names, other spellings, demonyms, capitals, ISO and GeoNames codes), cities of
//! 100,000 people or more and capitals (GeoNames), titles and the role they give ("press
//! secretary" → `spokesperson_of`), event triggers with CAMEO codes, named people and
//! organisations and generic actor nouns from the PETRARCH2 Phoenix dictionaries, first names
//! seen in those dictionaries, and the cue words the extractor reads around names.
//!
//! The lists are TSV files in `data/lexicon/` (see `NOTICE.md` there for sources and
//! licences). Some are generated from the shared corpora by [`compile`] (`newsgraph lexicon
//! build`); the others are written by hand and never overwritten. [`Lexicon::embedded`]
//! parses the copies built into the binary on first use, so the tool stays one file.
//!
//! This crate only answers look-ups; it does not find names in text (that is
//! `newsgraph-extract`) nor give identities (`newsgraph-link`).
//!
//! ```
//! use newsgraph_lexicon::Lexicon;
//! use newsgraph_model::RelationType;
//! let lex = Lexicon::embedded();
//! let chile = lex.demonym("Chilean").unwrap();
//! assert_eq!((chile.name.as_str(), chile.iso2.as_str()), ("Chile", "CL"));
//! assert_eq!(lex.country("Kingdom of Norway").unwrap().iso2, "NO");
//! let t = lex.title("press secretary").unwrap();
//! assert_eq!(t.title.relation, RelationType::SpokespersonOf);
//! let accuse = &lex.triggers("accused")[0];
//! assert_eq!(accuse.cameo.as_str(), "112");
//! assert_eq!(lex.city("Lima").unwrap().country, "PE");
//! ```

mod compile;
mod error;
mod normalise;
mod starts;
mod tsv;
mod types;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

// Extraction looks up every word and phrase of an article; the default SipHash was a tenth
// of those look-ups' cost, and the keys are our own lists, not an attacker's.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use newsgraph_model::{Cameo, RelationType};

pub use compile::{compile, CompileReport};
pub use error::LexiconError;
use normalise::lookup_key;
pub use normalise::{is_acronym, key, key_into};
use starts::{Starts, StartsTable};
pub use types::{
    ActorType, Agent, City, Country, Cue, NamedActor, Title, TitleMatch, Trigger, TriggerPos,
};

/// The file names of `data/lexicon`, compiled ones first.
pub const COMPILED_FILES: [&str; 7] = [
    "countries.tsv",
    "cities.tsv",
    "towns.tsv",
    "actors.tsv",
    "agents.tsv",
    "first_names.tsv",
    "cameo_verbs.tsv",
];
/// The hand-written files of `data/lexicon`, which [`compile`] never writes.
pub const HAND_FILES: [&str; 8] = [
    "titles.tsv",
    "triggers.tsv",
    "cameo.tsv",
    "cues.tsv",
    "country_aliases.tsv",
    "historical_countries.tsv",
    "given_names.tsv",
    "regions.tsv",
];

macro_rules! embedded_file {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../data/lexicon/",
                $name
            )),
        )
    };
}

/// The lexicon files built into the binary, in the order of [`COMPILED_FILES`] then
/// [`HAND_FILES`].
const EMBEDDED: [(&str, &str); 15] = [
    embedded_file!("countries.tsv"),
    embedded_file!("cities.tsv"),
    embedded_file!("towns.tsv"),
    embedded_file!("actors.tsv"),
    embedded_file!("agents.tsv"),
    embedded_file!("first_names.tsv"),
    embedded_file!("cameo_verbs.tsv"),
    embedded_file!("titles.tsv"),
    embedded_file!("triggers.tsv"),
    embedded_file!("cameo.tsv"),
    embedded_file!("cues.tsv"),
    embedded_file!("country_aliases.tsv"),
    embedded_file!("historical_countries.tsv"),
    embedded_file!("given_names.tsv"),
    embedded_file!("regions.tsv"),
];

#[derive(Debug, Clone)]
struct NameEntry {
    index: usize,
    /// Set for acronyms, which match only as written.
    exact: Option<String>,
}

/// Every word list, indexed for look-up by [`key`]. The indexes are hash maps: extraction
/// looks up every candidate word and phrase, and they are never iterated, so their order
/// cannot reach any output.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    countries: Vec<Country>,
    country_names: HashMap<String, Vec<NameEntry>>,
    country_codes: HashMap<String, usize>,
    demonyms: HashMap<String, usize>,
    cities: Vec<City>,
    city_names: HashMap<String, usize>,
    /// Town name keys → the ISO2 codes of the countries with a town of that name.
    towns: HashMap<String, Vec<String>>,
    /// Region name keys → the ISO2 codes of the countries with a division of that name.
    regions: HashMap<String, Vec<String>>,
    actors: Vec<NamedActor>,
    actor_names: HashMap<String, Vec<NameEntry>>,
    titles: Vec<Title>,
    title_forms: HashMap<String, (usize, bool)>,
    triggers: Vec<Trigger>,
    trigger_forms: HashMap<String, Vec<usize>>,
    /// Forms a hand-written row marks `off`: the compiled verbs of that spelling are dropped.
    triggers_off: HashSet<String>,
    agents: Vec<Agent>,
    agent_forms: HashMap<String, (usize, bool)>,
    cues: HashMap<String, Vec<Cue>>,
    first_names: HashSet<String>,
    /// Given names that tell a gender, by key: true for a woman's name.
    given_names: HashMap<String, bool>,
    cameo_labels: HashMap<String, String>,
    max_words: usize,
    /// For the first word of every entry, by [`word_hash`]: the lengths in words of the
    /// entries it starts and of the cue phrases among them, bit `n` for `n` words (lengths
    /// above 15 share bit 15). Keyed by a hash, not a string, so that the look-up every
    /// token makes touches one small slot: with the name lists this table is megabytes, and
    /// out of cache after the tagger and parser have run, a string key cost a second miss.
    /// Two words sharing a hash would only share their bits, which makes a matcher try a
    /// phrase more, never miss one. One `u64` a slot (see `starts.rs`).
    starts: StartsTable,
    /// The same for the title forms alone (their lengths in `entries`): a capitalised
    /// phrase that starts some entry is looked up as a title too, and most start none.
    title_starts: StartsTable,
}

fn cue_bit(cue: Cue) -> u16 {
    1 << (cue as u16)
}

fn word_hash(word: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(word)
}

/// What [`Lexicon::word_starts`] knows of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordStarts {
    /// [`Lexicon::entry_lengths`] of the word.
    pub entries: u16,
    /// [`Lexicon::cue_lengths`] of the word.
    pub cue_phrases: u16,
    /// [`Lexicon::title_lengths`] of the word.
    pub titles: u16,
    cues: u16,
}

impl WordStarts {
    /// True when the word alone is in this cue list: [`Lexicon::is_cue`] of the word.
    pub fn is_cue(&self, cue: Cue) -> bool {
        self.cues & cue_bit(cue) != 0
    }
}

fn length_bit(phrase: &str) -> u16 {
    1 << phrase.split(' ').count().min(15)
}

static EMBEDDED_LEXICON: OnceLock<Lexicon> = OnceLock::new();

impl Lexicon {
    /// The lexicon built into the binary, parsed on first use and shared afterwards.
    pub fn embedded() -> &'static Lexicon {
        EMBEDDED_LEXICON.get_or_init(|| {
            // The embedded files are ours and fixed at build time; a test parses them, so a
            // failure here is a build defect, not a user error.
            Lexicon::from_sources(&EMBEDDED)
                .unwrap_or_else(|e| panic!("embedded lexicon is malformed: {e}"))
        })
    }

    /// Reads every lexicon file from a directory such as `data/lexicon` (for checking freshly
    /// compiled files before they are embedded).
    pub fn from_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        let mut texts = Vec::new();
        for name in COMPILED_FILES.iter().chain(HAND_FILES.iter()) {
            let path = dir.join(name);
            let text = std::fs::read_to_string(&path)
                .map_err(|source| LexiconError::Read { path, source })?;
            texts.push((*name, text));
        }
        let borrowed: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        Lexicon::from_sources(&borrowed)
    }

    /// Only the hand-written lists, which [`compile`] reads to filter what it compiles.
    pub(crate) fn hand_written() -> Result<Lexicon, LexiconError> {
        let only_hand: Vec<(&str, &str)> = EMBEDDED
            .iter()
            .map(|(n, t)| {
                if HAND_FILES.contains(n) {
                    (*n, *t)
                } else {
                    (*n, "")
                }
            })
            .collect();
        Lexicon::from_sources(&only_hand)
    }

    /// Parses `(file name, content)` pairs; unknown names are refused, missing ones are
    /// taken as empty.
    fn from_sources(files: &[(&str, &str)]) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        let get = |name: &str| {
            files
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, t)| *t)
                .unwrap_or("")
        };
        for (name, _) in files {
            if !COMPILED_FILES.contains(name) && !HAND_FILES.contains(name) {
                return Err(tsv::row_error(name, 0, "not a lexicon file"));
            }
        }
        lex.load_cameo_labels(get("cameo.tsv"))?;
        lex.load_countries(get("countries.tsv"))?;
        lex.load_historical(get("historical_countries.tsv"))?;
        lex.load_aliases(get("country_aliases.tsv"))?;
        lex.own_demonyms();
        lex.load_cities(get("cities.tsv"))?;
        lex.load_towns(get("towns.tsv"))?;
        lex.load_actors(get("actors.tsv"))?;
        lex.load_titles(get("titles.tsv"))?;
        lex.load_triggers(get("triggers.tsv"), "triggers.tsv", true)?;
        lex.load_triggers(get("cameo_verbs.tsv"), "cameo_verbs.tsv", false)?;
        lex.load_agents(get("agents.tsv"))?;
        lex.load_cues(get("cues.tsv"))?;
        lex.load_first_names(get("first_names.tsv"))?;
        lex.load_given_names(get("given_names.tsv"))?;
        lex.load_regions(get("regions.tsv"))?;
        lex.index_starts();
        Ok(lex)
    }

    /// Fills [`Lexicon::starts`] from every phrase list a matcher looks up.
    fn index_starts(&mut self) {
        let mut starts: HashMap<u64, Starts> = HashMap::default();
        let mut note = |k: &str, cue: bool| {
            let first = k.split(' ').next().unwrap_or("");
            let l = starts.entry(word_hash(first)).or_default();
            l.entries |= length_bit(k);
            if cue {
                l.cue_phrases |= length_bit(k);
            }
        };
        let keys = (self.country_names.keys())
            .chain(self.demonyms.keys())
            .chain(self.city_names.keys())
            .chain(self.actor_names.keys())
            .chain(self.title_forms.keys());
        for k in keys {
            note(k, false);
        }
        // `demonym_plural` strips an "s" off the word it is given.
        for k in self.demonyms.keys() {
            note(&format!("{k}s"), false);
        }
        for k in self.cues.keys() {
            note(k, true);
        }
        for k in self.cues.keys().filter(|k| !k.contains(' ')) {
            starts.entry(word_hash(k)).or_default().cue_word = true;
        }
        self.starts = StartsTable::new(starts.into_iter());
        let mut titles: HashMap<u64, Starts> = HashMap::default();
        for k in self.title_forms.keys() {
            let first = k.split(' ').next().unwrap_or("");
            titles.entry(word_hash(first)).or_default().entries |= length_bit(k);
        }
        self.title_starts = StartsTable::new(titles.into_iter());
    }

    fn note_words(&mut self, k: &str) {
        let n = k.split(' ').count();
        self.max_words = self.max_words.max(n.min(8));
    }

    fn add_country_name(&mut self, name: &str, index: usize) {
        let k = key(name);
        if k.is_empty() {
            return;
        }
        self.note_words(&k);
        let exact = is_acronym(name).then(|| name.to_string());
        let entries = self.country_names.entry(k).or_default();
        // The first country to claim a name keeps it: current states load before historical
        // ones, and a state's own names before aliases.
        if entries.iter().all(|e| e.exact != exact) {
            entries.push(NameEntry { index, exact });
        }
    }

    fn add_country(&mut self, c: Country) {
        let index = self.countries.len();
        self.country_codes.entry(c.iso2.clone()).or_insert(index);
        let mut names = vec![c.name.clone(), c.official.clone()];
        names.extend(c.names.iter().cloned());
        for n in &names {
            self.add_country_name(n, index);
        }
        for d in &c.demonyms {
            let k = key(d);
            self.note_words(&k);
            self.demonyms.entry(k).or_insert(index);
        }
        self.countries.push(c);
    }

    fn load_cameo_labels(&mut self, text: &str) -> Result<(), LexiconError> {
        for (line, f) in tsv::rows("cameo.tsv", text, 2)? {
            let code: Cameo = f[0]
                .parse()
                .map_err(|e| tsv::row_error("cameo.tsv", line, format!("{e}")))?;
            self.cameo_labels.insert(code.to_string(), f[1].to_string());
        }
        Ok(())
    }

    fn load_countries(&mut self, text: &str) -> Result<(), LexiconError> {
        const FILE: &str = "countries.tsv";
        for (line, f) in tsv::rows(FILE, text, 10)? {
            let geonames = parse_opt::<u32>(FILE, line, f[4])?;
            let coordinates = match (f[5], f[6]) {
                ("", "") => None,
                (lat, lon) => Some((
                    parse::<f64>(FILE, line, lat)?,
                    parse::<f64>(FILE, line, lon)?,
                )),
            };
            if f[0].len() != 2 {
                return Err(tsv::row_error(
                    FILE,
                    line,
                    "the ISO code must have two letters",
                ));
            }
            self.add_country(Country {
                iso2: f[0].to_string(),
                iso3: f[1].to_string(),
                name: f[2].to_string(),
                official: f[3].to_string(),
                geonames,
                coordinates,
                capital: f[7].to_string(),
                names: tsv::list(f[8]),
                demonyms: tsv::list(f[9]),
                historical: false,
            });
        }
        Ok(())
    }

    fn load_historical(&mut self, text: &str) -> Result<(), LexiconError> {
        for (_, f) in tsv::rows("historical_countries.tsv", text, 4)? {
            self.add_country(Country {
                iso2: f[0].to_string(),
                iso3: String::new(),
                name: f[1].to_string(),
                official: f[1].to_string(),
                geonames: None,
                coordinates: None,
                capital: String::new(),
                names: tsv::list(f[2]),
                demonyms: tsv::list(f[3]),
                historical: true,
            });
        }
        Ok(())
    }

    fn load_aliases(&mut self, text: &str) -> Result<(), LexiconError> {
        for (line, f) in tsv::rows("country_aliases.tsv", text, 2)? {
            let Some(&index) = self.country_codes.get(f[0]) else {
                // With the compiled countries absent (as when compiling), aliases wait.
                if self.countries.iter().any(|c| !c.historical) {
                    return Err(tsv::row_error(
                        "country_aliases.tsv",
                        line,
                        format!("unknown country code {}", f[0]),
                    ));
                }
                continue;
            };
            self.countries[index].names.push(f[1].to_string());
            self.add_country_name(f[1], index);
        }
        Ok(())
    }

    /// Demonyms the compiled list lacks ("Philippine") or gives first to a territory
    /// ("American" to the Northern Mariana Islands, "Dutch" to the Caribbean Netherlands):
    /// news copy means the sovereign state.
    fn own_demonyms(&mut self) {
        const OWNERS: [(&str, &str); 17] = [
            ("American", "US"),
            ("Dutch", "NL"),
            ("Dominican", "DO"),
            ("Philippine", "PH"),
            ("Bosnian", "BA"),
            ("Kyrgyz", "KG"),
            ("Tajik", "TJ"),
            ("Kazakh", "KZ"),
            ("Uzbek", "UZ"),
            ("Lao", "LA"),
            ("Argentinian", "AR"),
            ("Ecuadorian", "EC"),
            ("Slovenian", "SI"),
            ("Icelandic", "IS"),
            ("Nepali", "NP"),
            ("Surinamese", "SR"),
            // The list gives "East Timorese" only; copy from Dili writes "Timorese".
            ("Timorese", "TL"),
        ];
        for (demonym, iso2) in OWNERS {
            let Some(&index) = self.country_codes.get(iso2) else {
                continue;
            };
            let k = key(demonym);
            self.note_words(&k);
            self.demonyms.insert(k, index);
            let known = &mut self.countries[index].demonyms;
            if !known.iter().any(|d| d == demonym) {
                known.push(demonym.to_string());
            }
        }
    }

    fn load_cities(&mut self, text: &str) -> Result<(), LexiconError> {
        const FILE: &str = "cities.tsv";
        for (line, f) in tsv::rows(FILE, text, 8)? {
            let city = City {
                geonames: parse(FILE, line, f[0])?,
                name: f[1].to_string(),
                country: f[2].to_string(),
                coordinates: (parse(FILE, line, f[3])?, parse(FILE, line, f[4])?),
                population: parse(FILE, line, f[5])?,
                capital: f[6] == "1",
                names: tsv::list(f[7]),
            };
            let index = self.cities.len();
            let mut keys: Vec<String> = std::iter::once(&city.name)
                .chain(&city.names)
                .map(|n| key(n))
                .collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                self.note_words(&k);
                let better = match self.city_names.get(&k) {
                    None => true,
                    Some(&old) => {
                        let o = &self.cities[old];
                        (city.capital, city.population) > (o.capital, o.population)
                    }
                };
                if better {
                    self.city_names.insert(k, index);
                }
            }
            self.cities.push(city);
        }
        Ok(())
    }

    fn load_towns(&mut self, text: &str) -> Result<(), LexiconError> {
        for (_, f) in tsv::rows("towns.tsv", text, 2)? {
            self.towns.insert(f[0].to_string(), tsv::list(f[1]));
        }
        Ok(())
    }

    fn load_actors(&mut self, text: &str) -> Result<(), LexiconError> {
        const FILE: &str = "actors.tsv";
        for (line, f) in tsv::rows(FILE, text, 5)? {
            let actor_type = match f[1] {
                "person" => ActorType::Person,
                "organisation" => ActorType::Organisation,
                other => {
                    return Err(tsv::row_error(
                        FILE,
                        line,
                        format!("unknown actor type {other:?}"),
                    ))
                }
            };
            let index = self.actors.len();
            let k = key(f[0]);
            self.note_words(&k);
            let exact = is_acronym(f[0]).then(|| f[0].to_string());
            self.actor_names
                .entry(k)
                .or_default()
                .push(NameEntry { index, exact });
            self.actors.push(NamedActor {
                name: f[0].to_string(),
                actor_type,
                country: (!f[2].is_empty()).then(|| f[2].to_string()),
                canonical: f[3].to_string(),
                code: f[4].to_string(),
            });
        }
        Ok(())
    }

    fn load_titles(&mut self, text: &str) -> Result<(), LexiconError> {
        const FILE: &str = "titles.tsv";
        for (line, f) in tsv::rows(FILE, text, 3)? {
            let relation: RelationType = f[2]
                .parse()
                .map_err(|e| tsv::row_error(FILE, line, format!("{e}")))?;
            let index = self.titles.len();
            let (singular, plural) = (key(f[0]), key(f[1]));
            self.note_words(&singular);
            self.note_words(&plural);
            self.title_forms.insert(singular.clone(), (index, false));
            self.title_forms
                .entry(plural.clone())
                .or_insert((index, true));
            self.titles.push(Title {
                phrase: singular,
                plural,
                relation,
            });
        }
        Ok(())
    }

    fn load_triggers(&mut self, text: &str, file: &str, curated: bool) -> Result<(), LexiconError> {
        for (line, f) in tsv::rows(file, text, 5)? {
            let pos = match f[1] {
                "verb" => TriggerPos::Verb,
                "noun" => TriggerPos::Noun,
                other => {
                    return Err(tsv::row_error(
                        file,
                        line,
                        format!("pos must be verb or noun, not {other:?}"),
                    ))
                }
            };
            let cameo: Cameo = f[2]
                .parse()
                .map_err(|e| tsv::row_error(file, line, format!("{e}")))?;
            let (mut reciprocal, mut target_prep, mut requires) = (false, None, Vec::new());
            let (mut doers, mut off) = (Vec::new(), false);
            for flag in f[4]
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty() && *s != "-")
            {
                if flag == "recip" {
                    reciprocal = true;
                } else if flag == "off" && curated {
                    off = true;
                } else if let Some(p) = flag.strip_prefix("tprep:") {
                    target_prep = Some(key(p));
                } else if let Some(words) = flag.strip_prefix("obj:") {
                    requires = words.split('|').map(key).collect();
                } else if let Some(words) = flag.strip_prefix("subj:") {
                    doers = words.split('|').map(key).collect();
                } else {
                    return Err(tsv::row_error(file, line, format!("unknown flag {flag:?}")));
                }
            }
            let label = if f[3].is_empty() {
                self.cameo_label(&cameo).to_string()
            } else {
                f[3].to_string()
            };
            for form in tsv::list(f[0]) {
                let form = key(&form);
                if off {
                    self.triggers_off.insert(form);
                    continue;
                }
                if !curated && self.triggers_off.contains(&form) {
                    continue;
                }
                let slots = self.trigger_forms.entry(form.clone()).or_default();
                // A hand-written form hides the compiled verbs of the same spelling.
                if !curated && !slots.is_empty() {
                    continue;
                }
                slots.push(self.triggers.len());
                let n = form.split(' ').count();
                self.max_words = self.max_words.max(n.min(8));
                self.triggers.push(Trigger {
                    form,
                    pos,
                    cameo: cameo.clone(),
                    label: label.clone(),
                    reciprocal,
                    target_prep: target_prep.clone(),
                    requires: requires.clone(),
                    doers: doers.clone(),
                    curated,
                });
            }
        }
        Ok(())
    }

    fn load_agents(&mut self, text: &str) -> Result<(), LexiconError> {
        for (_, f) in tsv::rows("agents.tsv", text, 3)? {
            let index = self.agents.len();
            let (singular, plural) = (key(f[0]), key(f[1]));
            self.note_words(&singular);
            self.note_words(&plural);
            self.agent_forms
                .entry(singular.clone())
                .or_insert((index, false));
            if !plural.is_empty() {
                self.agent_forms
                    .entry(plural.clone())
                    .or_insert((index, true));
            }
            self.agents.push(Agent {
                phrase: singular,
                plural,
                code: f[2].to_string(),
            });
        }
        Ok(())
    }

    fn load_cues(&mut self, text: &str) -> Result<(), LexiconError> {
        for (line, f) in tsv::rows("cues.tsv", text, 2)? {
            let cue = Cue::ALL
                .into_iter()
                .find(|c| c.as_str() == f[1])
                .ok_or_else(|| {
                    tsv::row_error("cues.tsv", line, format!("unknown category {:?}", f[1]))
                })?;
            let k = key(f[0]);
            self.note_words(&k);
            let cues = self.cues.entry(k).or_default();
            if !cues.contains(&cue) {
                cues.push(cue);
                cues.sort();
            }
        }
        Ok(())
    }

    fn load_first_names(&mut self, text: &str) -> Result<(), LexiconError> {
        for (_, f) in tsv::rows("first_names.tsv", text, 2)? {
            self.first_names.insert(key(f[0]));
        }
        Ok(())
    }

    fn load_regions(&mut self, text: &str) -> Result<(), LexiconError> {
        for (line, f) in tsv::rows("regions.tsv", text, 2)? {
            if f[1].len() != 2 || !f[1].bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(tsv::row_error(
                    "regions.tsv",
                    line,
                    format!("country {:?}: expected an ISO 3166 alpha-2 code", f[1]),
                ));
            }
            let isos = self.regions.entry(key(f[0])).or_default();
            if !isos.iter().any(|c| c == f[1]) {
                isos.push(f[1].to_string());
            }
        }
        Ok(())
    }

    fn load_given_names(&mut self, text: &str) -> Result<(), LexiconError> {
        for (line, f) in tsv::rows("given_names.tsv", text, 2)? {
            let female = match f[1] {
                "f" => true,
                "m" => false,
                other => {
                    return Err(tsv::row_error(
                        "given_names.tsv",
                        line,
                        format!("gender {other:?}: expected f or m"),
                    ))
                }
            };
            self.given_names.insert(key(f[0]), female);
        }
        Ok(())
    }

    /// The country with this name, official name or other spelling (case-insensitive, except
    /// acronyms such as "UK", which match only as written).
    pub fn country(&self, name: &str) -> Option<&Country> {
        lookup_named(&self.country_names, name).map(|i| &self.countries[i])
    }

    /// [`Lexicon::country`] of `name` whose [`key`] the caller has made already (a matcher
    /// trying every capitalised phrase keeps one key buffer instead of a new string each
    /// time). `key` must be `key(name.trim())`.
    pub fn country_keyed(&self, name: &str, key: &str) -> Option<&Country> {
        lookup_keyed(&self.country_names, name.trim(), key).map(|i| &self.countries[i])
    }

    /// The country with this ISO 3166 alpha-2 code (or former code, for historical states).
    pub fn country_by_code(&self, iso2: &str) -> Option<&Country> {
        self.country_codes.get(iso2).map(|&i| &self.countries[i])
    }

    /// The country a demonym belongs to ("Azerbaijani" → Azerbaijan).
    pub fn demonym(&self, word: &str) -> Option<&Country> {
        self.demonyms
            .get(lookup_key(word).as_ref())
            .map(|&i| &self.countries[i])
    }

    /// The country of a plural demonym used as a noun ("Armenians" → Armenia).
    pub fn demonym_plural(&self, word: &str) -> Option<&Country> {
        let k = lookup_key(word);
        let singular = k.strip_suffix('s')?;
        if singular.ends_with('s') || singular.ends_with("sh") || singular.ends_with("ch") {
            return None;
        }
        self.demonyms.get(singular).map(|&i| &self.countries[i])
    }

    /// The ISO2 codes of the countries that have a town (a place below the cities' 100,000
    /// people) of this name. Too many such names are also words or surnames to find places
    /// by: ask only of a name the text already uses as a place.
    pub fn town_countries(&self, name: &str) -> &[String] {
        self.towns
            .get(lookup_key(name).as_ref())
            .map_or(&[], Vec::as_slice)
    }

    /// The ISO2 codes of the countries with a first-level division (a state, province,
    /// region) of this name, from our hand-written list. Like [`Lexicon::town_countries`],
    /// it says where a name the text already shows as a place lies, and what kind of place
    /// it is; it never finds places on its own.
    pub fn region_countries(&self, name: &str) -> &[String] {
        self.regions
            .get(lookup_key(name).as_ref())
            .map_or(&[], Vec::as_slice)
    }

    /// The city of this name; among namesakes, a capital first, then the most populous.
    pub fn city(&self, name: &str) -> Option<&City> {
        self.city_names
            .get(lookup_key(name).as_ref())
            .map(|&i| &self.cities[i])
    }

    /// The named person or organisation with this spelling.
    pub fn actor(&self, name: &str) -> Option<&NamedActor> {
        lookup_named(&self.actor_names, name).map(|i| &self.actors[i])
    }

    /// [`Lexicon::actor`] with the key made by the caller, as [`Lexicon::country_keyed`].
    pub fn actor_keyed(&self, name: &str, key: &str) -> Option<&NamedActor> {
        lookup_keyed(&self.actor_names, name.trim(), key).map(|i| &self.actors[i])
    }

    /// The title written this way, singular or plural.
    pub fn title(&self, phrase: &str) -> Option<TitleMatch<'_>> {
        self.title_forms
            .get(lookup_key(phrase).as_ref())
            .map(|&(i, plural)| TitleMatch {
                title: &self.titles[i],
                plural,
            })
    }

    /// The event triggers written this way (a form may be both a verb and a noun).
    pub fn triggers(&self, form: &str) -> Vec<&Trigger> {
        self.triggers_of(form).collect()
    }

    /// [`Lexicon::triggers`] without collecting them: extraction asks this of most verbs
    /// and nouns, and a vector for each answer was a tenth of its time in events.
    pub fn triggers_of<'s>(&'s self, form: &str) -> impl Iterator<Item = &'s Trigger> + Clone + 's {
        let slots: &'s [usize] = self
            .trigger_forms
            .get(lookup_key(form).as_ref())
            .map_or(&[], Vec::as_slice);
        slots.iter().map(move |&i| &self.triggers[i])
    }

    /// Whether a verb trigger is written this way: a word that, after a noun, is more likely
    /// the clause's verb than a word of the noun's phrase.
    pub fn is_verb_trigger(&self, form: &str) -> bool {
        self.triggers_of(form).any(|t| t.pos == TriggerPos::Verb)
    }

    /// The generic actor noun written this way, and whether it is the plural.
    pub fn agent(&self, phrase: &str) -> Option<(&Agent, bool)> {
        self.agent_forms
            .get(lookup_key(phrase).as_ref())
            .map(|&(i, p)| (&self.agents[i], p))
    }

    /// The cue categories of a word or phrase.
    pub fn cues(&self, phrase: &str) -> &[Cue] {
        self.cues
            .get(lookup_key(phrase).as_ref())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// True when the word or phrase is in the given cue list.
    pub fn is_cue(&self, phrase: &str, cue: Cue) -> bool {
        self.cues(phrase).contains(&cue)
    }

    /// True when the word is a first name of at least two people in the actor dictionaries.
    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(lookup_key(word).as_ref())
    }

    /// The gender a given name tells: `Some(true)` for a woman's name, `Some(false)` for a
    /// man's, `None` for a name not used overwhelmingly for one gender (or not listed).
    pub fn given_name_female(&self, word: &str) -> Option<bool> {
        self.given_names.get(lookup_key(word).as_ref()).copied()
    }

    /// The readable label of a CAMEO code: its own, else its root's, else "event".
    pub fn cameo_label(&self, code: &Cameo) -> &str {
        self.cameo_labels
            .get(code.as_str())
            .or_else(|| self.cameo_labels.get(code.root()))
            .map(String::as_str)
            .unwrap_or("event")
    }

    /// The lengths in words of the names (countries, cities, known actors), demonyms (and
    /// their plurals), titles and cue phrases whose first word is `first`, a [`key`]: bit
    /// `n` is set when such an entry has `n` words. A matcher that tries the phrases starting
    /// at a word can skip every length whose bit is clear; 0 means none starts with the word.
    /// (Triggers, agents and first names are not counted.)
    pub fn entry_lengths(&self, first: &str) -> u16 {
        self.starts.get(word_hash(first)).entries
    }

    /// [`Lexicon::entry_lengths`] for the title forms alone: when the phrase asked is a
    /// [`key`] in ASCII and its length bit is clear for its first word, [`Lexicon::title`] of
    /// the phrase is `None`.
    pub fn title_lengths(&self, first: &str) -> u16 {
        self.title_starts.get(word_hash(first)).entries
    }

    /// [`Lexicon::entry_lengths`] for the cue lists alone.
    pub fn cue_lengths(&self, first: &str) -> u16 {
        self.starts.get(word_hash(first)).cue_phrases
    }

    /// The word's cues and the lengths of the entries and cue phrases it starts, in one
    /// look-up of the word (a [`key`]): what a reader asks of every token.
    pub fn word_starts(&self, word: &str) -> WordStarts {
        let s = self.starts.get(word_hash(word));
        WordStarts {
            entries: s.entries,
            cue_phrases: s.cue_phrases,
            // Every title is an entry: a word that starts none starts no title either.
            titles: if s.entries == 0 {
                0
            } else {
                self.title_lengths(word)
            },
            // A word sharing its hash with a cue would share its bits too: the cue list
            // itself (small) says exactly which the word is.
            cues: if !s.cue_word {
                0
            } else {
                (self.cues(word).iter()).fold(0, |bits, &c| bits | cue_bit(c))
            },
        }
    }

    /// The most words any name or phrase of the lexicon has (at most 8): how far a matcher
    /// needs to look ahead.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Every country, current ones first, in file order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// How many entries each list holds, for reports.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        BTreeMap::from([
            ("countries", self.countries.len()),
            ("cities", self.cities.len()),
            ("towns", self.towns.len()),
            ("regions", self.regions.len()),
            ("actors", self.actors.len()),
            ("titles", self.titles.len()),
            ("triggers", self.triggers.len()),
            ("agents", self.agents.len()),
            ("cues", self.cues.len()),
            ("first_names", self.first_names.len()),
            ("given_names", self.given_names.len()),
        ])
    }
}

fn lookup_named(map: &HashMap<String, Vec<NameEntry>>, name: &str) -> Option<usize> {
    let written = name.trim();
    lookup_keyed(map, written, lookup_key(written).as_ref())
}

fn lookup_keyed(map: &HashMap<String, Vec<NameEntry>>, written: &str, key: &str) -> Option<usize> {
    map.get(key)?
        .iter()
        .find(|e| e.exact.as_deref().is_none_or(|x| x == written))
        .map(|e| e.index)
}

fn parse<T: std::str::FromStr>(file: &str, line: usize, s: &str) -> Result<T, LexiconError> {
    s.parse()
        .map_err(|_| tsv::row_error(file, line, format!("{s:?} is not a valid number")))
}

fn parse_opt<T: std::str::FromStr>(
    file: &str,
    line: usize,
    s: &str,
) -> Result<Option<T>, LexiconError> {
    if s.is_empty() {
        Ok(None)
    } else {
        parse(file, line, s).map(Some)
    }
}

#[cfg(test)]
mod tests;
