//! `newsgraph export` end to end: each view of the samples with exact nodes and edges,
//! the filters, the SPARQL twin of `--show-query`, XSD validation of every view, an empty
//! result, byte-identical output and the pictures.

mod export_util;
mod util;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use export_util::*;
use util::*;

const NILE: &str = "2024-02-04-nile-dam-talks-cancelled";
const KYRGYZ: &str = "2024-06-09-kyrgyzstan-tajikistan-ceasefire";

fn nile(view: &str, extra: &[&str]) -> Net {
    let mut args = vec!["--view", view, "--article", NILE];
    args.extend_from_slice(extra);
    export_csv(gold_store(), &args)
}

// The Nile sample: Egypt hosts talks that Ethiopia skips (meet, negated; Egypt -> Ethiopia,
// Sudan, the Ethiopian delegation; in Cairo); Mansour and Egypt blame Ethiopia (accuse, in
// Cairo); Alemu and his ministry make a statement (no target), and so do Sudan's Osman and
// Sudan (tests/CONVENTIONS.md, E1); Ethiopia's talks in Addis
// Ababa are planned (meet, unrealised, Ethiopia -> Egypt, Sudan); Egypt and Sudan signed a
// treaty in 1959 (each with the other).
/// The second statement's label, as its gold file words it.
const OSMAN_STATEMENT: &str =
    "statement: the three ministers are expected to meet in Addis Ababa in early March";

fn nile_actor_edges() -> Vec<EdgeRow> {
    vec![
        e("Egypt", "Ethiopia", "event", "meet", "negated", 1),
        e("Egypt", "Sudan", "event", "meet", "negated", 1),
        e(
            "Egypt",
            "Ethiopian delegation",
            "event",
            "meet",
            "negated",
            1,
        ),
        e(
            "Hassan Mansour",
            "Ethiopia",
            "event",
            "accuse",
            "asserted",
            1,
        ),
        e("Egypt", "Ethiopia", "event", "accuse", "asserted", 1),
        e("Ethiopia", "Egypt", "event", "meet", "unrealised", 1),
        e("Ethiopia", "Sudan", "event", "meet", "unrealised", 1),
        // Egypt -> Egypt and Sudan -> Sudan are left out: no self-loops.
        e("Egypt", "Sudan", "event", "sign agreement", "asserted", 1),
        e("Sudan", "Egypt", "event", "sign agreement", "asserted", 1),
    ]
}

fn nile_place_edges() -> Vec<EdgeRow> {
    let mut out = Vec::new();
    for a in ["Egypt", "Ethiopia", "Sudan", "Ethiopian delegation"] {
        out.push(e(a, "Cairo", "place", "meet", "negated", 1));
    }
    for a in ["Hassan Mansour", "Egypt", "Ethiopia"] {
        out.push(e(a, "Cairo", "place", "accuse", "asserted", 1));
    }
    for a in ["Ethiopia", "Egypt", "Sudan"] {
        out.push(e(a, "Addis Ababa", "place", "meet", "unrealised", 1));
    }
    out
}

fn nile_role_edges() -> Vec<EdgeRow> {
    vec![
        e(
            "Hassan Mansour",
            "Egypt",
            "role",
            "official_of",
            "asserted",
            1,
        ),
        e(
            "Dawit Alemu",
            "Ethiopian foreign ministry",
            "role",
            "spokesperson_of",
            "asserted",
            1,
        ),
        e("Amira Osman", "Sudan", "role", "official_of", "asserted", 1),
        e(
            "Egyptian officials",
            "Egypt",
            "role",
            "affiliated_with",
            "asserted",
            1,
        ),
        e(
            "Ethiopian delegation",
            "Ethiopia",
            "role",
            "affiliated_with",
            "asserted",
            1,
        ),
        e("Cairo", "Egypt", "role", "located_in", "asserted", 1),
        e(
            "Addis Ababa",
            "Ethiopia",
            "role",
            "located_in",
            "asserted",
            1,
        ),
        e(
            "Grand Ethiopian Renaissance Dam",
            "Ethiopia",
            "role",
            "located_in",
            "asserted",
            1,
        ),
    ]
}

