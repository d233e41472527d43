//! The named queries of `queries/*.rq`, compiled into the binary.
//!
//! Each file opens with a `#` comment block: the title on the first line, then what it
//! answers, then `# param: NAME  what to give` for each parameter and `# columns: a, b, c`
//! for the columns of its result. A parameter stands in the query as the variable `?NAME`,
//! used only inside expressions (FILTER, BIND), never projected; [`NamedQuery::bind`] puts
//! the value there as a string literal. Run as a plain file, the query leaves the variable
//! unbound, and the queries are written so that an unbound parameter matches everything.

use std::sync::LazyLock;

use crate::StoreError;

/// The query files, by name. Adding a file to `queries/` means adding a line here; a test
/// checks that the two lists agree.
const FILES: [(&str, &str); 19] = [
    (
        "actor-mentions",
        include_str!("../../../queries/actor-mentions.rq"),
    ),
    (
        "actor-network",
        include_str!("../../../queries/actor-network.rq"),
    ),
    (
        "actor-timeline",
        include_str!("../../../queries/actor-timeline.rq"),
    ),
    ("actors", include_str!("../../../queries/actors.rq")),
    ("articles", include_str!("../../../queries/articles.rq")),
    (
        "attributed-claims",
        include_str!("../../../queries/attributed-claims.rq"),
    ),
    (
        "co-mentions",
        include_str!("../../../queries/co-mentions.rq"),
    ),
    (
        "dyads-over-time",
        include_str!("../../../queries/dyads-over-time.rq"),
    ),
    (
        "event-types",
        include_str!("../../../queries/event-types.rq"),
    ),
    (
        "events-between",
        include_str!("../../../queries/events-between.rq"),
    ),
    (
        "events-by-month-and-place",
        include_str!("../../../queries/events-by-month-and-place.rq"),
    ),
    (
        "events-by-place",
        include_str!("../../../queries/events-by-place.rq"),
    ),
    ("leaders", include_str!("../../../queries/leaders.rq")),
    ("places", include_str!("../../../queries/places.rq")),
    ("provenance", include_str!("../../../queries/provenance.rq")),
    (
        "role-holders",
        include_str!("../../../queries/role-holders.rq"),
    ),
    (
        "spokespeople",
        include_str!("../../../queries/spokespeople.rq"),
    ),
    (
        "unrealised-or-negated",
        include_str!("../../../queries/unrealised-or-negated.rq"),
    ),
    (
        "who-accused-whom",
        include_str!("../../../queries/who-accused-whom.rq"),
    ),
];

/// A parameter of a named query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    /// What to give, from the `# param:` line.
    pub doc: &'static str,
}

/// One query of `queries/`, with what its header says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedQuery {
    /// The file name without `.rq`.
    pub name: &'static str,
    /// The first header line.
    pub title: &'static str,
    /// The other prose lines of the header, joined by spaces.
    pub description: String,
    pub params: Vec<Param>,
    /// The result columns, in order, as the header lists them.
    pub columns: Vec<&'static str>,
    /// The whole file, header included.
    pub sparql: &'static str,
}

static QUERIES: LazyLock<Vec<NamedQuery>> = LazyLock::new(|| {
    let mut all: Vec<NamedQuery> = FILES.iter().map(|(name, text)| parse(name, text)).collect();
    all.sort_by_key(|q| q.name);
    all
});

/// Every named query, sorted by name.
pub fn all() -> &'static [NamedQuery] {
    &QUERIES
}

/// The named query called `name`, if there is one.
pub fn get(name: &str) -> Option<&'static NamedQuery> {
    all().iter().find(|q| q.name == name)
}

fn parse(name: &'static str, text: &'static str) -> NamedQuery {
    let header: Vec<&'static str> = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .collect();
    let title = header.first().copied().unwrap_or(name);
    let mut description = Vec::new();
    let mut params = Vec::new();
    let mut columns = Vec::new();
    for line in header.iter().skip(1) {
        if let Some(rest) = line.strip_prefix("param:") {
            let rest = rest.trim();
            let (pname, doc) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            params.push(Param {
                name: pname,
                doc: doc.trim(),
            });
        } else if let Some(rest) = line.strip_prefix("columns:") {
            columns = rest
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
        } else if !line.is_empty() {
            description.push(*line);
        }
    }
    NamedQuery {
        name,
        title,
        description: description.join(" "),
        params,
        columns,
        sparql: text,
    }
}

