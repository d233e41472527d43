//! Events: trigger words with CAMEO codes, who acts (the nearest actor on the left in the
//! clause, or "between A and B"), to whom (the first actor on the right, or after the
//! trigger's preposition), where ("in/near/at <place>"), when (a date in the sentence),
//! whether it happened (negation, plans) and who says so. "accused each other" and the like
//! give two directed events; reported speech gives one statement per speaker.

use std::ops::Range;

use newsgraph_lexicon::{Cue, Trigger, TriggerPos};
use newsgraph_model::{Cameo, EntityType, Polarity, TimeValue};

use crate::dates::{self, Anchor};
use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{Item, Kind};
use crate::roles::{Actor, View};

/// How far (in tokens) role and cue searches look; keeps very long sentences linear.
const WINDOW: usize = 25;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EventOut {
    pub cameo: Cameo,
    pub label: String,
    pub trigger: Range<usize>,
    pub sent: usize,
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    pub places: Vec<usize>,
    pub date: Option<TimeValue>,
    pub polarity: Polarity,
    pub attribution: Option<usize>,
    pub confidence: f32,
}

pub(crate) struct Context<'a> {
    pub doc: &'a Doc<'a>,
    pub items: &'a [Vec<Item>],
    pub ent_of: &'a [Vec<Option<usize>>],
    pub views: &'a [View],
    pub ents: &'a Entities,
    pub anchor: Anchor,
    /// The dateline place, for statements.
    pub dateline_place: Option<usize>,
}

const DETERMINERS: [&str; 3] = ["the", "a", "an"];
const NOUN_BEFORE: [&str; 27] = [
    "the",
    "a",
    "an",
    "no",
    "any",
    "some",
    "their",
    "its",
    "his",
    "her",
    "our",
    "new",
    "fresh",
    "fierce",
    "heavy",
    "armed",
    "further",
    "more",
    "several",
    "many",
    "recent",
    "latest",
    "of",
    "in",
    "during",
    "after",
    "following",
];

fn boundary(w: &str) -> bool {
    matches!(
        w,
        ";" | ":"
            | "\""
            | "\u{201C}"
            | "\u{201D}"
            | "("
            | ")"
            | "\u{2014}"
            | "\u{2013}"
            | "?"
            | "!"
    )
}

pub(crate) fn find(cx: &Context) -> Vec<EventOut> {
    let mut out: Vec<EventOut> = Vec::new();
    for s in 0..cx.doc.sents.len() {
        sentence_events(cx, s, &mut out);
    }
    statements(cx, &mut out);
    dedupe(out)
}

/// The trigger starting at token `i`: its length in tokens and its entry.
fn trigger_at<'l>(cx: &Context<'l>, s: usize, i: usize) -> Option<(Range<usize>, &'l Trigger)> {
    let doc = cx.doc;
    let end = doc.sents[s].toks.end;
    let first = doc.word(i);
    if !doc.is_word(i)
        || (first.chars().next().is_some_and(char::is_uppercase) && i != doc.sents[s].toks.start)
    {
        return None;
    }
    let mut words = Vec::new();
    let mut last = Vec::new();
    let mut j = i;
    while j < end && words.len() < 4 && doc.is_word(j) {
        let w = doc.lower(j);
        if !words.is_empty() && DETERMINERS.contains(&w.as_str()) {
            j += 1;
            continue;
        }
        words.push(w);
        last.push(j);
        j += 1;
    }
    for n in (1..=words.len()).rev() {
        let found = doc.lex.triggers(&words[..n].join(" "));
        if found.is_empty() {
            continue;
        }
        let prev = if i > doc.sents[s].toks.start {
            doc.lower(i - 1)
        } else {
            String::new()
        };
        let noun_slot = NOUN_BEFORE.contains(&prev.as_str())
            || prev.ends_with("-level")
            || prev.ends_with("-scale");
        let want = if noun_slot {
            TriggerPos::Noun
        } else {
            TriggerPos::Verb
        };
        let t = found
            .iter()
            .find(|t| t.pos == want)
            .or_else(|| found.first())
            .copied()?;
        return Some((i..last[n - 1] + 1, t));
    }
    None
}

