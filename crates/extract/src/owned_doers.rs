//! A country standing as the doer only because it owns the body named after it:
//! "Kenya's National Commission on Human Rights (KNCHR) called on both sides ...". The parse
//! of a long name, cut by "on" or an acronym in brackets, can leave the possessor as the one
//! actor it reaches from the verb; the body whose name the "'s" opens is who acted, as the
//! gold has it (the country is no more than its owner, as in "Turkey's central bank").

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::Entities;
use crate::events::EventOut;
use crate::roles::View;

/// How many words may stand between the "'s" and the body's name ("Kenya's powerful
/// Electoral Commission").
const GAP: usize = 2;

/// Puts, in each event's sources, the body a country source owns in its sentence in place
/// of the country, when every mention of the country there is that body's possessor and the
/// body is named before the event's words. A body already among the event's sides leaves it
/// alone: the country was added for it, or the body is the other side.
pub(crate) fn owned_doers(doc: &Doc, views: &[View], ents: &Entities, events: &mut [EventOut]) {
    for e in events.iter_mut() {
        let Some(view) = views.get(e.sent) else {
            continue;
        };
        for i in 0..e.sources.len() {
            let c = e.sources[i];
            if ents.list[c].etype != EntityType::Country {
                continue;
            }
            let Some(body) = owned_body(doc, view, ents, c, e.sent, e.trigger.start) else {
                continue;
            };
            if !e.sources.contains(&body) && !e.targets.contains(&body) {
                e.sources[i] = body;
            }
        }
    }
}

/// The body country `c` owns in `view` ("C's Body"), named wholly before token `before`,
/// when each of the country's mentions there is such a possessor.
fn owned_body(
    doc: &Doc,
    view: &View,
    ents: &Entities,
    c: usize,
    s: usize,
    before: usize,
) -> Option<usize> {
    let mut found = None;
    for a in view.actors.iter().filter(|a| a.ent == c) {
        if a.place || !matches!(doc.lower(a.toks.end), "'s" | "'") || !opens_clause(doc, s, a) {
            return None;
        }
        let owns = |b: &&crate::roles::Actor| {
            let kind = ents.list[b.ent].etype;
            b.ent != c
                && !b.place
                && kind == EntityType::Organisation
                && b.toks.start > a.toks.end
                && b.toks.start <= a.toks.end + 1 + GAP
                && b.toks.end <= before
        };
        let body = view.actors.iter().find(owns)?.ent;
        if found.is_some_and(|f| f != body) {
            return None;
        }
        found = Some(body);
    }
    found
}

/// Whether the mention `a` opens its sentence or a clause of it: "accused Afghanistan's
/// Taliban government of ..., a charge Kabul rejects" makes the body a verb's object, and
/// a later verb is another's.
fn opens_clause(doc: &Doc, s: usize, a: &crate::roles::Actor) -> bool {
    let first = doc
        .sents
        .get(s)
        .is_some_and(|x| x.toks.start == a.toks.start);
    first
        || a.toks.start.checked_sub(1).is_some_and(|k| {
            matches!(
                doc.lower(k),
                "," | ";" | "-" | "\u{2014}" | "and" | "but" | "while" | "after" | "when"
            )
        })
}
