//! Identity across articles: an article's actors, places and events are matched against the
//! identities already known (an [`IdentityIndex`]); a match reuses the IRI, anything new
//! gets a fresh stable IRI, and every decision is kept with its evidence so that `explain`
//! can show why two mentions are one identity.
//!
//! Evidence, strongest first:
//! - a gazetteer id (ISO 3166 code, GeoNames id): countries and known places meet by it;
//! - the same name of a compatible type ("Ana Lind" = "Ana Lind", "the Kremlin" = "Kremlin");
//! - a person's surname alone ("Lind") meets a known "Ana Lind" — or a full name meets an
//!   identity known only by its surname — only when the two articles also share another
//!   identity (a co-occurring person, organisation or place): a surname is not unique;
//! - an acronym and its expansion ("EU" / "European Union") meet inside an article (by
//!   coreference, [`crate::coref`]); across articles they meet through the names an article
//!   that writes both forms records. A bare acronym is not matched to a bare expansion of
//!   another article: which IRI the pair got would depend on which came first, and an
//!   organisation's IRI is its longest name ([`crate::canonical_name`]) precisely so that it
//!   does not.
//!
//! Conflicting evidence blocks a merge: a different first name ("Erik Lind" is not "Ana
//! Lind"), an incompatible type ("Georgia" the person is not Georgia the country).
//!
//! Events: two articles' events are one node only on evidence that they report the same
//! happening, because an analyst counts and dates what the graph says happened: one
//! accusation per dyad and day, not one per article that retold it. The evidence is
//! - the same CAMEO root and polarity (a planned visit is not a visit that happened);
//! - the same actors: each side's set of IRIs equal, or one contained in the other
//!   ("Ruritania accused Norland" and "Ruritania's president and Ruritania accused
//!   Norland"), never merely overlapping;
//! - a date that pins the happening: both known to the day or month, and equal, or one the
//!   month of the other's day. An undated event, or one dated only to a year, decade or
//!   interval, is never merged across articles: the same two countries accuse, meet and
//!   threaten each other many times a year, so "Ruritania accused Norland" (in 2023) is
//!   no evidence of which accusation it was, and merging on it is how one node came to
//!   stand for hundreds of articles' different events.
//!
//! The new event is compared with *each* article's report of a known event, not with the
//! union of them, and must agree with all of them: a known event's description never
//! grows, so merges cannot chain (a day report fits a month report, which fits another
//! day of that month, but the two days never meet; an event of one source fits one of
//! that source and another, which fits one of the other alone, but the two singles never
//! meet). When the new event fits two or more known events (a month report between two
//! days of that month), there is no evidence which one it retells and it joins none. An
//! article's events are taken as distinct happenings (joining an article's own events is
//! in-article work, not this): none is matched to another, and at most one of them takes
//! a given known IRI.
//!
//! Order: the identity *partition* does not depend on the order articles arrive in, as long
//! as every merge has the evidence above (surname merges need shared context both ways).
//! Which IRI a merged identity carries may: it is the IRI of the first article that named it.
//! For events the partition is order-free where agreeing is transitive among the reports
//! (say, all name the same actors, and no month report fits two different days): each
//! report then joins the one group of its equals. Where it is not (nested actor sets, a
//! month report beside two days) the first arrivals decide the groups; what holds in
//! every order is that any two reports of one event agree with each other.
//!
//! Known limit: identities are never merged after the fact. A bare surname that shares no
//! context with the full-name identities known when it arrives gets its own identity, and a
//! later article that would bridge the two (same full name as one, shared context with the
//! other) joins only one of them; ingesting in another order may then group differently.

use std::collections::BTreeSet;

use newsgraph_model::{ArticleGraph, Entity, EntityType, TimeValue};

use crate::{entity_iri, event_iri, ID_BASE};

/// What an index remembers of one identity.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    /// Entity types it was seen with (`person`, `country` ...).
    pub types: BTreeSet<String>,
    /// Lower-case first names of its full names (empty when only a surname is known).
    pub first_names: BTreeSet<String>,
    /// IRIs it co-occurred with in some article (recorded for persons only; [`IdentityIndex::profile`]
    /// leaves it empty — ask [`IdentityIndex::shared_context`], which costs one indexed
    /// look-up per IRI asked about however often the identity was seen).
    pub context: BTreeSet<String>,
}

/// What one article said of an event: the description later reports are matched against.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventProfile {
    pub sources: BTreeSet<String>,
    pub targets: BTreeSet<String>,
    /// Dates as written in the graph (`2016-04`, `2016-04-02`).
    pub dates: BTreeSet<String>,
}

