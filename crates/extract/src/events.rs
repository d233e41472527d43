//! What events share with the rule steps: the event record, the context the parse-based
//! reader (`parsed`) works in, and the sentence-level helpers it keeps from the baseline:
//! who reports a sentence (its speaker, or the speaker after a quotation), which two
//! countries "the two sides" stand for, the nearest place of a sentence, and the lead's
//! statement.

use std::ops::Range;

use newsgraph_model::{Cameo, Polarity, TimeValue};

use crate::dates::{self, Anchor};
use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{Item, Kind};
use crate::roles::View;
use crate::said_content;

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
    /// Told in the passive ("was freed on Monday"): the one verb form that may leave its
    /// doer unnamed.
    pub passive: bool,
    /// A statement made in a sentence that also reports acts: it stands only if none of
    /// those acts is the speaker's own (see [`drop_covered_statements`]).
    pub reporting: bool,
}

pub(crate) struct Context<'a> {
    pub doc: &'a Doc<'a>,
    pub items: &'a [Vec<Item>],
    pub ent_of: &'a [Vec<Option<usize>>],
    pub views: &'a [View],
    pub ents: &'a Entities,
    pub anchor: Anchor,
    pub dates: dates::SentenceDates,
    /// The dateline place, for statements.
    pub dateline_place: Option<usize>,
    /// The lead: the first sentence of the body (after any headline and the dateline).
    pub lead: usize,
}