fn sentence_events(cx: &Context, s: usize, out: &mut Vec<EventOut>) {
    let doc = cx.doc;
    let r = doc.sents[s].toks.clone();
    let view = &cx.views[s];
    let mut covered_toks = vec![false; r.len()];
    for it in cx.items[s]
        .iter()
        .filter(|it| !matches!(it.kind, Kind::Title { .. }))
    {
        for k in it.toks.clone() {
            if let Some(c) = covered_toks.get_mut(k - r.start) {
                *c = true;
            }
        }
    }
    let covered = |i: usize| covered_toks.get(i - r.start).copied().unwrap_or(false);
    // Dates are found once per sentence (both readings), not once per trigger.
    let words: Vec<&str> = r.clone().map(|k| doc.word(k)).collect();
    let found_dates = [
        dates::find(&words, &cx.anchor, false),
        dates::find(&words, &cx.anchor, true),
    ];
    let mut i = r.start;
    let mut previous: Option<(usize, Cameo)> = None;
    while i < r.end {
        if covered(i) {
            i += 1;
            continue;
        }
        let Some((trig, t)) = trigger_at(cx, s, i) else {
            i += 1;
            continue;
        };
        i = trig.end;
        // "accused X of violating the truce": the accusation's content is not an event.
        let content = previous.as_ref().is_some_and(|(at, c)| {
            (c.root() == "11" || c.root() == "12" || c.as_str() == "016")
                && trig.start.saturating_sub(*at) <= 8
                && (trig.start.saturating_sub(2)..trig.start)
                    .any(|k| matches!(doc.lower(k).as_str(), "of" | "for"))
        });
        previous = Some((trig.start, t.cameo.clone()));
        if content || joins_organisation(cx, s, &trig) {
            continue;
        }
        if !t.requires.is_empty() {
            let has =
                (trig.end..(trig.end + 4).min(r.end)).any(|k| t.requires.contains(&doc.lower(k)));
            if !has {
                continue;
            }
        }
        if let Some(ev) = build(cx, s, view, &trig, t, &found_dates) {
            out.extend(ev);
        }
    }
}

/// "Norway joined NATO": joining an organisation is membership (a relation), not a meeting.
fn joins_organisation(cx: &Context, s: usize, trig: &Range<usize>) -> bool {
    let doc = cx.doc;
    if !doc.lower(trig.start).starts_with("join") {
        return false;
    }
    let mut at = trig.end;
    if doc.lower(at) == "the" {
        at += 1;
    }
    cx.items[s].iter().zip(&cx.ent_of[s]).any(|(it, e)| {
        it.toks.start == at
            && e.is_some_and(|e| cx.ents.list[e].etype == newsgraph_model::EntityType::Organisation)
    })
}

/// Verbs that take an event noun as object and leave the acting to their subject.
const LIGHT_VERBS: [&str; 24] = [
    "had",
    "has",
    "have",
    "having",
    "held",
    "hold",
    "holds",
    "holding",
    "conducted",
    "conduct",
    "launched",
    "launch",
    "staged",
    "stage",
    "began",
    "begin",
    "started",
    "start",
    "carried",
    "made",
    "make",
    "imposed",
    "impose",
    "announced",
];

fn light_verb_before(cx: &Context, s: usize, at: usize) -> bool {
    let start = cx.doc.sents[s].toks.start;
    (at.saturating_sub(4).max(start)..at).any(|k| LIGHT_VERBS.contains(&cx.doc.lower(k).as_str()))
}

fn is_actor(_cx: &Context, a: &Actor, view: &View) -> bool {
    !a.place && view.speaker.as_ref().is_none_or(|sp| sp.at != a.toks)
}

fn group_like(cx: &Context, e: usize) -> bool {
    cx.ents.list[e].etype == EntityType::Group
}

/// The actors of a coordination ending at actor index `k` ("A and B", "A, B and C").
fn coordinated(cx: &Context, actors: &[&Actor], k: usize) -> Vec<usize> {
    let mut out = vec![actors[k].ent];
    let mut j = k;
    while j > 0 {
        let (a, b) = (actors[j - 1], actors[j]);
        if a.toks.end + 1 == b.toks.start
            && matches!(cx.doc.lower(a.toks.end).as_str(), "and" | "," | "or")
        {
            out.insert(0, a.ent);
            j -= 1;
        } else {
            break;
        }
    }
    out
}

