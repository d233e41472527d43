//! Those an accusation names in quotation marks: `accused "organised gangs" of smuggling`.
//! The speaker's own words for a group are no name and no noun of the people lists, yet
//! they are whom the accusation is aimed at: the quoted phrase becomes a group.

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::Entities;
use crate::roles::{Actor, View};

/// Verbs of accusing whose object the quotation stands in.
pub(crate) const ACCUSING: [&str; 6] = [
    "accused", "accuses", "accusing", "blamed", "blames", "blaming",
];

/// The longest quoted phrase read as a group: a longer quotation is a saying.
const MOST_WORDS: usize = 8;

fn opening(w: &str) -> bool {
    matches!(w, "\"" | "\u{201C}")
}

fn closing(w: &str) -> bool {
    matches!(w, "\"" | "\u{201D}")
}

/// Adds a group for every quoted phrase standing as the object of an accusation and
/// followed by what it is accused of ("of", "for"), when no actor covers it already.
pub(crate) fn groups(doc: &Doc, views: &mut [View], ents: &mut Entities) {
    for (s, view) in views.iter_mut().enumerate().take(doc.sents.len()) {
        let toks = doc.sents[s].toks.clone();
        for k in toks.clone() {
            if !ACCUSING.contains(&doc.lower(k)) || !toks.contains(&(k + 1)) {
                continue;
            }
            if !opening(doc.word(k + 1)) {
                continue;
            }
            let first = k + 2;
            let Some(close) =
                (first..toks.end.min(first + MOST_WORDS + 1)).find(|&j| closing(doc.word(j)))
            else {
                continue;
            };
            let after = doc.lower(close + 1);
            // A name is the name steps' business: the phrase opens in lower case.
            let common = doc.word(first).starts_with(char::is_lowercase);
            let words = (first..close).all(|j| doc.is_word(j));
            if close == first || !common || !words || !matches!(after, "of" | "for") {
                continue;
            }
            let inner = first..close;
            let covered = (view.actors.iter()).any(|a| a.toks.start < close && first < a.toks.end);
            if covered {
                continue;
            }
            let label = doc.slice(&inner);
            let key = format!("group:{}", newsgraph_lexicon::key(label));
            let e = ents.add(&key, EntityType::Group, label);
            ents.mention(e, doc.toks[first].start, doc.toks[close - 1].end, s, true);
            view.actors.push(Actor {
                toks: inner,
                ent: e,
                place: false,
            });
        }
    }
}