/// Who reports what sentence `s` says: its own speaker, or, for a quotation standing alone,
/// the speaker of the next sentence of the same paragraph ("... ," he said.).
pub(crate) fn attribution(cx: &Context, s: usize) -> Option<usize> {
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

/// The two countries "the parties" or "the sides" stand for: the nearest coordination of two
/// countries ("Chile and Peru", "the A or B leaders") within three sentences before
/// and two after, else the two countries named last before it.
pub(crate) fn members(cx: &Context, s: usize) -> Option<(usize, usize)> {
    let lo = s.saturating_sub(3);
    let hi = (s + 2).min(cx.items.len().saturating_sub(1));
    let mut best: Option<(usize, (usize, usize))> = None;
    for t in lo..=hi {
        let its = &cx.items[t];
        for k in 0..its.len().saturating_sub(1) {
            let countryish = |j: usize| matches!(its[j].kind, Kind::Country(_) | Kind::Demonym(_));
            let joined = its[k].toks.end + 1 == its[k + 1].toks.start
                && matches!(cx.doc.lower(its[k].toks.end), "and" | "or" | "of");
            let joined_with_adjective = its[k].toks.end + 2 == its[k + 1].toks.start
                && cx.doc.lower(its[k].toks.end) == "and";
            // "Burkina Faso, Mali and Niger": the end of a list of three is not a pair.
            let listed = k > 0
                && countryish(k - 1)
                && its[k - 1].toks.end + 1 == its[k].toks.start
                && cx.doc.lower(its[k - 1].toks.end) == ",";
            if countryish(k) && countryish(k + 1) && (joined || joined_with_adjective) && !listed {
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
    story_pair(cx, s)
}

/// The country the story is about: the dateline's, else, when the dateline names a town the
/// gazetteer cannot place ("POINTE-A-PITRE", "KOROR") or there is none, the one named first.
pub(crate) fn story_country(cx: &Context) -> Option<usize> {
    (cx.dateline_place.and_then(|d| cx.ents.country_of(d))).or_else(|| {
        cx.ents
            .first_mentioned(|ent| ent.etype == newsgraph_model::EntityType::Country)
    })
}

/// The two countries named most often up to sentence `s`: the two a story is about.
pub(crate) fn story_pair(cx: &Context, s: usize) -> Option<(usize, usize)> {
    let mut seen: Vec<usize> = Vec::new();
    // Any country named so far: the two sides may have been named paragraphs before.
    for t in (0..=s.min(cx.items.len().saturating_sub(1))).rev() {
        for (k, it) in cx.items[t].iter().enumerate().rev() {
            if let (Kind::Country(_) | Kind::Demonym(_), Some(e)) = (&it.kind, cx.ent_of[t][k]) {
                if !seen.contains(&e) {
                    seen.push(e);
                }
            }
        }
    }
    // The two the story is most about: "the two neighbours" after a third country's
    // mediation are still the neighbours.
    let mentions = |e: usize| cx.ents.list[e].mentions.len();
    let mut ranked: Vec<(usize, usize)> = seen.iter().enumerate().map(|(k, &e)| (k, e)).collect();
    ranked.sort_by_key(|&(k, e)| (std::cmp::Reverse(mentions(e)), k));
    ranked.truncate(2);
    ranked.sort_unstable();
    match ranked[..] {
        [(_, a), (_, b)] => Some((b, a)),
        _ => None,
    }
}

/// Where: the first place after the trigger in the sentence, else the first before it.
pub(crate) fn places(view: &View, trig: &Range<usize>) -> Vec<usize> {
    let from = view.actors.partition_point(|a| a.toks.start < trig.end);
    let mut after = view.actors[from..].iter().take(WINDOW).filter(|a| a.place);
    let mut any = view.actors.iter().take(from).filter(|a| a.place);
    after
        .next()
        .or_else(|| any.next())
        .map(|a| vec![a.ent])
        .unwrap_or_default()
}

/// "Make statement" events (CAMEO 010): a named actor's public statement whose content is
/// not itself coded as an event. "Says", "has said" and "according to" are statements as
/// much as "said". A sentence (or a quotation with its "... , she said" after it) that
/// reports acts marks its statement `reporting`, which [`drop_covered_statements`] drops
/// when the acts are the speaker's own. One statement per speaker: a speaker's later
/// sentences go on with the same statement. Placed at the dateline for the lead, dated by the sentence ("said on
/// Monday") or else the story's date.
pub(crate) fn statements(
    cx: &Context,
    out: &mut Vec<EventOut>,
    eventful: &[bool],
    sayers: &[Option<(usize, Range<usize>)>],
) {
    let (Ok(cameo), Ok(decline), Ok(deny)) = (
        "010".parse::<Cameo>(),
        "011".parse::<Cameo>(),
        "016".parse::<Cameo>(),
    ) else {
        return;
    };
    // A speaker the story reports doing something in the sentence before, the same or the
    // next is on record through that act: their remarks there are its attribution. An act
    // told further off is another occasion, and leaves the saying a statement of its own.
    // An offer ("said it was ready to help") is what the saying says: it leaves the saying
    // the statement it was.
    let acting: Vec<(usize, usize)> = (out.iter())
        .filter(|e| !voiced_offer(cx.doc, e))
        .flat_map(|e| e.sources.iter().map(move |&x| (x, e.sent)))
        .collect();
    let mut done: Vec<usize> = Vec::new();
    let mut found = Vec::new();
    let with_event = |s: usize| {
        eventful.get(s).copied().unwrap_or(false)
            || out.iter().any(|e| e.sent == s && !voiced_offer(cx.doc, e))
    };
    for (s, view) in cx.views.iter().enumerate().skip(cx.lead) {
        let said = view.speaker.as_ref().map(|sp| (sp.ent, sp.cue.clone()));
        let Some((ent, cue_toks)) = said.or_else(|| sayers.get(s).cloned().flatten()) else {
            continue;
        };
        let doc = cx.doc;
        // Words addressed to someone ("told parliament") are aimed at them.
        let to = addressee(cx, s, ent, &cue_toks);
        // "did not say" says nothing.
        let cue = cue_toks.start;
        let unsaid = (cue.saturating_sub(2)..cue).any(|k| matches!(doc.lower(k), "not" | "n't"));
        // "The group did not say whether ...", "has not said how many ...": the gold codes a
        // question left unanswered as a statement not made (010, negated), whatever the
        // question is about; "did not say when" is background, and "would not say whether"
        // is a refusal to comment (011), which the trigger list reads.
        let withheld = unsaid
            && left_open(doc, cue_toks.end)
            && (cue.saturating_sub(3)..cue)
                .any(|k| matches!(doc.lower(k), "did" | "does" | "do" | "has" | "have" | "had"));
        // "Police said they had arrested four men but did not say which party they worked
        // for": beside what the speaker said, a question the same speaker left open in a
        // second verb of the sentence is a statement not made.
        let sent_end = doc.sents[s].toks.end;
        if !unsaid {
            if let Some(second) = unsaid_after(doc, cue_toks.end, sent_end) {
                found.push(statement(cx, &cameo, s, ent, second, to, Polarity::Negated));
            }
        }
        if withheld {
            found.push(statement(
                cx,
                &cameo,
                s,
                ent,
                cue_toks,
                to,
                Polarity::Negated,
            ));
            continue;
        }
        // The lead's speaker is the story's source, whatever they do later; words addressed
        // to someone are an occasion of their own.
        let on_record = s != cx.lead
            && to.is_none()
            && (acting.iter()).any(|&(x, t)| x == ent && t + 1 >= s && t <= s + 1);
        // "said his client had done nothing wrong", "said she had not known of the scheme":
        // a saying whose content clears the speaker's side of wrongdoing is a denial, however
        // the speaker acts around it.
        if !unsaid && denies_wrongdoing(doc, cue_toks.end, sent_end) {
            let denial = statement(cx, &deny, s, ent, cue_toks, None, Polarity::Asserted);
            found.push(denial);
            done.push(ent);
            continue;
        }
        if done.contains(&ent) || on_record {
            continue;
        }
        // "refused to say how many": the speech verb is part of an act already coded.
        let in_act = out.iter().any(|e| e.sent == s && e.trigger.contains(&cue));
        if unsaid || in_act {
            continue;
        }
        // "\"...,\" he said.": the quotation before is what was said.
        let quote_before =
            s > cx.lead && attribution(cx, s - 1) == Some(ent) && cx.views[s - 1].speaker.is_none();
        let reporting = with_event(s) || quote_before && with_event(s - 1);
        done.push(ent);
        // "will announce the results on Tuesday", "is due to speak": a statement to come.
        // Not across a comma: "which he once belonged to, said" ends its clause on "to".
        let planned = (cue.saturating_sub(2)..cue).any(|k| {
            matches!(doc.lower(k), "will" | "would" | "to" | "shall")
                && (k + 1..cue).all(|j| doc.is_word(j))
        });
        let polarity = if planned || announces_later(doc, cue_toks.end, doc.sents[s].toks.end) {
            Polarity::Unrealised
        } else {
            Polarity::Asserted
        };
        let code = if declines_comment(doc, cue_toks.end, doc.sents[s].toks.end) {
            &decline
        } else {
            &cameo
        };
        let mut st = statement(cx, code, s, ent, cue_toks, to, polarity);
        st.reporting = reporting;
        found.push(st);
    }
    // "said the government would not comment": one refusal, the speaker's.
    let declined = |e: &EventOut| e.cameo == decline;
    out.retain(|e| !declined(e) || !found.iter().any(|f| declined(f) && f.sent == e.sent));
    out.extend(found);
}

/// "whether", "how", "if", "which", "where", "by whom" after "did not say": the question
/// the speaker left open ("did not say when" is background, not coded).
fn left_open(doc: &Doc, k: usize) -> bool {
    match doc.lower(k) {
        "whether" | "how" | "if" | "which" | "where" => true,
        "by" => doc.lower(k + 1) == "whom",
        _ => false,
    }
}

/// The "say" of "... but did not say whether ...", joined by "but" or "and" to the clause
/// whose saying is at `from`, with no subject of its own.
fn unsaid_after(doc: &Doc, from: usize, end: usize) -> Option<Range<usize>> {
    (from + 1..end.saturating_sub(3)).find_map(|k| {
        let joined = matches!(doc.lower(k - 1), "but" | "and");
        let aux = matches!(doc.lower(k), "did" | "does" | "has" | "have" | "had");
        let unsaid = doc.lower(k + 1) == "not" && matches!(doc.lower(k + 2), "say" | "said");
        (joined && aux && unsaid && left_open(doc, k + 3)).then_some(k + 2..k + 3)
    })
}

/// "She said the commission would publish its own report in January": a saying that tells
/// of an announcement to come is coded as that announcement, not yet made (010,
/// unrealised); what else the saying reports stays attribution.
fn announces_later(doc: &Doc, from: usize, end: usize) -> bool {
    (from..end).any(|k| {
        matches!(doc.lower(k), "will" | "would")
            && (k + 1..end.min(k + 4)).any(|j| {
                matches!(
                    doc.lower(j),
                    "publish"
                        | "published"
                        | "announce"
                        | "announced"
                        | "declare"
                        | "declared"
                        | "unveil"
                        | "unveiled"
                )
            })
    })
}

/// "said his client had done nothing wrong", "had broken no law", "had always acted within
/// the law", "had not known about the scheme", "had no knowledge of the tender", "had played
/// no part in choosing the contractor": words that clear someone of wrongdoing, read in what
/// a speech verb reports, which the gold codes as a denial (016).
fn denies_wrongdoing(doc: &Doc, from: usize, end: usize) -> bool {
    const CLEARING: [&[&str]; 9] = [
        &["nothing", "wrong"],
        &["broken", "no", "law"],
        &["broke", "no", "law"],
        &["no", "wrongdoing"],
        &["within", "the", "law"],
        &["had", "not", "known"],
        &["no", "knowledge", "of"],
        &["played", "no", "part"],
        &["nothing", "to", "do", "with"],
    ];
    (from..end).any(|k| {
        CLEARING.iter().any(|words| {
            k + words.len() <= end
                && (words.iter().enumerate()).all(|(j, w)| doc.lower(k + j).starts_with(w))
        })
    })
}

/// "She said the ministry would not comment on the verdict", "... and had no further
/// comment": a saying whose content is a refusal to comment is that refusal (011), as the
/// gold codes "declined to comment".
fn declines_comment(doc: &Doc, from: usize, end: usize) -> bool {
    (from..end).any(|k| {
        doc.lower(k) == "comment"
            && (k.saturating_sub(2).max(from)..k)
                .any(|j| matches!(doc.lower(j), "not" | "no" | "n't"))
    })
}

/// The statement `ent` makes with the speech verb `cue_toks` of sentence `s`, addressed to
/// `to` ([`addressee`]): placed at the dateline for the lead, dated by the sentence ("said
/// on Monday") or else the story's date.
fn statement(
    cx: &Context,
    cameo: &Cameo,
    s: usize,
    ent: usize,
    cue_toks: Range<usize>,
    to: Option<usize>,
    polarity: Polarity,
) -> EventOut {
    let doc = cx.doc;
    let rel = cue_toks.start.saturating_sub(doc.sents[s].toks.start);
    let date = (cx.dates.of(doc, s, &cx.anchor, false).iter())
        .find(|d| d.toks.start.abs_diff(rel) <= 4)
        .map(|d| d.value.clone())
        .or_else(|| cx.anchor.today());
    let lead = s == cx.lead;
    EventOut {
        label: doc.lex.cameo_label(cameo).to_string(),
        cameo: cameo.clone(),
        trigger: cue_toks,
        sent: s,
        sources: vec![ent],
        targets: to.into_iter().collect(),
        places: if lead {
            cx.dateline_place.into_iter().collect()
        } else {
            Vec::new()
        },
        date,
        polarity,
        attribution: None,
        confidence: if lead { 0.6 } else { 0.5 },
        passive: false,
        reporting: false,
    }
}

/// "told parliament", "told supporters at the party's headquarters", "briefed the council":
/// the actor a statement is addressed to, named right after the speech verb (E1 makes it
/// the statement's target). A place there is where it was said, and the speaker is never
/// their own audience.
fn addressee(cx: &Context, s: usize, speaker: usize, cue: &Range<usize>) -> Option<usize> {
    let doc = cx.doc;
    let addressed = matches!(
        doc.lower(cue.start),
        "told" | "tells" | "tell" | "telling" | "briefed" | "briefs" | "addressed" | "addresses"
    );
    if !addressed || cue.len() != 1 {
        return None;
    }
    let from = cue.end + usize::from(doc.lower(cue.end) == "the");
    let actor = cx.views[s].actors.iter().find(|a| a.toks.start == from)?;
    (!actor.place && actor.ent != speaker).then_some(actor.ent)
}

/// How far past the lead (in sentences) a story's opening runs: its news and first reactions.
const OPENING: usize = 5;

/// Which of the statements `statements` made the gold codes. Over the tuning sets it codes
/// the sayings of states, bodies and those who speak or act for them, the first two voices
/// of a story however late they come, onlookers' accounts and late voices that report a
/// fact; it leaves uncoded the accounts of people the story ties to no body or country (a
/// farmer, a lawyer, an elder, "drivers said") and the third and later voices past the
/// opening that tell their own plan or concern, which round a story off rather than make its
/// news. Run after `offices`, which ties speakers to what they speak for.
pub(crate) fn drop_minor_statements(
    events: &mut Vec<EventOut>,
    doc: &Doc,
    nlp: &newsgraph_nlp::Doc,
    ents: &Entities,
    lead: usize,
) {
    use newsgraph_model::EntityType;
    let mut voices = 0;
    events.retain(|e| {
        if !is_statement(doc, e) {
            return true;
        }
        voices += 1;
        // "Residents said", "analysts at the bank said": E1 lists such groups among the
        // speakers, and their accounts are the story's eyewitness record however late
        // they come.
        let witnesses = e.sources.iter().any(|&x| bystanders(ents, x));
        let unaffiliated = !witnesses
            && (e.sources.iter())
                .all(|&x| matches!(ents.list[x].etype, EntityType::Person | EntityType::Group));
        // A late voice that reports a fact ("power has been restored, the utility said")
        // still makes news; one that tells its own plan or concern rounds the story off.
        let fact = || {
            (doc.toks.get(e.trigger.start))
                .is_some_and(|t| said_content::reports_fact(nlp, t.start))
        };
        let late = !witnesses && voices > 2 && e.sent > lead + OPENING && !fact();
        // Words addressed to someone ("told supporters") are news of their own.
        let addressed = !e.targets.is_empty();
        addressed || !(unaffiliated || late)
    });
}

/// A group of onlookers or observers named by what they are ("residents of the town",
/// "witnesses", "analysts"), who tell what they saw or expect rather than act.
fn bystanders(ents: &Entities, x: usize) -> bool {
    let ent = &ents.list[x];
    ent.etype == newsgraph_model::EntityType::Group
        && (ent.label.split_whitespace().last()).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "residents"
                    | "witnesses"
                    | "villagers"
                    | "locals"
                    | "people"
                    | "survivors"
                    | "sources"
                    | "analysts"
            )
        })
}

/// A statement `statements` made: a saying asserted, coded 010.
fn is_statement(doc: &Doc, e: &EventOut) -> bool {
    e.cameo.as_str() == "010"
        && e.polarity == Polarity::Asserted
        && doc.is_cue(e.trigger.start, newsgraph_lexicon::Cue::Speech)
}

/// "said it was ready to help": readiness is what the saying says (`parsed::readiness`), no
/// act of the speaker's beside it, so it leaves the statement standing.
fn voiced_offer(doc: &Doc, e: &EventOut) -> bool {
    e.cameo.root() == "03"
        && (crate::parsed::READINESS.iter())
            .any(|w| doc.word(e.trigger.start).eq_ignore_ascii_case(w))
}

/// A speaker is on record through the story's acts done by them, by the body they speak for
/// or by its country ("the army said its troops retook the town", "the minister said the
/// government would appeal"); a saying that only reports the acts of others ("militants
/// stormed the base, the army said") stays a statement of its own. Run after every step
/// that adds bodies and countries to the sources.
pub(crate) fn drop_covered_statements(events: &mut Vec<EventOut>, doc: &Doc, ents: &Entities) {
    // Each event's doers with their countries, and whether it is a statement: asked of
    // every pair, so worked out once.
    let sides: Vec<Vec<usize>> = (events.iter())
        .map(|e| {
            let mut all = e.sources.clone();
            all.extend(e.sources.iter().filter_map(|&x| ents.country_of(x)));
            all
        })
        .collect();
    let said: Vec<bool> = events.iter().map(|e| is_statement(doc, e)).collect();
    // "declared X the winner": a saying the trigger list codes is that act already.
    let same_saying = |e: &EventOut, st: &EventOut| {
        e.sent == st.sent && e.trigger.start < st.trigger.end && st.trigger.start < e.trigger.end
    };
    // A court speaks through its ruling: what the bench or its judge says of the case
    // ("the court said there was no proof", "the presiding judge said the defendant had
    // sold ...") gives the ruling's reasons, however far from it the story tells them.
    let ruling_bench = |i: usize| {
        (events[i].sources.iter())
            .filter(|&&x| crate::roles::named_court(&ents.list[x]))
            .any(|x| (0..events.len()).any(|j| !said[j] && events[j].sources.contains(x)))
    };
    let covered: Vec<bool> = (events.iter().enumerate())
        .map(|(i, st)| {
            said[i]
                && (ruling_bench(i)
                    || st.reporting
                        && (events.iter().enumerate()).any(|(j, e)| {
                            j != i
                                && (same_saying(e, st)
                                    || !said[j]
                                        && !voiced_offer(doc, e)
                                        && sides[j].iter().any(|x| sides[i].contains(x)))
                        }))
        })
        .collect();
    let mut covered = covered.into_iter();
    events.retain(|_| !covered.next().unwrap_or(false));
}

/// Whether a city called `label` is the capital of the country `iso`: the name the country
/// list gives ("Washington" for "Washington D.C."), or a city the gazetteer marks as that
/// country's capital under another spelling ("Naypyitaw", "Nay Pyi Taw" for "Naypyidaw").
pub(crate) fn is_capital(lex: &newsgraph_lexicon::Lexicon, iso: &str, label: &str) -> bool {
    let Some(country) = lex.country_by_code(iso) else {
        return false;
    };
    let (c, l) = (
        newsgraph_lexicon::key(&country.capital),
        newsgraph_lexicon::key(label),
    );
    c == l
        || c.strip_prefix(l.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
        || lex
            .city(label)
            .is_some_and(|city| city.capital && city.country == iso)
}

/// A person acts for the country or body they lead, serve or speak for: "Foreign Minister X
/// accused Y" is also that country's accusation. Each person among an event's sources or
/// targets brings those bodies into the same role, once.
pub(crate) fn offices(events: &mut [EventOut], rels: &[crate::roles::Rel], ents: &Entities) {
    use newsgraph_model::{EntityType, RelationType};
    let bodies = |x: usize| -> Vec<usize> {
        // "Turkish fighter jets entered Greek airspace": a national group's act is its
        // country's.
        if ents.list[x].etype == EntityType::Group {
            return rels
                .iter()
                .filter(|r| {
                    r.subj == x
                        && r.pred == RelationType::AffiliatedWith
                        && ents.list[r.obj].etype == EntityType::Country
                })
                .map(|r| r.obj)
                .collect();
        }
        // "Her government would ask": the government a head of government leads acts for
        // the country she leads too.
        if ents.list[x].etype == EntityType::Organisation {
            let heads = (rels.iter())
                .filter(|r| r.obj == x && r.pred == RelationType::LeaderOf)
                .map(|r| r.subj);
            return heads
                .flat_map(|p| {
                    rels.iter().filter(move |r| {
                        r.subj == p
                            && r.pred == RelationType::LeaderOf
                            && matches!(
                                ents.list[r.obj].etype,
                                EntityType::Country | EntityType::Polity
                            )
                    })
                })
                .map(|r| r.obj)
                .collect();
        }
        if ents.list[x].etype != EntityType::Person {
            return Vec::new();
        }
        rels.iter()
            .filter(|r| {
                r.subj == x
                    && matches!(
                        r.pred,
                        RelationType::LeaderOf
                            | RelationType::OfficialOf
                            | RelationType::SpokespersonOf
                    )
                    && ents.list[r.obj].etype != EntityType::Person
            })
            .map(|r| r.obj)
            .collect()
    };
    for e in events.iter_mut() {
        for role in [&mut e.sources, &mut e.targets] {
            let added: Vec<usize> = role.iter().flat_map(|&x| bodies(x)).collect();
            for b in added {
                if !role.contains(&b) {
                    role.push(b);
                }
            }
        }
    }
}

/// Adds to each event's sources the bodies its doers act for beyond their offices (see
/// [`doer_bodies`]), and theirs in turn: a spokesman's ministry brings its country. Run
/// after the targets are aimed: aiming compares an act's two sides, and a body added
/// before it made the ministers of a meeting one side and their bloc another.
pub(crate) fn doers_bodies(events: &mut [EventOut], rels: &[crate::roles::Rel], ents: &Entities) {
    for e in events.iter_mut() {
        let mut i = 0;
        while i < e.sources.len() {
            for b in doer_bodies(e.sources[i], rels, ents) {
                if !e.sources.contains(&b) {
                    e.sources.push(b);
                }
            }
            i += 1;
        }
        // "condemned the attack by RSF fighters": the fighters named with their movement
        // stand for it on the receiving side too. What is said against a ministry or a
        // body's members is said against what they act for, as the gold of both eras
        // lists it beside them.
        let said_of = matches!(e.cameo.root(), "01" | "11" | "12");
        let named_bodies: Vec<usize> = (e.targets.iter())
            .flat_map(|&t| {
                doer_bodies(t, rels, ents)
                    .into_iter()
                    .filter(move |&b| said_of || named_with(ents, t, b))
            })
            .collect();
        for b in named_bodies {
            if !e.targets.contains(&b) {
                e.targets.push(b);
            }
        }
    }
}

/// Whether group `g`'s name opens with body `b`'s ("RSF fighters" with "RSF").
fn named_with(ents: &Entities, g: usize, b: usize) -> bool {
    let (g, b) = (&ents.list[g], &ents.list[b]);
    g.etype == newsgraph_model::EntityType::Group
        && (g.label.to_lowercase())
            .strip_prefix(&b.label.to_lowercase())
            .is_some_and(|rest| rest.starts_with(' '))
}

/// Who else a doer acts for, as the gold graphs of our development sets mostly record it:
/// "officers from the fraud agency searched ..." and "its fighters attacked ..." are the
/// body's acts too (the body is listed beside its members in about five of six such
/// events), and a ministry or an embassy speaks for its country (seven in ten), while a
/// government, an army, the police or a court is listed alone about as often as not or
/// more, so those keep their country out.
fn doer_bodies(x: usize, rels: &[crate::roles::Rel], ents: &Entities) -> Vec<usize> {
    use newsgraph_model::{EntityType, RelationType};
    let ent = &ents.list[x];
    match ent.etype {
        EntityType::Group => (rels.iter())
            .filter(|r| {
                r.subj == x
                    && matches!(
                        r.pred,
                        RelationType::MemberOf
                            | RelationType::PartOf
                            | RelationType::AffiliatedWith
                    )
                    && ents.list[r.obj].etype == EntityType::Organisation
            })
            .map(|r| r.obj)
            .collect(),
        EntityType::Organisation if state_organ(&ent.label) => {
            ents.country_of(x).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// "the Chinese foreign ministry", "Russia's embassy": a body whose head noun makes it an
/// organ of a state's foreign or home administration.
fn state_organ(label: &str) -> bool {
    label
        .split_whitespace()
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("ministry") || w.eq_ignore_ascii_case("embassy"))
}

/// Plural nouns for an armed movement's members, which wire copy uses after naming the
/// movement once ("M23 fighters ... the rebels freed ...").
const FIGHTERS: [&str; 7] = [
    "rebels",
    "militants",
    "fighters",
    "insurgents",
    "guerrillas",
    "jihadists",
    "gunmen",
];

/// "al Shabaab militants attacked ... The militants stormed the base": when the story names
/// exactly one movement by putting such a noun after its name, the bare noun elsewhere
/// stands for that movement too, which joins the fighters in every role they hold.
pub(crate) fn fighters_movement(events: &mut [EventOut], text: &str, ents: &Entities) {
    use newsgraph_model::EntityType;
    let is_fighters = |label: &str| FIGHTERS.iter().any(|w| label.eq_ignore_ascii_case(w));
    let generic: Vec<usize> = (0..ents.list.len())
        .filter(|&x| is_fighters(&ents.list[x].label))
        .collect();
    if generic.is_empty() {
        return;
    }
    let followed = |end: usize| {
        let rest = text.get(end..).unwrap_or("");
        let word = rest
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next();
        rest.starts_with(char::is_whitespace) && word.is_some_and(is_fighters)
    };
    let mut named = (ents.list.iter().enumerate()).filter(|(_, e)| {
        matches!(e.etype, EntityType::Organisation | EntityType::Group)
            && !is_fighters(&e.label)
            && e.mentions.iter().any(|m| m.naming && followed(m.end))
    });
    let (Some((movement, _)), None) = (named.next(), named.next()) else {
        return;
    };
    for e in events.iter_mut() {
        for role in [&mut e.sources, &mut e.targets] {
            if role.iter().any(|x| generic.contains(x)) && !role.contains(&movement) {
                role.push(movement);
            }
        }
    }
}

/// "The committee's next meeting is in February", "the bank's next policy meeting": a body's
/// own sitting to come is its calendar, not a meeting with anyone.
pub(crate) fn drop_routine_sittings(doc: &Doc, events: &mut Vec<EventOut>) {
    events.retain(|e| {
        let t = e.trigger.start;
        let next = (t >= 1 && doc.lower(t - 1) == "next")
            || (t >= 2 && doc.lower(t - 1) == "policy" && doc.lower(t - 2) == "next");
        !(next && e.targets.is_empty() && e.cameo.root() == "04")
    });
}

/// "marched through the capital to demand higher pay", "gathered outside the commission to
/// demand a recount": a demand told as what a protest is for is said by the protest itself,
/// not made on its own occasion. Run after `parsed::aim`, which aims the protest where the
/// demand is aimed.
pub(crate) fn drop_protest_purposes(doc: &Doc, events: &mut Vec<EventOut>) {
    let purpose: Vec<bool> = (events.iter())
        .map(|e| {
            let t = e.trigger.start;
            e.cameo.root() == "10"
                && t >= 1
                && doc.lower(t - 1) == "to"
                && (events.iter())
                    .any(|m| m.sent == e.sent && m.cameo.root() == "14" && m.trigger.end < t)
        })
        .collect();
    let mut purpose = purpose.into_iter();
    events.retain(|_| !purpose.next().unwrap_or(false));
}

/// "Talks with the group were held in Doha" names no one who held them and is still an act;
/// an active verb or an event noun with no doer the story can name ("fighting has continued",
/// "the release of two leaders", "urged calm" with its subject lost) is background or a
/// misread the graph cannot use: who did it is what a who-did-what-to-whom event is for.
/// Run last, after every step that fills in doers.
pub(crate) fn drop_doerless(events: &mut Vec<EventOut>) {
    // Arrests, sentences, raids and releases are told of unnamed courts and police ("a
    // court in Lagos sentenced ...", "a court ordered her release"): coercion and its undoing
    // keep their target alone.
    events.retain(|e| !e.sources.is_empty() || e.passive || matches!(e.cameo.root(), "17" | "08"));
    // "accused the Kombo of burning his house" with no entity for the Kombo: an accusation
    // is always of someone, so one aimed at no one is a misread or an accused the graph
    // cannot hold. Not a criticism, which may judge a thing alone ("criticised delays in
    // the count").
    events.retain(|e| !e.targets.is_empty() || e.cameo.as_str() != "112");
    // "The front said its fighters had overrun two outposts", read as an accusation of the
    // fighters: once they have joined the body they fight for, the accused is the speaker
    // itself, and a side telling of its own act accuses no one. Only the accusations read
    // from a reported act; one a verb says ("accused") stands whoever the roles hold.
    events.retain(|e| {
        e.cameo.as_str() != "112"
            || e.confidence != crate::parsed::CLAIM
            || !e.targets.iter().any(|x| e.sources.contains(x))
    });
}