/// The subject: the nearest actor on the left in the clause, through "who/which/that" to
/// its antecedent, with any actors coordinated with it.
fn subject(cx: &Context, s: usize, view: &View, at: usize) -> Vec<usize> {
    let doc = cx.doc;
    let start = doc.sents[s].toks.start;
    let lo = view.actors.partition_point(|a| a.toks.end + WINDOW < at);
    let hi = view.actors.partition_point(|a| a.toks.start < at);
    let actors: Vec<&Actor> = view.actors[lo..hi.max(lo)]
        .iter()
        .filter(|a| is_actor(cx, a, view))
        .collect();
    let mut k = at;
    let mut saw_and = false;
    while k > start && at - k < WINDOW {
        let w = doc.lower(k - 1);
        saw_and |= w == "and";
        if boundary(&w) {
            break;
        }
        if let Some(idx) = actors.iter().position(|a| a.toks.end == k) {
            // Skip actors that are objects of a preposition ("in Syria", "with Peru").
            let p = actors[idx].toks.start;
            let prep = p > start
                && matches!(
                    doc.lower(p - 1).as_str(),
                    "in" | "with"
                        | "at"
                        | "of"
                        | "near"
                        | "over"
                        | "from"
                        | "to"
                        | "on"
                        | "against"
                        | "between"
                        | "for"
                );
            if !prep {
                return coordinated(cx, &actors, idx);
            }
        }
        if matches!(w.as_str(), "who" | "which" | "that") {
            let mut a = k - 1;
            if a > start && doc.word(a - 1) == "," {
                a -= 1;
            }
            // A relative pronoun stands for the actor before it. After "X denied that ... and
            // accused Y", the second verb is X's again, so the search goes on past "that".
            if let Some(idx) = actors.iter().position(|x| x.toks.end == a) {
                return coordinated(cx, &actors, idx);
            }
            if w != "that" || !saw_and {
                return Vec::new();
            }
        }
        k -= 1;
    }
    Vec::new()
}

/// Actors right of `from` in the clause: the first one and any coordinated with it.
fn object(cx: &Context, s: usize, view: &View, from: usize, max_gap: usize) -> Vec<usize> {
    let doc = cx.doc;
    let end = doc.sents[s].toks.end;
    let lo = view.actors.partition_point(|a| a.toks.start < from);
    let hi = view
        .actors
        .partition_point(|a| a.toks.start <= from + WINDOW);
    let actors: Vec<&Actor> = view.actors[lo..hi.max(lo)]
        .iter()
        .filter(|a| is_actor(cx, a, view))
        .collect();
    let Some(first) = actors.iter().position(|a| a.toks.start >= from) else {
        return Vec::new();
    };
    let a = actors[first];
    if a.toks.start > from + max_gap
        || (from..a.toks.start).any(|k| boundary(&doc.lower(k)))
        || a.toks.start >= end
    {
        return Vec::new();
    }
    let mut out = vec![a.ent];
    let mut j = first;
    while let Some(b) = actors.get(j + 1) {
        let joined = actors[j].toks.end + 1 == b.toks.start
            && matches!(doc.lower(actors[j].toks.end).as_str(), "and" | "," | "or");
        if !joined {
            break;
        }
        out.push(b.ent);
        j += 1;
    }
    out
}

