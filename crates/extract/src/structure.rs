//! Relations the article's names give by their form and place: bodies inside larger bodies
//! ("the European Union's General Court", "the Council of the European Union", "the European
//! Commission" beside "the EU"), regions of countries ("Chile's Biobío region", a province of
//! the country the story is filed from) and cities in regions ("Tame in Arauca province").

use std::ops::Range;

use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{Item, Kind, UNIT_WORDS as UNITS};
use crate::roles::{push_rel, Rel};
use crate::text::lower_in;

/// Head nouns of a state's armed or uniformed forces.
pub(crate) const FORCES: [&str; 8] = [
    "guard",
    "army",
    "navy",
    "police",
    "coastguard",
    "forces",
    "gendarmerie",
    "military",
];

pub(crate) fn relations(
    doc: &Doc,
    items: &[Vec<Item>],
    ent_of: &[Vec<Option<usize>>],
    ents: &mut Entities,
    (home, dateline): (Option<usize>, Option<usize>),
    rels: &mut Vec<Rel>,
) {
    let types: Vec<EntityType> = ents.list.iter().map(|e| e.etype).collect();
    let is = |e: usize, t: EntityType| types[e] == t;
    // The label lowered only for a named organisation: a string per entity otherwise.
    let eu = ents.list.iter().position(|e| {
        e.etype == EntityType::Organisation
            && !e.mentions.is_empty()
            && matches!(
                e.label.to_lowercase().trim_start_matches("the "),
                "european union" | "eu"
            )
    });
    for (s, its) in items.iter().enumerate() {
        for k in 0..its.len() {
            let Some(a) = ent_of[s][k] else { continue };
            let at = |j: usize| its.get(j).zip(ent_of[s].get(j).copied().flatten());
            // "the EU's General Court": a word read as a title may stand inside the name.
            let next = at(k + 1).or_else(|| {
                let (w, n) = (its.get(k + 1)?, its.get(k + 2)?);
                (w.toks.len() == 1 && w.toks.end == n.toks.start)
                    .then(|| at(k + 2))
                    .flatten()
            });
            let end = its[k].toks.end;
            if let Some((n, b)) = next {
                let gap: Vec<&str> = (end..n.toks.start).map(|i| doc.lower(i)).collect();
                let span = its[k].toks.start..n.toks.end;
                // "Porvoo, a coastal town in the Uusimaa region": the apposition places it.
                let settled_in = (4..=8).contains(&gap.len())
                    && gap[0] == ","
                    && matches!(gap[1], "a" | "an" | "the")
                    && {
                        let tail = gap.strip_suffix(&["the"]).unwrap_or(&gap);
                        tail.len() >= 4
                            && tail[tail.len() - 1] == "in"
                            && matches!(
                                tail[tail.len() - 2],
                                "town" | "city" | "village" | "port" | "suburb"
                            )
                    };
                // "Turkmenabat, the capital of Lebap": a capital lies in what it heads.
                let capital_of = matches!(
                    gap.as_slice(),
                    [",", "the", "capital", "of"]
                        | [
                            ",",
                            "the",
                            "provincial" | "regional" | "state",
                            "capital",
                            "of"
                        ]
                ) || capital_of_unit(&gap);
                if (settled_in || capital_of)
                    && (is(a, EntityType::City) || is(a, EntityType::Location))
                    && (is(b, EntityType::Region) || is(b, EntityType::Country))
                {
                    push(rels, a, RelationType::LocatedIn, b, s, span.clone());
                }
                match gap.as_slice() {
                    // "the United Nations World Food Programme", "the ECOWAS Court of
                    // Justice", where the name step split one name in two: the body the name
                    // opens with holds the body it goes on to name, and the whole phrase
                    // names that body too. (A one-word rest, "... and Red Crescent
                    // Societies", is the tail of one long name, not a body of its own.)
                    [] if is(a, EntityType::Organisation)
                        && is(b, EntityType::Organisation)
                        && a != b
                        && n.toks.len() >= 2
                        && doc.word(its[k].toks.start).starts_with(char::is_uppercase) =>
                    {
                        let (x, y) = (doc.toks[span.start].start, doc.toks[span.end - 1].end);
                        ents.mention(b, x, y, s, true);
                        push(rels, b, RelationType::PartOf, a, s, span)
                    }
                    // "the EU's General Court": a body of the body.
                    ["'s"]
                        if is(a, EntityType::Organisation) && is(b, EntityType::Organisation) =>
                    {
                        push(rels, b, RelationType::PartOf, a, s, span)
                    }
                    // "the European Union's General Court": the name step may keep only
                    // "Court"; the adjective belongs to the name.
                    ["'s", w]
                        if is(a, EntityType::Organisation)
                            && is(b, EntityType::Organisation)
                            && w.len() > 1
                            && doc.word(end + 1).starts_with(char::is_uppercase) =>
                    {
                        let (x, y) = (doc.toks[end + 1].start, doc.toks[n.toks.end - 1].end);
                        ents.mention(b, x, y, s, true);
                        if ents.list[b].label.split_whitespace().count() == 1 {
                            ents.list[b].label = doc.text.get(x..y).unwrap_or("").to_string();
                        }
                        push(rels, b, RelationType::PartOf, a, s, span)
                    }
                    // "Russia's Gazprom", "Iran's Revolutionary Guards": a body of the
                    // country, short of its state offices (which the article names as such).
                    ["'s"]
                        if is(a, EntityType::Country)
                            && is(b, EntityType::Organisation)
                            && !state_office(&ents.list[b].label)
                            && !foreign_body(&n.kind, &ents.list[a]) =>
                    {
                        push(rels, b, RelationType::AffiliatedWith, a, s, span)
                    }
                    // "Chile's Biobío region", "Chile's southern Biobío region".
                    ["'s", rest @ ..]
                        if is(a, EntityType::Country)
                            && is(b, EntityType::Region)
                            && rest.len() <= 2
                            && (end + 1..n.toks.start).all(|t| {
                                doc.is_word(t) && doc.word(t).starts_with(char::is_lowercase)
                            }) =>
                    {
                        push(rels, b, RelationType::PartOf, a, s, span)
                    }
                    // "the Council of the European Union"
                    ["of", "the"] | ["of"]
                        if is(a, EntityType::Organisation)
                            && is(b, EntityType::Organisation)
                            && Some(b) == eu =>
                    {
                        // The whole phrase names the body too.
                        let (x, y) = (doc.toks[span.start].start, doc.toks[span.end - 1].end);
                        ents.mention(a, x, y, s, true);
                        if ents.list[a].label.split_whitespace().count() == 1 {
                            ents.list[a].label = doc.text.get(x..y).unwrap_or("").to_string();
                        }
                        push(rels, a, RelationType::PartOf, b, s, span)
                    }
                    // "Tame in Arauca province", "the Halden Dam in the Varsk region": the
                    // nearest division named holds a town or a site; "the Galwan Valley in
                    // Ladakh": a part of it.
                    ["in"] | ["in", "the"]
                        if is(b, EntityType::Region)
                            && (gap.len() == 1 || unit_after(doc, n.toks.end)) =>
                    {
                        if is(a, EntityType::City)
                            || is(a, EntityType::Location)
                            || is(a, EntityType::Facility)
                        {
                            push(rels, a, RelationType::LocatedIn, b, s, span)
                        } else if is(a, EntityType::Region) {
                            push(rels, a, RelationType::PartOf, b, s, span)
                        }
                    }
                    // "the Kurram district of Varsk province", "the Tawang sector of
                    // Arunachal Pradesh": a division of a division.
                    [unit, "of"]
                        if (UNITS.contains(unit) || *unit == "sector")
                            && (is(a, EntityType::Region) || is(a, EntityType::Location))
                            && is(b, EntityType::Region) =>
                    {
                        push(rels, a, RelationType::PartOf, b, s, span)
                    }
                    // "the Bunda district of Tarvik", "the old quarter of Tarvik": a part of
                    // the city, with the unit word in the name or after it.
                    [unit, "of"]
                        if (UNITS.contains(unit) || *unit == "quarter")
                            && (is(a, EntityType::Region) || is(a, EntityType::Location))
                            && is(b, EntityType::City) =>
                    {
                        push(rels, a, RelationType::PartOf, b, s, span)
                    }
                    ["of"]
                        if (is(a, EntityType::Region) || is(a, EntityType::Location))
                            && is(b, EntityType::City)
                            && matches!(doc.lower(end - 1), "quarter" | "district") =>
                    {
                        push(rels, a, RelationType::PartOf, b, s, span)
                    }
                    // "South Kivu's Uvira territory": a division of the division.
                    ["'s"]
                        if is(a, EntityType::Region)
                            && (is(b, EntityType::Region) || is(b, EntityType::Location))
                            && unit_after(doc, n.toks.end) =>
                    {
                        push(rels, b, RelationType::PartOf, a, s, span)
                    }
                    // "the Halden Dam in Norway": a site where it stands. (A body "in" a
                    // city may only be meeting there; the roles step places courts and
                    // embassies.)
                    // "the Gazela bridge in central Belgrade": a part of the city says where
                    // in it.
                    ["in"]
                    | ["in", "central" | "northern" | "southern" | "eastern" | "western"]
                        if is(a, EntityType::Facility)
                            && (is(b, EntityType::City) || is(b, EntityType::Country)) =>
                    {
                        push(rels, a, RelationType::LocatedIn, b, s, span)
                    }
                    _ => {}
                }
            }
            // "the Finnish Border Guard": a force a nationality opens is that country's.
            if let Kind::Name(ev) = &its[k].kind {
                let force = ev.org_word
                    && (its[k].toks.end - its[k].toks.start >= 2)
                    && FORCES.contains(&doc.lower(end - 1))
                    && doc.lex.demonym(doc.lower(its[k].toks.start)).is_some();
                let country = (ents.list[a].country.as_ref())
                    .filter(|_| force)
                    .and_then(|c| ents.named_country(c));
                if let Some(c) = country {
                    push(
                        rels,
                        a,
                        RelationType::AffiliatedWith,
                        c,
                        s,
                        its[k].toks.clone(),
                    );
                }
            }
            // "Latvia, a member of the Andean Forum,": membership told in an apposition.
            let member = doc.word(end) == ","
                && matches!(doc.lower(end + 1), "a" | "an")
                && (doc.lower(end + 2) == "member" && doc.lower(end + 3) == "of"
                    || doc.lower(end + 2) == "member"
                        && doc.lower(end + 3) == "state"
                        && doc.lower(end + 4) == "of")
                && (is(a, EntityType::Country) || is(a, EntityType::Organisation));
            if member {
                let of = if doc.lower(end + 3) == "of" {
                    end + 3
                } else {
                    end + 4
                };
                let (from, body) = entity_after(doc, its, &ent_of[s], of);
                let body = body.filter(|&o| is(o, EntityType::Organisation) && o != a);
                if let Some(o) = body {
                    push(
                        rels,
                        a,
                        RelationType::MemberOf,
                        o,
                        s,
                        its[k].toks.start..from + 1,
                    );
                }
            }
            // "the Andean Forum, chaired by X,": X leads it.
            let by = if doc.word(end) == "," { end + 1 } else { end };
            // "A delegation from the X, led by Y": the participle hangs on the noun the
            // name complements, which is led, not the body.
            let chaired = matches!(doc.lower(by), "chaired" | "headed" | "led")
                && doc.lower(by + 1) == "by"
                && !complements_a_noun(doc, its[k].toks.start, 0)
                && is(a, EntityType::Organisation);
            if chaired {
                let chair =
                    entity_at(its, &ent_of[s], by + 2).filter(|&p| is(p, EntityType::Person));
                if let Some(p) = chair {
                    push(
                        rels,
                        p,
                        RelationType::LeaderOf,
                        a,
                        s,
                        its[k].toks.start..by + 3,
                    );
                }
                // "the Left Alliance, led by the Socialist Party": a grouping of parties led
                // by one of them, which is a member too.
                let (from, lead) = entity_after(doc, its, &ent_of[s], by + 1);
                let grouping = ents.list[a]
                    .label
                    .split_whitespace()
                    .any(|w| lower_in(w, &["alliance", "coalition", "bloc", "front", "union"]));
                let party = lead.filter(|&o| is(o, EntityType::Organisation) && o != a && grouping);
                if let Some(o) = party {
                    let span = its[k].toks.start..from + 1;
                    push(rels, o, RelationType::LeaderOf, a, s, span.clone());
                    push(rels, o, RelationType::MemberOf, a, s, span);
                }
            }
            // "the Homeland Front, whose leader, Ivan Dobrev, said", "the Caribbean Community
            // (CARICOM), whose secretary general, X,": the office the title names, held by
            // the person the apposition names; past the body's bracketed short form.
            let after = doc.past_short_form(end);
            let whose = doc.word(after) == "," && doc.lower(after + 1) == "whose";
            let office = whose
                .then(|| its.iter().position(|it| it.toks.start == after + 2))
                .flatten()
                .and_then(|t| match &its[t].kind {
                    Kind::Title {
                        relation,
                        plural: false,
                        ..
                    } => Some((its[t].toks.end, *relation)),
                    _ => None,
                })
                .or_else(|| {
                    // "whose chair, X": a word the titles leave out for its other senses.
                    (whose && doc.lower(after + 2) == "chair")
                        .then_some((after + 3, RelationType::LeaderOf))
                });
            if let Some((title_end, relation)) =
                office.filter(|_| is(a, EntityType::Organisation) || is(a, EntityType::Group))
            {
                let at = title_end + usize::from(doc.word(title_end) == ",");
                let holder = entity_at(its, &ent_of[s], at).filter(|&p| is(p, EntityType::Person));
                if let Some(p) = holder {
                    push(rels, p, relation, a, s, its[k].toks.start..at + 1);
                }
            }
            // "the Andean Forum, whose observers watched the vote": the group is the body's.
            let whose = doc.word(end) == ","
                && doc.lower(end + 1) == "whose"
                && (is(a, EntityType::Organisation) || is(a, EntityType::Country));
            if let Some(at) = (whose && doc.in_sent(s, end + 2)).then(|| doc.toks[end + 2].start) {
                // The group's mention may take "whose" in.
                let from = doc.toks[end + 1].start;
                let group = (ents.list.iter().enumerate()).find(|(_, e)| {
                    e.etype == EntityType::Group
                        && e.mentions.iter().any(|m| m.start == at || m.start == from)
                });
                // "the Red Crescent, whose volunteers": its own people, not ones it sent.
                if let Some((g, group)) = group {
                    let head = group.label.rsplit(' ').next().unwrap_or("").to_lowercase();
                    let pred = match crate::descriptions::own_people(&head) {
                        true => RelationType::MemberOf,
                        false => RelationType::AffiliatedWith,
                    };
                    push(rels, g, pred, a, s, its[k].toks.start..end + 3);
                }
            }
            // "the Dubai-based shipper Norchem Lines": a body where it is based.
            if let Kind::Based { .. } = its[k].kind {
                let body = (k + 1..its.len()).find_map(|j| {
                    let between = end..its[j].toks.start;
                    // "a Shenyang-based trading firm, X", "the Dubai-based firm he heads,
                    // X": the name in apposition after the words that describe it.
                    let words = match between.clone().last() {
                        Some(t) if doc.word(t) == "," => between.start..t,
                        _ => between.clone(),
                    };
                    let plain = words.len() <= 3
                        && words
                            .clone()
                            .all(|t| doc.word(t).starts_with(|c: char| c.is_lowercase()));
                    plain.then(|| ent_of[s][j]).flatten().map(|e| (j, e))
                });
                // "Amnesty International, the London-based rights group": the body the
                // apposition describes.
                let described = || {
                    let at = its[k].toks.start;
                    let det = at >= 1 && matches!(doc.lower(at - 1), "the" | "a" | "an");
                    let comma = at >= 2 && det && doc.word(at - 2) == ",";
                    let prev = k.checked_sub(1)?;
                    (comma && its[prev].toks.end == at - 2)
                        .then(|| ent_of[s][prev])
                        .flatten()
                        .map(|e| (prev, e))
                };
                // "two Tehran-based companies": a group of bodies sits there as one does.
                let body = body
                    .filter(|&(_, o)| {
                        is(o, EntityType::Organisation)
                            || is(o, EntityType::Facility)
                            || is(o, EntityType::Group)
                    })
                    .or_else(|| described().filter(|&(_, o)| is(o, EntityType::Organisation)));
                if let Some((j, o)) = body {
                    push(
                        rels,
                        o,
                        RelationType::LocatedIn,
                        a,
                        s,
                        its[k.min(j)].toks.start..its[k.max(j)].toks.end,
                    );
                }
            }
            // "Ganzorig, who leads the MPP", "Malaysia, which chairs ASEAN".
            // "X, the speaker of parliament, who also leads Y": past one apposition and
            // an adverb.
            let mut who = end + 1;
            if doc.word(end) == "," && !matches!(doc.lower(who), "who" | "which") {
                who = (end + 1..(end + 9).min(doc.sents[s].toks.end))
                    .find(|&i| doc.word(i) == ",")
                    .map_or(who, |c| c + 1);
            }
            let mut verb = who + 1;
            if matches!(doc.lower(verb), "also" | "now" | "still") {
                verb += 1;
            }
            // "who has led the Y since 2019".
            if matches!(doc.lower(verb), "has" | "had")
                && matches!(doc.lower(verb + 1), "led" | "headed" | "chaired")
            {
                verb += 1;
            }
            // "which holds the rotating presidency of the Y": the body after "of".
            let presidency =
                matches!(doc.lower(verb), "holds" | "held") && doc.lower(verb + 1) == "the" && {
                    let n = verb + 2 + usize::from(doc.lower(verb + 2) == "rotating");
                    matches!(doc.lower(n), "presidency" | "chairmanship" | "chair")
                        && doc.lower(n + 1) == "of"
                };
            if presidency {
                verb = (verb + 2..verb + 5)
                    .find(|&t| doc.lower(t) == "of")
                    .unwrap_or(verb);
            }
            let leads = doc.word(end) == ","
                && matches!(doc.lower(who), "who" | "which")
                && (presidency
                    || matches!(
                        doc.lower(verb),
                        "leads" | "heads" | "chairs" | "led" | "headed" | "chaired" | "runs"
                    ));
            if leads {
                let (from, org) = entity_after(doc, its, &ent_of[s], verb);
                // "who heads the ICRC delegation in Baku" leads the delegation, not the body.
                let org = org
                    .filter(|&o| is(o, EntityType::Organisation))
                    .filter(|_| !sub_body_after(doc, its, from));
                // "Senegal's president, who chairs the bloc": the grouping of states named
                // last before.
                let bloc = doc.lower(verb + 1) == "the" && doc.lower(from) == "bloc";
                let org = org.or_else(|| {
                    let at = doc.toks.get(from)?.start;
                    bloc.then(|| {
                        ents.latest_mentioned(
                            |_, e| e.etype == EntityType::Organisation && grouping(&e.label),
                            |m| m.start < at,
                        )
                    })?
                });
                let holder = is(a, EntityType::Person) || is(a, EntityType::Country);
                if let Some(o) = org.filter(|_| holder) {
                    push(
                        rels,
                        a,
                        RelationType::LeaderOf,
                        o,
                        s,
                        its[k].toks.start..from + 1,
                    );
                }
            }
            // "near the northern town of Anefis", "a village near Kidal": a town the
            // gazetteer does not know lies in the country the story is filed from, when its
            // sentence names no other country.
            let start = its[k].toks.start;
            let settlement = start >= 2
                && doc.lower(start - 1) == "of"
                && matches!(
                    doc.lower(start - 2),
                    "town" | "city" | "village" | "port" | "villages" | "towns"
                );
            // "near" speaks of the local map; "in Geneva" may be anywhere.
            // "a naval base in Tivat", "the prison in X": a site's town is local too.
            let site_in = start >= 2
                && doc.lower(start - 1) == "in"
                && (doc.is_cue(start - 2, newsgraph_lexicon::Cue::Facility)
                    || matches!(doc.lower(start - 2), "base" | "port" | "camp"));
            let near = start >= 1 && matches!(doc.lower(start - 1), "near" | "outside") || site_in;
            let placed = rels.iter().any(|r| {
                r.subj == a && matches!(r.pred, RelationType::LocatedIn | RelationType::PartOf)
            });
            let unknown_town = (is(a, EntityType::City) || is(a, EntityType::Location))
                && ents.list[a].country.is_none()
                && !UNITS.contains(&doc.lower(end))
                && !matches!(doc.lower(end), "in" | ",")
                && !placed
                && (settlement || near);
            // "the Lao village of Ban Na": the country the adjective names.
            let named_country = settlement
                .then(|| {
                    let before = (start - 2).checked_sub(1)?;
                    (its[..k].iter().zip(&ent_of[s][..k]))
                        .rev()
                        .find(|(it, _)| it.toks.end + 1 >= before && it.toks.end <= before + 1)
                        .filter(|(it, _)| matches!(it.kind, Kind::Demonym(_) | Kind::Country(_)))
                        .and_then(|(_, e)| *e)
                })
                .flatten();
            let placeable = unknown_town || is(a, EntityType::Region) && settlement && !placed;
            if let Some(c) = named_country.filter(|_| placeable) {
                push(rels, a, RelationType::LocatedIn, c, s, start - 3..end);
            } else if let Some(h) = home.filter(|_| unknown_town) {
                let others = (its.iter().zip(&ent_of[s]))
                    .filter(|(it, _)| matches!(it.kind, Kind::Country(_) | Kind::Demonym(_)))
                    .filter_map(|(_, e)| *e)
                    .any(|c| c != h);
                // ... unless the gazetteer knows the town only in other countries: those,
                // if the article names one, place it (`gazetteer_relations`).
                let elsewhere = crate::seats::known_abroad(doc, ents, a, h);
                if !others && !elsewhere && is(h, EntityType::Country) {
                    push(rels, a, RelationType::LocatedIn, h, s, start..end);
                }
            }
            // "Arauca province", "North Kordofan state": a unit of the country the story is
            // about, whatever type the name steps gave the name.
            // "the western province of Khovd" too.
            let place = is(a, EntityType::Region) || is(a, EntityType::Location);
            let unit_of = start >= 2
                && doc.lower(start - 1) == "of"
                && (UNITS.contains(&doc.lower(start - 2)) || doc.lower(start - 2) == "island");
            // "the Essequibo region, which Guyana administers": the state that runs it.
            let c = end + usize::from(UNITS.contains(&doc.lower(end)));
            let runs = place
                && doc.word(c) == ","
                && matches!(doc.lower(c + 1), "which" | "that")
                && matches!(
                    doc.lower(c + 3),
                    "administers" | "controls" | "governs" | "rules" | "runs"
                );
            let ruler = runs
                .then(|| entity_at(its, &ent_of[s], c + 2))
                .flatten()
                .filter(|&o| is(o, EntityType::Country));
            if let Some(o) = ruler {
                push(
                    rels,
                    a,
                    RelationType::PartOf,
                    o,
                    s,
                    its[k].toks.start..c + 4,
                );
            }
            // A region its sentence already gave an owner ("Azerbaijan's Gazakh district")
            // keeps it.
            let owned = rels
                .iter()
                .any(|r| r.subj == a && r.pred == RelationType::PartOf);
            // "the eastern regions of Gabú and Bafatá", "the Northwest and Southwest
            // regions": divisions named together under one plural unit word.
            let together = plural_unit_before(doc, its, k) || plural_unit_after(doc, its, k);
            // "the Northern Province": a unit word written as part of the name.
            let named_unit = is(a, EntityType::Region)
                && end > start + 1
                && UNITS.contains(&doc.lower(end - 1))
                && doc.word(end - 1).starts_with(char::is_uppercase)
                // "Islamic State Sahel Province" is a group's name, not a division's.
                && !(start..end - 1).any(|t| UNITS.contains(&doc.lower(t)));
            if place
                && !owned
                && (UNITS.contains(&doc.lower(end)) || unit_of || together || named_unit)
            {
                // The country the sentence names, if it names one; else the country the
                // story is about. A story filed from one capital about another country
                // ("JAKARTA - Indonesia's minister condemned strikes in X region" in a
                // story about Myanmar) names its own country without placing X in it.
                let mut named: Vec<usize> = (its.iter().zip(&ent_of[s]))
                    .filter(|(it, _)| matches!(it.kind, Kind::Country(_) | Kind::Demonym(_)))
                    .filter_map(|(_, e)| *e)
                    .collect();
                named.sort_unstable();
                named.dedup();
                // The story's own country named only by a nationality that describes
                // something else yields to the one country named as such ("Brazil taxed
                // Uruguayan cheese, hurting farmers in the state of X", filed from Uruguay).
                let mut proper: Vec<usize> = (its.iter().zip(&ent_of[s]))
                    .filter(|(it, _)| matches!(it.kind, Kind::Country(_)))
                    .filter_map(|(_, e)| *e)
                    .collect();
                proper.sort_unstable();
                proper.dedup();
                let home_as_adjective =
                    home.is_some_and(|h| named.contains(&h) && !proper.contains(&h));
                if named.len() >= 2 && proper.len() == 1 && home_as_adjective {
                    named = proper;
                }
                // "offices in Kinondoni district", "the Comoro district of the capital": a
                // district no list knows, in a sentence that names no country, is a part of
                // the city the story is filed from.
                let label = &ents.list[a].label;
                let city_district = doc.lower(end) == "district"
                    && named.is_empty()
                    && doc.lex.region_countries(label).is_empty()
                    && crate::seats::region_countries(doc.lex, label).is_empty();
                if let Some(d) = dateline.filter(|&d| city_district && is(d, EntityType::City)) {
                    push(
                        rels,
                        a,
                        RelationType::PartOf,
                        d,
                        s,
                        its[k].toks.start..end + 1,
                    );
                    continue;
                }
                let about = crate::most_named_country(ents);
                let country = match named[..] {
                    [c] if Some(c) == home && about.is_some() => about,
                    [c] => Some(c),
                    [] => about.or(home),
                    // Several countries, one of them the story's own: that one. Else the
                    // one whose body the sentence opens with ("Angola's ministry said the
                    // dam in the province of X would spare the delta in Botswana").
                    _ => home.filter(|h| named.contains(h)).or_else(|| {
                        (its[..k].iter().zip(&ent_of[s][..k]))
                            .find(|(it, _)| {
                                it.toks.start == doc.sents[s].toks.start
                                    && matches!(it.kind, Kind::Country(_))
                                    && doc.is_s_mark(it.toks.end)
                            })
                            .and_then(|(_, e)| *e)
                    }),
                };
                if let Some(h) = country.filter(|&h| is(h, EntityType::Country)) {
                    push(
                        rels,
                        a,
                        RelationType::PartOf,
                        h,
                        s,
                        its[k].toks.start..end + 1,
                    );
                }
            }
        }
    }
    // "the Council of the Andean Community" in a story that names the Andean Community: a
    // body of the body its name ends in.
    // Every label lowered once, not once for each label it is compared with.
    let lowers: Vec<String> = ents.list.iter().map(|e| e.label.to_lowercase()).collect();
    for (i, e) in ents.list.iter().enumerate() {
        let label = &lowers[i];
        let Some(at) = label.rfind(" of the ") else {
            continue;
        };
        let tail = &label[at + " of the ".len()..];
        let whole = (ents.list.iter().enumerate()).find(|&(j, o)| {
            j != i
                && o.etype == EntityType::Organisation
                && !o.mentions.is_empty()
                && lowers[j].trim_start_matches("the ") == tail
        });
        let whole = whole
            .map(|(j, _)| j)
            .or(eu.filter(|_| tail == "european union"));
        let (Some(j), Some(m)) = (whole, e.mentions.first()) else {
            continue;
        };
        if e.etype == EntityType::Organisation && !rels.iter().any(|r| r.subj == i && r.obj == j) {
            rels.push(Rel {
                subj: i,
                pred: RelationType::PartOf,
                obj: j,
                sent: m.sent,
                toks: 0..0,
                bytes: Some((m.start, m.end)),
                confidence: 0.6,
            });
        }
    }
    bodies_named_after_body(doc, ents, rels);
    // "the Kenya Defence Force": a force whose name opens with its country's name.
    for (i, e) in ents.list.iter().enumerate() {
        if e.etype != EntityType::Organisation {
            continue;
        }
        let last = e.label.rsplit(' ').next().unwrap_or("").to_lowercase();
        if !(FORCES.contains(&last.as_str()) || last == "force")
            || rels
                .iter()
                .any(|r| r.subj == i && r.pred == RelationType::AffiliatedWith)
        {
            continue;
        }
        let country = (ents.list.iter().enumerate()).find(|(_, c)| {
            c.etype == EntityType::Country
                && !c.mentions.is_empty()
                && e.label.len() > c.label.len()
                && e.label.starts_with(&c.label)
                && e.label[c.label.len()..].starts_with(' ')
        });
        if let (Some((c, _)), Some(m)) = (country, e.mentions.first()) {
            rels.push(Rel {
                subj: i,
                pred: RelationType::AffiliatedWith,
                obj: c,
                sent: m.sent,
                toks: 0..0,
                bytes: Some((m.start, m.end)),
                confidence: 0.6,
            });
        }
    }
    // "the European Commission" in a story that names the EU; "the Court of Justice" (the
    // Union's court: the world court is "International").
    if let Some(eu) = eu {
        for (i, e) in ents.list.iter().enumerate() {
            if i != eu
                && e.etype == EntityType::Organisation
                && (e.label.starts_with("European ") || e.label == "Court of Justice")
                && !e.label.eq_ignore_ascii_case("european union")
                && !outside_the_union(&e.label)
            {
                if let Some(m) = e.mentions.first() {
                    if !rels.iter().any(|r| r.subj == i && r.obj == eu) {
                        rels.push(Rel {
                            subj: i,
                            pred: RelationType::PartOf,
                            obj: eu,
                            sent: m.sent,
                            toks: 0..0,
                            bytes: Some((m.start, m.end)),
                            confidence: 0.6,
                        });
                    }
                }
            }
        }
    }
}

