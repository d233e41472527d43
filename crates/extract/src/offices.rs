//! Offices and ties told by a clause rather than a title before the name: "X, who was
//! elected president of Y", "X became Y's prime minister", "X heads Y", "Y is led by X",
//! and "X, a reporter for Y" (a person working for a body is affiliated with it).

use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{Item, Kind};
use crate::roles::{push_rel, Rel};

/// Verbs that, right after a person, say the person holds the office named next.
const TAKES_OFFICE: [&str; 8] = [
    "elected",
    "re-elected",
    "appointed",
    "named",
    "became",
    "becomes",
    "sworn",
    "installed",
];

/// Verbs that say the subject heads the body that follows.
const HEADS: [&str; 10] = [
    "heads", "leads", "chairs", "runs", "headed", "led", "chaired", "ran", "head", "lead",
];

/// Groups that act as one body under a leader ("the Lebanese delegation, led by X"), unlike
/// "troops led by X".
const LED_GROUPS: [&str; 7] = [
    "delegation",
    "observers",
    "team",
    "mission",
    "coalition",
    "committee",
    "panel",
];

/// Words that may stand between the verb and the title ("elected the new president").
const BEFORE_TITLE: [&str; 8] = ["the", "a", "an", "new", "acting", "interim", "its", "as"];

/// Occupations whose holder works for a body without holding an office in it.
const OCCUPATIONS: [&str; 14] = [
    "reporter",
    "journalist",
    "correspondent",
    "editor",
    "photographer",
    "columnist",
    "lawyer",
    "researcher",
    "analyst",
    "economist",
    "employee",
    "engineer",
    "activist",
    "volunteer",
];

