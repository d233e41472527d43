//! What to export: the view and the filters, checked once, then applied to events and role
//! statements (and rendered as SPARQL by [`crate::sparql`] with the same meaning).

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use newsgraph_model::TimeValue;

use crate::facts::{ArticleFacts, EventFacts, Facts, StatementFacts};
use crate::ExportError;

/// Which network to build from the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord, Hash)]
pub enum View {
    /// Actors joined by the events between them: one directed edge per source, target,
    /// event label and polarity, weighted by the number of events.
    #[default]
    Actors,
    /// The bipartite actor–event graph: every event a node, edges from its sources to it
    /// and from it to its targets.
    Events,
    /// Asserted role relations (`spokesperson_of`, `leader_of`, …) between entities,
    /// weighted by the statements that assert them.
    Roles,
    /// Actors joined to the places their events happened at.
    Places,
    /// Everything: every entity, event edges between actors, events with an actor on one
    /// side only as nodes, place edges and roles.
    Full,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Actors,
        View::Events,
        View::Roles,
        View::Places,
        View::Full,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            View::Actors => "actors",
            View::Events => "events",
            View::Roles => "roles",
            View::Places => "places",
            View::Full => "full",
        }
    }
}

impl fmt::Display for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for View {
    type Err = ExportError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        View::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| ExportError::BadFilter {
                option: "--view",
                value: s.to_string(),
                expected: "actors, events, roles, places or full",
            })
    }
}

/// The PLOVER categories newsgraph codes events with (`Cameo::plover`).
pub const PLOVER: [&str; 15] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "INVESTIGATE",
    "DEMAND",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
];

/// The polarities the store writes.
pub const POLARITIES: [&str; 3] = ["asserted", "negated", "unrealised"];

/// The view and the filters as the user gives them (command-line strings); see
/// [`ExportOptions::check`] for what each accepts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    pub view: View,
    /// Keep events whose dates reach this day or later: `2024`, `2024-05` or `2024-05-03`
    /// (a year or month counts from its first day).
    pub since: Option<String>,
    /// Keep events whose dates reach this day or earlier (a year or month counts to its
    /// last day).
    pub until: Option<String>,
    /// Article ids (`2024-05-14-polish-premier-visits-vilnius`) or article IRIs.
    pub articles: Vec<String>,
    /// News agencies or publishers (`ng:agency`, the `Source:` header), any case.
    pub agencies: Vec<String>,
    /// CAMEO root codes (`11`, `4` or `04`) or PLOVER categories (`REJECT`, any case).
    pub types: Vec<String>,
    /// `asserted`, `negated`, `unrealised`.
    pub polarities: Vec<String>,
    /// Drop edges of a smaller weight (after merging), then nodes left without an edge.
    pub min_weight: u64,
    /// Keep only what lies within `hops` edges (either direction) of this IRI.
    pub around: Option<String>,
    pub hops: u32,
}

impl ExportOptions {
    /// The default view with no filter.
    pub fn view(view: View) -> Self {
        ExportOptions {
            view,
            hops: 1,
            ..Default::default()
        }
    }

    /// True when some filter besides the view is set.
    pub fn filters(&self) -> bool {
        self.since.is_some()
            || self.until.is_some()
            || !self.articles.is_empty()
            || !self.agencies.is_empty()
            || !self.types.is_empty()
            || !self.polarities.is_empty()
            || self.min_weight > 1
            || self.around.is_some()
    }

    /// Checks every value and puts it in the form the filters compare.
    pub fn check(&self) -> Result<Checked, ExportError> {
        let day = |option: &'static str, value: &Option<String>, last: bool| {
            value
                .as_deref()
                .map(|v| {
                    let t: TimeValue = v.trim().parse().map_err(|_| ExportError::BadFilter {
                        option,
                        value: v.to_string(),
                        expected: "a date: YYYY, YYYY-MM or YYYY-MM-DD",
                    })?;
                    let (y, m, d) = if last { t.last_day() } else { t.first_day() };
                    Ok::<_, ExportError>(format!("{y:04}-{m:02}-{d:02}"))
                })
                .transpose()
        };
        let since = day("--since", &self.since, false)?;
        let until = day("--until", &self.until, true)?;
        if let (Some(s), Some(u)) = (&since, &until) {
            if s > u {
                return Err(ExportError::BadFilter {
                    option: "--until",
                    value: self.until.clone().unwrap_or_default(),
                    expected: "a date no earlier than --since",
                });
            }
        }
        let mut roots = BTreeSet::new();
        let mut plovers = BTreeSet::new();
        for t in self.types.iter().flat_map(|t| t.split(',')) {
            let t = t.trim();
            if !t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()) {
                match t.parse::<u8>() {
                    Ok(n @ 1..=20) => roots.insert(format!("{n:02}")),
                    _ => return Err(bad_type(t)),
                };
            } else if let Some(p) = PLOVER.iter().find(|p| p.eq_ignore_ascii_case(t)) {
                plovers.insert(p.to_string());
            } else {
                return Err(bad_type(t));
            }
        }
        let mut polarities = BTreeSet::new();
        for p in self.polarities.iter().flat_map(|p| p.split(',')) {
            let p = p.trim();
            match POLARITIES.iter().find(|x| x.eq_ignore_ascii_case(p)) {
                Some(x) => polarities.insert(x.to_string()),
                None => {
                    return Err(ExportError::BadFilter {
                        option: "--polarity",
                        value: p.to_string(),
                        expected: "asserted, negated or unrealised",
                    })
                }
            };
        }
        let articles = split(&self.articles)
            .map(|a| {
                a.strip_prefix(ARTICLE_BASE)
                    .map(|id| id.to_string())
                    .unwrap_or(a)
            })
            .collect();
        let agencies = split(&self.agencies).map(|a| a.to_lowercase()).collect();
        let around = self.around.as_deref().map(|a| {
            a.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        });
        Ok(Checked {
            view: self.view,
            since,
            until,
            roots,
            plovers,
            polarities,
            articles,
            agencies,
            min_weight: self.min_weight,
            around,
            hops: self.hops,
        })
    }
}

