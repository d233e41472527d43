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

use std::cell::OnceCell;
use std::ops::Range;

use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::{Ent, Entities};
use crate::names::{Item, Kind};
use crate::roles::{Actor, Rel};
use crate::text::lower_is;

/// State bodies that act under a common noun; "the" required except for "police".
/// "coast guard" and "air force" are read as one word at their second (see [`service_at`]).
pub(crate) const BODIES: [&str; 11] = [
    "police",
    "army",
    "military",
    "government",
    "navy",
    "coastguard",
    "coast guard",
    "air force",
    "parliament",
    "junta",
    "regime",
];

/// Heads of a state body named by its field ("the foreign ministry", "its security service").
const FIELD_BODIES: [&str; 4] = ["ministry", "service", "department", "commission"];

/// Heads of a group that takes to the streets and is then called "protesters" or "the
/// crowd".
const MARCHERS: [&str; 12] = [
    "supporters",
    "students",
    "teachers",
    "farmers",
    "workers",
    "activists",
    "miners",
    "doctors",
    "nurses",
    "traders",
    "drivers",
    "pensioners",
];

/// Groups of people that act as one in news copy, with the word their synonyms share.
const PEOPLE: [(&str, &str); 81] = [
    ("protesters", "protesters"),
    ("groups", "groups"),
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
    ("supporters", "supporters"),
    ("followers", "supporters"),
    ("residents", "residents"),
    ("lawmakers", "lawmakers"),
    ("legislators", "lawmakers"),
    ("unions", "unions"),
    ("fighters", "rebels"),
    ("ministers", "ministers"),
    ("companies", "companies"),
    ("firms", "companies"),
    ("officials", "officials"),
    ("crowd", "protesters"),
    ("crowds", "protesters"),
    ("people", "people"),
    ("gunmen", "gunmen"),
    ("forces", "forces"),
    ("authorities", "authorities"),
    ("diplomats", "diplomats"),
    ("mps", "lawmakers"),
    ("senators", "lawmakers"),
    ("prosecutors", "prosecutors"),
    ("investigators", "investigators"),
    ("militias", "militias"),
    ("militiamen", "militias"),
    ("fishermen", "fishermen"),
    ("nurses", "nurses"),
    ("traders", "traders"),
    ("drivers", "drivers"),
    ("detainees", "detainees"),
    ("experts", "experts"),
    ("economists", "experts"),
    ("analysts", "experts"),
    ("investors", "investors"),
    ("bondholders", "investors"),
    ("candidates", "candidates"),
    ("pensioners", "pensioners"),
    ("employers", "employers"),
    ("volunteers", "volunteers"),
    ("separatists", "separatists"),
    ("exporters", "exporters"),
    ("producers", "producers"),
    ("carmakers", "carmakers"),
    ("attackers", "gunmen"),
    ("assailants", "gunmen"),
    ("businessmen", "businessmen"),
    ("individuals", "individuals"),
    ("organisations", "organisations"),
    ("organizations", "organisations"),
    ("peacekeepers", "peacekeepers"),
    ("manufacturers", "producers"),
    ("mediators", "mediators"),
    ("victims", "victims"),
    ("exiles", "exiles"),
    ("relatives", "relatives"),
    ("gendarmes", "gendarmes"),
    ("bishops", "bishops"),
    ("dissidents", "dissidents"),
    ("captives", "captives"),
    ("trustees", "trustees"),
    ("mayors", "mayors"),
    ("importers", "importers"),
];

/// Where the possessor before the group noun phrase at `start` begins ("the party's", "the
/// former governor's"): an actor that ends on the possessive, with its "the".
fn possessor_start(
    doc: &Doc,
    first: usize,
    start: usize,
    known: &[Actor],
    out: &[Actor],
) -> Option<usize> {
    if start < first + 2 || !doc.is_s_mark(start - 1) {
        return None;
    }
    // A body named by its common noun ("the party's") names them even where the story
    // gave the body no name the steps resolve.
    let body_word = |k: usize| {
        let w = doc.lower(k);
        BODIES.contains(&w) || DESCRIPTIONS.iter().any(|(d, _)| *d == w)
    };
    let owner = (known.iter().chain(out))
        .filter(|a| !a.place && a.toks.end == start - 1 && a.toks.start >= first)
        .map(|a| a.toks.start)
        .min()
        .or_else(|| body_word(start - 2).then_some(start - 2))?;
    Some(if owner > first && doc.lower(owner - 1) == "the" {
        owner - 1
    } else {
        owner
    })
}

/// Whether `w` is one of the plural nouns for people who act as a group.
pub(crate) fn people_word(w: &str) -> bool {
    PEOPLE.iter().any(|(p, _)| *p == w)
}

/// What a force fields: "an army convoy" is attacked as the army.
const ASSETS: [&str; 16] = [
    "station",
    "stations",
    "camp",
    "camps",
    "post",
    "posts",
    "convoy",
    "convoys",
    "patrol",
    "patrols",
    "positions",
    "position",
    "outpost",
    "outposts",
    "checkpoint",
    "checkpoints",
];

