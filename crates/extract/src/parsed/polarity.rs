//! Polarity: whether the text says an event happened, did not happen, or is still to come
//! (planned, expected, threatened, conditional), read from the parse around its trigger.

use super::*;

/// Verbs whose "from" clause is kept from happening ("stopped them from marching").
pub(super) const PREVENTING: [&str; 6] = ["prevent", "stop", "keep", "bar", "block", "deter"];

/// Words an event noun can be the subject of and thereby be still to come ("talks were due
/// to resume", "a summit is planned for May", "talks are likely next week").
const RAISING: [&str; 10] = [
    "due", "likely", "unlikely", "poised", "plan", "expect", "schedule", "set", "propose",
    "possible",
];

/// Words of schedule or likelihood just before the "to" of an infinitive: "is due to visit",
/// "are likely to meet", "was expected to sign". The parser often hangs the infinitive on
/// them wrongly ("due" read as a subject), but the words alone put the act in the future.
const SCHEDULED: [&str; 6] = [
    "due",
    "likely",
    "unlikely",
    "poised",
    "expected",
    "scheduled",
];

/// Whether the text says the event at predicate `i` did not, or did not yet, happen.
pub(super) fn verb_polarity(p: &Parsed, i: usize, pred: &Predicate) -> Polarity {
    // The plan or failure of the verbs above reaches only a clause that is still theirs.
    let governed = !finite_clause(p, i);
    let mut unrealised = pred.modals.iter().any(|m| MODALS.contains(&m.as_str()))
        || governed
            && pred
                .governors
                .iter()
                .any(|g| PLANNING.contains(&g.as_str()));
    let mut negated = pred.negated
        || governed && pred.governors.iter().any(|g| FAILING.contains(&g.as_str()))
        || pred.subjects.iter().any(|&s| no_one(p, s))
        || bare_neither(p, i)
        || without(p, i)
        || object_of_negated(p, i);
    // Purpose clauses, conjoined verbs and plan nouns above: "would travel to Santiago to
    // meet", "denied plans to recall".
    let mut x = i;
    for _ in 0..4 {
        // "talks were due to resume": the tagger reads "due to" as the preposition
        // ("because of"), which on a verb can only be the schedule.
        let due = (p.syn.children(x).iter()).any(|&m| {
            matches!(p.rel(m), "case" | "mark")
                && p.lower(m) == "due"
                && m + 1 < p.sent.tokens.len()
                && p.lower(m + 1) == "to"
        });
        if due && p.sent.tokens[x].upos == "VERB" {
            unrealised = true;
        }
        let rel = p.rel(x).to_string();
        let Some(h) = p.syn.head(x) else { break };
        let lemma = p.lemma(h);
        // "if", "unless", and "whether to appeal" (the tagger may call "whether" a case).
        let conditional = (p.syn.children(x).iter()).any(|&m| {
            matches!(p.rel(m), "mark" | "case") && matches!(p.lower(m), "if" | "unless" | "whether")
        });
        if conditional {
            unrealised = true;
        }
        if rel.starts_with("acl") && PLAN_NOUNS.contains(&lemma) && !told_as_done(p, x) {
            unrealised = true;
            break;
        }
        // "urged both sides to hold talks", parsed with the clause on the object.
        if rel.starts_with("acl") && !rel.starts_with("acl:relcl") && p.rel(h) == "obj" {
            let over = p.syn.head(h).map(|v| p.lemma(v)).unwrap_or_default();
            if PLANNING.contains(&over) || OBJECT_CONTROL.contains(&over) {
                unrealised = true;
                break;
            }
        }
        // "denied plans to recall", parsed with "recall" hanging on the verb: the plan noun
        // just before "to" still governs it.
        let to = p
            .syn
            .children_with(x, "mark")
            .into_iter()
            .find(|&m| p.lower(m) == "to");
        // "is due to visit", parsed with "visit" on "due" as if "due" were a noun; "has yet
        // to sign the treaty": not done so far, still expected.
        if to.is_some_and(|m| {
            m > 0
                && (PLAN_NOUNS.contains(&p.lemma(m - 1))
                    || SCHEDULED.contains(&p.lower(m - 1))
                    || p.lower(m - 1) == "yet")
        }) {
            unrealised = true;
        }
        // "is expected to visit Damascus later this month to meet him", parsed with "to meet"
        // on the verb's object or time word: the infinitive is the verb's purpose and shares
        // its modal or plan.
        if rel == "acl" && to.is_some() {
            if let Some(v) = verb_over_argument(p, h) {
                if (p.pred(v).modals.iter()).any(|m| MODALS.contains(&m.as_str())) {
                    unrealised = true;
                }
                x = v;
                continue;
            }
        }
        let purpose = rel == "advcl"
            && p.syn
                .children_with(x, "mark")
                .iter()
                .any(|&m| p.lower(m) == "to");
        // "stopped them from marching": the act was kept from happening, whatever the
        // stopping verb's own polarity.
        let from = (p.syn.children_with(x, "mark").iter()).any(|&m| p.lower(m) == "from");
        if from && rel == "advcl" && PREVENTING.contains(&lemma) {
            negated = true;
            break;
        }
        // "will travel to Zagreb on Thursday to meet him, the government said", parsed with
        // "to meet" on the saying verb after it: the purpose is the reported clause's.
        if purpose && h > x {
            let reported = (p.syn.children_with(h, "ccomp").into_iter()).rfind(|&c| c < x);
            if let Some(c) = reported {
                if (p.pred(c).modals.iter()).any(|m| MODALS.contains(&m.as_str()))
                    || PLANNING.contains(&p.lemma(c))
                {
                    unrealised = true;
                }
                x = c;
                continue;
            }
        }
        if rel == "conj" && x == i && actors::misattached_relative(p, i) {
            break;
        }
        if rel == "conj" && x == i && finite_beside_infinitive(p, i, h) {
            break;
        }
        if rel == "conj" && x == i && own_tense(p, i) {
            break;
        }
        if rel == "xcomp" && finite_clause(p, x) {
            break;
        }
        if rel == "xcomp" || purpose || (rel == "conj" && x == i) {
            let up = p.pred(h);
            if up.modals.iter().any(|m| MODALS.contains(&m.as_str()))
                || PLANNING.contains(&lemma) && rel != "conj"
            {
                unrealised = true;
            }
            if rel == "xcomp" && (up.negated || FAILING.contains(&lemma)) {
                negated = true;
            }
            x = h;
            continue;
        }
        break;
    }
    if unrealised {
        Polarity::Unrealised
    } else if negated {
        Polarity::Negated
    } else {
        Polarity::Asserted
    }
}

