//! Where a minister sits, once the article's bodies are known (tests/CONVENTIONS.md R3): a
//! minister heads the ministry and holds an office in the government and the state; a
//! deputy or junior minister holds an office in the ministry and heads nothing.

use crate::doc::Doc;
use crate::entities::Entities;
use crate::roles::{push_rel, Rel};
use newsgraph_model::{EntityType, RelationType};
use std::ops::Range;

/// Words that qualify a title without naming a portfolio: "Foreign Affairs" and "Home
/// Affairs" must not meet on "affairs".
const NOT_PORTFOLIO: [&str; 12] = [
    "minister",
    "secretary",
    "affairs",
    "public",
    "national",
    "state",
    "and",
    "for",
    "deputy",
    "junior",
    "vice",
    "assistant",
];

/// A minister's title among `toks`: where it is, and whether it is a deputy's. `None` for
/// a head of government, a former holder and the secretaries of parties or of the press.
fn minister_title(doc: &Doc, toks: Range<usize>) -> Option<(usize, bool)> {
    let at = toks.clone().find(|&i| {
        let word = doc.lower(i);
        let before = if i > toks.start { doc.lower(i - 1) } else { "" };
        let after = if i + 1 < toks.end {
            doc.lower(i + 1)
        } else {
            ""
        };
        word == "minister" && !matches!(before, "prime" | "first" | "chief")
            || word == "secretary"
                && !matches!(
                    before,
                    "general" | "press" | "permanent" | "executive" | "party"
                )
                && after != "general"
    })?;
    let before = |w: &[&str]| toks.clone().any(|i| w.contains(&doc.lower(i)));
    if before(&[
        "former",
        "ex",
        "prime",
        "premier",
        "chancellor",
        "vice-chancellor",
    ]) {
        return None;
    }
    Some((at, before(&["deputy", "junior", "vice", "assistant"])))
}

/// Whether a lower-case word of a title or a ministry's name may name its portfolio.
fn portfolio_word(doc: &Doc, w: &str) -> bool {
    w.len() > 3
        && w.chars().all(char::is_alphabetic)
        && !NOT_PORTFOLIO.contains(&w)
        && !matches!(w, "ministry" | "department")
        && doc.lex.demonym(w).is_none()
        && doc.lex.country(w).is_none()
}

/// The portfolio words of the title at `at` ("Interior Minister", "minister of Territorial
/// Administration"), lower case: those after "of", else those between the comma that
/// ends a name ("X, the mining minister") and the title.
fn portfolio(doc: &Doc, toks: Range<usize>, at: usize) -> Vec<String> {
    let words = if at + 1 < toks.end && doc.lower(at + 1) == "of" {
        at + 2..toks.end
    } else {
        let from = (toks.start..at).rev().find(|&i| doc.word(i) == ",");
        from.map_or(toks.start, |c| c + 1)..at
    };
    words
        .map(|i| doc.lower(i).to_string())
        .filter(|w| portfolio_word(doc, w))
        .collect()
}

/// The one ministry of country `iso` that names the title's first portfolio word: a
/// ministry "of Energy and Water" is not the one of "agriculture, water and land reform".
fn own_ministry(ents: &Entities, iso: &str, words: &[String]) -> Option<usize> {
    let first = words.first()?;
    let mut found = (ents.list.iter().enumerate()).filter(|(_, m)| {
        let label = m.label.to_lowercase();
        let has = |w: &str| label.split(' ').any(|l| l == w);
        // "the Foreign Office", "the Home Office": a ministry named "<portfolio> Office".
        let office = label.split(' ').count() == 2 && label.ends_with(" office");
        m.etype == EntityType::Organisation
            && !m.mentions.is_empty()
            && (has("ministry") || has("department") || office)
            && m.country.as_deref().is_none_or(|c| c == iso)
            && has(first)
    });
    match (found.next(), found.next()) {
        (Some((m, _)), None) => Some(m),
        _ => None,
    }
}

