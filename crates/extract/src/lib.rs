//! The extractor: one [`Article`] in, its [`ArticleGraph`] out.
//!
//! It stands on `newsgraph-nlp` (tokens, tags, lemmas, the trained name tagger and the
//! dependency parse) and the embedded word lists of `newsgraph-lexicon`, in small steps:
//! `sentences` (splitting, with the wire dateline from `newsgraph-input` left out), `names`
//! (gazetteer entries, and the names the tagger finds, typed by the tagger and by local
//! evidence; a country is always an actor and a place, never a person), `entities` (typing
//! across the article, surname joins), `roles` (titles and appositions against the title
//! lexicon `data/lexicon/titles.tsv`, groups, part-of; "the spokesman" and he/she
//! coreference; speakers), `descriptions` (actors named by a common noun: "the police",
//! "protesters", "the foreign ministry", "the union" for the union named before; with
//! `groups` for "the judges", "officers from X", and `owned` for "Uruguay's central bank"),
//! `structure` (bodies inside bodies, regions of countries, "X, who leads Y"), `membership`
//! (persons in parties, states in blocs, towns placed by a phrase, forces a nationality
//! names), `rank_and_file` ("nine officers", "lawmakers" of the one force or legislature named),
//! `member_clauses` (members named in a relative clause: "the bloc, which both countries
//! belong to", "X and Y, which form Z"), `offices` (offices taken or held in a
//! clause: "X, who was elected president of Y", "X heads Y", "Y is led by X"), `seats` (courts named after their city, a
//! body's premises and secretariat, regional capitals, towns in a country's regions),
//! `parsed` (events: CAMEO triggers by lemma and phrase, source and
//! target from the parse in active and passive voice, coordination, "accused X of Y",
//! reciprocals; polarity from negation, modals, plans and conditionals; attribution to the
//! speaker; place from "in / near / at X"), `dates` (resolution against the story's date
//! and dateline).
//!
//! It is not a linker: `Entity::iri` and `Event::iri` stay `None` (that is
//! `newsgraph-link`). It never fails and never panics, whatever the text: a text it cannot
//! read gives a graph with fewer entities, not an error. Output is deterministic.
//!
//! ```
//! use newsgraph_extract::Extractor;
//! use newsgraph_model::{Article, Polarity, RelationType};
//!
//! let article = Article {
//!     id: "demo".into(), title: None, source: None, url: None,
//!     published: Some("2021-05-03".parse()?), dateline: None,
//!     text: "STRELSAU, May 3 (Wire) - Ukrainian Foreign Minister Ana Lind said on Monday \
//!            that Georgia and Armenia accused each other of shelling. Lind did not meet \
//!            the Turkish ambassador."
//!         .into(),
//! };
//! let graph = Extractor::new().extract(&article);
//! graph.validate()?;
//! let lind = graph.entities.iter().find(|e| e.label == "Ana Lind").unwrap();
//! let ukraine = graph.entities.iter().find(|e| e.label == "Ukraine").unwrap();
//! assert!(graph.relations.iter().any(|r| r.subject == lind.id
//!     && r.predicate == RelationType::OfficialOf && r.object == ukraine.id));
//! let accusations = graph.events.iter().filter(|e| e.cameo.as_str() == "112").count();
//! assert_eq!(accusations, 2); // Georgia → Armenia and Armenia → Georgia
//! assert!(graph.events.iter().any(|e| e.cameo.root() == "04" && e.polarity == Polarity::Negated));
//! # Ok::<(), newsgraph_model::ModelError>(())
//! ```

mod accused_quoted;
mod accusers;
mod chambers;
mod coordinated;
mod coups;
mod dateline;
mod dates;
mod descriptions;
mod doc;
mod entities;
mod events;
mod group_names;
mod groups;
mod member_clauses;
mod membership;
mod ministers;
mod named_countries;
mod names;
mod namesakes;
mod offices;
mod opposition;
mod owned;
mod owned_doers;
mod parsed;
mod party_words;
mod places;
mod quantity;
mod rank_and_file;
mod reported_party;
mod roles;
mod said_content;
mod seats;
mod sentences;
mod settled;
mod shared_titles;
mod signers;
mod structure;
mod territories;
mod text;
mod unnamed_courts;
mod unreached;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use newsgraph_nlp::ner::NameTagger;
use newsgraph_nlp::Pipeline;