/// Where identities live between articles: name keys to IRIs, and a profile per IRI. The
/// store keeps one (in the store, looked up by indexed patterns); [`MemoryIndex`] is for
/// tests and one-shot runs.
pub trait IdentityIndex {
    type Error;
    /// IRIs recorded under a key, sorted.
    fn lookup(&self, key: &str) -> Result<Vec<String>, Self::Error>;
    /// The profile of an IRI (empty when unknown).
    fn profile(&self, iri: &str) -> Result<Profile, Self::Error>;
    /// How many of `context` the identity has co-occurred with.
    fn shared_context(&self, iri: &str, context: &BTreeSet<String>) -> Result<usize, Self::Error>;
    /// What each article that reported the event said of it: one profile per article (an
    /// article's records of the IRI together), in article order; empty when unknown.
    fn event_reports(&self, iri: &str) -> Result<Vec<EventProfile>, Self::Error>;
    /// Records what one article says of an identity: its keys, its profile additions and
    /// why the article's entity has this IRI.
    fn record(&mut self, record: &IdentityRecord) -> Result<(), Self::Error>;
}

/// One article's contribution to one identity (entity or event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityRecord {
    pub iri: String,
    pub article: String,
    /// The entity's label in this article (or the event's label).
    pub label: String,
    pub keys: Vec<String>,
    pub profile: Profile,
    pub event: Option<EventProfile>,
    /// Why this article's entity or event has this IRI.
    pub reason: String,
}

/// One linking decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Entity or event id in the article graph.
    pub id: String,
    pub iri: String,
    pub reason: String,
    /// True when the IRI was already known.
    pub reused: bool,
}

/// A name as a key: lower case, words only, without a leading "the".
pub fn name_key(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let skip = usize::from(words.len() > 1 && words[0] == "the");
    words[skip..].join(" ")
}

const HONORIFICS: [&str; 9] = [
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
];

/// A person's name words without honorifics.
fn person_words(name: &str) -> Vec<String> {
    name_key(name)
        .split(' ')
        .filter(|w| !w.is_empty() && !HONORIFICS.contains(w))
        .map(str::to_string)
        .collect()
}

fn compatible(a: &str, b: &str) -> bool {
    let ty = |s: &str| EntityType::ALL.into_iter().find(|t| t.as_str() == s);
    match (ty(a), ty(b)) {
        (Some(x), Some(y)) => {
            x == y
                || (x != EntityType::Person
                    && y != EntityType::Person
                    && (x.kind() == y.kind()
                        || matches!(x, EntityType::Country | EntityType::Polity)
                        || matches!(y, EntityType::Country | EntityType::Polity)))
        }
        _ => a == b,
    }
}

fn acronym(words: &[&str]) -> Option<String> {
    let initials: String = words
        .iter()
        .filter(|w| !matches!(**w, "of" | "the" | "and" | "for" | "in" | "on"))
        .filter_map(|w| w.chars().next())
        .collect();
    (initials.chars().count() >= 2).then_some(initials)
}

/// True when no name of the entity is capitalised: a description such as "the two
/// countries" or "officials", which names a different group in every article.
fn is_description(e: &Entity) -> bool {
    !e.names
        .iter()
        .chain(std::iter::once(&e.label))
        .any(|n| n.chars().next().is_some_and(char::is_uppercase))
}

/// The lookup keys of an entity (none for a description).
fn keys_of(e: &Entity) -> Vec<String> {
    let mut keys = BTreeSet::new();
    if is_description(e) {
        return Vec::new();
    }
    for x in &e.external {
        keys.insert(format!("id|{}:{}", x.scheme, x.value.to_lowercase()));
    }
    let mut names: Vec<&str> = e.names.iter().map(String::as_str).collect();
    names.push(&e.label);
    // A person known by a full name is found by it; the bare surname only leads to
    // candidates that need more evidence (see `decide`).
    let full = e.etype == EntityType::Person && names.iter().any(|n| person_words(n).len() > 1);
    for n in names {
        let k = name_key(n);
        if k.is_empty() {
            continue;
        }
        if e.etype == EntityType::Person {
            let w = person_words(n);
            if let Some(last) = w.last() {
                keys.insert(format!("surname|{last}"));
            }
            if !w.is_empty() && (w.len() > 1 || !full) {
                keys.insert(format!("name|{}", w.join(" ")));
            }
        } else {
            keys.insert(format!("name|{k}"));
            let words: Vec<&str> = k.split(' ').collect();
            let caps = n
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            if words.len() == 1 && caps && k.chars().count() >= 2 {
                keys.insert(format!("acronym|{k}"));
            } else if words.len() > 2 {
                if let Some(a) = acronym(&words) {
                    keys.insert(format!("acronym|{a}"));
                }
            }
        }
    }
    keys.into_iter().collect()
}

fn first_names(e: &Entity) -> BTreeSet<String> {
    if e.etype != EntityType::Person {
        return BTreeSet::new();
    }
    e.names
        .iter()
        .chain(std::iter::once(&e.label))
        .map(|n| person_words(n))
        .filter(|w| w.len() > 1)
        .filter_map(|w| w.first().cloned())
        .collect()
}

