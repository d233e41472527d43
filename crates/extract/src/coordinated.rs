//! Two groups joined by "and" into one: "several thousand teachers and nurses marched",
//! "bus drivers and textile workers joined the strike". The people steps read each plural
//! noun as a group of its own, yet the copy speaks of one crowd that acts together, and
//! analysts name it by the whole phrase; so the second group is folded into the first and
//! the phrase becomes one of its names.

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::{Entities, MentionAt};
use crate::roles::{Rel, View};

/// Verbs by which two sides joined by "and" act on each other ("troops and rebels
/// clashed"): then the phrase names two sides, not one crowd.
const RECIPROCAL: [&str; 10] = [
    "clashed",
    "clash",
    "fought",
    "fight",
    "battled",
    "exchanged",
    "traded",
    "skirmished",
    "confronted",
    "met",
];

/// Folds every group that follows another group after a bare "and" into it.
pub(crate) fn join(
    doc: &Doc,
    views: &mut [View],
    ents: &mut Entities,
    ent_of: &mut [Vec<Option<usize>>],
    rels: &mut Vec<Rel>,
) {
    while let Some((a, ma, b, mb)) = next_pair(doc, ents, rels) {
        fold(doc, views, ents, ent_of, rels, (a, ma), (b, mb));
    }
}

/// The first pair of naming mentions of two groups written "A and B".
fn next_pair(
    doc: &Doc,
    ents: &Entities,
    rels: &[Rel],
) -> Option<(usize, MentionAt, usize, MentionAt)> {
    let groups: Vec<usize> = (0..ents.list.len())
        .filter(|&e| ents.list[e].etype == EntityType::Group)
        .collect();
    for &b in &groups {
        for mb in ents.list[b].mentions.iter().filter(|m| m.naming) {
            let Some(joined) = joined_before(doc, mb) else {
                continue;
            };
            let found = groups.iter().filter(|&&a| a != b).find_map(|&a| {
                (ents.list[a].mentions.iter())
                    .find(|ma| ma.naming && ma.sent == mb.sent && ma.end == joined)
                    .map(|ma| (a, ma.clone()))
            });
            if let Some((a, ma)) = found {
                // "students and legal experts": a group the story follows on its own,
                // met with others, stays one.
                let alone = (ents.list[a].mentions.iter()).all(|m| {
                    !m.naming || m.sent == ma.sent && m.start >= ma.start && m.end <= mb.end
                });
                if alone && bodies_agree(rels, a, b) && !reciprocal(doc, mb) {
                    return Some((a, ma, b, mb.clone()));
                }
            }
        }
    }
    None
}

/// Where the first group must end for the mention `m` to follow it after " and ", when
/// `m` opens with a lower-case word: a capitalised one ("Indian troops and Chinese
/// soldiers") tells whose the second group is, and that makes it a side of its own.
fn joined_before(doc: &Doc, m: &MentionAt) -> Option<usize> {
    let text = doc.text;
    let words = text.get(m.start..m.end)?;
    let first = words.chars().next()?;
    // "students and their supporters" are two: the owner the pronoun names sets them apart.
    let owned = ["its ", "their ", "his ", "her "]
        .iter()
        .any(|p| words.starts_with(p));
    if !first.is_lowercase() || owned {
        return None;
    }
    let before = text.get(..m.start)?;
    let rest = before.strip_suffix(" and ")?;
    Some(rest.len())
}

/// Whether the verb after the mention is one by which two sides act on each other.
fn reciprocal(doc: &Doc, m: &MentionAt) -> bool {
    let Some(k) = (doc.sents[m.sent].toks.clone()).find(|&k| doc.toks[k].start >= m.end) else {
        return false;
    };
    let k = k + usize::from(matches!(doc.lower(k), "have" | "had" | "also"));
    doc.in_sent(m.sent, k) && RECIPROCAL.contains(&doc.lower(k))
}

/// Groups that belong to two different bodies or countries are two sides.
fn bodies_agree(rels: &[Rel], a: usize, b: usize) -> bool {
    let owners = |g: usize| -> Vec<usize> {
        rels.iter()
            .filter(|r| r.subj == g && r.obj != a && r.obj != b)
            .map(|r| r.obj)
            .collect()
    };
    let (oa, ob) = (owners(a), owners(b));
    oa.is_empty() || ob.is_empty() || ob.iter().all(|o| oa.contains(o))
}

/// Gives `a` the joined phrase as a name and the place `b` held there; `b` becomes `a`
/// altogether when nothing else names it.
fn fold(
    doc: &Doc,
    views: &mut [View],
    ents: &mut Entities,
    ent_of: &mut [Vec<Option<usize>>],
    rels: &mut Vec<Rel>,
    (a, ma): (usize, MentionAt),
    (b, mb): (usize, MentionAt),
) {
    let s = mb.sent;
    ents.mention(a, ma.start, mb.end, s, true);
    ents.list[b]
        .mentions
        .retain(|m| !(m.start == mb.start && m.end == mb.end));
    let inside = |toks: &std::ops::Range<usize>| {
        toks.start < toks.end
            && doc.toks[toks.start].start < mb.end
            && mb.start < doc.toks[toks.end - 1].end
    };
    if let Some(view) = views.get_mut(s) {
        for actor in view.actors.iter_mut().filter(|x| x.ent == b) {
            if inside(&actor.toks) {
                actor.ent = a;
            }
        }
    }
    if ents.list[b].mentions.iter().any(|m| m.naming) {
        return;
    }
    let rest = std::mem::take(&mut ents.list[b].mentions);
    for m in rest {
        ents.mention(a, m.start, m.end, m.sent, m.naming);
    }
    for view in views.iter_mut() {
        for actor in view.actors.iter_mut().filter(|x| x.ent == b) {
            actor.ent = a;
        }
        if let Some(sp) = view.speaker.as_mut().filter(|sp| sp.ent == b) {
            sp.ent = a;
        }
    }
    for e in ent_of.iter_mut().flatten().filter(|e| **e == Some(b)) {
        *e = Some(a);
    }
    for r in rels.iter_mut() {
        if r.subj == b {
            r.subj = a;
        }
        if r.obj == b {
            r.obj = a;
        }
    }
    rels.retain(|r| r.subj != r.obj);
}
