//! Relations judged again once the whole article's entities are known: what a rule read
//! from one sentence cannot see until the later sentences have named their bodies.

use crate::doc::Doc;
use crate::entities::{Entities, MentionAt};
use crate::roles::Rel;
use newsgraph_model::{EntityType, RelationType};

/// Points "government spokesman" relations at the government the article names.
pub(crate) fn settle(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    spokesman_of_government(doc, ents, rels);
    speaker_of_the_house(doc, ents, rels);
    chief_of_the_force(doc, ents, rels);
    premier_heads_the_government(doc, ents, rels);
    owner_of_the_government(doc, ents, rels);
    secretary_under_a_named_head(doc, ents, rels);
}

/// "SNAT's president, X ... Y, the secretary general of SNAT": a secretary-general heads the
/// body only where the story names no one else as its head (tests/CONVENTIONS.md R4); where
/// it does, the secretary holds another office in it.
fn secretary_under_a_named_head(doc: &Doc, ents: &Entities, rels: &mut [Rel]) {
    let secretary = |r: &Rel| {
        r.toks
            .clone()
            .any(|i| doc.lower(i).starts_with("secretary"))
    };
    let heads: Vec<(usize, usize)> = (rels.iter())
        .filter(|r| {
            r.pred == RelationType::LeaderOf
                && ents.list[r.subj].etype == EntityType::Person
                && ents.list[r.obj].etype == EntityType::Organisation
        })
        .map(|r| (r.subj, r.obj))
        .collect();
    for r in rels.iter_mut() {
        let led_by_another = heads.iter().any(|&(p, b)| b == r.obj && p != r.subj);
        if r.pred == RelationType::LeaderOf
            && ents.list[r.subj].etype == EntityType::Person
            && led_by_another
            && secretary(r)
        {
            r.pred = RelationType::OfficialOf;
        }
    }
}

/// The one government entity of the country `iso`: "Hungary's government" in a story about
/// a Slovak minister is the neighbour's, and two of the country's own leave it open. A
/// region's own government ("the regional government") is not the country's.
pub(crate) fn country_government(ents: &Entities, iso: &str) -> Option<usize> {
    let mut governments = (ents.list.iter().enumerate()).filter(|(_, g)| {
        g.etype == EntityType::Organisation
            && !g.mentions.is_empty()
            && g.country.as_deref() == Some(iso)
            && g.label.rsplit(' ').next() == Some("government")
            && !crate::descriptions::other_tier(&g.label, "government")
    });
    match (governments.next(), governments.next()) {
        (Some((g, _)), None) => Some(g),
        _ => None,
    }
}

/// "Prime Minister X ... the government said": a head of government leads the country's
/// government as well as the country, where the story names that body. A president is
/// left alone: where the story has a prime minister too, the government is the premier's.
fn premier_heads_the_government(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    let premier = |r: &Rel| {
        r.toks.clone().any(|i| {
            let title = doc.lower(i) == "prime" && doc.lower(i + 1) == "minister"
                || matches!(doc.lower(i), "premier" | "chancellor");
            let second = i > r.toks.start
                && matches!(
                    doc.lower(i - 1),
                    "deputy" | "vice" | "former" | "acting" | "-"
                );
            title && !second
        })
    };
    let heads: Vec<(usize, usize, usize, std::ops::Range<usize>)> = (rels.iter())
        .filter(|r| {
            r.pred == RelationType::LeaderOf
                && ents.list[r.subj].etype == EntityType::Person
                && ents.list[r.obj].etype == EntityType::Country
                && premier(r)
        })
        .filter_map(|r| {
            let g = country_government(ents, ents.list[r.obj].country.as_deref()?)?;
            Some((r.subj, g, r.sent, r.toks.clone()))
        })
        .collect();
    for (p, g, sent, toks) in heads {
        crate::roles::push_rel(rels, p, RelationType::LeaderOf, g, sent, toks, 0.5);
    }
}