/// "between A and B" / "between A and B on one side and C on the other" after the trigger.
fn between(
    cx: &Context,
    s: usize,
    view: &View,
    trig: &Range<usize>,
) -> Option<(Vec<usize>, Vec<usize>)> {
    let doc = cx.doc;
    let end = doc.sents[s].toks.end.min(trig.end + WINDOW);
    let b = (trig.end..end.min(trig.end + 5)).find(|&k| doc.lower(k) == "between")?;
    let lo = view.actors.partition_point(|a| a.toks.start <= b);
    let hi = view.actors.partition_point(|a| a.toks.start <= b + WINDOW);
    let actors: Vec<&Actor> = view.actors[lo..hi.max(lo)]
        .iter()
        .filter(|a| is_actor(cx, a, view))
        .collect();
    let mut list: Vec<(usize, usize)> = Vec::new(); // (entity, token after it)
    let mut k = b + 1;
    let mut split_at = None;
    for a in actors {
        let gap: Vec<String> = (k..a.toks.start).map(|x| doc.lower(x)).collect();
        let ok = gap.iter().all(|w| {
            matches!(
                w.as_str(),
                "the" | "and" | "," | "on" | "one" | "side" | "neighboring" | "neighbouring"
            )
        });
        if !ok || a.toks.start > k + 6 {
            break;
        }
        if gap.windows(2).any(|w| w[0] == "one" && w[1] == "side") && split_at.is_none() {
            split_at = Some(list.len());
        }
        list.push((a.ent, a.toks.end));
        k = a.toks.end;
    }
    let after: Vec<String> = (k..(k + 3).min(end)).map(|x| doc.lower(x)).collect();
    if split_at.is_none()
        && after.first().map(String::as_str) == Some("on")
        && after.get(1).map(String::as_str) == Some("one")
    {
        split_at = Some(list.len());
        // "... on one side and C on the other": C is the other side.
        let lo = view.actors.partition_point(|a| a.toks.start <= k);
        let rest: Vec<&Actor> = view.actors[lo..]
            .iter()
            .take_while(|a| a.toks.start <= k + 6)
            .filter(|a| is_actor(cx, a, view))
            .collect();
        if let Some(c) = rest.first() {
            list.push((c.ent, c.toks.end));
        }
    }
    if list.len() < 2 && !(list.len() == 1 && group_like(cx, list[0].0)) {
        return None;
    }
    let ents: Vec<usize> = list.iter().map(|x| x.0).collect();
    if ents.len() == 1 {
        return Some((ents.clone(), ents));
    }
    let cut = split_at
        .filter(|&c| c > 0 && c < ents.len())
        .unwrap_or(ents.len() - 1);
    Some((ents[..cut].to_vec(), ents[cut..].to_vec()))
}

/// Who reports what sentence `s` says: its own speaker, or, for a quotation standing alone,
/// the speaker of the next sentence of the same paragraph ("... ," he said.).
fn attribution(cx: &Context, s: usize) -> Option<usize> {
    if let Some(sp) = &cx.views[s].speaker {
        return Some(sp.ent);
    }
    let doc = cx.doc;
    let quoted = matches!(doc.word(doc.sents[s].toks.start), "\"" | "\u{201C}" | "«");
    let next = cx.views.get(s + 1).and_then(|v| v.speaker.as_ref());
    let same_paragraph = doc
        .sents
        .get(s + 1)
        .is_some_and(|n| n.paragraph == doc.sents[s].paragraph);
    next.filter(|_| quoted && same_paragraph).map(|sp| sp.ent)
}

fn polarity(cx: &Context, s: usize, trig: &Range<usize>) -> Polarity {
    let doc = cx.doc;
    let start = doc.sents[s].toks.start;
    let mut negated = false;
    let mut unrealised = false;
    let mut k = trig.start;
    while k > start && trig.start - k < 10 {
        let w = doc.lower(k - 1);
        // Negation and plans do not reach across "and", "but" or "that" into another clause.
        let clause_edge =
            matches!(w.as_str(), "and" | "but" | "that" | "which" | "who") && trig.start - k > 1;
        if boundary(&w) || (w == "," && trig.start - k > 1) || clause_edge {
            break;
        }
        let lower_written = doc
            .word(k - 1)
            .chars()
            .next()
            .is_some_and(|c| !c.is_uppercase())
            || k - 1 == start;
        if lower_written {
            if doc.cue_at(k - 1, Cue::Negation, trig.start).is_some() || w.ends_with("n't") {
                negated = true;
            }
            if doc.cue_at(k - 1, Cue::Unrealised, trig.start).is_some() {
                unrealised = true;
            }
        }
        k -= 1;
    }
    if unrealised {
        Polarity::Unrealised
    } else if negated {
        Polarity::Negated
    } else {
        Polarity::Asserted
    }
}