use newsgraph_lexicon::Lexicon;
use newsgraph_model::{
    Article, ArticleGraph, Entity, EntityType, Event, Evidence, Mention, Relation, RelationType,
    Span, EXTRACTOR_VERSION,
};

use crate::dateline::FoundDateline;
use crate::doc::Doc;
use crate::entities::Entities;

/// The tagger and parser, loaded once per process: loading takes longer than reading an
/// article.
fn nlp() -> &'static Pipeline {
    static NLP: OnceLock<Pipeline> = OnceLock::new();
    NLP.get_or_init(Pipeline::default)
}

fn name_tagger() -> &'static NameTagger {
    static NER: OnceLock<NameTagger> = OnceLock::new();
    NER.get_or_init(NameTagger::default)
}

/// Turns articles into graphs. Cheap to create; holds only a reference to the lexicon.
#[derive(Debug, Clone, Copy)]
pub struct Extractor {
    lex: &'static Lexicon,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor over the lexicon embedded in the binary.
    pub fn new() -> Self {
        Extractor {
            lex: Lexicon::embedded(),
        }
    }

    /// The graph of one article. Never fails: the worst text gives an empty graph.
    pub fn extract(&self, article: &Article) -> ArticleGraph {
        let text = article.text.as_str();
        let lex = self.lex;
        // The input crate looks at the very start of the body; scraped copy may carry a
        // headline and a standfirst above the dateline, so look a few lines further too.
        let found;
        let given = match &article.dateline {
            Some(d) => Some(d),
            None => {
                found = newsgraph_input::find_dateline(text, article.published.as_ref());
                found.as_ref()
            }
        };
        let dl = given.and_then(|d| dateline::locate(text, d));
        let split = sentences::split_tokens(text, dl.as_ref().map(|d| (d.start, d.end)), lex);
        // The parser reads a dateline as the lead's subject ("LIMA (Wire) - Peru said ..."
        // makes "LIMA" the sayer); blanked out, byte for byte, it leaves the offsets alone.
        let masked = dl.as_ref().and_then(|d| mask(text, d.start, d.end));
        let parsed = nlp().analyze(masked.as_deref().unwrap_or(text));
        let tagger = name_tagger();
        let ner: Vec<_> = parsed
            .sentences
            .iter()
            .flat_map(|s| tagger.tag(s))
            .map(|n| (n.byte_start, n.byte_end, n.kind))
            .collect();
        let doc = Doc::new(text, lex, split, ner);
        let mut items: Vec<_> = (0..doc.sents.len()).map(|s| names::tag(&doc, s)).collect();
        namesakes::settle(&doc, &mut items);
        let mut ents = Entities::default();
        let agency = (dl.as_ref())
            .and_then(|d| d.agency.as_ref())
            .map(|(name, _)| newsgraph_lexicon::key(name));
        let mut ent_of = entities::resolve(&doc, &items, &mut ents, agency.as_deref());
        places::cities_named_as_regions(&doc, &items, &mut ent_of, &mut ents);
        let dateline_place = dl
            .as_ref()
            .and_then(|d| dateline_entities(&doc, d, &mut ents));
        // The country the article reports from, when the text names it.
        let home = dateline_place
            .and_then(|p| ents.list[p].country.as_deref())
            .and_then(|iso| ents.country_entity(iso))
            .or_else(|| most_named_country(&ents));
        let (mut views, mut rels) = roles::analyse(&doc, &items, &mut ent_of, &mut ents, home);
        accused_quoted::groups(&doc, &mut views, &mut ents);
        let places = (home, dateline_place);
        structure::relations(&doc, &items, &ent_of, &mut ents, places, &mut rels);
        membership::relations(&doc, &items, &ent_of, &mut ents, &mut rels);
        offices::relations(&doc, &items, &ent_of, &ents, &mut rels);
        rank_and_file::relations(doc.text, &ents, &mut rels);
        opposition::relations(doc.text, &ents, &mut rels);
        let setting = seats::Setting {
            dateline: dateline_place,
            home,
        };
        seats::relations(&doc, &items, &ent_of, &ents, &setting, &mut rels);
        owned::policy_organs(&doc, &ents, &mut rels);
        owned::un_bodies(&ents, &mut rels);
        chambers::of_legislature(&doc, &ents, &mut rels);
        gazetteer_relations(lex, &ents, &mut rels);
        coordinated::join(&doc, &mut views, &mut ents, &mut ent_of, &mut rels);
        settled::settle(&doc, &ents, &mut rels);
        // Before the events, so a region that governs itself takes its roles as an actor;
        // after the relations, so the place relations read on it still stand.
        let polities = places::self_governed_regions(&doc, &mut ents);
        // The sentences were read with these regions as places: where not after "in", the
        // polity is an actor there as a country would be.
        for (s, view) in views.iter_mut().enumerate() {
            for a in view.actors.iter_mut() {
                if a.place && polities.contains(&a.ent) {
                    a.place = roles::after_place_prep(&doc, s, a.toks.start);
                }
            }
        }
        let published = article.published.as_ref();
        let anchor = dates::Anchor::new(dl.as_ref().and_then(|d| d.date.as_ref()), published);
        let cx = events::Context {
            doc: &doc,
            items: &items,
            ent_of: &ent_of,
            views: &views,
            ents: &ents,
            anchor,
            dates: dates::SentenceDates::new(doc.sents.len()),
            dateline_place,
            lead: dl
                .as_ref()
                .and_then(|d| doc.sents.iter().position(|s| s.start >= d.end))
                .unwrap_or(0),
        };
        let mut events = parsed::find(&cx, &parsed);
        signers::mutual(&doc, &views, &mut events);
        events::offices(&mut events, &rels, &ents);
        events::drop_minor_statements(&mut events, &doc, &parsed, &ents, cx.lead);
        coups::aim(&mut events, &doc, &rels, &ents, home);
        parsed::aim(&cx, &mut events);
        events::drop_protest_purposes(&doc, &mut events);
        events::fighters_movement(&mut events, doc.text, &ents);
        owned_doers::owned_doers(&doc, &views, &ents, &mut events);
        accusers::denial_targets(&doc, &views, &ents, &mut events);
        events::doers_bodies(&mut events, &rels, &ents);
        events::drop_covered_statements(&mut events, &doc, &ents);
        events::drop_doerless(&mut events);
        events::drop_routine_sittings(&doc, &mut events);
        unreached::add(&doc, &mut events);
        // After the events: a minister speaks for the state, as E1 and the gold have it, and
        // naming the government and the ministry among the sources would only add to them.
        ministers::place(&doc, &ents, &mut rels);
        settled::drop_passing(&doc, &ents, home, &mut rels);
        let title = article.title.as_deref().unwrap_or("");
        settled::drop_places_in_the_unnamed(&doc, &ents, title, &mut rels);
        assemble(article, &doc, &ents, home, &rels, &events)
    }
}

