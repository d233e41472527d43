//! "The party" told by what its officer says of it: a party's officer who speaks of a party's
//! next step speaks for that party.

use crate::doc::Doc;
use crate::entities::Entities;
use newsgraph_model::EntityType;

/// Words after a party's name that make what the speaker says the party's own plan ("the
/// National Front would join talks", "the Unity Party will name a candidate").
const PLANNED: [&str; 4] = ["would", "will", "intends", "plans"];

/// "The party's secretary-general, X, said on Monday that the Green Union would open talks":
/// the officer of "the party" who says what a named party will do is that party's, whatever
/// party the story named last; a rival's plans are seldom told by another party's officer in
/// these words. Token `i` is "party" after "the", in sentence `s`.
pub(crate) fn planned_by_speaker(doc: &Doc, s: usize, i: usize, ents: &Entities) -> Option<usize> {
    let sent = doc.sents.get(s)?.toks.clone();
    if !(i > sent.start && doc.lower(i - 1) == "the" && doc.is_s_mark(i + 1)) {
        return None;
    }
    // The title and the holder's name, set off by two commas, then the verb of saying.
    let said = (i + 2..sent.end).find(|&j| matches!(doc.lower(j), "said" | "says"))?;
    let commas = (i + 2..said).filter(|&j| doc.word(j) == ",").count();
    if commas != 2 || doc.word(said - 1) != "," {
        return None;
    }
    // "said that", "said on Monday that": a short time phrase may come before "that".
    let mut k = said + 1;
    if let Some(that) = (k..(k + 4).min(sent.end)).find(|&j| doc.lower(j) == "that") {
        k = that + 1;
    }
    if doc.lower(k) == "the" {
        k += 1;
    }
    let at = doc.toks.get(k)?.start;
    let (party, end) = (ents.list.iter().enumerate())
        .filter(|(_, e)| e.etype == EntityType::Organisation && crate::roles::party_name(&e.label))
        .find_map(|(x, e)| {
            (e.mentions.iter())
                .find(|m| m.naming && m.start == at)
                .map(|m| (x, m.end))
        })?;
    let next = (k..sent.end).find(|&j| doc.toks[j].start >= end)?;
    PLANNED.contains(&doc.lower(next)).then_some(party)
}