#[test]
fn actor_view_of_one_sample_is_exactly_its_directed_events() {
    let net = nile("actors", &[]);
    assert_eq!(
        net.labels(),
        strings(&[
            "Egypt",
            "Ethiopia",
            "Sudan",
            "Ethiopian delegation",
            "Hassan Mansour"
        ])
    );
    assert_eq!(net.edge_rows(), sorted(nile_actor_edges()));
    // Typed by CAMEO and PLOVER.
    let accuse = net.edges.iter().find(|e| e["Label"] == "accuse").unwrap();
    assert_eq!((&*accuse["Cameo"], &*accuse["Plover"]), ("112", "REJECT"));
    let meet = net.edges.iter().find(|e| e["Label"] == "meet").unwrap();
    assert_eq!((&*meet["Cameo"], &*meet["Plover"]), ("043", "CONSULT"));
}

#[test]
fn event_view_of_one_sample_is_bipartite() {
    let net = nile("events", &[]);
    assert_eq!(
        net.labels(),
        strings(&[
            // The five events...
            "meet",
            "accuse",
            "statement",
            "meet",
            "sign agreement",
            // ...and every actor that takes part in one.
            "Egypt",
            "Ethiopia",
            "Sudan",
            "Ethiopian delegation",
            "Hassan Mansour",
            "Dawit Alemu",
            "Ethiopian foreign ministry",
            OSMAN_STATEMENT,
            "Amira Osman",
        ])
    );
    let ev = |s: &str, t: &str, label: &str, polarity: &str| e(s, t, "event", label, polarity, 1);
    let expected = vec![
        ev("Egypt", "meet", "meet", "negated"),
        ev("meet", "Ethiopia", "meet", "negated"),
        ev("meet", "Sudan", "meet", "negated"),
        ev("meet", "Ethiopian delegation", "meet", "negated"),
        ev("Hassan Mansour", "accuse", "accuse", "asserted"),
        ev("Egypt", "accuse", "accuse", "asserted"),
        ev("accuse", "Ethiopia", "accuse", "asserted"),
        ev("Dawit Alemu", "statement", "statement", "asserted"),
        ev(
            "Ethiopian foreign ministry",
            "statement",
            "statement",
            "asserted",
        ),
        ev("Ethiopia", "meet", "meet", "unrealised"),
        ev("meet", "Egypt", "meet", "unrealised"),
        ev("meet", "Sudan", "meet", "unrealised"),
        ev("Egypt", "sign agreement", "sign agreement", "asserted"),
        ev("Sudan", "sign agreement", "sign agreement", "asserted"),
        ev("sign agreement", "Egypt", "sign agreement", "asserted"),
        ev("sign agreement", "Sudan", "sign agreement", "asserted"),
        ev("Amira Osman", OSMAN_STATEMENT, OSMAN_STATEMENT, "asserted"),
        ev("Sudan", OSMAN_STATEMENT, OSMAN_STATEMENT, "asserted"),
    ];
    assert_eq!(net.edge_rows(), sorted(expected));
    // Every edge joins an event node and an actor node.
    let kind: BTreeMap<&str, &str> = net
        .nodes
        .iter()
        .map(|n| (n["Id"].as_str(), n["Kind"].as_str()))
        .collect();
    for edge in &net.edges {
        let ends = [kind[edge["Source"].as_str()], kind[edge["Target"].as_str()]];
        assert!(
            ends.contains(&"event") && ends.contains(&"actor"),
            "{edge:?}"
        );
    }
    let sign = net
        .nodes
        .iter()
        .find(|n| n["Label"] == "sign agreement")
        .unwrap();
    assert_eq!((&*sign["Cameo"], &*sign["Plover"]), ("057", "SUPPORT"));
}

#[test]
fn role_view_of_one_sample_is_its_asserted_relations() {
    let net = nile("roles", &[]);
    assert_eq!(net.edge_rows(), sorted(nile_role_edges()));
    assert_eq!(net.nodes.len(), 12);
    assert!(!net.labels().contains(&"Meridian".to_string()), "no role");
}

#[test]
fn place_view_of_one_sample_joins_actors_to_where_events_happened() {
    let net = nile("places", &[]);
    assert_eq!(
        net.labels(),
        strings(&[
            "Egypt",
            "Ethiopia",
            "Sudan",
            "Ethiopian delegation",
            "Hassan Mansour",
            "Cairo",
            "Addis Ababa"
        ])
    );
    assert_eq!(net.edge_rows(), sorted(nile_place_edges()));
}

