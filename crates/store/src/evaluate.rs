//! Queries for callers that write the results themselves and must be able to stop them: the
//! SPARQL endpoint. [`Store::evaluate`] hands back Oxigraph's lazy results, evaluated over the
//! same union default graph and with the same prefixes as [`Store::query_to`], but it tells a
//! syntax error from a SERVICE call from an update, so that each can get its own answer.

use oxigraph::sparql::{CancellationToken, QueryResults};
use spargebra::algebra::{AggregateExpression, Expression, GraphPattern, OrderExpression};
use spargebra::term::NamedNodePattern;
use spargebra::{Query, SparqlParser};

use crate::query::evaluator;
use crate::{vocab, Store, StoreError};

/// A parser that knows our prefixes.
fn parser() -> SparqlParser {
    let mut parser = SparqlParser::new();
    for (prefix, ns) in vocab::PREFIXES {
        // Our prefixes are constant, valid IRIs: a failure cannot happen, and skipping the
        // prefix would only make queries that use it fail to parse with a clear message.
        if let Ok(with) = parser.clone().with_prefix(prefix, ns) {
            parser = with;
        }
    }
    parser
}

impl Store {
    /// Parses `sparql` and starts evaluating it. Nothing is computed until the results are
    /// iterated; once `cancel` is cancelled, the next step of the evaluation fails with
    /// [`oxigraph::sparql::QueryEvaluationError::Cancelled`], so another thread can stop a
    /// query that runs too long.
    ///
    /// Refused before anything runs: a query that does not parse
    /// ([`StoreError::QuerySyntax`], with the parser's message), a SPARQL Update
    /// ([`StoreError::ReadOnly`]: nothing here writes) and any SERVICE clause, SILENT or not,
    /// wherever it sits ([`StoreError::ServiceRefused`]).
    ///
    /// ```
    /// use newsgraph_store::{CancellationToken, QueryResults, Store, StoreError};
    ///
    /// let dir = tempfile::tempdir()?;
    /// let store = Store::open(&dir.path().join("store"))?;
    /// let cancel = CancellationToken::new();
    /// assert!(matches!(store.evaluate("ASK {}", &cancel)?, QueryResults::Boolean(true)));
    /// let err = store.evaluate("SELECT * { SERVICE SILENT <http://example.org/q> { ?s ?p ?o } }", &cancel);
    /// assert!(matches!(err, Err(StoreError::ServiceRefused { .. })));
    /// assert!(matches!(store.evaluate("CLEAR ALL", &cancel), Err(StoreError::ReadOnly { .. })));
    /// assert!(matches!(store.evaluate("SELECT ?x {", &cancel), Err(StoreError::QuerySyntax(_))));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn evaluate(
        &self,
        sparql: &str,
        cancel: &CancellationToken,
    ) -> Result<QueryResults<'static>, StoreError> {
        let query = match parser().parse_query(sparql) {
            Ok(query) => query,
            Err(_) if parser().parse_update(sparql).is_ok() => {
                return Err(StoreError::ReadOnly {
                    path: self.path.clone(),
                    action: "SPARQL Update",
                });
            }
            Err(e) => return Err(StoreError::QuerySyntax(e.to_string())),
        };
        if let Some(service) = service_in_query(&query) {
            return Err(StoreError::ServiceRefused { service });
        }
        let prepared = evaluator(Some(cancel.clone())).for_query(query);
        self.execute(prepared)
            .map_err(|e| StoreError::Query(e.to_string()))
    }
}

/// The name of the first SERVICE the query calls, if any.
fn service_in_query(query: &Query) -> Option<String> {
    match query {
        Query::Select { pattern, .. }
        | Query::Construct { pattern, .. }
        | Query::Describe { pattern, .. }
        | Query::Ask { pattern, .. } => service_in_pattern(pattern),
    }
}

