//! "19 officers were hurt, the National Police said", "lawmakers voted 31 to 20": wire copy
//! counts a body's rank and file without saying whose they are when the story names only
//! one body of their kind. They are its members. (Not soldiers: "14 soldiers were killed"
//! in a story about one army are as often another side's, or the dead no analyst lists as
//! an actor.)

use newsgraph_model::{EntityType, RelationType};

use crate::descriptions::has_words;
use crate::entities::{Ent, Entities, MentionAt};
use crate::roles::Rel;

/// A kind of body and the words that name its rank and file.
struct Kind {
    ranks: &'static [&'static str],
    body: fn(&str) -> bool,
    /// Whether any body the group is already given settles it. A legislator sits in the
    /// chamber and for a party at once, so a party leaves the chamber to find; an officer
    /// serves one force, so "officers from X" leaves nothing to find.
    exclusive: bool,
}

/// Legislators, who sit in a chamber.
const SEATS: Kind = Kind {
    ranks: &[
        "lawmakers",
        "legislators",
        "mps",
        "deputies",
        "parliamentarians",
    ],
    body: legislature,
    exclusive: false,
};

const KINDS: [Kind; 2] = [
    Kind {
        ranks: &["officers", "policemen"],
        body: police,
        exclusive: true,
    },
    SEATS,
];

/// Joins each group named only by a count and a rank ("nine officers", "lawmakers"), and
/// each person titled a legislator, that no other step gave a body to the one body of its
/// kind the article names.
pub(crate) fn relations(text: &str, ents: &Entities, rels: &mut Vec<Rel>) {
    for (g, group) in ents.list.iter().enumerate() {
        let Some(first) = group.mentions.first() else {
            continue;
        };
        let kind = match group.etype {
            EntityType::Group => KINDS.iter().find(|k| bare_rank(&group.label, k.ranks)),
            EntityType::Person => seated(text, group).then_some(&SEATS),
            _ => None,
        };
        let Some(kind) = kind else {
            continue;
        };
        // "opposition lawmakers" under the label "lawmakers": a faction, which belongs to
        // the opposition rather than to the chamber as such.
        let faction = (group.mentions.iter().filter(|m| m.naming)).any(|m| {
            text.get(m.start..m.end)
                .is_some_and(|t| has_words(t, "opposition"))
        });
        if faction {
            continue;
        }
        // "officers from X", "the unit's officers": a step that read whose they are wins.
        let placed = rels.iter().any(|r| {
            r.subj == g
                && belongs(r.pred)
                && (kind.exclusive || (kind.body)(&ents.list[r.obj].label))
        });
        if placed {
            continue;
        }
        let mut bodies = ents.list.iter().enumerate().filter(|(_, e)| {
            e.etype == EntityType::Organisation && !e.mentions.is_empty() && (kind.body)(&e.label)
        });
        // Two such bodies ("the police" and "the Kenya Police Service" kept apart, two
        // countries' police, a senate beside a congress) leave the group unplaced.
        let (Some((f, _)), None) = (bodies.next(), bodies.next()) else {
            continue;
        };
        push_member(rels, g, f, first);
    }
}

/// `member` member of `body`, on the evidence of the member's mention `at`: read across
/// the article, so no one sentence's tokens carry it.
pub(crate) fn push_member(rels: &mut Vec<Rel>, member: usize, body: usize, at: &MentionAt) {
    rels.push(Rel {
        subj: member,
        pred: RelationType::MemberOf,
        obj: body,
        sent: at.sent,
        toks: 0..0,
        bytes: Some((at.start, at.end)),
        confidence: 0.5,
    });
}

fn police(label: &str) -> bool {
    has_words(label, "police")
}

/// A legislature as a whole or one of its houses ("parliament", "the Legislative
/// Assembly", "Guatemala's Congress", "the House of Representatives"). A capitalised word
/// before "Congress" makes a party's name ("the Nepali Congress").
fn legislature(label: &str) -> bool {
    let lower = label.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some((&last, before)) = words.split_last() else {
        return false;
    };
    match last {
        "parliament" | "assembly" | "legislature" => true,
        "congress" => label.split_whitespace().rev().nth(1).is_none_or(|w| {
            w.ends_with("'s") || w.ends_with('\u{2019}') || w.starts_with(char::is_lowercase)
        }),
        "representatives" | "deputies" => {
            before.ends_with(&["house", "of"]) || before.ends_with(&["chamber", "of"])
        }
        _ => false,
    }
}

/// Whether a naming mention of the person follows a legislator's title ("opposition MP
/// X", "independent lawmaker X"): one seat, in the chamber the story names. A former
/// lawmaker holds none.
fn seated(text: &str, person: &Ent) -> bool {
    (person.mentions.iter().filter(|m| m.naming)).any(|m| {
        let words = crate::quantity::words_before(text, m.start, 2).unwrap_or_default();
        let word = |k: usize| words.get(k).map_or("", |(w, _)| &**w);
        matches!(
            word(0),
            "mp" | "lawmaker" | "legislator" | "parliamentarian"
        ) && !matches!(word(1), "former" | "ex-")
    })
}

/// Whether the label is the rank alone or after a count ("officers", "19 officers", "the
/// nine officers").
fn bare_rank(label: &str, ranks: &[&str]) -> bool {
    let lower = label.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    words.pop().is_some_and(|head| ranks.contains(&head))
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