/// ", the capital of the northern province of": a capital named by its province's unit
/// word before the province's name.
fn capital_of_unit(gap: &[&str]) -> bool {
    let rest = match gap {
        [",", "the", "capital", "of", "the", rest @ ..] => rest,
        [",", "the", "provincial" | "regional" | "state", "capital", "of", "the", rest @ ..] => {
            rest
        }
        _ => return false,
    };
    match rest {
        [adjectives @ .., unit, "of"] => {
            adjectives.len() <= 2
                && UNITS.contains(unit)
                && adjectives
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        }
        _ => false,
    }
}

/// A division's word in the plural ("regions", "provinces").
fn plural_unit(w: &str) -> bool {
    w.strip_suffix('s').is_some_and(|one| UNITS.contains(&one))
}

/// "the regions of A and B": item `k` follows "<units> of", or "and" after an item that
/// does.
fn plural_unit_before(doc: &Doc, its: &[Item], k: usize) -> bool {
    let of_units = |t: usize| t >= 2 && doc.lower(t - 1) == "of" && plural_unit(doc.lower(t - 2));
    let start = its[k].toks.start;
    of_units(start)
        || k >= 1
            && start >= 1
            && doc.lower(start - 1) == "and"
            && its[k - 1].toks.end + 1 == start
            && of_units(its[k - 1].toks.start)
}

