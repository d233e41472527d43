//! Where bodies sit and towns lie, told by the way a story names them rather than by a
//! clause: a court named after its city ("the Varnholm District Court"), a company's
//! offices named by their city ("the Varnholm headquarters of X"), a secretariat placed
//! in an apposition ("X, whose secretariat is in Y"), a body's own premises ("a request
//! sent to its office in Y"), a regional capital named without its region ("Tarvik, the
//! provincial capital", after the province was named), and a town placed in a region of a
//! country ("Tarvik, in Kenya's northern Lomo region"). A town is tied to
//! the nearest container the text gives: a town in a region is not also placed in the
//! region's country, unless the same phrase names the country.

use newsgraph_lexicon::{Cue, Lexicon};
use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::membership::SETTLEMENTS;
use crate::names::{Item, Kind};
use crate::roles::{push_rel, Rel};

/// Head nouns of bodies seated in one city, which a city's name before them places there.
const SEATED: [&str; 10] = [
    "court",
    "tribunal",
    "council",
    "university",
    "municipality",
    "prosecutor's office",
    "city hall",
    "bar association",
    "department",
    "police",
];

/// "An IMF mission is due next month, the fund said in Washington": a body that speaks
/// from a city other than the one the story is filed from speaks from its seat. A person
/// who "told reporters in" a town was only there, and the city filed from is where
/// everyone in the story speaks.
fn spoke_from(x: &Sentence, k: usize, city: usize, dateline: Option<usize>, rels: &mut Vec<Rel>) {
    let (doc, its) = (x.doc, x.its);
    let at = its[k].toks.start;
    if !x.is(city, EntityType::City)
        || Some(city) == dateline
        || at < 3
        || doc.lower(at - 1) != "in"
    {
        return;
    }
    if !matches!(doc.lower(at - 2), "said" | "says") || !doc.in_sent(x.s, at - 3) {
        return;
    }
    let named = (its[..k].iter().rposition(|it| it.toks.end == at - 2))
        .and_then(|j| Some((its[j].toks.start, x.eo[j]?)));
    let Some((from, o)) = named.or_else(|| described_body(x, at - 3)) else {
        return;
    };
    if !x.is(o, EntityType::Organisation) {
        return;
    }
    let span = from..its[k].toks.end;
    push_rel(rels, o, RelationType::LocatedIn, city, x.s, span, 0.6);
}

/// "the fund" at token `noun`: the organisation named last before it whose name ends in
/// that noun ("the International Monetary Fund").
fn described_body(x: &Sentence, noun: usize) -> Option<(usize, usize)> {
    let doc = x.doc;
    if noun == 0 || doc.lower(noun - 1) != "the" || !doc.in_sent(x.s, noun - 1) {
        return None;
    }
    let at = doc.toks.get(noun)?.start;
    let word = doc.lower(noun);
    let o = x.ents.latest_mentioned_kind(
        |e| e.etype == EntityType::Organisation,
        |_, e| {
            (e.mentions.iter()).any(|m| {
                let name = doc.text.get(m.start..m.end).unwrap_or("");
                name.rsplit(' ')
                    .next()
                    .is_some_and(|h| h.eq_ignore_ascii_case(word))
            })
        },
        |m| m.end <= at,
    )?;
    Some((noun - 1, o))
}

/// Nouns for a body's premises in a city ("the Varnholm headquarters of X").
const PREMISES: [&str; 6] = [
    "headquarters",
    "head office",
    "offices",
    "office",
    "plant",
    "factory",
];

/// Nouns that say where an organisation has its seat ("whose secretariat is in Y").
const SEAT_NOUNS: [&str; 5] = ["secretariat", "headquarters", "seat", "head office", "base"];

/// The whole story, for the rules that look past one sentence.
#[derive(Clone, Copy)]
struct Story<'a> {
    doc: &'a Doc<'a>,
    items: &'a [Vec<Item>],
    ent_of: &'a [Vec<Option<usize>>],
    ents: &'a Entities,
    setting: &'a Setting,
}

/// One sentence's items and their entities.
struct Sentence<'a> {
    doc: &'a Doc<'a>,
    s: usize,
    its: &'a [Item],
    eo: &'a [Option<usize>],
    ents: &'a Entities,
}

impl Sentence<'_> {
    /// The item that starts at token `at` and its entity.
    fn at(&self, at: usize) -> Option<(usize, usize)> {
        let k = self.its.iter().position(|it| it.toks.start == at)?;
        Some((k, self.eo[k]?))
    }

    fn is(&self, e: usize, t: EntityType) -> bool {
        self.ents.list[e].etype == t
    }
}

/// The token after a one- or two-word phrase of `list` that starts at token `i`.
fn past_phrase(doc: &Doc, i: usize, list: &[&str]) -> Option<usize> {
    let two = format!("{} {}", doc.lower(i), doc.lower(i + 1));
    if list.contains(&two.as_str()) {
        Some(i + 2)
    } else {
        list.contains(&doc.lower(i)).then_some(i + 1)
    }
}

/// A relation read from an entity's first mention rather than from a phrase.
pub(crate) fn push_at_first_mention(
    ents: &Entities,
    rels: &mut Vec<Rel>,
    subj: usize,
    pred: RelationType,
    obj: usize,
    confidence: f32,
) {
    let Some(m) = ents.list[subj].mentions.first() else {
        return;
    };
    if subj != obj && !rels.iter().any(|r| r.subj == subj && r.obj == obj) {
        rels.push(Rel {
            subj,
            pred,
            obj,
            sent: m.sent,
            toks: 0..0,
            bytes: Some((m.start, m.end)),
            confidence,
        });
    }
}

