//! Scoring one article graph against its gold file.

use newsgraph_model::{ArticleGraph, Entity, Event, Evidence};

use crate::gold::{Gold, GoldEntity, GoldEvent};
use crate::matching::{
    assign, entity_matches, event_matches, normalise_name, relation_matches, role_agrees,
    EntityLinks,
};
use crate::report::{ArticleScore, Category, Finding, FindingKind, Part, Report, Scores};

/// Scores one article: entities, relations and events, each matched one-to-one by the
/// gold format's rules (see the crate documentation), with every miss and false positive
/// described.
pub fn score_article(gold: &Gold, output: &ArticleGraph) -> ArticleScore {
    let links = EntityLinks::new(gold, output);
    let mut findings = Vec::new();
    let entities = score_entities(gold, output, &links, &mut findings);
    let relations = score_relations(gold, output, &links, &mut findings);
    let events = score_events(gold, output, &links, &mut findings);
    ArticleScore {
        id: gold.article.id.clone(),
        scores: Scores {
            entities,
            relations,
            events,
        },
        findings,
    }
}

/// Scores every pair and sums the counts into totals; articles keep the given order.
pub fn score(pairs: &[(Gold, ArticleGraph)]) -> Report {
    Report::new(pairs.iter().map(|(g, o)| score_article(g, o)).collect())
}

/// Which golds were matched, given the gold per output.
fn matched_golds(assigned: &[Option<usize>], golds: usize) -> Vec<bool> {
    let mut matched = vec![false; golds];
    for g in assigned.iter().flatten() {
        matched[*g] = true;
    }
    matched
}

fn score_entities(
    gold: &Gold,
    output: &ArticleGraph,
    links: &EntityLinks,
    findings: &mut Vec<Finding>,
) -> Category {
    let assigned = assign(&links.candidates, gold.entities.len());
    let matched = matched_golds(&assigned, gold.entities.len());
    let mut cat = Category::default();
    let mut fps = Vec::new();
    for (i, (o, a)) in output.entities.iter().zip(&assigned).enumerate() {
        match a {
            Some(g) => cat.count(gold.entities[*g].etype.as_str(), 1, 0, 0),
            None => {
                cat.count(o.etype.as_str(), 0, 1, 0);
                let why = match links.candidates[i].first() {
                    Some(&g) => format!(" (names {}, already matched)", gold.entities[g].id),
                    None => String::new(),
                };
                fps.push(finding(
                    Part::Entity,
                    FindingKind::FalsePositive,
                    Some(&o.id),
                    format!("{}{why}", describe_entity(o)),
                ));
            }
        }
    }
    for (g, ge) in gold.entities.iter().enumerate() {
        if !matched[g] {
            cat.count(ge.etype.as_str(), 0, 0, 1);
            let names = quoted(&ge.names);
            let near = output
                .entities
                .iter()
                .find(|o| !entity_matches(o, ge) && shares_a_name(o, ge))
                .map(|o| format!(" (output {} has the name but is {})", o.id, o.kind.as_str()))
                .unwrap_or_default();
            findings.push(finding(
                Part::Entity,
                FindingKind::Miss,
                Some(&ge.id),
                format!(
                    "{} ({} {}): {names}{near}",
                    ge.id,
                    ge.kind.as_str(),
                    ge.etype
                ),
            ));
        }
    }
    findings.append(&mut fps);
    cat
}

fn shares_a_name(o: &Entity, g: &GoldEntity) -> bool {
    let names: Vec<String> = g.names.iter().map(|n| normalise_name(n)).collect();
    std::iter::once(&o.label)
        .chain(&o.names)
        .any(|n| names.contains(&normalise_name(n)))
}

fn score_relations(
    gold: &Gold,
    output: &ArticleGraph,
    links: &EntityLinks,
    findings: &mut Vec<Finding>,
) -> Category {
    let candidates: Vec<Vec<usize>> = output
        .relations
        .iter()
        .map(|r| {
            (0..gold.relations.len())
                .filter(|&g| relation_matches(links, gold, output, r, &gold.relations[g]))
                .collect()
        })
        .collect();
    let assigned = assign(&candidates, gold.relations.len());
    let matched = matched_golds(&assigned, gold.relations.len());
    let mut cat = Category::default();
    let mut fps = Vec::new();
    for (r, a) in output.relations.iter().zip(&assigned) {
        match a {
            Some(g) => cat.count(&predicate_key(&gold.relations[*g].predicate), 1, 0, 0),
            None => {
                cat.count(r.predicate.as_str(), 0, 1, 0);
                let text = format!(
                    "{} {} {}{}",
                    entity_name(output, &r.subject),
                    r.predicate,
                    entity_name(output, &r.object),
                    evidence_text(output, &r.evidence),
                );
                fps.push(finding(
                    Part::Relation,
                    FindingKind::FalsePositive,
                    None,
                    text,
                ));
            }
        }
    }
    for (g, gr) in gold.relations.iter().enumerate() {
        if !matched[g] {
            cat.count(&predicate_key(&gr.predicate), 0, 0, 1);
            let text = format!("{} {} {}", gr.subject, gr.predicate, gr.object);
            findings.push(finding(Part::Relation, FindingKind::Miss, None, text));
        }
    }
    findings.append(&mut fps);
    cat
}

/// Gold predicates count under the snake_case name whichever spelling the file used.
fn predicate_key(predicate: &str) -> String {
    predicate
        .parse::<newsgraph_model::RelationType>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|_| predicate.to_string())
}

fn event_key(g: &GoldEvent) -> String {
    match g.cameo_root() {
        Some(root) => root.to_string(),
        None => format!("type:{}", g.label),
    }
}

