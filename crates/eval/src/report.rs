//! Scores and their text form.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

/// Counts of one category and what follows from them. A ratio whose denominator is zero
/// (no output, or no gold) is 0 here and shown as `-` in text.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Prf {
    /// Output items that match a gold item.
    pub tp: usize,
    /// Output items that match none (or whose gold item was already matched).
    pub fp: usize,
    /// Gold items no output item matched.
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    /// The scores of these counts.
    pub fn new(tp: usize, fp: usize, fn_: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
        }
    }

    /// The scores of both sets of counts together.
    pub fn add(&self, other: &Prf) -> Prf {
        Prf::new(self.tp + other.tp, self.fp + other.fp, self.fn_ + other.fn_)
    }
}

/// One category's scores, overall and per type: entity type (`person`), relation
/// predicate (`leader_of`) or event CAMEO root (`11`; `type:<label>` for gold events
/// without a code). True positives and misses count under the gold item's type, false
/// positives under the output item's.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Category {
    pub overall: Prf,
    pub by_type: BTreeMap<String, Prf>,
}

impl Category {
    pub(crate) fn count(&mut self, key: &str, tp: usize, fp: usize, fn_: usize) {
        let add = Prf::new(tp, fp, fn_);
        self.overall = self.overall.add(&add);
        let entry = self.by_type.entry(key.to_string()).or_default();
        *entry = entry.add(&add);
    }

    fn add(&mut self, other: &Category) {
        self.overall = self.overall.add(&other.overall);
        for (key, prf) in &other.by_type {
            let entry = self.by_type.entry(key.clone()).or_default();
            *entry = entry.add(prf);
        }
    }
}

/// Entities, relations and events.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Scores {
    pub entities: Category,
    pub relations: Category,
    pub events: Category,
}

impl Scores {
    fn add(&mut self, other: &Scores) {
        self.entities.add(&other.entities);
        self.relations.add(&other.relations);
        self.events.add(&other.events);
    }
}

/// Which part of the graph a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Entity,
    Relation,
    Event,
}

/// A gold item no output matched, or an output item that matched nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Miss,
    FalsePositive,
}

/// One miss or false positive, described for a reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub part: Part,
    pub kind: FindingKind,
    /// The gold id (misses) or output id (false positives); relations have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Names, roles and evidence text.
    pub text: String,
}

/// The scores of one article and what went wrong in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleScore {
    /// The gold file's article id.
    pub id: String,
    pub scores: Scores,
    /// Misses in gold order, then false positives in output order, entities first.
    pub findings: Vec<Finding>,
}

/// Scores of every article and their totals. Totals are micro-averaged: counts are
/// summed over articles, then the ratios computed, so a long article weighs more.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub articles: Vec<ArticleScore>,
    pub totals: Scores,
}

impl Report {
    /// Sums the articles' counts into totals.
    pub fn new(articles: Vec<ArticleScore>) -> Report {
        let mut totals = Scores::default();
        for a in &articles {
            totals.add(&a.scores);
        }
        Report { articles, totals }
    }