/// A body's place in a larger one read from the story as a whole, shown at its first
/// mention: a part the text itself gave the body stands instead.
pub(crate) fn push_part_at_first_mention(
    ents: &Entities,
    rels: &mut Vec<Rel>,
    part: usize,
    whole: usize,
) {
    if !(rels.iter()).any(|r| r.subj == part && r.pred == RelationType::PartOf) {
        push_at_first_mention(ents, rels, part, RelationType::PartOf, whole, 0.6);
    }
}

fn is_town(t: EntityType) -> bool {
    matches!(t, EntityType::City | EntityType::Location)
}

/// Where the story is filed from and the country it is about.
pub(crate) struct Setting {
    pub dateline: Option<usize>,
    pub home: Option<usize>,
}

pub(crate) fn relations(
    doc: &Doc,
    items: &[Vec<Item>],
    ent_of: &[Vec<Option<usize>>],
    ents: &Entities,
    setting: &Setting,
    rels: &mut Vec<Rel>,
) {
    named_after_city(ents, rels);
    for (s, its) in items.iter().enumerate() {
        let x = Sentence {
            doc,
            s,
            its,
            eo: &ent_of[s],
            ents,
        };
        for (k, it) in its.iter().enumerate() {
            let Some(a) = x.eo[k] else { continue };
            premises(&x, k, a, rels);
            body_of(&x, k, a, rels);
            possessed_part(&x, k, a, rels);
            named_part(&x, k, a, rels);
            owned_by_its(&x, k, a, rels);
            seat_apposition(&x, k, a, rels);
            described_seat(&x, k, a, rels);
            if is_town(ents.list[a].etype) {
                own_premises(&x, k, a, rels);
                spoke_from(&x, k, a, setting.dateline, rels);
                countrys_town(&x, k, a, rels);
                regional_capital(doc, s, it, a, ents, rels);
                in_region(&x, k, a, rels);
            } else if ents.list[a].etype == EntityType::Region && !unit_named(doc, it) {
                // "Balcad, in the Lomo region": a name the steps took for a region, placed
                // in a region as towns are, is a town.
                in_region(&x, k, a, rels);
            }
        }
    }
    let story = Story {
        doc,
        items,
        ent_of,
        ents,
        setting,
    };
    // Towns first: a name `local_towns` reads as a town is no landmark for `sites`.
    local_towns(&story, rels);
    sites(&story, rels);
}

/// A site the text does not place: where its name puts it ("the Chaman crossing" at the
/// town of Chaman, "the Grand Ethiopian Dam" in Ethiopia, "Rustavi prison" in the country
/// of the town Rustavi), else, when its sentence names no other place, in the city the
/// story is filed from ("marched along Bourguiba Avenue", "welcomed at the airport").
fn sites(story: &Story, rels: &mut Vec<Rel>) {
    let Story {
        doc, items, ents, ..
    } = *story;
    let (ent_of, setting) = (story.ent_of, story.setting);
    for (f, e) in ents.list.iter().enumerate() {
        // A name our list of divisions knows is a parish or province, whatever its word
        // ("Christ Church"): no building of the city filed from.
        let division = !doc.lex.region_countries(&e.label).is_empty();
        if !(e.etype == EntityType::Facility || landmark(doc, e))
            || division
            || rels
                .iter()
                .any(|r| r.subj == f && r.pred == RelationType::LocatedIn)
        {
            continue;
        }
        let Some(m) = e.mentions.first() else {
            continue;
        };
        let words: Vec<&str> = e.label.split_whitespace().collect();
        let Some(first) = words.first().copied() else {
            continue;
        };
        let town = (ents.list.iter().enumerate()).find(|(t, c)| {
            *t != f
                && is_town(c.etype)
                && !c.mentions.is_empty()
                && e.label.starts_with(&c.label)
                && e.label[c.label.len()..].starts_with(' ')
        });
        let named_country = || {
            words.iter().find_map(|w| {
                let c = doc.lex.demonym(w).or_else(|| doc.lex.country(w))?;
                ents.named_country(&c.iso2)
            })
        };
        let town_elsewhere = || {
            let Some(city) = doc.lex.city(first) else {
                return named_town_country(doc.lex, ents, first);
            };
            let dateline_city = setting
                .dateline
                .is_some_and(|d| ents.list[d].label.eq_ignore_ascii_case(&city.name));
            (!dateline_city)
                .then(|| ents.named_country(&city.country))
                .flatten()
        };
        let s = m.sent;
        // "at the Varholm, the seat of parliament in Tarvik", filed from Tarvik: the city
        // named beside the site is the one it is filed from.
        let other_place = (items[s].iter().zip(&ent_of[s])).any(|(it, o)| {
            o.is_some_and(|o| {
                o != f
                    && Some(o) != setting.dateline
                    && !matches!(it.kind, Kind::Demonym(_))
                    && matches!(
                        ents.list[o].etype,
                        EntityType::City
                            | EntityType::Region
                            | EntityType::Location
                            | EntityType::Country
                            | EntityType::Polity
                    )
            })
        });
        // "the Tarvik Dam", "the Varga checkpoint": a site out of town lies in the country
        // the story is filed from, not in its city.
        let out_of_town = (words.last()).is_some_and(|w| crate::text::lower_in(w, &OUT_OF_TOWN));
        let filed_from = || {
            let d = (setting.dateline)
                .filter(|&d| ents.list[d].etype == EntityType::City && !other_place)?;
            if !out_of_town {
                return Some(d);
            }
            let iso = ents.list[d].country.as_deref()?;
            ents.named_country(iso)
        };
        let place = town
            .map(|(t, _)| t)
            .or_else(named_country)
            .or_else(town_elsewhere)
            .or_else(filed_from);
        if let Some(p) = place {
            push_at_first_mention(ents, rels, f, RelationType::LocatedIn, p, 0.5);
        }
    }
}

