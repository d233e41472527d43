//! What an agreement commits its parties to (CONVENTIONS E4): "Chile and Peru agreed to build
//! a bridge and to hold joint patrols", "signed an accord to share water": the agreement is
//! 057, and each shared work or joint patrol it binds them to is cooperation of its own
//! (CAMEO 061 economic, 062 military), yet to come.

use super::*;

/// Verbs of shared economic work an agreement binds its parties to.
const WORKS: [&str; 19] = [
    "build",
    "open",
    "expand",
    "revive",
    "construct",
    "develop",
    "share",
    "pool",
    "link",
    "connect",
    "trade",
    "invest",
    "supply",
    "sell",
    "export",
    "manage",
    "finance",
    "fund",
    "merge",
];

/// Words that make the work military: "to patrol their waters", "to hold joint exercises".
const FORCES: [&str; 6] = [
    "patrol",
    "patrols",
    "exercise",
    "exercises",
    "drill",
    "drills",
];

/// Verbs that take a military word for object ("to run joint patrols").
const HOLDING: [&str; 5] = ["hold", "run", "conduct", "stage", "set"];

/// The cooperation each "to" clause of the agreement `e` (read at token `k`) commits its
/// parties to, one event per clause verb: unrealised, the parties on both ends.
pub(super) fn committed(cx: &Context, p: &Parsed, k: usize, e: &EventOut) -> Vec<EventOut> {
    let binding = e.cameo.as_str() == "057"
        && e.polarity == Polarity::Asserted
        && e.sources.len() >= 2
        && e.targets.len() >= 2;
    if !binding {
        return Vec::new();
    }
    let to_clause = |c: usize| {
        (p.syn.children_with(c, "mark").iter()).any(|&m| p.lower(m) == "to") || p.rel(c) == "xcomp"
    };
    // "agreed to build", "signed an agreement to build".
    let mut clauses: Vec<usize> = (p.syn.children(k).iter().copied())
        .filter(|&c| matches!(p.rel(c), "xcomp" | "advcl") && to_clause(c))
        .collect();
    for o in p.pred(k).objects.iter().copied() {
        clauses.extend(
            (p.syn.children(o).iter().copied()).filter(|&c| p.rel(c) == "acl" && to_clause(c)),
        );
    }
    let verbs = clauses.into_iter().flat_map(|c| p.syn.conjuncts(c));
    verbs
        .filter(|&v| p.sent.tokens[v].upos == "VERB")
        .filter_map(|v| {
            let objects = p.pred(v).objects.clone();
            let military = FORCES.contains(&p.lemma(v))
                || HOLDING.contains(&p.lemma(v))
                    && objects.iter().any(|&o| FORCES.contains(&p.lower(o)));
            let code = if military {
                "062"
            } else if WORKS.contains(&p.lemma(v)) {
                "061"
            } else {
                return None;
            };
            let cameo: Cameo = code.parse().ok()?;
            Some(EventOut {
                label: cx.doc.lex.cameo_label(&cameo).to_string(),
                cameo,
                trigger: p.rule_tok[v]..p.rule_tok[v] + 1,
                polarity: Polarity::Unrealised,
                ..e.clone()
            })
        })
        .collect()
}
