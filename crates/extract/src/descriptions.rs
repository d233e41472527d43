//! Actors named by a common noun rather than a name: state bodies ("the police", "the army",
//! "the government"), groups of people ("protesters", "farmers", "observers"), and definite
//! descriptions of an organisation the article has named ("the union", "the board", "the
//! bloc"). Wire copy names the police or the protesters once, if at all, and then acts on
//! them; without these the events they take part in lose a side.
//!
//! A body without a name belongs to the country the article reports from ("the army" in a
//! story from Accra is Ghana's army); a description joins the organisation last named whose
//! name holds the same word. Titles hung on a description ("the union's president, X", "a
//! police spokeswoman, X") give the holder's relation to it.

use std::ops::Range;

use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{Item, Kind};
use crate::roles::{Actor, Rel};

/// State bodies that act under a common noun; "the" required except for "police".
const BODIES: [&str; 7] = [
    "police",
    "army",
    "military",
    "government",
    "navy",
    "coastguard",
    "parliament",
];

/// Heads of a state body named by its field ("the foreign ministry", "its security service").
const FIELD_BODIES: [&str; 3] = ["ministry", "service", "department"];

/// Groups of people that act as one in news copy, with the word their synonyms share.
const PEOPLE: [(&str, &str); 19] = [
    ("protesters", "protesters"),
    ("protestors", "protesters"),
    ("demonstrators", "protesters"),
    ("farmers", "farmers"),
    ("growers", "farmers"),
    ("teachers", "teachers"),
    ("workers", "workers"),
    ("miners", "miners"),
    ("students", "students"),
    ("activists", "activists"),
    ("observers", "observers"),
    ("monitors", "observers"),
    ("rebels", "rebels"),
    ("insurgents", "rebels"),
    ("guerrillas", "rebels"),
    ("militants", "rebels"),
    ("soldiers", "troops"),
    ("troops", "troops"),
    ("doctors", "doctors"),
];

/// Nouns a body or group word can modify without being the actor itself ("police station").
const COMPOUND_HEADS: [&str; 22] = [
    "station",
    "stations",
    "officer",
    "officers",
    "forces",
    "force",
    "headquarters",
    "building",
    "office",
    "offices",
    "vehicles",
    "vehicle",
    "source",
    "sources",
    "bonds",
    "debt",
    "units",
    "unit",
    "base",
    "bases",
    "union",
    "unions",
];

/// Words that describe an organisation the article names ("the union" for "the Young
/// Farmers' Union"), and the name word each stands for.
const DESCRIPTIONS: [(&str, &str); 17] = [
    ("union", "union"),
    ("court", "court"),
    ("board", "board"),
    ("commission", "commission"),
    ("ministry", "ministry"),
    ("company", "company"),
    ("council", "council"),
    ("party", "party"),
    ("agency", "agency"),
    ("alliance", "alliance"),
    ("committee", "committee"),
    ("bank", "bank"),
    ("service", "service"),
    ("tribunal", "tribunal"),
    ("parliament", "parliament"),
    ("assembly", "assembly"),
    ("bloc", "union"),
];