/// Nouns a body or group word can modify without being the actor itself ("police station").
const COMPOUND_HEADS: [&str; 23] = [
    // "Russian military intelligence" is the agency, not the army.
    "intelligence",
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
const DESCRIPTIONS: [(&str, &str); 28] = [
    ("union", "union"),
    ("coalition", "coalition"),
    // A firm by its trade: the company last named ([`latest_business`]).
    ("firm", "company"),
    ("airline", "company"),
    ("carrier", "company"),
    ("shipowner", "company"),
    ("carmaker", "company"),
    ("insurer", "company"),
    ("mission", "mission"),
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
    ("jury", "jury"),
    ("authority", "authority"),
    ("regulator", "regulator"),
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
    let named_at = countries_named(doc, its, eo, known, ents);
    let story_home = home;
    let mut named: Vec<usize> = named_at.iter().map(|(c, _)| *c).collect();
    named.sort_unstable();
    named.dedup();
    let home = match named[..] {
        [c] => Some(c),
        _ => home,
    };
    // A bare "the government" is the one its phrase places, or the one the sentence or
    // paragraph names before it, else the story's own; never that of a country the
    // sentence names later as its object ("the government asked India").
    let government = |i: usize, lead: usize, ents: &mut Entities| {
        let at = doc.toks[i].start;
        match government_country(doc, s, i, lead, &named_at, known, ents) {
            Some((c, true)) => own_government(doc, at, ents, Some(c), true),
            Some((c, false)) => body(doc, "government", at, ents, Some(c)),
            None => own_government(doc, at, ents, story_home.or(home), false),
        }
    };
    // A capitalised opener the name steps gave no entity ("Observers from ...") covers
    // nothing.
    // Marked once per sentence, not looked for in every item at every token.
    let mut covered = vec![false; r.len()];
    let mut title_at = vec![false; r.len() + 1];
    let mut mark = |toks: &std::ops::Range<usize>| {
        for k in toks.start.max(r.start)..toks.end.min(r.end) {
            covered[k - r.start] = true;
        }
    };
    for a in known {
        mark(&a.toks);
    }
    for (it, e) in its.iter().zip(eo) {
        if !matches!(it.kind, Kind::Title { .. }) && (e.is_some() || it.toks.start != r.start) {
            mark(&it.toks);
        }
    }
    for it in its {
        if matches!(it.kind, Kind::Title { .. }) && (r.start..=r.end).contains(&it.toks.start) {
            title_at[it.toks.start - r.start] = true;
        }
    }
    let mut out: Vec<Actor> = Vec::new();
    let mut qualifiers: Vec<std::ops::Range<usize>> = Vec::new();
    for i in r.clone() {
        // A covered word is skipped before its head questions: those look words up and
        // scan the entities, and ask it of every token of the article.
        if covered[i - r.start] {
            continue;
        }
        let service = service_at(doc, r.start, i);
        let w = service.unwrap_or_else(|| doc.lower(i));
        // The body's first word: "coast" of "the coast guard", else the word itself.
        let lead = if service.is_some() { i - 1 } else { i };
        let listed_head = service.is_some()
            || head_words().contains(w)
            || crate::groups::person_plural(doc, i)
            || crate::owned::head(doc, i);
        // The person or body "the" and this word stand for, asked here only of a word no
        // list names as a head; the last arm below takes the same answer.
        let asked = (!listed_head).then(|| titled_or_named(doc, s, r.start, i, ents));
        if !(listed_head || asked.flatten().is_some())
            || out.iter().any(|a| a.toks.contains(&i))
            || qualifiers.iter().any(|q| q.contains(&i))
        {
            continue;
        }
        let before = (lead > r.start).then(|| doc.lower(lead - 1));
        let definite = before == Some("the");
        let next = doc.lower(i + 1);
        let next_is_title = title_at[i + 1 - r.start];
        // "ambushed an army convoy", "attacked police patrols": an attack on a force's
        // convoy or post is on the force.
        let asset = matches!(w, "army" | "military" | "navy" | "police")
            && doc.in_sent(s, i + 1)
            && ASSETS.contains(&next);
        let compound =
            !asset && doc.in_sent(s, i + 1) && (COMPOUND_HEADS.contains(&next) || next == "'");
        // Capitalised inside a sentence: part of a name the name steps read ("Cocoa Farmers").
        let inside_name = i > r.start
            && doc.word(i).starts_with(char::is_uppercase)
            && doc.word(i - 1).starts_with(char::is_uppercase);
        if compound || inside_name {
            continue;
        }
        let mut start = if definite { lead - 1 } else { lead };
        // The owned-body and group steps read the actors named so far, this sentence's
        // descriptions among them: copied once, and only for a word that gets that far.
        let named: OnceCell<Vec<Actor>> = OnceCell::new();
        let so_far = || named.get_or_init(|| known.iter().chain(&out).cloned().collect());
        let around = || crate::groups::Around {
            doc,
            s,
            its,
            eo,
            known: so_far(),
        };
        let field = (i > r.start + 1 && FIELD_BODIES.contains(&w))
            .then(|| doc.lower(i - 1))
            .filter(|f| {
                // "Defence ministry spokeswoman X" may open the sentence.
                let opener = i - 1 == r.start && next_is_title;
                (doc.word(i - 1).starts_with(char::is_lowercase) || opener)
                    && (w == "ministry"
                        || matches!(*f, "security" | "intelligence")
                        || w == "commission" && matches!(*f, "electoral" | "election"))
                    && !modifier_word(f)
            });
        // "Observers from the Organization for Security ...": a group sent by that body.
        let mut sent_by: Option<usize> = None;
        // The movement or party whose people a possessive pronoun names, and how they
        // belong to it.
        let mut joined: Option<(usize, RelationType)> = None;
        let ent = if let Some(f) = field {
            // "the foreign ministry", "Cambodia's defence ministry", "its security service".
            let det = doc.lower(i - 2);
            // The owner's whole name: "Côte d'Ivoire's agriculture ministry".
            let owned = if det == "'s" && i >= r.start + 3 {
                known
                    .iter()
                    .find(|a| a.toks.end == i - 2)
                    .filter(|a| ents.list[a.ent].etype == EntityType::Country)
                    .map(|a| (a.ent, a.toks.start))
            } else {
                None
            };
            let owner = owned.map(|(e, _)| e);
            // "In Beijing, foreign ministry spokeswoman X": a title after it makes the
            // body definite, as "the" does, where no word stands before it.
            let bare = !doc.is_word(i - 2) && next_is_title;
            let ok = owner.is_some() || matches!(det, "the" | "its" | "their") || bare;
            start = if let Some((_, from)) = owned {
                from
            } else if det == "the" {
                i - 2
            } else {
                i - 1
            };
            let noun = format!("{f} {w}");
            let at = doc.toks[i].start;
            ok.then(|| match owner {
                Some(o) => owned_body(doc, &noun, at, ents, o),
                None => body(doc, &noun, at, ents, home),
            })
        } else if let Some((o, from)) = BODIES
            .contains(&w)
            .then(|| possessor_country(doc, known, ents, r.start, body_modified(doc, r.start, i)))
            .flatten()
        {
            // "Sudan's army": that country's army, whatever the story's home.
            start = from;
            Some(owned_body(doc, w, doc.toks[i].start, ents, o))
        } else if let Some((holder, title)) =
            (matches!(w, "government" | "palace" | "presidency") && !definite && next_is_title)
                .then(|| spokesman_named(doc, its, eo, ents, i + 1))
                .flatten()
        {
            // "Government spokesman X said": the spokesman of the country, as "the
            // government spokesman" is; no body of its own is named.
            if let Some(c) = home {
                crate::roles::push_rel(
                    rels,
                    holder,
                    RelationType::SpokespersonOf,
                    c,
                    s,
                    title,
                    0.6,
                );
            }
            None
        } else if let Some(from) = (w == "government"
            && !not_the_body(doc, s, i, next_is_title)
            && !describes_people(doc, s, i))
        .then(|| leaders_government(doc, known, ents, rels, r.start, i))
        .flatten()
        {
            // "Boakai's government": the government its leader heads, named by that phrase;
            // "Boakai's government officials" names the officials, not a body.
            start = from;
            Some(body(doc, w, doc.toks[i].start, ents, home))
        } else if let Some(c) = (matches!(w, "government" | "cabinet")
            && (w == "government" || the_cabinet(doc, s, i))
            && !not_the_body(doc, s, i, next_is_title)
            && !describes_people(doc, s, i))
        .then(|| pronoun_government(doc, s, i, ents, rels))
        .flatten()
        {
            // "President X said his government would ...": a body of its own, named by the
            // pronoun, of the country its owner leads (never another's named before); "his
            // cabinet" is that same government.
            start = i - 1;
            Some(owned_body(doc, "government", doc.toks[i].start, ents, c))
        } else if w == "cabinet" && definite && the_cabinet(doc, s, i) {
            // "the cabinet approved the bill": the government sitting as its ministers, one
            // body with "the government" wherever the story names both.
            Some(government(i, lead, ents))
        } else if BODIES.contains(&w)
            && (definite
                || the_modified(doc, r.start, i)
                || matches!(w, "police" | "parliament")
                || next_is_title
                || asset)
            && (asset || !not_the_body(doc, s, i, next_is_title))
        {
            if let Some(m) = (w == "government")
                .then(|| sub_national(doc, r.start, i))
                .flatten()
            {
                // "the regional government": a body of its own, not the state's, and named
                // with its modifier alone, never as the bare "government" the state's is.
                start = m;
                let noun = format!("{} government", doc.lower(m));
                Some(body(doc, &noun, doc.toks[i].start, ents, home))
            } else if w == "government" {
                Some(government(i, lead, ents))
            } else {
                Some(body(doc, w, doc.toks[i].start, ents, home))
            }
        } else if let Some((e, from)) = crate::owned::head(doc, i)
            .then(|| crate::owned::owned(&around(), i, ents, rels))
            .flatten()
        {
            // "Haiti's transitional council", "the ICRC delegation".
            start = from;
            Some(e)
        } else if (crate::groups::person_plural(doc, i)
            || crate::groups::loyal_to(doc, i) && PEOPLE.iter().any(|(p, _)| *p == w))
            && (!PEOPLE.iter().any(|(p, _)| *p == w)
                || crate::groups::of_body(doc, s, i, its, eo, ents).is_some())
            || w == "ministers"
                && crate::groups::pronoun_body(doc, r.start, i, known, ents).is_some()
            || crate::groups::named_members(doc, r.start, i, known, ents)
        {
            // "120 soldiers of the X" (or "fighters loyal to X") are X's, whatever the
            // story's other soldiers, and
            // "its defence ministers" the organisation's (ministers alone are anyone's, so
            // the people step leaves them out; "its fighters" are its rebels there).
            crate::groups::group(&around(), i, ents, rels).map(|g| {
                start = g.start;
                g.ent
            })
        } else if let Some(&(_, class)) = PEOPLE.iter().find(|(p, _)| *p == w) {
            // "opposition activists", "cocoa farmers": the modifiers belong to the name.
            let mut m = i;
            // A spelled count right before the noun ("four people") is the count, as a
            // figure is, not a modifier.
            while m > r.start
                && i - m < 2
                && modifier(doc, m - 1)
                && !(m == i && crate::quantity::exact_count(doc.lower(m - 1)))
            {
                m -= 1;
            }
            // "Press freedom groups ...": a capital that only opens the sentence.
            let opener = |k: usize| {
                k == r.start
                    && !its
                        .iter()
                        .zip(eo)
                        .any(|(it, e)| it.toks.contains(&k) && e.is_some())
                    && !modifier_word(doc.lower(k))
                    && doc.lex.demonym(doc.lower(k)).is_none()
            };
            if m == r.start + 1 && i - m < 2 && opener(r.start) {
                m -= 1;
            }
            // "Tajik border troops" is the demonym step's group; "officials from X" and
            // "farmers' union" are someone else's.
            let demonym = m > r.start && doc.lex.demonym(doc.lower(m - 1)).is_some();
            let named = m > r.start
                && doc.word(m - 1).starts_with(char::is_uppercase)
                && !modifier_word(doc.lower(m - 1));
            // "residents of Gao", "supporters of the president": the place they live in
            // or the one they follow, not a body they serve.
            // "accusing officials of delaying the count": what they are accused of.
            let of_whom = next == "of"
                && (matches!(class, "residents" | "supporters" | "relatives")
                    || doc.lower(i + 2).ends_with("ing"));
            let qualified = matches!(next, "from" | "of") && !of_whom;
            // "Foreign ministers of the Association of Southeast Asian Nations": sent by
            // the body, as "observers from" one are.
            let sent_of = next == "of" && class == "ministers";
            // The first word after the preposition, past a "the".
            let from_at = i + 2 + usize::from(doc.lower(i + 2) == "the");
            let body_at = |j: usize| {
                (its.iter().zip(eo))
                    .find(|(it, _)| it.toks.start == j)
                    .and_then(|(_, e)| *e)
                    .filter(|&e| ents.list[e].etype == EntityType::Organisation)
            };
            if next == "from" || sent_of {
                sent_by = body_at(from_at);
            }
            // "lawmakers from the Semilla movement", "fighters from the CPC": sent by a
            // party or movement, they are its members, as "its fighters" are.
            if next == "from" && movement_relation(class) == RelationType::MemberOf {
                joined = sent_by.take().map(|b| (b, RelationType::MemberOf));
            }
            // "Analysts at Arion Bank", "students at Comenius University": people who work
            // or study at a named body are its members. (Not "protesters at the ministry":
            // those are only there.)
            if next == "at" && matches!(class, "experts" | "students" | "workers") {
                let named = doc.word(from_at).starts_with(char::is_uppercase);
                if let Some(b) = body_at(from_at).filter(|_| named) {
                    joined = Some((b, RelationType::MemberOf));
                }
            }
            // "protesters from Indigenous communities": only a named source qualifies them
            // as someone else's ("officials from Russia").
            let from_named = (its.iter().zip(eo)).any(|(it, e)| {
                (from_at..from_at + 2).contains(&it.toks.start)
                    && (e.is_some() || it.kind == Kind::RecipGroup)
            }) || (from_at..from_at + 3)
                .any(|k| matches!(doc.lower(k), "countries" | "sides" | "nations"));
            // "miners from Sudan and Niger", "crowds from Malaita province": people from a
            // place act as a group of their own, named with it.
            // A place that owns a body ("from the Maldives' Anti-Corruption Commission")
            // names the body's people, and bare "groups from France" are bodies.
            let from_place = next == "from"
                && class != "groups"
                && (its.iter().zip(eo)).any(|(it, e)| {
                    it.toks.start == from_at
                        && !doc.is_s_mark(it.toks.end)
                        && doc.lower(it.toks.end) != "'"
                        && e.is_some_and(|e| {
                            matches!(
                                ents.list[e].etype,
                                EntityType::City
                                    | EntityType::Region
                                    | EntityType::Location
                                    | EntityType::Country
                            )
                        })
                });
            // "Officials from both countries", "officials from the two sides": the people
            // the two parties sent, an actor of their own beside the countries.
            let both_sides = next == "from"
                && matches!(doc.lower(from_at), "both" | "two")
                && matches!(doc.lower(from_at + 1), "countries" | "sides" | "nations");
            let qualified = qualified
                && (next != "from" || from_named && !both_sides)
                && sent_by.is_none()
                && joined.is_none()
                && !from_place;
            // "our farmers" in a quotation is the speaker's people, not an actor.
            let quoted = doc.is_quoted(i);
            // "killing at least nine soldiers": the dead of an attack are not an actor.
            let victims = (m.saturating_sub(4).max(r.start)..m).any(|k| {
                matches!(
                    doc.lower(k),
                    "killing"
                        | "killed"
                        | "kill"
                        | "kills"
                        | "wounding"
                        | "wounded"
                        | "injuring"
                        | "injured"
                )
            }) && !subject_of_clause(doc, s, i);
            // Ministers are a group only when sent by a body or named so before ("the
            // ministers" after "EU agriculture ministers"); alone they are anyone's.
            let unanchored = class == "ministers"
                && sent_by.is_none()
                && !both_sides
                && latest_with_word(ents, w, doc.toks[i].start).is_none();
            // "several hundred people rallied": people are an actor only counted, and only
            // doing something ("42 people had been arrested" are not).
            let mut counted = m;
            while counted > r.start && quantity_word(doc, counted - 1) {
                counted -= 1;
            }
            let acting = doc.in_sent(s, i + 1)
                && (doc.lex.is_cue(next, newsgraph_lexicon::Cue::Speech)
                    || (doc.lex.triggers_of(next))
                        .any(|t| t.curated && t.pos == newsgraph_lexicon::TriggerPos::Verb));
            // "Police detained 26 people", "37 people were arrested": a counted crowd taken
            // into custody is the target of the arrest, named by its count.
            let held = class == "people"
                && counted < m
                && crate::quantity::exact_count(doc.lower(i - 1))
                && crate::groups::taken_into_custody(doc, s, counted, i);
            let vague = class == "people" && (counted == m || !acting && !held);
            if class == "people" {
                m = counted;
            }
            // "Nigeria's main labour unions": the country's.
            let owner = possessor_country(doc, known, ents, r.start, m);
            start = owner.map_or(m, |(_, from)| from);
            if let Some((c, _)) = owner {
                sent_by = sent_by.or(Some(c));
            }
            // "The Russian defence ministry said its forces had ...": the country of the
            // body the possessive points back to.
            // "Al-Shabaab said its fighters had ...", "police fired at its supporters" after
            // the party: the people of a movement, party or armed group are its own, not
            // the country's its name or the gazetteer ties it to.
            if owner.is_none() && m > r.start && matches!(doc.lower(m - 1), "its" | "their") {
                // "The Red Cross said its volunteers ...": a body's volunteers and
                // peacekeepers belong to it, whatever country its name carries.
                let own = own_people(class)
                    .then(|| crate::groups::pronoun_body(doc, r.start, i, so_far(), ents))
                    .flatten();
                if let Some(b) = pronoun_movement(doc, ents, so_far(), m - 1, class) {
                    joined = Some((b, movement_relation(class)));
                } else if let Some(b) = own {
                    joined = Some((b, RelationType::MemberOf));
                } else if class != "supporters" {
                    // Supporters follow a party or a person, never the state force that
                    // may stand nearer ("police fired at its supporters").
                    sent_by = sent_by.or_else(|| pronoun_country(doc, ents, so_far(), m - 1));
                }
            }
            // "told supporters", "a speech to supporters": a leader's audience, not an actor
            // ("told lawmakers" is a statement to a body, which may answer).
            let audience = class == "supporters"
                && m > r.start
                && (matches!(doc.lower(m - 1), "told" | "tells" | "tell" | "telling")
                    || m > r.start + 1
                        && doc.lower(m - 1) == "to"
                        && matches!(doc.lower(m - 2), "speech" | "address" | "rally"));
            // "the panel that monitors the embargo": after a relative pronoun the word is the
            // clause's verb; "asked the bloc to send monitors": people still to be sent, whom
            // the sender stands for.
            let prev = (m > r.start).then(|| doc.lower(m - 1));
            let verb = i == m
                && matches!(prev, Some("that" | "who" | "which"))
                && matches!(next, "the" | "a" | "an" | "its" | "their" | "his" | "her");
            let to_be_sent = i == m
                && matches!(prev, Some("send" | "sent" | "sends" | "sending" | "deploy"))
                && !matches!(next, "from" | "of");
            (!demonym
                && !named
                && !qualified
                && !audience
                && !verb
                && !to_be_sent
                && !quoted
                && !next_is_title
                && !victims
                && !unanchored
                && !vague)
                .then(|| match held {
                    // Each count is a crowd of its own: "86 people" held in one city and
                    // "23 people" in another are two targets.
                    true => crate::groups::held_people(doc, s, m, i, ents),
                    // Named with both sides, so that its events stand for them too.
                    false if both_sides => {
                        let label = doc.slice(&(m..from_at + 2));
                        let key = format!("group:both:{}", newsgraph_lexicon::key(label));
                        ents.add(&key, EntityType::Group, label)
                    }
                    false => people(doc, w, class, doc.toks[i].start, counted == i, ents),
                })
        } else if w == "opposition" && definite && !next_is_title && clause_follows(doc, s, i) {
            // "accused the opposition of paying", "the opposition said": the parties against
            // the government, as one actor; "the opposition party" is a name's business.
            Some(people(doc, w, "opposition", doc.toks[i].start, false, ents))
        } else if matches!(w, "states" | "countries" | "governments" | "nations")
            && before == Some("member")
            && !next_is_title
            && !members_as_territory(doc, its, r.start, i - 1)
        {
            // "member states", "EU member countries": the governments of the bloc last
            // named, affiliated with it.
            start = i - 1;
            let bloc = latest_bloc(doc, ents, doc.toks[i].start);
            let key = match bloc {
                Some(b) => format!("group:members:{b}"),
                None => "group:members".to_string(),
            };
            let g = ents.add(&key, EntityType::Group, &format!("member {w}"));
            sent_by = bloc;
            Some(g)
        } else if matches!(w, "group" | "movement" | "organisation" | "organization")
            && (definite || described_with_the(doc, r.start, i))
            && !next_is_title
        {
            // "The group accused ...", "the paramilitary group": the body called so last,
            // else the organisation or named group last named.
            if !definite {
                start = i - 2;
            }
            latest_called(doc, ents, w, doc.toks[i].start)
                .or_else(|| latest_named_body(doc, ents, doc.toks[i].start))
        } else if let Some(&(_, word)) = DESCRIPTIONS.iter().find(|(d, _)| *d == w) {
            // "ministry spokeswoman X": a title right after makes it as definite as "the".
            // "the monetary policy committee": the organ's fixed words stand between.
            let organ = i >= r.start + 3
                && doc.lower(i - 3) == "the"
                && crate::owned::policy_organ(doc.slice(&(i - 2..i + 1)));
            // "the central bank", "the electoral commission": a word before the noun may
            // tell one body from another, so it is read so only when one is named.
            let at = doc.toks[i].start;
            let qualified =
                !definite && !next_is_title && !organ && described_with_the(doc, r.start, i);
            let found = (definite || next_is_title || organ)
                .then(|| {
                    (word == "party")
                        .then(|| crate::reported_party::planned_by_speaker(doc, s, i, ents))
                        .flatten()
                        .or_else(|| described(doc, word, at, ents))
                })
                .or_else(|| qualified.then(|| only_described(word, at, ents)))
                .flatten();
            if organ {
                start = i - 3;
            } else if qualified && found.is_some() {
                start = i - 2;
            }
            let found = found.or_else(|| {
                let (e, from) = crate::unnamed_courts::named_next(doc, s, i, ents)
                    .or_else(|| crate::unnamed_courts::known_by_city(doc, s, i, ents))?;
                start = from;
                Some(e)
            });
            let unnamed = found
                .is_none()
                .then(|| unnamed_body(doc, r.start, i, ents))
                .flatten();
            if let Some((_, from)) = unnamed {
                start = from;
            }
            found.or(unnamed.map(|(e, _)| e))
        } else {
            asked.unwrap_or_else(|| titled_or_named(doc, s, r.start, i, ents))
        };
        let Some(e) = ent else { continue };
        ents.mention(e, doc.toks[start].start, doc.toks[i].end, s, true);
        // "the national police", "riot police": the kind of force is part of its name.
        let modified = body_modified(doc, r.start, i);
        if BODIES.contains(&w) && modified < i {
            ents.mention(e, doc.toks[modified].start, doc.toks[i].end, s, true);
        }
        if ents.list[e].etype == EntityType::Group {
            // "his lawyers", "its supporters": news copy names the group with its owner's
            // pronoun.
            if start > r.start && matches!(doc.lower(start - 1), "his" | "her" | "its" | "their") {
                ents.mention(e, doc.toks[start - 1].start, doc.toks[i].end, s, true);
            }
            // "the party's supporters", "the bloc's foreign ministers": named with the body
            // or person they follow, as the pronoun names them.
            if let Some(owner) = possessor_start(doc, r.start, start, known, &out) {
                ents.mention(e, doc.toks[owner].start, doc.toks[i].end, s, true);
            }
            if let Some(end) = crate::groups::qualifier_end(doc, s, i, its, eo) {
                ents.mention(e, doc.toks[start].start, doc.toks[end - 1].end, s, true);
                // "Leaders of the four member countries": the countries only say whose.
                qualifiers.push(i + 1..end);
            } else if let Some(end) = crate::groups::placed_end(&around(), i) {
                ents.mention(e, doc.toks[start].start, doc.toks[end - 1].end, s, true);
            }
        }
        out.push(Actor {
            toks: start..i + 1,
            ent: e,
            place: false,
        });
        titles_on(doc, s, its, eo, ents, e, start..i + 1, rels);
        // "Sudan's army", "Kenya's police", "Yemen's government": forces and governments are
        // affiliated with their country.
        if let Some((c, _)) = matches!(
            w,
            "army"
                | "military"
                | "navy"
                | "police"
                | "coastguard"
                | "coast guard"
                | "air force"
                | "government"
        )
        .then(|| possessor_country(doc, known, ents, r.start, lead))
        .flatten()
        {
            crate::roles::push_rel(
                rels,
                e,
                RelationType::AffiliatedWith,
                c,
                s,
                start..i + 1,
                0.6,
            );
        }
        if let Some((b, pred)) = joined.filter(|&(b, _)| b != e) {
            crate::roles::push_rel(rels, e, pred, b, s, start..i + 1, 0.6);
        }
        if let Some(b) = sent_by {
            let span = start..i + 1;
            crate::roles::push_rel(rels, e, RelationType::AffiliatedWith, b, s, span, 0.6);
        }
    }
    out
}

/// Every word the loop of [`find`] can make an actor of: any other word gives none, and
/// one look-up spares it the hundred comparisons of the lists.
fn head_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: rustc_hash::FxHashSet<&'static str> =
            (FIELD_BODIES.iter()).chain(&BODIES).copied().collect();
        words.extend(PEOPLE.iter().map(|&(w, _)| w));
        words.extend(DESCRIPTIONS.iter().map(|&(w, _)| w));
        words.extend([
            "opposition",
            "states",
            "countries",
            "governments",
            "nations",
            "group",
            "movement",
            "organisation",
            "organization",
            "palace",
            "presidency",
            "cabinet",
        ]);
        words
    })
}

