//! Reactions to a central bank's rate decision: "The Bank of Thailand left its policy rate
//! unchanged ... The finance minister criticised the decision" answers the bank, which no
//! event stands for (a rate move is no CAMEO event), when the lead or the sentence before
//! the reaction reports the decision.

use super::*;

/// Nouns that stand for a rate decision in a story that leads with one.
fn decision_word(lemma: &str) -> bool {
    matches!(
        lemma,
        "decision" | "move" | "cut" | "hike" | "increase" | "reduction" | "hold"
    )
}

/// Whether the noun at `o` can stand for a rate decision the lead or the sentence before
/// reports.
pub(super) fn names_rate_decision(cx: &Context, p: &Parsed, o: usize) -> bool {
    decision_word(p.lemma(o)) && rate_setter(cx, p.rule_sent[o], &[]).is_some()
}

/// The bank whose rate decision the lead, or the sentence before `at`, reports ("Turkey's
/// central bank cut its main interest rate ..."): an organisation with "bank" in its name,
/// named in a sentence that moves or holds a rate, other than the reacting `sources`. The
/// sentence before comes first: it is the nearer decision.
pub(super) fn rate_setter(cx: &Context, at: usize, sources: &[usize]) -> Option<usize> {
    let before = at.checked_sub(1).filter(|&s| s != cx.lead);
    before
        .into_iter()
        .chain([cx.lead])
        .find_map(|s| sentence_rate_setter(cx, s, sources))
}

fn sentence_rate_setter(cx: &Context, s: usize, sources: &[usize]) -> Option<usize> {
    let sent = cx.doc.sents.get(s)?;
    let words = || sent.toks.clone().map(|i| cx.doc.lower(i));
    let rate = words().any(|w| matches!(w, "rate" | "rates"));
    let moved = words().any(|w| {
        matches!(
            w,
            "cut"
                | "cuts"
                | "raised"
                | "raises"
                | "hiked"
                | "lowered"
                | "reduced"
                | "increased"
                | "left"
                | "kept"
                | "held"
                | "holds"
                | "unchanged"
        )
    });
    if !(rate && moved) {
        return None;
    }
    (cx.ents.list.iter().enumerate())
        .find(|&(x, ent)| {
            ent.etype == EntityType::Organisation
                && !sources.contains(&x)
                && crate::descriptions::has_words(&ent.label, "bank")
                && ent.mentions.iter().any(|m| m.sent == s)
        })
        .map(|(x, _)| x)
}

/// Whether someone other than the reacting `sources` did something in sentence `at` or the
/// one before: "the government banned protests. The union condemned the decision" answers
/// the ban, not the rate decision of the lead. Words alone (statements, appeals, meetings,
/// reactions) decide nothing.
pub(super) fn nearer_act(at: usize, previous: &[EventOut], sources: &[usize]) -> bool {
    previous.iter().any(|e| {
        e.sent + 1 >= at
            && e.sources.iter().any(|x| !sources.contains(x))
            && !matches!(
                e.cameo.root(),
                "01" | "02" | "04" | "05" | "10" | "11" | "12" | "13"
            )
    })
}
