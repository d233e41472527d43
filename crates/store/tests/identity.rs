//! Events matched across articles through the store's identity index: a new report must
//! agree with each stored article's report of a known event, whether those reports are
//! committed or still waiting in the writer's batch.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::Builder;
use newsgraph_model::{ArticleGraph, EntityType, Polarity};
use newsgraph_store::{
    content_hash, ingest_parallel, IngestOptions, Job, Store, StoreError, WriteOptions,
};

/// An article in which `sources` accuse Ostravia, on `date`. Unlinked: ingest gives its
/// event an IRI.
fn accusation(id: &str, sources: &[&str], date: Option<&str>) -> ArticleGraph {
    let sentence = format!("{} accused Ostravia of blocking the river talks.", {
        let names: Vec<&str> = sources
            .iter()
            .map(|s| match *s {
                "vd" => "Valdonia",
                _ => "Mira Kovel",
            })
            .collect();
        names.join(" and ")
    });
    let mut b = Builder::new(id, "2024-05-07", &[sentence.as_str()]).entity(
        "os",
        EntityType::Country,
        "Ostravia",
        "os",
        &[("Ostravia", 0)],
    );
    if sources.contains(&"vd") {
        b = b.entity(
            "vd",
            EntityType::Country,
            "Valdonia",
            "vd",
            &[("Valdonia", 0)],
        );
    }
    if sources.contains(&"mk") {
        b = b.entity(
            "mk",
            EntityType::Person,
            "Mira Kovel",
            "mira-kovel",
            &[("Mira Kovel", 0)],
        );
    }
    let mut g = b
        .event(
            "ev1",
            "112",
            "accuse",
            "accused",
            sources,
            &["os"],
            &[],
            date,
            Polarity::Asserted,
            None,
        )
        .build();
    g.events[0].iri = None;
    g
}

/// Ingests the runs in order, each run one `ingest` with identity matching, and returns the
/// articles grouped by the event they report.
fn events_after_ingest(runs: &[&[ArticleGraph]], write: WriteOptions) -> BTreeSet<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s")).unwrap();
    for graphs in runs {
        let jobs: Vec<Result<Job<ArticleGraph>, StoreError>> = graphs
            .iter()
            .map(|g| {
                Ok(Job {
                    id: g.article.id.clone(),
                    hash: content_hash(&g.article, &g.extractor),
                    payload: g.clone(),
                })
            })
            .collect();
        let options = IngestOptions {
            jobs: 1,
            chunk: 1,
            write,
            identity: true,
        };
        ingest_parallel(&store, jobs, &options, Ok, |_| {}).unwrap();
    }
    let table = store
        .select(
            "SELECT ?e ?id WHERE { ?e a sem:Event ; prov:wasDerivedFrom ?a . \
             ?a schema:identifier ?id }",
        )
        .unwrap();
    let mut by: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in &table.rows {
        let (e, id) = (row[0].clone().unwrap(), row[1].clone().unwrap());
        by.entry(e).or_default().push(id);
    }
    by.into_values()
        .map(|mut v| {
            v.sort();
            v
        })
        .collect()
}

fn groups(list: &[&[&str]]) -> BTreeSet<Vec<String>> {
    list.iter()
        .map(|g| g.iter().map(|s| s.to_string()).collect())
        .collect()
}

#[test]
fn a_report_joins_an_event_only_when_it_agrees_with_every_stored_report() {
    let graphs = vec![
        accusation("a", &["vd"], Some("2024-05-06")),
        // Names Valdonia's accuser too: the same accusation, told more fully.
        accusation("b", &["vd", "mk"], Some("2024-05-06")),
        // Fits b, but not a (another accuser): stays apart rather than chain.
        accusation("c", &["mk"], Some("2024-05-06")),
        // Fits both a and b.
        accusation("d", &["vd"], Some("2024-05")),
        // No date: no evidence which accusation it is.
        accusation("e", &["vd"], None),
    ];
    let expected = groups(&[&["a", "b", "d"], &["c"], &["e"]]);
    let one_by_one = WriteOptions {
        batch_quads: 1,
        bulk_min_quads: 1_000_000,
        threads: 1,
        chunk_quads: 1,
    };
    let one_batch = WriteOptions {
        batch_quads: 10_000_000,
        ..WriteOptions::default()
    };
    // One run committing each article: matched against the reports committed in this run.
    assert_eq!(events_after_ingest(&[&graphs], one_by_one), expected);
    // One batch: matched against the records still waiting in the writer.
    assert_eq!(events_after_ingest(&[&graphs], one_batch), expected);
    // One run per article: matched against what earlier runs left in the store.
    let runs: Vec<&[ArticleGraph]> = graphs.chunks(1).collect();
    assert_eq!(events_after_ingest(&runs, one_batch), expected);
}
