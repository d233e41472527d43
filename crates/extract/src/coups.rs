//! Whom a seizure of power is aimed at. "The military seized power in 2021" names no one
//! it acts on, yet a coup is always against a country's state: the country it happens in.

use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::events::EventOut;
use crate::roles::Rel;

/// Gives each coup with no target the country it took place in: the country of its place
/// ("seized power in Gabon"), else the country its doers belong to ("the Burmese
/// military"), else the country the story is about.
pub(crate) fn aim(
    events: &mut [EventOut],
    doc: &Doc,
    rels: &[Rel],
    ents: &Entities,
    home: Option<usize>,
) {
    let country_of = |x: usize| -> Option<usize> {
        if ents.list[x].etype == EntityType::Country {
            return Some(x);
        }
        let affiliated = rels.iter().find(|r| {
            r.subj == x
                && matches!(r.pred, RelationType::AffiliatedWith | RelationType::PartOf)
                && ents.list[r.obj].etype == EntityType::Country
        });
        affiliated.map(|r| r.obj).or_else(|| ents.country_of(x))
    };
    for e in events.iter_mut() {
        // Only the phrase that says power changed hands: "seized" alone takes property.
        let seizes_power = e.cameo.root() == "18"
            && e.trigger.end > e.trigger.start
            && doc.lower(e.trigger.end - 1) == "power";
        if !seizes_power || !e.targets.is_empty() {
            continue;
        }
        let found = (e.places.iter().copied())
            .chain(e.sources.iter().copied())
            .find_map(country_of)
            .or(home);
        if let Some(c) = found.filter(|c| !e.sources.contains(c)) {
            e.targets.push(c);
        }
    }
}
