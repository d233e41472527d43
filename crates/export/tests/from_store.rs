//! The network read back from a real store holding hand-built, linked article graphs.

mod common;

use common::{assert_valid_gexf, ID};
use newsgraph_export::{
    export_network, network_from_store, write_gexf_with, write_graphml, ExportOptions, GexfOptions,
    Network, View,
};
use newsgraph_model::{
    Article, ArticleGraph, Entity, EntityType, Event, Evidence, Mention, Polarity, Relation,
    RelationType, Span,
};
use newsgraph_store::Store;

/// The code-point span of the `nth` occurrence of `needle`.
fn span_of(text: &str, needle: &str, nth: usize) -> Span {
    let start = text.match_indices(needle).nth(nth).unwrap().0;
    Span::from_bytes(text, start, start + needle.len()).unwrap()
}

struct Story {
    graph: ArticleGraph,
}

impl Story {
    fn new(id: &str, sentences: &[&str]) -> Self {
        let text = sentences.join(" ");
        let spans = sentences.iter().map(|s| span_of(&text, s, 0)).collect();
        Story {
            graph: ArticleGraph {
                article: Article {
                    id: id.into(),
                    title: None,
                    source: Some("Test Wire".into()),
                    url: None,
                    published: Some("2024-07-02".parse().unwrap()),
                    dateline: None,
                    text,
                },
                extractor: "export-test".into(),
                sentences: spans,
                entities: vec![],
                relations: vec![],
                events: vec![],
            },
        }
    }

    fn sentence_of(&self, span: Span) -> u32 {
        self.graph
            .sentences
            .iter()
            .position(|s| s.start() <= span.start() && span.end() <= s.end())
            .unwrap() as u32
    }

    fn entity(
        mut self,
        id: &str,
        etype: EntityType,
        label: &str,
        tail: &str,
        surfaces: &[(&str, usize)],
    ) -> Self {
        let mut e = Entity::new(id, etype, label);
        e.iri = Some(format!("{ID}{}/{tail}", etype.as_str()));
        for (surface, nth) in surfaces {
            let span = span_of(&self.graph.article.text, surface, *nth);
            e.mentions.push(Mention {
                sentence: self.sentence_of(span),
                span,
                text: surface.to_string(),
            });
        }
        self.graph.entities.push(e);
        self
    }

    fn evidence(&self, words: &str) -> Evidence {
        let span = span_of(&self.graph.article.text, words, 0);
        let sentence = self.sentence_of(span);
        Evidence {
            sentence,
            sentence_span: self.graph.sentences[sentence as usize],
            span,
            text: words.into(),
        }
    }

    fn relation(
        mut self,
        subject: &str,
        predicate: RelationType,
        object: &str,
        polarity: Polarity,
        words: &str,
    ) -> Self {
        let evidence = self.evidence(words);
        self.graph.relations.push(Relation {
            subject: subject.into(),
            predicate,
            object: object.into(),
            polarity,
            attribution: None,
            evidence,
            confidence: 0.9,
        });
        self
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        mut self,
        id: &str,
        cameo: &str,
        label: &str,
        trigger: &str,
        who: (&[&str], &[&str], &[&str]),
        date: &str,
        polarity: Polarity,
    ) -> Self {
        let owned = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect();
        let evidence = self.evidence(trigger);
        let article = self.graph.article.id.clone();
        self.graph.events.push(Event {
            id: id.into(),
            iri: Some(format!("{ID}event/{article}/{id}")),
            cameo: cameo.parse().unwrap(),
            label: label.into(),
            trigger: trigger.into(),
            sources: owned(who.0),
            targets: owned(who.1),
            places: owned(who.2),
            date: Some(date.parse().unwrap()),
            polarity,
            attribution: None,
            evidence,
            confidence: 0.8,
        });
        self
    }
}

fn first_story() -> ArticleGraph {
    Story::new(
        "w1",
        &[
            "Ana Lind, the spokeswoman of Borduria, accused Syldavia of shelling farms.",
            "Syldavia did not accuse Borduria in return.",
            "Karel Vos met Ana Lind in Klow.",
            "Farmers protested in Klow.",
        ],
    )
    .entity(
        "lind",
        EntityType::Person,
        "Ana Lind",
        "ana-lind",
        &[("Ana Lind", 0), ("Ana Lind", 1)],
    )
    .entity(
        "bd",
        EntityType::Country,
        "Borduria",
        "bd",
        &[("Borduria", 0), ("Borduria", 1)],
    )
    .entity(
        "sy",
        EntityType::Country,
        "Syldavia",
        "sy",
        &[("Syldavia", 0), ("Syldavia", 1)],
    )
    .entity(
        "vos",
        EntityType::Person,
        "Karel Vos",
        "karel-vos",
        &[("Karel Vos", 0)],
    )
    .entity(
        "klow",
        EntityType::City,
        "Klow",
        "klow",
        &[("Klow", 0), ("Klow", 1)],
    )
    .entity(
        "farmers",
        EntityType::Group,
        "Farmers",
        "farmers",
        &[("Farmers", 0)],
    )
    .relation(
        "lind",
        RelationType::SpokespersonOf,
        "bd",
        Polarity::Asserted,
        "spokeswoman",
    )
    .relation(
        "vos",
        RelationType::MemberOf,
        "bd",
        Polarity::Negated,
        "Karel Vos",
    )
    .event(
        "ev1",
        "112",
        "accuse",
        "accused",
        (&["lind"], &["sy"], &[]),
        "2024-05",
        Polarity::Asserted,
    )
    .event(
        "ev2",
        "112",
        "accuse",
        "did not accuse",
        (&["sy"], &["bd"], &[]),
        "2024-05-03",
        Polarity::Negated,
    )
    .event(
        "ev3",
        "040",
        "meet",
        "met",
        (&["vos"], &["lind"], &["klow"]),
        "2024-05-03",
        Polarity::Asserted,
    )
    .event(
        "ev4",
        "141",
        "protest",
        "protested",
        (&["farmers"], &[], &["klow"]),
        "2024-05-03",
        Polarity::Asserted,
    )
    .graph
}