/// `text` with bytes `start..end` turned to spaces, when they lie on character boundaries.
fn mask(text: &str, start: usize, end: usize) -> Option<String> {
    let (before, after) = (text.get(..start)?, text.get(end..)?);
    text.get(start..end)?;
    let mut out = String::with_capacity(text.len());
    out.push_str(before);
    out.extend(std::iter::repeat_n(' ', end - start));
    out.push_str(after);
    Some(out)
}

/// The country named more often than any other, if one is: without a dateline, the country
/// the article is about.
pub(crate) fn most_named_country(ents: &Entities) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = (ents.list.iter().enumerate())
        .filter(|(_, e)| e.etype == EntityType::Country)
        .map(|(i, e)| (e.mentions.len(), i))
        .collect();
    counts.sort_by(|a, b| b.cmp(a));
    match counts.as_slice() {
        [(n, i), rest @ ..] if *n > 0 && rest.first().is_none_or(|(m, _)| m < n) => Some(*i),
        _ => None,
    }
}

/// The dateline's place (a city, else a country, else a location) and agency become
/// entities; their mentions are filed under the first sentence after the dateline.
fn dateline_entities(doc: &Doc, d: &FoundDateline, ents: &mut Entities) -> Option<usize> {
    let sent = doc
        .sents
        .iter()
        .position(|s| s.start >= d.end)
        .or_else(|| (!doc.sents.is_empty()).then_some(0))?;
    if let Some((name, (a, b))) = &d.agency {
        let e = ents.add(
            &format!("org:{}", newsgraph_lexicon::key(name)),
            EntityType::Organisation,
            name,
        );
        ents.mention(e, *a, *b, sent, true);
    }
    let place = ents.city(doc, &d.place).or_else(|| {
        let c = doc.lex.country(&d.place)?;
        let iso = c.iso2.clone();
        ents.country(doc, &iso)
    });
    let place = place.or_else(|| {
        (!d.place.is_empty()).then(|| {
            ents.add(
                &format!("place:{}", newsgraph_lexicon::key(&d.place)),
                EntityType::Location,
                &d.place,
            )
        })
    })?;
    if d.place_at.1 > d.place_at.0 {
        ents.mention(place, d.place_at.0, d.place_at.1, sent, true);
    }
    Some(place)
}