/// "The meeting ... did not take place", "the talks were cancelled": what the event noun's
/// own clause says of it afterwards.
fn called_off(cx: &Context, s: usize, trig: &Range<usize>) -> bool {
    let doc = cx.doc;
    let end = (trig.end + 24).min(doc.sents[s].toks.end);
    let mut k = trig.end;
    while k < end {
        let w = doc.lower(k);
        // A comma before a name is a list ("from A, B and C"); before anything else, a new
        // clause.
        let clause_comma = w == "," && !doc.word(k + 1).starts_with(char::is_uppercase);
        if boundary(&w) || clause_comma || w == "because" || w == "after" {
            return false;
        }
        let happen = |j: usize| {
            matches!(
                doc.lower(j).as_str(),
                "take" | "took" | "happen" | "happened" | "go" | "went" | "materialise"
            )
        };
        if (matches!(w.as_str(), "not" | "never") && (happen(k + 1) || happen(k + 2)))
            || matches!(
                w.as_str(),
                "cancelled" | "canceled" | "postponed" | "scrapped" | "abandoned"
            )
            || (w == "called" && doc.lower(k + 1) == "off")
        {
            return true;
        }
        k += 1;
    }
    false
}

fn reciprocal_marker(cx: &Context, s: usize, trig: &Range<usize>) -> bool {
    let doc = cx.doc;
    let end = doc.sents[s].toks.end;
    (trig.end..(trig.end + 3).min(end))
        .any(|k| doc.cue_at(k, Cue::Reciprocal, end).is_some_and(|n| n > 1))
        || (trig.start.saturating_sub(2)..trig.start)
            .any(|k| matches!(doc.lower(k).as_str(), "exchanged" | "mutual" | "mutually"))
}

/// The two countries "the parties" or "the sides" stand for: the nearest coordination of two
/// countries ("Chile and Peru", "the A or B leaders") within three sentences before
/// and two after, else the two countries named last before it.
fn members(cx: &Context, s: usize) -> Option<(usize, usize)> {
    let lo = s.saturating_sub(3);
    let hi = (s + 2).min(cx.items.len().saturating_sub(1));
    let mut best: Option<(usize, (usize, usize))> = None;
    for t in lo..=hi {
        let its = &cx.items[t];
        for k in 0..its.len().saturating_sub(1) {
            let countryish = |j: usize| matches!(its[j].kind, Kind::Country(_) | Kind::Demonym(_));
            let joined = its[k].toks.end + 1 == its[k + 1].toks.start
                && matches!(cx.doc.lower(its[k].toks.end).as_str(), "and" | "or" | "of");
            let joined_with_adjective = its[k].toks.end + 2 == its[k + 1].toks.start
                && cx.doc.lower(its[k].toks.end) == "and";
            if countryish(k) && countryish(k + 1) && (joined || joined_with_adjective) {
                if let (Some(a), Some(b)) = (cx.ent_of[t][k], cx.ent_of[t][k + 1]) {
                    let d = t.abs_diff(s) * 2 + usize::from(t > s);
                    if a != b && best.as_ref().is_none_or(|(bd, _)| d < *bd) {
                        best = Some((d, (a, b)));
                    }
                }
            }
        }
    }
    if let Some((_, pair)) = best {
        return Some(pair);
    }
    let mut seen: Vec<usize> = Vec::new();
    for t in (lo..=s).rev() {
        for (k, it) in cx.items[t].iter().enumerate().rev() {
            if let (Kind::Country(_) | Kind::Demonym(_), Some(e)) = (&it.kind, cx.ent_of[t][k]) {
                if !seen.contains(&e) {
                    seen.push(e);
                }
            }
        }
    }
    (seen.len() >= 2).then(|| (seen[1], seen[0]))
}