/// "... were killed and dozens of residents were abducted": the noun at `i` opens a clause
/// of its own, whatever deed was told before it.
fn subject_of_clause(doc: &Doc, s: usize, i: usize) -> bool {
    doc.in_sent(s, i + 1) && matches!(doc.lower(i + 1), "were" | "was" | "had" | "have" | "has")
}

/// A word that counts people: "several hundred", "thousands of", "42", "some", "many".
pub(crate) fn quantity_word(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    crate::quantity::count_word(w) || matches!(w, "of" | "some" | "many")
}

/// Whether what follows token `i` ends the noun phrase there: punctuation, a function word,
/// a possessive or a verb ("the opposition said", "the opposition of"), not another noun
/// ("the opposition party").
fn clause_follows(doc: &Doc, s: usize, i: usize) -> bool {
    let next = doc.lower(i + 1);
    !doc.in_sent(s, i + 1)
        || !doc.is_word(i + 1)
        || modifier_word(next)
        || next == "'s"
        || doc.lex.is_cue(next, newsgraph_lexicon::Cue::Speech)
        || doc.lex.is_verb_trigger(next)
}

/// Whether "member states" at `member` (its first word) follow a preposition, past a count,
/// a determiner or the bloc's name ("assets held in member states", "travel to its 27
/// member states", "agreements with EU member states"): the bloc's territory, or what a deal
/// is with, not an actor of its own ("urged member states to", "member states would send").
fn members_as_territory(doc: &Doc, its: &[Item], first: usize, member: usize) -> bool {
    let mut k = member;
    while k > first {
        let w = doc.lower(k - 1);
        if let Some(it) = its.iter().find(|it| it.toks.end == k) {
            k = it.toks.start;
        } else if crate::quantity::count_word(w) || matches!(w, "its" | "their" | "the" | "all") {
            k -= 1;
        } else {
            break;
        }
    }
    k > first
        && matches!(
            doc.lower(k - 1),
            "in" | "to" | "with" | "into" | "across" | "throughout" | "among" | "between"
        )
}