/// The verb a purpose infinitive at `i` serves when the parser hung it on that verb's time
/// word: "visited Kampala this month to meet him".
pub(super) fn purpose_over_argument(p: &Parsed, i: usize) -> Option<usize> {
    let to = (p.syn.children_with(i, "mark").iter()).any(|&m| p.lower(m) == "to");
    if p.rel(i) != "acl" || !to {
        return None;
    }
    // Only a time word: an object's own infinitive ("a plot to seize power") is the noun's.
    let h = p.syn.head(i)?;
    if !matches!(p.rel(h), "obl:tmod" | "obl:unmarked") {
        return None;
    }
    verb_over_argument(p, h)
}

/// "The envoy, Peter Lund, is due to visit", parsed with "due" as the subject of "is" and
/// the infinitive hung on "due": the noun "is" is hung on is the one who is due.
pub(super) fn due_subject(p: &Parsed, i: usize) -> Option<usize> {
    // "is due to visit Khartoum to meet army leaders": the purpose is the visitor's too.
    let purpose =
        p.rel(i) == "advcl" && (p.syn.children_with(i, "mark").iter()).any(|&m| p.lower(m) == "to");
    if purpose {
        return due_subject(p, p.syn.head(i)?);
    }
    let due = p.syn.head(i).filter(|_| p.rel(i) == "acl")?;
    if !SCHEDULED.contains(&p.lower(due)) || !p.rel(due).starts_with("nsubj") {
        return None;
    }
    let be = p.syn.head(due).filter(|&b| p.lemma(b) == "be")?;
    let noun = p.syn.head(be).filter(|_| p.rel(be) == "cop")?;
    matches!(p.sent.tokens[noun].upos.as_str(), "NOUN" | "PROPN").then_some(noun)
}

