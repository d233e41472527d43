//! A dependent territory ("Guam", "French Polynesia", "Bermuda") is a country of its own in
//! the gazetteer, but analysts place it within the state it belongs to, and its capital in
//! that state as well as in the territory.

use newsgraph_lexicon::Lexicon;
use newsgraph_model::{EntityType, RelationType};

use crate::entities::{Ent, Entities};
use crate::{from_gazetteer, roles};

/// ISO 3166 codes of inhabited dependent territories and of the state each belongs to.
/// States in free association (the Cook Islands, Niue) and the Crown dependencies (Jersey,
/// Guernsey, the Isle of Man) belong to no other state and are left out.
const SOVEREIGN: &[(&str, &str)] = &[
    ("AI", "GB"),
    ("AS", "US"),
    ("AW", "NL"),
    ("BL", "FR"),
    ("BM", "GB"),
    ("CW", "NL"),
    ("FK", "GB"),
    ("FO", "DK"),
    ("GF", "FR"),
    ("GI", "GB"),
    ("GL", "DK"),
    ("GP", "FR"),
    ("GU", "US"),
    ("HK", "CN"),
    ("KY", "GB"),
    ("MF", "FR"),
    ("MO", "CN"),
    ("MP", "US"),
    ("MQ", "FR"),
    ("MS", "GB"),
    ("NC", "FR"),
    ("PF", "FR"),
    ("PM", "FR"),
    ("PR", "US"),
    ("RE", "FR"),
    ("SX", "NL"),
    ("TC", "GB"),
    ("VG", "GB"),
    ("VI", "US"),
    ("WF", "FR"),
    ("YT", "FR"),
];

/// When the article names both a territory and its state: the territory is part of the
/// state, and the territory's capital lies in the state too.
pub(crate) fn territory_relations(
    lex: &Lexicon,
    ents: &Entities,
    named: &dyn Fn(&str) -> Option<usize>,
    rels: &mut Vec<roles::Rel>,
) {
    for &(terr, sov) in SOVEREIGN {
        let (Some(t), Some(s)) = (named(terr), named(sov)) else {
            continue;
        };
        push_once(rels, &ents.list[t], t, RelationType::PartOf, s);
        // A city-state's city ("Hong Kong", "Macau") is the territory itself.
        let own_name = newsgraph_lexicon::key(&ents.list[t].label);
        for (i, e) in ents.list.iter().enumerate() {
            let capital = lex
                .city(&e.label)
                .is_some_and(|c| c.capital && c.country == terr)
                && newsgraph_lexicon::key(&e.label) != own_name;
            if e.etype == EntityType::City && !e.mentions.is_empty() && capital {
                push_once(rels, e, i, RelationType::LocatedIn, s);
            }
        }
    }
}

/// A relation the rules already read between the two ("Guam, a territory of the United
/// States") stands in place of the list's.
fn push_once(rels: &mut Vec<roles::Rel>, e: &Ent, subj: usize, pred: RelationType, obj: usize) {
    if !rels.iter().any(|r| r.subj == subj && r.obj == obj) {
        rels.push(from_gazetteer(e, pred, subj, obj));
    }
}