fn score_events(
    gold: &Gold,
    output: &ArticleGraph,
    links: &EntityLinks,
    findings: &mut Vec<Finding>,
) -> Category {
    let candidates: Vec<Vec<usize>> = output
        .events
        .iter()
        .map(|e| {
            (0..gold.events.len())
                .filter(|&g| event_matches(links, gold, output, e, &gold.events[g]))
                .collect()
        })
        .collect();
    let assigned = assign(&candidates, gold.events.len());
    let matched = matched_golds(&assigned, gold.events.len());
    let mut cat = Category::default();
    let mut fps = Vec::new();
    for (e, a) in output.events.iter().zip(&assigned) {
        match a {
            Some(g) => cat.count(&event_key(&gold.events[*g]), 1, 0, 0),
            None => {
                cat.count(e.cameo.root(), 0, 1, 0);
                fps.push(finding(
                    Part::Event,
                    FindingKind::FalsePositive,
                    Some(&e.id),
                    describe_event(output, e),
                ));
            }
        }
    }
    for (g, ge) in gold.events.iter().enumerate() {
        if !matched[g] {
            cat.count(&event_key(ge), 0, 0, 1);
            let code = ge.cameo.as_deref().unwrap_or("no code");
            let text = format!(
                "{} {} [{code}, {}]: {} -> {}{}",
                ge.id,
                ge.label,
                ge.polarity.as_str(),
                list_or_dash(&ge.source),
                list_or_dash(&ge.target),
                near_event(gold, output, links, ge),
            );
            findings.push(finding(Part::Event, FindingKind::Miss, Some(&ge.id), text));
        }
    }
    findings.append(&mut fps);
    cat
}

/// For a missed gold event, what kept the closest output event (same code) from matching;
/// with no output event of that code, an output event of another code whose doers agree.
///
/// The closest is the one failing the fewest conditions, so a reader sees "matched another
/// gold event" (the gold counts one trigger twice) rather than the reasons of whichever
/// same-code event came first.
fn near_event(gold: &Gold, output: &ArticleGraph, links: &EntityLinks, g: &GoldEvent) -> String {
    let same_code = |e: &&Event| match g.cameo_root() {
        Some(root) => e.cameo.root() == root,
        None => normalise_name(&e.label) == normalise_name(&g.label),
    };
    let reasons_of = |e: &Event| {
        let mut reasons = Vec::new();
        if e.polarity != g.polarity {
            reasons.push(format!("polarity {}", e.polarity.as_str()));
        }
        if !role_agrees(links, gold, output, &g.source, &e.sources) {
            reasons.push("other sources".to_string());
        }
        if !role_agrees(links, gold, output, &g.target, &e.targets) {
            reasons.push("other targets".to_string());
        }
        reasons
    };
    let closest = output
        .events
        .iter()
        .filter(same_code)
        .map(|e| (e, reasons_of(e)))
        .min_by_key(|(_, r)| r.len());
    let Some((e, reasons)) = closest else {
        let doers_agree = |e: &&Event| {
            (!g.source.is_empty() || !g.target.is_empty())
                && role_agrees(links, gold, output, &g.source, &e.sources)
                && role_agrees(links, gold, output, &g.target, &e.targets)
        };
        return match output.events.iter().find(doers_agree) {
            Some(e) => format!(
                " (output {} has these doers, code {})",
                e.id,
                e.cameo.as_str()
            ),
            None => String::new(),
        };
    };
    if reasons.is_empty() {
        // Every condition holds: the output event was matched to another gold event.
        return format!(" (output {} matched another gold event)", e.id);
    }
    format!(" (output {} has {})", e.id, reasons.join(", "))
}

fn finding(part: Part, kind: FindingKind, id: Option<&str>, text: String) -> Finding {
    Finding {
        part,
        kind,
        id: id.map(str::to_string),
        text,
    }
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn list_or_dash(ids: &[String]) -> String {
    if ids.is_empty() {
        "-".to_string()
    } else {
        ids.join(", ")
    }
}

fn describe_entity(e: &Entity) -> String {
    let others: Vec<String> = e.names.iter().filter(|n| **n != e.label).cloned().collect();
    let also = if others.is_empty() {
        String::new()
    } else {
        format!(", also {}", quoted(&others))
    };
    format!(
        "{} {:?} ({} {}){also}",
        e.id,
        e.label,
        e.kind.as_str(),
        e.etype
    )
}

fn entity_name(output: &ArticleGraph, id: &str) -> String {
    match output.entity(id) {
        Some(e) => format!("{:?}", e.label),
        None => id.to_string(),
    }
}

fn names_of(output: &ArticleGraph, ids: &[String]) -> String {
    if ids.is_empty() {
        return "-".to_string();
    }
    ids.iter()
        .map(|id| entity_name(output, id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe_event(output: &ArticleGraph, e: &Event) -> String {
    format!(
        "{} {} [{}, {}]: {} -> {}{}",
        e.id,
        e.label,
        e.cameo,
        e.polarity.as_str(),
        names_of(output, &e.sources),
        names_of(output, &e.targets),
        evidence_text(output, &e.evidence),
    )
}

/// `; evidence "accused" in "…the sentence…"`, the sentence cut to a readable length.
fn evidence_text(output: &ArticleGraph, ev: &Evidence) -> String {
    let sentence = ev
        .sentence_span
        .slice(&output.article.text)
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    const MAX: usize = 160;
    let sentence = if sentence.chars().count() > MAX {
        let cut: String = sentence.chars().take(MAX).collect();
        format!("{cut}…")
    } else {
        sentence
    };
    if sentence.is_empty() {
        format!("; evidence {:?}", ev.text)
    } else {
        format!("; evidence {:?} in {sentence:?}", ev.text)
    }
}