/// The verb whose object or oblique the noun at `h` is: "visit Damascus", "meet next week".
fn verb_over_argument(p: &Parsed, h: usize) -> Option<usize> {
    if p.sent.tokens[h].upos != "NOUN" {
        return None;
    }
    let rel = p.rel(h);
    if rel != "obj" && !rel.starts_with("obl") {
        return None;
    }
    p.syn.head(h).filter(|&v| p.sent.tokens[v].upos == "VERB")
}

/// "Police did not make arrests", with "arrests" tagged a verb: an event word that is the
/// object of a negated verb did not happen.
fn object_of_negated(p: &Parsed, i: usize) -> bool {
    p.rel(i) == "obj" && p.syn.head(i).is_some_and(|h| p.pred(h).negated)
}

/// "set up in 2024 after Russia vetoed the renewal", parsed with "vetoed" as the "to" clause
/// of "set": a verb in the past tense with no "to" is a clause of its own, told as done.
fn finite_clause(p: &Parsed, x: usize) -> bool {
    p.rel(x) == "xcomp"
        && p.sent.tokens[x].xpos == "VBD"
        && p.lower(x) != p.lemma(x)
        && !(p.syn.children_with(x, "mark").iter()).any(|&m| p.lower(m) == "to")
        && p.syn.children_with(x, "aux").is_empty()
}

/// "Neither has been charged", "none of the three", "neither man": a subject that names
/// none of a set the story told before (not "no one", which names no set).
pub(super) fn none_of_a_set(p: &Parsed, s: usize) -> bool {
    matches!(p.lower(s), "neither" | "none")
        || (p.syn.children_with(s, "det").iter()).any(|&d| p.lower(d) == "neither")
}

/// "No one was arrested", "nobody claimed it", "no shots were fired", "neither man has been
/// charged": a subject that names no one says the act did not happen.
fn no_one(p: &Parsed, s: usize) -> bool {
    match p.lower(s) {
        "nobody" | "none" | "neither" => true,
        "one" => s > 0 && p.lower(s - 1) == "no",
        _ => {
            (p.syn.children_with(s, "det").iter()).any(|&d| matches!(p.lower(d), "no" | "neither"))
                // "neither the army nor the rebels", with "neither" a preconjunct
                || (p.syn.children(s).iter()).any(|&d| d < s && p.lower(d) == "neither")
        }
    }
}

/// "said he would begin talks and called on Tuilagi to step aside", "urged both sides to
/// stop fighting and called on Libya": a verb in the past or present tense cannot stand
/// under the modal, the "to" or the gerund of the verb the parse joins it to, so it is a
/// clause of its own, told as done, and the other verb's plan is not its. A verb whose past
/// is its bare form ("set", "cut") could be either, and "was fighting and called" joins two
/// tensed verbs.
fn finite_beside_infinitive(p: &Parsed, i: usize, h: usize) -> bool {
    let tensed = matches!(p.sent.tokens[i].xpos.as_str(), "VBD" | "VBZ" | "VBN")
        && p.lower(i) != p.lemma(i)
        && p.syn.children_with(i, "aux").is_empty();
    let untensed = matches!(p.sent.tokens[h].xpos.as_str(), "VB" | "VBG")
        && !(p.syn.children_with(h, "aux").iter()).any(|&a| matches!(p.lemma(a), "be" | "have"));
    // "said sanctions should not become permanent and urged the council": a past verb
    // joined to an adjective or noun shares no modal with it.
    let nominal = matches!(p.sent.tokens[h].upos.as_str(), "ADJ" | "NOUN");
    tensed && (untensed || nominal && p.sent.tokens[i].xpos == "VBD")
}

