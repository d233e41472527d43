//! The matching rules of the gold format, and one-to-one assignment.

use std::collections::BTreeSet;

use newsgraph_model::{ArticleGraph, Entity, EntityType, Event, Relation, RelationType};

use crate::gold::{Gold, GoldEntity, GoldEvent, GoldRelation};

/// A name as the gold format compares it: lower-cased, white space collapsed to single
/// spaces, a leading "the" dropped.
///
/// ```
/// use newsgraph_eval::normalise_name;
/// assert_eq!(normalise_name("  The   White House "), "white house");
/// assert_eq!(normalise_name("Theodor Heuss"), "theodor heuss");
/// ```
pub fn normalise_name(name: &str) -> String {
    let collapsed = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    match collapsed.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => collapsed,
    }
}

/// A country is an actor and a place at once, so it matches across kinds; otherwise the
/// kinds must agree.
fn kinds_agree(out: &Entity, gold: &GoldEntity) -> bool {
    out.kind == gold.kind || out.etype == EntityType::Country || gold.etype == EntityType::Country
}

/// Whether an output entity names a gold entity: kinds agree and one of the output's
/// label or names equals one of the gold names.
pub fn entity_matches(out: &Entity, gold: &GoldEntity) -> bool {
    if !kinds_agree(out, gold) {
        return false;
    }
    let gold_names: BTreeSet<String> = gold.names.iter().map(|n| normalise_name(n)).collect();
    std::iter::once(&out.label)
        .chain(&out.names)
        .any(|n| gold_names.contains(&normalise_name(n)))
}

/// For every output entity (by index), the gold entities (by index) it names.
///
/// Relation ends and event roles are resolved through these sets rather than through
/// the one-to-one entity assignment: an extractor that splits "Lind" and "Ana
/// Lind" into two entities loses one entity point for that, but a relation it reads
/// on either of them is still right.
pub(crate) struct EntityLinks {
    pub(crate) candidates: Vec<Vec<usize>>,
}

impl EntityLinks {
    pub(crate) fn new(gold: &Gold, output: &ArticleGraph) -> Self {
        let candidates = output
            .entities
            .iter()
            .map(|o| {
                (0..gold.entities.len())
                    .filter(|&g| entity_matches(o, &gold.entities[g]))
                    .collect()
            })
            .collect();
        EntityLinks { candidates }
    }

    /// Whether the output entity with this id names the gold entity with this id.
    fn names(&self, gold: &Gold, output: &ArticleGraph, out_id: &str, gold_id: &str) -> bool {
        let Some(o) = output.entities.iter().position(|e| e.id == out_id) else {
            return false;
        };
        self.candidates[o]
            .iter()
            .any(|&g| gold.entities[g].id == gold_id)
    }

    /// Whether some output id in `outs` names some gold id in `golds`.
    fn share(&self, gold: &Gold, output: &ArticleGraph, outs: &[String], golds: &[String]) -> bool {
        outs.iter()
            .any(|o| golds.iter().any(|g| self.names(gold, output, o, g)))
    }
}

/// Whether an output relation states a gold relation: same predicate (either spelling in
/// the gold file) and both ends named.
pub(crate) fn relation_matches(
    links: &EntityLinks,
    gold: &Gold,
    output: &ArticleGraph,
    out: &Relation,
    g: &GoldRelation,
) -> bool {
    g.predicate.parse::<RelationType>().ok() == Some(out.predicate)
        && links.names(gold, output, &out.subject, &g.subject)
        && links.names(gold, output, &out.object, &g.object)
}

/// Whether an output event reports a gold event: CAMEO roots agree (or, when the gold
/// event has no code, the labels do), polarity agrees, and each non-empty gold role
/// (source, target) shares an entity with the output's. Places and dates are not scored.
pub(crate) fn event_matches(
    links: &EntityLinks,
    gold: &Gold,
    output: &ArticleGraph,
    out: &Event,
    g: &GoldEvent,
) -> bool {
    let code_agrees = match &g.cameo {
        Some(_) => g.cameo_root() == Some(out.cameo.root()),
        None => normalise_name(&g.label) == normalise_name(&out.label),
    };
    code_agrees
        && out.polarity == g.polarity
        && role_agrees(links, gold, output, &g.source, &out.sources)
        && role_agrees(links, gold, output, &g.target, &out.targets)
}

/// An empty gold role asks nothing; a non-empty one needs one of its entities among the
/// output role's.
pub(crate) fn role_agrees(
    links: &EntityLinks,
    gold: &Gold,
    output: &ArticleGraph,
    gold_role: &[String],
    out_role: &[String],
) -> bool {
    gold_role.is_empty() || links.share(gold, output, out_role, gold_role)
}

/// A maximum one-to-one matching between outputs and golds; `candidates[o]` lists the
/// golds output `o` may match, in gold order. Returns the gold matched by each output.
///
/// Outputs are tried in their order and each takes the first free gold it can, moving an
/// earlier output to another of its golds when that frees one (Kuhn's augmenting paths).
/// A plain greedy pass would be as deterministic but could lose a match: an output that
/// could match two golds takes the one a later output needed. With augmenting paths the
/// count of matches is the largest possible, and still the same on every run.
pub(crate) fn assign(candidates: &[Vec<usize>], golds: usize) -> Vec<Option<usize>> {
    fn augment(
        o: usize,
        candidates: &[Vec<usize>],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for &g in &candidates[o] {
            if seen[g] {
                continue;
            }
            seen[g] = true;
            let free = match owner[g] {
                None => true,
                Some(other) => augment(other, candidates, seen, owner),
            };
            if free {
                owner[g] = Some(o);
                return true;
            }
        }
        false
    }

    let mut owner: Vec<Option<usize>> = vec![None; golds];
    for o in 0..candidates.len() {
        let mut seen = vec![false; golds];
        augment(o, candidates, &mut seen, &mut owner);
    }
    let mut matched = vec![None; candidates.len()];
    for (g, o) in owner.iter().enumerate() {
        if let Some(o) = o {
            matched[*o] = Some(g);
        }
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn augmenting_path_beats_greedy() {
        // Output 0 could take gold 0 or 1; output 1 only gold 0. Greedy would give one
        // match; the maximum is two.
        let got = assign(&[vec![0, 1], vec![0]], 2);
        assert_eq!(got, vec![Some(1), Some(0)]);
    }

    #[test]
    fn each_gold_is_taken_once() {
        let got = assign(&[vec![0], vec![0], vec![1]], 2);
        assert_eq!(got, vec![Some(0), None, Some(1)]);
    }
}
