//! The SPARQL SELECTs [`crate::network_from_store`] runs, written against the newsgraph
//! vocabulary. Each declares its prefixes, so it also runs unchanged outside newsgraph (for
//! a look at what the exporter sees: `newsgraph query` on the same store).

/// Every actor and place: one row per class, type and label it has (a country is both a
/// `sem:Actor` and a `sem:Place`; different articles may label it differently).
pub const ENTITIES: &str = r#"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
SELECT ?entity ?class ?type ?label WHERE {
  VALUES ?class { sem:Actor sem:Place }
  ?entity rdf:type ?class .
  OPTIONAL { ?entity ng:entityType ?type }
  OPTIONAL { ?entity rdfs:label ?label }
}
ORDER BY ?entity ?class ?type ?label
"#;

/// How many text mentions point at each entity.
pub const MENTIONS: &str = r#"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
SELECT ?entity (COUNT(DISTINCT ?mention) AS ?mentions) WHERE {
  ?mention rdf:type nif:Phrase ;
           itsrdf:taIdentRef ?entity .
}
GROUP BY ?entity
ORDER BY ?entity
"#;

/// Every event with what the edges carry: label, CAMEO code, PLOVER category, polarity
/// and the first and last day of its `sem:Time`.
pub const EVENTS: &str = r#"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
SELECT ?event ?label ?cameo ?plover ?polarity ?begin ?end WHERE {
  ?event rdf:type sem:Event .
  OPTIONAL { ?event rdfs:label ?label }
  OPTIONAL { ?event ng:cameo ?cameo }
  OPTIONAL { ?event ng:plover ?plover }
  OPTIONAL { ?event ng:polarity ?polarity }
  OPTIONAL {
    ?event sem:hasTime ?time .
    OPTIONAL { ?time sem:hasBeginTimeStamp ?begin }
    OPTIONAL { ?time sem:hasEndTimeStamp ?end }
  }
}
ORDER BY ?event ?label ?cameo ?plover ?polarity ?begin ?end
"#;

/// Who does each event (`source`), to whom (`target`) and where (`place`).
pub const EVENT_PARTICIPANTS: &str = r#"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
SELECT ?event ?role ?entity WHERE {
  VALUES (?property ?role) {
    (ng:source "source")
    (ng:target "target")
    (sem:hasPlace "place")
  }
  ?event rdf:type sem:Event ;
         ?property ?entity .
}
ORDER BY ?event ?role ?entity
"#;

/// Every asserted role relation (the direct triples, one per predicate of
/// `RelationType::local_name`), with the number of reified statements, across articles,
/// that assert it.
pub const ROLES: &str = r#"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
SELECT ?subject ?predicate ?object (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  VALUES ?predicate {
    ng:spokespersonOf ng:leaderOf ng:officialOf ng:memberOf
    ng:affiliatedWith ng:partOf ng:locatedIn
  }
  ?subject ?predicate ?object .
  OPTIONAL {
    ?statement rdf:type ng:RoleRelation ;
               rdf:subject ?subject ;
               rdf:predicate ?predicate ;
               rdf:object ?object ;
               ng:polarity "asserted" .
  }
}
GROUP BY ?subject ?predicate ?object
ORDER BY ?subject ?predicate ?object
"#;

/// Every export query with its name, in the order the exporter runs them.
pub const ALL: [(&str, &str); 5] = [
    ("entities", ENTITIES),
    ("mentions", MENTIONS),
    ("events", EVENTS),
    ("event-participants", EVENT_PARTICIPANTS),
    ("roles", ROLES),
];

/// The namespace of newsgraph's own terms, whose local names the role predicates are.
pub(crate) const NG: &str = "https://w3id.org/newsgraph/ns#";

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_model::RelationType;

    #[test]
    fn roles_query_asks_for_exactly_the_relation_types() {
        let values = ROLES
            .split_once("VALUES ?predicate {")
            .and_then(|(_, rest)| rest.split_once('}'))
            .map(|(block, _)| block)
            .unwrap();
        let mut asked: Vec<&str> = values.split_whitespace().collect();
        let mut expected: Vec<String> = RelationType::ALL
            .iter()
            .map(|r| format!("ng:{}", r.local_name()))
            .collect();
        asked.sort();
        expected.sort();
        assert_eq!(asked, expected);
    }
}
