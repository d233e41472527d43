//! Readiness voiced as an offer (CAMEO 03x): "said it was ready to join a government",
//! "stood ready to help", "is willing to talk to the Greens". Saying one is ready is the
//! news, done now, whatever the act it offers; the tuning sets code it as an intent to
//! cooperate, asserted, even when the act itself is no event word ("to lead a new
//! government", "to change course") or comes with a condition ("if asked").

use super::*;

/// Verbs that make the offer one to meet or talk (CAMEO 036).
const MEETING: [&str; 6] = ["meet", "talk", "negotiate", "discuss", "host", "hold"];

/// Verbs whose object is the thing offered, not who gets it ("ready to send experts"): only
/// an indirect object or a "to" phrase names the receiver.
const GIVING: [&str; 8] = [
    "send", "give", "supply", "provide", "lend", "offer", "airlift", "deliver",
];

/// Verbs whose offer is made to someone ("ready to help", "ready to meet"): with no one named
/// in the clause the receiver is told elsewhere, and an offer to no one would match none.
const TO_SOMEONE: [&str; 5] = ["help", "assist", "support", "reopen", "resume"];

/// Prepositions that name whom the offered act is with or for: "talk to the Greens", "a
/// coalition with the Liberals", "talks between the two sides".
const PARTNER: [&str; 4] = ["to", "with", "between", "for"];

/// The offer made by the readiness adjective at `k` ("ready", "willing", "prepared") or the
/// verb "offer" with a "to" clause, unless an event read from that clause already voices it
/// (`out`); with it, for the verb, the token of the act offered, whose own event still to come
/// the offer stands for ("offered to meet" is no meeting yet).
pub(super) fn offer(
    cx: &Context,
    p: &Parsed,
    k: usize,
    out: &[EventOut],
) -> Option<(EventOut, Option<usize>)> {
    // "offered to host talks" makes the same offer in a verb.
    let ready = READINESS.contains(&p.lemma(k)) && p.sent.tokens[k].upos == "ADJ";
    let offered = p.lemma(k) == "offer" && p.sent.tokens[k].upos == "VERB";
    if !ready && !offered {
        return None;
    }
    let to_clause = |c: usize| {
        p.sent.tokens[c].upos == "VERB"
            && (p.syn.children_with(c, "mark").iter()).any(|&m| p.lower(m) == "to")
    };
    let v = (p.syn.children_with(k, "xcomp").into_iter()).find(|&c| to_clause(c))?;
    // "whether it is willing to talk": a question asked, no offer made.
    let asked =
        (p.syn.children_with(k, "mark").iter()).any(|&m| matches!(p.lower(m), "whether" | "if"));
    if asked {
        return None;
    }
    let pred = p.pred(k);
    if pred.passive {
        return None;
    }
    let sources = all_entities(cx, p, &pred.subjects);
    if sources.is_empty() {
        return None;
    }
    let s = p.rule_sent[k];
    let trigger = p.rule_tok[k]..p.rule_tok[k] + 1;
    let acted = p.rule_tok[v];
    // "ready to host talks" read as talks offered (`agreed_to`) is this offer already.
    let voiced = out.iter().any(|e| {
        e.sent == s
            && e.cameo.root() == "03"
            && (e.trigger.contains(&acted) || e.trigger == trigger)
    });
    if voiced {
        return None;
    }
    // "We are ready to talk," she said: a quotation's words, not the offer reported.
    let quoted = cx.doc.is_quoted(p.rule_tok[k]);
    if quoted {
        return None;
    }
    let act = p.pred(v);
    let giving = GIVING.contains(&p.lemma(v));
    let mut heads: Vec<usize> = act.indirect_objects.clone();
    if giving {
        heads.extend(obliques_with(p, &act, &["to"]));
    } else {
        heads.extend(act.objects.iter().copied());
        heads.extend(obliques_with(p, &act, &PARTNER));
        for &o in &act.objects {
            heads.extend(nmods_with(p, o, &PARTNER));
        }
    }
    let mut targets = Vec::new();
    for h in heads {
        for e in entities_of(cx, p, h, true) {
            if !sources.contains(&e) && !targets.contains(&e) {
                targets.push(e);
            }
        }
    }
    let meeting = MEETING.contains(&p.lemma(v))
        || (act.objects.iter()).any(|&o| matches!(p.lemma(o), "talk" | "meeting" | "negotiation"));
    if targets.is_empty() && (meeting || giving || TO_SOMEONE.contains(&p.lemma(v))) {
        // "Lisbon stood ready to help": an offer made to someone named nowhere in the
        // clause goes to the country the story is about, when that is not the giver's own.
        targets = story_receiver(cx, &sources);
        if targets.is_empty() {
            return None;
        }
    }
    let cameo: Cameo = if meeting { "036" } else { "030" }.parse().ok()?;
    let polarity = if pred.negated {
        Polarity::Negated
    } else {
        Polarity::Asserted
    };
    let date = nearest_dates(cx, s, trigger.start, false)
        .into_iter()
        .next()
        .map(|d| d.value);
    let event = EventOut {
        label: cx.doc.lex.cameo_label(&cameo).to_string(),
        cameo,
        trigger,
        sent: s,
        sources,
        targets,
        places: Vec::new(),
        date,
        polarity,
        attribution: events::attribution(cx, s),
        confidence: 0.5,
        passive: false,
        reporting: false,
    };
    Some((event, offered.then_some(acted)))
}

/// The story's country (see `events::story_country`) as the receiver of an offer, unless it
/// is one of the givers or a giver's own country: a state offering help at home offers it
/// to no foreign party.
fn story_receiver(cx: &Context, sources: &[usize]) -> Vec<usize> {
    let home: Vec<usize> = (sources.iter())
        .filter_map(|&x| cx.ents.country_of(x))
        .collect();
    (events::story_country(cx))
        .filter(|c| !home.contains(c) && !sources.contains(c))
        .into_iter()
        .collect()
}