/// "The government in Managua rejected it. Its foreign minister, X, said": a minister
/// placed only in a country's government holds an office in that country too (R3), where
/// the article names the country. So a prime minister who leads it leads the country: the
/// title, not the body "its" stood for, says whose head they are.
fn country_of_government(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    let in_country = |rels: &[Rel], p: usize, pred: RelationType| {
        rels.iter()
            .any(|r| r.subj == p && r.pred == pred && ents.list[r.obj].etype == EntityType::Country)
    };
    let found: Vec<(usize, RelationType, usize, usize, Range<usize>)> = (rels.iter())
        .filter(|r| {
            matches!(r.pred, RelationType::OfficialOf | RelationType::LeaderOf)
                && ents.list[r.subj].etype == EntityType::Person
                && ents.list[r.obj].etype == EntityType::Organisation
                && ents.list[r.obj].label.rsplit(' ').next() == Some("government")
                && !in_country(rels, r.subj, r.pred)
        })
        .filter_map(|r| {
            match r.pred {
                RelationType::LeaderOf => head_of_government(doc, r.toks.clone())?,
                _ => minister_title(doc, r.toks.clone()).map(|_| ())?,
            }
            let iso = ents.list[r.obj].country.as_deref()?;
            let mut named = (ents.list.iter().enumerate()).filter(|(_, c)| {
                c.etype == EntityType::Country
                    && !c.mentions.is_empty()
                    && c.country.as_deref() == Some(iso)
            });
            match (named.next(), named.next()) {
                (Some((c, _)), None) => Some((r.subj, r.pred, c, r.sent, r.toks.clone())),
                _ => None,
            }
        })
        .collect();
    for (p, pred, c, sent, toks) in found {
        push_rel(rels, p, pred, c, sent, toks, 0.5);
    }
}

/// A head of government's title among `toks` ("prime minister", "premier"), not a former
/// or deputy holder's.
fn head_of_government(doc: &Doc, toks: Range<usize>) -> Option<()> {
    let w = |i: usize| doc.lower(i);
    let head = toks.clone().any(|i| {
        w(i) == "premier" || w(i) == "prime" && i + 1 < toks.end && w(i + 1) == "minister"
    });
    let qualified = toks
        .clone()
        .any(|i| matches!(w(i), "former" | "ex" | "deputy" | "vice" | "late"));
    (head && !qualified).then_some(())
}

/// "Interior Minister X" official_of the country: X also leads the interior ministry and
/// holds an office in the government, where the article names them; a deputy holds an
/// office in the ministry only.
pub(crate) fn place(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    let ministers: Vec<(usize, String, usize, Range<usize>, usize, bool)> = (rels.iter())
        .filter(|r| {
            r.pred == RelationType::OfficialOf
                && ents.list[r.subj].etype == EntityType::Person
                && ents.list[r.obj].etype == EntityType::Country
        })
        .filter_map(|r| {
            let iso = ents.list[r.obj].country.clone()?;
            let (at, deputy) = minister_title(doc, r.toks.clone())?;
            Some((r.subj, iso, r.sent, r.toks.clone(), at, deputy))
        })
        .collect();
    for (p, iso, sent, toks, at, deputy) in ministers {
        if !deputy {
            if let Some(g) = crate::settled::country_government(ents, &iso) {
                push_rel(
                    rels,
                    p,
                    RelationType::OfficialOf,
                    g,
                    sent,
                    toks.clone(),
                    0.5,
                );
            }
        }
        if let Some(m) = own_ministry(ents, &iso, &portfolio(doc, toks.clone(), at)) {
            let pred = if deputy {
                RelationType::OfficialOf
            } else {
                RelationType::LeaderOf
            };
            push_rel(rels, p, pred, m, sent, toks, 0.5);
        }
    }
    // After the ministries: the country found through the government names no portfolio
    // of its own to look for.
    country_of_government(doc, ents, rels);
}
