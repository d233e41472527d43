//! "19 officers were hurt, the National Police said": wire copy counts a police force's
//! officers without saying whose they are when the story names only one such force. They
//! are its members. (Not soldiers: "14 soldiers were killed" in a story about one army are
//! as often another side's, or the dead no analyst lists as an actor.)

use newsgraph_model::{EntityType, RelationType};

use crate::descriptions::has_words;
use crate::entities::Entities;
use crate::roles::Rel;

/// Words that name a police force's rank and file.
const RANKS: [&str; 2] = ["officers", "policemen"];

/// Joins each group named only by a count and a rank ("nine officers", "officers") that no
/// other step gave a body to the one police force the article names.
pub(crate) fn relations(ents: &Entities, rels: &mut Vec<Rel>) {
    for (g, group) in ents.list.iter().enumerate() {
        if group.etype != EntityType::Group {
            continue;
        }
        let Some(first) = group.mentions.first() else {
            continue;
        };
        if !bare_rank(&group.label) {
            continue;
        }
        // "officers from X", "the unit's officers": a step that read whose they are wins.
        if rels.iter().any(|r| r.subj == g && belongs(r.pred)) {
            continue;
        }
        let mut forces = ents.list.iter().enumerate().filter(|(_, e)| {
            e.etype == EntityType::Organisation
                && !e.mentions.is_empty()
                && has_words(&e.label, "police")
        });
        // Two police forces ("the police" and "the Kenya Police Service" kept apart, or
        // two countries' police) leave the officers unplaced.
        let (Some((f, _)), None) = (forces.next(), forces.next()) else {
            continue;
        };
        rels.push(Rel {
            subj: g,
            pred: RelationType::MemberOf,
            obj: f,
            sent: first.sent,
            toks: 0..0,
            bytes: Some((first.start, first.end)),
            confidence: 0.5,
        });
    }
}

/// Whether the label is the rank alone or after a count ("officers", "19 officers", "the
/// nine officers").
fn bare_rank(label: &str) -> bool {
    let lower = label.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    words.pop().is_some_and(|head| RANKS.contains(&head))
        && (words.iter()).all(|w| *w == "the" || crate::quantity::count_word(w))
}

/// Whether a relation already says what body or country the group belongs to.
fn belongs(pred: RelationType) -> bool {
    matches!(
        pred,
        RelationType::MemberOf
            | RelationType::AffiliatedWith
            | RelationType::OfficialOf
            | RelationType::PartOf
    )
}