/// Gives every entity and event of the graph its IRI against the index, records the
/// article's identities in the index, and returns the decisions (entities, then events).
/// The graph should have had in-article coreference first ([`crate::link_article`]).
pub fn link_identities<I: IdentityIndex>(
    graph: &mut ArticleGraph,
    index: &mut I,
) -> Result<Vec<Decision>, I::Error> {
    // Context for surname matches: the names-based IRIs of the article's other entities
    // with a gazetteer id or a multi-word name — stable whatever the order.
    let anchors: Vec<String> = graph
        .entities
        .iter()
        .filter(|e| {
            !e.external.is_empty()
                || (e.etype != EntityType::Person && name_key(&e.label).contains(' '))
                || person_words(&e.label).len() > 1
        })
        .map(entity_iri)
        .collect();
    let mut decisions = Vec::new();
    let mut records = Vec::new();
    for e in &graph.entities {
        let base = entity_iri(e);
        let keys = keys_of(e);
        let firsts = first_names(e);
        let context: BTreeSet<String> = anchors.iter().filter(|a| **a != base).cloned().collect();
        let etype = e.etype.as_str();
        let (iri, reason, reused) = decide(e, &base, &keys, &firsts, &context, index)?;
        let mut profile = Profile {
            types: [etype.to_string()].into_iter().collect(),
            first_names: firsts,
            context,
        };
        // Only people are matched by context (surnames); a place or organisation seen with
        // thousands of people would otherwise carry all of them.
        if e.etype != EntityType::Person {
            profile.context.clear();
        }
        decisions.push(Decision {
            id: e.id.clone(),
            iri: iri.clone(),
            reason: reason.clone(),
            reused,
        });
        records.push(IdentityRecord {
            iri,
            article: graph.article.id.clone(),
            label: e.label.clone(),
            keys,
            profile,
            event: None,
            reason,
        });
    }
    for (e, d) in graph.entities.iter_mut().zip(&decisions) {
        e.iri = Some(d.iri.clone());
    }
    for r in &records {
        index.record(r)?;
    }
    // Events, with their actors now as IRIs.
    let iri_of = |id: &str| -> Option<String> {
        graph
            .entities
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.iri.clone())
    };
    let mut event_decisions = Vec::new();
    let mut event_records = Vec::new();
    // Known IRIs taken by this article's events: an article's events are distinct.
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for ev in &graph.events {
        let report = EventProfile {
            sources: ev.sources.iter().filter_map(|s| iri_of(s)).collect(),
            targets: ev.targets.iter().filter_map(|s| iri_of(s)).collect(),
            dates: ev.date.iter().map(|d| d.to_string()).collect(),
        };
        let root = ev.cameo.root().to_string();
        let pinned = ev.date.as_ref().and_then(pin);
        // Keyed by root, polarity, source, target and month, so that the candidates of a key
        // stay few however many events an actor has over the years; every candidate then
        // shares the root and polarity (each report of an event was found by such a key).
        // An event without a pinning date or without actors on both sides gets no keys: it
        // is never matched, and nothing is matched to it.
        let polarity = ev.polarity.as_str();
        let keys: Vec<String> = match pinned {
            Some(p) => report
                .sources
                .iter()
                .flat_map(|s| report.targets.iter().map(move |t| (s, t)))
                .map(|(s, t)| format!("event|{root}|{polarity}|{}|{s}|{t}", p.month_key()))
                .collect(),
            None => Vec::new(),
        };
        let mut candidates = BTreeSet::new();
        for k in &keys {
            candidates.extend(index.lookup(k)?);
        }
        let mut fitting = Vec::new();
        for c in candidates {
            if taken.contains(&c) {
                continue;
            }
            let reports = index.event_reports(&c)?;
            if !reports.is_empty() && reports.iter().all(|r| reports_agree(r, &report)) {
                fitting.push(c);
            }
        }
        let (iri, reason, reused) = match (fitting.len(), pinned) {
            _ if keys.is_empty() && pinned.is_some() => (
                event_iri(&graph.article.id, &ev.id),
                "no source or no target: not matched across articles".to_string(),
                false,
            ),
            (1, _) => (
                fitting.remove(0),
                format!(
                    "same CAMEO root {root} and polarity, the same actors and an agreeing date \
                     as every earlier report"
                ),
                true,
            ),
            (0, Some(_)) => (
                event_iri(&graph.article.id, &ev.id),
                "first report of this event".to_string(),
                false,
            ),
            (0, None) => (
                event_iri(&graph.article.id, &ev.id),
                "not dated to the day or month: not matched across articles".to_string(),
                false,
            ),
            (n, _) => (
                event_iri(&graph.article.id, &ev.id),
                format!(
                    "fits {n} known events ({}): no evidence which one it reports",
                    fitting.join(", ")
                ),
                false,
            ),
        };
        if reused {
            taken.insert(iri.clone());
        }
        event_records.push(IdentityRecord {
            iri: iri.clone(),
            article: graph.article.id.clone(),
            label: ev.label.clone(),
            keys,
            profile: Profile::default(),
            event: Some(report),
            reason: reason.clone(),
        });
        event_decisions.push(Decision {
            id: ev.id.clone(),
            iri,
            reason,
            reused,
        });
    }
    // Recorded after the loop, so that no event of the article is matched to another.
    for r in &event_records {
        index.record(r)?;
    }
    for (ev, d) in graph.events.iter_mut().zip(&event_decisions) {
        ev.iri = Some(d.iri.clone());
    }
    decisions.extend(event_decisions);
    Ok(decisions)
}