/// "released on bail without being charged", "left without signing": the act after
/// "without" is one that did not happen. The parser hangs "without" on the verb as a mark or
/// a case, but with "being" or an adverb between it may hang it elsewhere, so the words
/// just before the verb are read as well.
fn without(p: &Parsed, i: usize) -> bool {
    let marked = (p.syn.children(i).iter())
        .any(|&m| matches!(p.rel(m), "mark" | "case") && p.lower(m) == "without");
    if marked {
        return true;
    }
    if !matches!(p.sent.tokens[i].xpos.as_str(), "VBG" | "VBN") {
        return false;
    }
    let mut k = i;
    for _ in 0..3 {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        k = before;
        match p.lower(k) {
            "without" => return true,
            "being" | "having" | "been" => {}
            _ if p.sent.tokens[k].upos == "ADV" => {}
            _ => return false,
        }
    }
    false
}

/// "a decision that the prosecutors appealed": a clause on a plan noun with its own subject
/// and a tensed verb (no "to", no modal) says what was done to the plan, not what it plans.
fn told_as_done(p: &Parsed, x: usize) -> bool {
    let tensed = matches!(p.sent.tokens[x].xpos.as_str(), "VBD" | "VBZ" | "VBP");
    let to = (p.syn.children_with(x, "mark").iter()).any(|&m| p.lower(m) == "to");
    let subject = (p.syn.children(x).iter()).any(|&c| p.rel(c).starts_with("nsubj"));
    tensed && subject && !to && p.pred(x).modals.is_empty()
}

/// "Neither has been charged", "neither confirmed nor denied": a "neither" hung on the verb
/// before it names no one who did it, even where the parser does not call it the subject.
pub(super) fn bare_neither(p: &Parsed, i: usize) -> bool {
    (p.syn.children(i).iter()).any(|&c| c < i && p.lower(c) == "neither" && p.rel(c) != "conj")
}

/// "said his government would cooperate with the police and had suspended the two
/// officials": a verb joined to a modal one but carrying its own tensed "had", "has" or
/// "was" (and no modal) is a clause of its own, told as done; the modal is the other verb's.
fn own_tense(p: &Parsed, i: usize) -> bool {
    let aux: Vec<usize> = p
        .syn
        .children_with(i, "aux")
        .into_iter()
        .chain(p.syn.children_with(i, "aux:pass"))
        .collect();
    let tensed = aux.iter().any(|&a| {
        matches!(
            p.lower(a),
            "had" | "has" | "have" | "was" | "were" | "is" | "are"
        )
    });
    tensed && !aux.iter().any(|&a| MODALS.contains(&p.lower(a)))
}

