//! Each matching rule of the gold format, pinned with small hand-made gold and output pairs.

use newsgraph_eval::{score, score_article, ArticleScore, FindingKind, Gold, Part, Prf};
use newsgraph_model::{
    Article, ArticleGraph, Cameo, Entity, EntityType, Event, Evidence, Polarity, Relation,
    RelationType, Span,
};
use serde_json::json;

const TEXT: &str = "The envoy accused the rebels. Talks were held in the capital.";

fn gold(value: serde_json::Value) -> Gold {
    let mut value = value;
    value["article"] = json!({"id": "t1", "text_file": "t1.txt"});
    Gold::from_json(&value.to_string()).unwrap()
}

fn graph(entities: Vec<Entity>, relations: Vec<Relation>, events: Vec<Event>) -> ArticleGraph {
    ArticleGraph {
        article: Article {
            id: "t1".into(),
            title: None,
            source: None,
            url: None,
            published: None,
            dateline: None,
            text: TEXT.into(),
        },
        extractor: "test".into(),
        sentences: vec![Span::new(0, 29).unwrap(), Span::new(30, 61).unwrap()],
        entities,
        relations,
        events,
    }
}

fn entity(id: &str, etype: EntityType, names: &[&str]) -> Entity {
    let mut e = Entity::new(id, etype, names[0]);
    e.names = names.iter().map(|n| n.to_string()).collect();
    e
}

fn evidence() -> Evidence {
    Evidence {
        sentence: 0,
        sentence_span: Span::new(0, 29).unwrap(),
        span: Span::new(10, 17).unwrap(),
        text: "accused".into(),
    }
}

fn relation(subject: &str, predicate: RelationType, object: &str) -> Relation {
    Relation {
        subject: subject.into(),
        predicate,
        object: object.into(),
        polarity: Polarity::Asserted,
        attribution: None,
        evidence: evidence(),
        confidence: 0.9,
    }
}

fn event(id: &str, cameo: &str, sources: &[&str], targets: &[&str], polarity: Polarity) -> Event {
    Event {
        id: id.into(),
        iri: None,
        cameo: cameo.parse::<Cameo>().unwrap(),
        label: "accuse".into(),
        trigger: "accused".into(),
        sources: sources.iter().map(|s| s.to_string()).collect(),
        targets: targets.iter().map(|s| s.to_string()).collect(),
        places: vec![],
        date: None,
        polarity,
        attribution: None,
        evidence: evidence(),
        confidence: 0.8,
    }
}

fn counts(p: Prf) -> (usize, usize, usize) {
    (p.tp, p.fp, p.fn_)
}

fn entity_counts(s: &ArticleScore) -> (usize, usize, usize) {
    counts(s.scores.entities.overall)
}

fn one_entity_gold(kind: &str, etype: &str, names: &[&str]) -> Gold {
    gold(json!({"entities": [{"id": "g", "kind": kind, "type": etype, "names": names}]}))
}

#[test]
fn names_ignore_case_spacing_and_a_leading_the() {
    let g = one_entity_gold("actor", "organisation", &["the Pentagon"]);
    for label in [
        "PENTAGON",
        "  the   pentagon ",
        "The Pentagon",
        "the\tPentagon",
    ] {
        let out = graph(
            vec![entity("o", EntityType::Organisation, &[label])],
            vec![],
            vec![],
        );
        assert_eq!(
            entity_counts(&score_article(&g, &out)),
            (1, 0, 0),
            "{label:?}"
        );
    }
    // "the" only goes at the start, and a longer name is another name.
    for label in ["Pentagon Papers", "Pentagon the", "Theodore Pentagon"] {
        let out = graph(
            vec![entity("o", EntityType::Organisation, &[label])],
            vec![],
            vec![],
        );
        assert_eq!(
            entity_counts(&score_article(&g, &out)),
            (0, 1, 1),
            "{label:?}"
        );
    }
}

#[test]
fn any_output_name_may_match_any_gold_name() {
    let g = one_entity_gold("actor", "person", &["Ana Lopes", "Lopes"]);
    let mut e = entity("o", EntityType::Person, &["Minister Ana Lopes"]);
    e.names.push("Lopes".into());
    let out = graph(vec![e], vec![], vec![]);
    assert_eq!(entity_counts(&score_article(&g, &out)), (1, 0, 0));
}