pub(crate) fn relations(
    doc: &Doc,
    items: &[Vec<Item>],
    ent_of: &[Vec<Option<usize>>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    for (s, its) in items.iter().enumerate() {
        let eo = &ent_of[s];
        let at = |t: usize| -> Option<(usize, usize)> {
            let k = its.iter().position(|it| it.toks.start == t)?;
            Some((k, eo[k]?))
        };
        let past_the = |t: usize| t + usize::from(doc.lower(t) == "the");
        let body = |e: usize| {
            matches!(
                ents.list[e].etype,
                EntityType::Organisation | EntityType::Country | EntityType::Group
            )
        };
        led_by(doc, s, its, eo, ents, rels);
        office_of_described(doc, s, its, eo, ents, rels);
        for (k, it) in its.iter().enumerate() {
            let Some(a) = eo[k] else { continue };
            let person = ents.list[a].etype == EntityType::Person;
            let (start, end) = (it.toks.start, it.toks.end);
            // "X, who was elected president of Y", "X became Y's prime minister".
            if person {
                if let Some(v) = office_verb(doc, end) {
                    let mut i = v;
                    while BEFORE_TITLE.contains(&doc.lower(i)) {
                        i += 1;
                    }
                    // "became Sweden's president": the owner before the title.
                    let owner = at(i).filter(|&(j, o)| {
                        body(o)
                            && !matches!(its[j].kind, Kind::Title { .. })
                            && doc.is_s_mark(its[j].toks.end)
                    });
                    let t_at = owner.map_or(i, |(j, _)| its[j].toks.end + 1);
                    let title = its.iter().enumerate().find(|(_, t)| t.toks.start == t_at);
                    if let Some((
                        tk,
                        Item {
                            kind:
                                Kind::Title {
                                    relation,
                                    plural: false,
                                    ..
                                },
                            ..
                        },
                    )) = title
                    {
                        let t_end = its[tk].toks.end;
                        let of = matches!(doc.lower(t_end), "of" | "for")
                            .then(|| at(past_the(t_end + 1)))
                            .flatten()
                            .filter(|&(_, o)| body(o));
                        let target = owner.or(of);
                        if let Some((j, o)) = target.filter(|&(_, o)| o != a) {
                            let to = its[j].toks.end.max(t_end);
                            push_rel(rels, a, *relation, o, s, start..to, 0.6);
                        }
                    }
                }
            }
            // "X heads the Andean Forum", "Malaysia chairs ASEAN", and "X, who leads the
            // rebels" (a group named by a common noun, which `structure` does not see).
            let holder = person || ents.list[a].etype == EntityType::Country;
            let mut v = end;
            let relative = doc.word(v) == "," && matches!(doc.lower(v + 1), "who" | "which");
            if relative {
                v += 2;
            }
            if matches!(doc.lower(v), "also" | "now" | "currently") {
                v += 1;
            }
            if holder && matches!(doc.lower(v), "heads" | "leads" | "chairs") && !doc.is_quoted(v) {
                let o_at = past_the(v + 1);
                let named = at(o_at).filter(|&(_, o)| {
                    !relative && ents.list[o].etype == EntityType::Organisation
                        || ents.list[o].etype == EntityType::Group
                });
                // "heads the ICRC delegation": a part of the body, not the body.
                let named = named.filter(|_| !crate::structure::sub_body_after(doc, its, o_at));
                let named = named.map(|(j, o)| (its[j].toks.end, o));
                // "who leads the rebels", "who heads the ICRC delegation in Baku": a body
                // the descriptions step named, from "the" or the word after it.
                let described = || {
                    let (e, m) = [v + 1, o_at]
                        .into_iter()
                        .filter_map(|t| mentioned(ents, |m| m.start == doc.toks[t].start))
                        .next()?;
                    let to = (o_at..doc.sents[s].toks.end).find(|&t| doc.toks[t].end >= m)?;
                    // Not "the government" of "the government delegation": the noun after
                    // it names the body that is led.
                    let w = doc.word(to + 1);
                    let ends = !(doc.is_word(to + 1) && w.starts_with(char::is_lowercase))
                        || matches!(w, "in" | "of" | "at" | "for" | "and" | "since" | "on");
                    ends.then_some((to + 1, e))
                };
                if let Some((to, o)) = named.or_else(described).filter(|&(_, o)| o != a) {
                    push_rel(rels, a, RelationType::LeaderOf, o, s, start..to, 0.6);
                }
            }
            // "X, who speaks for the Andean Forum", "X, speaking on behalf of Y".
            if person {
                let mut v = end + usize::from(doc.word(end) == ",");
                if doc.lower(v) == "who" {
                    v += 1;
                }
                let on_behalf = doc.lower(v + 1) == "on"
                    && doc.lower(v + 2) == "behalf"
                    && doc.lower(v + 3) == "of";
                let o_at = match doc.lower(v) {
                    "speaks" | "spoke" | "speaking" if doc.lower(v + 1) == "for" => Some(v + 2),
                    "speaks" | "spoke" | "speaking" if on_behalf => Some(v + 4),
                    _ => None,
                };
                let spoken_for = o_at.and_then(|o| at(past_the(o))).filter(|&(_, o)| {
                    o != a
                        && matches!(
                            ents.list[o].etype,
                            EntityType::Organisation | EntityType::Country | EntityType::Person
                        )
                });
                if let Some((j, o)) = spoken_for {
                    let span = start..its[j].toks.end;
                    push_rel(rels, a, RelationType::SpokespersonOf, o, s, span, 0.6);
                }
            }
            // "X, who works for the Andean Forum": a person working for a body.
            let works_for = person
                && doc.word(end) == ","
                && doc.lower(end + 1) == "who"
                && matches!(doc.lower(end + 2), "works" | "worked")
                && doc.lower(end + 3) == "for";
            if let Some((j, o)) = works_for
                .then(|| at(past_the(end + 4)))
                .flatten()
                .filter(|&(_, o)| o != a && ents.list[o].etype == EntityType::Organisation)
            {
                let span = start..its[j].toks.end;
                push_rel(rels, a, RelationType::AffiliatedWith, o, s, span, 0.6);
            }
            // "X, who now sits in the Senate for the Y party": a member of the chamber, and
            // of the party sat for.
            let mut v = end;
            if doc.word(v) == "," && doc.lower(v + 1) == "who" {
                v += 2;
            }
            if matches!(doc.lower(v), "now" | "also" | "still") {
                v += 1;
            }
            let sits = person
                && v > end
                && matches!(doc.lower(v), "sits" | "sat")
                && matches!(doc.lower(v + 1), "in" | "on");
            let org = |(j, o): (usize, usize)| {
                (o != a && ents.list[o].etype == EntityType::Organisation).then_some((j, o))
            };
            if let Some((j, chamber)) = sits.then(|| at(past_the(v + 2)).and_then(org)).flatten() {
                push_rel(
                    rels,
                    a,
                    RelationType::MemberOf,
                    chamber,
                    s,
                    start..its[j].toks.end,
                    0.6,
                );
                let after = its[j].toks.end;
                let party = (doc.lower(after) == "for")
                    .then(|| at(past_the(after + 1)).and_then(org))
                    .flatten();
                if let Some((p, o)) = party {
                    push_rel(
                        rels,
                        a,
                        RelationType::MemberOf,
                        o,
                        s,
                        start..its[p].toks.end,
                        0.6,
                    );
                }
            }
            // "X, a reporter for the weekly Lake Post".
            if person && doc.word(end) == "," && matches!(doc.lower(end + 1), "a" | "an") {
                let mut i = end + 2;
                while i < end + 4
                    && doc.is_word(i)
                    && doc.word(i).starts_with(char::is_lowercase)
                    && !OCCUPATIONS.contains(&doc.lower(i))
                {
                    i += 1;
                }
                let works = OCCUPATIONS.contains(&doc.lower(i))
                    && !its.iter().any(|t| t.toks.contains(&i))
                    && matches!(doc.lower(i + 1), "for" | "at" | "with");
                if works {
                    let mut b = past_the(i + 2);
                    while b < i + 5 && doc.is_word(b) && doc.word(b).starts_with(char::is_lowercase)
                    {
                        b += 1;
                    }
                    let employer = at(b)
                        .filter(|&(_, o)| o != a && ents.list[o].etype == EntityType::Organisation);
                    if let Some((j, o)) = employer {
                        let span = start..its[j].toks.end;
                        push_rel(rels, a, RelationType::AffiliatedWith, o, s, span, 0.6);
                    }
                }
            }
        }
    }
}

/// The organisation or group with a mention that `fits`, the longest where several do,
/// and the byte where that mention ends.
fn mentioned(
    ents: &Entities,
    fits: impl Fn(&crate::entities::MentionAt) -> bool,
) -> Option<(usize, usize)> {
    (ents.list.iter().enumerate())
        .filter(|(_, e)| matches!(e.etype, EntityType::Organisation | EntityType::Group))
        .flat_map(|(i, e)| e.mentions.iter().filter(|m| fits(m)).map(move |m| (i, m)))
        .max_by_key(|(i, m)| (m.end - m.start, std::cmp::Reverse(*i)))
        .map(|(i, m)| (i, m.end))
}

/// "The Andean Forum is headed by X", "the bloc, currently chaired by X", "Cameroon's
/// delegation was led by Minister X": the body the words before name, whether a name or a
/// description, is led by the person or country after "by".
fn led_by(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    let r = doc.sents[s].toks.clone();
    for p in r.start + 1..r.end.saturating_sub(2) {
        let w = doc.lower(p);
        if !(HEADS.contains(&w) && w.ends_with('d') && doc.lower(p + 1) == "by") {
            continue;
        }
        let Some(j) = its.iter().position(|it| it.toks.start >= p + 2) else {
            continue;
        };
        let country = (its[j].toks.start == p + 2)
            .then_some(eo[j])
            .flatten()
            .filter(|&e| ents.list[e].etype == EntityType::Country)
            .map(|_| j);
        // "led by former Zambian vice president X": a past or stand-in office still
        // names the holder.
        let mut at = p + 2 + usize::from(matches!(doc.lower(p + 2), "a" | "an" | "the"));
        if matches!(doc.lower(at), "former" | "acting" | "interim") {
            at += 1;
        }
        let found = crate::roles::holder_from(doc, its, eo, ents, j, at).or(country);
        let Some(h) = found.or_else(|| described_holder(doc, its, eo, ents, at)) else {
            continue;
        };
        let Some(holder) = eo[h] else { continue };
        let mut b = p;
        while b > r.start + 1
            && matches!(
                doc.lower(b - 1),
                "is" | "was" | "has" | "been" | "currently" | "now" | ","
            )
        {
            b -= 1;
        }
        // "An observer mission of the Southern African Development Community (SADC), led
        // by X": the body's name ends before its bracketed short form.
        if b >= r.start + 4 && doc.word(b - 1) == ")" && doc.word(b - 3) == "(" {
            b -= 3;
        }
        let end = doc.toks[b - 1].end;
        // A group only by its name: "troops led by X" are not a body X heads.
        let named_group = (its.iter().zip(eo))
            .find(|(it, _)| it.toks.end == b)
            .and_then(|(_, e)| *e)
            .filter(|&e| ents.list[e].etype == EntityType::Group);
        let led = |o: usize| {
            let e = &ents.list[o];
            e.etype == EntityType::Organisation
                || e.etype == EntityType::Group
                    && (e.label.rsplit(' ').next())
                        .is_some_and(|w| LED_GROUPS.contains(&w.to_lowercase().as_str()))
        };
        let body = mentioned(ents, |m| m.sent == s && m.end == end)
            .filter(|&(o, _)| led(o))
            .or(named_group.map(|g| (g, end)));
        if let Some((o, _)) = body.filter(|&(o, _)| o != holder) {
            let from = (r.start..b)
                .find(|&t| {
                    ents.list[o]
                        .mentions
                        .iter()
                        .any(|m| m.start == doc.toks[t].start)
                })
                .unwrap_or(b - 1);
            // "An observer mission from the X, led by Y": the participle hangs on the
            // noun the body's name complements, which is led, not the body; unless that
            // noun is extracted (the longer mention is found first), no one is. A group
            // found here is that longer mention ("A team of observers from the X, led by
            // Y"): the people who act as one body are what is led.
            let led_group = ents.list[o].etype == EntityType::Group;
            if !led_group && crate::structure::complements_a_noun(doc, from, r.start) {
                continue;
            }
            push_rel(
                rels,
                holder,
                RelationType::LeaderOf,
                o,
                s,
                from..its[h].toks.end,
                0.6,
            );
        }
    }
}

/// "led by a former Tarvik chief elections officer, X": the person named after the
/// description of his office, when nothing but lower-case words, nationalities and titles
/// stand between "by" and the comma.
fn described_holder(
    doc: &Doc,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    from: usize,
) -> Option<usize> {
    let mut i = from;
    while i < from + 6 && doc.word(i) != "," {
        let item = its.iter().position(|it| it.toks.start == i);
        match item.map(|k| &its[k]) {
            Some(it) if matches!(it.kind, Kind::Demonym(_) | Kind::Title { .. }) => i = it.toks.end,
            Some(_) => return None,
            None if doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase) => i += 1,
            None => return None,
        }
    }
    if i == from || doc.word(i) != "," {
        return None;
    }
    let k = its.iter().position(|it| it.toks.start == i + 1)?;
    let person = eo[k]?;
    (ents.list[person].etype == EntityType::Person).then_some(k)
}