impl NamedQuery {
    /// The query with each parameter replaced by its value as a SPARQL string literal.
    /// Every declared parameter must be given, and nothing else.
    ///
    /// `LCASE(?param)` becomes the lower-cased literal itself: Oxigraph's optimizer takes
    /// any function call for a value that may be missing, so a `BIND(LCASE("Russia") AS
    /// ?key)` would not start the join, while `BIND("russia" AS ?key)` makes the pattern
    /// `?e ng:nameKey ?key` one index look-up. (Rust's `to_lowercase` is what Oxigraph's
    /// `LCASE` computes.)
    ///
    /// ```
    /// let q = newsgraph_store::named::get("actor-mentions").unwrap();
    /// let sparql = q.bind(&[("actor".to_string(), "Ana \"A.\" Lind".to_string())])?;
    /// assert!(sparql.contains(r#"BIND("ana \"a.\" lind" AS ?key)"#));
    /// assert!(q.bind(&[]).is_err());
    /// # Ok::<(), newsgraph_store::StoreError>(())
    /// ```
    pub fn bind(&self, values: &[(String, String)]) -> Result<String, StoreError> {
        let err = |cause: String| StoreError::Param {
            query: self.name.to_string(),
            cause,
        };
        let takes = || {
            if self.params.is_empty() {
                "it takes none".to_string()
            } else {
                let names: Vec<&str> = self.params.iter().map(|p| p.name).collect();
                format!("it takes {}", names.join(", "))
            }
        };
        for (i, (key, _)) in values.iter().enumerate() {
            if !self.params.iter().any(|p| p.name == key) {
                return Err(err(format!("unknown parameter {key:?}; {}", takes())));
            }
            if values[..i].iter().any(|(k, _)| k == key) {
                return Err(err(format!("parameter {key:?} given twice")));
            }
        }
        let mut sparql = self.sparql.to_string();
        for p in &self.params {
            let value = values
                .iter()
                .find(|(k, _)| k == p.name)
                .map(|(_, v)| v)
                .ok_or_else(|| err(format!("needs --param {}=VALUE ({})", p.name, p.doc)))?;
            sparql = substitute(
                &sparql,
                p.name,
                &string_literal(value),
                &string_literal(&value.to_lowercase()),
            );
        }
        Ok(sparql)
    }
}

/// A SPARQL string literal holding `value`.
fn string_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn is_var_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '\u{B7}'
}

