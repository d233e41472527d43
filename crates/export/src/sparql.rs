//! The export as a SPARQL CONSTRUCT a user can run (`newsgraph export --show-query`, then
//! `newsgraph query FILE`, or any SPARQL 1.1 engine over the store's union graph).
//!
//! Each edge of the network becomes one blank node:
//! `[] ng:edgeSource <from>; ng:edgeTarget <to>; ng:edgeKind "event"; rdfs:label "accuse";
//! ng:polarity "asserted"; ng:weight 2; ng:cameo "112"`. Each view is a UNION of parts, one
//! per kind of edge, grouped as the exporter merges edges (source, target, kind, label,
//! polarity) and counted as it weighs them (distinct events or statements). `--around` is
//! the one filter left out: hops over the derived network are applied by newsgraph to the
//! result.

use std::collections::BTreeSet;
use std::fmt::Write;

use newsgraph_model::RelationType;

use crate::filter::{Checked, View};

const PREFIXES: &str = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
";

/// A SPARQL string literal.
fn lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(values: &BTreeSet<String>) -> String {
    values.iter().map(|v| lit(v)).collect::<Vec<_>>().join(", ")
}

/// Which kind of edge a part makes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Source -> target of events with both.
    Actors,
    /// Actor -> place of every event (`only_two_sided`: of events with both sides).
    Places {
        only_two_sided: bool,
    },
    /// Source -> event -> target (`one_sided`: only events lacking a side, places too).
    EventNodes {
        one_sided: bool,
    },
    Roles,
}

fn parts(view: View) -> Vec<Part> {
    match view {
        View::Actors => vec![Part::Actors],
        View::Events => vec![Part::EventNodes { one_sided: false }],
        View::Roles => vec![Part::Roles],
        View::Places => vec![Part::Places {
            only_two_sided: false,
        }],
        View::Full => vec![
            Part::Actors,
            Part::Places {
                only_two_sided: true,
            },
            Part::EventNodes { one_sided: true },
            Part::Roles,
        ],
    }
}

/// The filters on the articles an event or statement (`?event`) comes from.
fn article_filters(f: &Checked, w: &mut String) {
    if f.articles.is_empty() && f.agencies.is_empty() {
        return;
    }
    w.push_str("      ?event prov:wasDerivedFrom ?article .\n");
    if !f.articles.is_empty() {
        let _ = writeln!(
            w,
            "      ?article schema:identifier ?articleId .\n      FILTER(STR(?articleId) IN ({}))",
            list(&f.articles)
        );
    }
    if !f.agencies.is_empty() {
        let _ = writeln!(
            w,
            "      ?article ng:agency ?agency .\n      FILTER(LCASE(STR(?agency)) IN ({}))",
            list(&f.agencies)
        );
    }
}

fn range_filter(f: &Checked, w: &mut String) {
    let mut tests = Vec::new();
    if let Some(s) = &f.since {
        tests.push(format!("?last >= {}", lit(s)));
    }
    if let Some(u) = &f.until {
        tests.push(format!("?first <= {}", lit(u)));
    }
    let _ = writeln!(w, "      FILTER({})", tests.join(" && "));
}

fn event_part(f: &Checked, part: Part, w: &mut String) {
    w.push_str("      ?event a sem:Event .\n");
    w.push_str("      OPTIONAL { ?event rdfs:label ?eventLabel }\n");
    w.push_str("      BIND(COALESCE(?eventLabel, \"event\") AS ?label)\n");
    w.push_str("      OPTIONAL { ?event ng:polarity ?polarity }\n");
    w.push_str("      OPTIONAL { ?event ng:cameo ?code }\n");
    if !f.polarities.is_empty() {
        let _ = writeln!(w, "      FILTER(?polarity IN ({}))", list(&f.polarities));
    }
    if !(f.roots.is_empty() && f.plovers.is_empty()) {
        w.push_str("      OPTIONAL { ?event ng:cameoRoot ?root }\n");
        w.push_str("      OPTIONAL { ?event ng:plover ?plover }\n");
        let mut tests = Vec::new();
        if !f.roots.is_empty() {
            tests.push(format!("?root IN ({})", list(&f.roots)));
        }
        if !f.plovers.is_empty() {
            tests.push(format!("?plover IN ({})", list(&f.plovers)));
        }
        let _ = writeln!(w, "      FILTER({})", tests.join(" || "));
    }
    if f.since.is_some() || f.until.is_some() {
        w.push_str("      ?event sem:hasTime ?time .\n");
        w.push_str("      OPTIONAL { ?time sem:hasBeginTimeStamp ?begin }\n");
        w.push_str("      OPTIONAL { ?time sem:hasEndTimeStamp ?end }\n");
        w.push_str("      BIND(STR(COALESCE(?begin, ?end)) AS ?first)\n");
        w.push_str("      BIND(STR(COALESCE(?end, ?begin)) AS ?last)\n");
        range_filter(f, w);
    }
    article_filters(f, w);
    let both = "EXISTS { ?event ng:source ?anySource } && EXISTS { ?event ng:target ?anyTarget }";
    match part {
        Part::Actors => {
            w.push_str("      ?event ng:source ?from ; ng:target ?to .\n");
            w.push_str("      FILTER(?from != ?to)\n");
            w.push_str("      BIND(\"event\" AS ?kind)\n");
        }
        Part::Places { only_two_sided } => {
            if only_two_sided {
                let _ = writeln!(w, "      FILTER({both})");
            }
            w.push_str("      ?event sem:hasActor ?from ; sem:hasPlace ?to .\n");
            w.push_str("      FILTER(?from != ?to)\n");
            w.push_str("      BIND(\"place\" AS ?kind)\n");
        }
        Part::EventNodes { one_sided } => {
            if one_sided {
                let _ = writeln!(w, "      FILTER(!({both}))");
            }
            w.push_str(
                "      { ?event ng:source ?from . BIND(?event AS ?to) BIND(\"event\" AS ?kind) }\n",
            );
            w.push_str("      UNION\n");
            w.push_str(
                "      { ?event ng:target ?to . BIND(?event AS ?from) BIND(\"event\" AS ?kind) }\n",
            );
            if one_sided {
                w.push_str("      UNION\n");
                w.push_str("      { ?event sem:hasPlace ?to . BIND(?event AS ?from) BIND(\"place\" AS ?kind) }\n");
            }
        }
        Part::Roles => {}
    }
}