/// "the A and B regions": item `k` comes before "<units>", or before "and" and an item that
/// does.
fn plural_unit_after(doc: &Doc, its: &[Item], k: usize) -> bool {
    let end = its[k].toks.end;
    plural_unit(doc.lower(end))
        || doc.lower(end) == "and"
            && its
                .get(k + 1)
                .is_some_and(|n| n.toks.start == end + 1 && plural_unit(doc.lower(n.toks.end)))
}

/// Whether the word at token `i` is a division's word ("province", "territory") that names
/// the place before it as a division.
fn unit_after(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    crate::names::division_word(w) || w == "sector"
}

/// Last words of a body's name that make it an organ of the body its name opens with.
const ORGANS: [&str; 12] = [
    "council",
    "commission",
    "mission",
    "committee",
    "panel",
    "board",
    "secretariat",
    "assembly",
    "tribunal",
    "delegation",
    "chamber",
    "bureau",
];

/// "the U.N. Security Council" in a story that names the U.N., "the African Union
/// Stabilisation Mission" beside the African Union: an organ whose name opens with the
/// name of a body the story names is a part of it.
fn bodies_named_after_body(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    let named =
        |o: &crate::entities::Ent| o.etype == EntityType::Organisation && !o.mentions.is_empty();
    for (i, e) in ents.list.iter().enumerate() {
        if !named(e) {
            continue;
        }
        let last = e.label.rsplit(' ').next().unwrap_or("").to_lowercase();
        if !ORGANS.contains(&last.as_str()) {
            continue;
        }
        let whole = (ents.list.iter().enumerate()).find(|&(j, o)| {
            let mut names = std::iter::once(o.label.as_str()).chain(
                o.mentions
                    .iter()
                    .filter_map(|m| doc.text.get(m.start..m.end)),
            );
            j != i
                && named(o)
                && names.any(|n| {
                    e.label.len() > n.len() + 1
                        && e.label.starts_with(n)
                        && e.label[n.len()..].starts_with(' ')
                        && e.label[n.len() + 1..].starts_with(char::is_uppercase)
                })
        });
        if let Some((j, _)) = whole {
            crate::seats::push_at_first_mention(ents, rels, i, RelationType::PartOf, j, 0.6);
        }
    }
}

