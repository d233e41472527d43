//! How wire copy words events beyond the bare verb: a verb's sense heard in a noun, an event
//! noun that only sets the scene ("at a meeting of the Council"), the content of a demand,
//! readiness to act as an intent, and polarity carried by the wording ("no agreement was
//! reached", "said it would cooperate").

use super::*;

/// Adjectives whose "to" clause is an intent voiced now, like "agreed to": "said it was ready
/// to host talks" is an offer to meet, not talks hosted.
pub(crate) const READINESS: [&str; 3] = ["ready", "willing", "prepared"];

/// Prepositions that make an event noun the time or place of something else.
const SETTING: [&str; 4] = ["at", "during", "on", "after"];

/// Whether a verb sense with required objects was found on a noun: "the return of
/// artefacts" is no returning by anyone, "called the veto unfair" no new veto. Verbs listed
/// without objects ("demand", "release") keep their noun reading, and so do nouns in -ing,
/// which name the act itself ("a separate listing", "the signing"). Nor is a verb form read
/// as the object noun of another verb.
/// Only a noun right after its determiner or possessor counts: the tagger calls some verbs
/// nouns ("The EU first froze ...", read as one noun phrase).
pub(super) fn verb_sense_on_noun(p: &Parsed, trig: &Range<usize>, t: &Trigger) -> bool {
    let k = trig.start;
    let adjacent = |d: usize| d + 1 == k || d + 2 == k && p.sent.tokens[k - 1].upos == "ADJ";
    let determined =
        (p.syn.children(k).iter()).any(|&d| matches!(p.rel(d), "det" | "nmod:poss") && adjacent(d));
    let tagged_noun = p.sent.tokens[k].upos == "NOUN" && !p.lower(k).ends_with("ing");
    let noun = tagged_noun && determined && !t.requires.is_empty();
    // "moved shells by rail", "received the longest sentence", "backs the front's demand":
    // what another verb acts on is a thing or a standing claim, not an act of its own.
    // "fired two shells at Seoul" is the shelling itself: what a weapon verb acts on is the
    // act.
    let fired = p.syn.head(k).is_some_and(|h| {
        matches!(
            p.lemma(h),
            "fire" | "launch" | "lob" | "drop" | "rain" | "hurl"
        )
    });
    let object = tagged_noun && p.rel(k) == "obj" && !fired;
    (noun || object) && trig.len() == 1 && t.pos == TriggerPos::Verb
}

/// "The High Court dismissed the claims": a court throws a suit out and denies no charge of
/// its own, so the denial sense of "dismissed" or "rejected" does not fit it.
pub(super) fn court_denial(p: &Parsed, trig: &Range<usize>, t: &Trigger) -> bool {
    t.cameo.as_str() == "016"
        && matches!(p.lemma(trig.start), "dismiss" | "reject")
        && (p.pred(trig.start).subjects.iter()).any(|&s| {
            crate::unnamed_courts::COURT_NOUNS.contains(&p.lemma(s)) || p.lemma(s) == "judge"
        })
}

/// Whether the meeting noun at `i` only says where or when something else happened: "told a
/// meeting of the Council", "said at a session of parliament" (a body's own meeting is its
/// routine, no consultation between parties), or is a central bank's rate or policy sitting.
pub(super) fn meeting_as_setting(p: &Parsed, i: usize, t: &Trigger) -> bool {
    if t.pos != TriggerPos::Noun || t.cameo.as_str() != "040" {
        return false;
    }
    if !matches!(p.lemma(i), "meeting" | "session" | "summit") {
        return false;
    }
    // "the bank's next rate meeting": a central bank's policy sitting is its routine too.
    let policy = (p.syn.children(i).iter())
        .any(|&c| p.rel(c) == "compound" && matches!(p.lower(c), "rate" | "policy"));
    if policy {
        return true;
    }
    let setting = p
        .syn
        .preposition(i)
        .is_some_and(|w| SETTING.contains(&w.as_str()));
    // "... of the Council": a body's sitting, not parties meeting each other.
    let of_body = (p.syn.children(i).iter()).any(|&c| {
        p.rel(c).starts_with("nmod")
            && p.syn.preposition(c).as_deref() == Some("of")
            && p.sent.tokens[c].upos == "PROPN"
    });
    setting && of_body
}

/// Objects that make "meet" reaching a measure, not meeting anyone: "to meet demand for
/// dollars", "meet its commitments".
const MEASURES: [&str; 12] = [
    "demand",
    "need",
    "target",
    "commitment",
    "obligation",
    "deadline",
    "requirement",
    "condition",
    "criterion",
    "cost",
    "expectation",
    "goal",
];

/// Legislatures whose sitting is their routine: "the new House of Assembly will meet on
/// Monday".
const SITTING_BODIES: [&str; 6] = [
    "parliament",
    "assembly",
    "house",
    "congress",
    "senate",
    "legislature",
];

/// Whether the verb "meet" at `i` meets no party: a measure reached ("meet demand") or a
/// legislature sitting on its own, with no one met.
pub(super) fn meeting_no_one(p: &Parsed, i: usize, t: &Trigger) -> bool {
    if t.pos != TriggerPos::Verb || t.cameo.root() != "04" || p.lemma(i) != "meet" {
        return false;
    }
    let pred = p.pred(i);
    if (pred.objects.iter()).any(|&o| MEASURES.contains(&p.lemma(o))) {
        return true;
    }
    let alone = pred.objects.is_empty() && obliques_with(p, &pred, &["with"]).is_empty();
    alone
        && pred.subjects.len() == 1
        && (pred.subjects.iter()).all(|&s| SITTING_BODIES.contains(&p.lemma(s)))
}