/// The one country the story names that has a town of this name ("Keflavik airport", named
/// after a town too small for the cities list, lies there, not in the city filed from).
pub(crate) fn named_town_country(lex: &Lexicon, ents: &Entities, name: &str) -> Option<usize> {
    let mut held = (lex.town_countries(name).iter()).filter_map(|iso| ents.named_country(iso));
    match (held.next(), held.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// Head nouns of sites that stand out of town: crossings, dams, mines and bases.
const OUT_OF_TOWN: [&str; 6] = ["checkpoint", "crossing", "dam", "mine", "reservoir", "base"];

/// Nouns of open land or water, which a landmark's name does not end in nor comes before:
/// such a place need not lie in a town at all.
const OPEN_LAND: [&str; 9] = [
    "lake", "border", "park", "forest", "reserve", "mountain", "field", "area", "zone",
];

/// "rallied at Varga Mandala", "near the Old Tarvik Circle": a place of no known kind named
/// by several words that no list knows as a town or a division is a landmark, a site like
/// a facility. (One word alone is as often a town the gazetteer lacks, unless the text
/// always gives it as a building: "met at the Varholm".) Not "the Varga Sap lake", "the
/// Bum Tal border point", "the Tarvik National Park", nor a name a region's or a feature's
/// word follows, nor one in brackets, nor a continent ("Latin America").
fn landmark(doc: &Doc, e: &crate::entities::Ent) -> bool {
    let Some(m) = e.mentions.first() else {
        return false;
    };
    if e.etype != EntityType::Location {
        return false;
    }
    let open = |w: &str| OPEN_LAND.contains(&w.to_lowercase().as_str());
    // The tokens are in text order: the first after the mention and the last before it.
    let next = Some(doc.tok_from(m.end)).filter(|&i| i < doc.toks.len());
    // "the Communist Party (Maoist Centre)": a bracketed name is part of another's.
    let bracketed = (doc
        .toks
        .partition_point(|t| t.end <= m.start)
        .checked_sub(1))
    .is_some_and(|i| doc.word(i) == "(");
    let open_after = next.is_some_and(|i| {
        open(doc.word(i)) || doc.is_cue(i, Cue::Feature) || doc.is_cue(i, Cue::Region)
    });
    !open_after
        && !bracketed
        && !is_wider_region(&e.label)
        && !e.label.split_whitespace().any(open)
        && (e.label.split_whitespace().nth(1).is_some() || always_a_building(doc, e))
        && doc.lex.town_countries(&e.label).is_empty()
        && doc.lex.city(&e.label).is_none()
        && region_countries(doc.lex, &e.label).is_empty()
}

/// Words before "the" and a name that make the name a building's ("talks at the Varholm",
/// "protesters outside Congress" without the "the").
pub(crate) const AT_A_BUILDING: [&str; 5] = ["at", "outside", "near", "inside", "around"];

/// "met at the Varholm", "clashes near the Varholm": every mention that names the place
/// follows "the" after a word of [`AT_A_BUILDING`], as no town's name does.
fn always_a_building(doc: &Doc, e: &crate::entities::Ent) -> bool {
    let mut naming = e.mentions.iter().filter(|m| m.naming).peekable();
    naming.peek().is_some()
        && naming.all(|m| {
            let i = doc.tok_from(m.start);
            i >= doc.sents[m.sent].toks.start + 2
                && doc.lower(i - 1) == "the"
                && AT_A_BUILDING.contains(&doc.lower(i - 2))
        })
}

/// Continents and world regions: "the longest insurgency in Asia" names no town at home.
const WIDER_REGIONS: [&str; 12] = [
    "africa",
    "asia",
    "europe",
    "latin america",
    "south america",
    "north america",
    "central america",
    "the americas",
    "americas",
    "middle east",
    "the middle east",
    "oceania",
];

pub(crate) fn is_wider_region(label: &str) -> bool {
    WIDER_REGIONS.contains(&label.to_lowercase().as_str())
}

/// "farmers rallied in Tarvik": a town the gazetteer does not know, in a sentence that
/// names no country, lies in the country the story is about.
fn local_towns(story: &Story, rels: &mut Vec<Rel>) {
    let (doc, items, ents) = (story.doc, story.items, story.ents);
    let (ent_of, setting) = (story.ent_of, story.setting);
    // Only when the country filed from is the one named most: talks held abroad
    // ("DOHA - Yemen's warring sides") happen far from the towns they name.
    let named = |c: usize| ents.list[c].mentions.len();
    let most = |h: usize| {
        (ents.list.iter().enumerate())
            .filter(|(_, e)| e.etype == EntityType::Country)
            .all(|(c, _)| c == h || named(c) < named(h))
    };
    let about = setting.home.filter(|&h| most(h));
    let Some(home) = about.filter(|&h| ents.list[h].etype == EntityType::Country) else {
        return;
    };
    for (s, its) in items.iter().enumerate() {
        let eo = &ent_of[s];
        let countries = its
            .iter()
            .any(|it| matches!(it.kind, Kind::Country(_) | Kind::Demonym(_)));
        if countries {
            continue;
        }
        for (k, it) in its.iter().enumerate() {
            let Some(t) = eo[k] else { continue };
            let start = it.toks.start;
            let unknown = is_town(ents.list[t].etype)
                && ents.list[t].country.is_none()
                && !is_wider_region(&ents.list[t].label)
                && !known_abroad(doc, ents, t, home);
            let placed = rels.iter().any(|r| {
                r.subj == t && matches!(r.pred, RelationType::LocatedIn | RelationType::PartOf)
            });
            if unknown
                && !placed
                && start > doc.sents[s].toks.start
                && doc.lower(start - 1) == "in"
                && !crate::names::UNIT_WORDS.contains(&doc.lower(it.toks.end))
            {
                push_rel(
                    rels,
                    t,
                    RelationType::LocatedIn,
                    home,
                    s,
                    start - 1..it.toks.end,
                    0.5,
                );
            }
        }
    }
}

/// The countries our list of divisions gives for a name, unless the gazetteer also knows a
/// city or town of that name ("the town of Batken" is not Batken Region): then the text's
/// own reading of the place stands.
pub(crate) fn region_countries<'l>(
    lex: &'l newsgraph_lexicon::Lexicon,
    name: &str,
) -> &'l [String] {
    let isos = lex.region_countries(name);
    if isos.is_empty() || !lex.town_countries(name).is_empty() || lex.city(name).is_some() {
        return &[];
    }
    isos
}

