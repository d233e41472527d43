//! Content negotiation: which of the formats we write a client's `Accept` header prefers.

use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::sparql::results::QueryResultsFormat;

/// A format an answer can be written in, with the media type the response declares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Offer<F> {
    pub media_type: &'static str,
    pub format: F,
}

const fn offer<F>(media_type: &'static str, format: F) -> Offer<F> {
    Offer { media_type, format }
}

/// SELECT and ASK results, our preference first (SPARQL JSON is what YASGUI reads best).
pub(crate) const RESULT_OFFERS: [Offer<QueryResultsFormat>; 7] = [
    offer("application/sparql-results+json", QueryResultsFormat::Json),
    offer("application/json", QueryResultsFormat::Json),
    offer("application/sparql-results+xml", QueryResultsFormat::Xml),
    offer("application/xml", QueryResultsFormat::Xml),
    offer("text/xml", QueryResultsFormat::Xml),
    offer("text/csv", QueryResultsFormat::Csv),
    offer("text/tab-separated-values", QueryResultsFormat::Tsv),
];

const JSON_LD: RdfFormat = RdfFormat::JsonLd {
    profile: JsonLdProfileSet::empty(),
};

/// CONSTRUCT and DESCRIBE results, our preference first.
pub(crate) const GRAPH_OFFERS: [Offer<RdfFormat>; 7] = [
    offer("text/turtle", RdfFormat::Turtle),
    offer("application/n-triples", RdfFormat::NTriples),
    offer("text/plain", RdfFormat::NTriples),
    offer("application/ld+json", JSON_LD),
    offer("application/json", JSON_LD),
    offer("application/rdf+xml", RdfFormat::RdfXml),
    offer("application/xml", RdfFormat::RdfXml),
];

/// One media range of an `Accept` header with its weight.
struct Range<'a> {
    kind: &'a str,
    subtype: &'a str,
    q: f32,
}

fn ranges(accept: &str) -> Vec<Range<'_>> {
    accept
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let (kind, subtype) = parts.next()?.trim().split_once('/')?;
            let mut q = 1.0;
            for param in parts {
                if let Some((name, value)) = param.split_once('=') {
                    if name.trim().eq_ignore_ascii_case("q") {
                        q = value.trim().parse().unwrap_or(0.0);
                    }
                }
            }
            Some(Range {
                kind: kind.trim(),
                subtype: subtype.trim(),
                q,
            })
        })
        .collect()
}

/// The weight `ranges` give `media_type`: that of the most specific matching range
/// (RFC 9110 §12.5.1), 0 when none matches.
fn weight(ranges: &[Range<'_>], media_type: &str) -> f32 {
    let (kind, subtype) = media_type.split_once('/').unwrap_or((media_type, ""));
    let mut best: Option<(u8, f32)> = None;
    for r in ranges {
        let specificity = if r.kind.eq_ignore_ascii_case(kind) {
            if r.subtype.eq_ignore_ascii_case(subtype) {
                2
            } else if r.subtype == "*" {
                1
            } else {
                continue;
            }
        } else if r.kind == "*" && r.subtype == "*" {
            0
        } else {
            continue;
        };
        if best.is_none_or(|(s, _)| specificity > s) {
            best = Some((specificity, r.q));
        }
    }
    best.map_or(0.0, |(_, q)| q)
}

/// The offer the client weighs highest (ties go to the earlier offer); the first offer when
/// there is no `Accept` header; `None` when the header accepts none of them.
pub(crate) fn choose<F: Copy>(accept: Option<&str>, offers: &[Offer<F>]) -> Option<Offer<F>> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return offers.first().copied();
    };
    let ranges = ranges(accept);
    let mut best: Option<(f32, Offer<F>)> = None;
    for o in offers {
        let q = weight(&ranges, o.media_type);
        if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
            best = Some((q, *o));
        }
    }
    best.map(|(_, o)| o)
}

/// The media types of `offers`, for a 406 message.
pub(crate) fn list<F>(offers: &[Offer<F>]) -> String {
    offers
        .iter()
        .map(|o| o.media_type)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(accept: Option<&str>) -> Option<&'static str> {
        choose(accept, &RESULT_OFFERS).map(|o| o.media_type)
    }

    fn graph(accept: Option<&str>) -> Option<&'static str> {
        choose(accept, &GRAPH_OFFERS).map(|o| o.media_type)
    }

    #[test]
    fn no_header_or_anything_gives_our_first_choice() {
        assert_eq!(result(None), Some("application/sparql-results+json"));
        assert_eq!(result(Some("*/*")), Some("application/sparql-results+json"));
        assert_eq!(graph(Some("")), Some("text/turtle"));
    }

    #[test]
    fn weights_and_specificity_decide() {
        assert_eq!(
            result(Some("application/sparql-results+json;q=0.5, text/csv")),
            Some("text/csv")
        );
        assert_eq!(
            result(Some("text/*;q=0.9, text/tab-separated-values;q=1.0")),
            Some("text/tab-separated-values")
        );
        // What YASGUI sends for a CONSTRUCT.
        assert_eq!(graph(Some("text/turtle,*/*;q=0.9")), Some("text/turtle"));
        assert_eq!(
            graph(Some("application/ld+json, text/turtle;q=0.5")),
            Some("application/ld+json")
        );
        // A more specific range with q=0 rules its type out although */* allows it.
        assert_eq!(
            result(Some(
                "*/*, application/sparql-results+json;q=0, application/json;q=0"
            )),
            Some("application/sparql-results+xml")
        );
    }

    #[test]
    fn nothing_acceptable_is_none() {
        assert_eq!(result(Some("image/png")), None);
        assert_eq!(graph(Some("text/csv")), None);
    }
}
