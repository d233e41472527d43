//! Bodies named by their owner and a common noun: "Uruguay's central bank", "parliament's
//! human rights committee", "the EU's delegation in Kyiv", "the ICRC delegation". Such a
//! body has no name of its own, so the owner's name, the modifiers and the noun are its
//! name; it is part of the organisation that owns it (a country's bank or embassy is left
//! unrelated to the country, as analysts leave it), and lies in the city named right after
//! it.

use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::groups::Around;
use crate::names::Kind;
use crate::roles::Rel;

/// Nouns for a body that belongs to another: a part of an organisation or an organ of a
/// state.
const SUB_BODIES: [&str; 18] = [
    "delegation",
    "mission",
    "embassy",
    "consulate",
    "committee",
    "council",
    "bank",
    "agency",
    "commission",
    "office",
    "bureau",
    "authority",
    "regulator",
    "secretariat",
    "branch",
    "board",
    "panel",
    "chapter",
];

/// Nouns for a body its owner sends out or sets apart, never the owner's own organ under
/// another name.
const DETACHED: [&str; 7] = [
    "delegation",
    "mission",
    "embassy",
    "consulate",
    "office",
    "chapter",
    "panel",
];

/// Whether the word at `i` can head a body [`owned`] reads.
pub(crate) fn head(doc: &Doc, i: usize) -> bool {
    SUB_BODIES.contains(&doc.word(i))
}

/// The body headed by the noun at `i` and owned by an actor of `known` written right before
/// its modifiers, with "'s" ("Haiti's transitional council") or, for an organisation,
/// without ("the ICRC delegation"); its relations go to `rels`. Gives the body and its first
/// token.
pub(crate) fn owned(
    at: &Around,
    i: usize,
    ents: &mut Entities,
    rels: &mut Vec<Rel>,
) -> Option<(usize, usize)> {
    let Around {
        doc,
        s,
        its,
        eo,
        known,
    } = *at;
    let first = doc.sents[s].toks.start;
    // "human rights", "transitional".
    let mut m = crate::groups::modifiers_start(doc, first, i, 3);
    // "Amnesty International's Indonesia office": the country a branch works in is one of
    // its modifiers when an owner's "'s" stands before it.
    if let Some(c) = known.iter().find(|a| {
        a.toks.end == m
            && a.toks.start >= first + 2
            && ents.list[a.ent].etype == EntityType::Country
            && doc.is_s_mark(a.toks.start - 1)
    }) {
        m = c.toks.start;
    }
    let possessive = m >= first + 2 && doc.is_s_mark(m - 1);
    let end = if possessive { m - 1 } else { m };
    let Some(owner) = known
        .iter()
        .find(|a| a.toks.end == end && a.toks.start >= first && !a.place)
    else {
        return owned_of(at, m, i, ents, rels);
    };
    let otype = ents.list[owner.ent].etype;
    // "the Kenyan embassy" is the demonym step's; a country's own name before the noun
    // ("the U.S. embassy", "the United States delegation") owns it as "'s" would.
    let demonym = doc.lex.demonym(doc.slice(&owner.toks)).is_some();
    // "the African Union commission", "the UN refugee agency" are often an organ's own name
    // in lower case; a body sent out or set up apart ("the European Union delegation", "the
    // ECOWAS observer mission") is named after its owner by any owner's name.
    let acronym = owner.toks.len() == 1
        && (doc.word(owner.toks.start).chars())
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let ok = match otype {
        EntityType::Country => possessive || !demonym,
        EntityType::Organisation => possessive || acronym || DETACHED.contains(&doc.word(i)),
        _ => false,
    };
    if !ok || owner.toks.is_empty() {
        return None;
    }
    let start = owner.toks.start;
    // "the U.N. panel of experts": the members it is made of belong to its name.
    let made_of = doc.lower(i + 1) == "of"
        && doc.in_sent(s, i + 2)
        && doc.word(i + 2).len() > 3
        && doc.word(i + 2).ends_with('s')
        && doc.word(i + 2).chars().all(|c| c.is_ascii_lowercase());
    let i = if made_of { i + 2 } else { i };
    let label = doc.slice(&(start..i + 1)).to_string();
    let noun = doc.slice(&(m..i + 1)).to_lowercase();
    let key = format!("org:owned:{}:{}", owner.ent, newsgraph_lexicon::key(&noun));
    // "Egypt's central bank ... the Central Bank of Egypt": the body the article names in
    // full, with the owner's name in it, is this one.
    if otype == EntityType::Country && m < i {
        if let Some(named) = named_in_full(doc, ents, owner.ent, &noun) {
            ents.alias(&key, named);
        }
    }
    let e = ents.add(&key, EntityType::Organisation, &label);
    if e == owner.ent {
        return None;
    }
    ents.list[e].country = ents.list[owner.ent].country.clone();
    // "central bank", "human rights committee": the body without its owner is named too.
    if m < i || possessive {
        ents.mention(e, doc.toks[m].start, doc.toks[i].end, s, true);
    }
    // A country's bank or embassy is its organ, which analysts leave unstated; an
    // organisation's delegation is a part of it.
    if otype == EntityType::Organisation {
        crate::roles::push_rel(
            rels,
            e,
            RelationType::PartOf,
            owner.ent,
            s,
            start..i + 1,
            0.6,
        );
    }
    // "Ukraine's mission to the EU": the body it is accredited to completes the name.
    if doc.in_sent(s, i + 2) && doc.lower(i + 1) == "to" {
        let j = i + 2 + usize::from(doc.lower(i + 2) == "the");
        let to = (its.iter().zip(eo))
            .find(|(it, e)| it.toks.start == j && e.is_some())
            .map(|(it, _)| it.toks.end);
        if let Some(to_end) = to {
            ents.mention(e, doc.toks[start].start, doc.toks[to_end - 1].end, s, true);
        }
    }
    // "... delegation in Tbilisi", "the UN mission in Colombia": where it sits, and its
    // full name, as a branch is known by the place it works in.
    if doc.in_sent(s, i + 2) && doc.lower(i + 1) == "in" {
        let city = (its.iter().zip(eo))
            .find(|(it, _)| {
                it.toks.start == i + 2 && matches!(it.kind, Kind::City(_) | Kind::Country(_))
            })
            .and_then(|(it, e)| e.map(|e| (e, it.toks.end)));
        if let Some((c, c_end)) = city {
            ents.mention(e, doc.toks[start].start, doc.toks[c_end - 1].end, s, true);
            crate::roles::push_rel(rels, e, RelationType::LocatedIn, c, s, start..c_end, 0.6);
        }
    }
    Some((e, start))
}

