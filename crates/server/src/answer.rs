//! Running one query to its serialized answer, on a blocking thread: negotiation once the
//! query form is known, the row cap, and stopping as soon as the query is cancelled.

use axum::http::StatusCode;
use newsgraph_store::{
    vocab, CancellationToken, QueryEvaluationError, QueryResults, Store, StoreError,
};
use oxigraph::io::RdfSerializer;
use oxigraph::sparql::results::QueryResultsSerializer;

use crate::negotiate::{self, GRAPH_OFFERS, RESULT_OFFERS};

/// A serialized answer.
#[derive(Debug)]
pub(crate) struct Answer {
    pub body: Vec<u8>,
    pub media_type: &'static str,
    /// The result had more rows (or triples) than the cap; the body holds the first ones.
    pub truncated: bool,
}

/// Why a query got no answer.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Stopped through its cancellation token (time limit or client gone).
    Cancelled,
    /// Refused or failed, with the status and message the client gets.
    Status(StatusCode, String),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        let status = match &e {
            StoreError::QuerySyntax(_)
            | StoreError::ServiceRefused { .. }
            | StoreError::Query(_) => StatusCode::BAD_REQUEST,
            StoreError::ReadOnly { .. } => StatusCode::FORBIDDEN,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Failure::Status(status, e.to_string())
    }
}

fn evaluation(e: QueryEvaluationError) -> Failure {
    let status = match &e {
        QueryEvaluationError::Cancelled => return Failure::Cancelled,
        QueryEvaluationError::Dataset(_) | QueryEvaluationError::Unexpected(_) => {
            StatusCode::INTERNAL_SERVER_ERROR
        }
        _ => StatusCode::BAD_REQUEST,
    };
    Failure::Status(status, format!("SPARQL query: {e}"))
}

fn write_error(e: impl std::fmt::Display) -> Failure {
    Failure::Status(
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("cannot serialize the results: {e}"),
    )
}

fn not_acceptable(what: &str, offers: String) -> Failure {
    Failure::Status(
        StatusCode::NOT_ACCEPTABLE,
        format!("this query gives {what}; the Accept header allows none of: {offers}"),
    )
}

/// Evaluates `sparql` and writes at most `max_rows` rows (or triples) in the format the
/// `accept` header prefers.
pub(crate) fn answer(
    store: &Store,
    sparql: &str,
    accept: Option<&str>,
    max_rows: usize,
    cancel: &CancellationToken,
) -> Result<Answer, Failure> {
    let results = store.evaluate(sparql, cancel)?;
    let mut body = Vec::new();
    let mut truncated = false;
    let media_type = match results {
        QueryResults::Solutions(solutions) => {
            let offer = negotiate::choose(accept, &RESULT_OFFERS)
                .ok_or_else(|| not_acceptable("SPARQL results", negotiate::list(&RESULT_OFFERS)))?;
            let variables = solutions.variables().to_vec();
            let mut writer = QueryResultsSerializer::from_format(offer.format)
                .serialize_solutions_to_writer(&mut body, variables)
                .map_err(write_error)?;
            for (rows, solution) in solutions.enumerate() {
                let solution = solution.map_err(evaluation)?;
                if rows == max_rows {
                    truncated = true;
                    break;
                }
                writer.serialize(&solution).map_err(write_error)?;
            }
            writer.finish().map_err(write_error)?;
            offer.media_type
        }
        QueryResults::Boolean(value) => {
            let offer = negotiate::choose(accept, &RESULT_OFFERS).ok_or_else(|| {
                not_acceptable("a SPARQL boolean", negotiate::list(&RESULT_OFFERS))
            })?;
            QueryResultsSerializer::from_format(offer.format)
                .serialize_boolean_to_writer(&mut body, value)
                .map_err(write_error)?;
            offer.media_type
        }
        QueryResults::Graph(triples) => {
            let offer = negotiate::choose(accept, &GRAPH_OFFERS)
                .ok_or_else(|| not_acceptable("RDF triples", negotiate::list(&GRAPH_OFFERS)))?;
            let mut serializer = RdfSerializer::from_format(offer.format);
            for (prefix, ns) in vocab::PREFIXES {
                serializer = serializer.with_prefix(prefix, ns).map_err(write_error)?;
            }
            let mut writer = serializer.for_writer(&mut body);
            for (rows, triple) in triples.enumerate() {
                let triple = triple.map_err(evaluation)?;
                if rows == max_rows {
                    truncated = true;
                    break;
                }
                writer.serialize_triple(&triple).map_err(write_error)?;
            }
            writer.finish().map_err(write_error)?;
            offer.media_type
        }
    };
    // The evaluator checks the token as it reads the store; a query cancelled after its
    // last read must not pass for complete either.
    if cancel.is_cancelled() {
        return Err(Failure::Cancelled);
    }
    Ok(Answer {
        body,
        media_type,
        truncated,
    })
}