fn build(
    cx: &Context,
    s: usize,
    view: &View,
    trig: &Range<usize>,
    t: &Trigger,
    found_dates: &[Vec<dates::DateMention>; 2],
) -> Option<Vec<EventOut>> {
    let doc = cx.doc;
    let mut sources: Vec<usize>;
    let mut targets: Vec<usize>;
    let mut cameo = t.cameo.clone();
    if t.pos == TriggerPos::Noun {
        if let Some((a, b)) = between(cx, s, view, trig) {
            sources = a;
            targets = b;
        } else {
            // A noun takes the clause's subject only as the object of a light verb
            // ("Lind had no talks with ..."), never across the sentence.
            let light = light_verb_before(cx, s, trig.start)
                || LIGHT_VERBS.contains(&doc.lower(trig.start).as_str());
            sources = if light {
                subject(cx, s, view, trig.start)
            } else {
                Vec::new()
            };
            targets = Vec::new();
            let next = doc.lower(trig.end);
            if matches!(next.as_str(), "with" | "on" | "against" | "by") {
                let obj = object(
                    cx,
                    s,
                    view,
                    trig.end + 1,
                    if next == "with" { 10 } else { 3 },
                );
                if next == "by" {
                    sources = obj;
                } else {
                    targets = obj;
                }
            }
        }
        // "a meeting ... at Lind's": the host meets the others.
        if cameo.root() == "04" {
            let host = (trig.end..(trig.end + 12).min(doc.sents[s].toks.end))
                .find(|&k| doc.lower(k) == "at" && doc.lower(k + 2) == "'s")
                .map(|k| object(cx, s, view, k + 1, 1));
            if let Some(h) = host.filter(|h| !h.is_empty()) {
                if targets.is_empty() || targets == sources {
                    targets = sources.clone();
                }
                sources = h;
                cameo = "043".parse().ok()?;
            }
        }
        // "fierce clashes at the line": with no participants, the sides of the clause.
        if sources.is_empty() && targets.is_empty() && t.reciprocal {
            let definite =
                trig.start > doc.sents[s].toks.start && doc.lower(trig.start - 1) == "the";
            let group = view
                .actors
                .iter()
                .find(|a| !a.place && group_like(cx, a.ent))
                .map(|a| a.ent);
            if let (Some(g), false) = (group, definite) {
                sources = vec![g];
                targets = vec![g];
            }
        }
    } else {
        sources = subject(cx, s, view, trig.start);
        let from = match &t.target_prep {
            Some(p) => (trig.end..(trig.end + WINDOW).min(doc.sents[s].toks.end))
                .find(|&k| doc.lower(k) == *p)
                .map(|k| k + 1),
            None => Some(trig.end),
        };
        targets = from
            .map(|f| object(cx, s, view, f, if t.target_prep.is_some() { 2 } else { 4 }))
            .unwrap_or_default();
        // "X was welcomed by Y": Y acts on X.
        let be_before = trig.start > doc.sents[s].toks.start
            && matches!(
                doc.lower(trig.start - 1).as_str(),
                "was" | "were" | "is" | "are" | "been" | "being" | "be"
            );
        if be_before && doc.lower(trig.end) == "by" {
            let agent = object(cx, s, view, trig.end + 1, 3);
            if !agent.is_empty() {
                targets = std::mem::replace(&mut sources, agent);
            }
        }
    }
    targets.retain(|x| !sources.contains(x) || sources.len() == 1 && group_like(cx, *x));
    if sources.is_empty() && targets.is_empty() {
        return None;
    }
    if !t.curated && (sources.is_empty() || targets.is_empty() || t.pos == TriggerPos::Noun) {
        return None;
    }
    let polarity = if t.pos == TriggerPos::Noun && called_off(cx, s, trig) {
        Polarity::Negated
    } else {
        polarity(cx, s, trig)
    };
    let places = places(view, trig);
    let found = &found_dates[usize::from(polarity == Polarity::Unrealised)];
    let rel = trig.start - doc.sents[s].toks.start;
    // Plans are not dated in the past: "no plans to meet, as was done in 2014" is not 2014.
    let fits = |d: &&dates::DateMention| {
        polarity != Polarity::Unrealised || cx.anchor.year.is_none_or(|y| d.value.last_day().0 >= y)
    };
    let date = found
        .iter()
        .filter(fits)
        .min_by_key(|d| d.toks.start.abs_diff(rel))
        .map(|d| d.value.clone());
    let attribution = attribution(cx, s);
    let label = t.label.clone();
    let label = if cameo != t.cameo {
        doc.lex.cameo_label(&cameo).to_string()
    } else {
        label
    };
    let make = |sources: Vec<usize>, targets: Vec<usize>, confidence: f32| EventOut {
        cameo: cameo.clone(),
        label: label.clone(),
        trigger: trig.clone(),
        sent: s,
        sources,
        targets,
        places: places.clone(),
        date: date.clone(),
        polarity,
        attribution,
        confidence,
    };
    let base = if t.curated { 0.7 } else { 0.4 };
    if t.pos == TriggerPos::Verb && reciprocal_marker(cx, s, trig) {
        // "A and B accused each other": A→B and B→A.
        if sources.len() >= 2 {
            let (a, b) = (sources[0], sources[1]);
            return Some(vec![
                make(vec![a], vec![b], base),
                make(vec![b], vec![a], base),
            ]);
        }
        if let [g] = sources[..] {
            if group_like(cx, g) {
                return Some(match members(cx, s) {
                    Some((a, b)) => vec![
                        make(vec![g, a], vec![g, b], base - 0.1),
                        make(vec![g, b], vec![g, a], base - 0.1),
                    ],
                    None => vec![make(vec![g], vec![g], base - 0.1)],
                });
            }
        }
    }
    Some(vec![make(sources, targets, base)])
}