/// "The observer mission of the Southern African Development Community", "the monetary
/// policy committee of the Central Bank of Egypt", "an observer mission from the European
/// Union": the owner named after "of" (or "from", for a body it sends out) makes the body,
/// modifiers `m..i` and noun at `i`, a part of it, named as the text names it.
fn owned_of(
    at: &Around,
    m: usize,
    i: usize,
    ents: &mut Entities,
    rels: &mut Vec<Rel>,
) -> Option<(usize, usize)> {
    let Around {
        doc, s, its, eo, ..
    } = *at;
    let sent_from = doc.lower(i + 1) == "from" && DETACHED.contains(&doc.lower(i));
    if !(doc.in_sent(s, i + 2) && (doc.lower(i + 1) == "of" || sent_from)) {
        return None;
    }
    let j = i + 2 + usize::from(doc.lower(i + 2) == "the");
    let (owner, to_end) = (its.iter().zip(eo))
        .find(|(it, _)| it.toks.start == j)
        .and_then(|(it, e)| e.map(|e| (e, it.toks.end)))?;
    if ents.list[owner].etype != EntityType::Organisation {
        return None;
    }
    let noun = doc.slice(&(m..i + 1)).to_lowercase();
    let key = format!("org:owned:{}:{}", owner, newsgraph_lexicon::key(&noun));
    let label = doc.slice(&(m..to_end)).to_string();
    let e = ents.add(&key, EntityType::Organisation, &label);
    if e == owner {
        return None;
    }
    ents.list[e].country = ents.list[owner].country.clone();
    ents.mention(e, doc.toks[m].start, doc.toks[to_end - 1].end, s, true);
    if m < i {
        ents.mention(e, doc.toks[m].start, doc.toks[i].end, s, true);
    }
    // "A mission from the IMF, which visited ...": a body first brought in this way has no
    // shorter name than the whole phrase, article and all.
    if sent_from && m > doc.sents[s].toks.start && matches!(doc.lower(m - 1), "a" | "an") {
        ents.mention(e, doc.toks[m - 1].start, doc.toks[to_end - 1].end, s, true);
    }
    crate::roles::push_rel(rels, e, RelationType::PartOf, owner, s, m..to_end, 0.6);
    Some((e, m))
}