/// A date precise enough to tell one happening from another of the same kind and dyad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pin {
    Day(i32, u8, u8),
    Month(i32, u8),
}

impl Pin {
    fn month_key(self) -> String {
        match self {
            Pin::Day(y, m, _) | Pin::Month(y, m) => format!("{y:04}-{m:02}"),
        }
    }

    /// Equal, or a month and a day of it.
    fn agrees(self, other: Pin) -> bool {
        match (self, other) {
            (Pin::Day(..), Pin::Day(..)) | (Pin::Month(..), Pin::Month(..)) => self == other,
            (Pin::Day(y, m, _), Pin::Month(y2, m2)) | (Pin::Month(y2, m2), Pin::Day(y, m, _)) => {
                (y, m) == (y2, m2)
            }
        }
    }
}

/// The pinning date of a time value: a day or a month; a year, a decade or an interval
/// pins nothing.
fn pin(t: &TimeValue) -> Option<Pin> {
    match *t {
        TimeValue::Day { year, month, day } => Some(Pin::Day(year, month, day)),
        TimeValue::Month { year, month } => Some(Pin::Month(year, month)),
        _ => None,
    }
}

/// Each side's actors equal, or one side's set inside the other's.
fn nested(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    !a.is_empty() && !b.is_empty() && (a.is_subset(b) || b.is_subset(a))
}

/// True when two articles' reports may be of one happening: nested actors on both sides
/// and every date of one agreeing with every date of the other (a stored date that does
/// not parse, or does not pin, agrees with nothing).
fn reports_agree(known: &EventProfile, new: &EventProfile) -> bool {
    let pins = |p: &EventProfile| -> Option<Vec<Pin>> {
        p.dates
            .iter()
            .map(|d| d.parse::<TimeValue>().ok().as_ref().and_then(pin))
            .collect()
    };
    let (Some(a), Some(b)) = (pins(known), pins(new)) else {
        return false;
    };
    !a.is_empty()
        && !b.is_empty()
        && a.iter().all(|x| b.iter().all(|y| x.agrees(*y)))
        && nested(&known.sources, &new.sources)
        && nested(&known.targets, &new.targets)
}

/// The candidates of a key, the entity's own IRI first (so that re-ingesting an article
/// finds what it found before).
fn candidates<I: IdentityIndex>(index: &I, key: &str, base: &str) -> Result<Vec<String>, I::Error> {
    let mut c = index.lookup(key)?;
    if let Some(i) = c.iter().position(|x| x == base) {
        let own = c.remove(i);
        c.insert(0, own);
    }
    Ok(c)
}

