//! The SPARQL 1.1 Protocol's three ways of sending a query (GET with `query=`, POST of a
//! URL-encoded form, POST of the query itself), and what we answer to the rest.

use axum::http::{Method, StatusCode};

/// What a request asks for.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Operation {
    /// No query at all: the service description.
    Describe,
    Query(String),
    /// A SPARQL Update, in whichever of its protocol forms.
    Update,
}

/// A request that breaks the protocol, with the status and message it gets.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub status: StatusCode,
    pub message: String,
}

fn refuse(status: StatusCode, message: impl Into<String>) -> Refusal {
    Refusal {
        status,
        message: message.into(),
    }
}

/// Reads the operation from the method, the Content-Type, the URL's query string and the
/// body. Protocol parameters we do not support are refused rather than ignored, so that no
/// client mistakes an answer over the whole store for one over the graphs it named.
pub(crate) fn operation(
    method: &Method,
    content_type: Option<&str>,
    url_query: Option<&str>,
    body: &[u8],
) -> Result<Operation, Refusal> {
    let url_params = params(url_query.unwrap_or("").as_bytes());
    // The media type without parameters such as charset.
    let media = content_type
        .map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    match *method {
        Method::GET | Method::HEAD => from_params(&url_params, false),
        Method::POST => match media.as_str() {
            "application/x-www-form-urlencoded" => {
                let mut all = url_params;
                all.extend(params(body));
                from_params(&all, true)
            }
            "application/sparql-query" => {
                check_dataset(&url_params)?;
                if url_params.iter().any(|(k, _)| k == "update") {
                    return Ok(Operation::Update);
                }
                let query = std::str::from_utf8(body).map_err(|_| {
                    refuse(StatusCode::BAD_REQUEST, "the query body is not UTF-8 text")
                })?;
                Ok(Operation::Query(query.to_string()))
            }
            "application/sparql-update" => Ok(Operation::Update),
            "" => Err(refuse(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "a POST needs a Content-Type: application/sparql-query (the query as the body) \
                 or application/x-www-form-urlencoded (query=...)",
            )),
            other => Err(refuse(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!(
                    "Content-Type {other} is not a SPARQL request; send \
                     application/sparql-query or application/x-www-form-urlencoded"
                ),
            )),
        },
        _ => Err(refuse(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("{method} is not allowed here; use GET or POST"),
        )),
    }
}

fn params(text: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(text)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn check_dataset(params: &[(String, String)]) -> Result<(), Refusal> {
    match params
        .iter()
        .find(|(k, _)| k == "default-graph-uri" || k == "named-graph-uri")
    {
        Some((k, _)) => Err(refuse(
            StatusCode::BAD_REQUEST,
            format!(
                "{k} is not supported: name graphs with FROM / FROM NAMED in the query (the \
                 default graph is already the merge of all article graphs)"
            ),
        )),
        None => Ok(()),
    }
}

fn from_params(params: &[(String, String)], post: bool) -> Result<Operation, Refusal> {
    if params.iter().any(|(k, _)| k == "update") {
        return Ok(Operation::Update);
    }
    check_dataset(params)?;
    let mut queries = params.iter().filter(|(k, _)| k == "query");
    match (queries.next(), queries.next()) {
        (Some(_), Some(_)) => Err(refuse(
            StatusCode::BAD_REQUEST,
            "give the query parameter once",
        )),
        (Some((_, q)), None) => Ok(Operation::Query(q.clone())),
        (None, _) if post => Err(refuse(
            StatusCode::BAD_REQUEST,
            "the form has no query parameter; send query=SPARQL",
        )),
        (None, _) => Ok(Operation::Describe),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

    #[test]
    fn the_three_ways_of_sending_a_query() {
        let q = Operation::Query("ASK { ?s ?p ?o }".into());
        assert_eq!(
            operation(
                &Method::GET,
                None,
                Some("query=ASK+%7B+%3Fs+%3Fp+%3Fo+%7D"),
                b""
            ),
            Ok(q)
        );
        assert_eq!(
            operation(&Method::POST, FORM, None, b"query=SELECT%20*%20%7B%7D"),
            Ok(Operation::Query("SELECT * {}".into()))
        );
        assert_eq!(
            operation(
                &Method::POST,
                Some("application/sparql-query; charset=UTF-8"),
                None,
                b"SELECT * {}"
            ),
            Ok(Operation::Query("SELECT * {}".into()))
        );
        assert_eq!(
            operation(&Method::GET, None, None, b""),
            Ok(Operation::Describe)
        );
    }

    #[test]
    fn updates_are_recognised_in_every_form() {
        for (method, ct, url, body) in [
            (Method::GET, None, Some("update=CLEAR+ALL"), &b""[..]),
            (Method::POST, FORM, None, &b"update=CLEAR%20ALL"[..]),
            (
                Method::POST,
                Some("application/sparql-update"),
                None,
                &b"CLEAR ALL"[..],
            ),
        ] {
            assert_eq!(operation(&method, ct, url, body), Ok(Operation::Update));
        }
    }

    #[test]
    fn protocol_errors_get_their_status() {
        let status =
            |m: &Method, ct, url, body: &[u8]| operation(m, ct, url, body).unwrap_err().status;
        assert_eq!(
            status(&Method::POST, Some("text/plain"), None, b"x"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
        assert_eq!(
            status(&Method::POST, FORM, None, b"x=1"),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            status(&Method::GET, None, Some("query=a&query=b"), b""),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            status(
                &Method::GET,
                None,
                Some("query=a&default-graph-uri=http://x"),
                b""
            ),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            status(&Method::PUT, None, None, b""),
            StatusCode::METHOD_NOT_ALLOWED
        );
    }
}
