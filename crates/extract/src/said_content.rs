//! What a saying says, read from the parse: whether its content clause reports a fact
//! (a past event or a state) or the speaker's plan, readiness or concern.

use newsgraph_nlp::syntax::Syntax;

/// True when the saying whose speech verb starts at byte `cue` reports a fact: its content
/// clause ("power has been restored", "arrivals were down") is headed by a verb in the past
/// or perfect, or by an adjective or adverb after a copula. A modal ("would send"), a clause
/// of intent ("was ready to", "planned to"), in the content or in a clause joined to it
/// ("had accepted the idea and would send invitations"), make it the speaker's plan; the
/// present and the progressive ("is following events closely") and a noun predicate ("a
/// matter of deep concern") a reaction. Over the tuning sets the gold codes the former late
/// voices and not the latter. The content is the speech verb's complement, or for a tag
/// ("..., the ministry said") the clause the tag hangs off.
pub(crate) fn reports_fact(nlp: &newsgraph_nlp::Doc, cue: usize) -> bool {
    let Some(sent) = (nlp.sentences.iter()).find(|s| s.span_bytes.0 <= cue && cue < s.span_bytes.1)
    else {
        return false;
    };
    let Some(verb) = sent.tokens.iter().position(|t| t.byte_start == cue) else {
        return false;
    };
    let syn = Syntax::new(sent);
    let tag = sent.tokens[verb].deprel.starts_with("parataxis");
    let content = (syn.children_with(verb, "ccomp").first().copied())
        .or_else(|| tag.then(|| syn.head(verb)).flatten());
    let Some(c) = content else {
        return false;
    };
    let tok = |k: usize| &sent.tokens[k];
    let planned = |x: usize| {
        (syn.children(x).iter()).any(|&k| tok(k).deprel.starts_with("aux") && tok(k).xpos == "MD")
            || !syn.children_with(x, "xcomp").is_empty()
    };
    let copula = (syn.children(c).iter()).any(|&k| tok(k).deprel == "cop");
    let stated = match tok(c).upos.as_str() {
        "VERB" => matches!(tok(c).xpos.as_str(), "VBD" | "VBN"),
        "ADJ" | "ADV" => copula,
        _ => false,
    };
    stated && !syn.conjuncts(c).into_iter().any(planned)
}