/// A city lies in its country, and a region is part of it, when the article names that
/// country too.
fn gazetteer_relations(lex: &Lexicon, ents: &Entities, rels: &mut Vec<roles::Rel>) {
    let named = |iso: &str| ents.named_country(iso);
    region_relations(lex, ents, &named, rels);
    in_its_namesake_division(lex, ents, rels);
    for (i, e) in ents.list.iter().enumerate() {
        // A place of no known kind ("in Porvoo") that the towns list knows is a town too.
        // A continent is no town, though a village somewhere may bear its name ("Asia").
        let town = e.etype == EntityType::Location
            && !lex.town_countries(&e.label).is_empty()
            && !seats::is_wider_region(&e.label);
        if !(e.etype == EntityType::City || town) || e.mentions.is_empty() {
            continue;
        }
        // A town the cities list is too small to hold: its namesakes' countries, if the
        // article names exactly one of them, hold it ("the town of Koundara" in a story
        // about Guinea). Names only ever seen after "in" stay out: as many of those are
        // bodies or areas the tagger did not know as are towns.
        let country = match &e.country {
            Some(c) => named(c),
            None => seats::named_town_country(lex, ents, &e.label),
        };
        let Some(country) = country else {
            continue;
        };
        if rels.iter().any(|r| {
            r.subj == i && matches!(r.pred, RelationType::LocatedIn | RelationType::PartOf)
        }) {
            continue;
        }
        rels.push(from_gazetteer(e, RelationType::LocatedIn, i, country));
    }
    territories::territory_relations(lex, ents, &named, rels);
}

/// "the city of Taiz" beside "Taiz province": the city is the seat the division is named
/// after, and lies in it rather than only in the country. A capital stays in its country
/// (CONVENTIONS R1), as "Gitega" beside "Gitega province" does.
fn in_its_namesake_division(lex: &Lexicon, ents: &Entities, rels: &mut Vec<roles::Rel>) {
    for (i, e) in ents.list.iter().enumerate() {
        if e.etype != EntityType::City || e.mentions.is_empty() {
            continue;
        }
        let Some(iso) = e.country.as_deref() else {
            continue;
        };
        if lex.country_by_code(iso).is_none() || events::is_capital(lex, iso, &e.label) {
            continue;
        }
        let city = e.label.to_lowercase();
        let division = ents.list.iter().position(|d| {
            d.etype == EntityType::Region
                && !d.mentions.is_empty()
                && (d.label.to_lowercase().strip_prefix(city.as_str()))
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|unit| names::UNIT_WORDS.contains(&unit))
        });
        let Some(division) = division else {
            continue;
        };
        let country = ents.country_entity(iso);
        rels.retain(|r| {
            !(r.subj == i && r.pred == RelationType::LocatedIn && Some(r.obj) == country)
        });
        rels.push(from_gazetteer(e, RelationType::LocatedIn, i, division));
    }
}

/// A relation the gazetteer gives, shown at the place's first mention: a list's word, not
/// the sentence's, so less sure than a relation read from the text.
fn from_gazetteer(
    place: &entities::Ent,
    pred: RelationType,
    subj: usize,
    obj: usize,
) -> roles::Rel {
    let m = place.mentions.first();
    roles::Rel {
        subj,
        pred,
        obj,
        sent: m.map_or(0, |m| m.sent),
        toks: 0..0,
        bytes: m.map(|m| (m.start, m.end)),
        confidence: 0.6,
    }
}

