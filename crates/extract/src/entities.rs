//! The article's entities: types unknown names from their evidence across the whole
//! article, joins surnames to full names, and keeps every mention.

use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::ops::Range;

use newsgraph_lexicon::{ActorType, Lexicon};
use newsgraph_model::{EntityType, ExternalId};
use newsgraph_nlp::ner::NameKind;

use crate::doc::Doc;
use crate::names::{Evidence, Item, Kind};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MentionAt {
    pub start: usize,
    pub end: usize,
    pub sent: usize,
    /// True when the words name the entity (not a pronoun or "the spokesman").
    pub naming: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Ent {
    pub key: String,
    pub etype: EntityType,
    pub label: String,
    pub mentions: Vec<MentionAt>,
    pub external: Vec<ExternalId>,
    pub coordinates: Option<(f64, f64)>,
    /// ISO code of the country it is or belongs to, when the lexicon says.
    pub country: Option<String>,
    /// For a person: true for a woman, false for a man, when a given name, a gendered
    /// title ("spokeswoman", "Mr") or an agreeing pronoun has told.
    pub female: Option<bool>,
    /// Byte ranges already mentioned, so that a mention is kept once.
    seen: std::collections::BTreeSet<(usize, usize)>,
}

#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub list: Vec<Ent>,
    index: FxHashMap<String, usize>,
}

impl Entities {
    /// Of the entities `which` accepts, the one whose last mention that `counts` accepts
    /// ends latest: the entity a pronoun or a description most likely points back to. Ties
    /// go to the entity added later.
    pub fn latest_mentioned(
        &self,
        which: impl Fn(usize, &Ent) -> bool,
        counts: impl Fn(&MentionAt) -> bool,
    ) -> Option<usize> {
        self.latest_mentioned_kind(|_| true, which, counts)
    }

