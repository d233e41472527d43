//! Reactions to an act the story reported before: what a definite noun such as "the
//! ruling", "the shelling" or "the accusations" stands for when someone condemns, welcomes or
//! rejects it, and whom that reaction is aimed at (those who did the act it names).

use super::*;

/// Nouns for what a court decides: a reaction to one is aimed at the court.
const COURT_ACTS: [&str; 9] = [
    "ruling",
    "verdict",
    "judgment",
    "judgement",
    "order",
    "decision",
    "acquittal",
    "conviction",
    "sentence",
];

/// Nouns for a one-sided armed assault, whose doers are the side that stormed or raided.
const ASSAULT_NOUNS: [&str; 4] = ["attack", "raid", "assault", "incursion"];

/// Verbs (as word starts) that tell an assault by its doers: "stormed the barracks",
/// "overran the base", "ambushed a convoy".
const ASSAULT_VERBS: [&str; 5] = ["storm", "overr", "raid", "ambush", "attack"];

/// Objects that stand for what someone else did: "condemned the decision", "welcomed the
/// ruling", "rejected the accusation".
pub(super) const REACTION_OBJECTS: [&str; 27] = [
    "decision",
    "move",
    "ruling",
    "verdict",
    "judgment",
    "judgement",
    "sanction",
    "measure",
    "step",
    "accusation",
    "allegation",
    "charge",
    "statement",
    "announcement",
    "plan",
    "report",
    "claim",
    "protest",
    "demand",
    "proposal",
    "request",
    "criticism",
    "remark",
    "comment",
    "offer",
    "invitation",
    "initiative",
];

/// The kinds of event (CAMEO roots; empty for any) a definite object noun can stand for
/// when someone reacts to it: "the ruling" any, "the shelling" a fight, "the accusations"
/// an accusation; `None` when the noun names no event.
pub(super) fn reaction_roots(cx: &Context, p: &Parsed, o: usize) -> Option<Vec<&'static str>> {
    let lemma = p.lemma(o);
    let roots: &[&str] = match lemma {
        "use" | "crackdown" | "arrest" | "arrests" | "detention" => &["17", "18"],
        "exercise" | "drill" | "deployment" => &["15"],
        "sanction" | "measure" | "expulsion" | "ban" => &["16"],
        "accusation" | "allegation" | "charge" | "claim" | "criticism" => &["11"],
        "meeting" | "talk" | "talks" | "visit" => &["04"],
        // "criticised the agreement": the signing reported before.
        "agreement" | "deal" | "accord" | "treaty" | "pact" => &["05"],
        "demand" | "request" => &["10"],
        // "backed the call": the appeal or demand reported before, and so its callers.
        "call" | "appeal" if p.sent.tokens[o].upos == "NOUN" => &["02", "10"],
        // "welcomed the inquiry": the questioning, searches and seizures reported before.
        "inquiry" | "investigation" | "probe" => &["09", "17"],
        // "welcomed the releases": prisoners freed before.
        "release" | "releases" | "pardon" => &["08"],
        // "welcomed the exchange": prisoners handed over both ways; not "an exchange of fire".
        "exchange" | "swap" if !exchange_of_fire(p, o) => &["08"],
        // "welcomed the rate cut": a central bank's decision, which no event word names.
        _ if rate_move(p, o) || rate_decisions::names_rate_decision(cx, p, o) => &[],
        "order" | "result" | "results" | "outcome" => &[],
        _ if ballot_noun(p, o) => &[],
        // "welcomed the acquittal", "condemned the conviction": a court's act.
        w if COURT_ACTS.contains(&w) => &[],
        w if REACTION_OBJECTS.contains(&w) => &[],
        _ => {
            // An event noun of the trigger list: "the shelling", "the attack", "air
            // strikes" (the phrase starting at the compound before the noun).
            let compound = o
                .checked_sub(1)
                .filter(|&c| p.rel(c) == "compound" && p.syn.head(c) == Some(o));
            let (_, tr) = compound
                .and_then(|c| trigger_at(cx, p, c).filter(|(r, _)| r.contains(&o)))
                .or_else(|| trigger_at(cx, p, o))?;
            if (tr.pos != TriggerPos::Noun && p.sent.tokens[o].upos != "NOUN") || !tr.curated {
                return None;
            }
            // "backed the march", "condemned the strike": the protest reported before,
            // so whoever marched or struck is the one backed or condemned.
            return Some(vec![match tr.cameo.root() {
                "18" | "19" | "20" => "19",
                "17" => "17",
                "14" => "14",
                "16" => "16",
                "15" => "15",
                "04" => "04",
                _ => return None,
            }]);
        }
    };
    Some(roots.to_vec())
}

