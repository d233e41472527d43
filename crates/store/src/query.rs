//! SPARQL over the store: the default graph is the union of all graphs (each triple once,
//! since no triple is stored in two graphs: see [`crate::shared`]), our prefixes are
//! predeclared, and SERVICE is refused (newsgraph works offline).

use std::io::Write;

use oxigraph::model::{NamedNode, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, DefaultServiceHandler, PreparedSparqlQuery, QueryEvaluationError,
    QueryResults, QuerySolutionIter, SparqlEvaluator,
};
use oxiri::Iri;
use spargebra::algebra::GraphPattern;

use crate::format::write_graph_result;
use crate::table::cell;
use crate::{vocab, ResultFormat, Store, StoreError, Table};

/// The error every SERVICE call gets.
#[derive(Debug, thiserror::Error)]
#[error("SERVICE <{0}> refused: newsgraph queries only its local store")]
struct ServiceRefused(String);

/// Answers every SERVICE call with [`ServiceRefused`], whatever oxigraph features the build
/// has switched on.
struct NoService;

impl DefaultServiceHandler for NoService {
    type Error = ServiceRefused;

    fn handle(
        &self,
        service_name: &NamedNode,
        _pattern: &GraphPattern,
        _base_iri: Option<&Iri<String>>,
    ) -> Result<QuerySolutionIter<'static>, Self::Error> {
        Err(ServiceRefused(service_name.as_str().to_string()))
    }
}

/// The evaluator every query runs with: SERVICE refused, and evaluation stopping once
/// `cancel` (if any) is cancelled.
pub(crate) fn evaluator(cancel: Option<CancellationToken>) -> SparqlEvaluator {
    let evaluator = SparqlEvaluator::new().with_default_service_handler(NoService);
    match cancel {
        Some(token) => evaluator.with_cancellation_token(token),
        None => evaluator,
    }
}

fn query_error(e: impl std::fmt::Display) -> StoreError {
    StoreError::Query(e.to_string())
}

fn table(solutions: QuerySolutionIter<'_>) -> Result<Table, StoreError> {
    let vars = solutions
        .variables()
        .iter()
        .map(|v| v.as_str().to_string())
        .collect();
    let mut rows = Vec::new();
    for solution in solutions {
        let solution = solution.map_err(query_error)?;
        rows.push(
            solution
                .values()
                .iter()
                .map(|t| t.as_ref().map(cell))
                .collect(),
        );
    }
    Ok(Table { vars, rows })
}

impl Store {
    /// Parses and runs a query. A query without FROM / FROM NAMED sees the union of all
    /// graphs as its default graph; one with them sees what they name.
    fn run(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = evaluator(None);
        for (prefix, ns) in vocab::PREFIXES {
            evaluator = evaluator.with_prefix(prefix, ns).map_err(query_error)?;
        }
        let prepared = evaluator.parse_query(sparql).map_err(query_error)?;
        self.execute(prepared).map_err(query_error)
    }

    /// Starts the evaluation of a prepared query. Without FROM / FROM NAMED the default
    /// graph is Oxigraph's union of all graphs, evaluated on its internal ids: every triple
    /// sits in one graph only (article graphs hold what is read from their article alone,
    /// the shared [`vocab::ENTITY_GRAPH`] the rest), so that union is a set.
    pub(crate) fn execute(
        &self,
        mut prepared: PreparedSparqlQuery,
    ) -> Result<QueryResults<'static>, QueryEvaluationError> {
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        prepared.on_store(&self.inner).execute()
    }

    /// Runs a SELECT and returns all its rows. Any other query form is refused.
    pub fn select(&self, sparql: &str) -> Result<Table, StoreError> {
        match self.run(sparql)? {
            QueryResults::Solutions(solutions) => table(solutions),
            QueryResults::Boolean(_) => Err(StoreError::NotSelect { form: "ASK" }),
            QueryResults::Graph(_) => Err(StoreError::NotSelect {
                form: "CONSTRUCT or DESCRIBE",
            }),
        }
    }

    /// Runs any query and writes its results in `format` (see [`ResultFormat`] for what each
    /// query form becomes). The output is as deterministic as the query: a SELECT needs an
    /// ORDER BY over its columns for a fixed row order; graph results are sorted here.
    pub fn query_to(
        &self,
        sparql: &str,
        format: ResultFormat,
        out: &mut dyn Write,
    ) -> Result<(), StoreError> {
        let results_format = match format {
            ResultFormat::Table => None,
            ResultFormat::Json => Some(QueryResultsFormat::Json),
            ResultFormat::Csv => Some(QueryResultsFormat::Csv),
            ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
            ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        };
        match (self.run(sparql)?, results_format) {
            (QueryResults::Solutions(solutions), None) => table(solutions)?.write_text(out),
            (QueryResults::Solutions(solutions), Some(f)) => {
                let serializer = QueryResultsSerializer::from_format(f);
                let mut writer = serializer
                    .serialize_solutions_to_writer(out, solutions.variables().to_vec())
                    .map_err(StoreError::Write)?;
                for solution in solutions {
                    writer
                        .serialize(&solution.map_err(query_error)?)
                        .map_err(StoreError::Write)?;
                }
                writer.finish().map_err(StoreError::Write)?;
                Ok(())
            }
            (QueryResults::Boolean(b), None) => writeln!(out, "{b}").map_err(StoreError::Write),
            (QueryResults::Boolean(b), Some(f)) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(out, b)
                    .map_err(StoreError::Write)?;
                Ok(())
            }
            (QueryResults::Graph(triples), _) => {
                let triples = triples
                    .collect::<Result<Vec<Triple>, _>>()
                    .map_err(query_error)?;
                write_graph_result(triples, format, out)
            }
        }
    }
}