/// "President X said his government would ...", "X's government has ...": the text says the
/// head of state heads the government, which a president's title alone does not
/// (tests/CONVENTIONS.md R2). The pronoun's owner is the sentence's first person, news copy
/// opening with its subject ("Attal, appointed by President P, said his government"), or,
/// where the sentence opens with the pronoun, the one before's; a minister's or an envoy's
/// "his government" is the country's, not theirs to lead.
fn owner_of_the_government(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    let heads: Vec<(usize, usize)> = (rels.iter())
        .filter(|r| {
            r.pred == RelationType::LeaderOf
                && ents.list[r.subj].etype == EntityType::Person
                && ents.list[r.obj].etype == EntityType::Country
        })
        .filter_map(|r| {
            let g = country_government(ents, ents.list[r.obj].country.as_deref()?)?;
            Some((r.subj, g))
        })
        .collect();
    for (s, sent) in doc.sents.iter().enumerate() {
        for i in sent.toks.clone().skip(1) {
            if doc.lower(i) != "government" {
                continue;
            }
            let owner = match doc.lower(i - 1) {
                "his" | "her" => pronoun_owner(doc, ents, s, i - 1),
                "'s" => {
                    let end = i.checked_sub(2).map(|j| doc.toks[j].end);
                    (ents.list.iter().enumerate())
                        .find(|(_, e)| {
                            e.etype == EntityType::Person
                                && e.mentions.iter().any(|m| m.sent == s && Some(m.end) == end)
                        })
                        .map(|(p, _)| p)
                }
                _ => None,
            };
            let Some(p) = owner else { continue };
            for &(_, g) in heads.iter().filter(|&&(h, _)| h == p) {
                crate::roles::push_rel(rels, p, RelationType::LeaderOf, g, s, i - 1..i + 1, 0.5);
            }
        }
    }
}

/// The person "his" or "her" at `k` in sentence `s` points back to: the sentence's first
/// person, news copy opening with its subject, or the one before's where the pronoun opens
/// the sentence.
pub(crate) fn pronoun_owner(doc: &Doc, ents: &Entities, s: usize, k: usize) -> Option<usize> {
    let female = doc.lower(k) == "her";
    let at = doc.toks[k].start;
    let from = if k == doc.sents[s].toks.start {
        s.checked_sub(1)
    } else {
        Some(s)
    };
    from.and_then(|f| first_person(ents, f, at))
        .filter(|&p| ents.list[p].female != Some(!female))
}

/// The person named first in sentence `sent`, before byte `at`.
fn first_person(ents: &Entities, sent: usize, at: usize) -> Option<usize> {
    (ents.list.iter().enumerate())
        .filter(|(_, e)| e.etype == EntityType::Person)
        .flat_map(|(p, e)| e.mentions.iter().map(move |m| (p, m)))
        .filter(|(_, m)| m.sent == sent && m.end <= at)
        .min_by_key(|(_, m)| m.start)
        .map(|(p, _)| p)
}

/// Forces a title may name as its first word ("the army chief", "Police Commissioner").
const FORCE_WORDS: [&str; 4] = ["army", "police", "military", "navy"];

/// "The army chief, General X", "the army chief of staff, General X", "the police chief,
/// Commissioner General X", "Police Commissioner X", "the provincial police commander,
/// Superintendent X": the holder of a title that names a force heads the force the story
/// names, when it names one such force (a body, or the group a bare "police" makes) and no
/// other relation says what the holder does in a body. A membership the title's first word
/// made ("Police Commissioner X" official_of the police) gives way to the lead: the title
/// says more than that the holder serves in the force.
fn chief_of_the_force(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    for (p, e) in ents.list.iter().enumerate() {
        if e.etype != EntityType::Person {
            continue;
        }
        let titled = e.mentions.iter().find_map(|m| {
            let first = doc.sents.get(m.sent)?.toks.start;
            let at = doc.tok_from(m.start);
            // Back past the comma and the ranks between the title and the name.
            let mut j = at;
            while j > first
                && (doc.word(j - 1) == ","
                    || crate::names::rank_word(doc, j - 1)
                    || doc.word(j - 1) == "Commissioner" && doc.word(j.saturating_sub(2)) == ",")
            {
                j -= 1;
            }
            let staff = j >= first + 4
                && doc.lower(j - 1) == "staff"
                && doc.lower(j - 2) == "of"
                && doc.lower(j - 3) == "chief";
            let head = if staff { j - 3 } else { j.checked_sub(1)? };
            let chief = matches!(doc.lower(head), "chief" | "commissioner" | "commander");
            let force = head > first && FORCE_WORDS.contains(&doc.lower(head - 1));
            // "the deputy police chief", "a former army commander": not the force's head now.
            let second = head > first + 1
                && matches!(
                    doc.lower(head - 2),
                    "deputy" | "assistant" | "vice" | "former" | "ex" | "acting"
                );
            (chief && force && !second).then(|| (doc.lower(head - 1).to_string(), head - 1, at, m))
        });
        let Some((word, title, at, m)) = titled else {
            continue;
        };
        let forces: Vec<usize> = (ents.list.iter().enumerate())
            .filter(|(_, b)| {
                matches!(b.etype, EntityType::Organisation | EntityType::Group)
                    && !b.mentions.is_empty()
                    && b.label
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(&word))
            })
            .map(|(b, _)| b)
            .collect();
        // The title's own force, when the sentence rules made the holder its official: the
        // lead replaces that membership, whatever else places the holder.
        let official =
            |r: &Rel| r.subj == p && forces[..] == [r.obj] && r.pred == RelationType::OfficialOf;
        let was_official = rels.iter().any(official);
        rels.retain(|r| !official(r));
        let placed = !was_official
            && rels.iter().any(|r| {
                r.subj == p
                    && matches!(r.pred, RelationType::LeaderOf | RelationType::OfficialOf)
                    && ents.list[r.obj].etype == EntityType::Organisation
            });
        if !placed {
            lead_the_only_one(doc, rels, p, forces.into_iter(), (title, at, m));
        }
    }
}