    /// [`Entities::latest_mentioned`] of the entities `kind` and `which` both accept, with
    /// `kind` asked first: a test of the type alone is cheaper than the scan of every
    /// mention, and most entities fail it (a description asked of every "the" and noun
    /// scanned the mentions of every entity of the article).
    pub fn latest_mentioned_kind(
        &self,
        kind: impl Fn(&Ent) -> bool,
        which: impl Fn(usize, &Ent) -> bool,
        counts: impl Fn(&MentionAt) -> bool,
    ) -> Option<usize> {
        // Then the mentions: an entity with no mention that counts (one named later in the
        // article) is dropped before `which` reads its label and mentions.
        (self.list.iter().enumerate())
            .filter(|(_, e)| kind(e))
            .filter_map(|(i, e)| {
                let last = e.mentions.iter().filter(|m| counts(m)).map(|m| m.end);
                let last = last.max()?;
                which(i, e).then_some((last, i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// Of the entities `which` accepts, the one mentioned first in the article (the fallback
    /// when nothing fitting was mentioned before the point of interest). Ties go to the
    /// entity added first.
    pub fn first_mentioned(&self, which: impl Fn(&Ent) -> bool) -> Option<usize> {
        (self.list.iter().enumerate())
            .filter(|&(_, e)| which(e))
            .filter_map(|(i, e)| Some((e.mentions.iter().map(|m| m.start).min()?, i)))
            .min()
            .map(|(_, i)| i)
    }

    pub fn add(&mut self, key: &str, etype: EntityType, label: &str) -> usize {
        if let Some(&i) = self.index.get(key) {
            return i;
        }
        let i = self.list.len();
        self.index.insert(key.to_string(), i);
        self.list.push(Ent {
            key: key.to_string(),
            etype,
            label: label.to_string(),
            mentions: Vec::new(),
            external: Vec::new(),
            coordinates: None,
            country: None,
            female: None,
            seen: Default::default(),
        });
        i
    }

    /// Makes `key` another key of entity `e`, unless the key is taken.
    pub fn alias(&mut self, key: &str, e: usize) {
        self.index.entry(key.to_string()).or_insert(e);
    }

    pub fn get(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// [`Entities::get`] of `prefix` and `name` joined (`"country:"` and an ISO code), the key
    /// written into a buffer the thread keeps: the steps ask for a country by its code some
    /// sixty times an article (the gazetteer's territories and divisions alone for every
    /// listed pair), and a `format!` for each was most of the ask.
    pub fn get_joined(&self, prefix: &str, name: &str) -> Option<usize> {
        thread_local! {
            static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        KEY.with_borrow_mut(|key| {
            key.clear();
            key.push_str(prefix);
            key.push_str(name);
            self.index.get(key.as_str()).copied()
        })
    }

    /// The entity of the country with this ISO code, if the article has made one.
    pub fn country_entity(&self, iso: &str) -> Option<usize> {
        self.get_joined("country:", iso)
    }

    /// [`Entities::country_entity`] when the text names that country: a country entity made
    /// only from a code (a city's, a demonym's) has no mention and is no actor of the story.
    pub fn named_country(&self, iso: &str) -> Option<usize> {
        self.country_entity(iso)
            .filter(|&c| !self.list[c].mentions.is_empty())
    }

    /// The country entity `x` is, or the one its lexicon country code names (made by
    /// [`Entities::country`], so it may not be mentioned in the text).
    pub fn country_of(&self, x: usize) -> Option<usize> {
        let ent = &self.list[x];
        if ent.etype == EntityType::Country {
            return Some(x);
        }
        self.country_entity(ent.country.as_ref()?)
    }

    pub fn mention(&mut self, e: usize, start: usize, end: usize, sent: usize, naming: bool) {
        let m = MentionAt {
            start,
            end,
            sent,
            naming,
        };
        if let Some(ent) = self.list.get_mut(e) {
            if ent.seen.insert((start, end)) {
                ent.mentions.push(m);
            }
        }
    }

    /// The country entity for an ISO code, created on first use.
    pub fn country(&mut self, doc: &Doc, iso2: &str) -> Option<usize> {
        let c = doc.lex.country_by_code(iso2)?;
        // Made once, asked for many times: no new key when it stands already.
        if let Some(e) = self.country_entity(iso2) {
            return Some(e);
        }
        let key = format!("country:{iso2}");
        let fresh = self.get(&key).is_none();
        let e = self.add(&key, EntityType::Country, &c.name);
        if fresh {
            let ent = &mut self.list[e];
            ent.external.push(ExternalId {
                scheme: "iso3166".into(),
                value: c.iso2.clone(),
            });
            if let Some(g) = c.geonames {
                ent.external.push(ExternalId {
                    scheme: "geonames".into(),
                    value: g.to_string(),
                });
            }
            ent.coordinates = c.coordinates;
            ent.country = Some(c.iso2.clone());
        }
        Some(e)
    }

    pub fn city(&mut self, doc: &Doc, name: &str) -> Option<usize> {
        let c = doc.lex.city(name)?;
        let key = format!("city:{}", c.geonames);
        let fresh = self.get(&key).is_none();
        let e = self.add(&key, EntityType::City, &c.name);
        if fresh {
            let ent = &mut self.list[e];
            ent.external.push(ExternalId {
                scheme: "geonames".into(),
                value: c.geonames.to_string(),
            });
            ent.coordinates = Some(c.coordinates);
            ent.country = Some(c.country.clone());
        }
        Some(e)
    }
}

/// The type an unknown name takes from all its evidence in the article, if any.
fn decide(evs: &[&Evidence], name: &str, lex: &Lexicon) -> Option<EntityType> {
    let any = |f: fn(&Evidence) -> bool| evs.iter().any(|e| f(e));
    let words = evs.first().map(|e| e.words).unwrap_or(0);
    if any(|e| e.polity) {
        Some(EntityType::Polity)
    } else if any(|e| e.facility) {
        Some(EntityType::Facility)
    } else if any(|e| e.org_word || e.acronym) {
        Some(EntityType::Organisation)
    } else if any(|e| e.body_context) && !any(|e| e.after_place_prep || e.region_next) {
        // "Chama Cha Mapinduzi (CCM)": a body, though its words look like a person's.
        Some(EntityType::Organisation)
    } else if any(|e| e.after_title || e.title_after) {
        Some(EntityType::Person)
    } else if any(|e| e.settlement) && !any(|e| e.region_next) {
        Some(EntityType::City)
    } else if !crate::seats::region_countries(lex, name).is_empty() {
        // "Arunachal Pradesh", "Zamfara": a division of a country is a place, whatever
        // the tagger makes of a name it has seldom seen.
        Some(EntityType::Region)
    } else if any(|e| e.after_place_prep || e.region_next) {
        // A name we only ever see as somewhere is a place, never a person.
        Some(if any(|e| e.region_next) || name.contains('-') {
            EntityType::Region
        } else {
            EntityType::Location
        })
    } else if any(|e| e.office_field) {
        // "the Director of Public Prosecutions said": the field of an office names no
        // person, whatever the verb or the name tagger says.
        None
    } else if any(|e| e.first_name) || (words >= 2 && any(|e| e.speech_next)) {
        Some(EntityType::Person)
    } else {
        // Last, the trained name tagger, when it reads the name the same way every time.
        let mut kinds = evs.iter().filter_map(|e| e.ner);
        let first = kinds.next()?;
        if kinds.any(|k| k != first) {
            return None;
        }
        match first {
            // Wire copy names a person in full first; a lone word the tagger alone calls a
            // person is more often a place or a body it does not know ("Mercosur").
            NameKind::Person if words == 1 => None,
            NameKind::Person => Some(EntityType::Person),
            NameKind::Organization => Some(EntityType::Organisation),
            NameKind::Location => Some(EntityType::Location),
            _ => None,
        }
    }
}

/// The words of a name that key it: a lower-case party word the name finder added ("the
/// ruling Velmar party") is no part of it, so the bare name later is the same body.
fn keyed_span(doc: &Doc, it: &Item) -> Range<usize> {
    let t = &it.toks;
    let party_word = matches!(&it.kind, Kind::Name(ev) if ev.org_word)
        && t.end - t.start >= 2
        && crate::party_words::BASE.contains(&doc.word(t.end - 1));
    if party_word {
        t.start..t.end - 1
    } else {
        t.clone()
    }
}

/// Whether `short` stands in brackets right after `full` ("Supreme Electoral Tribunal (TSE)").
fn bracketed(doc: &Doc, full: &Item, short: &Item) -> bool {
    full.toks.end + 1 == short.toks.start
        && doc.word(full.toks.end) == "("
        && doc.word(short.toks.end) == ")"
}

/// The acronym a name of three or more capitalised words would have ("Rapid Support
/// Forces" → "RSF", "Organization for Security and Co-operation in Europe" → "OSCE").
fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    for w in name.split(' ') {
        let Some(c) = w.chars().next() else { continue };
        if c.is_uppercase() {
            out.push(c);
        } else if !matches!(w, "of" | "for" | "and" | "the" | "in" | "on" | "de") {
            return None;
        }
    }
    (out.chars().count() >= 3).then_some(out)
}

/// Last words of a company's or a work's name that leave it the same thing when dropped:
/// "Caribe Azul Logistics" is "Caribe Azul", "Itaipu dam" is "Itaipu". Words that make
/// another body ("Court", "Council", "Foundation") are not among them, nor a political
/// body's ("Sarun Front" may fight over the town of Sarun).
const SAME_BODY_ENDINGS: &str = "\
    group holdings holding marine shipping airlines airways energy mining petroleum \
    oil resources industries motors logistics telecom pharmaceuticals partners \
    trading steel chemicals inc ltd llc plc corp corporation company gmbh jsc pjsc \
    breweries foods textiles cement insurance beverages utilities minerals dam mine \
    pipeline refinery";

/// Whether the name keyed `short` is a short form of the body keyed `long`: the body less a
/// last word of [`SAME_BODY_ENDINGS`] ("Caribe Azul" of "Caribe Azul Logistics"), less the
/// place it is "for" or "of" ("Civic Union" of "Civic Union for Bulgaria"), or the words
/// after its last "of the" ("Red Cross" of "International Committee of the Red Cross").
/// "Supreme Court" is no short form of "Supreme Court of Appeal": "Appeal" is no place.
fn short_form(lex: &Lexicon, short: &str, long: &str) -> bool {
    // Compared word by word without collecting either name: asked of every name against
    // every long name of the article, two vectors per pair were most of this step's work.
    let (s, l) = (short.split(' ').count(), long.split(' ').count());
    if l <= s {
        return false;
    }
    if long.split(' ').take(s).eq(short.split(' ')) {
        let mut after = long.split(' ').skip(s);
        let (Some(first), second) = (after.next(), after.next()) else {
            return false;
        };
        return match second {
            None => SAME_BODY_ENDINGS.split(' ').any(|e| e == first),
            Some(_) if s >= 2 && matches!(first, "for" | "of") => {
                let rest: Vec<&str> = long.split(' ').skip(s + 1).collect();
                let rest = rest.strip_prefix(&["the"]).unwrap_or(&rest).join(" ");
                lex.country(&rest).is_some()
                    || lex.city(&rest).is_some()
                    || !lex.region_countries(&rest).is_empty()
            }
            Some(_) => false,
        };
    }
    s >= 2
        && long.split(' ').skip(l - s).eq(short.split(' '))
        && l - s >= 2
        && long.split(' ').skip(l - s - 2).take(2).eq(["of", "the"])
}

/// Last words of a political movement's name that its members' word or its first word
/// alone may stand for: "Polisario" or "Polisarios" of "Polisario Front".
const MOVEMENT_ENDINGS: [&str; 2] = ["front", "movement"];

/// Whether `short` is the first word of the movement keyed `long`, or that word's plural.
fn movement_short(short: &str, long: &str) -> bool {
    let mut words = long.split(' ');
    let (Some(first), Some(last), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    MOVEMENT_ENDINGS.contains(&last) && (short == first || short.strip_suffix('s') == Some(first))
}

/// Whether the name at `toks` ends in a lower-case movement word ("Varnel movement"): one
/// capitalised word, but a movement's full name.
fn movement_ended(doc: &Doc, toks: &Range<usize>) -> bool {
    toks.len() >= 2 && MOVEMENT_ENDINGS.contains(&doc.word(toks.end - 1))
}

/// The possessive marker right before token `i`, if any.
fn owned_at(doc: &Doc, i: usize) -> Option<usize> {
    let m = i.checked_sub(1)?;
    doc.is_s_mark(m).then_some(m)
}

/// The first of the capitalised words that own token `i` through a possessive ("Public
/// Prosecutor" of "Public Prosecutor's Office"), past no article.
fn owner_start(doc: &Doc, i: usize) -> Option<usize> {
    let m = owned_at(doc, i)?;
    let mut from = m;
    while from > 0
        && doc.is_word(from - 1)
        && crate::text::is_capitalised(doc.word(from - 1))
        && doc.lower(from - 1) != "the"
    {
        from -= 1;
    }
    (from < m).then_some(from)
}

/// A state body's common noun ("Army", "Police").
fn is_body_word(text: &str) -> bool {
    matches!(
        newsgraph_lexicon::key(text).as_str(),
        "army"
            | "police"
            | "military"
            | "government"
            | "navy"
            | "opposition"
            | "palace"
            | "presidency"
    )
}

fn type_prefix(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "person",
        EntityType::Organisation => "org",
        EntityType::Polity => "polity",
        EntityType::Group => "group",
        _ => "place",
    }
}

/// Gives every named item its entity; returns, per sentence, the entity of each item.
/// `agency` is the key of the news agency the dateline names, if any.
pub(crate) fn resolve(
    doc: &Doc,
    items: &[Vec<Item>],
    ents: &mut Entities,
    agency: Option<&str>,
) -> Vec<Vec<Option<usize>>> {
    // The key of each name and city item's words, made once: the passes below ask for it
    // several times.
    let keys: Vec<Vec<Option<String>>> = (items.iter())
        .map(|its| {
            (its.iter())
                .map(|it| {
                    matches!(it.kind, Kind::Name(_) | Kind::City(_))
                        .then(|| newsgraph_lexicon::key(doc.slice(&keyed_span(doc, it))))
                })
                .collect()
        })
        .collect();
    let key_of = |s: usize, k: usize| -> &str {
        keys.get(s)
            .and_then(|row| row.get(k))
            .and_then(|key| key.as_deref())
            .unwrap_or("")
    };
    // Each item with its sentence and place in it, for `key_of`.
    let indexed = || {
        (items.iter().enumerate())
            .flat_map(|(s, its)| its.iter().enumerate().map(move |(k, it)| (s, k, it)))
    };
    let mut evidence: BTreeMap<&str, Vec<&Evidence>> = BTreeMap::new();
    for (s, k, it) in indexed() {
        if let Kind::Name(ev) = &it.kind {
            evidence.entry(key_of(s, k)).or_default().push(ev);
        }
    }
    let types: BTreeMap<&str, EntityType> = evidence
        .iter()
        .filter_map(|(&k, evs)| decide(evs, k, doc.lex).map(|t| (k, t)))
        .collect();
    // "Caribe Azul" after "Caribe Azul Logistics", "Red Cross" after "International
    // Committee of the Red Cross": a name the article also writes out in full is that body,
    // whatever its own evidence types it as. `None` when it shortens two bodies.
    let mut longs: Vec<(String, String, EntityType, String)> = Vec::new();
    for (s, k, it) in indexed() {
        match &it.kind {
            Kind::Known {
                canonical,
                actor_type: ActorType::Organisation,
                ..
            } => {
                let label = canonical.strip_prefix("The ").unwrap_or(canonical);
                let key = format!("actor:{canonical}");
                let t = EntityType::Organisation;
                longs.push((newsgraph_lexicon::key(label), key, t, label.to_string()));
            }
            // "Itaipu dam": one capitalised word, but a longer name all the same; so is
            // "the Varnel movement", keyed "Varnel" alone.
            Kind::Name(ev) if ev.words >= 2 || ev.facility || movement_ended(doc, &it.toks) => {
                let k = key_of(s, k);
                if let Some(&t) = types.get(k) {
                    if matches!(t, EntityType::Organisation | EntityType::Facility) {
                        let key = format!("{}:{k}", type_prefix(t));
                        longs.push((k.to_string(), key, t, doc.slice(&it.toks).to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    type Long = Option<(String, EntityType, String)>;
    let mut shorts: BTreeMap<&str, Long> = BTreeMap::new();
    for (s, k, it) in indexed() {
        let Kind::Name(ev) = &it.kind else { continue };
        let k = key_of(s, k);
        // A name after a title, a place the lists know, an acronym: not a body's
        // shortened name.
        let place = matches!(
            types.get(k),
            Some(EntityType::City | EntityType::Region | EntityType::Country)
        ) || !crate::seats::region_countries(doc.lex, k).is_empty();
        if ev.acronym || ev.after_title || place {
            continue;
        }
        // "the Polisario's envoy", "the Houthis' negotiator": a movement's name less its
        // "Front" or "Movement", with an article or owning something, is no town.
        let as_body = (it.toks.start > doc.sents[it.sent].toks.start
            && doc.lower(it.toks.start - 1) == "the")
            || matches!(
                doc.lower(it.toks.end),
                "'s" | "'" | "\u{2019}" | "\u{2019}s"
            );
        for (long, key, t, label) in &longs {
            // "the Varnels" after "the Varnel movement": the movement's key leaves out its
            // lower-case "movement", which its written name still holds.
            let movement = |long: &str| movement_short(k, long);
            let written = as_body && movement(&newsgraph_lexicon::key(label));
            if long != k && (short_form(doc.lex, k, long) || as_body && movement(long) || written) {
                let slot =
                    (shorts.entry(k)).or_insert_with(|| Some((key.clone(), *t, label.clone())));
                if slot.as_ref().is_some_and(|(other, ..)| other != key) {
                    *slot = None;
                }
            }
        }
    }
    let short_of = |s: usize, k: usize| shorts.get(key_of(s, k)).and_then(|l| l.as_ref());
    // Surnames of the people the article names in full.
    let mut surnames: BTreeMap<String, (String, String)> = BTreeMap::new();
    // ... and their first words: "Wang" after "Wang Lei" (a family name written first), or
    // a first name used alone. `None` when two people share it.
    let mut firsts: BTreeMap<String, Option<(String, String)>> = BTreeMap::new();
    let mut note_surname = |written: &str, key: String, label: &str| {
        if let Some(last) = written
            .split(' ')
            .next_back()
            .filter(|_| written.contains(' '))
        {
            surnames
                .entry(newsgraph_lexicon::key(last))
                .or_insert((key.clone(), label.to_string()));
            // "Ben Salem" after "Hedi Ben Salem": a surname of two words.
            if let Some((_, rest)) = written.split_once(' ').filter(|(_, r)| r.contains(' ')) {
                surnames
                    .entry(newsgraph_lexicon::key(rest))
                    .or_insert((key.clone(), label.to_string()));
            }
            // "Ould Sidi" after "Mohamed Lemine Ould Sidi", "López Obrador" after "Andrés
            // Manuel López Obrador": the last two words of a longer name.
            let all: Vec<&str> = written.split(' ').collect();
            if let [_, _, .., a, b] = all[..] {
                surnames
                    .entry(newsgraph_lexicon::key(&format!("{a} {b}")))
                    .or_insert((key.clone(), label.to_string()));
            }
            // "Burhan" after "Abdel Fattah al-Burhan".
            if let Some((article, rest)) = last.split_once('-') {
                let lower_article = article.len() <= 3 && article.chars().all(char::is_lowercase);
                if lower_article && rest.starts_with(char::is_uppercase) {
                    surnames
                        .entry(newsgraph_lexicon::key(rest))
                        .or_insert((key.clone(), label.to_string()));
                }
            }
            if let Some(first) = written.split(' ').next().filter(|f| f.len() > 1) {
                let slot = firsts
                    .entry(newsgraph_lexicon::key(first))
                    .or_insert_with(|| Some((key.clone(), label.to_string())));
                if slot.as_ref().is_some_and(|(k, _)| *k != key) {
                    *slot = None;
                }
            }
        }
    };
    for (s, k, it) in indexed() {
        match &it.kind {
            Kind::Known {
                canonical,
                actor_type: ActorType::Person,
                ..
            } => {
                note_surname(doc.slice(&it.toks), format!("actor:{canonical}"), canonical);
                note_surname(canonical, format!("actor:{canonical}"), canonical);
            }
            Kind::Name(_) => {
                let text = doc.slice(&it.toks);
                let short = short_of(s, k).is_some();
                let k = key_of(s, k);
                if types.get(k) == Some(&EntityType::Person) && !short {
                    note_surname(text, format!("person:{k}"), text);
                }
            }
            _ => {}
        }
    }
    // The entity key and type of item `k` of sentence `s` when it names a body: a known
    // organisation, or a name typed as an organisation or group.
    let body_key = |s: usize, k: usize, kind: &Kind| match kind {
        Kind::Known {
            canonical,
            actor_type: ActorType::Organisation,
            ..
        } => Some((format!("actor:{canonical}"), EntityType::Organisation)),
        Kind::Name(_) => {
            let k = key_of(s, k);
            match types.get(k) {
                Some(&t) if matches!(t, EntityType::Organisation | EntityType::Group) => {
                    Some((format!("{}:{k}", type_prefix(t)), t))
                }
                _ => None,
            }
        }
        _ => None,
    };
    // "Rapid Support Forces ... the RSF": an acronym is the body whose initials it spells.
    let mut acronyms: BTreeMap<String, (String, EntityType, String)> = BTreeMap::new();
    for (s, k, it) in indexed() {
        let text = doc.slice(&it.toks);
        // A one-word name spells no initials worth matching.
        if matches!(&it.kind, Kind::Name(ev) if ev.words < 2) {
            continue;
        }
        let Some((key, t)) = body_key(s, k, &it.kind) else {
            continue;
        };
        if let Some(a) = initials(text) {
            acronyms.entry(a).or_insert((key, t, text.to_string()));
        }
    }
    // "the Supreme Electoral Tribunal (TSE)": an acronym in brackets right after a body's
    // name is that body, whatever initials it spells.
    for (s, sent_items) in items.iter().enumerate() {
        for (k, w) in sent_items.windows(2).enumerate() {
            let (full, short) = (&w[0], &w[1]);
            let bracketed = bracketed(doc, full, short);
            let Kind::Name(ev) = &short.kind else {
                continue;
            };
            if !bracketed || !ev.acronym {
                continue;
            }
            // "the Stabilisation Mission in Somalia (SMS)": the acronym spells the body
            // the place completes, not the place.
            let in_place = (k >= 1).then(|| &sent_items[k - 1]).filter(|body| {
                body.toks.end + 1 == full.toks.start
                    && doc.lower(body.toks.end) == "in"
                    && matches!(full.kind, Kind::Country(_) | Kind::City(_))
            });
            let (k, full) = match in_place {
                Some(body) => (k - 1, body),
                None => (k, full),
            };
            let Some((key, t)) = body_key(s, k, &full.kind) else {
                continue;
            };
            let label = match &full.kind {
                Kind::Known { canonical, .. } => canonical.clone(),
                _ => doc.slice(&full.toks).to_string(),
            };
            acronyms.insert(doc.slice(&short.toks).to_string(), (key, t, label));
        }
    }
    let mut out = Vec::new();
    for (s, sent_items) in items.iter().enumerate() {
        let mut row: Vec<Option<usize>> = Vec::new();
        for (k, it) in sent_items.iter().enumerate() {
            let text = doc.slice(&it.toks);
            // "opposition parties": the words that tell which parties name them too.
            let kind_from = matches!(it.kind, Kind::RecipGroup)
                .then(|| crate::party_words::kind_start(doc, it.sent, it.toks.start));
            let (a, b) = match (&it.kind, kind_from) {
                (Kind::Based { start, end }, _) => (*start, *end),
                (Kind::RecipGroup, Some(from)) => {
                    (doc.toks[from].start, doc.toks[it.toks.end - 1].end)
                }
                _ => (doc.toks[it.toks.start].start, doc.toks[it.toks.end - 1].end),
            };
            // "Party spokesman X", "the Council said": a body's common noun alone is the
            // body named before whose name ends in it.
            let lone_org = matches!(&it.kind, Kind::Name(ev) if ev.words == 1
                && !ev.acronym
                && doc.is_cue(it.toks.start, newsgraph_lexicon::Cue::Org));
            let lone_body = match &it.kind {
                Kind::Name(_) if lone_org => {
                    ents.latest_mentioned(
                        |_, e| {
                            // Its head noun: "Council" of "Council of the Andean
                            // Community", "Party" of "National Renewal Party".
                            let head = match e.label.find(" of ") {
                                Some(at) => e.label[..at].rsplit(' ').next(),
                                None => e.label.rsplit(' ').next(),
                            };
                            // ... or the first of two words: "Treasury" of "Treasury
                            // Department".
                            let mut words = e.label.split(' ');
                            let first_of_two = words.next().filter(|_| words.count() == 1);
                            // "Army spokesman X" after "the Arakan Army" speaks for the
                            // state's army: the rebels' is called by its own name.
                            let rebel_army = text.eq_ignore_ascii_case("army")
                                && crate::descriptions::non_state(doc, e);
                            e.etype == EntityType::Organisation
                                && e.label.len() > text.len()
                                && !rebel_army
                                && (head.is_some_and(|w| w.eq_ignore_ascii_case(text))
                                    || first_of_two.is_some_and(|w| w.eq_ignore_ascii_case(text)))
                        },
                        |m| m.end <= a,
                    )
                }
                _ => None,
            };
            let e = match &it.kind {
                _ if lone_body.is_some() => lone_body,
                // "the President's Office": a body's common noun owned by a title is that
                // office-holder's bureau, named by the owner's words with it; owned by a
                // common noun ("the ministry's Office") it names no body of its own.
                _ if lone_org && owned_at(doc, it.toks.start).is_some() => {
                    owner_start(doc, it.toks.start).map(|from| {
                        let label = doc
                            .text
                            .get(doc.toks[from].start..doc.toks[it.toks.start].end)
                            .unwrap_or(text);
                        // Keyed by the word itself, so an acronym bracketed after it
                        // ("... Office (EPPO)") joins the same body.
                        let key =
                            format!("{}:{}", type_prefix(EntityType::Organisation), key_of(s, k));
                        ents.add(&key, EntityType::Organisation, label)
                    })
                }
                Kind::Name(_) if short_of(s, k).is_some() => {
                    short_of(s, k).map(|(full, t, label)| ents.add(full, *t, label))
                }
                Kind::Country(iso) | Kind::Demonym(iso) => ents.country(doc, iso),
                Kind::Nationals(iso) => {
                    let key = format!("nationals:{iso}");
                    let e = ents.add(&key, EntityType::Group, text);
                    ents.list[e].country = Some(iso.clone());
                    Some(e)
                }
                // "Salinas" after "Rodrigo Salinas": the person's surname, not the city.
                Kind::City(_) => match surnames.get(key_of(s, k)) {
                    Some((full, label)) if it.toks.len() == 1 => {
                        Some(ents.add(full, EntityType::Person, label))
                    }
                    // "the department of Totonicapán": the unit, not its capital.
                    _ if crate::names::after_unit_of(
                        doc,
                        it.toks.start,
                        doc.sents[it.sent].toks.start,
                    ) =>
                    {
                        let country = doc.lex.city(text).map(|c| c.country.clone());
                        let key = format!("place:{}", key_of(s, k));
                        let e = ents.add(&key, EntityType::Region, text);
                        ents.list[e].country = country;
                        Some(e)
                    }
                    _ => ents.city(doc, text),
                },
                Kind::Known {
                    canonical,
                    actor_type,
                    country,
                } => {
                    let t = match actor_type {
                        ActorType::Person => EntityType::Person,
                        ActorType::Organisation => EntityType::Organisation,
                    };
                    // "The European Union": a name, not a sentence; the article stays out.
                    let label = canonical.strip_prefix("The ").unwrap_or(canonical);
                    let key = format!("actor:{canonical}");
                    // "Economic Community of West African States (ECOWAS)": a known body's
                    // acronym in brackets after a body's name is that body.
                    let named_before = k
                        .checked_sub(1)
                        .filter(|&p| bracketed(doc, &sent_items[p], it))
                        .and_then(|p| -> Option<usize> { *row.get(p)? })
                        .filter(|&e| ents.list[e].etype == EntityType::Organisation);
                    if let (Some(e), ActorType::Organisation) = (named_before, actor_type) {
                        ents.alias(&key, e);
                    }
                    let e = ents.add(&key, t, label);
                    ents.list[e].country = country.clone();
                    Some(e)
                }
                // "Army spokesman X", "Police said": a state body's common noun,
                // capitalised to open a sentence or a title, is for the descriptions step
                // to give to the country's body, not a name of its own.
                Kind::Name(ev) if ev.words == 1 && is_body_word(text) => None,
                // "Residents said", "Protesters chanted": a plural noun for people,
                // capitalised to open a sentence, is for the group steps, not a person.
                Kind::Name(ev)
                    if ev.words == 1
                        && crate::descriptions::people_word(key_of(s, k))
                        && crate::groups::opens_sentence(doc, it.toks.start) =>
                {
                    None
                }
                // "told Lark Wire", "seen by Lark Wire": the agency the dateline names is
                // that agency wherever the text names it, whatever a speech verb or the
                // tagger makes of its two capitalised words.
                Kind::Name(_) if agency == Some(key_of(s, k)) => Some(ents.add(
                    &format!("org:{}", key_of(s, k)),
                    EntityType::Organisation,
                    text,
                )),
                Kind::Name(ev) => {
                    let k = key_of(s, k);
                    let first = firsts
                        .get(k)
                        .and_then(|f| f.as_ref())
                        .filter(|_| ev.words == 1 && !ev.acronym);
                    match (types.get(k), surnames.get(k)) {
                        // "Lind" alone is the person named in full elsewhere, whatever
                        // its own weak evidence says.
                        (_, Some((full, label))) if ev.words <= 2 => {
                            Some(ents.add(full, EntityType::Person, label))
                        }
                        // A first word the article uses alone for one person named in
                        // full, when nothing else the name could be is known.
                        // "Sultan Haitham" after "Sultan Haitham bin Tariq": a titled first
                        // name is that person too, not a second one.
                        (Some(EntityType::Person), None) if first.is_some() => {
                            first.map(|(full, label)| ents.add(full, EntityType::Person, label))
                        }
                        (None, None) if ev.words == 1 && !ev.acronym => first
                            .map(|(full, label)| ents.add(full, EntityType::Person, label))
                            .or_else(|| {
                                ev.speech_next.then(|| {
                                    ents.add(&format!("person:{k}"), EntityType::Person, text)
                                })
                            }),
                        _ if ev.acronym && acronyms.contains_key(text) => acronyms
                            .get(text)
                            .map(|(full, t, label)| ents.add(full, *t, label)),
                        (Some(&t), _) => {
                            let key = format!("{}:{k}", type_prefix(t));
                            Some(ents.add(&key, t, text))
                        }
                        (None, _) if ev.words == 1 && ev.speech_next => {
                            Some(ents.add(&format!("person:{k}"), EntityType::Person, text))
                        }
                        (None, _) => None,
                    }
                }
                // "urged all parties to", "talks with two smaller parties": political
                // parties at large, not the sides of the story's dispute.
                Kind::RecipGroup
                    if it.toks.start > 0
                        && matches!(
                            doc.lower(it.toks.start - 1),
                            "all" | "smaller" | "larger" | "other"
                        ) =>
                {
                    None
                }
                // "banned political parties", "the Sabah-based parties": a kind of parties,
                // an actor of its own named by the whole phrase ("no political parties" is
                // none).
                Kind::RecipGroup if doc.text.get(a..b).is_some_and(|t| t.len() > text.len()) => {
                    let phrase = doc.text.get(a..b).unwrap_or(text);
                    let before = kind_from.unwrap_or(it.toks.start);
                    if before > 0 && doc.lower(before - 1) == "no" {
                        None
                    } else {
                        let key = format!("group:parties:{}", newsgraph_lexicon::key(phrase));
                        Some(ents.add(&key, EntityType::Group, phrase))
                    }
                }
                Kind::RecipGroup => Some(ents.add("group:parties", EntityType::Group, text)),
                Kind::Line => Some(ents.add("place:line", EntityType::Line, text)),
                // "Dubai-based": the city, else the country.
                Kind::Based { start, end } => {
                    let head = doc.text.get(*start..*end).unwrap_or("");
                    ents.city(doc, head).or_else(|| {
                        let iso = (doc.lex.country(head))
                            .or_else(|| doc.lex.demonym(head))?
                            .iso2
                            .clone();
                        ents.country(doc, &iso)
                    })
                }
                Kind::Title { .. } | Kind::Pronoun => None,
            };
            if let Some(e) = e {
                // "Kenyan foreign ministry": a body a demonym opens is that country's.
                if let Kind::Name(ev) = &it.kind {
                    let first = doc.word(it.toks.start);
                    if ev.org_word && ents.list[e].country.is_none() && ev.words > 1 {
                        if let Some(c) = doc.lex.demonym(first).or_else(|| doc.lex.country(first)) {
                            ents.list[e].country = Some(c.iso2.clone());
                            // The country is an actor of the story even where only its
                            // bodies are named ("Kenyan riot police"): mentioned, not named.
                            if let Some(k) = ents.country(doc, &c.iso2) {
                                let w = &doc.toks[it.toks.start];
                                ents.mention(k, w.start, w.end, it.sent, false);
                            }
                        }
                    }
                }
                let naming = match it.kind {
                    // "Party" alone names no body; it points back to one.
                    _ if lone_body.is_some() => false,
                    Kind::Demonym(_) => false,
                    // "Saudi-led" does not name the country; "Qatar-based" does.
                    Kind::Based { start, end } => doc
                        .text
                        .get(start..end)
                        .is_some_and(|h| doc.lex.demonym(h).is_none()),
                    _ => true,
                };
                ents.mention(e, a, b, it.sent, naming);
                // The fullest name is the label ("Ana Lind", not "Lind").
                let ent = &mut ents.list[e];
                let better = matches!(
                    it.kind,
                    Kind::Name(_) | Kind::Nationals(_) | Kind::RecipGroup | Kind::Line
                ) && text.chars().count() > ent.label.chars().count()
                    && !ent.key.starts_with("actor:");
                if better {
                    ent.label = text.to_string();
                }
            }
            row.push(e);
        }
        out.push(row);
    }
    out
}

#[cfg(test)]
mod latest_tests {
    use super::Entities;
    use newsgraph_model::EntityType;

    /// A ministry named at bytes 0 and 40, a person at 20, a party at 60.
    fn four() -> Entities {
        let mut ents = Entities::default();
        let ministry = ents.add("org:ministry", EntityType::Organisation, "Foreign Ministry");
        let person = ents.add("person:ana lind", EntityType::Person, "Ana Lind");
        let party = ents.add("org:party", EntityType::Organisation, "Unity Party");
        ents.mention(ministry, 0, 16, 0, true);
        ents.mention(person, 20, 28, 0, true);
        ents.mention(ministry, 40, 56, 1, true);
        ents.mention(party, 60, 71, 2, true);
        ents
    }

    #[test]
    fn the_kind_first_finds_what_the_two_tests_together_find() {
        let ents = four();
        let org = |e: &super::Ent| e.etype == EntityType::Organisation;
        for at in [0, 16, 30, 56, 80] {
            let before = |m: &super::MentionAt| m.end <= at;
            let any = |_: usize, _: &super::Ent| true;
            let both = ents.latest_mentioned(|i, e| org(e) && any(i, e), before);
            assert_eq!(
                ents.latest_mentioned_kind(org, any, before),
                both,
                "at {at}"
            );
        }
        // The party is the latest organisation named by byte 80; the ministry by byte 56.
        assert_eq!(
            ents.latest_mentioned_kind(org, |_, _| true, |m| m.end <= 80),
            Some(2)
        );
        assert_eq!(
            ents.latest_mentioned_kind(org, |_, _| true, |m| m.end <= 56),
            Some(0)
        );
    }

    #[test]
    fn an_entity_of_another_kind_is_never_found_however_late() {
        let ents = four();
        let person = |e: &super::Ent| e.etype == EntityType::Person;
        let named_party = |_: usize, e: &super::Ent| e.label.ends_with("Party");
        assert_eq!(
            ents.latest_mentioned_kind(person, named_party, |m| m.end <= 80),
            None
        );
        // Nothing of the kind named before byte 20.
        assert_eq!(
            ents.latest_mentioned_kind(person, |_, _| true, |m| m.end <= 20),
            None
        );
    }
}
