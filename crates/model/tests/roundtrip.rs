//! The JSON Lines interchange keeps every field of a full graph, byte for byte.

use newsgraph_model::*;

fn sample() -> ArticleGraph {
    let text = "MOSCOW, May 2. The minister accused Ruritania of shelling.".to_string();
    let sentence = Span::new(0, text.chars().count() as u32).unwrap();
    let ev = Evidence {
        sentence: 0,
        sentence_span: sentence,
        span: Span::new(28, 35).unwrap(),
        text: "accused".into(),
    };
    let mut moscow = Entity::new("moscow", EntityType::City, "Moscow");
    moscow.mentions.push(Mention {
        sentence: 0,
        span: Span::new(0, 6).unwrap(),
        text: "MOSCOW".into(),
    });
    moscow.external.push(ExternalId {
        scheme: "geonames".into(),
        value: "524901".into(),
    });
    moscow.coordinates = Some((55.75222, 37.61556));
    let minister = Entity::new("minister", EntityType::Person, "the minister");
    let ruritania = Entity::new("ruritania", EntityType::Country, "Ruritania");
    ArticleGraph {
        article: Article {
            id: "a-1".into(),
            title: Some("Minister accuses".into()),
            source: Some("Wire".into()),
            url: Some("https://example.org/a-1".into()),
            published: Some("2020-05-02".parse().unwrap()),
            dateline: Some(Dateline {
                place: "Moscow".into(),
                date: Some("2020-05-02".parse().unwrap()),
                agency: None,
                span: Span::new(0, 14).unwrap(),
            }),
            text,
        },
        extractor: EXTRACTOR_VERSION.into(),
        sentences: vec![sentence],
        entities: vec![moscow, minister, ruritania],
        relations: vec![Relation {
            subject: "minister".into(),
            predicate: RelationType::OfficialOf,
            object: "ruritania".into(),
            polarity: Polarity::Asserted,
            attribution: None,
            evidence: ev.clone(),
            confidence: 0.5,
        }],
        events: vec![Event {
            id: "ev1".into(),
            iri: None,
            cameo: "112".parse().unwrap(),
            label: "accuse".into(),
            trigger: "accused".into(),
            sources: vec!["minister".into()],
            targets: vec!["ruritania".into()],
            places: vec!["moscow".into()],
            date: Some("2020-05".parse().unwrap()),
            polarity: Polarity::Negated,
            attribution: Some("minister".into()),
            evidence: ev,
            confidence: 0.75,
        }],
    }
}

#[test]
fn jsonl_round_trip_is_lossless_and_byte_stable() {
    let graph = sample();
    graph.validate().unwrap();
    let mut first = Vec::new();
    jsonl::write_graph(&mut first, &graph).unwrap();
    let back: Vec<ArticleGraph> = jsonl::read_graphs(&first[..])
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(back, vec![graph]);
    let mut second = Vec::new();
    jsonl::write_graph(&mut second, &back[0]).unwrap();
    assert_eq!(first, second);
    assert_eq!(first.iter().filter(|b| **b == b'\n').count(), 1);
}

#[test]
fn malformed_line_reports_its_number() {
    let mut buf = Vec::new();
    jsonl::write_graph(&mut buf, &sample()).unwrap();
    buf.extend_from_slice(b"\n{\"article\": 3}\n");
    let results: Vec<_> = jsonl::read_graphs(&buf[..]).collect();
    assert!(results[0].is_ok());
    let err = results[1].as_ref().unwrap_err().to_string();
    assert!(err.starts_with("line 3:"), "{err}");
}

#[test]
fn dangling_reference_is_refused() {
    let mut graph = sample();
    graph.events[0].targets.push("nobody".into());
    let err = graph.validate().unwrap_err().to_string();
    assert!(err.contains("nobody"), "{err}");
}