fn decide<I: IdentityIndex>(
    e: &Entity,
    base: &str,
    keys: &[String],
    firsts: &BTreeSet<String>,
    context: &BTreeSet<String>,
    index: &I,
) -> Result<(String, String, bool), I::Error> {
    let etype = e.etype.as_str();
    // A description ("the two countries", "officials") names a different group in every
    // article: it keeps its own IRI and is never matched.
    if is_description(e) {
        return Ok((
            base.to_string(),
            "description, not linked across articles".into(),
            false,
        ));
    }
    // Gazetteer ids decide alone; countries' IRIs are their codes already.
    for k in keys.iter().filter(|k| k.starts_with("id|")) {
        if e.etype == EntityType::Country {
            break;
        }
        for c in candidates(index, k, base)? {
            if index
                .profile(&c)?
                .types
                .iter()
                .any(|t| compatible(t, etype))
            {
                return Ok((c, format!("same gazetteer id {}", &k[3..]), true));
            }
        }
    }
    if e.etype == EntityType::Country && base.starts_with(&format!("{ID_BASE}country/")) {
        let known = !index.profile(base)?.types.is_empty();
        return Ok((
            base.to_string(),
            "country by its ISO 3166 code or name".into(),
            known,
        ));
    }
    let mut blocked: Vec<String> = Vec::new();
    // The same name. A one-word name ("EU", "Lind") leads only to the identity of that
    // very name: another article may have recorded it as the short form of a longer one,
    // and which of the two came first must not decide the IRI.
    for k in keys.iter().filter(|k| k.starts_with("name|")) {
        let one_word = !k.contains(' ');
        for c in candidates(index, k, base)? {
            if one_word && c != base {
                continue;
            }
            let p = index.profile(&c)?;
            if !p.types.iter().any(|t| compatible(t, etype)) {
                blocked.push(format!(
                    "{c}: same name but type {} vs {etype}",
                    p.types.iter().cloned().collect::<Vec<_>>().join("/")
                ));
                continue;
            }
            if !firsts.is_empty() && !p.first_names.is_empty() && p.first_names.is_disjoint(firsts)
            {
                blocked.push(format!("{c}: different first name"));
                continue;
            }
            return Ok((c, format!("same name \"{}\"", &k[5..]), true));
        }
    }
    // Surnames, with shared context.
    if e.etype == EntityType::Person {
        let mut best: Option<(usize, String)> = None;
        for k in keys.iter().filter(|k| k.starts_with("surname|")) {
            for c in candidates(index, k, base)? {
                let p = index.profile(&c)?;
                if !p.types.contains("person") {
                    continue;
                }
                // A full name meets a full name only by the same name (above); here one
                // side must be a bare surname.
                if !firsts.is_empty() && !p.first_names.is_empty() {
                    if p.first_names.is_disjoint(firsts) {
                        blocked.push(format!("{c}: different first name"));
                    }
                    continue;
                }
                let shared = index.shared_context(&c, context)?;
                if shared == 0 {
                    continue;
                }
                if best
                    .as_ref()
                    .is_none_or(|(s, b)| shared > *s || (shared == *s && c < *b))
                {
                    best = Some((shared, c));
                }
            }
        }
        if let Some((shared, c)) = best {
            return Ok((
                c,
                format!("same surname and {shared} shared co-occurring identities"),
                true,
            ));
        }
    }
    let mut reason = "new identity".to_string();
    if !blocked.is_empty() {
        reason = format!("new identity; not merged with {}", blocked.join("; "));
    }
    // The base IRI may already belong to an identity that was blocked: mint beside it.
    let mut iri = base.to_string();
    let mut n = 2;
    while blocked.iter().any(|b| b.starts_with(&format!("{iri}:"))) {
        iri = format!("{base}-{n}");
        n += 1;
    }
    let known = !index.profile(&iri)?.types.is_empty();
    Ok((iri, reason, known))
}

/// An identity index in memory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemoryIndex {
    keys: std::collections::BTreeMap<String, BTreeSet<String>>,
    profiles: std::collections::BTreeMap<String, Profile>,
    /// Event IRI -> article -> what that article said of it.
    events: std::collections::BTreeMap<String, std::collections::BTreeMap<String, EventProfile>>,
    /// Every record, in arrival order (what `explain` reads).
    pub records: Vec<IdentityRecord>,
}

impl IdentityIndex for MemoryIndex {
    type Error = std::convert::Infallible;

    fn lookup(&self, key: &str) -> Result<Vec<String>, Self::Error> {
        Ok(self
            .keys
            .get(key)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default())
    }

    fn profile(&self, iri: &str) -> Result<Profile, Self::Error> {
        Ok(self
            .profiles
            .get(iri)
            .map(|p| Profile {
                types: p.types.clone(),
                first_names: p.first_names.clone(),
                context: BTreeSet::new(),
            })
            .unwrap_or_default())
    }

    fn shared_context(&self, iri: &str, context: &BTreeSet<String>) -> Result<usize, Self::Error> {
        Ok(self.profiles.get(iri).map_or(0, |p| {
            context.iter().filter(|c| p.context.contains(*c)).count()
        }))
    }

    fn event_reports(&self, iri: &str) -> Result<Vec<EventProfile>, Self::Error> {
        Ok(self
            .events
            .get(iri)
            .map(|by| by.values().cloned().collect())
            .unwrap_or_default())
    }