/// Whether the gazetteer's smaller places know a town of this name, but none in `home`:
/// then the story's country is no guess for where it lies.
pub(crate) fn known_abroad(doc: &Doc, ents: &Entities, town: usize, home: usize) -> bool {
    let countries = doc.lex.town_countries(&ents.list[town].label);
    let home_iso = ents.list[home].country.as_deref().unwrap_or("");
    !countries.is_empty() && !countries.iter().any(|c| c == home_iso)
}

/// The head noun of a body's name: "Court" in "Tbilisi Court of Appeals".
fn head(label: &str) -> String {
    let before_of = label.split(" of ").next().unwrap_or(label).to_lowercase();
    let words: Vec<&str> = before_of.split_whitespace().collect();
    match words.as_slice() {
        [.., a, b] if SEATED.contains(&format!("{a} {b}").as_str()) => format!("{a} {b}"),
        [.., b] => (*b).to_string(),
        [] => String::new(),
    }
}

/// "the Varnholm District Court", "the Varnholm Court of Appeals": a court or council whose
/// name opens with the name of a city the story names sits in that city. So does any body
/// named after a city the gazetteer or the text gives as one ("the Varnholm Stock Exchange",
/// "University Hospital Varnholm"): a division's or a site's name may open a wider body's.
fn named_after_city(ents: &Entities, rels: &mut Vec<Rel>) {
    for (o, body) in ents.list.iter().enumerate() {
        if body.etype != EntityType::Organisation {
            continue;
        }
        let seated = SEATED.contains(&head(&body.label).as_str());
        let label = body.label.trim_start_matches("the ");
        // "the University of San Francisco de Quito": a seat named last, after "of".
        let named_last = |c: &str| {
            label.contains(" of ")
                && label.ends_with(c)
                && label[..label.len() - c.len()].ends_with(' ')
        };
        let named_first = |c: &str| label.starts_with(c) && label[c.len()..].starts_with(' ');
        // "the Luxembourg Chamber of Commerce" is named after the country the city shares
        // its name with; "the Front for the Liberation of X" after a land, not a seat.
        let country_named =
            |c: &str| (ents.list.iter()).any(|k| k.etype == EntityType::Country && k.label == c);
        let city = (ents.list.iter().enumerate()).find(|(_, c)| {
            let kind = match c.etype {
                EntityType::City => seated || !country_named(&c.label),
                EntityType::Region | EntityType::Location => seated,
                _ => false,
            };
            let named = if seated {
                named_first(&c.label) || named_last(&c.label)
            } else {
                named_first(&c.label) || named_at_end(label, &c.label)
            };
            kind && !c.mentions.is_empty() && label.len() > c.label.len() && named
        });
        if let Some((c, _)) = city {
            push_at_first_mention(ents, rels, o, RelationType::LocatedIn, c, 0.6);
        }
    }
}

/// "University Hospital Varnholm", "the Appellate Court in Varnholm": a city's name closing
/// a body's name after a word of the name or "in", not after "of" ("the Front for the
/// Liberation of Varnholm" is named for a land).
fn named_at_end(label: &str, city: &str) -> bool {
    label
        .strip_suffix(city)
        .and_then(|rest| rest.strip_suffix(' '))
        .and_then(|rest| rest.rsplit(' ').next())
        .is_some_and(|w| w.starts_with(char::is_uppercase) || w == "in")
}