/// The bloc "member states" (or "the bloc's members") belong to: the organisation most
/// recently named before byte `at` whose name says it gathers members (a union, a
/// community, an alliance, nations), or that is written as an acronym.
pub(crate) fn latest_bloc(doc: &Doc, ents: &Entities, at: usize) -> Option<usize> {
    let first_sentence = doc.sents.first().map_or(0, |s| s.start);
    let bloc = |_, e: &Ent| {
        let acronym = e.label.len() >= 2 && e.label.chars().all(|c| c.is_ascii_uppercase());
        e.etype == EntityType::Organisation && (acronym || bloc_named(e))
    };
    ents.latest_mentioned(bloc, |m| m.end <= at && m.start >= first_sentence)
}

/// Head words of the names of bodies that gather members.
const BLOC_WORDS: [&str; 10] = [
    "states",
    "union",
    "nations",
    "community",
    "alliance",
    "league",
    "organization",
    "organisation",
    "bloc",
    "council",
];

/// Whether an organisation's name is headed by a word for a gathering of members
/// ("African Union"), not merely holds one ("Union of Wallonia" farmers).
fn bloc_named(e: &Ent) -> bool {
    let head = e.label.rsplit(' ').next().unwrap_or("").to_lowercase();
    BLOC_WORDS.contains(&head.as_str())
}

/// The bloc a story of summits is about: of the organisations named before byte `at`
/// whose name says they gather members, or that the text calls a bloc ("the Mercosur
/// trade bloc"), the one named most often, the first named on a tie.
pub(crate) fn story_bloc(doc: &Doc, ents: &Entities, at: usize) -> Option<usize> {
    let called_bloc = |e: &Ent| {
        e.mentions.iter().any(|m| {
            let after = doc.text.get(m.end..).unwrap_or("");
            let mut words = after.split_whitespace().take(2);
            words.any(|w| w.trim_end_matches([',', '.']).eq_ignore_ascii_case("bloc"))
        })
    };
    (ents.list.iter().enumerate())
        .filter(|(_, e)| e.etype == EntityType::Organisation)
        .filter(|(_, e)| e.mentions.iter().any(|m| m.naming && m.end <= at))
        .filter(|(_, e)| bloc_named(e) || called_bloc(e))
        .map(|(x, e)| {
            let first = e
                .mentions
                .iter()
                .map(|m| m.start)
                .min()
                .unwrap_or(usize::MAX);
            (std::cmp::Reverse(e.mentions.len()), first, x)
        })
        .min()
        .map(|(_, _, x)| x)
}

/// The country of the nearest body named before token `k` in the sentence: the country
/// itself, or the one a state body belongs to.
fn pronoun_country(doc: &Doc, ents: &Entities, known: &[Actor], k: usize) -> Option<usize> {
    let body = known
        .iter()
        .filter(|a| a.toks.end <= k)
        .max_by_key(|a| a.toks.end);
    let body = body.filter(|a| {
        !a.place
            && matches!(
                ents.list[a.ent].etype,
                EntityType::Country | EntityType::Organisation | EntityType::Group
            )
    })?;
    let ent = &ents.list[body.ent];
    if ent.etype == EntityType::Country {
        return Some(body.ent);
    }
    // ... or the nationality its name carries ("Russian defence ministry").
    let iso = ent.country.clone().or_else(|| {
        (ent.label.split_whitespace())
            .find_map(|w| doc.lex.demonym(w).or_else(|| doc.lex.country(w)))
            .map(|c| c.iso2.clone())
    })?;
    ents.named_country(&iso)
}

/// Whether an organisation is a movement, party, union or armed group rather than a body of
/// a state: no state office or force heads its name, and its name carries no country
/// unless it calls itself a party ("African Party for the Independence of Guinea"). An
/// "Army" whose name carries no country is a rebel army ("the Arakan Army", "the Kachin
/// Independence Army"); a state's army carries its country ("the Somali National Army").
pub(crate) fn non_state(doc: &Doc, e: &Ent) -> bool {
    let words = || e.label.split_whitespace();
    let head = words().last().unwrap_or("").to_lowercase();
    let party = words().any(|w| {
        crate::party_words::MEMBERSHIP.contains(&w.to_lowercase().as_str())
            || w.eq_ignore_ascii_case("union")
    });
    let rebel_army = head == "army" && words().count() >= 2;
    let state_head =
        crate::structure::FORCES.contains(&head.as_str()) || BODIES.contains(&head.as_str());
    e.etype == EntityType::Organisation
        && !crate::structure::state_office(&e.label)
        && (rebel_army || !state_head)
        && (party || !words().any(|w| doc.lex.demonym(w).is_some() || doc.lex.country(w).is_some()))
}

/// "its fighters", "their supporters": the movement or party the pronoun at token `k`
/// points back to, the first such organisation the sentence names before it (the subject
/// that owns the clause, not a body named on the way: "the mission appealed to the United
/// Nations to pay its troops"). Only people who join or follow a movement count: troops,
/// officials and workers of an organisation are its staff, read elsewhere.
fn pronoun_movement(
    doc: &Doc,
    ents: &Entities,
    known: &[Actor],
    k: usize,
    class: &str,
) -> Option<usize> {
    if !matches!(class, "rebels" | "supporters" | "lawmakers" | "activists") {
        return None;
    }
    known
        .iter()
        .filter(|a| a.toks.end <= k && !a.place && non_state(doc, &ents.list[a.ent]))
        .min_by_key(|a| a.toks.start)
        .map(|a| a.ent)
}

/// People who serve a body as its own rank and file, whatever country its name carries:
/// a body's volunteers and peacekeepers are its members.
pub(crate) fn own_people(w: &str) -> bool {
    matches!(w, "volunteers" | "peacekeepers")
}

/// Fighters, militants and lawmakers are members of their movement or party; supporters
/// and the rest of its people are affiliated with it.
fn movement_relation(class: &str) -> RelationType {
    match class {
        "rebels" | "lawmakers" | "activists" => RelationType::MemberOf,
        _ => RelationType::AffiliatedWith,
    }
}

/// The country named with a possessive right before token `i` ("Sudan's army"), and
/// where its name starts.
fn possessor_country(
    doc: &Doc,
    known: &[Actor],
    ents: &Entities,
    first: usize,
    i: usize,
) -> Option<(usize, usize)> {
    if i < first + 2 || !doc.is_s_mark(i - 1) {
        return None;
    }
    known
        .iter()
        .find(|a| a.toks.end == i - 1 && ents.list[a.ent].etype == EntityType::Country)
        .map(|a| (a.ent, a.toks.start))
}