    /// Writes the totals per category and type, one line of F1 per article, and with
    /// `explain` every miss and false positive.
    pub fn write_text(&self, out: &mut dyn Write, explain: bool) -> io::Result<()> {
        let n = self.articles.len();
        writeln!(
            out,
            "newsgraph eval: {n} article{}; totals sum the counts of all articles",
            if n == 1 { "" } else { "s" }
        )?;
        writeln!(out)?;
        writeln!(
            out,
            "{:<28} {:>5} {:>5} {:>5} {:>9} {:>7} {:>7}",
            "", "tp", "fp", "fn", "precision", "recall", "f1"
        )?;
        let parts = [
            ("entities", &self.totals.entities),
            ("relations", &self.totals.relations),
            ("events", &self.totals.events),
        ];
        for (name, cat) in parts {
            prf_line(out, name, &cat.overall)?;
            for (key, prf) in &cat.by_type {
                let label = if name == "events" {
                    cameo_root_label(key)
                } else {
                    key.clone()
                };
                prf_line(out, &format!("  {label}"), prf)?;
            }
        }
        writeln!(out)?;
        let width = self
            .articles
            .iter()
            .map(|a| a.id.chars().count())
            .max()
            .unwrap_or(0)
            .max(7);
        writeln!(
            out,
            "{:<width$}  {:>11} {:>12} {:>9}",
            "article", "entities F1", "relations F1", "events F1"
        )?;
        for a in &self.articles {
            writeln!(
                out,
                "{:<width$}  {:>11} {:>12} {:>9}",
                a.id,
                f1_text(&a.scores.entities.overall),
                f1_text(&a.scores.relations.overall),
                f1_text(&a.scores.events.overall),
            )?;
        }
        if explain {
            for a in &self.articles {
                writeln!(out)?;
                writeln!(out, "{}: {} findings", a.id, a.findings.len())?;
                for f in &a.findings {
                    let kind = match f.kind {
                        FindingKind::Miss => "miss",
                        FindingKind::FalsePositive => "false positive",
                    };
                    let part = match f.part {
                        Part::Entity => "entity",
                        Part::Relation => "relation",
                        Part::Event => "event",
                    };
                    writeln!(out, "  {kind:<14} {part:<8} {}", f.text)?;
                }
            }
        }
        Ok(())
    }
}

fn ratio_text(value: f64, defined: bool) -> String {
    if defined {
        format!("{value:.3}")
    } else {
        "-".to_string()
    }
}

fn f1_text(p: &Prf) -> String {
    ratio_text(p.f1, p.tp + p.fp + p.fn_ > 0)
}

fn prf_line(out: &mut dyn Write, name: &str, p: &Prf) -> io::Result<()> {
    writeln!(
        out,
        "{:<28} {:>5} {:>5} {:>5} {:>9} {:>7} {:>7}",
        name,
        p.tp,
        p.fp,
        p.fn_,
        ratio_text(p.precision, p.tp + p.fp > 0),
        ratio_text(p.recall, p.tp + p.fn_ > 0),
        f1_text(p),
    )
}

/// `11` → `11 disapprove`: the CAMEO root categories' short names.
fn cameo_root_label(key: &str) -> String {
    let name = match key {
        "01" => "make public statement",
        "02" => "appeal",
        "03" => "express intent to cooperate",
        "04" => "consult",
        "05" => "diplomatic cooperation",
        "06" => "material cooperation",
        "07" => "provide aid",
        "08" => "yield",
        "09" => "investigate",
        "10" => "demand",
        "11" => "disapprove",
        "12" => "reject",
        "13" => "threaten",
        "14" => "protest",
        "15" => "exhibit force posture",
        "16" => "reduce relations",
        "17" => "coerce",
        "18" => "assault",
        "19" => "fight",
        "20" => "mass violence",
        _ => return key.to_string(),
    };
    format!("{key} {name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undefined_ratios_are_zero() {
        let p = Prf::new(0, 0, 3);
        assert_eq!((p.precision, p.recall, p.f1), (0.0, 0.0, 0.0));
        let p = Prf::new(2, 2, 0);
        assert_eq!((p.precision, p.recall), (0.5, 1.0));
        assert!((p.f1 - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn totals_are_micro_averaged() {
        let mut a = Category::default();
        a.count("person", 1, 0, 0);
        let mut b = Category::default();
        b.count("person", 0, 1, 3);
        b.count("city", 2, 0, 0);
        let report = Report::new(vec![
            ArticleScore {
                id: "a".into(),
                scores: Scores {
                    entities: a,
                    ..Scores::default()
                },
                findings: vec![],
            },
            ArticleScore {
                id: "b".into(),
                scores: Scores {
                    entities: b,
                    ..Scores::default()
                },
                findings: vec![],
            },
        ]);
        let e = &report.totals.entities;
        assert_eq!((e.overall.tp, e.overall.fp, e.overall.fn_), (3, 1, 3));
        assert_eq!(e.by_type["person"], Prf::new(1, 1, 3));
        assert_eq!(e.overall.precision, 0.75);
    }
}