#[test]
fn full_view_of_one_sample_is_the_union_with_one_sided_events_as_nodes() {
    let net = nile("full", &[]);
    let mut expected = nile_actor_edges();
    expected.extend(nile_place_edges());
    expected.extend(nile_role_edges());
    // The statement has no target: it is a node the speakers point at.
    expected.push(e(
        "Dawit Alemu",
        "statement",
        "event",
        "statement",
        "asserted",
        1,
    ));
    expected.push(e(
        "Ethiopian foreign ministry",
        "statement",
        "event",
        "statement",
        "asserted",
        1,
    ));
    for speaker in ["Amira Osman", "Sudan"] {
        expected.push(e(
            speaker,
            OSMAN_STATEMENT,
            "event",
            OSMAN_STATEMENT,
            "asserted",
            1,
        ));
    }
    assert_eq!(net.edge_rows(), sorted(expected));
    assert_eq!(net.nodes.len(), 14);
}

#[test]
fn the_unfiltered_full_view_lists_every_entity() {
    let full = export_csv(gold_store(), &["--view", "full"]);
    let labels: BTreeSet<String> = full.labels().into_iter().collect();
    // Meridian (the agency, named in the text) takes part in nothing, yet is listed.
    assert!(labels.contains("Meridian"), "{labels:?}");
}