#[test]
fn kinds_must_agree_except_for_countries() {
    let g = one_entity_gold("place", "region", &["Darfur"]);
    let out = graph(
        vec![entity("o", EntityType::Organisation, &["Darfur"])],
        vec![],
        vec![],
    );
    let s = score_article(&g, &out);
    assert_eq!(entity_counts(&s), (0, 1, 1));
    let miss = s
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Miss)
        .unwrap();
    assert!(
        miss.text.contains("output o has the name but is actor"),
        "{}",
        miss.text
    );

    // A country listed as a place in gold still matches an output country (an actor)...
    let g = one_entity_gold("place", "country", &["Chile"]);
    let out = graph(
        vec![entity("o", EntityType::Country, &["Chile"])],
        vec![],
        vec![],
    );
    assert_eq!(entity_counts(&score_article(&g, &out)), (1, 0, 0));
    // ...and a gold country (an actor) matches an output place of unknown type.
    let g = one_entity_gold("actor", "country", &["Chile"]);
    let out = graph(
        vec![entity("o", EntityType::Location, &["Chile"])],
        vec![],
        vec![],
    );
    assert_eq!(entity_counts(&score_article(&g, &out)), (1, 0, 0));
}

#[test]
fn each_gold_entity_is_matched_once_and_duplicates_are_false_positives() {
    let g = one_entity_gold("actor", "person", &["Ana Lopes", "Lopes"]);
    let out = graph(
        vec![
            entity("o1", EntityType::Person, &["Ana Lopes"]),
            entity("o2", EntityType::Person, &["Lopes"]),
        ],
        vec![],
        vec![],
    );
    let s = score_article(&g, &out);
    assert_eq!(entity_counts(&s), (1, 1, 0));
    let fp = s
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::FalsePositive)
        .unwrap();
    assert_eq!(fp.id.as_deref(), Some("o2"));
    assert!(fp.text.contains("names g, already matched"), "{}", fp.text);
}

#[test]
fn one_to_one_assignment_finds_the_most_matches() {
    // o1 names both gold entities, o2 only the first. A greedy pass in output order gives
    // o1 the first and leaves o2 without; the scorer moves o1 to the second.
    let g = gold(json!({"entities": [
        {"id": "g1", "kind": "actor", "type": "group", "names": ["rebels"]},
        {"id": "g2", "kind": "actor", "type": "group", "names": ["fighters", "armed rebels"]}
    ]}));
    let mut o1 = entity("o1", EntityType::Group, &["rebels"]);
    o1.names.push("fighters".into());
    let out = graph(
        vec![o1, entity("o2", EntityType::Group, &["the rebels"])],
        vec![],
        vec![],
    );
    assert_eq!(entity_counts(&score_article(&g, &out)), (2, 0, 0));
}

fn people_gold(relations: serde_json::Value) -> Gold {
    gold(json!({
        "entities": [
            {"id": "lopes", "kind": "actor", "type": "person", "names": ["Ana Lopes", "Lopes"]},
            {"id": "ministry", "kind": "actor", "type": "organisation", "names": ["Foreign Ministry"]},
            {"id": "chile", "kind": "actor", "type": "country", "names": ["Chile"]}
        ],
        "relations": relations
    }))
}

fn people_output(relations: Vec<Relation>) -> ArticleGraph {
    graph(
        vec![
            entity("p", EntityType::Person, &["Ana Lopes"]),
            entity("m", EntityType::Organisation, &["the foreign ministry"]),
            entity("c", EntityType::Country, &["Chile"]),
            entity("x", EntityType::Person, &["Someone Else"]),
        ],
        relations,
        vec![],
    )
}

