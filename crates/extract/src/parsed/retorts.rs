//! Retaliation promised in so many words: "said Moscow would respond", "would answer with
//! countermeasures of its own", "would respond to any further attack". Said of what is to
//! come, the verb is the threat made now (the retaliation reading of `build`); a reply to
//! a question or a proposal is no retort.

use super::*;

/// The requirement word (trigger flag `obj:@retort`) that asks for a retort.
pub(super) const RETORT: &str = "@retort";

/// What a retort may answer: a hostile act, never a question, a proposal or a ruling.
const PROVOCATIONS: [&str; 8] = [
    "attack",
    "aggression",
    "provocation",
    "measure",
    "sanction",
    "expulsion",
    "incursion",
    "move",
];

/// Whether the verb at `trig` promises a retort: future ("will", "would"), not negated, not
/// asked about ("whether it would respond") or put off ("once there is a proposal"), with no
/// object but a provocation ("answer any attack with force") and no complement but the
/// manner of it ("with countermeasures", "in kind") or a provocation it answers.
pub(super) fn retort(p: &Parsed, trig: &Range<usize>) -> bool {
    let v = trig.start;
    let pred = p.pred(v);
    let children = p.syn.children(v);
    let future = (children.iter())
        .any(|&c| p.rel(c) == "aux" && matches!(p.lower(c), "will" | "would" | "'ll"));
    let negated =
        pred.negated || (children.iter()).any(|&c| matches!(p.lower(c), "not" | "never" | "n't"));
    let asked = (children.iter()).any(|&c| {
        p.rel(c) == "mark" && matches!(p.lower(c), "whether" | "if")
            || p.rel(c) == "advcl"
                && (p.syn.children_with(c, "mark").iter())
                    .any(|&m| matches!(p.lower(m), "once" | "when" | "until"))
    });
    // "warned that the army would answer any attack": the warning is the threat.
    let warned = (p.syn.head(v)).is_some_and(|h| matches!(p.lemma(h), "warn" | "threaten"));
    let provocation = |x: usize| PROVOCATIONS.contains(&p.lemma(x));
    let objects_fit = pred.objects.iter().all(|&o| provocation(o));
    let complements_fit = (children.iter())
        .filter(|&&c| p.rel(c).starts_with("obl"))
        .all(|&c| {
            let case = p.syn.children_with(c, "case");
            let prep = case.first().map(|&k| p.lower(k)).unwrap_or("");
            matches!(prep, "with" | "in") || prep == "to" && provocation(c)
        });
    future && !negated && !asked && !warned && objects_fit && complements_fit
}