/// The actors sentence `s` names by description, not among `known`; relations from titles
/// hung on them go to `rels`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn find(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    known: &[Actor],
    ents: &mut Entities,
    home: Option<usize>,
    rels: &mut Vec<Rel>,
) -> Vec<Actor> {
    let r = doc.sents[s].toks.clone();
    // "In Bangkok, army spokesman X": a sentence that names one country (or its capital)
    // speaks of that country's bodies.
    let mut named: Vec<usize> = known
        .iter()
        .filter_map(|a| country_of(doc, ents, a.ent))
        .collect();
    named.extend((its.iter().zip(eo)).filter_map(|(it, e)| match it.kind {
        Kind::Demonym(_) => *e,
        _ => None,
    }));
    named.sort_unstable();
    named.dedup();
    let home = match named[..] {
        [c] => Some(c),
        _ => home,
    };
    let covered = |i: usize| {
        known.iter().any(|a| a.toks.contains(&i))
            || its
                .iter()
                .any(|it| it.toks.contains(&i) && !matches!(it.kind, Kind::Title { .. }))
    };
    let mut out: Vec<Actor> = Vec::new();
    for i in r.clone() {
        if covered(i) || out.iter().any(|a| a.toks.contains(&i)) {
            continue;
        }
        let w = doc.lower(i);
        let before = (i > r.start).then(|| doc.lower(i - 1));
        let definite = before == Some("the");
        let next = doc.lower(i + 1);
        let next_is_title = its
            .iter()
            .any(|it| it.toks.start == i + 1 && matches!(it.kind, Kind::Title { .. }));
        let compound =
            doc.in_sent(s, i + 1) && (COMPOUND_HEADS.contains(&next) || next == "'" || next == "’");
        // Capitalised inside a sentence: part of a name the name steps read ("Cocoa Farmers").
        let inside_name = i > r.start
            && doc.word(i).starts_with(char::is_uppercase)
            && doc.word(i - 1).starts_with(char::is_uppercase);
        if compound || inside_name {
            continue;
        }
        let mut start = if definite { i - 1 } else { i };
        let field = (i > r.start + 1 && FIELD_BODIES.contains(&w))
            .then(|| doc.lower(i - 1))
            .filter(|f| {
                doc.word(i - 1).starts_with(char::is_lowercase)
                    && (w == "ministry" || matches!(*f, "security" | "intelligence"))
                    && !modifier_word(f)
            });
        let ent = if let Some(f) = field {
            // "the foreign ministry", "Cambodia's defence ministry", "its security service".
            let det = doc.lower(i - 2);
            let owner = if matches!(det, "'s" | "’s") && i >= r.start + 3 {
                known
                    .iter()
                    .find(|a| a.toks.end == i - 2)
                    .map(|a| a.ent)
                    .filter(|&e| ents.list[e].etype == EntityType::Country)
            } else {
                None
            };
            let ok = owner.is_some() || matches!(det, "the" | "its" | "their");
            start = if owner.is_some() {
                i - 3
            } else if det == "the" {
                i - 2
            } else {
                i - 1
            };
            let noun = format!("{f} {w}");
            ok.then(|| body(doc, &noun, doc.toks[i].start, ents, owner.or(home)))
        } else if BODIES.contains(&w)
            && (definite || matches!(w, "police" | "parliament") || next_is_title)
        {
            Some(body(doc, w, doc.toks[i].start, ents, home))
        } else if let Some(&(_, class)) = PEOPLE.iter().find(|(p, _)| *p == w) {
            // "opposition activists", "cocoa farmers": the modifiers belong to the name.
            let mut m = i;
            while m > r.start && i - m < 2 && modifier(doc, m - 1) {
                m -= 1;
            }
            // "Tajik border troops" is the demonym step's group; "officials from X" and
            // "farmers' union" are someone else's.
            let demonym = m > r.start && doc.lex.demonym(doc.word(m - 1)).is_some();
            let named = m > r.start
                && doc.word(m - 1).starts_with(char::is_uppercase)
                && !modifier_word(doc.lower(m - 1));
            let qualified = matches!(next, "from" | "of");
            // "our farmers" in a quotation is the speaker's people, not an actor.
            let quoted = doc.quoted.get(i).copied().unwrap_or(false);
            start = m;
            (!demonym && !named && !qualified && !quoted && !next_is_title)
                .then(|| people(doc, w, class, doc.toks[i].start, ents))
        } else if matches!(w, "group" | "movement" | "organisation" | "organization")
            && definite
            && !next_is_title
        {
            // "The group accused ...": the organisation or named group last named.
            latest_named_body(doc, ents, doc.toks[i].start)
        } else if let Some(&(_, word)) = DESCRIPTIONS.iter().find(|(d, _)| *d == w) {
            definite
                .then(|| described(doc, word, doc.toks[i].start, ents))
                .flatten()
        } else {
            None
        };
        let Some(e) = ent else { continue };
        ents.mention(e, doc.toks[start].start, doc.toks[i].end, s, true);
        out.push(Actor {
            toks: start..i + 1,
            ent: e,
            place: false,
        });
        titles_on(doc, s, its, eo, ents, e, start..i + 1, rels);
    }
    out
}