#[test]
fn repeated_events_merge_into_one_weighted_edge_with_one_spell_each() {
    // Kyrgyzstan and Tajikistan fought in April 2021 and September 2022: one edge each way
    // of weight 2; nothing else in that sample happened twice between the same two.
    let net = export_csv(gold_store(), &["--article", KYRGYZ, "--min-weight", "2"]);
    assert_eq!(
        net.edge_rows(),
        sorted(vec![
            e(
                "Kyrgyzstan",
                "Tajikistan",
                "event",
                "border fighting",
                "asserted",
                2
            ),
            e(
                "Tajikistan",
                "Kyrgyzstan",
                "event",
                "border fighting",
                "asserted",
                2
            ),
        ])
    );
    assert_eq!(net.labels(), strings(&["Kyrgyzstan", "Tajikistan"]));
    let edge = &net.edges[0];
    assert_eq!(
        (&*edge["Start"], &*edge["End"]),
        ("2021-04-01", "2022-09-30")
    );

    let dir = tempfile::tempdir().unwrap();
    let gexf = dir.path().join("k.gexf");
    export(
        gold_store(),
        &[
            "--article",
            KYRGYZ,
            "--min-weight",
            "2",
            "-o",
            &gexf.display().to_string(),
        ],
    );
    let text = std::fs::read_to_string(&gexf).unwrap();
    assert_eq!(
        text.matches(r#"<spell start="2021-04-01" end="2021-04-30"/>"#)
            .count(),
        2,
        "{text}"
    );
    assert_eq!(
        text.matches(r#"<spell start="2022-09-01" end="2022-09-30"/>"#)
            .count(),
        2
    );
    assert!(text.contains(r#"weight="2""#));
}

#[test]
fn polarity_and_type_filters() {
    let negated = nile("actors", &["--polarity", "negated"]);
    assert_eq!(
        negated.edge_rows(),
        sorted(
            nile_actor_edges()
                .into_iter()
                .filter(|e| e.4 == "negated")
                .collect()
        )
    );
    assert_eq!(negated.edges.len(), 3);

    // A CAMEO root (11: disapprove) and the same events by their PLOVER category.
    let root = nile("actors", &["--type", "11"]);
    let plover = nile("actors", &["--type", "reject"]);
    let accusations = sorted(
        nile_actor_edges()
            .into_iter()
            .filter(|e| e.3 == "accuse")
            .collect(),
    );
    assert_eq!(root.edge_rows(), accusations);
    assert_eq!(plover.edge_rows(), accusations);
    // Several types at once: meetings (root 04) and the agreement (057, root 05).
    let several = nile("actors", &["--type", "4,05"]);
    assert_eq!(several.edges.len(), 7);
    // Role statements have no event type.
    assert!(nile("roles", &["--type", "04"]).edges.is_empty());
}

#[test]
fn date_filters_compare_partial_dates_by_the_days_they_cover() {
    let dates = |args: &[&str]| {
        let net = nile("actors", args);
        let mut labels: Vec<(String, String)> = net
            .edges
            .iter()
            .map(|e| (e["Label"].clone(), e["Polarity"].clone()))
            .collect();
        labels.sort();
        labels.dedup();
        labels
    };
    let pair = |l: &str, p: &str| (l.to_string(), p.to_string());
    // The planned talks are dated "2024-03": a month filter and a day inside it match.
    assert_eq!(
        dates(&["--since", "2024-03", "--until", "2024-03"]),
        [pair("meet", "unrealised")]
    );
    assert_eq!(
        dates(&["--since", "2024-03-15", "--until", "2024-03-15"]),
        [pair("meet", "unrealised")]
    );
    // 1959-11 lies within "until 1960" (a year runs to its last day).
    assert_eq!(
        dates(&["--until", "1960"]),
        [pair("sign agreement", "asserted")]
    );
    // Everything from 4 February 2024 on: the failed talks, the blame, the planned talks.
    assert_eq!(
        dates(&["--since", "2024-02-04"]),
        [
            pair("accuse", "asserted"),
            pair("meet", "negated"),
            pair("meet", "unrealised")
        ]
    );
    assert!(dates(&["--since", "2024-02-05", "--until", "2024-02-28"]).is_empty());
    // Role statements are dated by the article: published 2024-02-04.
    assert_eq!(nile("roles", &["--since", "2024-02"]).edges.len(), 8);
    assert!(nile("roles", &["--until", "2024-01"]).edges.is_empty());
}

#[test]
fn source_filter_selects_the_news_agency() {
    // Sanctions (PLOVER SANCTION) reported by Meridian Wire: the EU's on Belarus.
    let meridian = export_csv(
        gold_store(),
        &["--source", "meridian wire", "--type", "SANCTION"],
    );
    assert_eq!(
        meridian.edge_rows(),
        sorted(vec![
            // This week's package and the successive rounds since 2020: weight 2.
            e(
                "European Union",
                "Belarus",
                "event",
                "impose sanctions",
                "asserted",
                2
            ),
            e(
                "European Union",
                "Belarus",
                "event",
                "impose sanctions",
                "unrealised",
                1
            ),
            e(
                "European Union",
                "Belarusian officials",
                "event",
                "impose sanctions",
                "asserted",
                1
            ),
            e(
                "EU foreign ministers",
                "Belarus",
                "event",
                "impose sanctions",
                "asserted",
                1
            ),
            e(
                "EU foreign ministers",
                "Belarusian officials",
                "event",
                "impose sanctions",
                "asserted",
                1
            ),
            e(
                "Council of the European Union",
                "Belarus",
                "event",
                "impose sanctions",
                "asserted",
                1
            ),
            e(
                "Council of the European Union",
                "Belarusian officials",
                "event",
                "impose sanctions",
                "asserted",
                1
            ),
        ])
    );
    // Lodestar reported one sanction: Australia's 2011 suspension of cattle exports.
    let lodestar = export_csv(
        gold_store(),
        &["--source", "Lodestar News Agency", "--type", "sanction"],
    );
    assert_eq!(
        lodestar.edge_rows(),
        [e(
            "Australia",
            "Indonesia",
            "event",
            "suspend live cattle exports",
            "asserted",
            1
        )]
    );
}

#[test]
fn around_keeps_the_neighbourhood_within_the_hops() {
    let all = nile("actors", &[]);
    let mansour = all.id_of("Hassan Mansour");
    let one = nile("actors", &["--around", &mansour]);
    assert_eq!(one.labels(), strings(&["Ethiopia", "Hassan Mansour"]));
    assert_eq!(one.edges.len(), 1);
    let two = nile("actors", &["--around", &mansour, "--hops", "2"]);
    assert_eq!(
        two.labels(),
        strings(&["Egypt", "Ethiopia", "Hassan Mansour", "Sudan"])
    );
    // Every edge among those four: all the Nile edges but the one to the delegation.
    assert_eq!(
        two.edge_rows(),
        sorted(
            nile_actor_edges()
                .into_iter()
                .filter(|e| e.1 != "Ethiopian delegation")
                .collect()
        )
    );
}

#[test]
fn an_empty_result_is_a_valid_empty_graph_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["gexf", "graphml", "csv", "svg"] {
        let path = dir.path().join(format!("empty.{format}"));
        let out = export(
            gold_store(),
            &[
                "--article",
                NILE,
                "--min-weight",
                "99",
                "--format",
                format,
                "-o",
                &path.display().to_string(),
            ],
        );
        let warning = stderr(&out);
        assert!(
            warning.contains("warning") && warning.contains("empty"),
            "{format}: {warning}"
        );
        match format {
            "gexf" => {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(text.contains(r#"<nodes count="0">"#), "{text}");
                assert_valid_gexf(&path);
            }
            "graphml" => {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(text.contains("<graph id=\"newsgraph\""));
                assert!(!text.contains("<node "));
            }
            "csv" => {
                let nodes = std::fs::read_to_string(path.join("nodes.csv")).unwrap();
                assert_eq!(nodes.lines().count(), 1, "header only");
            }
            _ => {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(text.contains("empty network"));
            }
        }
    }
}

fn assert_valid_gexf(path: &Path) {
    let xsd = root().join("tests/schemas/gexf-1.3/gexf.xsd");
    let lint = std::process::Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(&xsd)
        .arg(path)
        .output()
        .expect("xmllint is installed (apt-get install libxml2-utils; scripts/setup does it)");
    assert!(
        lint.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&lint.stderr)
    );
}

#[test]
fn every_view_validates_against_the_gexf_schema() {
    let dir = tempfile::tempdir().unwrap();
    for (name, store) in [("gold", gold_store()), ("samples", samples_store())] {
        for view in ["actors", "events", "roles", "places", "full"] {
            let path = dir.path().join(format!("{name}-{view}.gexf"));
            export(store, &["--view", view, "-o", &path.display().to_string()]);
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                !text.contains(r#"<nodes count="0">"#),
                "{name} {view} is empty"
            );
            // Dated edges carry spells, so that Gephi's timeline animates.
            if view != "roles" || name == "gold" {
                assert!(text.contains("<spell start="), "{name} {view}: no spells");
            }
            assert!(text.contains(r#"timeformat="date""#));
            assert_valid_gexf(&path);
        }
    }
}

#[test]
fn the_same_store_and_options_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["gexf", "graphml", "csv", "svg", "png"] {
        let mut outputs = Vec::new();
        for run in 0..2 {
            let path = dir.path().join(format!("{run}.{format}"));
            export(
                gold_store(),
                &[
                    "--view",
                    "full",
                    "--format",
                    format,
                    "-o",
                    &path.display().to_string(),
                ],
            );
            outputs.push(if format == "csv" {
                let mut both = std::fs::read(path.join("nodes.csv")).unwrap();
                both.extend(std::fs::read(path.join("edges.csv")).unwrap());
                both
            } else {
                std::fs::read(&path).unwrap()
            });
        }
        assert!(!outputs[0].is_empty(), "{format}");
        assert_eq!(outputs[0], outputs[1], "{format} differs between runs");
    }
}

/// The edges a CONSTRUCT of `--show-query` gives, as (from, to, kind, label, polarity,
/// weight) with IRIs, read from N-Triples.
fn construct_edges(store: &Path, args: &[&str]) -> Vec<EdgeRow> {
    let mut q = args.to_vec();
    q.push("--show-query");
    let query = stdout(&export(store, &q));
    assert!(query.contains("CONSTRUCT"), "{query}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("q.rq");
    std::fs::write(&file, &query).unwrap();
    let out = run(&[
        "query",
        &file.display().to_string(),
        "--format",
        "csv",
        "--store",
        &store.display().to_string(),
    ]);
    assert!(out.status.success(), "{}\n{query}", stderr(&out));
    let mut by_node: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for line in stdout(&out).lines() {
        let line = line.trim_end().trim_end_matches(" .");
        let (subject, rest) = line.split_once(' ').unwrap();
        let (predicate, object) = rest.split_once(' ').unwrap();
        let local = predicate
            .trim_matches(['<', '>'])
            .rsplit(['#', '/'])
            .next()
            .unwrap()
            .to_string();
        let value = if let Some(iri) = object.strip_prefix('<') {
            iri.trim_end_matches('>').to_string()
        } else {
            let lexical = object.strip_prefix('"').unwrap();
            lexical[..lexical.rfind('"').unwrap()].to_string()
        };
        by_node
            .entry(subject.to_string())
            .or_default()
            .insert(local, value);
    }
    let mut edges: Vec<EdgeRow> = by_node
        .values()
        .map(|m| {
            (
                m["edgeSource"].clone(),
                m["edgeTarget"].clone(),
                m["edgeKind"].clone(),
                m["label"].clone(),
                m.get("polarity").cloned().unwrap_or_default(),
                m["weight"].parse().unwrap(),
            )
        })
        .collect();
    edges.sort();
    edges
}

fn exported_edges(store: &Path, args: &[&str]) -> Vec<EdgeRow> {
    let net = export_csv(store, args);
    let mut edges: Vec<EdgeRow> = net
        .edges
        .iter()
        .map(|e| {
            (
                e["Source"].clone(),
                e["Target"].clone(),
                e["Kind"].split(':').next().unwrap().to_string(),
                e["Label"].clone(),
                e["Polarity"].clone(),
                e["Weight"].parse().unwrap(),
            )
        })
        .collect();
    edges.sort();
    edges
}

#[test]
fn show_query_gives_the_same_edges_as_the_export() {
    let cases: &[&[&str]] = &[
        &["--view", "actors"],
        &["--view", "events"],
        &["--view", "roles"],
        &["--view", "places"],
        &["--view", "full"],
        &[
            "--view",
            "full",
            "--since",
            "2024-03",
            "--until",
            "2024-10-13",
        ],
        &[
            "--view",
            "actors",
            "--type",
            "REJECT,17",
            "--polarity",
            "asserted",
        ],
        &[
            "--view",
            "full",
            "--source",
            "meridian wire",
            "--min-weight",
            "2",
        ],
        &["--view", "places", "--article", NILE, "--article", KYRGYZ],
        &["--view", "roles", "--until", "2024-06"],
    ];
    for (store_name, store) in [("gold", gold_store()), ("samples", samples_store())] {
        for args in cases {
            let exported = exported_edges(store, args);
            if store_name == "gold" {
                assert!(!exported.is_empty(), "{args:?} exports nothing");
            }
            assert_eq!(
                construct_edges(store, args),
                exported,
                "{store_name} {args:?}"
            );
        }
    }
}

#[test]
fn bad_filters_are_refused_with_the_option_named() {
    for (args, needle) in [
        (&["--type", "99"][..], "--type"),
        (&["--type", "SHOUT"][..], "PLOVER"),
        (&["--since", "last week"][..], "--since"),
        (&["--polarity", "maybe"][..], "--polarity"),
        (&["--since", "2024-05", "--until", "2024-04"][..], "--until"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = ng()
            .arg("export")
            .args(["--store", &gold_store().display().to_string()])
            .args(args)
            .args(["-o", &dir.path().join("x.gexf").display().to_string()])
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} was accepted");
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn pictures_have_labels_colours_and_a_legend() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("n.svg");
    let png = dir.path().join("n.png");
    for path in [&svg, &png] {
        let format = path.extension().unwrap().to_str().unwrap();
        export(
            gold_store(),
            &[
                "--article",
                NILE,
                "--format",
                format,
                "-o",
                &path.display().to_string(),
            ],
        );
    }
    let text = std::fs::read_to_string(&svg).unwrap();
    for label in ["Egypt", "Hassan Mansour", "Ethiopian delegation"] {
        assert!(
            text.contains(&format!(">{label}</text>")),
            "no label {label}"
        );
    }
    assert!(text.contains("id=\"legend\""));
    assert!(
        text.contains("person (1)") && text.contains("country (3)"),
        "{text}"
    );
    assert!(text.contains("#E15759"), "countries are red");
    assert!(
        text.contains("stroke-dasharray"),
        "negated edges are dashed"
    );
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // Width from the IHDR chunk: the drawing plus the legend.
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    assert_eq!(width, 1330);
}
