//! Trigger words that are not events of their own: the content of an accusation, denial or
//! appeal, the purpose of an act or a visit, what a verb's sense requires, what is only
//! feared, joining an organisation, a condition or an open question, a passive still to
//! come with no one to do it, a standing quarrel, a warning that only forecasts, a price
//! charged.

use newsgraph_lexicon::Cue;

use super::*;

/// Whether the noun at `i` is the object a governing verb trigger's sense requires.
pub(super) fn required_by_verb(cx: &Context, p: &Parsed, i: usize) -> bool {
    let Some(v) = p.syn.head(i).filter(|_| p.rel(i) == "obj") else {
        return false;
    };
    let lex = cx.doc.lex;
    let (word, lemma) = (p.lower(i), p.lemma(i));
    (lex.triggers_of(p.lower(v))
        .chain(lex.triggers_of(p.lemma(v))))
    .filter(|t| t.curated && t.pos == TriggerPos::Verb)
    .any(|t| t.requires.iter().any(|r| r == word || r == lemma))
}

/// Whether the trigger at `i` is what another act is for: a protest as the "to" clause of a
/// trigger verb, or talks as its "for" phrase.
pub(super) fn purpose_of_act(cx: &Context, p: &Parsed, i: usize, t: &Trigger) -> bool {
    let to = || (p.syn.children(i).iter()).any(|&m| p.rel(m) == "mark" && p.lower(m) == "to");
    let purpose = match t.pos {
        TriggerPos::Verb => t.cameo.root() == "14" && matches!(p.rel(i), "advcl" | "xcomp") && to(),
        TriggerPos::Noun => {
            t.cameo.root() == "04"
                && p.rel(i).starts_with("obl")
                && p.syn.preposition(i).as_deref() == Some("for")
        }
    };
    let head = p.syn.head(i).filter(|_| purpose);
    head.is_some_and(|h| {
        p.sent.tokens[h].upos == "VERB"
            && trigger_at(cx, p, h).is_some_and(|(_, x)| x.curated && x.cameo.root() != "04")
    })
}

/// Whether the verb at `i` is the purpose of a visit ("visited Lima to discuss ...").
pub(super) fn visit_purpose(cx: &Context, p: &Parsed, i: usize) -> bool {
    let to = (p.syn.children_with(i, "mark").iter()).any(|&m| p.lower(m) == "to");
    let clause = to && matches!(p.rel(i), "advcl" | "xcomp") || p.rel(i).starts_with("obl");
    let Some(h) = p.syn.head(i).filter(|_| clause) else {
        return false;
    };
    let visit = |x: usize| {
        trigger_at(cx, p, x).is_some_and(|(_, t)| matches!(t.cameo.as_str(), "042" | "043"))
    };
    // "visit neighbouring Niger ... to discuss", with the clause hung on the participle.
    visit(h) || p.rel(h) == "xcomp" && p.syn.head(h).is_some_and(visit)
}

/// "accused X of violating the truce", "blamed Y for the attack": the content of an
/// accusation or denial is not an event of its own.
pub(super) fn is_content_of_accusation(cx: &Context, p: &Parsed, i: usize) -> bool {
    let marked = p
        .syn
        .children(i)
        .iter()
        .any(|&c| matches!(p.lower(c), "of" | "for") && matches!(p.rel(c), "mark" | "case"));
    let Some(mut h) = p.syn.head(i).filter(|_| marked) else {
        return false;
    };
    // "accused the army of killing civilians", parsed with the clause on "army".
    if p.rel(i) == "acl" && p.rel(h) == "obj" {
        if let Some(v) = p.syn.head(h) {
            h = v;
        }
    }
    let lex = cx.doc.lex;
    lex.triggers_of(p.lemma(h))
        .chain(lex.triggers_of(p.lower(h)))
        .any(|t| matches!(t.cameo.root(), "11" | "12") || t.cameo.as_str() == "016")
}

/// "denied that its troops had shelled the village", "denied attacking": what a denial
/// denies is not an event of its own. Nor is the act one denies a share in ("denied any
/// part in the attack", "denied that he had any role in the violence"): it was reported
/// where it happened, and a reaction to it should find that report.
pub(super) fn is_content_of_denial(p: &Parsed, i: usize) -> bool {
    let mut x = i;
    if let Some(v) = sharing_verb(p, i) {
        if matches!(p.lemma(v), "deny" | "refute") {
            return true;
        }
        x = v;
    }
    for _ in 0..3 {
        let Some(h) = p.syn.head(x) else {
            return false;
        };
        let rel = p.rel(x);
        if matches!(rel, "ccomp" | "xcomp") && matches!(p.lemma(h), "deny" | "refute") {
            return true;
        }
        if rel != "conj" {
            return false;
        }
        x = h;
    }
    false
}