/// Person `p` leads the one body of `bodies`, and none when the story names two: the title
/// alone cannot say which. `at` is the name's first token, `title` the title's.
fn lead_the_only_one(
    doc: &Doc,
    rels: &mut Vec<Rel>,
    p: usize,
    mut bodies: impl Iterator<Item = usize>,
    (title, at, m): (usize, usize, &crate::entities::MentionAt),
) {
    if let (Some(b), None) = (bodies.next(), bodies.next()) {
        let end = doc.tok_from(m.end).max(at + 1);
        crate::roles::push_rel(rels, p, RelationType::LeaderOf, b, m.sent, title..end, 0.6);
    }
}

/// Words in the name of a legislature.
const LEGISLATURES: [&str; 7] = [
    "parliament",
    "house of representatives",
    "national assembly",
    "congress",
    "senate",
    "seimas",
    "house of commons",
];

/// "Speaker Obed Kalsakau", "House Speaker X", "the Speaker, X": a speaker with no body
/// named beside the title presides over the legislature the article names, when it names
/// one ("House Speaker" picks the House where it names two chambers).
fn speaker_of_the_house(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    let legislature = |e: &crate::entities::Ent| {
        let label = e.label.to_lowercase();
        // "Parliament House" is where the chamber sits, not a second chamber.
        let building = label
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "house" | "building" | "palace"));
        e.etype == EntityType::Organisation
            && !e.mentions.is_empty()
            && LEGISLATURES.iter().any(|w| label.contains(w))
            && !building
    };
    for (p, e) in ents.list.iter().enumerate() {
        if e.etype != EntityType::Person
            || rels.iter().any(|r| {
                r.subj == p
                    && r.pred == RelationType::LeaderOf
                    && ents.list[r.obj].etype == EntityType::Organisation
            })
        {
            continue;
        }
        let titled = e.mentions.iter().find_map(|m| {
            let at = doc.tok_from(m.start);
            let comma = doc.word(at.checked_sub(1)?) == ",";
            let title = at.checked_sub(1 + usize::from(comma))?;
            // "..., the speaker, X, told the chamber": lower case only as an apposition, so
            // not "a speaker at the rally, X".
            let apposed =
                comma && doc.word(title) == "speaker" && title > 0 && doc.lower(title - 1) == "the";
            ((doc.word(title) == "Speaker" || apposed) && doc.in_sent(m.sent, title))
                .then_some((title, at, m))
        });
        let Some((title, at, m)) = titled else {
            continue;
        };
        let house = title > 0 && doc.lower(title - 1) == "house";
        let bodies = (ents.list.iter().enumerate())
            .filter(|(_, b)| legislature(b) && (!house || b.label.to_lowercase().contains("house")))
            .map(|(b, _)| b);
        lead_the_only_one(doc, rels, p, bodies, (title, at, m));
    }
}

/// Drops the relations to countries named in passing, once the events have used them to
/// find who acted ("Eritrean troops seized a boat" is still an act of Eritrea).
pub(crate) fn drop_passing(doc: &Doc, ents: &Entities, home: Option<usize>, rels: &mut Vec<Rel>) {
    // A country's head ("his Argentine counterpart X") makes it a party to the story.
    rels.retain(|r| r.pred == RelationType::LeaderOf || !named_in_passing(doc, ents, home, r.obj));
}