#[test]
fn relation_needs_the_predicate_and_both_ends() {
    let g = people_gold(
        json!([{"subject": "lopes", "predicate": "official_of", "object": "ministry"}]),
    );
    let rel = |s, p, o| {
        counts(
            score_article(&g, &people_output(vec![relation(s, p, o)]))
                .scores
                .relations
                .overall,
        )
    };
    assert_eq!(rel("p", RelationType::OfficialOf, "m"), (1, 0, 0));
    assert_eq!(rel("p", RelationType::LeaderOf, "m"), (0, 1, 1));
    assert_eq!(rel("x", RelationType::OfficialOf, "m"), (0, 1, 1));
    assert_eq!(rel("p", RelationType::OfficialOf, "c"), (0, 1, 1));
    // Ends are not interchangeable.
    assert_eq!(rel("m", RelationType::OfficialOf, "p"), (0, 1, 1));
}

#[test]
fn both_predicate_spellings_are_accepted_in_gold() {
    let g = people_gold(
        json!([{"subject": "lopes", "predicate": "spokespersonOf", "object": "ministry"}]),
    );
    let s = score_article(
        &g,
        &people_output(vec![relation("p", RelationType::SpokespersonOf, "m")]),
    );
    assert_eq!(counts(s.scores.relations.overall), (1, 0, 0));
    // Counted under the snake_case name either way.
    assert!(s.scores.relations.by_type.contains_key("spokesperson_of"));
}

#[test]
fn relation_ends_resolve_through_any_entity_that_names_the_gold_one() {
    // The output splits Lopes in two; the entity score pays for it, the relation read on
    // the duplicate still counts.
    let g = people_gold(
        json!([{"subject": "lopes", "predicate": "official_of", "object": "ministry"}]),
    );
    let mut out = people_output(vec![relation("p2", RelationType::OfficialOf, "m")]);
    out.entities
        .push(entity("p2", EntityType::Person, &["Lopes"]));
    let s = score_article(&g, &out);
    assert_eq!(counts(s.scores.entities.overall), (3, 2, 0));
    assert_eq!(counts(s.scores.relations.overall), (1, 0, 0));
}

#[test]
fn a_relation_stated_twice_is_one_hit_and_one_false_positive() {
    let g = people_gold(
        json!([{"subject": "lopes", "predicate": "official_of", "object": "ministry"}]),
    );
    let out = people_output(vec![
        relation("p", RelationType::OfficialOf, "m"),
        relation("p", RelationType::OfficialOf, "m"),
    ]);
    assert_eq!(
        counts(score_article(&g, &out).scores.relations.overall),
        (1, 1, 0)
    );
}

fn conflict_gold(events: serde_json::Value) -> Gold {
    gold(json!({
        "entities": [
            {"id": "north", "kind": "actor", "type": "country", "names": ["Northland"]},
            {"id": "south", "kind": "actor", "type": "country", "names": ["Southland"]},
            {"id": "sides", "kind": "actor", "type": "group", "names": ["the two sides", "both sides"]},
            {"id": "envoy", "kind": "actor", "type": "person", "names": ["the envoy"]}
        ],
        "events": events
    }))
}

fn conflict_output(events: Vec<Event>) -> ArticleGraph {
    graph(
        vec![
            entity("n", EntityType::Country, &["Northland"]),
            entity("s", EntityType::Country, &["Southland"]),
            entity("b", EntityType::Group, &["both sides"]),
            entity("v", EntityType::Person, &["envoy"]),
        ],
        vec![],
        events,
    )
}

fn event_counts(g: &Gold, events: Vec<Event>) -> (usize, usize, usize) {
    counts(
        score_article(g, &conflict_output(events))
            .scores
            .events
            .overall,
    )
}

#[test]
fn events_match_on_the_cameo_root() {
    let g = conflict_gold(json!([{"id": "e1", "type": "accuse", "cameo": "112",
        "source": ["north"], "target": ["south"], "polarity": "asserted"}]));
    let a = Polarity::Asserted;
    assert_eq!(
        event_counts(&g, vec![event("x", "1123", &["n"], &["s"], a)]),
        (1, 0, 0)
    );
    assert_eq!(
        event_counts(&g, vec![event("x", "11", &["n"], &["s"], a)]),
        (1, 0, 0)
    );
    assert_eq!(
        event_counts(&g, vec![event("x", "120", &["n"], &["s"], a)]),
        (0, 1, 1)
    );
    let s = score_article(
        &g,
        &conflict_output(vec![event("x", "1123", &["n"], &["s"], a)]),
    );
    assert_eq!(counts(s.scores.events.by_type["11"]), (1, 0, 0));
}