fn service_in_pattern(pattern: &GraphPattern) -> Option<String> {
    match pattern {
        GraphPattern::Service { name, .. } => Some(match name {
            NamedNodePattern::NamedNode(n) => n.to_string(),
            NamedNodePattern::Variable(v) => v.to_string(),
        }),
        GraphPattern::Join { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right } => {
            service_in_pattern(left).or_else(|| service_in_pattern(right))
        }
        GraphPattern::LeftJoin {
            left,
            right,
            expression,
        } => service_in_pattern(left)
            .or_else(|| service_in_pattern(right))
            .or_else(|| expression.as_ref().and_then(service_in_expression)),
        GraphPattern::Filter { expr, inner } => {
            service_in_expression(expr).or_else(|| service_in_pattern(inner))
        }
        GraphPattern::Extend {
            inner, expression, ..
        } => service_in_expression(expression).or_else(|| service_in_pattern(inner)),
        GraphPattern::OrderBy { inner, expression } => expression
            .iter()
            .find_map(|e| match e {
                OrderExpression::Asc(e) | OrderExpression::Desc(e) => service_in_expression(e),
            })
            .or_else(|| service_in_pattern(inner)),
        GraphPattern::Group {
            inner, aggregates, ..
        } => aggregates
            .iter()
            .find_map(|(_, a)| match a {
                AggregateExpression::FunctionCall { expr, .. } => service_in_expression(expr),
                AggregateExpression::CountSolutions { .. } => None,
            })
            .or_else(|| service_in_pattern(inner)),
        GraphPattern::Graph { inner, .. }
        | GraphPattern::Project { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. } => service_in_pattern(inner),
        // Triple patterns, paths and VALUES hold no pattern; a SERVICE in any form this
        // walk does not know (an extension) still meets the evaluator's refusing handler.
        _ => None,
    }
}

fn service_in_expression(expression: &Expression) -> Option<String> {
    match expression {
        Expression::Exists(pattern) => service_in_pattern(pattern),
        Expression::Or(a, b)
        | Expression::And(a, b)
        | Expression::Equal(a, b)
        | Expression::SameTerm(a, b)
        | Expression::Greater(a, b)
        | Expression::GreaterOrEqual(a, b)
        | Expression::Less(a, b)
        | Expression::LessOrEqual(a, b)
        | Expression::Add(a, b)
        | Expression::Subtract(a, b)
        | Expression::Multiply(a, b)
        | Expression::Divide(a, b) => service_in_expression(a).or_else(|| service_in_expression(b)),
        Expression::In(a, list) => {
            service_in_expression(a).or_else(|| list.iter().find_map(service_in_expression))
        }
        Expression::UnaryPlus(a) | Expression::UnaryMinus(a) | Expression::Not(a) => {
            service_in_expression(a)
        }
        Expression::If(a, b, c) => service_in_expression(a)
            .or_else(|| service_in_expression(b))
            .or_else(|| service_in_expression(c)),
        Expression::Coalesce(list) | Expression::FunctionCall(_, list) => {
            list.iter().find_map(service_in_expression)
        }
        Expression::NamedNode(_)
        | Expression::Literal(_)
        | Expression::Variable(_)
        | Expression::Bound(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(sparql: &str) -> Option<String> {
        service_in_query(&parser().parse_query(sparql).unwrap())
    }

    #[test]
    fn service_is_found_wherever_it_hides() {
        let hidden = [
            "SELECT * { SERVICE <http://a.example/s> { ?s ?p ?o } }",
            "SELECT * { ?x ?y ?z OPTIONAL { SERVICE SILENT <http://a.example/s> { ?s ?p ?o } } }",
            "SELECT * { ?x ?y ?z FILTER EXISTS { SERVICE <http://a.example/s> { ?s ?p ?o } } }",
            "SELECT * { ?x ?y ?z FILTER(?x = 1 || NOT EXISTS { SERVICE <http://a.example/s> {} }) }",
            "SELECT * { { SELECT ?s { SERVICE <http://a.example/s> { ?s ?p ?o } } LIMIT 1 } }",
            "ASK { GRAPH ?g { ?a ?b ?c } MINUS { SERVICE <http://a.example/s> { ?a ?b ?c } } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { SERVICE ?svc { ?s ?p ?o } } }",
        ];
        for q in hidden {
            assert!(service(q).is_some(), "missed SERVICE in {q}");
        }
        assert_eq!(
            service("SELECT * { SERVICE <http://a.example/s> { ?s ?p ?o } }").as_deref(),
            Some("<http://a.example/s>")
        );
    }

    #[test]
    fn queries_without_service_pass() {
        for q in [
            "SELECT ?l { ?e a sem:Event ; rdfs:label ?l FILTER EXISTS { ?e ng:source ?s } } ORDER BY ?l",
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p",
            "DESCRIBE <http://a.example/x>",
        ] {
            assert_eq!(service(q), None, "{q}");
        }
    }
}