/// A second report: the same accusation again in July; the person is only "Lind" here.
fn second_story() -> ArticleGraph {
    Story::new(
        "w2",
        &["Lind, who speaks for Borduria, accused Syldavia again."],
    )
    .entity("p", EntityType::Person, "Lind", "ana-lind", &[("Lind", 0)])
    .entity(
        "b",
        EntityType::Country,
        "Borduria",
        "bd",
        &[("Borduria", 0)],
    )
    .entity(
        "s",
        EntityType::Country,
        "Syldavia",
        "sy",
        &[("Syldavia", 0)],
    )
    .relation(
        "p",
        RelationType::SpokespersonOf,
        "b",
        Polarity::Asserted,
        "speaks for",
    )
    .event(
        "e1",
        "112",
        "accuse",
        "accused",
        (&["p"], &["s"], &[]),
        "2024-07-02",
        Polarity::Asserted,
    )
    .graph
}

fn exported() -> (tempfile::TempDir, Network) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    {
        let store = Store::open(&path).unwrap();
        store.ingest(&first_story()).unwrap();
        store.ingest(&second_story()).unwrap();
    }
    let store = Store::open_read_only(&path).unwrap();
    let net = network_from_store(&store).unwrap();
    (dir, net)
}

fn tail(s: &str) -> &str {
    s.strip_prefix(ID).unwrap()
}

#[test]
fn nodes_are_the_entities_and_the_one_sided_event() {
    let (_dir, net) = exported();
    let nodes: Vec<_> = net
        .nodes()
        .iter()
        .map(|n| {
            (
                tail(&n.id),
                n.label.as_str(),
                n.kind.as_str(),
                n.etype.as_str(),
                n.mentions,
            )
        })
        .collect();
    assert_eq!(
        nodes,
        [
            ("city/klow", "Klow", "place", "city", 2),
            ("country/bd", "Borduria", "actor", "country", 3),
            ("country/sy", "Syldavia", "actor", "country", 3),
            // The protest has no target, so it is a node rather than an edge.
            ("event/w1/ev4", "protest", "event", "event", 0),
            ("group/farmers", "Farmers", "actor", "group", 1),
            // "Lind" in the second story does not replace the fuller name.
            ("person/ana-lind", "Ana Lind", "actor", "person", 3),
            ("person/karel-vos", "Karel Vos", "actor", "person", 1),
        ]
    );
    let protest = net.node(&format!("{ID}event/w1/ev4")).unwrap();
    assert_eq!(protest.spells.len(), 1);
    assert_eq!(
        (
            protest.spells[0].start.as_str(),
            protest.spells[0].end.as_str()
        ),
        ("2024-05-03", "2024-05-03")
    );
}