#[test]
fn polarity_must_agree() {
    let g = conflict_gold(json!([{"id": "e1", "type": "meet", "cameo": "043",
        "source": ["north"], "target": ["south"], "polarity": "negated"}]));
    let s = score_article(
        &g,
        &conflict_output(vec![event("x", "043", &["n"], &["s"], Polarity::Asserted)]),
    );
    assert_eq!(counts(s.scores.events.overall), (0, 1, 1));
    let miss = s
        .findings
        .iter()
        .find(|f| f.part == Part::Event && f.kind == FindingKind::Miss)
        .unwrap();
    assert!(
        miss.text.contains("output x has polarity asserted"),
        "{}",
        miss.text
    );
    let g_ok = event_counts(
        &g,
        vec![event("x", "043", &["n"], &["s"], Polarity::Negated)],
    );
    assert_eq!(g_ok, (1, 0, 0));
}

#[test]
fn roles_need_one_shared_entity_each() {
    let g = conflict_gold(json!([{"id": "e1", "type": "accuse", "cameo": "112",
        "source": ["north", "sides"], "target": ["south", "sides"], "polarity": "asserted"}]));
    let a = Polarity::Asserted;
    // One entity in common per role is enough, and extra output entities do no harm.
    assert_eq!(
        event_counts(&g, vec![event("x", "112", &["b", "v"], &["s"], a)]),
        (1, 0, 0)
    );
    assert_eq!(
        event_counts(&g, vec![event("x", "112", &["v"], &["s"], a)]),
        (0, 1, 1)
    );
    assert_eq!(
        event_counts(&g, vec![event("x", "112", &["n"], &[], a)]),
        (0, 1, 1)
    );
}

#[test]
fn empty_gold_roles_ask_nothing() {
    let g = conflict_gold(json!([{"id": "e1", "type": "statement", "cameo": "010",
        "source": ["envoy"], "target": [], "polarity": "asserted"}]));
    let a = Polarity::Asserted;
    assert_eq!(
        event_counts(&g, vec![event("x", "012", &["v"], &["n", "s"], a)]),
        (1, 0, 0)
    );
    assert_eq!(
        event_counts(&g, vec![event("x", "012", &["v"], &[], a)]),
        (1, 0, 0)
    );
    assert_eq!(
        event_counts(&g, vec![event("x", "012", &[], &[], a)]),
        (0, 1, 1)
    );
}

#[test]
fn reciprocal_events_are_two_gold_events() {
    let g = conflict_gold(json!([
        {"id": "ab", "type": "accuse", "cameo": "112", "source": ["sides", "north"],
         "target": ["sides", "south"], "polarity": "asserted"},
        {"id": "ba", "type": "accuse", "cameo": "112", "source": ["sides", "south"],
         "target": ["sides", "north"], "polarity": "asserted"}
    ]));
    let a = Polarity::Asserted;
    // Two directed edges: both found.
    let two = vec![
        event("x", "112", &["n"], &["s"], a),
        event("y", "112", &["s"], &["n"], a),
    ];
    assert_eq!(event_counts(&g, two), (2, 0, 0));
    // "Both sides accused each other" read once: one of the two.
    assert_eq!(
        event_counts(&g, vec![event("x", "112", &["b"], &["b"], a)]),
        (1, 0, 1)
    );
    // The same direction twice: the second has no gold left.
    let same = vec![
        event("x", "112", &["n"], &["s"], a),
        event("y", "112", &["n"], &["s"], a),
    ];
    assert_eq!(event_counts(&g, same), (1, 1, 1));
}

#[test]
fn gold_event_without_code_matches_on_the_label() {
    let g = conflict_gold(json!([{"id": "e1", "type": "Accuse", "source": ["north"],
        "target": [], "polarity": "asserted"}]));
    let a = Polarity::Asserted;
    assert_eq!(
        event_counts(&g, vec![event("x", "112", &["n"], &[], a)]),
        (1, 0, 0)
    );
    let mut other = event("x", "112", &["n"], &[], a);
    other.label = "criticise".into();
    let s = score_article(&g, &conflict_output(vec![other]));
    assert_eq!(counts(s.scores.events.overall), (0, 1, 1));
    assert_eq!(counts(s.scores.events.by_type["type:Accuse"]), (0, 0, 1));
    assert_eq!(counts(s.scores.events.by_type["11"]), (0, 1, 0));
}