/// A place our list of countries' divisions knows ("Balochistan", "South Kivu") is part of
/// the one named country that has a division of that name. Common geography outranks the
/// rules' guess from the story's own country: a placing in a country the list does not give
/// for the name goes.
fn region_relations(
    lex: &Lexicon,
    ents: &Entities,
    named: &dyn Fn(&str) -> Option<usize>,
    rels: &mut Vec<roles::Rel>,
) {
    for (i, e) in ents.list.iter().enumerate() {
        if !matches!(e.etype, EntityType::Region | EntityType::Location) || e.mentions.is_empty() {
            continue;
        }
        let mut isos = region_isos(lex, e);
        // "banks in Florida", in a story that names the United States: a division of a
        // country the story names outranks the small towns of other countries that bear its
        // name. Where the division's own country has a town of the name ("in Batken"), the
        // town stands.
        let listed = lex.region_countries(&e.label);
        let towns = lex.town_countries(&e.label);
        if isos.is_empty()
            && e.etype == EntityType::Location
            && lex.city(&e.label).is_none()
            && !listed.iter().any(|c| towns.contains(c))
            && listed.iter().any(|c| named(c).is_some())
        {
            isos = listed;
        }
        if isos.is_empty() {
            continue;
        }
        let country_of = |c: usize| ents.list[c].key.strip_prefix("country:");
        rels.retain(|r| {
            r.subj != i
                || !matches!(r.pred, RelationType::LocatedIn | RelationType::PartOf)
                || country_of(r.obj).is_none_or(|iso| isos.iter().any(|c| c == iso))
        });
        let mut held = isos.iter().filter_map(|c| named(c));
        let (Some(country), None) = (held.next(), held.next()) else {
            continue;
        };
        // A division the text places in a larger division ("the Kurram district of Varsk
        // province") is tied to that nearer one, not to the country as well.
        let in_division = rels.iter().any(|r| {
            r.subj == i
                && r.pred == RelationType::PartOf
                && ents.list[r.obj].etype == EntityType::Region
        });
        if in_division {
            continue;
        }
        // A placing in that country the rules read already stands, as part of it.
        rels.retain(|r| !(r.subj == i && r.obj == country && r.pred == RelationType::LocatedIn));
        if rels
            .iter()
            .any(|r| r.subj == i && r.obj == country && r.pred == RelationType::PartOf)
        {
            continue;
        }
        rels.push(from_gazetteer(e, RelationType::PartOf, i, country));
    }
}

/// The countries a division of this name lies in. A name the text gives as a division
/// ("the Tillabéri region") takes our list's word even when a town shares the name; a
/// city's name the text gave as a division ("the Oruro department") lies in the city's
/// country.
fn region_isos<'a>(lex: &'a Lexicon, e: &'a entities::Ent) -> &'a [String] {
    if e.etype != EntityType::Region {
        return seats::region_countries(lex, &e.label);
    }
    let listed = lex.region_countries(&e.label);
    if !listed.is_empty() {
        return listed;
    }
    // "in northern Shan state": the name step keeps the unit word out of the label, while
    // the list may know the division only by its full name ("Shan State").
    let full = (names::UNIT_WORDS.iter())
        .map(|u| lex.region_countries(&format!("{} {u}", e.label)))
        .find(|l| !l.is_empty());
    if let Some(full) = full {
        return full;
    }
    match &e.country {
        Some(iso) if e.key.starts_with("city:") => std::slice::from_ref(iso),
        _ => &[],
    }
}

/// "the two countries", "both countries", "the two leaders": a way of naming the pair the
/// article names anyway, not an actor of its own. Events keep the countries it stands for.
fn names_countries(doc: &Doc, e: &entities::Ent) -> bool {
    e.etype == EntityType::Group
        && e.mentions.iter().all(|m| {
            let text = doc.text.get(m.start..m.end).unwrap_or("").to_lowercase();
            // "The two leaders", "both ministers": the pair by one plural noun.
            let pair = ["the two ", "both "].iter().any(|p| {
                text.strip_prefix(p)
                    .is_some_and(|rest| !rest.is_empty() && !rest.contains(' '))
            });
            pair || [
                "countries",
                "nations",
                "sides",
                "neighbours",
                "neighbors",
                "governments",
                "capitals",
            ]
            .iter()
            .any(|w| text.ends_with(w))
        })
}