/// The verb whose object is a share in the act at `i`: "denied [any part in the attack]",
/// "had" in "denied that he had any part in it" (the parser may hang "in it" on the verb).
fn sharing_verb(p: &Parsed, i: usize) -> Option<usize> {
    let share = |x: usize| {
        p.rel(x) == "obj"
            && matches!(
                p.lemma(x),
                "part" | "role" | "involvement" | "hand" | "share"
            )
    };
    if p.syn.preposition(i).as_deref() != Some("in") {
        return None;
    }
    let h = p.syn.head(i)?;
    if share(h) {
        return p.syn.head(h);
    }
    (p.syn.children(h).iter()).any(|&c| share(c)).then_some(h)
}

/// "called for a ceasefire", "urged both sides to return to talks": what an appeal or a
/// demand asks for is its content, not an event of its own (nor yet a planned one).
pub(super) fn is_content_of_appeal(cx: &Context, p: &Parsed, i: usize) -> bool {
    let nominal = p.sent.tokens[i].upos == "NOUN";
    let mut x = i;
    // "a new round of talks": the counting noun stands in the event's place.
    if let Some(h) = p.syn.head(i).filter(|&h| {
        p.rel(i) == "nmod"
            && p.syn.preposition(i).as_deref() == Some("of")
            && CONTAINERS.contains(&p.lemma(h))
    }) {
        x = h;
    }
    for step in 0..3 {
        let rel = p.rel(x);
        // "urged the authorities to release her", with the clause read as a purpose.
        let purpose =
            rel == "advcl" && (p.syn.children_with(x, "mark").iter()).any(|&m| p.lower(m) == "to");
        let clause = rel == "xcomp" || rel == "acl" || purpose;
        let up = rel == "obj" || rel.starts_with("obl") || clause;
        // A verb is content only as a "to" clause ("urged both sides to hold talks").
        if !up || (!nominal && step == 0 && !clause) {
            return false;
        }
        let Some(h) = p.syn.head(x) else {
            return false;
        };
        // "The court ordered the release of X": an order that carries its event noun, as
        // "held talks" does, is that event done by whoever ordered it.
        if nominal && step == 0 && rel == "obj" && LIGHT.contains(&p.lemma(h)) {
            return false;
        }
        // ... and the talks an offer or invitation is of ("invited X to talks", "offered
        // to host talks").
        if trigger_at(cx, p, h).is_some_and(|(_, t)| {
            matches!(t.cameo.root(), "02" | "10") || nominal && t.curated && t.cameo.root() == "03"
        }) {
            return true;
        }
        x = h;
    }
    false
}

/// "came close to war", "on the brink of war", "fears of an attack", "averted a strike": an
/// event noun that names what was feared or escaped, not what happened.
pub(super) fn only_feared(p: &Parsed, i: usize) -> bool {
    if p.sent.tokens[i].upos != "NOUN" {
        return false;
    }
    let Some(h) = p.syn.head(i) else {
        return false;
    };
    let head = p.lemma(h);
    // "close to war": the parser may read "close" as part of the preposition.
    if p.syn
        .children_with(i, "case")
        .iter()
        .any(|&c| matches!(p.lower(c), "close" | "closer"))
    {
        return true;
    }
    let of = p.syn.preposition(i);
    match of.as_deref() {
        Some("of") => matches!(
            head,
            "brink" | "verge" | "risk" | "fear" | "threat" | "danger" | "spectre" | "prospect"
        ),
        Some("to") => matches!(head, "close" | "closer" | "come"),
        _ => p.rel(i) == "obj" && matches!(head, "avert" | "avoid" | "prevent" | "fear" | "risk"),
    }
}

/// "Norway joined NATO": membership (a relation), not an event.
pub(super) fn joins_organisation(cx: &Context, p: &Parsed, i: usize) -> bool {
    p.lemma(i) == "join"
        && p.pred(i).objects.iter().any(|&o| {
            p.ent[o].is_some_and(|(e, _)| cx.ents.list[e].etype == EntityType::Organisation)
        })
}