fn role_part(f: &Checked, w: &mut String) {
    w.push_str("      ?event a ng:RoleRelation ;\n");
    w.push_str("             rdf:subject ?from ; rdf:predicate ?predicate ; rdf:object ?to ;\n");
    w.push_str("             ng:polarity ?polarity .\n");
    w.push_str("      FILTER(?polarity = \"asserted\" && ?from != ?to)\n");
    w.push_str("      VALUES (?predicate ?label) {\n");
    for r in RelationType::ALL {
        let _ = writeln!(w, "        (ng:{} {})", r.local_name(), lit(r.as_str()));
    }
    w.push_str("      }\n");
    w.push_str("      BIND(\"role\" AS ?kind)\n");
    if f.since.is_some() || f.until.is_some() {
        w.push_str("      ?event prov:wasDerivedFrom ?article .\n");
        w.push_str("      ?article schema:datePublished ?published .\n");
        w.push_str("      BIND(STR(?published) AS ?pub)\n");
        w.push_str(
            "      BIND(IF(STRLEN(?pub) = 10, ?pub, IF(STRLEN(?pub) = 7, CONCAT(?pub, \"-01\"), \
             IF(STRLEN(?pub) = 4, CONCAT(?pub, \"-01-01\"), ?none))) AS ?first)\n",
        );
        w.push_str(
            "      BIND(IF(STRLEN(?pub) = 10, ?pub, IF(STRLEN(?pub) = 7, CONCAT(?pub, \"-31\"), \
             IF(STRLEN(?pub) = 4, CONCAT(?pub, \"-12-31\"), ?none))) AS ?last)\n",
        );
        range_filter(f, w);
    }
    article_filters(f, w);
}

/// The CONSTRUCT query that gives the edges of the export with these options.
pub fn construct_query(f: &Checked) -> String {
    let mut w = String::new();
    let _ = writeln!(
        w,
        "# The edges of `newsgraph export --view {}` with the same filters, one blank node each.",
        f.view
    );
    if let Some(center) = &f.around {
        let _ = writeln!(
            w,
            "# --around <{center}> --hops {} is applied by newsgraph to this result: keep the \
             edges whose ends lie within {} hops of it.",
            f.hops, f.hops
        );
    }
    w.push_str(PREFIXES);
    w.push_str(
        "CONSTRUCT {\n  _:edge ng:edgeSource ?from ;\n    ng:edgeTarget ?to ;\n    ng:edgeKind ?kind ;\n    \
         rdfs:label ?label ;\n    ng:polarity ?polarity ;\n    ng:weight ?weight ;\n    ng:cameo ?cameo .\n}\nWHERE {\n",
    );
    let roles_excluded = !(f.roots.is_empty() && f.plovers.is_empty())
        || (!f.polarities.is_empty() && !f.polarities.contains("asserted"));
    let mut bodies = Vec::new();
    for part in parts(f.view) {
        let mut body = String::new();
        match part {
            Part::Roles if roles_excluded => continue,
            Part::Roles => role_part(f, &mut body),
            other => event_part(f, other, &mut body),
        }
        bodies.push(body);
    }
    if bodies.is_empty() {
        w.push_str("  FILTER(false)\n}\n");
        return w;
    }
    let having = if f.min_weight > 1 {
        format!(" HAVING (COUNT(DISTINCT ?event) >= {})", f.min_weight)
    } else {
        String::new()
    };
    let blocks: Vec<String> = bodies
        .into_iter()
        .map(|body| {
            format!(
                "  {{ SELECT ?from ?to ?kind ?label ?polarity (COUNT(DISTINCT ?event) AS ?weight) \
                 (MIN(?code) AS ?cameo) WHERE {{\n{body}    }}\n    \
                 GROUP BY ?from ?to ?kind ?label ?polarity{having}\n  }}\n"
            )
        })
        .collect();
    w.push_str(&blocks.join("  UNION\n"));
    w.push_str("}\n");
    w
}