/// Right after a person's name at token `end`: "who was elected", ", who became", "was
/// appointed", "became", "was sworn in as". Returns where the office's words start.
fn office_verb(doc: &Doc, end: usize) -> Option<usize> {
    let mut i = end;
    if doc.word(i) == "," {
        i += 1;
        if doc.lower(i) != "who" {
            return None;
        }
    }
    if doc.lower(i) == "who" {
        i += 1;
    }
    if matches!(doc.lower(i), "was" | "is" | "has" | "had" | "will") {
        i += 1;
        if doc.lower(i) == "been" || doc.lower(i) == "be" {
            i += 1;
        }
    }
    if matches!(doc.lower(i), "also" | "later" | "recently" | "newly") {
        i += 1;
    }
    // "X, who is the president of Y", "X is Y's foreign minister": the present tense
    // holds the office now; "was" may speak of the past.
    if doc.lower(i - 1) == "is" && !TAKES_OFFICE.contains(&doc.lower(i)) {
        return Some(i);
    }
    if !TAKES_OFFICE.contains(&doc.lower(i)) {
        return None;
    }
    i += 1;
    if doc.lower(i) == "in" && doc.lower(i + 1) == "as" {
        i += 2;
    }
    Some(i)
}

/// "the head of the EU delegation in Tbilisi, Ambassador X": the office of a body that the
/// name steps read as a description ("the ICRC delegation") rather than an item, placed by
/// "in", with its holder set off by a comma. The title step reads only a body named by an
/// item right after "of".
fn office_of_described(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    let first = doc.sents[s].toks.start;
    for (k, t) in its.iter().enumerate() {
        let Kind::Title {
            relation,
            plural: false,
            ..
        } = &t.kind
        else {
            continue;
        };
        // "the head of", never "the former head of": a past office gives no relation.
        if t.toks.start <= first
            || doc.lower(t.toks.start - 1) != "the"
            || doc.lower(t.toks.end) != "of"
        {
            continue;
        }
        let at = t.toks.end + 1 + usize::from(doc.lower(t.toks.end + 1) == "the");
        let Some(from) = doc.toks.get(at).map(|tok| tok.start) else {
            continue;
        };
        // The longest organisation mention that starts there, and the token it ends on.
        let body = (ents.list.iter().enumerate())
            .filter(|(_, e)| e.etype == EntityType::Organisation)
            .flat_map(|(e, ent)| ent.mentions.iter().map(move |m| (e, m)))
            .filter(|(_, m)| m.sent == s && m.start == from && m.naming)
            .max_by_key(|(_, m)| m.end);
        let Some((o, m)) = body else { continue };
        let Some(mut end) = (at..doc.sents[s].toks.end).find(|&i| doc.toks[i].end == m.end) else {
            continue;
        };
        end += 1;
        // Only a body the title step could not read: one item of its own there is the
        // title step's business.
        if its.iter().any(|it| it.toks == (at..end)) {
            continue;
        }
        // "... delegation in Tbilisi, X": past the place the body sits in.
        if doc.lower(end) == "in" {
            let place = its.iter().zip(eo).find(|(it, e)| {
                it.toks.start == end + 1
                    && e.is_some_and(|e| {
                        matches!(
                            ents.list[e].etype,
                            EntityType::City | EntityType::Country | EntityType::Region
                        )
                    })
            });
            match place {
                Some((it, _)) => end = it.toks.end,
                None => continue,
            }
        }
        if doc.word(end) != "," {
            continue;
        }
        let Some(j) = (k + 1..its.len()).find(|&j| its[j].toks.start > end) else {
            continue;
        };
        let Some(h) = crate::roles::apposed_holder_from(doc, its, eo, ents, j, end + 1) else {
            continue;
        };
        let Some(p) = eo[h] else { continue };
        if rels.iter().any(|r| r.subj == p && r.pred == *relation) {
            continue;
        }
        push_rel(rels, p, *relation, o, s, t.toks.start..its[h].toks.end, 0.6);
    }
}