/// Where "Boakai's government" starts when the word at `i` follows a person's name and "'s"
/// (a pronoun, "his government", is [`pronoun_government`]'s).
/// Only a person the story already gives a state office has a government ("the union leader
/// Y's government" is a phrase no wire writes).
fn leaders_government(
    doc: &Doc,
    known: &[Actor],
    ents: &Entities,
    rels: &[Rel],
    first: usize,
    i: usize,
) -> Option<usize> {
    if i < first + 2 || !doc.is_s_mark(i - 1) {
        return None;
    }
    let in_office = |p: usize| {
        rels.iter().any(|r| {
            r.subj == p
                && matches!(r.pred, RelationType::LeaderOf | RelationType::OfficialOf)
                && (ents.list[r.obj].etype == EntityType::Country
                    || ents.list[r.obj].label.ends_with("government"))
        })
    };
    known
        .iter()
        .find(|a| {
            a.toks.end == i - 1 && ents.list[a.ent].etype == EntityType::Person && in_office(a.ent)
        })
        .map(|a| a.toks.start)
}

/// The country whose leader the "his" or "her" before the word at `i` points back to ("Prime
/// Minister X said his government"): a minister's or an envoy's government is the country's,
/// which the story names otherwise.
fn pronoun_government(
    doc: &Doc,
    s: usize,
    i: usize,
    ents: &Entities,
    rels: &[Rel],
) -> Option<usize> {
    if i == doc.sents[s].toks.start || !matches!(doc.lower(i - 1), "his" | "her") {
        return None;
    }
    let p = crate::settled::pronoun_owner(doc, ents, s, i - 1)?;
    rels.iter()
        .find(|r| {
            r.subj == p
                && r.pred == RelationType::LeaderOf
                && ents.list[r.obj].etype == EntityType::Country
        })
        .map(|r| r.obj)
}

/// Whether the word after `i` is a plural of people ("officials", "ministers") the word at
/// `i` describes.
fn describes_people(doc: &Doc, s: usize, i: usize) -> bool {
    doc.in_sent(s, i + 1) && PEOPLE.iter().any(|(p, _)| *p == doc.lower(i + 1))
}

/// The country an actor of the sentence stands for: a country, or a capital city.
pub(crate) fn country_of(doc: &Doc, ents: &Entities, e: usize) -> Option<usize> {
    let ent = &ents.list[e];
    match ent.etype {
        EntityType::Country => Some(e),
        EntityType::City => {
            let iso = ent.country.as_ref()?;
            crate::events::is_capital(doc.lex, iso, &ent.label)
                .then(|| ents.named_country(iso))
                .flatten()
        }
        _ => None,
    }
}

/// A lower-case word that can modify a group noun ("opposition" in "opposition activists").
pub(crate) fn modifier(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    // "armed men": a participle that is an adjective before people, never their deed.
    if w == "armed" {
        return doc.word(i) == "armed";
    }
    doc.is_word(i)
        && doc.word(i).starts_with(char::is_lowercase)
        && !w.ends_with("ly")
        && !w.ends_with("ing")
        && !modifier_word(w)
        && !doc.lex.is_verb_trigger(w)
}

/// Function words, which never modify a group noun.
pub(crate) fn modifier_word(w: &str) -> bool {
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
            // "on what rights groups called fabricated charges", "let drivers pay": a
            // pronoun or verb before the phrase, not a word of its name.
            | "what"
            | "whose"
            | "whom"
            | "them"
            | "let"
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
    // "Belgian police ... a police spokeswoman": the body named with the word last. A
    // rebel army's name ends in the word too ("the New Patriotic Army ... the army said"),
    // but wire copy calls the rebels by their acronym and keeps "the army" for the state's.
    let group = latest_with_word(ents, noun, at).filter(|&e| {
        ents.list[e]
            .label
            .to_lowercase()
            .ends_with(&format!(" {noun}"))
            && !(noun == "army" && non_state(doc, &ents.list[e]))
    });
    // "the electoral commission ... the National Electoral Commission": a body named by its
    // field is the named body that holds the same words, unless that is another country's.
    let same_field = |e: usize| {
        noun.contains(' ')
            && ents.list[e]
                .country
                .as_ref()
                .is_none_or(|c| Some(c) == country.as_ref())
    };
    if let Some(e) = group
        .or_else(|| named_with_word(ents, noun, at).filter(|&e| of_country(e) || same_field(e)))
    {
        return e;
    }
    new_body(noun, ents, country, demonym)
}

/// The body `noun` of the country `iso` (with its `demonym`), or of no known country.
fn new_body(
    noun: &str,
    ents: &mut Entities,
    country: Option<String>,
    demonym: Option<String>,
) -> usize {
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

/// The government of `home` (a country, or a place of it): with `seated`, the one the
/// phrase placed ("the government in La Paz"), never another country's named before it;
/// else the story's own, for a bare "the government" the sentence and its paragraph say
/// nothing of: not another country's government named last in passing ("Malawi's
/// government said it would reopen the border ... accused the government" in a story from
/// Beira). A government the lead names is the story's, wherever its dateline ("DOHA - Talks
/// between Yemen's government and the Houthis ...").
fn own_government(
    doc: &Doc,
    at: usize,
    ents: &mut Entities,
    home: Option<usize>,
    seated: bool,
) -> usize {
    let country = home.and_then(|h| ents.list[h].country.clone());
    let latest = latest_with_word(ents, "government", at);
    let passing = latest.is_some_and(|e| {
        let ent = &ents.list[e];
        matches!((ent.country.as_deref(), country.as_deref()), (Some(a), Some(b)) if a != b)
            && (seated || !ent.mentions.iter().any(|m| m.sent == 0))
    });
    if !passing {
        return body(doc, "government", at, ents, home);
    }
    let ours = ents.latest_mentioned_kind(
        |e| matches!(e.etype, EntityType::Organisation | EntityType::Group),
        |_, e| {
            has_words(&e.label, "government")
                && !other_tier(&e.label, "government")
                && e.country == country
        },
        |m| m.end <= at,
    );
    if let Some(e) = ours {
        return e;
    }
    let demonym = (country.as_deref())
        .and_then(|iso| doc.lex.country_by_code(iso))
        .and_then(|c| c.demonyms.first().cloned());
    new_body("government", ents, country, demonym)
}

/// The countries sentence `s` names, each with its words: its actors that are countries or
/// capitals, and its demonyms.
fn countries_named(
    doc: &Doc,
    its: &[Item],
    eo: &[Option<usize>],
    known: &[Actor],
    ents: &Entities,
) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut named: Vec<(usize, std::ops::Range<usize>)> = (known.iter())
        .filter_map(|a| Some((country_of(doc, ents, a.ent)?, a.toks.clone())))
        .collect();
    named.extend((its.iter().zip(eo)).filter_map(|(it, e)| match it.kind {
        Kind::Demonym(_) => Some(((*e)?, it.toks.clone())),
        _ => None,
    }));
    named
}

/// Whose government a bare "the government" (word `i`, phrase from `lead`) of sentence `s`
/// is, where the text tells (a country, or a place of the country), and whether a phrase
/// placed it: the place the phrase names ("the government in Bangui", "the government of
/// Chad"), else the one country the sentence named before it ("In Kabul, the government
/// said"), else the country a sentence of the paragraph opened on ("Burundi's foreign
/// minister said ... The government summoned"). A country named after it is what the
/// government acts on ("the government asked India"), not its owner.
fn government_country(
    doc: &Doc,
    s: usize,
    i: usize,
    lead: usize,
    named: &[(usize, std::ops::Range<usize>)],
    known: &[Actor],
    ents: &Entities,
) -> Option<(usize, bool)> {
    if doc.in_sent(s, i + 2) && matches!(doc.lower(i + 1), "in" | "of") {
        let at = if doc.lower(i + 2) == "the" {
            i + 3
        } else {
            i + 2
        };
        // "The government in La Paz": any city of the country seats it, capital or not
        // (the body step reads only the place's country). "The government of the
        // breakaway region": a government of its own the phrase names, not the paragraph's.
        let seat = (known.iter())
            .find(|a| a.toks.start == at)
            .filter(|a| {
                matches!(
                    ents.list[a.ent].etype,
                    EntityType::Country | EntityType::City
                ) && ents.list[a.ent].country.is_some()
            })
            .map(|a| a.ent);
        return (seat.or_else(|| named.iter().find(|(_, t)| t.start == at).map(|(c, _)| *c)))
            .map(|c| (c, true));
    }
    let mut before: Vec<usize> = (named.iter())
        .filter(|(_, t)| t.end <= lead)
        .map(|(c, _)| *c)
        .collect();
    before.sort_unstable();
    before.dedup();
    // "Peters said the government ...": a sentence that names its own speaker says
    // nothing of the paragraph's country; "He said the government" does.
    let named_speaker = known.iter().any(|a| {
        a.toks.end <= lead
            && !a.place
            && doc.word(a.toks.start).starts_with(char::is_uppercase)
            && !matches!(doc.lower(a.toks.start), "he" | "she" | "it" | "they")
    });
    match before[..] {
        [c] => Some((c, false)),
        [] if !named_speaker => paragraph_country(doc, s, ents).map(|c| (c, false)),
        _ => None,
    }
}

/// The country the latest earlier sentence of `s`'s paragraph opened on as an owner
/// ("Burundi's foreign minister, X, said ...").
fn paragraph_country(doc: &Doc, s: usize, ents: &Entities) -> Option<usize> {
    let paragraph = doc.sents[s].paragraph;
    (0..s)
        .rev()
        .take_while(|&p| doc.sents[p].paragraph == paragraph)
        .find_map(|p| {
            let first = doc.sents[p].toks.start;
            let at = doc.toks.get(first)?.start;
            (ents.list.iter().enumerate()).find_map(|(e, ent)| {
                let opens = (ent.etype == EntityType::Country)
                    && (ent.mentions.iter()).any(|m| {
                        m.naming && m.start == at && {
                            let next = doc.tok_from(m.end);
                            doc.in_sent(p, next) && doc.is_s_mark(next)
                        }
                    });
                opens.then_some(e)
            })
        })
}