/// "European" bodies that are not the Union's: parties and their groups, and the Council
/// of Europe's human-rights court and commission.
fn outside_the_union(label: &str) -> bool {
    let lower = label.to_lowercase();
    lower.contains("human rights")
        || lower.contains("council of europe")
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| crate::party_words::MEMBERSHIP.contains(&w))
}

/// A body the lexicon knows to belong to no country, or to another one: "Montenegro's
/// European Union membership talks" speaks of the country's talks, not of its union.
/// A grouping of states by its name: "the Economic Community of X", "the Andean Union".
fn grouping(label: &str) -> bool {
    label.split_whitespace().any(|w| {
        lower_in(
            w,
            &[
                "community",
                "union",
                "association",
                "organization",
                "organisation",
                "league",
            ],
        )
    })
}

/// Lower-case nouns that, after a body's name, name a part of it ("the ICRC delegation").
pub(crate) const SUB_BODIES: [&str; 12] = [
    "delegation",
    "office",
    "mission",
    "committee",
    "branch",
    "wing",
    "team",
    "unit",
    "department",
    "division",
    "bureau",
    "chapter",
];

/// True when the item starting at `from` is followed by a noun naming a part of the body.
pub(crate) fn sub_body_after(doc: &Doc, its: &[Item], from: usize) -> bool {
    its.iter()
        .find(|it| it.toks.start == from)
        .is_some_and(|it| SUB_BODIES.contains(&doc.word(it.toks.end)))
}

