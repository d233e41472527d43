//! Coreference applied to one article graph: name variants the extractor kept apart are
//! merged into one entity, and pronouns and definite descriptions that refer to an entity
//! become mentions of it.
//!
//! The extractor's entities are the names; this module adds the third-person pronouns and
//! the "the <title>" / "the <type noun>" descriptions it finds in the text, runs
//! [`crate::coref::resolve`] over all of them, then rewrites the graph: entities that share
//! a cluster become the first of them (relations and events follow), and every pronoun or
//! description of a cluster becomes a mention of its entity.

use std::collections::{BTreeMap, BTreeSet};

use newsgraph_model::{ArticleGraph, EntityType, Mention, Span};

use crate::coref::{resolve, CorefMention, CorefOptions, MentionForm};

/// What [`corefer`] changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CorefStats {
    /// Entities folded into another entity of the article.
    pub merged_entities: usize,
    /// Pronoun and description mentions added to entities.
    pub added_mentions: usize,
}

const PRONOUNS: [&str; 17] = [
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "i",
];

/// Heads of definite descriptions besides the person titles of [`crate::coref::TITLES`]
/// ("the company", "the country").
const NON_PERSON_HEADS: [&str; 15] = [
    "company",
    "firm",
    "organisation",
    "organization",
    "agency",
    "ministry",
    "party",
    "government",
    "country",
    "nation",
    "kingdom",
    "republic",
    "city",
    "town",
    "capital",
];

/// "the spokesman", "the company": a noun a definite description can end in. "head" is a
/// title ("head of the delegation") but not a description on its own: "the head" says
/// nothing of whom it refers to.
fn description_head(word: &str) -> bool {
    (word != "head" && crate::coref::TITLES.contains(&word)) || NON_PERSON_HEADS.contains(&word)
}

/// A word of the text with its code-point span.
struct Word {
    start: usize,
    end: usize,
    text: String,
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, c) in text.chars().enumerate() {
        let inner =
            c.is_alphanumeric() || ((c == '-' || c == '\'' || c == '’') && current.is_some());
        if inner {
            current.get_or_insert_with(|| (i, String::new())).1.push(c);
        } else if let Some((s, w)) = current.take() {
            out.push(Word {
                start: s,
                end: i,
                text: w,
            });
        }
    }
    if let Some((s, w)) = current.take() {
        let end = s + w.chars().count();
        out.push(Word {
            start: s,
            end,
            text: w,
        });
    }
    // A possessive or clitic stays with its word ("Lind's"); trailing apostrophes do not.
    for w in &mut out {
        while w.text.ends_with('\'') || w.text.ends_with('’') || w.text.ends_with('-') {
            w.text.pop();
            w.end -= 1;
        }
    }
    out
}