/// Replaces the variable `?var` / `$var` by `replacement` wherever it is a whole variable
/// token: not inside comments, strings or IRIs, and not the start of a longer name; and
/// `LCASE(?var)` (any case, any spaces) by `lower`, the value already lower-cased.
fn substitute(sparql: &str, var: &str, replacement: &str, lower: &str) -> String {
    let chars: Vec<char> = sparql.chars().collect();
    let mut out = String::with_capacity(sparql.len());
    let mut i = 0;
    let copy_until =
        |out: &mut String, from: usize, to: usize| out.extend(&chars[from..to.min(chars.len())]);
    while i < chars.len() {
        let c = chars[i];
        match c {
            '#' => {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == '\n')
                    .map_or(chars.len(), |p| i + p);
                copy_until(&mut out, i, end);
                i = end;
            }
            '"' | '\'' => {
                let long = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
                let quote = if long { 3 } else { 1 };
                let mut j = i + quote;
                while j < chars.len() {
                    if chars[j] == '\\' {
                        j += 2;
                    } else if chars[j] == c
                        && (!long || (chars.get(j + 1) == Some(&c) && chars.get(j + 2) == Some(&c)))
                    {
                        j += quote;
                        break;
                    } else {
                        j += 1;
                    }
                }
                copy_until(&mut out, i, j);
                i = j;
            }
            '<' => {
                // An IRI only if a '>' closes it before any character an IRI cannot hold;
                // otherwise it is the less-than operator.
                let iri_end = chars[i + 1..]
                    .iter()
                    .position(|&c| c == '>' || c.is_whitespace() || "<\"{}|^`\\".contains(c))
                    .map(|p| i + 1 + p)
                    .filter(|&j| chars[j] == '>');
                let end = iri_end.map_or(i + 1, |j| j + 1);
                copy_until(&mut out, i, end);
                i = end;
            }
            '?' | '$' => {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && is_var_char(chars[j]) {
                    j += 1;
                }
                let name: String = chars[start..j].iter().collect();
                if name == var {
                    let close = chars[j..]
                        .iter()
                        .position(|c| !c.is_whitespace())
                        .map(|p| j + p)
                        .filter(|&k| chars[k] == ')');
                    match (lcase_call_start(&out), close) {
                        (Some(call), Some(k)) => {
                            out.truncate(call);
                            out.push_str(lower);
                            i = k + 1;
                            continue;
                        }
                        _ => out.push_str(replacement),
                    }
                } else {
                    copy_until(&mut out, i, j.max(i + 1));
                }
                i = j.max(i + 1);
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Where `LCASE(` begins when `out` ends with it (spaces allowed inside), so that the
/// argument that follows is the whole call's only argument.
fn lcase_call_start(out: &str) -> Option<usize> {
    let open = out.trim_end().strip_suffix('(')?.trim_end();
    let start = open.len().checked_sub("LCASE".len())?;
    let name = open.get(start..)?;
    let before = open[..start].chars().next_back();
    (name.eq_ignore_ascii_case("LCASE") && !before.is_some_and(is_var_char)).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_variable_tokens_are_replaced() {
        let q =
            "# ?actor in a comment\nSELECT ?actorLabel WHERE { ?x <http://e/?actor> \"?actor\" . \
                 FILTER(?n < ?actor && $actor != 'it\\'s ?actor') }";
        let got = substitute(q, "actor", "\"X\"", "\"x\"");
        assert_eq!(
            got,
            "# ?actor in a comment\nSELECT ?actorLabel WHERE { ?x <http://e/?actor> \"?actor\" . \
             FILTER(?n < \"X\" && \"X\" != 'it\\'s ?actor') }"
        );
    }

    #[test]
    fn lcase_of_a_parameter_becomes_the_lower_cased_literal() {
        let q = "SELECT * { BIND(LCASE(?actor) AS ?k) BIND(lcase( ?actor ) AS ?l) \
                 BIND(UCASE(?actor) AS ?u) BIND(MYLCASE(?actor) AS ?m) BIND(LCASE(?actor, 1) AS ?n) }";
        assert_eq!(
            substitute(q, "actor", "\"Türkiye\"", "\"türkiye\""),
            "SELECT * { BIND(\"türkiye\" AS ?k) BIND(\"türkiye\" AS ?l) \
             BIND(UCASE(\"Türkiye\") AS ?u) BIND(MYLCASE(\"Türkiye\") AS ?m) \
             BIND(LCASE(\"Türkiye\", 1) AS ?n) }"
        );
    }

    #[test]
    fn headers_are_read() {
        let q = parse(
            "t",
            "# A title\n# Says what.\n# param: who  a name\n# columns: a, b\nSELECT ?a ?b {}\n",
        );
        assert_eq!(q.title, "A title");
        assert_eq!(q.description, "Says what.");
        assert_eq!(
            q.params,
            vec![Param {
                name: "who",
                doc: "a name"
            }]
        );
        assert_eq!(q.columns, vec!["a", "b"]);
    }

    #[test]
    fn wrong_parameters_are_refused_with_the_right_names() {
        let q = get("actor-mentions").unwrap();
        let e = q
            .bind(&[("who".into(), "x".into())])
            .unwrap_err()
            .to_string();
        assert!(e.contains("\"who\"") && e.contains("actor"), "{e}");
        let e = get("leaders")
            .unwrap()
            .bind(&[("x".into(), "y".into())])
            .unwrap_err()
            .to_string();
        assert!(e.contains("takes none"), "{e}");
        assert_eq!(
            get("leaders").unwrap().bind(&[]).unwrap(),
            get("leaders").unwrap().sparql
        );
    }
}