/// The country an actor of the sentence stands for: a country, or a capital city.
fn country_of(doc: &Doc, ents: &Entities, e: usize) -> Option<usize> {
    let ent = &ents.list[e];
    match ent.etype {
        EntityType::Country => Some(e),
        EntityType::City => {
            let iso = ent.country.as_ref()?;
            let c = doc.lex.country_by_code(iso)?;
            (newsgraph_lexicon::key(&c.capital) == newsgraph_lexicon::key(&ent.label))
                .then(|| ents.get(&format!("country:{iso}")))
                .flatten()
                .filter(|&x| !ents.list[x].mentions.is_empty())
        }
        _ => None,
    }
}

/// A lower-case word that can modify a group noun ("opposition" in "opposition activists").
fn modifier(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    doc.is_word(i)
        && doc.word(i).starts_with(char::is_lowercase)
        && !w.ends_with("ly")
        && !w.ends_with("ing")
        && !modifier_word(w)
        && !doc
            .lex
            .triggers(w)
            .iter()
            .any(|t| t.pos == newsgraph_lexicon::TriggerPos::Verb)
}

/// Function words, which never modify a group noun.
fn modifier_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "and"
            | "or"
            | "to"
            | "by"
            | "from"
            | "with"
            | "on"
            | "in"
            | "at"
            | "for"
            | "many"
            | "some"
            | "several"
            | "hundreds"
            | "thousands"
            | "tens"
            | "dozens"
            | "their"
            | "its"
            | "his"
            | "her"
            | "our"
            | "who"
            | "that"
            | "which"
            | "as"
            | "were"
            | "was"
            | "are"
            | "is"
            | "had"
            | "have"
            | "has"
            | "said"
            | "other"
            | "more"
            | "most"
            | "than"
            | "all"
            | "about"
            | "against"
            | "after"
            | "before"
            | "when"
            | "where"
            | "while"
            | "but"
            | "not"
            | "no"
            | "into"
            | "over"
            | "under"
            | "these"
            | "those"
            | "this"
            | "both"
            | "among"
            | "between"
            | "says"
            | "told"
            | "my"
            | "your"
    )
}

/// The state body `noun` of the article's country: the body or group already named with that
/// word ("Belgian police", "Malawi Police Service"), else a new one.
fn body(doc: &Doc, noun: &str, at: usize, ents: &mut Entities, home: Option<usize>) -> usize {
    let country = home.and_then(|h| ents.list[h].country.clone());
    let known = country
        .as_deref()
        .and_then(|iso| doc.lex.country_by_code(iso));
    let demonym = known.and_then(|c| c.demonyms.first().cloned());
    // Only a body named as the country's ("Malawi Police Service", "Portuguese government"),
    // not any name with the word ("National Liberation Army").
    let of_country = |e: usize| {
        let label = ents.list[e].label.to_lowercase();
        known.is_some_and(|c| {
            label.contains(&c.name.to_lowercase())
                || c.demonyms.iter().any(|d| label.contains(&d.to_lowercase()))
        })
    };
    // "Belgian police ... a police spokeswoman": the body named with the word last.
    let group = latest_with_word(ents, noun, at).filter(|&e| {
        ents.list[e]
            .label
            .to_lowercase()
            .ends_with(&format!(" {noun}"))
    });
    if let Some(e) = group.or_else(|| named_with_word(ents, noun, at).filter(|&e| of_country(e))) {
        return e;
    }
    let (key, label) = match (&country, demonym) {
        (Some(iso), Some(d)) => (format!("group:{iso}:{noun}"), format!("{d} {noun}")),
        _ => (format!("group:-:{noun}"), noun.to_string()),
    };
    let etype = if noun == "police" {
        EntityType::Group
    } else {
        EntityType::Organisation
    };
    let e = ents.add(&key, etype, &label);
    ents.list[e].country = country;
    e
}

