//! Whom a denial answers: "The Green Alliance accused the Civic Party of buying votes. The
//! Civic Party denied the charge." A denial of "the charge", "the accusation", "the claim"
//! (or of "that") is aimed at whoever made it, the accuser named in the clause before, by
//! "by" ("rejected accusations by X") or by a possessive ("dismissed X's claim"), not at the
//! last body the sentence's parse happens to reach. With no accuser found, the targets are left as they
//! are: a guess would be worse than none.

use newsgraph_model::{Cameo, Polarity};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::events::EventOut;
use crate::roles::{Actor, View};

/// Verbs of accusing whose subject is the accuser: those that aim at a quoted group, and
/// the plain "accuse" ("the rebels, who accuse the army of ...").
fn accusing(w: &str) -> bool {
    w == "accuse" || crate::accused_quoted::ACCUSING.contains(&w)
}

/// Nouns for what a denial answers: someone's accusation or claim.
const CHARGES: [&str; 8] = [
    "charge",
    "charges",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "claim",
    "claims",
];

/// Verbs of denying whose object is the charge.
const DENYING: [&str; 10] = [
    "denied",
    "denies",
    "deny",
    "denying",
    "rejected",
    "rejects",
    "reject",
    "rejecting",
    "dismissed",
    "dismisses",
];

/// How far after the denying verb its object noun may stand ("rejected the latest
/// corruption allegations").
const OBJECT_REACH: usize = 7;

/// Puts, as the targets of each asserted denial (016) whose object is a charge, the one
/// who made the charge, when one is found other than the deniers. A rejection (12) of a
/// charge, or of "that" just after an accusation, is such a denial too: what it answers is
/// an accusation, not a demand or an offer.
pub(crate) fn denial_targets(doc: &Doc, views: &[View], ents: &Entities, events: &mut [EventOut]) {
    let Ok(deny) = "016".parse::<Cameo>() else {
        return;
    };
    let accusations: Vec<(usize, Vec<usize>)> = (events.iter())
        .filter(|e| e.cameo.as_str().starts_with("11"))
        .map(|e| (e.trigger.start, e.sources.clone()))
        .collect();
    for e in events.iter_mut() {
        let denial = e.cameo == deny;
        let rejection = e.cameo.root() == "12";
        if !(denial || rejection) || e.sources.is_empty() || e.polarity != Polarity::Asserted {
            continue;
        }
        let Some(view) = views.get(e.sent) else {
            continue;
        };
        let verb = e.trigger.start;
        if !DENYING.contains(&doc.lower(verb)) {
            continue;
        }
        let Some(object) = charge_object(doc, e.sent, verb) else {
            continue;
        };
        let named = match object {
            Object::Noun(o) => named_with(doc, view, o, &e.sources),
            Object::That => None,
        }
        // "claims by Vilnius": a capital making a claim stands for its country.
        .map(|x| crate::descriptions::country_of(doc, ents, x).unwrap_or(x));
        let accuser = named
            .map(|x| vec![x])
            .or_else(|| accuser_before(doc, views, e.sent, verb, &e.sources, &accusations));
        let Some(found) = accuser.filter(|f| !f.is_empty()) else {
            continue;
        };
        e.targets = found;
        if rejection {
            e.cameo = deny.clone();
            e.label = doc.lex.cameo_label(&deny).to_string();
        }
    }
}

/// What a denial's object is: a charge noun at a token, or a bare "that".
enum Object {
    Noun(usize),
    That,
}

/// The charge a denying verb at `verb` takes as its object: "denied the charge", "rejected
/// the corruption allegations", "rejected that."
fn charge_object(doc: &Doc, s: usize, verb: usize) -> Option<Object> {
    let end = doc.sents[s].toks.end;
    let next = verb + 1;
    // "rejected that.", "rejected that and said ...", not "rejected that plan".
    let closes = |k: usize| k >= end || !doc.is_word(k) || matches!(doc.lower(k), "and" | "but");
    if next < end && doc.lower(next) == "that" && closes(next + 1) {
        return Some(Object::That);
    }
    (next..end.min(next + OBJECT_REACH))
        .take_while(|&k| doc.is_word(k) || quote_or_possessive(doc.lower(k)))
        .find(|&k| CHARGES.contains(&doc.lower(k)))
        .map(Object::Noun)
}

/// A quotation mark ("rejected what it called \"false claims\"") or a possessive ending,
/// which the object phrase runs through.
fn quote_or_possessive(w: &str) -> bool {
    matches!(w, "'s" | "'" | "\"" | "\u{201C}" | "\u{201D}")
}

/// The accuser the charge noun at `o` names itself: "accusations by Rwanda", "Rwanda's
/// claim", when not one of the deniers.
fn named_with(doc: &Doc, view: &View, o: usize, deniers: &[usize]) -> Option<usize> {
    let fits = |a: &&Actor| !a.place && !deniers.contains(&a.ent);
    let by = if quote_or_possessive(doc.lower(o + 1)) {
        o + 2
    } else {
        o + 1
    };
    if matches!(doc.lower(by), "by" | "from") {
        // "claims by Lithuania": the country speaks here, however the name steps read it.
        let after = |a: &&Actor| a.toks.start == by + 1 && !deniers.contains(&a.ent);
        if let Some(a) = view.actors.iter().find(after) {
            return Some(a.ent);
        }
    }
    // "Rwanda's claim", "Rwanda's repeated claims": the possessor shortly before.
    (view.actors.iter().filter(fits))
        .find(|a| {
            matches!(doc.lower(a.toks.end), "'s" | "'")
                && a.toks.end < o
                && a.toks.end + 3 >= o
                && (a.toks.end + 1..o).all(|k| doc.is_word(k))
        })
        .map(|a| a.ent)
}

/// The accuser of the nearest accusing verb before the denial, in its own sentence or
/// the one before: the doers of the accusation event there, else the first actor of that
/// sentence before the verb, not being one of the deniers.
fn accuser_before(
    doc: &Doc,
    views: &[View],
    s: usize,
    verb: usize,
    deniers: &[usize],
    accusations: &[(usize, Vec<usize>)],
) -> Option<Vec<usize>> {
    for t in (s.saturating_sub(1)..=s).rev() {
        let toks = doc.sents.get(t)?.toks.clone();
        let upto = if t == s { verb } else { toks.end };
        let Some(k) = (toks.start..upto)
            .rev()
            .find(|&k| accusing(doc.lower(k)) && doc.lower(k.saturating_sub(1)) != "the")
        else {
            continue;
        };
        // "were accused of": a passive names no accuser before it.
        if (k.saturating_sub(2)..k).any(|j| matches!(doc.lower(j), "was" | "were" | "been" | "be"))
        {
            return None;
        }
        let event = (accusations.iter())
            .find(|(at, _)| *at == k)
            .map(|(_, doers)| doers.clone())
            .filter(|d| !d.is_empty() && d.iter().all(|x| !deniers.contains(x)));
        if event.is_some() {
            return event;
        }
        // The one the accusing clause is about, and the one whose words it reports
        // ("The party's leader, X, said ... Y, which she accused of ...").
        let view = views.get(t)?;
        let first = (view.actors.iter())
            .filter(|a| a.toks.end <= k && !a.place)
            .min_by_key(|a| a.toks.start)
            .filter(|a| !deniers.contains(&a.ent))?;
        let mut found = vec![first.ent];
        let speaker = (view.speaker.as_ref())
            .filter(|sp| sp.cue.end <= k && !deniers.contains(&sp.ent) && sp.ent != first.ent);
        found.extend(speaker.map(|sp| sp.ent));
        return Some(found);
    }
    None
}