/// Whether the verb at `i` is what a demand or request asks for: "demanded that Somalia
/// release the prisoners" reports the demand, not a release. A clause in the indicative
/// past ("insisted that its troops had left") reports a claim instead and stays.
pub(super) fn is_content_of_demand(cx: &Context, p: &Parsed, i: usize) -> bool {
    if p.rel(i) != "ccomp" || p.sent.tokens[i].upos != "VERB" {
        return false;
    }
    let Some(h) = p.syn.head(i) else {
        return false;
    };
    let asking = trigger_at(cx, p, h).is_some_and(|(_, t)| matches!(t.cameo.root(), "02" | "10"));
    // Subjunctive or modal: "release", "be halted", "should withdraw" (a plural present looks
    // like the subjunctive and is rare after a demand).
    let indicative = |k: usize| matches!(p.sent.tokens[k].xpos.as_str(), "VBD" | "VBZ");
    let finite = indicative(i)
        || (p.syn.children(i).iter()).any(|&c| p.rel(c).starts_with("aux") && indicative(c));
    asking && !finite
}

/// Whether the trigger is a rejection worded with its own negation ("would not back", "will
/// not serve under").
pub(super) fn worded_refusal(p: &Parsed, trig: &Range<usize>, t: &Trigger) -> bool {
    t.cameo.root() == "12"
        && trig
            .clone()
            .any(|k| matches!(p.lower(k), "not" | "n't" | "never"))
}

/// The polarity the wording gives an event beyond the verb's own: "no agreement was reached"
/// did not happen; "said it would cooperate" is an intent voiced now (CAMEO 030 is the
/// voicing), unless denied.
pub(super) fn worded_polarity(
    p: &Parsed,
    trig: &Range<usize>,
    t: &Trigger,
    pol: Polarity,
) -> Polarity {
    // "a motion of no confidence": that "no" names the motion, it denies nothing.
    let none = trig.clone().any(|k| {
        p.sent.tokens[k].upos == "NOUN"
            && p.lower(k) != "confidence"
            && (p.syn.children(k).iter()).any(|&d| p.rel(d) == "det" && p.lower(d) == "no")
    });
    if none && pol == Polarity::Asserted {
        return Polarity::Negated;
    }
    // "would not comment": declining to comment is done in the saying.
    if t.cameo.as_str() == "011" && pol == Polarity::Unrealised {
        return Polarity::Asserted;
    }
    // "would not back the motion", "will not serve under her": the refusal is made in the
    // saying; its "not" is the refusal, not a denial of it.
    if worded_refusal(p, trig, t) {
        return Polarity::Asserted;
    }
    // "The court acquitted a third officer": a verdict that convicts no one.
    if p.lemma(trig.start) == "acquit" && pol == Polarity::Asserted {
        return Polarity::Negated;
    }
    // "said it would cooperate", "could not promise a date": voicing an intent is done in
    // the saying, or denied; it is never still to come (an intent to meet still to come is
    // the meeting, recoded by the caller).
    if t.cameo.root() == "03" && t.cameo.as_str() != "036" && pol == Polarity::Unrealised {
        return if p.pred(trig.start).negated {
            Polarity::Negated
        } else {
            Polarity::Asserted
        };
    }
    pol
}

/// Whether the event noun at `i` is only what talks or an agreement are about: "an agreement
/// on joint military exercises", "signed a deal on military exercises", "talks on a
/// ceasefire" report the agreement or the talks ("agreed on a truce" is the truce: `agree`
/// gives way to what it governs).
pub(super) fn topic_of_talks(cx: &Context, p: &Parsed, i: usize) -> bool {
    let rel = p.rel(i);
    if p.sent.tokens[i].upos != "NOUN" || !(rel.starts_with("nmod") || rel.starts_with("obl")) {
        return false;
    }
    let about = p
        .syn
        .preposition(i)
        .is_some_and(|w| matches!(w.as_str(), "on" | "about" | "over"));
    let Some(h) = p.syn.head(i).filter(|&h| about && p.lemma(h) != "agree") else {
        return false;
    };
    matches!(p.sent.tokens[h].upos.as_str(), "NOUN" | "VERB")
        && trigger_at(cx, p, h).is_some_and(|(_, t)| matches!(t.cameo.root(), "03" | "04" | "05"))
}

/// Whether the meeting noun at `i` is what someone turns down: "ruled out talks with X",
/// "rejected a meeting" report the rejection; the talks are not held.
pub(super) fn rejected_meeting(cx: &Context, p: &Parsed, i: usize, t: &Trigger) -> bool {
    if t.pos != TriggerPos::Noun || t.cameo.root() != "04" || p.rel(i) != "obj" {
        return false;
    }
    let Some(v) = p.syn.head(i) else {
        return false;
    };
    trigger_at(cx, p, v).is_some_and(|(_, x)| x.cameo.root() == "12")
}

/// Whether the event at `i` is what a refusal refuses: "refused to hold talks" is a rejection
/// (CAMEO 12), not talks that did not happen beside it ("declined to" is coded only with an
/// object, so what it governs stays the event).
pub(super) fn refused_content(cx: &Context, p: &Parsed, i: usize) -> bool {
    let mut x = i;
    if p.sent.tokens[i].upos == "NOUN" && p.rel(i) == "obj" {
        match p.syn.head(i).filter(|&h| LIGHT.contains(&p.lemma(h))) {
            Some(h) => x = h,
            None => return false,
        }
    }
    let Some(h) = p.syn.head(x).filter(|_| p.rel(x) == "xcomp") else {
        return false;
    };
    p.lemma(h) == "refuse" && trigger_at(cx, p, h).is_some_and(|(_, t)| t.cameo.root() == "12")
}