/// "the Varnholm headquarters of the shipping company X": the body sits in the city.
fn premises(x: &Sentence, k: usize, city: usize, rels: &mut Vec<Rel>) {
    let (doc, its) = (x.doc, x.its);
    if !x.is(city, EntityType::City) {
        return;
    }
    let Some(mut i) = past_phrase(doc, its[k].toks.end, &PREMISES) else {
        return;
    };
    if doc.lower(i) != "of" {
        return;
    }
    i += 1;
    if matches!(doc.lower(i), "the" | "a" | "an") {
        i += 1;
    }
    // "of the shipping company X": past a few lower-case words that describe the body.
    let from = i;
    while i < from + 3 && doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase) {
        i += 1;
    }
    let body = (x.at(i))
        .filter(|&(_, o)| x.is(o, EntityType::Organisation))
        .filter(|_| doc.in_sent(x.s, i));
    if let Some((j, o)) = body {
        let span = its[k].toks.start..its[j].toks.end;
        push_rel(rels, o, RelationType::LocatedIn, city, x.s, span, 0.6);
    }
}

/// Nouns of an apposition that makes a body a part of another ("X, an arm of Y").
const PARTS: [&str; 11] = [
    "part",
    "body",
    "arm",
    "organ",
    "unit",
    "subsidiary",
    "branch",
    "division",
    "wing",
    "agency",
    "department",
];

/// "the Dispute Panel, a body of the Andean Forum", "X, part of Y", "X, a subsidiary of
/// Peru's Y": a body within a larger one.
fn body_of(x: &Sentence, k: usize, a: usize, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    // "X (XA), part of Y": the short form in brackets stands between the name and comma.
    let end = doc.past_short_form(x.its[k].toks.end);
    // "X, an arm of Y", and "X is the armed wing of Y".
    let copula = matches!(doc.lower(end), "is" | "was");
    if !x.is(a, EntityType::Organisation) || !(doc.word(end) == "," || copula) {
        return;
    }
    let mut i = end + 1;
    if matches!(doc.lower(i), "a" | "an" | "the") {
        i += 1;
        // "a wholly owned subsidiary", "the legal arm".
        let from = i;
        while i < from + 2
            && !PARTS.contains(&doc.lower(i))
            && doc.is_word(i)
            && doc.word(i).starts_with(char::is_lowercase)
        {
            i += 1;
        }
    } else if doc.lower(i) != "part" {
        return;
    }
    if !PARTS.contains(&doc.lower(i)) || doc.lower(i + 1) != "of" {
        return;
    }
    let mut at = i + 2;
    if doc.lower(at) == "the" {
        at += 1;
        // "the political wing of the former rebel Y": words that describe the whole.
        let from = at;
        while at < from + 2
            && x.at(at).is_none()
            && doc.is_word(at)
            && doc.word(at).starts_with(char::is_lowercase)
        {
            at += 1;
        }
    }
    // "of Peru's Andean Mining Company": past the owner's possessive.
    if let Some((j, _)) = x
        .at(at)
        .filter(|&(j, c)| x.is(c, EntityType::Country) && doc.is_s_mark(x.its[j].toks.end))
    {
        at = x.its[j].toks.end + 1;
    }
    let whole = (x.at(at)).filter(|&(_, o)| o != a && x.is(o, EntityType::Organisation));
    if let Some((j, o)) = whole.filter(|_| doc.in_sent(x.s, at)) {
        let span = x.its[k].toks.start..x.its[j].toks.end;
        push_rel(rels, a, RelationType::PartOf, o, x.s, span, 0.6);
    }
}

/// "the Treasury said its Office of X would ...", "the group said its armed wing had ...",
/// "the Tarvik Assembly, whose Budget Committee meets ...": a body the sentence gives as
/// another's by "its" or "whose" is part of that other, when the entity named last before
/// the word is an organisation (a country's "its Africa Command" is its force, not a part).
fn owned_by_its(x: &Sentence, k: usize, a: usize, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let start = x.its[k].toks.start;
    let first = doc.sents[x.s].toks.start;
    if !x.is(a, EntityType::Organisation) || start <= first + 1 {
        return;
    }
    let whose = doc.lower(start - 1) == "whose" && doc.word(start - 2) == ",";
    if doc.lower(start - 1) != "its" && !whose {
        return;
    }
    // "X, whose Y": the owner ends right before the comma; "its": the last one named.
    // Not a body named inside a phrase ("the pact of Free Association said its ...").
    let owner = (x.its.iter().zip(x.eo))
        .take_while(|(it, _)| it.toks.end < start)
        .filter_map(|(it, e)| e.map(|e| (it, e)))
        .last()
        .filter(|(it, _)| !whose || it.toks.end == start - 2)
        .filter(|(it, _)| it.toks.start == 0 || doc.lower(it.toks.start - 1) != "of");
    if let Some((it, o)) = owner.filter(|&(_, o)| o != a && x.is(o, EntityType::Organisation)) {
        let span = it.toks.start..x.its[k].toks.end;
        push_rel(rels, a, RelationType::PartOf, o, x.s, span, 0.6);
    }
}

/// "the Front's armed wing, the Tarvik Brigades (TB), said": the part the possessive
/// apposition names after the whole, the other way round from [`possessed_part`].
fn named_part(x: &Sentence, k: usize, a: usize, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let end = x.its[k].toks.end;
    if !x.is(a, EntityType::Organisation) || !doc.is_s_mark(end) {
        return;
    }
    let part = |i: usize| PARTS.contains(&doc.lower(i)) && doc.lower(i) != "part";
    let mut i = end + 1;
    // "armed wing", "youth wing": a few lower-case words before the noun.
    while i < end + 3 && !part(i) && doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase) {
        i += 1;
    }
    if !part(i) || doc.word(i + 1) != "," {
        return;
    }
    // The part's item may or may not hold the article.
    let at = i + 2;
    let named = (x
        .at(at)
        .or_else(|| (doc.lower(at) == "the").then(|| x.at(at + 1)).flatten()))
    .filter(|&(_, p)| p != a && x.is(p, EntityType::Organisation));
    if let Some((j, p)) = named.filter(|_| doc.in_sent(x.s, at)) {
        let span = x.its[k].toks.start..x.its[j].toks.end;
        push_rel(rels, p, RelationType::PartOf, a, x.s, span, 0.6);
    }
}