/// Words that name what something is: "called the raid an attack", "described the vote as
/// a sham".
const CHARACTERISING: [&str; 6] = ["call", "describe", "brand", "label", "term", "dub"];

/// "called the damage a deliberate attack": the word that characterises the object of
/// "call" or "describe ... as" is the speaker's judgement, not an event of its own.
pub(super) fn is_characterisation(p: &Parsed, i: usize) -> bool {
    let Some(h) = p.syn.head(i) else {
        return false;
    };
    if !CHARACTERISING.contains(&p.lemma(h)) {
        return false;
    }
    let as_phrase = p.rel(i).starts_with("obl") && p.syn.preposition(i).as_deref() == Some("as");
    as_phrase || judgement(p, h, &p.pred(h)).1.contains(&i)
}

/// "if the government refused", "did not say whether it would retaliate", "decide whether to
/// appeal": an act in a condition or an open question has not happened and may not; wire
/// copy reports what was said of it, not an event (conjoined verbs share the mark).
pub(super) fn conditional(p: &Parsed, i: usize) -> bool {
    let mut x = i;
    for _ in 0..3 {
        let marked = (p.syn.children(x).iter()).any(|&m| {
            matches!(p.rel(m), "mark" | "case") && matches!(p.lower(m), "if" | "unless" | "whether")
        });
        if marked {
            return true;
        }
        match p.syn.head(x).filter(|_| p.rel(x) == "conj") {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// "would be freed by Friday", "should be released at once", "cannot be arrested": a passive
/// infinitive with no actor named as its doer forecasts or prescribes what may be done to someone, by no
/// one the story can name; it is no act of an actor.
pub(super) fn doerless_passive_to_come(cx: &Context, p: &Parsed, i: usize) -> bool {
    let pred = p.pred(i);
    // "by Friday" reads as an agent in the parse; only an actor is one.
    pred.passive
        && all_entities(cx, p, &pred.agents).is_empty()
        && (p.syn.children(i).iter())
            .any(|&c| matches!(p.rel(c), "aux" | "aux:pass") && p.lower(c) == "be")
}

/// "has clashed repeatedly with the attorney general", "had clashed with Brussels over
/// migration": a clash told in the perfect is a standing quarrel given as background, not
/// fighting on a day the story can place.
pub(super) fn standing_quarrel(p: &Parsed, i: usize) -> bool {
    p.lemma(i) == "clash"
        && p.sent.tokens[i].upos == "VERB"
        && (p.syn.children(i).iter()).any(|&c| p.rel(c) == "aux" && p.lemma(c) == "have")
}

/// "warned that the rate rise would push firms to cut jobs": a warning of what a thing will
/// bring is a forecast, no threat. A threat tells what the warner's side will do ("warned
/// that the army would answer any attack") or what will be done to someone ("would be
/// prosecuted"), or is addressed to someone ("warned protesters").
///
/// So is a warning of a risk ("warned of a risk of floods"), of what a clause-subject will
/// bring ("warned that falling output would keep prices high"), of what someone cannot bear
/// ("warned that the country could not afford a long crisis"), and a warning received from no
/// one named ("we were warned about the lake").
pub(super) fn warning_as_forecast(cx: &Context, p: &Parsed, i: usize) -> bool {
    if p.lemma(i) != "warn" || !p.pred(i).objects.is_empty() {
        return false;
    }
    let pred = p.pred(i);
    if pred.passive {
        return all_entities(cx, p, &pred.agents).is_empty();
    }
    let Some(c) = p.syn.children_with(i, "ccomp").into_iter().next() else {
        return (p.syn.children_with(i, "obl").into_iter()).any(|o| {
            RISK_NOUNS.contains(&p.lemma(o))
                && (p.syn.children(o).iter()).any(|&d| p.rel(d) == "case" && p.lower(d) == "of")
        });
    };
    let clause = p.pred(c);
    if clause.passive {
        return false;
    }
    if CANNOT_BEAR.contains(&p.lemma(c))
        && (p.syn.children(c).iter()).any(|&d| matches!(p.lower(d), "not" | "n't"))
    {
        return true;
    }
    match clause.subjects.first() {
        Some(&s) => p.rel(s) == "csubj" || !acting_noun(cx, p, s),
        None => !p.syn.children_with(c, "csubj").is_empty(),
    }
}

/// Nouns that name a chance of harm, not a deed: a warning "of" one foretells.
const RISK_NOUNS: &[&str] = &["risk", "danger", "possibility", "likelihood", "shortage"];

/// Verbs of bearing a burden: "could not afford", "would not cope" tells of a limit, not a
/// deed the warner's side will do.
const CANNOT_BEAR: &[&str] = &["afford", "cope", "withstand", "survive", "sustain"];

/// Whether the token at `s` names someone who can act: an entity, a pronoun or name, a
/// group noun ("members", "officers", "the army"), a polity told by its kind ("the
/// country would defend its territory") or a noun owned by a pronoun ("his people").
fn acting_noun(cx: &Context, p: &Parsed, s: usize) -> bool {
    if p.ent[s].is_some() || p.sent.tokens[s].upos != "NOUN" {
        return true;
    }
    if matches!(p.lemma(s), "country" | "nation" | "state") {
        return true;
    }
    let lex = cx.doc.lex;
    let group = [p.lower(s), p.lemma(s)].into_iter().any(|w| {
        lex.agent(w).is_some()
            || [Cue::People, Cue::Members, Cue::Org, Cue::RecipGroup]
                .into_iter()
                .any(|cue| lex.is_cue(w, cue))
    });
    let owned = (p.syn.children(s).iter())
        .any(|&d| p.rel(d) == "nmod:poss" && p.sent.tokens[d].upos == "PRON");
    group || owned
}

/// "the fees were charged only to employers", "charged a fee": "charge" in its sense of
/// asking a price. What is charged is a sum, not a person, and it is charged to someone;
/// a person charged by prosecutors is charged "with" or "over" something.
pub(super) fn price_charged(p: &Parsed, i: usize) -> bool {
    if p.lemma(i) != "charge" {
        return false;
    }
    let pred = p.pred(i);
    let sum = |x: &usize| {
        matches!(
            p.lemma(*x),
            "fee"
                | "price"
                | "tax"
                | "toll"
                | "levy"
                | "rent"
                | "interest"
                | "tariff"
                | "surcharge"
        )
    };
    let mut charged = (pred.objects.iter()).chain(pred.subjects.iter().filter(|_| pred.passive));
    charged.any(sum) || !obliques_with(p, &pred, &["to"]).is_empty()
}

/// "fought an Indian plan", "would fight any charge", "we will fight this in court": a fight
/// whose object is a measure, a case or a bare "this" is opposition, not force; people and
/// positions fought ("fought them off", "fought the rebels") keep the sense.
pub(super) fn fight_on_paper(p: &Parsed, i: usize) -> bool {
    if p.lemma(i) != "fight" {
        return false;
    }
    p.pred(i).objects.iter().any(|&o| {
        p.ent[o].is_none()
            && matches!(
                p.lemma(o),
                "this"
                    | "that"
                    | "it"
                    | "charge"
                    | "plan"
                    | "proposal"
                    | "case"
                    | "decision"
                    | "ruling"
                    | "law"
                    | "bill"
                    | "measure"
                    | "order"
                    | "verdict"
                    | "extradition"
                    | "deportation"
                    | "eviction"
                    | "policy"
                    | "reform"
            )
    })
}

/// Weather and earth that strike places with no one behind them.
const HAZARDS: [&str; 16] = [
    "storm",
    "typhoon",
    "hurricane",
    "cyclone",
    "tornado",
    "earthquake",
    "quake",
    "tremor",
    "tsunami",
    "flood",
    "flooding",
    "landslide",
    "mudslide",
    "wildfire",
    "drought",
    "eruption",
];

/// "the island was struck by Typhoon Mawar", "an earthquake hit the town", "since the
/// storm": a disaster, told as the doer of an attack or as the noun "storm", is no actor's
/// use of force; an assault on a place ("troops stormed the base") keeps the sense.
pub(super) fn natural_force(p: &Parsed, i: usize, t: &Trigger) -> bool {
    if !matches!(t.cameo.root(), "17" | "18" | "19") {
        return false;
    }
    let hazard = |x: usize| {
        let named_by = |y: usize| HAZARDS.contains(&p.lemma(y)) || HAZARDS.contains(&p.lower(y));
        named_by(x)
            || (p.syn.children(x).iter())
                .any(|&c| matches!(p.rel(c), "compound" | "flat" | "flat:name") && named_by(c))
    };
    if p.sent.tokens[i].upos == "NOUN" && hazard(i) {
        return true;
    }
    let pred = p.pred(i);
    let doers = if pred.passive {
        &pred.agents
    } else {
        &pred.subjects
    };
    doers.iter().any(|&d| hazard(d))
}
