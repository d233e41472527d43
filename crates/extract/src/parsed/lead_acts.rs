//! Reactions to "the decision" or "the move" when no act was reported just before: "Japan
//! imposed sanctions on nine groups ... [six paragraphs] ... South Korea welcomed the
//! decision" answers the act the article leads with, not whoever the sentence before is
//! about.

use super::*;

/// Nouns that stand for one actor's act of any kind.
pub(super) fn act_word(lemma: &str) -> bool {
    matches!(lemma, "decision" | "move" | "step")
}

/// The doers of the first act the lead reports, when none of them is among the reacting
/// `sources`: a policy deed that happened (sanctions, cuts, aid, releases, pledges). Words,
/// appeals and meetings decide nothing, and force ("police fired tear gas") is no
/// decision.
pub(super) fn lead_act(cx: &Context, previous: &[EventOut], sources: &[usize]) -> Vec<usize> {
    (previous.iter())
        .find(|e| {
            e.sent == cx.lead
                && e.polarity == Polarity::Asserted
                && !e.sources.is_empty()
                && e.sources.iter().all(|x| !sources.contains(x))
                && matches!(e.cameo.root(), "03" | "06" | "07" | "08" | "16")
        })
        .map(|e| e.sources.clone())
        .unwrap_or_default()
}