/// "X (XA), the army's media wing", "X, the Tarvik defence ministry's force": a body the
/// apposition gives as a part of another through the owner's possessive.
fn possessed_part(x: &Sentence, k: usize, a: usize, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let end = doc.past_short_form(x.its[k].toks.end);
    if !x.is(a, EntityType::Organisation) || doc.word(end) != "," || doc.lower(end + 1) != "the" {
        return;
    }
    // The owner's item may or may not hold the article.
    let owner = (x.at(end + 1).or_else(|| x.at(end + 2))).filter(|&(j, o)| {
        o != a && x.is(o, EntityType::Organisation) && doc.is_s_mark(x.its[j].toks.end)
    });
    let Some((j, o)) = owner else {
        return;
    };
    let part = |i: usize| PARTS.contains(&doc.lower(i)) || doc.lower(i) == "force";
    let from = x.its[j].toks.end + 1;
    let mut i = from;
    // "the army's media wing": a few lower-case words before the noun.
    while i < from + 2 && !part(i) && doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase)
    {
        i += 1;
    }
    if part(i) && doc.in_sent(x.s, i) {
        let span = x.its[k].toks.start..i + 1;
        push_rel(rels, a, RelationType::PartOf, o, x.s, span, 0.6);
    }
}

/// "X (XA), whose secretariat is in Y", "X, headquartered in Y" is read by `roles`.
fn seat_apposition(x: &Sentence, k: usize, a: usize, rels: &mut Vec<Rel>) {
    let (doc, its) = (x.doc, x.its);
    if !x.is(a, EntityType::Organisation) {
        return;
    }
    // "the Association of X (AX), whose ...".
    let i = doc.past_short_form(its[k].toks.end);
    if doc.word(i) != "," || doc.lower(i + 1) != "whose" {
        return;
    }
    let Some(mut i) = past_phrase(doc, i + 2, &SEAT_NOUNS) else {
        return;
    };
    if !matches!(doc.lower(i), "is" | "are" | "was") {
        return;
    }
    i += 1;
    if doc.lower(i) == "located" {
        i += 1;
    }
    if doc.lower(i) != "in" {
        return;
    }
    let at = i + 1 + usize::from(doc.lower(i + 1) == "the");
    let place =
        (x.at(at)).filter(|&(_, p)| x.is(p, EntityType::City) || x.is(p, EntityType::Country));
    if let Some((j, p)) = place.filter(|_| doc.in_sent(x.s, at)) {
        let span = its[k].toks.start..its[j].toks.end;
        push_rel(rels, a, RelationType::LocatedIn, p, x.s, span, 0.6);
    }
}

/// "X, a watchdog group in Tarvik,", "X, a timber exporter based in Tarvik", "X, a Tarvik
/// brokerage,": an apposition that calls the name a body and gives its city. A name the
/// steps took for a person is a body all the same when the apposition says so.
fn described_seat(x: &Sentence, k: usize, a: usize, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    if !(x.is(a, EntityType::Organisation) || x.is(a, EntityType::Person)) {
        return;
    }
    let end = x.its[k].toks.end;
    let limit = doc.sents[x.s].toks.end;
    // A common noun heads it: "Afreximbank, the Cairo-based African Export-Import Bank" is
    // the same body named twice, not a description.
    let Some(head) = crate::names::body_apposition_head(doc, end, limit)
        .filter(|&h| doc.word(h).starts_with(char::is_lowercase))
    else {
        return;
    };
    let city = |at: usize| x.at(at).filter(|&(_, p)| x.is(p, EntityType::City));
    // The city before the head: "a Tarvik brokerage".
    let before = (end + 2..head).find_map(city);
    let mut i = head + 1;
    if matches!(doc.lower(i), "based" | "headquartered") {
        i += 1;
    }
    let after = (doc.lower(i) == "in").then(|| city(i + 1)).flatten();
    if let Some((j, p)) = before.or(after) {
        let span = x.its[k].toks.start..x.its[j].toks.end;
        push_rel(rels, a, RelationType::LocatedIn, p, x.s, span, 0.6);
    }
}