/// "The bloc condemned the shelling. Chile also condemned it": "it" is what the same
/// verb judged in the sentence before, so the second judgement goes where the first went,
/// not at the first judge the pronoun would otherwise stand for.
pub(super) fn judged_before(
    cx: &Context,
    p: &Parsed,
    i: usize,
    t: &Trigger,
    previous: &[EventOut],
    judges: &[usize],
) -> Vec<usize> {
    if !matches!(t.cameo.root(), "11" | "12") {
        return Vec::new();
    }
    let stem: String = p.lemma(i).chars().take(5).collect();
    let sent = p.rule_sent[i];
    let first = (previous.iter().rev())
        .take_while(|e| e.sent + 1 >= sent)
        .find(|e| {
            e.cameo.root() == t.cameo.root()
                && e.sent < sent
                && stem.chars().count() >= 4
                && cx.doc.lower(e.trigger.start).starts_with(stem.as_str())
        });
    (first.iter().flat_map(|e| e.targets.iter().copied()))
        .filter(|x| !judges.contains(x))
        .collect()
}

/// Whether the noun at `o` is shooting traded ("an exchange of fire", "the exchange of
/// shots"), not prisoners traded.
fn exchange_of_fire(p: &Parsed, o: usize) -> bool {
    (p.syn.children(o).iter()).any(|&c| {
        matches!(
            p.lemma(c),
            "fire" | "gunfire" | "shot" | "shelling" | "artillery"
        )
    })
}

/// Whether the noun at `o` is a vote as observers judge it ("the high turnout", "the
/// conduct of the vote"): the country that held it is whom a verdict on it is aimed at.
fn ballot_noun(p: &Parsed, o: usize) -> bool {
    // A bare "the vote" is as often a council's or a parliament's as a country's.
    let ballot = |w: &str| matches!(w, "election" | "poll" | "polls" | "ballot");
    ballot(p.lemma(o))
        || p.lemma(o) == "turnout"
        || (p.lemma(o) == "conduct"
            && (p.syn.children(o).iter()).any(|&c| ballot(p.lemma(c)) || p.lemma(c) == "vote"))
}

/// Whether the noun at `o` moves an interest rate ("the rate cut", "the interest rate hike").
fn rate_move(p: &Parsed, o: usize) -> bool {
    matches!(p.lemma(o), "cut" | "hike" | "increase" | "reduction")
        && (p.syn.children_with(o, "compound").iter()).any(|&c| p.lemma(c) == "rate")
}

/// "called on losing candidates", "met newly elected members": a participle the tagger
/// read as a verb that only describes the group of people named right after it.
pub(super) fn describes_people(cx: &Context, p: &Parsed, k: usize) -> bool {
    let toks = &p.sent.tokens;
    let next = k + 1;
    matches!(toks[k].xpos.as_str(), "VBG" | "VBN")
        && p.ent[k].is_none()
        && toks.get(next).is_some_and(|t| t.upos == "NOUN")
        && actor_at(cx, p, next, true).is_some_and(|e| cx.ents.list[e].etype == EntityType::Group)
}