/// A group of people: the group already named with a word of the same class ("Colombian
/// troops" for "soldiers"), else one of its own.
fn people(doc: &Doc, noun: &str, class: &str, at: usize, ents: &mut Entities) -> usize {
    let synonyms: Vec<&str> = PEOPLE
        .iter()
        .filter(|(_, c)| *c == class)
        .map(|(p, _)| *p)
        .collect();
    if let Some(e) = synonyms.iter().find_map(|w| latest_with_word(ents, w, at)) {
        return e;
    }
    let _ = doc;
    ents.add(&format!("group:{class}"), EntityType::Group, noun)
}

/// The organisation or named group most recently named before byte `at`, leaving out the
/// agency of the dateline.
fn latest_named_body(doc: &Doc, ents: &Entities, at: usize) -> Option<usize> {
    let first_sentence = doc.sents.first().map_or(0, |s| s.start);
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.etype, EntityType::Organisation | EntityType::Group))
        .filter(|(_, e)| e.label.starts_with(char::is_uppercase))
        .filter_map(|(i, e)| {
            let last = (e.mentions.iter())
                .filter(|m| m.naming && m.end <= at && m.start >= first_sentence)
                .map(|m| m.end)
                .max()?;
            Some((last, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// The organisation named before byte `at` whose name holds `word`.
fn described(doc: &Doc, word: &str, at: usize, ents: &Entities) -> Option<usize> {
    let _ = doc;
    latest_with_word(ents, word, at).filter(|&e| ents.list[e].etype == EntityType::Organisation)
}

/// The organisation or group most recently mentioned before byte `at` whose label has the
/// word `word`.
fn latest_with_word(ents: &Entities, word: &str, at: usize) -> Option<usize> {
    let with_word = || {
        ents.list
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.etype, EntityType::Organisation | EntityType::Group))
            .filter(|(_, e)| has_words(&e.label, word))
    };
    with_word()
        .filter_map(|(i, e)| {
            let last = e
                .mentions
                .iter()
                .filter(|m| m.end <= at)
                .map(|m| m.end)
                .max()?;
            Some((last, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// The named body whose name holds `word`, named before byte `at` or, failing that, after it
/// ("police had failed ... the Malawi Police Service said").
fn named_with_word(ents: &Entities, word: &str, at: usize) -> Option<usize> {
    latest_with_word(ents, word, at).or_else(|| {
        ents.list
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.etype, EntityType::Organisation))
            .filter(|(_, e)| has_words(&e.label, word))
            .filter_map(|(i, e)| Some((e.mentions.iter().map(|m| m.start).min()?, i)))
            .min()
            .map(|(_, i)| i)
    })
}

/// Whether `label` holds the word or words `word` as whole words.
fn has_words(label: &str, word: &str) -> bool {
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let want: Vec<&str> = word.split(' ').collect();
    words
        .windows(want.len())
        .any(|w| w.iter().zip(&want).all(|(a, b)| a == b))
}

/// "the union's president, X", "a police spokeswoman, X": the title's holder has the title's
/// relation to the described body.
#[allow(clippy::too_many_arguments)]
fn titles_on(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    body: usize,
    toks: Range<usize>,
    rels: &mut Vec<Rel>,
) {
    let mut at = toks.end;
    if matches!(doc.lower(at), "'s" | "’s") {
        at += 1;
    }
    let Some(k) = its
        .iter()
        .position(|it| it.toks.start == at && matches!(it.kind, Kind::Title { plural: false, .. }))
    else {
        return;
    };
    let Kind::Title { relation, .. } = &its[k].kind else {
        return;
    };
    let Some(next) = its.get(k + 1) else { return };
    let gap = next.toks.start - its[k].toks.end;
    if !(gap == 0 || (gap == 1 && doc.word(its[k].toks.end) == ",")) {
        return;
    }
    let Some(holder) = eo[k + 1].filter(|&e| ents.list[e].etype == EntityType::Person) else {
        return;
    };
    if holder == body
        || rels
            .iter()
            .any(|r| r.subj == holder && r.pred == *relation && r.obj == body)
    {
        return;
    }
    let relation: RelationType = *relation;
    rels.push(Rel {
        subj: holder,
        pred: relation,
        obj: body,
        sent: s,
        toks: toks.start..next.toks.end,
        bytes: None,
        confidence: 0.6,
    });
}