/// Where: the first place after the trigger in the sentence, else the first before it.
fn places(view: &View, trig: &Range<usize>) -> Vec<usize> {
    let from = view.actors.partition_point(|a| a.toks.start < trig.end);
    let mut after = view.actors[from..].iter().take(WINDOW).filter(|a| a.place);
    let mut any = view.actors.iter().take(from).filter(|a| a.place);
    after
        .next()
        .or_else(|| any.next())
        .map(|a| vec![a.ent])
        .unwrap_or_default()
}

/// One "make statement" event per speaker per article, at the dateline place, dated by the
/// sentence ("said on Monday") or else the story's date.
fn statements(cx: &Context, out: &mut Vec<EventOut>) {
    let mut done: Vec<usize> = Vec::new();
    let Ok(cameo) = "010".parse::<Cameo>() else {
        return;
    };
    for (s, view) in cx.views.iter().enumerate() {
        let Some(sp) = &view.speaker else { continue };
        if done.contains(&sp.ent) {
            continue;
        }
        done.push(sp.ent);
        let doc = cx.doc;
        let words: Vec<&str> = doc.sents[s].toks.clone().map(|k| doc.word(k)).collect();
        let rel = sp.cue.start - doc.sents[s].toks.start;
        let date = dates::find(&words, &cx.anchor, false)
            .into_iter()
            .filter(|d| d.toks.start.abs_diff(rel) <= 4)
            .map(|d| d.value)
            .next()
            .or_else(|| cx.anchor.today());
        out.push(EventOut {
            label: doc.lex.cameo_label(&cameo).to_string(),
            cameo: cameo.clone(),
            trigger: sp.cue.clone(),
            sent: s,
            sources: vec![sp.ent],
            targets: Vec::new(),
            places: cx.dateline_place.into_iter().collect(),
            date,
            polarity: Polarity::Asserted,
            attribution: None,
            confidence: 0.6,
        });
    }
}

/// Drops an event that repeats an earlier one: same code root, polarity and sources, and
/// targets already covered.
fn dedupe(events: Vec<EventOut>) -> Vec<EventOut> {
    let mut out: Vec<EventOut> = Vec::new();
    for e in events {
        let repeat = out.iter().any(|o| {
            // Statements (root 01) differ by code: a denial is not a statement to drop.
            let same_type = if e.cameo.root() == "01" {
                o.cameo == e.cameo
            } else {
                o.cameo.root() == e.cameo.root()
            };
            same_type
                && o.polarity == e.polarity
                && o.sources == e.sources
                && e.targets.iter().all(|t| o.targets.contains(t))
                && (o.sent.abs_diff(e.sent) <= 2 || o.targets == e.targets)
        });
        if !repeat {
            out.push(e);
        }
    }
    out.sort_by_key(|e| (e.sent, e.trigger.start));
    out
}