    fn record(&mut self, r: &IdentityRecord) -> Result<(), Self::Error> {
        for k in &r.keys {
            self.keys
                .entry(k.clone())
                .or_default()
                .insert(r.iri.clone());
        }
        if let Some(ev) = &r.event {
            let p = self
                .events
                .entry(r.iri.clone())
                .or_default()
                .entry(r.article.clone())
                .or_default();
            p.sources.extend(ev.sources.iter().cloned());
            p.targets.extend(ev.targets.iter().cloned());
            p.dates.extend(ev.dates.iter().cloned());
        } else {
            let p = self.profiles.entry(r.iri.clone()).or_default();
            p.types.extend(r.profile.types.iter().cloned());
            p.first_names.extend(r.profile.first_names.iter().cloned());
            p.context.extend(r.profile.context.iter().cloned());
        }
        self.records.push(r.clone());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_model::{Article, Cameo, Event, Evidence, ExternalId, Polarity, Span};
    use std::collections::BTreeMap;

    fn ent(id: &str, t: EntityType, names: &[&str]) -> Entity {
        let mut e = Entity::new(id, t, names[0]);
        e.names = names.iter().map(|s| s.to_string()).collect();
        if t == EntityType::Country {
            e.external.push(ExternalId {
                scheme: "iso3166".into(),
                value: names[0][..2].to_uppercase(),
            });
        }
        e
    }

    fn article(id: &str, entities: Vec<Entity>) -> ArticleGraph {
        ArticleGraph {
            article: Article {
                id: id.into(),
                title: None,
                source: None,
                url: None,
                published: None,
                dateline: None,
                text: "x".into(),
            },
            extractor: "test".into(),
            sentences: vec![Span::new(0, 1).unwrap()],
            entities,
            relations: vec![],
            events: vec![],
        }
    }

    fn event(id: &str, cameo: &str, s: &str, t: &str, date: Option<&str>) -> Event {
        Event {
            id: id.into(),
            iri: None,
            cameo: cameo.parse::<Cameo>().unwrap(),
            label: "meet".into(),
            trigger: "met".into(),
            sources: vec![s.into()],
            targets: vec![t.into()],
            places: vec![],
            date: date.map(|d| d.parse::<TimeValue>().unwrap()),
            polarity: Default::default(),
            attribution: None,
            evidence: Evidence {
                sentence: 0,
                sentence_span: Span::new(0, 1).unwrap(),
                span: Span::new(0, 1).unwrap(),
                text: "x".into(),
            },
            confidence: 1.0,
        }
    }

    /// Four articles: Ana Lind in Norland twice (once by surname only), and a namesake.
    fn corpus() -> Vec<ArticleGraph> {
        vec![
            article(
                "a1",
                vec![
                    ent("p", EntityType::Person, &["Ana Lind", "Lind"]),
                    ent("c", EntityType::Country, &["Norland"]),
                    ent(
                        "o",
                        EntityType::Organisation,
                        &["Fisheries Council of Norland"],
                    ),
                ],
            ),
            article(
                "a2",
                vec![
                    ent("p", EntityType::Person, &["Lind"]),
                    ent("c", EntityType::Country, &["Norland"]),
                    ent("o", EntityType::Organisation, &["FCN"]),
                ],
            ),
            article(
                "a3",
                vec![
                    ent("p", EntityType::Person, &["Erik Lind"]),
                    ent("q", EntityType::Person, &["Georgia"]),
                ],
            ),
            article(
                "a4",
                vec![
                    ent("p", EntityType::Person, &["Mrs. Ana Lind"]),
                    ent("g", EntityType::Country, &["Georgia"]),
                    ent("n", EntityType::Country, &["Norland"]),
                ],
            ),
        ]
    }

    /// Identity partition: article/entity ids grouped by IRI.
    fn partition(order: &[usize]) -> BTreeSet<BTreeSet<String>> {
        let mut index = MemoryIndex::default();
        let mut by: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
        let graphs = corpus();
        for &i in order {
            let mut g = graphs[i].clone();
            link_identities(&mut g, &mut index).unwrap();
            for e in &g.entities {
                by.entry(e.iri.clone().unwrap())
                    .or_default()
                    .insert(format!("{}/{}", g.article.id, e.id));
            }
        }
        by.into_values().collect()
    }

    #[test]
    fn one_identity_per_person_and_the_namesake_stays_apart() {
        let p = partition(&[0, 1, 2, 3]);
        let lind: BTreeSet<String> = ["a1/p", "a2/p", "a4/p"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(p.contains(&lind), "{p:?}");
        assert!(
            p.iter().any(|c| c.len() == 1 && c.contains("a3/p")),
            "Erik Lind merged: {p:?}"
        );
        // A bare acronym does not meet a bare expansion of another article (the IRI would
        // depend on which came first).
        assert!(
            !p.iter().any(|c| c.contains("a1/o") && c.contains("a2/o")),
            "{p:?}"
        );
        // Georgia the person is not Georgia the country.
        assert!(
            !p.iter().any(|c| c.contains("a3/q") && c.contains("a4/g")),
            "{p:?}"
        );
    }

    #[test]
    fn every_order_gives_the_same_partition() {
        let first = partition(&[0, 1, 2, 3]);
        for order in [
            [3, 2, 1, 0],
            [1, 2, 0, 3],
            [2, 1, 3, 0],
            [1, 0, 3, 2],
            [2, 3, 1, 0],
        ] {
            assert_eq!(partition(&order), first, "order {order:?}");
        }
    }

    #[test]
    fn a_surname_without_shared_context_mints_its_own_identity() {
        let mut index = MemoryIndex::default();
        let mut a = corpus()[0].clone();
        link_identities(&mut a, &mut index).unwrap();
        let mut b = article("b", vec![ent("p", EntityType::Person, &["Lind"])]);
        let d = link_identities(&mut b, &mut index).unwrap();
        assert_eq!(d[0].iri, format!("{ID_BASE}person/lind"));
        assert!(!d[0].reused);
    }

    #[test]
    fn the_same_event_in_two_articles_is_one_event() {
        let mut index = MemoryIndex::default();
        let people = || {
            vec![
                ent("a", EntityType::Person, &["Ana Lind"]),
                ent("b", EntityType::Person, &["Per Dahl"]),
            ]
        };
        let mut g1 = article("g1", people());
        g1.events
            .push(event("e1", "040", "a", "b", Some("2025-03-02")));
        let mut g2 = article("g2", people());
        g2.events
            .push(event("e1", "042", "a", "b", Some("2025-03")));
        g2.events
            .push(event("e2", "040", "a", "b", Some("2025-04-10")));
        let mut g3 = article("g3", people());
        g3.events
            .push(event("e1", "112", "a", "b", Some("2025-03-02")));
        let mut g4 = article("g4", people());
        g4.events
            .push(event("e1", "043", "a", "b", Some("2025-03-02")));
        g4.events.push(event("e2", "040", "a", "b", None));
        let mut g5 = article("g5", people());
        g5.events
            .push(event("e1", "040", "b", "a", Some("2025-03-02")));
        let mut g6 = article("g6", people());
        let mut planned = event("e1", "040", "a", "b", Some("2025-03-02"));
        planned.polarity = Polarity::Unrealised;
        g6.events.push(planned);
        for g in [&mut g1, &mut g2, &mut g3, &mut g4, &mut g5, &mut g6] {
            link_identities(g, &mut index).unwrap();
        }
        assert_eq!(
            g1.events[0].iri, g2.events[0].iri,
            "same root, actors and month"
        );
        assert_ne!(
            g1.events[0].iri, g2.events[1].iri,
            "another date is another meeting"
        );
        assert_ne!(g1.events[0].iri, g3.events[0].iri, "another CAMEO root");
        assert_eq!(
            g1.events[0].iri, g4.events[0].iri,
            "agrees with the day report and the month report"
        );
        assert_ne!(g1.events[0].iri, g4.events[1].iri, "undated");
        assert_ne!(g1.events[0].iri, g5.events[0].iri, "the other way round");
        assert_ne!(g1.events[0].iri, g6.events[0].iri, "only planned");
    }

    fn actors() -> Vec<Entity> {
        vec![
            ent("r", EntityType::Country, &["Ruritania"]),
            ent("n", EntityType::Country, &["Norland"]),
            ent("p", EntityType::Person, &["Ana Lind"]),
            ent("q", EntityType::Person, &["Per Dahl"]),
        ]
    }

    /// An article of one event: CAMEO 112 (accuse), these sources and targets, this date.
    fn report(id: &str, sources: &[&str], targets: &[&str], date: Option<&str>) -> ArticleGraph {
        let mut g = article(id, actors());
        let mut ev = event("e1", "112", sources[0], targets[0], date);
        ev.sources = sources.iter().map(|s| s.to_string()).collect();
        ev.targets = targets.iter().map(|s| s.to_string()).collect();
        g.events.push(ev);
        g
    }

    /// The events' partition after linking the graphs in this order: article ids grouped by
    /// event IRI, and the decisions by article id.
    fn event_partition(
        graphs: &[ArticleGraph],
        order: &[usize],
    ) -> (BTreeSet<BTreeSet<String>>, BTreeMap<String, Decision>) {
        let mut index = MemoryIndex::default();
        let mut by: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut decisions = BTreeMap::new();
        for &i in order {
            let mut g = graphs[i].clone();
            let d = link_identities(&mut g, &mut index).unwrap();
            for ev in &g.events {
                by.entry(ev.iri.clone().unwrap())
                    .or_default()
                    .insert(g.article.id.clone());
            }
            decisions.insert(g.article.id.clone(), d.last().unwrap().clone());
        }
        (by.into_values().collect(), decisions)
    }

    fn together(p: &BTreeSet<BTreeSet<String>>, a: &str, b: &str) -> bool {
        p.iter().any(|c| c.contains(a) && c.contains(b))
    }

    /// Every order of `n` items (Heap's algorithm).
    fn orders(n: usize) -> Vec<Vec<usize>> {
        fn heap(k: usize, a: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
            if k <= 1 {
                out.push(a.clone());
                return;
            }
            for i in 0..k {
                heap(k - 1, a, out);
                let j = if k % 2 == 0 { i } else { 0 };
                a.swap(j, k - 1);
            }
        }
        let mut out = Vec::new();
        heap(n, &mut (0..n).collect(), &mut out);
        out
    }

    #[test]
    fn same_day_reports_of_one_dyad_are_one_event_in_any_order() {
        let graphs = vec![
            report("a", &["r"], &["n"], Some("2025-03-02")),
            report("b", &["r"], &["n"], Some("2025-03-02")),
            report("c", &["r"], &["n"], Some("2025-03-02")),
            report("d", &["r"], &["n"], Some("2025-03-03")),
            report("e", &["r"], &["n"], None),
        ];
        let expected: BTreeSet<BTreeSet<String>> = [vec!["a", "b", "c"], vec!["d"], vec!["e"]]
            .into_iter()
            .map(|c| c.into_iter().map(str::to_string).collect())
            .collect();
        let all = orders(graphs.len());
        assert_eq!(all.len(), 120);
        for order in all {
            let (p, d) = event_partition(&graphs, &order);
            assert_eq!(p, expected, "order {order:?}");
            let merged = d.values().filter(|d| d.reused).count();
            assert_eq!(merged, 2, "two later reports reuse the first: {d:?}");
        }
    }

    #[test]
    fn merges_do_not_chain_through_nested_actors() {
        // b's sources contain a's and c's, but a and c name different accusers.
        let graphs = vec![
            report("a", &["r"], &["n"], Some("2025-03-02")),
            report("b", &["r", "p"], &["n"], Some("2025-03-02")),
            report("c", &["p"], &["n"], Some("2025-03-02")),
        ];
        for order in orders(3) {
            let (p, _) = event_partition(&graphs, &order);
            assert!(!together(&p, "a", "c"), "order {order:?}: {p:?}");
        }
        let (p, d) = event_partition(&graphs, &[0, 1, 2]);
        assert!(together(&p, "a", "b"), "{p:?}");
        assert!(!d["c"].reused, "{:?}", d["c"]);
        let (p, _) = event_partition(&graphs, &[2, 1, 0]);
        assert!(together(&p, "c", "b"), "{p:?}");
    }

    #[test]
    fn merges_do_not_chain_through_a_month() {
        // A month report fits both days; the two days never meet.
        let graphs = vec![
            report("a", &["r"], &["n"], Some("2025-03-02")),
            report("b", &["r"], &["n"], Some("2025-03")),
            report("c", &["r"], &["n"], Some("2025-03-15")),
        ];
        for order in orders(3) {
            let (p, _) = event_partition(&graphs, &order);
            assert!(!together(&p, "a", "c"), "order {order:?}: {p:?}");
        }
        let (p, _) = event_partition(&graphs, &[0, 1, 2]);
        assert!(together(&p, "a", "b"), "{p:?}");
        // Both days known first: the month report could be either, so it is neither.
        let (p, d) = event_partition(&graphs, &[0, 2, 1]);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(d["b"].reason.starts_with("fits 2 known events"), "{d:?}");
    }

    #[test]
    fn undated_and_year_dated_events_are_not_merged_across_articles() {
        let graphs = vec![
            report("a", &["r"], &["n"], None),
            report("b", &["r"], &["n"], None),
            report("c", &["r"], &["n"], Some("2025")),
            report("d", &["r"], &["n"], Some("2025")),
            report("e", &["r"], &["n"], Some("2025-03-02")),
        ];
        for order in [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3]] {
            let (p, d) = event_partition(&graphs, &order);
            assert_eq!(p.len(), 5, "order {order:?}: {p:?}");
            assert!(d.values().all(|d| !d.reused), "{d:?}");
        }
        let (_, d) = event_partition(&graphs, &[0, 1]);
        assert!(
            d["b"].reason.contains("not matched across articles"),
            "{d:?}"
        );
    }

    #[test]
    fn merges_need_the_same_actors_not_merely_shared_ones() {
        let graphs = vec![
            report("a", &["r", "p"], &["n"], Some("2025-03-02")),
            report("b", &["r", "q"], &["n"], Some("2025-03-02")),
            report("c", &["r"], &["n"], Some("2025-03-02")),
            report("d", &["r", "p", "q"], &["n"], Some("2025-03-02")),
        ];
        // a and b share an accuser, but each names one the other does not.
        for order in [[0, 1], [1, 0]] {
            let (p, _) = event_partition(&graphs, &order);
            assert_eq!(p.len(), 2, "{p:?}");
        }
        // d names all of a's accusers and more: a fuller report of the same happening;
        // c names one of a's.
        for order in [[0, 3], [3, 0], [0, 2], [2, 0]] {
            let (p, _) = event_partition(&graphs, &order);
            assert_eq!(p.len(), 1, "{order:?}: {p:?}");
        }
    }

    #[test]
    fn two_events_of_one_article_never_take_one_known_event() {
        let mut index = MemoryIndex::default();
        let mut first = report("a", &["r"], &["n"], Some("2025-03-02"));
        link_identities(&mut first, &mut index).unwrap();
        let mut second = report("b", &["r"], &["n"], Some("2025-03-02"));
        let mut again = second.events[0].clone();
        again.id = "e2".into();
        second.events.push(again);
        link_identities(&mut second, &mut index).unwrap();
        assert_eq!(second.events[0].iri, first.events[0].iri);
        assert_ne!(second.events[1].iri, first.events[0].iri);
        // Nor are they matched to each other.
        assert_ne!(second.events[1].iri, second.events[0].iri);
    }
}
