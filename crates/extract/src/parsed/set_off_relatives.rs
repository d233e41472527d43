//! The main verb after a relative clause set off by commas: "The Fund, whose programme
//! with Kenya ended in April, has urged Nairobi to ...". The parser often hangs the main
//! verb on the relative clause (as its conjunct or its complement) and leaves it without a
//! subject, or with the relative clause's own subject; the words themselves still say that
//! the phrase before the clause is the main verb's subject.

use super::*;

/// Words that open a non-restrictive relative clause.
fn relative_pronoun(w: &str) -> bool {
    matches!(w, "whose" | "which" | "who")
}

/// The subject noun of the main verb at `i` and the span of the relative clause between it
/// and the verb, when the verb follows (after auxiliaries and adverbs only) the comma that
/// closes a ", whose / which / who ..." clause hung on the phrase opening the clause. The
/// relative clause must hold a verb of its own: in "the Front, whose leader, X, called"
/// the verb after the comma is the relative clause's, done by its noun.
pub(super) fn subject_before_relative(p: &Parsed, i: usize) -> Option<(usize, Range<usize>)> {
    let upos = |k: usize| p.sent.tokens[k].upos.as_str();
    let mut close = i.checked_sub(1)?;
    while matches!(upos(close), "AUX" | "ADV" | "PART") {
        close = close.checked_sub(1)?;
    }
    if p.lower(close) != "," {
        return None;
    }
    // The pronoun, right after a comma or after a count ("two of whose judges").
    let w = (0..close).rev().find(|&k| relative_pronoun(p.lower(k)))?;
    let open = (0..w).rev().find(|&k| p.lower(k) == ",")?;
    let counted = (open + 1..w).all(|k| matches!(upos(k), "NUM" | "DET" | "PRON" | "ADP"));
    if !counted || w - open > 3 {
        return None;
    }
    let own_verb = (w + 1..close).any(|k| matches!(upos(k), "VERB" | "AUX"));
    // Nothing before the phrase is a finite verb: the phrase opens the main clause.
    let finite_before = (0..open).any(|k| {
        matches!(upos(k), "VERB" | "AUX")
            && matches!(p.sent.tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
    });
    if !own_verb || finite_before {
        return None;
    }
    // "The Community of States (ECCAS), which ...": the name before its short form.
    let mut noun = open.checked_sub(1)?;
    if p.lower(noun) == ")" {
        let paren = (0..noun).rev().find(|&k| p.lower(k) == "(")?;
        noun = paren.checked_sub(1)?;
    }
    if !matches!(upos(noun), "NOUN" | "PROPN") {
        return None;
    }
    Some((noun, open..close))
}