/// "X did not reply to a request sent to its office in Tarvik", "X, which investigates
/// fraud from its base in Tarvik": the organisation the sentence named last before "its"
/// sits in the town its premises are in. Where the premises are the body's by name ("the
/// ministry's offices in Tarvik", "the police headquarters in Tarvik", "the headquarters of
/// the agency in Tarvik"), that body is the one.
fn own_premises(x: &Sentence, k: usize, town: usize, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let start = x.its[k].toks.start;
    let first = doc.sents[x.s].toks.start;
    if start < first + 3 || doc.lower(start - 1) != "in" {
        return;
    }
    let mut i = start - 2;
    // A base may be lent ("the army's base in Tarvik" is seldom its seat): only "its base".
    let named = if PREMISES_OF[..3].contains(&doc.lower(i)) {
        // "its head office in".
        if i > first && doc.lower(i - 1) == "head" {
            i -= 1;
        }
        // "the ministry's offices in", "the police headquarters in".
        let owner_end = if i > first && matches!(doc.lower(i - 1), "'s" | "’s") {
            i - 1
        } else {
            i
        };
        // "a Danish military headquarters in Tarvik" describes a body; it names none.
        body_ending(x, owner_end)
            .filter(|&(from, _)| from == 0 || !matches!(doc.lower(from - 1), "a" | "an"))
            .or_else(|| {
                (owner_end < i)
                    .then(|| described_owner(x, owner_end))
                    .flatten()
            })
    } else {
        premises_of(x, start - 1)
    };
    if let Some((from, b)) = named {
        push_rel(
            rels,
            b,
            RelationType::LocatedIn,
            town,
            x.s,
            from..x.its[k].toks.end,
            0.6,
        );
        return;
    }
    if !PREMISES_OF.contains(&doc.lower(start - 2)) || i <= first || doc.lower(i - 1) != "its" {
        return;
    }
    let body = (x.its.iter().zip(x.eo))
        .take_while(|(it, _)| it.toks.end < i)
        .filter_map(|(it, e)| e.map(|e| (it, e)))
        .filter(|&(_, e)| x.is(e, EntityType::Organisation))
        .last();
    if let Some((it, b)) = body {
        let span = it.toks.start..x.its[k].toks.end;
        push_rel(rels, b, RelationType::LocatedIn, town, x.s, span, 0.6);
    }
}

/// Nouns for the premises a body works from, before "in" and the town.
const PREMISES_OF: [&str; 4] = ["office", "offices", "headquarters", "base"];

/// The organisation an item of the sentence names, ending just before token `end`, with
/// the token its item starts at.
fn body_ending(x: &Sentence, end: usize) -> Option<(usize, usize)> {
    (x.its.iter().zip(x.eo))
        .find(|(it, _)| it.toks.end == end)
        .and_then(|(it, e)| e.map(|e| (it.toks.start, e)))
        .filter(|&(_, e)| x.is(e, EntityType::Organisation))
}

/// "the company's headquarters in", "the bank's offices in": a body the story named before
/// and now calls by a common noun, which the descriptions step gave a mention ending just
/// before token `end`; with the token the mention starts at.
fn described_owner(x: &Sentence, end: usize) -> Option<(usize, usize)> {
    let doc = x.doc;
    let last = end.checked_sub(1)?;
    // "the party's headquarters in X" is where its supporters gather on election night;
    // stories do not give it as where a party sits.
    if !doc.word(last).starts_with(char::is_lowercase) || doc.lower(last) == "party" {
        return None;
    }
    let stop = doc.toks[last].end;
    (x.ents.list.iter().enumerate())
        .filter(|&(e, _)| x.is(e, EntityType::Organisation))
        .find_map(|(e, ent)| {
            let m = ent
                .mentions
                .iter()
                .find(|m| m.sent == x.s && m.end == stop)?;
            Some((doc.tok_from(m.start), e))
        })
}

/// "the headquarters of the State Forests in": the organisation whose premises the phrase
/// ending before token `in_at` names.
fn premises_of(x: &Sentence, in_at: usize) -> Option<(usize, usize)> {
    let doc = x.doc;
    let (from, b) = body_ending(x, in_at)?;
    let mut j = from.checked_sub(1)?;
    if doc.lower(j) == "the" {
        j = j.checked_sub(1)?;
    }
    let noun = doc.lower(j.checked_sub(1)?);
    (doc.lower(j) == "of" && PREMISES_OF.contains(&noun)).then_some((j - 1, b))
}

/// "Tarvik, Kenya's second-largest city": an apposition that gives the town's country.
fn countrys_town(x: &Sentence, k: usize, town: usize, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let end = x.its[k].toks.end;
    if doc.word(end) != "," {
        return;
    }
    let Some((j, c)) = x.at(end + 1).filter(|&(j, c)| {
        x.is(c, EntityType::Country)
            && matches!(x.its[j].kind, Kind::Country(_))
            && doc.is_s_mark(x.its[j].toks.end)
    }) else {
        return;
    };
    let from = x.its[j].toks.end + 1;
    let noun = (from..from + 3)
        .find(|&t| SETTLEMENTS.contains(&doc.lower(t)) || doc.lower(t) == "capital");
    let plain =
        |n: usize| (from..n).all(|t| doc.is_word(t) && doc.word(t).starts_with(char::is_lowercase));
    let theirs = x.ents.list[town].country.as_ref();
    let agrees = theirs.is_none_or(|iso| Some(iso) == x.ents.list[c].country.as_ref());
    if let Some(n) = noun.filter(|&n| plain(n) && agrees) {
        let span = x.its[k].toks.start..n + 1;
        push_rel(rels, town, RelationType::LocatedIn, c, x.s, span, 0.6);
    }
}