/// "China's foreign ministry": the body of the country named as its owner, never another
/// country's body called the same ("Vietnam's foreign ministry" named before).
fn owned_body(doc: &Doc, noun: &str, at: usize, ents: &mut Entities, owner: usize) -> usize {
    let country = ents.list[owner].country.clone();
    let latest = latest_with_word(ents, noun, at);
    let another = |e: usize| ents.list[e].country.is_some() && ents.list[e].country != country;
    match (latest.filter(|&e| another(e)), country.as_deref()) {
        (Some(_), Some(iso)) => {
            let demonym = doc
                .lex
                .country_by_code(iso)
                .and_then(|c| c.demonyms.first().cloned())
                .unwrap_or_else(|| iso.to_string());
            let e = ents.add(
                &format!("group:{iso}:{noun}"),
                EntityType::Organisation,
                &format!("{demonym} {noun}"),
            );
            ents.list[e].country = country;
            e
        }
        _ => body(doc, noun, at, ents, Some(owner)),
    }
}

/// A group of people: the group already named with a word of the same class ("Colombian
/// troops" for "soldiers"), else one of its own.
/// `bare` when neither a count nor a modifier comes before the noun.
fn people(doc: &Doc, noun: &str, class: &str, at: usize, bare: bool, ents: &mut Entities) -> usize {
    let synonyms: Vec<&str> = PEOPLE
        .iter()
        .filter(|(_, c)| *c == class)
        .map(|(p, _)| *p)
        .collect();
    if let Some(e) = synonyms.iter().find_map(|w| latest_with_word(ents, w, at)) {
        return e;
    }
    // "Thousands of teachers marched ... protesters threw stones", "the crowd": a protest
    // story calls the people it opened on protesters once they protest, so bare protesters
    // are the first group of marching kind it named (never the police or officials).
    if class == "protesters" {
        let marching = |e: &Ent| {
            e.etype == EntityType::Group
                && e.key.starts_with("group:")
                && e.label
                    .rsplit(' ')
                    .next()
                    .is_some_and(|h| MARCHERS.contains(&h.to_lowercase().as_str()))
        };
        let first = (ents.list.iter().enumerate())
            .filter(|(_, e)| marching(e))
            .filter_map(|(i, e)| Some((e.mentions.iter().map(|m| m.start).min()?, i)))
            .filter(|&(start, _)| start < at)
            .min();
        if let Some((_, e)) = first {
            return e;
        }
    }
    // "Islamist militants attacked the post ... the attackers fled": bare attackers or
    // gunmen are the armed group last named; "about 30 gunmen" counted are a band of their
    // own.
    if class == "gunmen" && bare {
        let rebels = PEOPLE
            .iter()
            .filter(|(_, c)| *c == "rebels")
            .map(|(p, _)| *p);
        let armed = ents.latest_mentioned_kind(
            |e| e.etype == EntityType::Group && e.key.starts_with("group:"),
            |_, e| {
                let head = e.label.rsplit(' ').next().map(str::to_lowercase);
                rebels.clone().any(|r| head.as_deref() == Some(r))
            },
            |m| m.end <= at,
        );
        if let Some(e) = armed {
            return e;
        }
    }
    // "Army spokesman X said troops had recaptured ...": troops nobody else is said to
    // field are the army's the story names.
    if class == "troops" {
        if let Some(e) = ["army", "military"]
            .iter()
            .find_map(|w| latest_with_word(ents, w, at))
        {
            return e;
        }
    }
    let _ = doc;
    ents.add(&format!("group:{class}"), EntityType::Group, noun)
}

/// "the paramilitary group": one lower-case modifier between "the" and the noun at `i`.
fn described_with_the(doc: &Doc, first: usize, i: usize) -> bool {
    i >= first + 2
        && doc.lower(i - 2) == "the"
        && doc.word(i - 1).starts_with(char::is_lowercase)
        && !modifier_word(doc.lower(i - 1))
}

/// The organisation or group most recently mentioned before byte `at` by a description
/// ending in `noun` ("the paramilitary group" before "the group's leaders").
fn latest_called(doc: &Doc, ents: &Entities, noun: &str, at: usize) -> Option<usize> {
    ents.latest_mentioned(
        |_, e| matches!(e.etype, EntityType::Organisation | EntityType::Group),
        |m| {
            m.end <= at
                && doc
                    .text
                    .get(m.start..m.end)
                    .is_some_and(|t| t.to_lowercase().ends_with(noun))
        },
    )
}

/// The organisation or named group most recently named before byte `at`, leaving out the
/// agency of the dateline and the state's armed forces known by their common noun: "the
/// group" is a movement or a firm, never the country's army.
fn latest_named_body(doc: &Doc, ents: &Entities, at: usize) -> Option<usize> {
    let first_sentence = doc.sents.first().map_or(0, |s| s.start);
    ents.latest_mentioned(
        |_, e| {
            matches!(e.etype, EntityType::Organisation | EntityType::Group)
                && e.label.starts_with(char::is_uppercase)
                && !unnamed_state_body(e)
        },
        |m| m.naming && m.end <= at && m.start >= first_sentence,
    )
}

/// Whether `w` names a state body by its common noun ("junta", "army", "parliament").
/// Where the body word at `i` starts with a modifier that tells which of the country's
/// forces or governments it is ("national police", "riot police", "the federal
/// government", "the military government"); `i` itself when there is none.
fn body_modified(doc: &Doc, first: usize, i: usize) -> usize {
    let m = i.saturating_sub(1);
    // "the coast guard": its first word stands where a modifier would.
    if service_at(doc, first, i).is_some() {
        return m;
    }
    let kind = match doc.lower(i) {
        "police" => matches!(doc.lower(m), "national" | "riot" | "federal"),
        // "the military-led government", "the army-backed government": who leads or
        // backs it tells which government it is, as "military" does. "The national" and
        // "the central government" set the state's government apart from a region's, as
        // "federal" does.
        "government" | "junta" => {
            let w = doc.lower(m);
            matches!(
                w,
                "federal" | "national" | "central" | "military" | "transitional" | "interim"
            ) || SUB_NATIONAL.contains(&w)
                || ["-led", "-backed"].iter().any(|e| {
                    w.strip_suffix(e)
                        .is_some_and(|b| b.len() > 1 && !b.contains('-'))
                })
        }
        _ => false,
    };
    if i > first && kind && doc.word(m).starts_with(char::is_lowercase) {
        m
    } else {
        i
    }
}

/// The service named by the two lower-case words ending at `i` ("coast guard", "air
/// force"), read as one body word; sentences start at `first`.
fn service_at(doc: &Doc, first: usize, i: usize) -> Option<&'static str> {
    if i <= first {
        return None;
    }
    crate::names::service_compound(doc, i - 1, doc.toks.len()).then(|| {
        if doc.word(i - 1) == "coast" {
            "coast guard"
        } else {
            "air force"
        }
    })
}

/// Modifiers that make a government a region's or a province's own.
const SUB_NATIONAL: [&str; 2] = ["regional", "provincial"];

/// The modifier's token when the government word at `i` is "the regional government" or
/// "the provincial government".
fn sub_national(doc: &Doc, first: usize, i: usize) -> Option<usize> {
    let m = i.checked_sub(1)?;
    (m > first && doc.lower(m - 1) == "the" && SUB_NATIONAL.contains(&doc.lower(m))).then_some(m)
}

/// "the federal government": "the" before the body's modifier makes it definite.
fn the_modified(doc: &Doc, first: usize, i: usize) -> bool {
    let m = body_modified(doc, first, i);
    m < i && m > first && doc.lower(m - 1) == "the"
}

/// Whether the body word at `i` of sentence `s` stands for no body that acts: a modifier
/// after "a" ("a police post", "an army position"), an office once held ("a former army
/// general"), a word that describes another body or people ("the military government",
/// "military commanders"), or the house as a place or a seat ("protests outside parliament",
/// "a member of parliament"; "the speaker of parliament" is still its speaker).
fn not_the_body(doc: &Doc, s: usize, i: usize, next_is_title: bool) -> bool {
    let first = doc.sents[s].toks.start;
    let before = |k: usize| (k > first).then(|| doc.lower(k - 1));
    let former = before(i) == Some("former");
    let next = doc.in_sent(s, i + 1).then(|| doc.word(i + 1));
    let modifies = next.is_some_and(|n| n.starts_with(char::is_lowercase) && doc.is_word(i + 1));
    let indefinite = matches!(before(i), Some("a" | "an")) && modifies && !next_is_title;
    let describes = modifies
        && (BODIES.contains(&doc.lower(i + 1)) || crate::groups::person_plural(doc, i + 1));
    let member = i > first + 1 && matches!(doc.lower(i - 2), "member" | "members");
    let place = doc.lower(i) == "parliament"
        && (matches!(before(i), Some("in" | "outside" | "inside"))
            || member && before(i) == Some("of"));
    former || indefinite || describes || place
}

/// Whether "the cabinet" at `i` acts as the government's ministers: not a room or a meeting
/// ("the cabinet meeting", "the Cabinet Office") nor another leader's past cabinet ("the
/// cabinet of former President X").
fn the_cabinet(doc: &Doc, s: usize, i: usize) -> bool {
    let next = doc.in_sent(s, i + 1).then(|| doc.lower(i + 1));
    doc.word(i).starts_with(char::is_lowercase)
        && !next.is_some_and(|n| {
            matches!(
                n,
                "of" | "meeting"
                    | "meetings"
                    | "session"
                    | "reshuffle"
                    | "post"
                    | "posts"
                    | "seat"
                    | "seats"
                    | "secretary"
                    | "minister"
                    | "member"
                    | "members"
                    | "decision"
            )
        })
}

