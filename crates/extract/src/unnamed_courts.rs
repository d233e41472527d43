//! "A Prague court on Monday jailed two men ... The Municipal Court in Prague found ...":
//! wire copy opens on a court it leaves unnamed and names it in the next sentence. The
//! unnamed court is that court, so the verdict it hands down has a judge as its doer, not
//! the country or city that only says where the court sits.

use newsgraph_model::EntityType;

use crate::descriptions::has_words;
use crate::doc::Doc;
use crate::entities::Entities;

/// Nouns for a court that a story may leave unnamed at first.
pub(crate) const COURT_NOUNS: [&str; 2] = ["court", "tribunal"];

/// Whether a label names a court by one of [`COURT_NOUNS`] among its words.
pub(crate) fn is_court(label: &str) -> bool {
    COURT_NOUNS.iter().any(|w| has_words(label, w))
}

/// For `noun` at token `i` of sentence `s` read as "a court", "a Prague court", "a
/// Peruvian court" or "a court in Riga": the court named first in sentence `s + 1`, and
/// the token the unnamed court's words start at. None when the next sentence names no
/// new court, or names it only as where someone will go ("would appeal to the High
/// Court"): that is another court than the one that ruled.
pub(crate) fn named_next(doc: &Doc, s: usize, i: usize, ents: &Entities) -> Option<(usize, usize)> {
    let noun = doc.lower(i);
    if !COURT_NOUNS.contains(&noun) {
        return None;
    }
    let first = doc.sents.get(s)?.toks.start;
    // Up to two capitalised words between the article and the noun: the place or the
    // nation whose court it is.
    let mut k = i;
    while k > first
        && i - k < 2
        && doc.word(k - 1).starts_with(char::is_uppercase)
        && !matches!(doc.lower(k - 1), "a" | "an")
    {
        k -= 1;
    }
    if k == first || !matches!(doc.lower(k - 1), "a" | "an") {
        return None;
    }
    let next = s + 1;
    let sought = |m: &crate::entities::MentionAt| {
        let at = doc.tok_from(m.start);
        let mut before = at;
        if before > 0 && doc.lower(before - 1) == "the" {
            before -= 1;
        }
        m.sent == next && m.naming && !(before > 0 && doc.lower(before - 1) == "to")
    };
    let court = ents.first_mentioned(|e| {
        e.etype == EntityType::Organisation
            && has_words(&e.label, noun)
            && e.mentions.iter().map(|m| m.sent).min() == Some(next)
            && e.mentions.iter().any(sought)
    })?;
    Some((court, k - 1))
}

/// "A court in Helsinki ruled", "a criminal court in Nicosia": for `noun` at token `i` of
/// sentence `s`, a court the story never names (the caller tried [`named_next`] first) is
/// known by the city it sits in, and the whole phrase is its name (the seats step then
/// places it in that city); with the token the phrase starts at.
pub(crate) fn known_by_city(
    doc: &Doc,
    s: usize,
    i: usize,
    ents: &mut Entities,
) -> Option<(usize, usize)> {
    if !COURT_NOUNS.contains(&doc.lower(i)) {
        return None;
    }
    let first = doc.sents.get(s)?.toks.start;
    let lower_adjective = i > first + 1
        && doc.word(i - 1).starts_with(char::is_lowercase)
        && !matches!(doc.lower(i - 1), "a" | "an");
    let from = i.checked_sub(1 + usize::from(lower_adjective))?;
    if from < first || !matches!(doc.lower(from), "a" | "an") || doc.lower(i + 1) != "in" {
        return None;
    }
    // "tried by a court in Lome", "brought before a court in Basra": a court met in passing
    // as where a case goes, which stories do not list as an actor.
    if from > first && matches!(doc.lower(from - 1), "by" | "before" | "to" | "at" | "in") {
        return None;
    }
    let at = doc.toks.get(i + 2)?.start;
    let (city, m) = ents.list.iter().enumerate().find_map(|(c, e)| {
        let m =
            (e.etype == EntityType::City).then(|| e.mentions.iter().find(|m| m.start == at))??;
        Some((c, m.end))
    })?;
    let start = doc.toks[from].start;
    let name = doc.text.get(start..m)?.to_string();
    let key = format!("court:{}:in:{}", doc.lower(i), ents.list[city].key);
    let court = ents.add(&key, EntityType::Organisation, &name);
    ents.mention(court, start, m, s, true);
    Some((court, from))
}
