//! "Opposition lawmakers walked out ... the opposition said", "opposition MP X": where the
//! story makes the opposition an actor of its own, the legislators it calls "opposition"
//! are its members. Its leader is another relation ("opposition leader X" heads it), its
//! supporters or activists back it without belonging to it, and "the opposition X Party"
//! only says where the party sits (analysts list no opposition beside it), so none of
//! these is read here.

use newsgraph_model::EntityType;

use crate::entities::Entities;
use crate::quantity::words_before;
use crate::roles::Rel;

/// Legislators the word "opposition" may qualify, singular or plural, lower case.
const SEATED: [&str; 13] = [
    "mp",
    "mps",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "senator",
    "senators",
    "deputy",
    "deputies",
    "parliamentarian",
    "parliamentarians",
    "members",
];

/// Joins to the opposition, when the story names it as an actor, each legislator or group
/// of legislators a mention calls "opposition".
pub(crate) fn relations(text: &str, ents: &Entities, rels: &mut Vec<Rel>) {
    let Some(opp) = ents.get("group:opposition") else {
        return;
    };
    for (e, ent) in ents.list.iter().enumerate() {
        if e == opp || rels.iter().any(|r| r.subj == e && r.obj == opp) {
            continue;
        }
        let called = ent.mentions.iter().filter(|m| m.naming).find(|m| {
            let within: Vec<String> = (text.get(m.start..m.end).unwrap_or("").split_whitespace())
                .map(str::to_lowercase)
                .collect();
            match ent.etype {
                // "Opposition lawmakers", "the opposition MPs".
                EntityType::Group => {
                    let w = within.strip_prefix(&["the".to_string()]).unwrap_or(&within);
                    matches!(w, [o, rank] if o == "opposition" && seated(rank))
                }
                // "opposition MP Anna Kovacs", the title read into the name or not.
                EntityType::Person => {
                    let before = words_before(text, m.start, 2).unwrap_or_default();
                    matches!(&before[..], [(rank, _), (o, _)] if o == "opposition" && seated(rank))
                        || matches!(&within[..], [o, rank, _, ..] if o == "opposition" && seated(rank))
                }
                _ => false,
            }
        });
        if let Some(m) = called {
            crate::rank_and_file::push_member(rels, e, opp, m);
        }
    }
}

fn seated(w: &str) -> bool {
    SEATED.contains(&w)
}