/// A state's armed force known by its common noun ("the army" of the story's country,
/// "Chadian troops"), not named: "the group" that fights it is the other side.
fn unnamed_state_body(e: &Ent) -> bool {
    (e.key.strip_prefix("group:"))
        .and_then(|k| k.rsplit(':').next())
        .is_some_and(|w| matches!(w, "army" | "military" | "navy" | "troops" | "soldiers"))
}

pub(crate) fn body_word(w: &str) -> bool {
    BODIES.contains(&w)
}

/// Whether the word is a field a ministry or an office may cover ("energy", "trade").
pub(crate) fn ministry_field(w: &str) -> bool {
    MINISTRY_FIELDS.contains(&w)
}

/// Fields of ministers' titles that name their ministry ("Finance Minister" heads the
/// finance ministry); a prime minister or a minister of state heads none.
const MINISTRY_FIELDS: [&str; 22] = [
    "finance",
    "foreign",
    "defence",
    "defense",
    "economy",
    "interior",
    "justice",
    "health",
    "education",
    "culture",
    "trade",
    "energy",
    "agriculture",
    "labour",
    "labor",
    "transport",
    "environment",
    "commerce",
    "information",
    "mines",
    "tourism",
    "fisheries",
];

/// A body the story describes and never names, with the first token of its description:
/// "her ministry" or "the ministry" after a minister's title ([`ministers_ministry`]), "the central bank" in
/// a story that names no bank, "the governing coalition". `first` is the sentence's first
/// token, `i` the noun's.
fn unnamed_body(doc: &Doc, first: usize, i: usize, ents: &mut Entities) -> Option<(usize, usize)> {
    let before = |k: usize| (i >= first + k).then(|| doc.lower(i - k));
    let at = doc.toks[i].start;
    match doc.lower(i) {
        // "Defence Minister X ... the ministry said": a story that names no ministry calls
        // the minister's by its head noun alone.
        "ministry" if matches!(before(1), Some("his" | "her" | "the")) => {
            ministers_ministry(doc, i, ents).map(|e| (e, i - 1))
        }
        // "the governing coalition": a story names the coalition in power by that alone.
        "coalition" if before(1) == Some("the") => {
            Some((body(doc, "coalition", at, ents, None), i - 1))
        }
        "coalition"
            if matches!(before(1), Some("governing" | "ruling")) && before(2) == Some("the") =>
        {
            Some((body(doc, "coalition", at, ents, None), i - 2))
        }
        // "agreed to set up a joint commission": a body two sides set up together has no
        // name but that, whatever the article before it.
        "commission" | "committee" if before(1) == Some("joint") => {
            let noun = format!("joint {}", doc.lower(i));
            Some((body(doc, &noun, at, ents, None), i - 1))
        }
        // "the monetary policy committee" in a story that names no such organ: the central
        // bank's, which the relations step ties to it.
        "committee" | "council" | "board"
            if before(3) == Some("the")
                && crate::owned::policy_organ(doc.slice(&(i - 2..i + 1))) =>
        {
            let noun = format!("monetary policy {}", doc.lower(i));
            Some((body(doc, &noun, at, ents, None), i - 3))
        }
        "bank"
            if before(1) == Some("central")
                && before(2) == Some("the")
                && named_with_word(ents, "bank", at).is_none() =>
        {
            Some((body(doc, "central bank", at, ents, None), i - 2))
        }
        _ => None,
    }
}

/// "Finance Minister X ... her ministry said": the ministry of the minister last named
/// before token `i`, the body of that field already named or a new one. None when the last
/// minister heads no ministry of a known field, as "his ministry" then is no one's we know.
fn ministers_ministry(doc: &Doc, i: usize, ents: &mut Entities) -> Option<usize> {
    let k = (1..i).rev().find(|&k| doc.lower(k) == "minister")?;
    let field = doc.lower(k - 1);
    MINISTRY_FIELDS.contains(&field).then(|| {
        let noun = format!("{field} ministry");
        body(doc, &noun, doc.toks[i].start, ents, None)
    })
}

/// The organisation named before byte `at` that the description word `word` stands for
/// ("union" for "the Young Farmers' Union").
pub(crate) fn described_body(doc: &Doc, word: &str, at: usize, ents: &Entities) -> Option<usize> {
    let &(_, name_word) = DESCRIPTIONS.iter().find(|(d, _)| *d == word)?;
    described(doc, name_word, at, ents)
}

/// The person "the" and a title stand for, else the organisation "the" and the last noun of
/// its name stand for ([`titled_person`], [`named_head`]).
fn titled_or_named(doc: &Doc, s: usize, start: usize, i: usize, ents: &Entities) -> Option<usize> {
    // Both need "the" just before: asked of nearly every word, most fail here.
    if i == 0 || doc.lower(i - 1) != "the" {
        return None;
    }
    titled_person(doc, s, i, ents).or_else(|| named_head(doc, start, i, ents))
}

/// "Colonel X seized power ... accused the colonel of": "the" and a title with no name
/// after it stands for the person last named with that title before it. Sentence `s` holds
/// token `i`.
fn titled_person(doc: &Doc, s: usize, i: usize, ents: &Entities) -> Option<usize> {
    let w = doc.lower(i);
    // "the" and a lower-case word first: asked of every token, most fail here without the
    // title look-up.
    let start = doc.sents[s].toks.start;
    if !doc.word(i).starts_with(char::is_lowercase) || i == start || doc.lower(i - 1) != "the" {
        return None;
    }
    // A title of the lexicon ("president", "minister") or a rank ("colonel").
    let title = doc.title(i).is_some_and(|t| !t.plural) || crate::names::RANKS.contains(&w);
    let named_after = doc.in_sent(s, i + 1) && doc.word(i + 1).starts_with(char::is_uppercase);
    if !title || named_after {
        return None;
    }
    let at = doc.toks[i].start;
    let titled = |m: &crate::entities::MentionAt| {
        let k = doc.tok_from(m.start);
        m.end <= at && k > 0 && doc.lower(k - 1) == w
    };
    ents.latest_mentioned_kind(
        |e| e.etype == EntityType::Person,
        |_, e| e.mentions.iter().any(titled),
        |m| m.naming && m.end <= at,
    )
}

/// Last words of names that "the" + the word does not point back to: "the state" is not
/// the Islamic State, nor "the people" a People's Party.
const NOT_DESCRIBING: [&str; 10] = [
    "state", "states", "nations", "people", "republic", "kingdom", "forces", "news", "times",
    "post",
];

/// "the directorate said", "the office would appeal": "the" and a lower-case noun that ends
/// the name of an organisation named before in the article (the National Anticorruption
/// Directorate) stands for that organisation, whatever the noun, beyond the list of
/// [`DESCRIPTIONS`]. Sentence `start` holds token `i`.
fn named_head(doc: &Doc, start: usize, i: usize, ents: &Entities) -> Option<usize> {
    let w = doc.lower(i);
    let definite = i > start && doc.lower(i - 1) == "the";
    let common = doc.word(i).starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic);
    // "the office of the prosecutor" is described by what follows, not by a name before.
    if !definite
        || !common
        || w.len() < 4
        || NOT_DESCRIBING.contains(&w)
        || doc.lower(i + 1) == "of"
    {
        return None;
    }
    let at = doc.toks[i].start;
    ents.latest_mentioned_kind(
        |e| e.etype == EntityType::Organisation,
        |_, e| {
            e.label.split_whitespace().count() >= 2
                && (e.label.rsplit(' ').next()).is_some_and(|last| last.eq_ignore_ascii_case(w))
        },
        |m| m.naming && m.end <= at,
    )
}

/// The organisation named before byte `at` whose name holds `word`; for "company" (a firm
/// by its trade), else the business last named ([`latest_business`]); for "party", else the
/// party last named under another party word ([`latest_party`]).
fn described(doc: &Doc, word: &str, at: usize, ents: &Entities) -> Option<usize> {
    latest_with_word(ents, word, at)
        .filter(|&e| ents.list[e].etype == EntityType::Organisation)
        .or_else(|| latest_named_with_word(doc, ents, word, at))
        .or_else(|| match word {
            "company" => latest_business(doc, ents, at),
            "party" => latest_party(ents, at),
            _ => None,
        })
}

/// The organisation last named before byte `at` by a name that holds `word`, whatever its
/// label: a body the gazetteer labels by its parent ("the Federal Flood Agency" under its
/// ministry's label) is still "the agency" its own name says it is.
fn latest_named_with_word(doc: &Doc, ents: &Entities, word: &str, at: usize) -> Option<usize> {
    ents.latest_mentioned(
        |_, e| e.etype == EntityType::Organisation,
        |m| {
            m.naming
                && m.end <= at
                && doc
                    .text
                    .get(m.start..m.end)
                    .is_some_and(|t| has_words(t, word))
        },
    )
}

/// "Supporters of the Patriotic Front gathered ... The party's chairman said": few parties'
/// names hold the word "party"; "the party" is the organisation last named before byte `at`
/// whose name holds another word for one ("front", "congress", "movement").
fn latest_party(ents: &Entities, at: usize) -> Option<usize> {
    ents.latest_mentioned_kind(
        |e| e.etype == EntityType::Organisation,
        |_, e| crate::roles::party_name(&e.label),
        |m| m.naming && m.end <= at,
    )
}

/// The one organisation named before byte `at` whose name holds `word`, none when two are.
fn only_described(word: &str, at: usize, ents: &Entities) -> Option<usize> {
    let mut named = (0..ents.list.len()).filter(|&x| {
        let e = &ents.list[x];
        e.etype == EntityType::Organisation
            && has_words(&e.label, word)
            && e.mentions.iter().any(|m| m.end <= at)
    });
    let first = named.next()?;
    named.next().is_none().then_some(first)
}

/// Words of the names of public bodies: an organisation named with one is no company.
const PUBLIC_WORDS: [&str; 22] = [
    "ministry",
    "agency",
    "police",
    "court",
    "government",
    "commission",
    "authority",
    "service",
    "office",
    "council",
    "parliament",
    "party",
    "union",
    "assembly",
    "committee",
    "department",
    "bureau",
    "army",
    "force",
    "forces",
    "bank",
    "fund",
];