/// Resolves coreference in the graph and rewrites it in place. Deterministic: the same graph
/// gives the same result.
pub fn corefer(graph: &mut ArticleGraph, options: CorefOptions) -> CorefStats {
    let text = graph.article.text.clone();
    let chars: Vec<char> = text.chars().collect();
    let sentence_of = |pos: usize| -> Option<usize> {
        graph
            .sentences
            .iter()
            .position(|s| (s.start() as usize) <= pos && pos < s.end() as usize)
    };
    let mut mentions: Vec<CorefMention> = Vec::new();
    // For each resolver mention: (entity index, mention index) or a new span.
    enum Source {
        Entity(usize),
        New(Span, u32),
    }
    let mut sources: Vec<Source> = Vec::new();
    let mut covered: BTreeSet<usize> = BTreeSet::new();
    for (ei, e) in graph.entities.iter().enumerate() {
        for m in &e.mentions {
            for p in m.span.start()..m.span.end() {
                covered.insert(p as usize);
            }
            let plural = e.etype == EntityType::Group;
            // Mentions an earlier run added keep their form, so a second run agrees.
            let lower = m.text.to_lowercase();
            let form = if PRONOUNS.contains(&lower.as_str()) {
                MentionForm::Pronoun
            } else if lower.starts_with("the ")
                && (m.text.starts_with(|c: char| c.is_lowercase())
                    // "The government" opening a sentence is a description too.
                    || m.text.get(4..).is_some_and(|r| r.starts_with(|c: char| c.is_lowercase())))
            {
                MentionForm::Nominal
            } else {
                MentionForm::Name
            };
            mentions.push(CorefMention {
                sentence: m.sentence as usize,
                position: m.span.start() as usize,
                text: m.text.clone(),
                head: m.text.split_whitespace().last().unwrap_or("").to_string(),
                form,
                etype: Some(e.etype),
                plural,
                subject: false,
            });
            sources.push(Source::Entity(ei));
        }
    }
    let ws = words(&text);
    for (k, w) in ws.iter().enumerate() {
        if covered.contains(&w.start) {
            continue;
        }
        let lower = w.text.to_lowercase();
        let Some(sentence) = sentence_of(w.start) else {
            continue;
        };
        let mut push = |start: usize, form: MentionForm, subject: bool, plural: bool| {
            let Ok(span) = Span::new(start as u32, w.end as u32) else {
                return;
            };
            mentions.push(CorefMention {
                sentence,
                position: start,
                text: chars[start..w.end].iter().collect(),
                head: w.text.clone(),
                form,
                etype: None,
                plural,
                subject,
            });
            sources.push(Source::New(span, sentence as u32));
        };
        if PRONOUNS.contains(&lower.as_str()) && lower != "i" {
            let subject = matches!(lower.as_str(), "he" | "she" | "they" | "it");
            push(w.start, MentionForm::Pronoun, subject, false);
            continue;
        }
        let singular = description_head(&lower);
        let plural_head = lower.strip_suffix('s').is_some_and(description_head);
        if !(singular || plural_head) {
            continue;
        }
        // "the <up to two words> head", not followed by a name ("the president Ana Lind"
        // is a title of the name, which the extractor has already read) nor by "of" / "for"
        // ("the spokesman for Berg" is somebody else than Berg).
        if ws.get(k + 1).is_some_and(|n| {
            let adjacent = chars[w.end..n.start].iter().all(|c| *c == ' ');
            adjacent
                && (n.text.chars().next().is_some_and(char::is_uppercase)
                    || matches!(n.text.as_str(), "of" | "for" | "to"))
        }) {
            continue;
        }
        let the = (1..=3)
            .filter_map(|back| k.checked_sub(back))
            .find(|&j| ws[j].text.eq_ignore_ascii_case("the"));
        if let Some(j) = the {
            let same_sentence = sentence_of(ws[j].start) == Some(sentence);
            let no_punct = chars[ws[j].start..w.start]
                .iter()
                .all(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '-' || *c == '\'');
            if same_sentence && no_punct {
                push(ws[j].start, MentionForm::Nominal, false, plural_head);
            }
        }
    }
    let clusters = resolve(&mentions, options);
    let mut stats = CorefStats::default();
    // Names decide which entities are one (an entity whose names fall into two clusters
    // joins both: union-find); a pronoun or description the extractor already attached
    // follows the resolver instead, as it may have been attached wrongly.
    let n = graph.entities.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let name_entities = |c: &[usize]| -> BTreeSet<usize> {
        c.iter()
            .filter_map(|&i| match sources[i] {
                Source::Entity(e) if mentions[i].form == MentionForm::Name => Some(e),
                _ => None,
            })
            .collect()
    };
    for c in &clusters {
        let es = name_entities(c);
        if let Some(&first) = es.iter().next() {
            for &e in &es {
                let (a, b) = (root(&mut parent, first), root(&mut parent, e));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut into: BTreeMap<usize, usize> = BTreeMap::new();
    for e in 0..n {
        let r = root(&mut parent, e);
        if r != e {
            into.insert(e, r);
        }
    }
    let mut additions: BTreeMap<usize, Vec<Mention>> = BTreeMap::new();
    // (from entity, to entity, start) of extractor mentions the resolver re-attributes.
    let mut moves: Vec<(usize, usize, usize)> = Vec::new();
    for c in &clusters {
        let Some(&first) = name_entities(c).iter().next() else {
            continue;
        };
        let keep = root(&mut parent, first);
        for &i in c {
            match sources[i] {
                Source::New(span, sentence) => {
                    additions.entry(keep).or_default().push(Mention {
                        sentence,
                        span,
                        text: mentions[i].text.clone(),
                    });
                }
                Source::Entity(e) if mentions[i].form != MentionForm::Name => {
                    if root(&mut parent, e) != keep {
                        moves.push((e, keep, mentions[i].position));
                    }
                }
                Source::Entity(_) => {}
            }
        }
    }
    stats.merged_entities = into.len();
    for (from, to, start) in moves {
        if let Some(k) = graph.entities[from]
            .mentions
            .iter()
            .position(|m| m.span.start() as usize == start)
        {
            let m = graph.entities[from].mentions.remove(k);
            additions.entry(to).or_default().push(m);
        }
    }
    for (e, ms) in additions {
        stats.added_mentions += ms.len();
        graph.entities[e].mentions.extend(ms);
    }
    if !into.is_empty() {
        let ids: Vec<String> = graph.entities.iter().map(|e| e.id.clone()).collect();
        let rename: BTreeMap<String, String> = into
            .iter()
            .map(|(&from, &to)| (ids[from].clone(), ids[to].clone()))
            .collect();
        for (&from, &to) in &into {
            let moved = std::mem::take(&mut graph.entities[from].mentions);
            let names = std::mem::take(&mut graph.entities[from].names);
            let external = std::mem::take(&mut graph.entities[from].external);
            let target = &mut graph.entities[to];
            target.mentions.extend(moved);
            target.names.extend(names);
            target.external.extend(external);
        }
        let gone: BTreeSet<&String> = rename.keys().collect();
        graph.entities.retain(|e| !gone.contains(&e.id));
        let fix = |id: &mut String| {
            if let Some(to) = rename.get(id) {
                *id = to.clone();
            }
        };
        for r in &mut graph.relations {
            fix(&mut r.subject);
            fix(&mut r.object);
            if let Some(a) = r.attribution.as_mut() {
                fix(a);
            }
        }
        graph.relations.retain(|r| r.subject != r.object);
        let mut seen = BTreeSet::new();
        graph.relations.retain(|r| {
            seen.insert((r.subject.clone(), r.predicate, r.object.clone(), r.polarity))
        });
        for ev in &mut graph.events {
            for list in [&mut ev.sources, &mut ev.targets, &mut ev.places] {
                list.iter_mut().for_each(fix);
                let mut seen = BTreeSet::new();
                list.retain(|x| seen.insert(x.clone()));
            }
            if let Some(a) = ev.attribution.as_mut() {
                fix(a);
            }
        }
    }
    for e in &mut graph.entities {
        e.mentions.sort_by_key(|m| (m.span.start(), m.span.end()));
        e.mentions.dedup_by_key(|m| (m.span.start(), m.span.end()));
        e.names.sort();
        e.names.dedup();
        e.external.sort();
        e.external.dedup();
        // The longest name of a person is the most informative label ("Dmitry Peskov").
        if e.etype == EntityType::Person {
            if let Some(longest) = e
                .names
                .iter()
                .filter(|n| n.chars().next().is_some_and(char::is_uppercase))
                .max_by_key(|n| (n.split_whitespace().count(), n.len()))
            {
                if longest.split_whitespace().count() > e.label.split_whitespace().count() {
                    e.label = longest.clone();
                }
            }
        }
    }
    stats
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_model::{Article, Entity};

    fn graph(text: &str, entities: Vec<(&str, EntityType, Vec<&str>)>) -> ArticleGraph {
        // Sentences end at ". "
        let mut sentences = Vec::new();
        let mut start = 0u32;
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if *c == '.' {
                sentences.push(Span::new(start, i as u32 + 1).unwrap());
                start = i as u32 + 2;
            }
        }
        let sentence_of = |p: u32| {
            sentences
                .iter()
                .position(|s| s.start() <= p && p < s.end())
                .unwrap() as u32
        };
        let mut out = Vec::new();
        let mut taken: Vec<(u32, u32)> = Vec::new();
        for (id, t, surfaces) in entities {
            let mut e = Entity::new(id, t, surfaces[0]);
            for s in &surfaces {
                let mut from = 0;
                while let Some(b) = text[from..].find(s) {
                    let b = from + b;
                    let start = text[..b].chars().count() as u32;
                    let end = start + s.chars().count() as u32;
                    from = b + s.len();
                    // Whole words only, and never inside an earlier entity's name.
                    if chars.get(end as usize).is_some_and(|c| c.is_alphanumeric())
                        || taken.iter().any(|&(s, e)| start < e && s < end)
                    {
                        continue;
                    }
                    taken.push((start, end));
                    e.mentions.push(Mention {
                        sentence: sentence_of(start),
                        span: Span::new(start, end).unwrap(),
                        text: s.to_string(),
                    });
                }
                e.names.push(s.to_string());
            }
            out.push(e);
        }
        ArticleGraph {
            article: Article {
                id: "t".into(),
                title: None,
                source: None,
                url: None,
                published: None,
                dateline: None,
                text: text.into(),
            },
            extractor: "test".into(),
            sentences,
            entities: out,
            relations: vec![],
            events: vec![],
        }
    }

    #[test]
    fn surname_entity_folds_into_the_full_name_and_pronouns_attach() {
        let mut g = graph(
            "Ana Lind met Erik Berg in Norland. Lind said she was pleased. The spokesman for Berg said he agreed.",
            vec![
                ("p1", EntityType::Person, vec!["Ana Lind"]),
                ("p2", EntityType::Person, vec!["Erik Berg"]),
                ("c1", EntityType::Country, vec!["Norland"]),
                ("p3", EntityType::Person, vec!["Lind"]),
                ("p4", EntityType::Person, vec!["Berg"]),
            ],
        );
        let stats = corefer(&mut g, CorefOptions::default());
        assert_eq!(stats.merged_entities, 2);
        g.validate().unwrap();
        let ids: Vec<&str> = g.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["p1", "p2", "c1"]);
        let lind: Vec<&str> = g.entities[0]
            .mentions
            .iter()
            .map(|m| m.text.as_str())
            .collect();
        assert_eq!(lind, ["Ana Lind", "Lind", "she"]);
        let berg: Vec<&str> = g.entities[1]
            .mentions
            .iter()
            .map(|m| m.text.as_str())
            .collect();
        assert!(
            berg.contains(&"Erik Berg") && berg.contains(&"Berg"),
            "{berg:?}"
        );
    }

    #[test]
    fn a_pronoun_the_extractor_misplaced_moves_without_merging_entities() {
        let mut g = graph(
            "Rui Coelho spoke first. Ms. Sofia Lacerda said she would meet Coelho.",
            vec![
                ("coelho", EntityType::Person, vec!["Rui Coelho", "Coelho"]),
                ("lacerda", EntityType::Person, vec!["Ms. Sofia Lacerda"]),
            ],
        );
        // The extractor's guess: "she" is Coelho.
        let at = g.article.text.find("she").unwrap() as u32;
        g.entities[0].mentions.push(Mention {
            sentence: 1,
            span: Span::new(at, at + 3).unwrap(),
            text: "she".into(),
        });
        let stats = corefer(&mut g, CorefOptions::default());
        assert_eq!(stats.merged_entities, 0);
        g.validate().unwrap();
        let texts = |i: usize| -> Vec<String> {
            g.entities[i]
                .mentions
                .iter()
                .map(|m| m.text.clone())
                .collect()
        };
        assert_eq!(texts(0), ["Rui Coelho", "Coelho"]);
        assert_eq!(texts(1), ["Ms. Sofia Lacerda", "she"]);
    }

    #[test]
    fn running_twice_changes_nothing_more() {
        let mut g = graph(
            "Ana Lind spoke. Lind said she would stay.",
            vec![
                ("p1", EntityType::Person, vec!["Ana Lind"]),
                ("p2", EntityType::Person, vec!["Lind"]),
            ],
        );
        corefer(&mut g, CorefOptions::default());
        let once = g.clone();
        let stats = corefer(&mut g, CorefOptions::default());
        assert_eq!(stats.merged_entities, 0);
        assert_eq!(g, once);
    }
}