/// "the parties", "the two sides" that take part in no event and stand in no relation: a
/// way of naming others that was never needed, not an actor of its own.
fn bare_group(e: &entities::Ent) -> bool {
    e.key == "group:parties"
}

/// `s` with its runs of white space made one space and its ends trimmed, copied as it stands
/// when it needs no change, as nearly every name does.
fn single_spaced(s: &str) -> String {
    // One pass over the characters: a search for the double space built a substring
    // searcher for every mention of every entity.
    let mut after_space = true;
    let plain = !s.ends_with(' ')
        && s.chars().all(|c| {
            let ok = if c == ' ' {
                !after_space
            } else {
                !c.is_whitespace()
            };
            after_space = c == ' ';
            ok
        });
    if plain {
        s.to_string()
    } else {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn slug(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "entity".into()
    } else {
        out
    }
}

fn assemble(
    article: &Article,
    doc: &Doc,
    ents: &Entities,
    home: Option<usize>,
    rels: &[roles::Rel],
    events: &[events::EventOut],
) -> ArticleGraph {
    let text = doc.text;
    let sentences: Vec<Span> = (0..doc.sents.len()).map(|s| doc.sent_span(s)).collect();
    // Entities with a mention, in order of first mention.
    let referenced: BTreeSet<usize> = (rels.iter().flat_map(|r| [r.subj, r.obj]))
        .chain(
            events
                .iter()
                .flat_map(|e| e.sources.iter().chain(&e.targets).copied()),
        )
        .collect();
    let mut order: Vec<usize> = (0..ents.list.len())
        .filter(|&i| !ents.list[i].mentions.is_empty() && !names_countries(doc, &ents.list[i]))
        .filter(|&i| referenced.contains(&i) || !bare_group(&ents.list[i]))
        // A country named once in passing is no actor of the story unless an event has it.
        .filter(|&i| referenced.contains(&i) || !settled::named_in_passing(doc, ents, home, i))
        .collect();
    order.sort_by_key(|&i| {
        (
            ents.list[i]
                .mentions
                .iter()
                .map(|m| m.start)
                .min()
                .unwrap_or(0),
            i,
        )
    });
    let mut ids: Vec<Option<String>> = vec![None; ents.list.len()];
    let mut used = BTreeSet::new();
    let mut entities = Vec::new();
    for &i in &order {
        let e = &ents.list[i];
        let base = slug(&e.label);
        let mut id = base.clone();
        let mut n = 2;
        while used.contains(&id) || id.starts_with("ev-") {
            id = format!("{base}-{n}");
            n += 1;
        }
        used.insert(id.clone());
        ids[i] = Some(id.clone());
        let mut entity = Entity::new(id, e.etype, e.label.clone());
        let mut mentions: Vec<Mention> = e
            .mentions
            .iter()
            .map(|m| Mention {
                sentence: m.sent as u32,
                span: doc.byte_span(m.start, m.end),
                text: text.get(m.start..m.end).unwrap_or("").to_string(),
            })
            .collect();
        mentions.sort();
        mentions.dedup();
        // Sorted and without repeats, as a set would give them; a vector is built once.
        let mut names: Vec<String> = e
            .mentions
            .iter()
            .filter(|m| m.naming)
            .map(|m| single_spaced(text.get(m.start..m.end).unwrap_or("")))
            .filter(|n| !n.is_empty())
            .collect();
        if e.etype == EntityType::Group {
            names.extend(e.mentions.iter().filter(|m| m.naming).flat_map(|m| {
                group_names::wider_starts(text, m.start, &|w| doc.lex.is_verb_trigger(w))
                    .into_iter()
                    .filter_map(move |from| Some(single_spaced(text.get(from..m.end)?)))
            }));
            let bare: Vec<String> = (names.iter())
                .filter_map(|n| quantity::unhedged(n).map(str::to_string))
                .collect();
            names.extend(bare);
        }
        if e.etype == EntityType::Region {
            // "Borkou province", "the Great Lakes region": analysts name a division with the
            // word the text gives after it.
            names.extend(e.mentions.iter().filter(|m| m.naming).filter_map(|m| {
                let rest = text.get(m.end..)?.strip_prefix(' ')?;
                let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
                let lower = word.starts_with(char::is_lowercase);
                (lower && names::division_word(word))
                    .then(|| text.get(m.start..m.end + 1 + word.len()))
                    .flatten()
                    .map(single_spaced)
            }));
        }
        names.push(e.label.clone());
        names.sort_unstable();
        names.dedup();
        entity.names = names;
        entity.mentions = mentions;
        entity.external = e.external.clone();
        entity.external.sort();
        entity.coordinates = e.coordinates;
        entities.push(entity);
    }
    let id = |i: usize| ids.get(i).cloned().flatten();
    let evidence =
        |s: usize, toks: &std::ops::Range<usize>, bytes: Option<(usize, usize)>| match bytes {
            Some((a, b)) => Evidence {
                sentence: s as u32,
                sentence_span: doc.sent_span(s),
                span: doc.byte_span(a, b),
                text: text.get(a..b).unwrap_or("").to_string(),
            },
            None => Evidence {
                sentence: s as u32,
                sentence_span: doc.sent_span(s),
                span: doc.span(toks),
                text: doc.slice(toks).to_string(),
            },
        };
    let mut relations: Vec<Relation> = rels
        .iter()
        .filter_map(|r| {
            Some(Relation {
                subject: id(r.subj)?,
                predicate: r.pred,
                object: id(r.obj)?,
                polarity: Default::default(),
                attribution: None,
                evidence: evidence(r.sent, &r.toks, r.bytes),
                confidence: r.confidence,
            })
        })
        .collect();
    relations.sort_by(|a, b| {
        (
            a.evidence.sentence,
            a.evidence.span,
            &a.subject,
            a.predicate,
            &a.object,
        )
            .cmp(&(
                b.evidence.sentence,
                b.evidence.span,
                &b.subject,
                b.predicate,
                &b.object,
            ))
    });
    // An event whose only participant was a way of naming others ("both sides") that could
    // not be resolved says nothing of who did what.
    let kept: Vec<&events::EventOut> = events
        .iter()
        .filter(|e| {
            (e.sources.iter().chain(&e.targets)).any(|&x| ids.get(x).is_some_and(Option::is_some))
        })
        .collect();
    let events: Vec<Event> = kept
        .into_iter()
        .enumerate()
        .map(|(n, e)| Event {
            id: format!("ev-{}", n + 1),
            iri: None,
            cameo: e.cameo.clone(),
            label: e.label.clone(),
            trigger: doc.slice(&e.trigger).to_string(),
            sources: e.sources.iter().filter_map(|&x| id(x)).collect(),
            targets: e.targets.iter().filter_map(|&x| id(x)).collect(),
            places: e.places.iter().filter_map(|&x| id(x)).collect(),
            date: e.date.clone(),
            polarity: e.polarity,
            attribution: e.attribution.and_then(id),
            evidence: evidence(e.sent, &e.trigger, None),
            confidence: e.confidence,
        })
        .collect();
    ArticleGraph {
        article: article.clone(),
        extractor: EXTRACTOR_VERSION.to_string(),
        sentences,
        entities,
        relations,
        events,
    }
}

#[cfg(test)]
mod spacing_tests {
    use super::single_spaced;

    #[test]
    fn names_are_single_spaced_as_split_and_joined() {
        for s in [
            "Ali Musa",
            " Ali  Musa ",
            "Ali\nMusa",
            "Ali\u{a0}Musa",
            "",
            "  ",
            "Ali",
            " Ali",
            "Ali ",
            "Ali Musa Bakr",
            "Ali Musa  Bakr",
            "Ali\tMusa",
            "Ali\u{2009}Musa",
            "Côte d'Ivoire",
            "Côte  d'Ivoire",
        ] {
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(single_spaced(s), joined, "{s:?}");
        }
    }
}