/// "Norlink Airways said ... The airline asked ...", "Kessel Holdings ... the company sold": most
/// firms' names hold no word for what they are, and "the company" is the organisation last
/// named in the body that is no public body, bank or fund (the agency of the dateline is
/// named before the body), in an earlier sentence: an organisation named in the same one is
/// the actor of the sentence ("officers from X searched the company's offices"), not the
/// company it names only by description.
fn latest_business(doc: &Doc, ents: &Entities, at: usize) -> Option<usize> {
    let first_sentence = doc.sents.first().map_or(0, |s| s.start);
    let this_sentence = (doc.sents.iter().rev())
        .find(|s| s.start <= at)
        .map_or(0, |s| s.start);
    ents.latest_mentioned_kind(
        |e| e.etype == EntityType::Organisation,
        |_, e| !PUBLIC_WORDS.iter().any(|w| has_words(&e.label, w)),
        |m| m.naming && m.end <= this_sentence && m.start >= first_sentence,
    )
}

/// The organisation or group most recently mentioned before byte `at` whose label has the
/// word `word`.
fn latest_with_word(ents: &Entities, word: &str, at: usize) -> Option<usize> {
    ents.latest_mentioned_kind(
        |e| matches!(e.etype, EntityType::Organisation | EntityType::Group),
        |_, e| has_words(&e.label, word) && !other_tier(&e.label, word),
        |m| m.end <= at,
    )
}

/// Whether a body labelled `label` is a region's or a province's own government, which a
/// bare "government" never names: that is the state's.
pub(crate) fn other_tier(label: &str, word: &str) -> bool {
    word == "government" && SUB_NATIONAL.iter().any(|m| has_words(label, m))
}

/// The named body whose name holds `word`, named before byte `at` or, failing that, after it
/// ("police had failed ... the Malawi Police Service said").
fn named_with_word(ents: &Entities, word: &str, at: usize) -> Option<usize> {
    latest_with_word(ents, word, at).or_else(|| {
        ents.first_mentioned(|e| {
            matches!(e.etype, EntityType::Organisation)
                && has_words(&e.label, word)
                && !other_tier(&e.label, word)
        })
    })
}

/// Whether `label` holds the word or words `word` as whole words.
pub(crate) fn has_words(label: &str, word: &str) -> bool {
    // An ASCII label's words are its runs of ASCII letters and digits (the only ASCII
    // alphanumerics), read byte by byte: most labels are ASCII, and decoding each char of
    // every label for every description was a twentieth of extraction's own instructions.
    if label.is_ascii() {
        let words = (label.as_bytes())
            .split(|b| !b.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty());
        return runs_in(words, word, lower_is_bytes);
    }
    // Asked of every entity's label for each description: no vector of the label's words.
    let words = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    runs_in(words, word, lower_is)
}

/// Whether the words of `word` come one after another somewhere in `words`.
fn runs_in<W>(
    mut words: impl Iterator<Item = W> + Clone,
    word: &str,
    same: impl Fn(W, &str) -> bool,
) -> bool {
    // Most descriptions are one word: splitting it again at every word of the label was
    // most of this question's cost.
    if !word.as_bytes().contains(&b' ') {
        return words.any(|a| same(a, word));
    }
    loop {
        let mut from_here = words.clone();
        if word
            .split(' ')
            .all(|b| from_here.next().is_some_and(|a| same(a, b)))
        {
            return true;
        }
        if words.next().is_none() {
            return false;
        }
    }
}

/// [`lower_is`] of an ASCII word given as bytes.
fn lower_is_bytes(a: &[u8], b: &str) -> bool {
    a.len() == b.len() && (a.iter().zip(b.bytes())).all(|(x, y)| x.to_ascii_lowercase() == y)
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
    title_of_body(doc, s, its, eo, ents, body, &toks, rels);
    let mut at = toks.end;
    if doc.is_s_mark(at) {
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
    // "Mwangi Otieno, the party's secretary general": the holder stands before, in
    // apposition.
    let before = toks.start >= 2 && doc.word(toks.start - 1) == ",";
    let appositive = before
        .then(|| {
            (its.iter().zip(eo))
                .find(|(it, _)| it.toks.end == toks.start - 1)
                .and_then(|(_, e)| *e)
        })
        .flatten()
        .filter(|&e| ents.list[e].etype == EntityType::Person);
    if let Some(holder) = appositive.filter(|&h| h != body) {
        crate::roles::push_rel(
            rels,
            holder,
            *relation,
            body,
            s,
            toks.start..its[k].toks.end,
            0.6,
        );
        return;
    }
    // "the court's president, Judge X", "the mission's spokesman, Major X": the holder's
    // own title or rank may come first.
    let at = its[k].toks.end + usize::from(doc.word(its[k].toks.end) == ",");
    let Some(h) = crate::roles::apposed_holder_from(doc, its, eo, ents, k + 1, at) else {
        return;
    };
    let next = &its[h];
    let Some(holder) = eo[h].filter(|&e| ents.list[e].etype == EntityType::Person) else {
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

/// "The head of the tribunal, X", "X, the speaker of parliament": a title joined to the
/// body by "of" ("for" for a spokesman), its holder in apposition after the body or before
/// the title.
#[allow(clippy::too_many_arguments)]
pub(crate) fn title_of_body(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    body: usize,
    toks: &Range<usize>,
    rels: &mut Vec<Rel>,
) {
    // "a spokeswoman for the UAE's foreign ministry": the body named from its owner, with
    // "the" before the owner's name.
    let owned_after_the = toks.start >= 3
        && doc.lower(toks.start - 1) == "the"
        && doc.word(toks.start).starts_with(char::is_uppercase);
    let of = toks.start - usize::from(owned_after_the);
    if of < 2 || !doc.in_sent(s, of - 1) || !matches!(doc.lower(of - 1), "of" | "for") {
        return;
    }
    let Some(k) = its.iter().position(|it| {
        it.toks.end == of - 1 && matches!(it.kind, Kind::Title { plural: false, .. })
    }) else {
        return;
    };
    let Kind::Title { relation, .. } = &its[k].kind else {
        return;
    };
    if doc.lower(of - 1) == "for" && *relation != RelationType::SpokespersonOf {
        return;
    }
    // "the former head of the delegation, X": an office no longer held.
    let start = its[k].toks.start;
    if start > 0 && matches!(doc.lower(start - 1), "former" | "ex" | "ex-" | "late") {
        return;
    }
    let person = |e: Option<usize>| e.filter(|&e| ents.list[e].etype == EntityType::Person);
    // "a spokesman for China's embassy in Suva, X": past the city the body sits in.
    let end = (doc.lower(toks.end) == "in")
        .then(|| {
            its.iter()
                .find(|it| it.toks.start == toks.end + 1)
                .filter(|it| matches!(it.kind, Kind::City(_) | Kind::Country(_)))
                .map(|it| it.toks.end)
        })
        .flatten()
        .unwrap_or(toks.end);
    // "The head of the mission, Slovak lawmaker X": past the holder's own rank.
    let after = (doc.word(end) == ",")
        .then(|| {
            let j = its.iter().position(|it| it.toks.start > end)?;
            crate::roles::apposed_holder_from(doc, its, eo, ents, j, end + 1).and_then(|h| eo[h])
        })
        .flatten();
    let mut b = its[k].toks.start;
    if b > 0 && matches!(doc.lower(b - 1), "the" | "a" | "an") {
        b -= 1;
    }
    let before = (b >= 2 && doc.word(b - 1) == ",")
        .then(|| {
            (its.iter().zip(eo))
                .find(|(it, _)| it.toks.end == b - 1)
                .and_then(|(_, e)| person(*e))
        })
        .flatten();
    if let Some(h) = after.or(before).filter(|&h| h != body) {
        let span = its[k].toks.start..end;
        crate::roles::push_rel(rels, h, *relation, body, s, span, 0.6);
    }
}

/// The person named right after a spokesman's title at token `at` ("spokesman Jussi
/// Laine"), with the tokens from the title to the name.
fn spokesman_named(
    doc: &Doc,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    at: usize,
) -> Option<(usize, Range<usize>)> {
    let k = its.iter().position(|it| {
        it.toks.start == at
            && matches!(
                it.kind,
                Kind::Title {
                    relation: RelationType::SpokespersonOf,
                    plural: false,
                    ..
                }
            )
    })?;
    let n = its.get(k + 1)?;
    let gap = n.toks.start - its[k].toks.end;
    let ok = gap == 0 || gap == 1 && doc.word(its[k].toks.end) == ",";
    let p = eo[k + 1].filter(|&e| ents.list[e].etype == EntityType::Person)?;
    ok.then_some((p, at - 1..n.toks.end))
}

#[cfg(test)]
mod tests {
    use super::has_words;

    #[test]
    fn whole_words_match_in_any_case_and_only_whole() {
        let table = [
            ("Ministry of Defence", "defence", true),
            ("Ministry of Defence", "of defence", true),
            ("Ministry of Defence", "ministry defence", false),
            ("Ministry of Defence", "defen", false),
            ("Ministry of Defence", "defence ministry", false),
            (
                "the Anti-Corruption Commission",
                "corruption commission",
                true,
            ),
            ("ΥΠΟΥΡΓΕΙΟ Άμυνας", "άμυνας", true),
            ("", "army", false),
            ("Army", "army army", false),
            // The word is given in lower case; one written otherwise matches nothing.
            ("Army", "Army", false),
            ("Workers' Union", "workers union", true),
            ("Unit 731", "unit 731", true),
            ("Forces  Armées", "forces armées", true),
            ("army", "", false),
            // One word, read without splitting it: first, last, inside a hyphenated word,
            // never a prefix.
            ("Central Bank of Kestria", "central", true),
            ("Central Bank of Kestria", "kestria", true),
            ("Pro-Reform Bloc", "reform", true),
            ("Bankers Association", "bank", false),
            ("ΥΠΟΥΡΓΕΙΟ Άμυνας", "υπουργειο", true),
        ];
        for (label, word, expected) in table {
            assert_eq!(has_words(label, word), expected, "{label:?} {word:?}");
        }
    }
}