#[test]
fn types_count_hits_and_misses_under_gold_and_false_positives_under_output() {
    let g = gold(json!({"entities": [
        {"id": "c", "kind": "place", "type": "city", "names": ["Valparaíso"]},
        {"id": "r", "kind": "place", "type": "region", "names": ["Atacama"]}
    ]}));
    let out = graph(
        vec![
            entity("o1", EntityType::Location, &["Valparaíso"]),
            entity("o2", EntityType::Person, &["Atacama"]),
        ],
        vec![],
        vec![],
    );
    let by = score_article(&g, &out).scores.entities.by_type;
    assert_eq!(counts(by["city"]), (1, 0, 0));
    assert_eq!(counts(by["region"]), (0, 0, 1));
    assert_eq!(counts(by["person"]), (0, 1, 0));
    assert!(!by.contains_key("location"));
}

#[test]
fn report_sums_articles_and_explains_in_text_and_json() {
    let g = people_gold(
        json!([{"subject": "lopes", "predicate": "official_of", "object": "ministry"}]),
    );
    let out = people_output(vec![relation("x", RelationType::LeaderOf, "c")]);
    let report = score(&[(g.clone(), out.clone()), (g, out)]);
    assert_eq!(counts(report.totals.entities.overall), (6, 2, 0));
    assert_eq!(counts(report.totals.relations.overall), (0, 2, 2));

    let mut buf = Vec::new();
    report.write_text(&mut buf, true).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert!(text.contains("newsgraph eval: 2 articles"), "{text}");
    assert!(
        text.contains("miss           relation lopes official_of ministry"),
        "{text}"
    );
    assert!(
        text.contains(r#"false positive relation "Someone Else" leader_of "Chile"; evidence "accused" in "The envoy accused the rebels.""#),
        "{text}"
    );
    let mut quiet = Vec::new();
    report.write_text(&mut quiet, false).unwrap();
    assert!(!String::from_utf8(quiet).unwrap().contains("false positive"));

    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["totals"]["relations"]["overall"]["fn"], 2);
    assert_eq!(json["articles"][0]["findings"][0]["kind"], "false_positive");
}

fn miss_text(g: &Gold, events: Vec<Event>) -> String {
    let s = score_article(g, &conflict_output(events));
    let miss = s
        .findings
        .iter()
        .find(|f| f.part == Part::Event && f.kind == FindingKind::Miss);
    miss.map(|f| f.text.clone()).unwrap_or_default()
}

#[test]
fn a_miss_names_the_closest_output_event_of_its_code() {
    // Two golds of one code and doers, one output: the second gold is the one trigger the
    // gold counts twice, and the hint says so rather than the reasons of an earlier,
    // farther event of the same code.
    let g = conflict_gold(json!([
        {"id": "e1", "type": "fight", "cameo": "190", "source": ["north"], "target": ["south"], "polarity": "asserted"},
        {"id": "e2", "type": "fight", "cameo": "190", "source": ["north"], "target": ["south"], "polarity": "asserted"}]));
    let a = Polarity::Asserted;
    let text = miss_text(
        &g,
        vec![
            event("far", "190", &["v"], &["b"], Polarity::Negated),
            event("near", "190", &["n"], &["s"], a),
        ],
    );
    assert!(
        text.contains("output near matched another gold event"),
        "{text}"
    );
}

#[test]
fn a_miss_with_no_output_of_its_code_names_one_with_its_doers() {
    let g = conflict_gold(json!([{"id": "e1", "type": "accuse", "cameo": "112",
        "source": ["north"], "target": ["south"], "polarity": "asserted"}]));
    let a = Polarity::Asserted;
    let text = miss_text(&g, vec![event("x", "120", &["n"], &["s"], a)]);
    assert!(
        text.contains("output x has these doers, code 120"),
        "{text}"
    );
    // Other doers and another code: no hint.
    let text = miss_text(&g, vec![event("x", "120", &["v"], &["s"], a)]);
    assert!(!text.contains("output x"), "{text}");
}