/// The entity of the sentence item that starts at token `at`.
fn entity_at(its: &[Item], eo: &[Option<usize>], at: usize) -> Option<usize> {
    its.iter()
        .zip(eo)
        .find(|(it, _)| it.toks.start == at)
        .and_then(|(_, e)| *e)
}

/// Where the name right after the word at `word` starts, past an optional "the" ("member of
/// the X", "who leads the X"), and its entity if a sentence item starts there.
fn entity_after(
    doc: &Doc,
    its: &[Item],
    eo: &[Option<usize>],
    word: usize,
) -> (usize, Option<usize>) {
    let from = if doc.lower(word + 1) == "the" {
        word + 2
    } else {
        word + 1
    };
    (from, entity_at(its, eo, from))
}

fn foreign_body(kind: &Kind, country: &crate::entities::Ent) -> bool {
    match kind {
        Kind::Known { country: c, .. } => c.is_none() || *c != country.country,
        _ => false,
    }
}

/// A state office by its name's head noun ("Foreign Ministry", "High Court", "Ministry of
/// Energy and Water").
pub(crate) fn state_office(label: &str) -> bool {
    let head_of = label.split(" of ").next().unwrap_or(label);
    let head = head_of.rsplit(' ').next().unwrap_or("").to_lowercase();
    matches!(
        head.as_str(),
        "ministry"
            | "department"
            | "court"
            | "government"
            | "embassy"
            | "consulate"
            | "parliament"
            | "office"
            | "commission"
            | "cabinet"
            | "presidency"
            | "senate"
            | "assembly"
            | "council"
    )
}

/// These relations follow from a name's form alone, so they get the confidence of a role
/// read without a title.
fn push(
    rels: &mut Vec<Rel>,
    subj: usize,
    pred: RelationType,
    obj: usize,
    sent: usize,
    toks: Range<usize>,
) {
    push_rel(rels, subj, pred, obj, sent, toks, 0.6);
}

/// Whether the name starting at token `start` complements a noun before it ("a mission of
/// the X", "a delegation from X", "funds for the X"), looking no further back than token
/// `floor`: a participle after the name ("..., led by Y") then hangs on that noun, not on
/// the name.
pub(crate) fn complements_a_noun(doc: &Doc, start: usize, floor: usize) -> bool {
    let before = if start > floor + 1 && doc.lower(start - 1) == "the" {
        start - 2
    } else if start > floor {
        start - 1
    } else {
        return false;
    };
    matches!(doc.lower(before), "of" | "from" | "for")
}
