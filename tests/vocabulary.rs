//! The vocabulary contract, checked on the real thing: the samples ingested by the real
//! binary into an on-disk store use only `ng:` terms that `data/ontology.ttl` declares,
//! only the values its closed sets allow, and every relation and event in it carries its
//! whole provenance; `docs/vocabulary.md` links to code that exists.

mod util;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use newsgraph_store::vocab::{self, NG};
use util::*;

fn store() -> &'static PathBuf {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let store = dir.path().join("store");
            ingest(&store, &[&samples()]);
            (dir, store)
        })
        .1
}

/// The one column of a SELECT run by `newsgraph query`, as a set.
fn column(sparql: &str) -> BTreeSet<String> {
    select_csv(store(), &[sparql])
        .into_iter()
        .map(|l| l.trim_matches('"').to_string())
        .collect()
}

#[test]
fn every_ng_term_in_the_ingested_samples_is_declared_in_the_ontology() {
    // Predicates, classes, and the predicates of reified relations (a relation that is not
    // asserted has its predicate only there).
    let used = column(
        "SELECT DISTINCT ?t WHERE {
           { ?s ?t ?o } UNION { ?s a ?t } UNION { ?s rdf:predicate ?t }
           FILTER(isIRI(?t) && STRSTARTS(STR(?t), STR(ng:)))
         }",
    );
    // The check must see what the samples are known to hold, or it checks nothing.
    for t in [
        "spokespersonOf",
        "RoleRelation",
        "cameo",
        "polarity",
        "extractor",
        "evidenceSpan",
    ] {
        assert!(used.contains(&format!("{NG}{t}")), "samples lack ng:{t}");
    }
    let declared = vocab::declared_terms().unwrap();
    let undeclared: Vec<&String> = used.difference(&declared).collect();
    assert!(
        undeclared.is_empty(),
        "the store writes ng: terms that data/ontology.ttl does not declare \
         (add them there and to docs/vocabulary.md): {undeclared:?}"
    );
}

#[test]
fn closed_values_in_the_samples_are_the_ones_the_ontology_lists() {
    // The lists of the ontology file itself (the store crate's tests check them against
    // the model's enums), read as Turtle text: `ng:Name ... owl:oneOf ( "a" "b" ... )`.
    let text = std::fs::read_to_string(root().join("data/ontology.ttl")).unwrap();
    assert_eq!(text, vocab::ONTOLOGY, "the binary's ontology is stale");
    let ontology_values = |datatype: &str| -> BTreeSet<String> {
        let start = text
            .find(&format!("ng:{datatype}\n"))
            .unwrap_or_else(|| panic!("ng:{datatype} not in the ontology"));
        let list = &text[start..];
        let list = &list[list.find("owl:oneOf (").unwrap() + 11..];
        let list = &list[..list.find(')').unwrap()];
        list.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let polarities = column("SELECT DISTINCT ?p WHERE { ?x ng:polarity ?p }");
    assert!(polarities.contains("asserted") && polarities.len() >= 2);
    assert!(
        polarities.is_subset(&ontology_values("Polarity")),
        "{polarities:?}"
    );
    let types = column("SELECT DISTINCT ?t WHERE { ?x ng:entityType ?t }");
    assert!(types.contains("person") && types.contains("country"));
    assert!(types.is_subset(&ontology_values("EntityType")), "{types:?}");
}

#[test]
fn every_relation_and_event_of_the_samples_has_complete_provenance() {
    let counted = |sparql: &str| -> usize {
        select_csv(store(), &[sparql])[0]
            .trim_matches('"')
            .parse()
            .unwrap()
    };
    let all = counted(
        "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a ng:RoleRelation } UNION { ?x a sem:Event } }",
    );
    assert!(all >= 20, "the samples hold relations and events: {all}");
    let complete = counted(
        "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
           { ?x a ng:RoleRelation } UNION { ?x a sem:Event }
           ?x prov:wasDerivedFrom ?article ;
              ng:extractor ?extractor ;
              ng:confidence ?confidence ;
              ng:polarity ?polarity ;
              ng:evidence ?sentence ;
              ng:evidenceSpan ?words .
           ?article a schema:NewsArticle ; ng:extractor ?extractor .
           ?sentence a nif:Sentence ; nif:beginIndex ?sb ; nif:endIndex ?se ; nif:anchorOf ?st .
           ?words nif:beginIndex ?wb ; nif:endIndex ?we ; nif:anchorOf ?wt ;
                  nif:sentence ?sentence .
           FILTER(?sb <= ?wb && ?we <= ?se && CONTAINS(?st, ?wt))
           FILTER(?confidence > 0 && ?confidence <= 1)
         }",
    );
    assert_eq!(
        complete, all,
        "relations or events without article, extractor, confidence, polarity, or sentence \
         and words with offsets"
    );
}

/// `[text](target)` links of a Markdown file.
fn links(markdown: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = markdown;
    while let Some(open) = rest.find('[') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find(']') else { break };
        let text = rest[..close].to_string();
        if let Some(target) = rest[close + 1..].strip_prefix('(') {
            if let Some(end) = target.find(')') {
                out.push((text, target[..end].to_string()));
            }
        }
        rest = &rest[close + 1..];
    }
    out
}

#[test]
fn the_vocabulary_doc_links_to_code_that_exists() {
    let doc_path = root().join("docs/vocabulary.md");
    let doc = std::fs::read_to_string(&doc_path).unwrap();
    let local: Vec<(String, String)> = links(&doc)
        .into_iter()
        .filter(|(_, t)| !t.starts_with("http") && !t.starts_with('#'))
        .collect();
    // The walk through one relation type links to each crate it passes.
    for krate in [
        "crates/model/",
        "crates/extract/",
        "crates/store/",
        "crates/export/",
    ] {
        assert!(
            local.iter().any(|(_, t)| t.contains(krate)),
            "no link into {krate}"
        );
    }
    for (text, target) in &local {
        let file = target.split('#').next().unwrap();
        let path = root().join("docs").join(file);
        assert!(
            path.exists(),
            "[{text}]({target}): {} does not exist",
            path.display()
        );
        // A link named after a code item (`RelationType::local_name`) must land in a file
        // that still holds that item's last name.
        if let Some(item) = text.strip_prefix('`').and_then(|t| t.strip_suffix('`')) {
            if path.is_file() && !item.contains('/') && !item.contains('.') {
                let name = item.rsplit("::").next().unwrap().trim_end_matches("()");
                let code = std::fs::read_to_string(&path).unwrap();
                assert!(
                    code.contains(name),
                    "[{text}]({target}): no {name} in the file"
                );
            }
        }
    }
}