/// Whom reacting to the event noun at `o` is aimed at: those who did the latest event
/// before it of the kind the noun names (a court's, for "the ruling"), other than the
/// reacting `sources`. Meetings are aimed at all who took part.
pub(super) fn reacted_to(
    cx: &Context,
    p: &Parsed,
    o: usize,
    previous: &[EventOut],
    sources: &[usize],
) -> Vec<usize> {
    let Some(roots) = reaction_roots(cx, p, o) else {
        return Vec::new();
    };
    let fits = |e: &EventOut| {
        let root = e.cameo.root();
        // "the decision" is no meeting.
        let kind = (roots.is_empty() && root != "04")
            || roots
                .iter()
                .any(|&r| r == root || (r == "19" && matches!(root, "18" | "20")));
        // "condemned the offensive" answers force that was used, not force only promised.
        let promised =
            matches!(root, "15" | "17" | "18" | "19" | "20") && e.polarity != Polarity::Asserted;
        // "welcomed the decision" answers a deed, not words ("US officials blamed ...").
        let words = lead_acts::act_word(p.lemma(o))
            && matches!(root, "01" | "02" | "05" | "10" | "11" | "13");
        kind && !promised && !words && e.sources.iter().any(|x| !sources.contains(x))
    };
    let court = |e: &EventOut| {
        e.sources.iter().any(|&x| {
            cx.ents.list[x]
                .label
                .split_whitespace()
                .any(|w| matches!(w.to_lowercase().as_str(), "court" | "tribunal" | "judge"))
        })
    };
    let judicial = COURT_ACTS.contains(&p.lemma(o));
    // "condemned the shelling": the event its trigger word names ("shelled") before any
    // other of its kind.
    let stem: String = p.lemma(o).chars().take(5).collect();
    let same_word = |e: &EventOut| {
        stem.chars().count() >= 4 && cx.doc.lower(e.trigger.start).starts_with(stem.as_str())
    };
    // "welcomed the rate cut": rates are a central bank's to move, however far back it
    // was named.
    if rate_move(p, o) {
        let at = p.sent.tokens[o].byte_start;
        let bank = |x: usize, ent: &Ent| {
            ent.etype == EntityType::Organisation
                && !sources.contains(&x)
                && crate::descriptions::has_words(&ent.label, "bank")
        };
        return cx
            .ents
            .latest_mentioned(bank, |m| m.end <= at)
            .into_iter()
            .collect();
    }
    // The country a story of a vote is about is the dateline's, else the one named first;
    // a verdict by that country itself is aimed at no one.
    if ballot_noun(p, o) {
        let held = events::story_country(cx);
        return held.filter(|x| !sources.contains(x)).into_iter().collect();
    }
    if rate_decisions::names_rate_decision(cx, p, o)
        && !rate_decisions::nearer_act(p.rule_sent[o], previous, sources)
    {
        if let Some(bank) = rate_decisions::rate_setter(cx, p.rule_sent[o], sources) {
            return vec![bank];
        }
    }
    // "repelled an attack on a border post ... gunmen had stormed it. The council
    // condemned the attack": the attack is the storming, raid or ambush the story told,
    // whatever code its verb got, not the defenders' fighting back.
    let assault = |e: &EventOut| {
        ASSAULT_NOUNS.contains(&p.lemma(o))
            && e.polarity == Polarity::Asserted
            && ASSAULT_VERBS
                .iter()
                .any(|w| cx.doc.lower(e.trigger.start).starts_with(w))
            && e.sources.iter().any(|x| !sources.contains(x))
    };
    // "denied the charge": an accusation, before a lawsuit or a rejection of the same root.
    let accusation = |e: &EventOut| {
        matches!(p.lemma(o), "accusation" | "allegation" | "charge")
            && matches!(
                &e.cameo.as_str()[..3.min(e.cameo.as_str().len())],
                "111" | "112"
            )
    };
    let found = (previous.iter().rev())
        .find(|e| fits(e) && same_word(e) && (!judicial || court(e)))
        .or_else(|| previous.iter().rev().find(|e| assault(e)))
        .or_else(|| previous.iter().rev().find(|e| fits(e) && accusation(e)))
        .or_else(|| {
            previous
                .iter()
                .rev()
                .find(|e| fits(e) && (!judicial || court(e)))
        });
    // A ruling whose own event was missed is still the court's: the court named last.
    let named_court = || {
        let at = p.sent.tokens[o].byte_start;
        cx.ents.latest_mentioned(
            |x, ent| !sources.contains(&x) && crate::roles::named_court(ent),
            |m| m.end <= at,
        )
    };
    if found.is_none() && judicial {
        // "decision" is a government's word as much as a court's: with no court act
        // before, a policy deed the article leads with ("Japan imposed sanctions") or one
        // just before is meant, not a court merely named.
        let policy =
            p.lemma(o) == "decision" && !lead_acts::lead_act(cx, previous, sources).is_empty();
        if let Some(c) = named_court().filter(|_| !policy) {
            return vec![c];
        }
    }
    // "The bank kept its rate at 27 percent. The IMF praised the decision": a decision no
    // event stands for is that of the body the sentence before is about.
    let decider = || -> Vec<usize> {
        let prev = p.rule_sent[o].checked_sub(1).filter(|_| roots.is_empty());
        let actors = prev
            .and_then(|s| cx.views.get(s))
            .map_or(&[][..], |v| &v.actors[..]);
        (actors.iter())
            .find(|a| {
                !a.place
                    && !sources.contains(&a.ent)
                    && cx.ents.list[a.ent].etype != EntityType::Group
                    && !possessor_of_next(cx, a, actors)
            })
            .map(|a| vec![a.ent])
            .unwrap_or_default()
    };
    // "criticised air strikes on villages" with no strike reported: the armed body named
    // last.
    let armed = || -> Vec<usize> {
        let at = p.sent.tokens[o].byte_start;
        let force = |x: usize, ent: &Ent| {
            matches!(ent.etype, EntityType::Organisation | EntityType::Group)
                && !sources.contains(&x)
                && (ent.label.split_whitespace()).any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "military" | "army" | "forces" | "junta" | "troops"
                    )
                })
        };
        let named = cx.ents.latest_mentioned(force, |m| m.end <= at);
        if roots.iter().any(|r| matches!(*r, "15" | "19")) {
            named.into_iter().collect()
        } else {
            Vec::new()
        }
    };
    // With no act just before, "the decision" is the one the article leads with.
    let led = || {
        if lead_acts::act_word(p.lemma(o)) {
            lead_acts::lead_act(cx, previous, sources)
        } else {
            Vec::new()
        }
    };
    let Some(e) = found.or_else(|| previous.iter().rev().find(|e| fits(e))) else {
        for aimed in [led(), decider()] {
            if !aimed.is_empty() {
                return aimed;
            }
        }
        return armed();
    };
    // "praised the decision": a decision of any kind is one reported just before, not an
    // act paragraphs away.
    if roots.is_empty() && !(judicial && court(e)) && e.sent + 2 < p.rule_sent[o] {
        let aimed = led();
        return if aimed.is_empty() { decider() } else { aimed };
    }
    // "The EU sanctioned him last year. [...] Russia condemned the sanctions": measures
    // told paragraphs back are background; the story's own are those its lead imposes.
    let e = match roots[..] {
        ["16"] if e.sent != cx.lead && e.sent < p.rule_sent[o] => (previous.iter())
            .find(|l| {
                l.sent == cx.lead
                    && l.cameo.root() == "16"
                    && fits(l)
                    && l.sources.iter().all(|x| !sources.contains(x))
            })
            .unwrap_or(e),
        _ => e,
    };
    let mut out: Vec<usize> = e.sources.clone();
    if roots == ["04"] {
        out.extend(e.targets.iter().copied());
    }
    // "welcomed the exchange": a swap is the two sides' releases, each side a doer of one;
    // "an exchange of fire" releases no one.
    if matches!(p.lemma(o), "exchange" | "swap") && !exchange_of_fire(p, o) {
        let releases = (previous.iter().rev())
            .filter(|r| r.cameo.root() == "08" && r.polarity == Polarity::Asserted)
            .take(4);
        out.extend(releases.flat_map(|r| r.sources.iter().copied()));
    }
    let mut seen = Vec::new();
    out.retain(|x| {
        !sources.contains(x) && !seen.contains(x) && {
            seen.push(*x);
            true
        }
    });
    out
}

/// Whether `a` only owns the actor named with it ("Turkey's central bank", one name or
/// two): the body, not its owner, is who acted.
fn possessor_of_next(cx: &Context, a: &Actor, actors: &[Actor]) -> bool {
    let owned = |k: usize| matches!(cx.doc.lower(k), "'s" | "'");
    let marked = owned(a.toks.end);
    actors.iter().any(|b| {
        let holds = b.toks.start <= a.toks.start && b.toks.end > a.toks.end;
        let follows = marked && b.toks.start > a.toks.end && b.toks.start <= a.toks.end + 3;
        b.ent != a.ent && !b.place && (holds || follows)
    })
}