/// Article IRIs are `ARTICLE_BASE` + a slug of the id; the filter compares ids.
const ARTICLE_BASE: &str = "https://w3id.org/newsgraph/article/";

fn split(values: &[String]) -> impl Iterator<Item = String> + '_ {
    values
        .iter()
        .flat_map(|v| v.split(','))
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn bad_type(value: &str) -> ExportError {
    ExportError::BadFilter {
        option: "--type",
        value: value.to_string(),
        expected: "a CAMEO root code from 01 to 20 or a PLOVER category (AGREE, CONSULT, \
                   SUPPORT, COOPERATE, AID, CONCEDE, INVESTIGATE, DEMAND, REJECT, THREATEN, \
                   PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT)",
    }
}

/// [`ExportOptions`] checked: dates as the first and last day they allow, codes and names
/// normalised, sets sorted (so that the SPARQL text is stable too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub view: View,
    /// `YYYY-MM-DD`, the first day allowed.
    pub since: Option<String>,
    /// `YYYY-MM-DD`, the last day allowed.
    pub until: Option<String>,
    pub roots: BTreeSet<String>,
    pub plovers: BTreeSet<String>,
    pub polarities: BTreeSet<String>,
    pub articles: BTreeSet<String>,
    /// Lower case.
    pub agencies: BTreeSet<String>,
    pub min_weight: u64,
    pub around: Option<String>,
    pub hops: u32,
}

/// The first and last day-like strings of a publication date as written (a day, `YYYY-MM`
/// or `YYYY`), for comparing with days: a month runs to `-31` whatever its length, which
/// compares with real days exactly as its real last day does. The SPARQL of
/// [`crate::sparql`] computes the same strings.
pub(crate) fn published_bounds(published: &str) -> Option<(String, String)> {
    match published.len() {
        10 => Some((published.to_string(), published.to_string())),
        7 => Some((format!("{published}-01"), format!("{published}-31"))),
        4 => Some((format!("{published}-01-01"), format!("{published}-12-31"))),
        _ => None,
    }
}

impl Checked {
    fn dated(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    fn in_range(&self, first: &str, last: &str) -> bool {
        self.since.as_deref().is_none_or(|s| last >= s)
            && self.until.as_deref().is_none_or(|u| first <= u)
    }

    fn article_ok(&self, facts: &Facts, articles: &BTreeSet<String>) -> bool {
        let of = |iri: &String| facts.articles.get(iri);
        let id_ok = |a: &ArticleFacts| {
            self.articles.is_empty() || a.id.as_ref().is_some_and(|i| self.articles.contains(i))
        };
        let agency_ok = |a: &ArticleFacts| {
            self.agencies.is_empty()
                || a.agency
                    .as_ref()
                    .is_some_and(|g| self.agencies.contains(&g.to_lowercase()))
        };
        if self.articles.is_empty() && self.agencies.is_empty() {
            return true;
        }
        articles
            .iter()
            .filter_map(of)
            .any(|a| id_ok(a) && agency_ok(a))
    }

    /// True when the event passes every filter.
    pub(crate) fn keep_event(&self, facts: &Facts, ev: &EventFacts) -> bool {
        if !self.polarities.is_empty()
            && !ev
                .polarity
                .as_ref()
                .is_some_and(|p| self.polarities.contains(p))
        {
            return false;
        }
        if !(self.roots.is_empty() && self.plovers.is_empty()) {
            let root = ev
                .cameo_root
                .as_ref()
                .is_some_and(|r| self.roots.contains(r));
            let plover = ev.plover.as_ref().is_some_and(|p| self.plovers.contains(p));
            if !root && !plover {
                return false;
            }
        }
        if self.dated() {
            let (first, last) = match (&ev.begin, &ev.end) {
                (Some(b), Some(e)) => (b, e),
                (Some(d), None) | (None, Some(d)) => (d, d),
                (None, None) => return false,
            };
            if !self.in_range(first, last) {
                return false;
            }
        }
        self.article_ok(facts, &ev.articles)
    }

    /// True when the role statement is asserted and passes every filter. Statements have
    /// no event type, so a `--type` filter leaves them all out; they are dated by the
    /// publication date of their article.
    pub(crate) fn keep_statement(&self, facts: &Facts, st: &StatementFacts) -> bool {
        if st.polarity.as_deref() != Some("asserted") {
            return false;
        }
        if !self.polarities.is_empty() && !self.polarities.contains("asserted") {
            return false;
        }
        if !(self.roots.is_empty() && self.plovers.is_empty()) {
            return false;
        }
        if self.dated() {
            let dated_ok = st.articles.iter().any(|a| {
                facts
                    .articles
                    .get(a)
                    .and_then(|a| a.published.as_deref())
                    .and_then(published_bounds)
                    .is_some_and(|(first, last)| self.in_range(&first, &last))
            });
            if !dated_ok {
                return false;
            }
        }
        self.article_ok(facts, &st.articles)
    }
}