/// The organisation whose name holds both the words of `noun` ("central bank") and the name
/// or an adjective of `country` ("Central Bank of Egypt", "Egyptian Central Bank").
fn named_in_full(doc: &Doc, ents: &Entities, country: usize, noun: &str) -> Option<usize> {
    let iso = ents.list[country].country.as_deref()?;
    let c = doc.lex.country_by_code(iso)?;
    ents.list.iter().position(|e| {
        e.etype == EntityType::Organisation
            && !e.key.starts_with("org:owned:")
            && crate::descriptions::has_words(&e.label, noun)
            && std::iter::once(&c.name)
                .chain(&c.demonyms)
                .any(|w| crate::descriptions::has_words(&e.label, &w.to_lowercase()))
    })
}

/// Names of a central bank's rate-setting organ, which no other body has.
const POLICY_ORGANS: [&str; 3] = [
    "monetary policy committee",
    "monetary policy council",
    "monetary policy board",
];

/// Whether a label names a central bank's rate-setting organ ("the monetary policy
/// committee").
pub(crate) fn policy_organ(label: &str) -> bool {
    let label = label.to_lowercase();
    POLICY_ORGANS.iter().any(|n| label.ends_with(n))
}

/// "The Monetary Policy Committee voted to hold the rate": a rate-setting organ the text
/// gives no owner belongs to the central bank the story named before it, as a rate story
/// names one bank only.
pub(crate) fn policy_organs(doc: &Doc, ents: &Entities, rels: &mut Vec<Rel>) {
    for (o, e) in ents.list.iter().enumerate() {
        if e.etype != EntityType::Organisation || !policy_organ(&e.label) {
            continue;
        }
        let Some(first) = e.mentions.iter().map(|m| m.start).min() else {
            continue;
        };
        if let Some(bank) = crate::roles::governed_bank(doc, ents, first) {
            crate::seats::push_part_at_first_mention(ents, rels, o, bank);
        }
    }
}

/// United Nations bodies news copy names without the UN: its council, its agencies and its
/// missions by their own names.
const UN_BODIES: [&str; 10] = [
    "security council",
    "world food programme",
    "world food program",
    "wfp",
    "unhcr",
    "unicef",
    "minusca",
    "monusco",
    "unmiss",
    "unifil",
];

/// Whether a label names the United Nations itself.
fn the_un(label: &str) -> bool {
    let label = label.to_lowercase();
    matches!(
        label.trim_start_matches("the "),
        "un" | "u.n." | "united nations"
    )
}

/// "the U.N. Security Council", "the World Food Programme" in a story that names the United
/// Nations: the body is part of it, as analysts relate every UN body to the UN they name.
pub(crate) fn un_bodies(ents: &Entities, rels: &mut Vec<Rel>) {
    // The UN named on its own, not only inside a body's name ("the UN refugee agency"); of
    // two such entities, the one named most.
    let inside = |m: &crate::entities::MentionAt| {
        (ents.list.iter()).any(|e| {
            (e.mentions.iter())
                .any(|n| n.start <= m.start && n.end >= m.end && n.end - n.start > m.end - m.start)
        })
    };
    let Some(un) = (ents.list.iter().enumerate())
        .filter(|(_, e)| e.etype == EntityType::Organisation && the_un(&e.label))
        .map(|(i, e)| (e.mentions.iter().filter(|m| !inside(m)).count(), i))
        .filter(|&(alone, _)| alone > 0)
        .max()
        .map(|(_, i)| i)
    else {
        return;
    };
    for (o, e) in ents.list.iter().enumerate() {
        if o == un || e.etype != EntityType::Organisation || e.mentions.is_empty() {
            continue;
        }
        let label = e.label.to_lowercase();
        let label = label.trim_start_matches("the ");
        let named_under = ["un ", "u.n. ", "united nations "]
            .iter()
            .any(|p| label.starts_with(p));
        if !(named_under || UN_BODIES.contains(&label)) {
            continue;
        }
        crate::seats::push_part_at_first_mention(ents, rels, o, un);
    }
}