#[test]
fn edges_are_events_places_and_asserted_roles_merged_across_articles() {
    let (_dir, net) = exported();
    let edges: Vec<_> = net
        .edges()
        .iter()
        .map(|e| {
            let x = e.edge;
            (
                tail(&e.source.id),
                tail(&e.target.id),
                x.kind.as_str(),
                x.label.as_str(),
                x.polarity.as_deref().unwrap_or(""),
                x.weight,
                x.cameo.as_deref().unwrap_or(""),
                x.first_date.as_deref().unwrap_or(""),
                x.last_date.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        edges,
        [
            (
                "country/sy",
                "country/bd",
                "event",
                "accuse",
                "negated",
                1,
                "112",
                "2024-05-03",
                "2024-05-03"
            ),
            (
                "event/w1/ev4",
                "city/klow",
                "place",
                "protest",
                "asserted",
                1,
                "141",
                "2024-05-03",
                "2024-05-03"
            ),
            (
                "group/farmers",
                "event/w1/ev4",
                "event",
                "protest",
                "asserted",
                1,
                "141",
                "2024-05-03",
                "2024-05-03"
            ),
            (
                "person/ana-lind",
                "city/klow",
                "place",
                "meet",
                "asserted",
                1,
                "040",
                "2024-05-03",
                "2024-05-03"
            ),
            // Asserted in both stories: two statements. The negated membership is absent.
            // Dated by the publication date of the one story that has one.
            (
                "person/ana-lind",
                "country/bd",
                "role",
                "spokesperson_of",
                "asserted",
                2,
                "",
                "2024-07-02",
                "2024-07-02"
            ),
            // May (a month: the whole of it) and 2 July, one edge of weight 2.
            (
                "person/ana-lind",
                "country/sy",
                "event",
                "accuse",
                "asserted",
                2,
                "112",
                "2024-05-01",
                "2024-07-02"
            ),
            (
                "person/karel-vos",
                "city/klow",
                "place",
                "meet",
                "asserted",
                1,
                "040",
                "2024-05-03",
                "2024-05-03"
            ),
            (
                "person/karel-vos",
                "person/ana-lind",
                "event",
                "meet",
                "asserted",
                1,
                "040",
                "2024-05-03",
                "2024-05-03"
            ),
        ]
    );
    let accuse = net.edges()[5].edge;
    assert_eq!(accuse.plover.as_deref(), Some("REJECT"));
    assert_eq!(accuse.spells.len(), 2, "{:?}", accuse.spells);
}

#[test]
fn the_same_store_exports_the_same_bytes_and_valid_gexf() {
    let (_dir, net) = exported();
    let (_dir2, again) = exported();
    let bytes = |net: &Network| {
        let mut gexf = Vec::new();
        write_gexf_with(net, &GexfOptions::default(), &mut gexf).unwrap();
        let mut graphml = Vec::new();
        write_graphml(net, &mut graphml).unwrap();
        (gexf, graphml)
    };
    let (gexf, graphml) = bytes(&net);
    assert_eq!((gexf.clone(), graphml), bytes(&again));
    assert_valid_gexf(&String::from_utf8(gexf).unwrap());
}

#[test]
fn an_empty_store_gives_an_empty_network() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store")).unwrap();
    let net = network_from_store(&store).unwrap();
    assert!(net.is_empty());
    assert_eq!(net.edge_count(), 0);
}

/// The actor view read by the grouped query (no filter) and by the general reader (a
/// filter on every article, which it alone handles), as comparable rows.
fn actor_views(store: &Store) -> (String, String) {
    let rows = |net: &Network| {
        let mut gexf = Vec::new();
        write_gexf_with(net, &GexfOptions::default(), &mut gexf).unwrap();
        String::from_utf8(gexf).unwrap()
    };
    let grouped = export_network(store, &ExportOptions::view(View::Actors)).unwrap();
    let mut every_article = ExportOptions::view(View::Actors);
    every_article.articles = vec!["w1".into(), "w2".into()];
    let general = export_network(store, &every_article).unwrap();
    assert!(grouped.edge_count() > 0);
    (rows(&grouped), rows(&general))
}

fn two_stories(path: &std::path::Path) -> Store {
    let store = Store::open(path).unwrap();
    store.ingest(&first_story()).unwrap();
    store.ingest(&second_story()).unwrap();
    store
}

#[test]
fn the_grouped_actor_view_is_the_event_by_event_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = two_stories(&dir.path().join("store"));
    let (grouped, general) = actor_views(&store);
    assert_eq!(grouped, general);
    // Lind accused Syldavia in both articles: one edge of weight 2 with two spells.
    assert!(
        grouped.contains(r#"label="accuse" weight="2""#),
        "{grouped}"
    );
}

/// Stores edited by hand: an event whose date was removed, and one given a second label.
/// The actor view must still count each event once, as the general reader does.
#[test]
fn hand_edited_events_are_counted_as_the_general_reader_counts_them() {
    use oxigraph::model::{GraphNameRef, Literal, NamedNodeRef, Quad};
    let dir = tempfile::tempdir().unwrap();
    let store = two_stories(&dir.path().join("store"));
    let ox = store.oxigraph();
    let has_time = NamedNodeRef::new_unchecked("http://semanticweb.cs.vu.nl/2009/11/sem/hasTime");
    let label = NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
    let source = NamedNodeRef::new_unchecked("https://w3id.org/newsgraph/ns#source");
    let two_sided: Vec<Quad> = ox
        .quads_for_pattern(None, Some(source), None, None)
        .map(|q| q.unwrap())
        .collect();
    let undated = two_sided[0].subject.clone();
    for q in ox.quads_for_pattern(Some((&undated).into()), Some(has_time), None, None) {
        ox.remove(&q.unwrap()).unwrap();
    }
    let (grouped, general) = actor_views(&store);
    assert_eq!(grouped, general, "an undated event");

    let relabelled = two_sided.last().unwrap();
    let graph = match &relabelled.graph_name {
        oxigraph::model::GraphName::NamedNode(n) => GraphNameRef::NamedNode(n.as_ref()),
        _ => panic!("events live in named graphs"),
    };
    ox.insert(
        Quad::new(
            relabelled.subject.clone(),
            label.into_owned(),
            Literal::new_simple_literal("aaa"),
            graph.into_owned(),
        )
        .as_ref(),
    )
    .unwrap();
    let (grouped, general) = actor_views(&store);
    assert_eq!(grouped, general, "an event with two labels");
    assert!(grouped.contains(r#"label="aaa""#), "{grouped}");
}