/// Drops what lies in or is part of a country the text names only by its adjective
/// ("French riot police", "Italian prosecutors") or inside another name ("the France
/// Unbowed party"): analysts list no such country, so nothing
/// can be placed in it, though the events may still use it for who acted. A headline that
/// names the country ("Panama police clear protesters") names it for the whole story. A
/// capital still lies in its country (CONVENTIONS R1: any reader knows Moscow is in Russia,
/// and the dateline city is often the only place a wire story gives).
pub(crate) fn drop_places_in_the_unnamed(
    doc: &Doc,
    ents: &Entities,
    title: &str,
    rels: &mut Vec<Rel>,
) {
    let in_title = title_countries(doc, title);
    let adjective_only = |e: usize| {
        let c = &ents.list[e];
        c.etype == EntityType::Country
            && !c.country.as_ref().is_some_and(|iso| in_title.contains(iso))
            && c.mentions
                .iter()
                .all(|m| adjective_mention(doc, m) || inside_a_name(doc, m))
    };
    rels.retain(|r| {
        !matches!(r.pred, RelationType::LocatedIn | RelationType::PartOf)
            || !adjective_only(r.obj)
            || crate::descriptions::country_of(doc, ents, r.subj) == Some(r.obj)
    });
}

/// The ISO codes of the countries a headline names by name: runs of up to four words.
fn title_countries(doc: &Doc, title: &str) -> Vec<String> {
    let words: Vec<&str> = (title.split(|c: char| c.is_whitespace() || ",;:".contains(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let mut isos = Vec::new();
    for i in 0..words.len() {
        for n in 1..=4.min(words.len() - i) {
            let phrase = words[i..i + n].join(" ");
            let phrase = phrase.trim_end_matches("'s").trim_end_matches("’s");
            if let Some(c) = doc.lex.country(phrase) {
                isos.push(c.iso2.clone());
            }
        }
    }
    isos
}

/// "Government spokesman X" speaks for the government the article names elsewhere ("the
/// government said ..."), not for the country: where the article has such a body, the
/// spokesman is its spokesman. Where it names none, the country stands for it.
fn spokesman_of_government(doc: &Doc, ents: &Entities, rels: &mut [Rel]) {
    for r in rels.iter_mut() {
        let at = r.toks.start;
        let by_government_title = r.pred == RelationType::SpokespersonOf
            && r.toks.end > at
            && doc.lower(at) == "government";
        if !by_government_title || ents.list[r.obj].etype != EntityType::Country {
            continue;
        }
        let Some(iso) = ents.list[r.obj].country.as_deref() else {
            continue;
        };
        let government = ents.get(&format!("group:{iso}:government")).filter(|&g| {
            ents.list[g]
                .mentions
                .iter()
                .any(|m| m.start != doc.toks[at].start)
        });
        if let Some(g) = government {
            r.obj = g;
        }
    }
}

/// A country the article names once, and only by its adjective ("led by Slovak lawmaker
/// X", "the Chilean port of Arica", "French troops"), in a story about another country
/// (the one it reports from, or names most) is background: nothing but its head is tied to
/// it, and unless an event has it, it is no entity of the article. Where no country leads
/// ("Chilean border guards and Peruvian officials were seen"), the adjective is all the
/// story says and it stands.
pub(crate) fn named_in_passing(doc: &Doc, ents: &Entities, home: Option<usize>, e: usize) -> bool {
    let ent = &ents.list[e];
    if ent.etype != EntityType::Country || home.is_none_or(|h| h == e) {
        return false;
    }
    let [only] = ent.mentions.as_slice() else {
        return false;
    };
    adjective_mention(doc, only)
}

/// Whether a country's name runs on into a capitalised word of the same sentence ("France
/// Unbowed", "Jordan Bardella"): the words name a party or a person, not the country.
fn inside_a_name(doc: &Doc, m: &MentionAt) -> bool {
    let next = doc.tok_from(m.end);
    doc.in_sent(m.sent, next)
        && doc.toks[next].start == m.end + 1
        && doc.word(next).starts_with(|c: char| c.is_uppercase())
}

/// Whether a country's mention is its adjective alone ("Slovak", "French"), not its name.
fn adjective_mention(doc: &Doc, m: &MentionAt) -> bool {
    doc.text
        .get(m.start..m.end)
        .is_some_and(|w| doc.lex.demonym(w).is_some() && doc.lex.country(w).is_none())
}