/// "near the provincial capital, Tarvik", "in Tarvik, the regional capital,": the capital
/// of the region the story named last before it.
fn regional_capital(
    doc: &Doc,
    s: usize,
    it: &Item,
    town: usize,
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    let (start, end) = (it.toks.start, it.toks.end);
    let unit = |w: &str| matches!(w, "provincial" | "regional" | "state" | "district");
    let before = start >= 4
        && doc.word(start - 1) == ","
        && doc.lower(start - 2) == "capital"
        && unit(doc.lower(start - 3))
        && doc.lower(start - 4) == "the";
    let after = doc.word(end) == ","
        && doc.lower(end + 1) == "the"
        && unit(doc.lower(end + 2))
        && doc.lower(end + 3) == "capital"
        && doc.lower(end + 4) != "of";
    if !before && !after {
        return;
    }
    let at = doc.toks[start].start;
    // The region named last before, within the three sentences before this one.
    let region = ents.latest_mentioned(
        |_, e| e.etype == EntityType::Region,
        |m| m.start < at && m.sent + 3 >= s,
    );
    if let Some(r) = region {
        let span = if before {
            start - 4..end
        } else {
            start..end + 4
        };
        push_rel(rels, town, RelationType::LocatedIn, r, s, span, 0.6);
    }
}

/// Whether a division's word is part of the item or follows it ("Lomo region").
fn unit_named(doc: &Doc, it: &Item) -> bool {
    (it.toks.start..=it.toks.end).any(|t| crate::names::UNIT_WORDS.contains(&doc.lower(t)))
}

/// "Tarvik, in Kenya's northern Lomo region", "Tarvik in the Lomo region", "Tarvik, a port
/// town in the western province of Lomo", "Tarvik, the main town of Lomo province", "Tarvik,
/// the main village on Lomo": the town lies in the region or island, and in the country that
/// owns it.
fn in_region(x: &Sentence, k: usize, town: usize, rels: &mut Vec<Rel>) {
    let (doc, its, ents, s) = (x.doc, x.its, x.ents, x.s);
    let mut i = its[k].toks.end;
    // "the main town of": a town the apposition makes one of the region's.
    let mut one_of = false;
    // "Tarvik, the main town on Lomo": only an island holds a town "on" it, whatever kind
    // of place the tagger took the island's name for.
    let mut on_island = false;
    if doc.word(i) == "," {
        i += 1;
        // "Tarvik, a fishing town in Kenya's Lomo province".
        if matches!(doc.lower(i), "a" | "an" | "the") {
            let the = doc.lower(i) == "the";
            let noun = (i + 1..i + 4).find(|&t| SETTLEMENTS.contains(&doc.lower(t)));
            let plain = |n: usize| {
                (i + 1..n).all(|t| doc.is_word(t) && doc.word(t).starts_with(char::is_lowercase))
            };
            match noun.filter(|&n| plain(n)) {
                Some(mut n) => {
                    // "a port town": the last of the nouns heads the phrase.
                    while SETTLEMENTS.contains(&doc.lower(n + 1)) {
                        n += 1;
                    }
                    i = n + 1;
                    one_of = the && matches!(doc.lower(i), "of" | "on");
                    on_island = one_of && doc.lower(i) == "on";
                }
                None => return,
            }
        }
    }
    if doc.lower(i) != "in" && !one_of {
        return;
    }
    i += 1;
    if doc.lower(i) == "the" {
        i += 1;
    }
    // "in Kenya's northern Lomo region": the owner before the region.
    let owner = x.at(i).filter(|&(j, c)| {
        ents.list[c].etype == EntityType::Country
            && matches!(its[j].kind, Kind::Country(_))
            && doc.is_s_mark(its[j].toks.end)
    });
    if let Some((j, _)) = owner {
        i = its[j].toks.end + 1;
    }
    let from = i;
    while i < from + 2 && doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase) {
        i += 1;
    }
    // "in the western province of Lomo": the unit word before the name.
    let unit_of =
        i > from && doc.lower(i) == "of" && crate::names::UNIT_WORDS.contains(&doc.lower(i - 1));
    if unit_of {
        i += 1;
    }
    // "the main town of Lomo State": a name that carries its unit word is a division,
    // whatever kind of place the tagger took it for.
    // An island is named alone or with its word ("on Lomo", "on Lomo island"), not as the
    // bank of a river or the shore of a lake ("on the Lomo river").
    let island = |j: usize| {
        let after = its[j].toks.end;
        i == from
            && (doc.lower(after) == "island"
                || !doc.is_word(after)
                || !doc.word(after).starts_with(char::is_lowercase))
    };
    let held = |j: usize, r: usize| {
        x.is(r, EntityType::Region)
            || is_town(ents.list[r].etype)
                && (on_island && island(j) || one_of && unit_named(doc, &its[j]))
    };
    let Some((r, region)) = x.at(i).filter(|&(j, r)| held(j, r)) else {
        return;
    };
    // A region is named by its name and its unit word ("the Lomo region"), or alone after a
    // possessive: "in Lomo" alone may be a town's name.
    let unit = unit_of
        || crate::names::UNIT_WORDS.contains(&doc.lower(its[r].toks.end))
        || (its[r].toks.start..its[r].toks.end)
            .any(|t| crate::names::UNIT_WORDS.contains(&doc.lower(t)));
    if !unit && owner.is_none() && !(on_island && island(r)) {
        return;
    }
    let span = its[k].toks.start..its[r].toks.end;
    push_rel(
        rels,
        town,
        RelationType::LocatedIn,
        region,
        s,
        span.clone(),
        0.6,
    );
    if let Some((_, c)) = owner {
        let theirs = ents.list[town].country.as_ref();
        if theirs.is_none_or(|iso| Some(iso) == ents.list[c].country.as_ref()) {
            push_rel(rels, town, RelationType::LocatedIn, c, s, span, 0.6);
        }
    }
}
