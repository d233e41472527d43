//! "The Senate passed the bill, but the Chamber of Deputies has not voted on it" in a story
//! that names Congress: a chamber is part of the legislature the story names, though no
//! phrase joins the two names.

use newsgraph_model::EntityType;

use crate::doc::Doc;
use crate::entities::{Ent, Entities};
use crate::roles::Rel;

/// Names of one house of a two-chamber legislature. Not "the National Assembly" nor "the
/// National Council": in many countries that name is the whole, one-chamber parliament.
const CHAMBERS: [&str; 7] = [
    "senate",
    "chamber of deputies",
    "house of representatives",
    "house of commons",
    "house of lords",
    "lower house",
    "upper house",
];

/// Parts of a building, which "of" joins to the legislature's name ("the gates of
/// parliament").
const BUILDING_PARTS: [&str; 4] = ["gates", "steps", "grounds", "entrance"];

/// Ties each chamber the story names to the one legislature it names as a whole.
pub(crate) fn of_legislature(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    let mut whole = (ents.list.iter().enumerate())
        .filter(|(_, e)| e.etype == EntityType::Organisation && whole_legislature(&e.label))
        .filter(|(_, e)| names_the_body(doc, e));
    let (Some((l, _)), None) = (whole.next(), whole.next()) else {
        return;
    };
    for (c, e) in ents.list.iter().enumerate() {
        if e.etype != EntityType::Organisation || !CHAMBERS.contains(&bare(&e.label).as_str()) {
            continue;
        }
        crate::seats::push_part_at_first_mention(ents, rels, c, l);
    }
}

/// The label lower-cased, without a leading "the".
fn bare(label: &str) -> String {
    let label = label.to_lowercase();
    label.strip_prefix("the ").unwrap_or(&label).to_string()
}

/// "Congress", "Parliament", "the Dutch parliament", "Kenya's parliament": the legislature as
/// a whole. A capitalised word before "Congress" makes a party's name ("the Nepali
/// Congress"), and "the European Parliament" is no country's legislature.
fn whole_legislature(label: &str) -> bool {
    let label = label.strip_prefix("the ").unwrap_or(label);
    match label.rsplit_once(' ') {
        None => matches!(
            label.to_lowercase().as_str(),
            "congress" | "parliament" | "legislature"
        ),
        Some((_, last)) => matches!(last, "parliament" | "legislature"),
    }
}

/// Whether some mention names the body rather than the building it sits in ("a protest
/// outside Congress", "the gates of parliament", "near the Congress building").
fn names_the_body(doc: &Doc, e: &Ent) -> bool {
    e.mentions.iter().filter(|m| m.naming).any(|m| {
        let opening = doc.sents[m.sent].toks.start;
        let mut first = doc.tok_from(m.start);
        let before = |i: usize| (i > opening).then(|| doc.lower(i - 1));
        if before(first) == Some("the") {
            first -= 1;
        }
        let after = doc.tok_from(m.end);
        let building = doc.in_sent(m.sent, after) && doc.lower(after) == "building";
        let at = before(first).is_some_and(|w| crate::seats::AT_A_BUILDING.contains(&w));
        let part = before(first) == Some("of")
            && before(first - 1).is_some_and(|w| BUILDING_PARTS.contains(&w));
        !(building || at || part)
    })
}