/// What the sentence says of an event noun: "no talks", "planned talks", "the meeting did
/// not take place", "talks were cancelled", "held no talks".
pub(super) fn noun_polarity(p: &Parsed, i: usize) -> Polarity {
    let toks = &p.sent.tokens;
    if did_not_take_place(p, i) {
        return Polarity::Negated;
    }
    if scheduled_subject(p, i) {
        return Polarity::Unrealised;
    }
    // "the march ended without arrests": what there was none of did not happen.
    let without = (p.syn.children_with(i, "case").iter()).any(|&c| p.lower(c) == "without");
    if without {
        return Polarity::Negated;
    }
    let neg_det = p
        .syn
        .children_with(i, "det")
        .iter()
        .any(|&d| matches!(p.lower(d), "no" | "neither"));
    if neg_det {
        return Polarity::Negated;
    }
    let planned_adj = p
        .syn
        .children(i)
        .iter()
        .any(|&c| matches!(p.rel(c), "amod" | "compound") && PLANNED_ADJ.contains(&p.lower(c)));
    let Some(h) = p.syn.head(i) else {
        return if planned_adj {
            Polarity::Unrealised
        } else {
            Polarity::Asserted
        };
    };
    let rel = p.rel(i);
    let lemma = p.lemma(h);
    // "a second round of talks is due to open", "is due to adopt a new package of
    // sanctions": the talks or sanctions are what the round or package is.
    let of = p.syn.preposition(i).is_some_and(|w| w == "of");
    if rel == "nmod" && of && matches!(lemma, "round" | "session" | "series" | "package") {
        return noun_polarity(p, h);
    }
    let governs = rel.starts_with("nsubj") || rel == "obj" || rel.starts_with("obl");
    if !governs {
        if rel.starts_with("acl") || rel == "nmod" {
            // "plans for talks", "a proposal of talks"
            if PLAN_NOUNS.contains(&lemma) {
                return Polarity::Unrealised;
            }
        }
        return if planned_adj {
            Polarity::Unrealised
        } else {
            Polarity::Asserted
        };
    }
    // "talks were due to resume", "a summit is planned for May": the subject of a word of
    // schedule or likelihood is still to come (the active "Kenya plans talks" has the
    // planner as subject).
    let passive_or_adj = rel == "nsubj:pass" || toks[h].upos == "ADJ";
    if rel.starts_with("nsubj") && passive_or_adj && RAISING.contains(&lemma) {
        return Polarity::Unrealised;
    }
    if CALLING_OFF.contains(&lemma)
        || (lemma == "call"
            && p.syn
                .children_with(h, "compound:prt")
                .iter()
                .any(|&c| p.lower(c) == "off"))
    {
        return Polarity::Negated;
    }
    let pred = p.pred(h);
    let happen = matches!(
        lemma,
        "take" | "happen" | "occur" | "go" | "materialise" | "materialize" | "begin" | "start"
    );
    let vp = verb_polarity(p, h, &pred);
    // "failed to agree on a ceasefire", "did not agree to talks": what is agreed on.
    let agreed_on = rel.starts_with("obl") && lemma == "agree";
    if vp == Polarity::Negated && (happen || rel == "obj" || rel.starts_with("nsubj") || agreed_on)
    {
        return Polarity::Negated;
    }
    // "imposed new sanctions": "new" and "further" speak of what is to come only under a
    // verb that has not yet happened; a finite past verb did it.
    let only_new = (p.syn.children(i).iter())
        .filter(|&&c| PLANNED_ADJ.contains(&p.lower(c)))
        .all(|&c| matches!(p.lower(c), "new" | "further"));
    let done = rel == "obj" && toks[h].xpos == "VBD" && vp == Polarity::Asserted;
    let planned_adj = planned_adj && !(only_new && done);
    if vp == Polarity::Unrealised
        || planned_adj
        || (rel == "obj" && PLANNING.contains(&lemma) && lemma != "agree")
    {
        return Polarity::Unrealised;
    }
    Polarity::Asserted
}

/// "Talks between unions, employers and the government on the wage are due to start next
/// month": the parser loses a long subject before "be due to", so this reads the words: the
/// noun, then no verb until a form of "be", a word of schedule, "to" and a bare verb. A noun
/// that is an object or oblique belongs to another clause.
fn scheduled_subject(p: &Parsed, i: usize) -> bool {
    let toks = &p.sent.tokens;
    let rel = p.rel(i);
    if rel == "obj" || rel.starts_with("obl") || rel.starts_with("nmod") {
        return false;
    }
    let end = toks.len().min(i + 25);
    for j in i + 1..end {
        if p.lemma(j) == "be" {
            return j + 3 < toks.len()
                && SCHEDULED.contains(&p.lower(j + 1))
                && p.lower(j + 2) == "to"
                && toks[j + 3].xpos == "VB";
        }
        if matches!(toks[j].upos.as_str(), "VERB" | "AUX") {
            return false;
        }
    }
    false
}

/// "A meeting of ministers from three countries on the dam did not take place": the parser
/// can attach a long subject wrongly, and the words alone are unambiguous, so this reads
/// them: a negation just before "take place" within a short window after the noun.
fn did_not_take_place(p: &Parsed, i: usize) -> bool {
    let toks = &p.sent.tokens;
    let end = toks.len().min(i + 20);
    (i + 1..end).any(|j| {
        p.lemma(j) == "take"
            && toks
                .get(j + 1)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("place"))
            && (j.saturating_sub(3)..j)
                .any(|k| k > i && matches!(p.lower(k), "not" | "never" | "n't"))
    })
}
