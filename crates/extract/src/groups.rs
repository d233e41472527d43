//! Groups of people named by a plural noun of the lexicon's `people` and `members` lists
//! ("the judges", "three managers", "union leaders", "officers from X"), and the body they
//! belong to. News copy names the people who act for a body by what they are, not by name;
//! the body comes from a possessor ("the firm's managers", "its leaders"), a prepositional
//! phrase ("soldiers of X", "officers from X") or a modifier that describes a named body
//! ("union leaders" after the union is named).

use newsgraph_lexicon::Cue;
use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::Item;
use crate::roles::{Actor, Rel};

/// Whether the lower-case word at `i` is a plural noun for people who can act as a group.
pub(crate) fn person_plural(doc: &Doc, i: usize) -> bool {
    doc.is_word(i)
        && (doc.word(i).starts_with(char::is_lowercase) || opens_sentence(doc, i))
        && (doc.is_cue(i, Cue::People) || doc.is_cue(i, Cue::Members))
}

/// Whether token `i` is the first of its sentence, where a common noun is capitalised
/// ("Leaders of the two blocs met", "Clan elders said").
pub(crate) fn opens_sentence(doc: &Doc, i: usize) -> bool {
    doc.sents.binary_search_by_key(&i, |s| s.toks.start).is_ok()
}

/// Whether the capitalised first word of sentence `s` is a common noun modifying the
/// group noun after it ("Clan elders", "Local commanders"): a word no list and no name step
/// knows, that would be a modifier written in lower case.
fn opener_modifier(doc: &Doc, s: usize, its: &[Item], eo: &[Option<usize>]) -> bool {
    let k = doc.sents[s].toks.start;
    let w = doc.lower(k);
    doc.is_word(k)
        && doc.word(k).starts_with(char::is_uppercase)
        && !crate::descriptions::modifier_word(w)
        && !crate::quantity::count_word(w)
        && !w.ends_with("ly")
        && !w.ends_with("ing")
        && !doc.is_cue(k, Cue::NotName)
        && doc.lex.demonym(doc.lower(k)).is_none()
        && !doc.lex.is_verb_trigger(w)
        && !(its.iter().zip(eo)).any(|(it, e)| it.toks.contains(&k) && e.is_some())
}

/// [`person_plural`] for a word or phrase ("Serbian counterparts", "Dominican immigration
/// officers").
pub(crate) fn person_plural_word(doc: &Doc, w: &str) -> bool {
    doc.lex.is_cue(w, Cue::People) || doc.lex.is_cue(w, Cue::Members)
}

/// Where up to `most` lower-case modifiers before the noun at `i` start ("human rights
/// committee", "local leaders"): never a count ("three managers"), a function word or a
/// pronoun or verb that precedes a noun phrase ("include journalists").
pub(crate) fn modifiers_start(doc: &Doc, first: usize, i: usize, most: usize) -> usize {
    let mut m = i;
    while m > first
        && i - m < most
        && crate::descriptions::modifier(doc, m - 1)
        && !crate::quantity::count_word(doc.lower(m - 1))
        && !matches!(
            doc.lower(m - 1),
            "them" | "us" | "include" | "includes" | "included" | "such"
        )
    {
        m -= 1;
    }
    m
}

/// What the words around the head tell of a group.
pub(crate) struct Group {
    pub ent: usize,
    /// The first token of the group's name, its possessor or count included.
    pub start: usize,
}

/// What a group or an owned body is read against: sentence `s` of the document, its items
/// with their entities, and the actors named so far.
#[derive(Clone, Copy)]
pub(crate) struct Around<'a> {
    pub doc: &'a Doc<'a>,
    pub s: usize,
    pub its: &'a [Item],
    pub eo: &'a [Option<usize>],
    pub known: &'a [Actor],
}

/// The group headed by the plural noun at `i` (one [`person_plural`] accepts); the
/// relation to the body it belongs to goes to `rels`.
pub(crate) fn group(
    at: &Around,
    i: usize,
    ents: &mut Entities,
    rels: &mut Vec<Rel>,
) -> Option<Group> {
    let Around {
        doc,
        s,
        its,
        eo,
        known,
    } = *at;
    let first = doc.sents[s].toks.start;
    let w = doc.lower(i);
    // "local leaders", "counter-intelligence officers"; "Clan elders" opening a sentence.
    let mut m = modifiers_start(doc, first, i, 2);
    if m == first + 1 && i - m < 2 && opener_modifier(doc, s, its, eo) {
        m = first;
    }
    // "our lawyers" in a quotation are the speaker's, and a capitalised word before
    // ("Tibetan refugees") is the name steps' business unless it names the owner.
    if m > first && matches!(doc.lower(m - 1), "our" | "my" | "your") {
        return None;
    }
    // "the Pacific Islands Forum, whose leaders met", "the ICRC, whose staff interviewed":
    // the people of the body just named, which the events name instead.
    if (m.saturating_sub(1).max(first)..i).any(|k| doc.lower(k) == "whose") {
        return None;
    }
    let at = doc.toks[i].start;
    let kind = |ents: &Entities, e: usize| ents.list[e].etype;
    let actor_ending = |end: usize| {
        known
            .iter()
            .find(|a| a.toks.end == end && !a.place && a.toks.start >= first)
            .map(|a| (a.ent, a.toks.start))
    };
    // "Nordvik's managers", "the Catholic church leaders": a named body right before.
    let possessive = m >= first + 2 && doc.is_s_mark(m - 1);
    let mut owner = if possessive {
        actor_ending(m - 1)
    } else {
        actor_ending(m)
    };
    // "its leaders", "the group's leaders" stand for the body they lead, which the events
    // name instead.
    let pronoun = m > first && matches!(doc.lower(m - 1), "its" | "their");
    if w == "leaders" && (possessive || pronoun) {
        return None;
    }
    // "The union said its members would strike": the body named before in the sentence,
    // whose members then act as a group of their own.
    if owner.is_none() && pronoun {
        owner = pronoun_body(doc, first, i, known, ents).map(|e| (e, m - 1));
    }
    // "union leaders": a modifier that describes a body the article named.
    if owner.is_none() && m < i && doc.word(m).starts_with(char::is_lowercase) {
        owner =
            crate::descriptions::described_body(doc, doc.lower(i - 1), at, ents).map(|e| (e, m));
    }
    let capital_before = m > first
        && doc.word(m - 1).starts_with(char::is_uppercase)
        && !crate::descriptions::modifier_word(doc.lower(m - 1))
        && !crate::quantity::count_word(doc.lower(m - 1));
    if capital_before && owner.is_none() {
        return None;
    }
    // "accused union leaders of holding ...": what they are accused of is a clause, not
    // the body they belong to; a bare noun so accused ("accused officers of ...") is no group.
    if matches!(doc.lower(i + 1), "of" | "from") && doc.lower(i + 2).ends_with("ing") && m == i {
        return None;
    }
    let from = owner
        .is_none()
        .then(|| named_after(doc, s, i, its, eo))
        .flatten();
    // "members" alone say nothing, nor do bare "officers" ("threw eggs at officers", the
    // police's): a body, a modifier or a count ("three managers") makes them a group.
    let counted = m > first && crate::quantity::count_word(doc.lower(m - 1));
    // "Leaders of the four member states": the phrase after says whose they are.
    let qualified = qualifier_end(doc, s, i, its, eo).is_some();
    let bare = m == i && owner.is_none() && from.is_none() && !qualified;
    let unowned = owner.is_none() && from.is_none();
    // "members of the junta": a body named by its common noun, which the description step
    // reads after this one.
    let of_described = doc.in_sent(s, i + 3)
        && doc.lower(i + 1) == "of"
        && doc.lower(i + 2) == "the"
        && crate::descriptions::body_word(doc.lower(i + 3));
    if w == "members" && unowned && !of_described
        || bare && doc.is_cue(i, Cue::Members) && !counted && !of_described
    {
        return None;
    }
    // "several opposition leaders, including X": the people named are the actors.
    let k = i + 1 + usize::from(doc.word(i + 1) == ",");
    if doc.in_sent(s, k) && matches!(doc.lower(k), "including" | "among" | "such") {
        return None;
    }
    // "X and other union leaders": the people named before are some of them, and the
    // events name those.
    if m >= first + 2 && doc.lower(m - 1) == "other" && matches!(doc.lower(m - 2), "and" | "or") {
        return None;
    }
    // "a conference on refugees": the topic of talk, not an actor.
    if matches!(doc.lower(m.saturating_sub(1)), "on" | "about" | "over") {
        return None;
    }
    // "compensate the families": people named by what they are act only when counted,
    // owned or followed by what they do ("his lawyers said", "families blocked the road").
    if unowned && !counted && !possessive && doc.is_cue(i, Cue::People) && !acts(doc, s, i) {
        return None;
    }
    // "are members of NATO": a predicate says what its subject is, it names no actor.
    let start = owner.map_or(m, |(_, st)| st.min(m));
    let before = doc.lower(start.saturating_sub(1));
    if start > first
        && matches!(
            before,
            "are" | "is" | "were" | "was" | "be" | "been" | "become" | "became"
        )
    {
        return None;
    }
    let name_from = if possessive || owner.is_some_and(|(_, st)| st >= m) {
        m
    } else {
        start
    };
    let label = doc.slice(&(name_from..i + 1)).to_lowercase();
    let link = owner.map(|(e, _)| e).or(from.map(|(e, _)| e));
    // "Supreme Court judges" hold an office on the court rather than belong to it.
    let judges = matches!(w, "judges" | "justices");
    let on_court = |e: &crate::entities::Ent| {
        e.etype == EntityType::Organisation && crate::roles::court(&e.label)
    };
    let key = match link {
        Some(b) => format!("group:{b}:{}", newsgraph_lexicon::key(&label)),
        None => format!("group:-:{}", newsgraph_lexicon::key(&label)),
    };
    // "the leaders" after "local leaders": the group met before with the same head. "the
    // gang leaders" after "four Haitian gang leaders": the group met before whose name
    // ends in all the words of this one.
    let fresh = link.is_none() && ents.get(&key).is_none();
    let earlier = fresh
        .then(|| {
            ents.latest_mentioned(
                |_, e| {
                    e.etype == EntityType::Group
                        && e.key.starts_with("group:")
                        && if m == i {
                            e.label.rsplit(' ').next() == Some(w)
                        } else {
                            (e.label.to_lowercase().strip_suffix(label.as_str()))
                                .is_some_and(|rest| rest.ends_with(' '))
                        }
                },
                |mm| mm.end <= at,
            )
        })
        .flatten();
    let e = match earlier {
        Some(e) => e,
        None => ents.add(&key, EntityType::Group, doc.slice(&(name_from..i + 1))),
    };
    if of_described && from.is_none() {
        ents.mention(e, doc.toks[start].start, doc.toks[i + 3].end, s, true);
    }
    if let Some((_, end)) = from {
        // "120 soldiers of the X": the phrase with its body is a name too.
        ents.mention(e, doc.toks[start].start, doc.toks[end - 1].end, s, true);
    }
    let members = doc.is_cue(i, Cue::Members) || owner.is_some() && !possessive;
    let loyal = from.is_some() && loyal_to(doc, i);
    let of_staff = from.is_some() && doc.lower(i + 1) == "of" && w != "ministers";
    // "the rebels said their families": kin belong to the people, not to the body the
    // pronoun points back to, nor to its country.
    let kin = matches!(
        w,
        "families" | "relatives" | "children" | "parents" | "wives"
    );
    let pred = link.filter(|&b| b != e).and_then(|b| match kind(ents, b) {
        // "fighters loyal to X" side with X without being of it.
        EntityType::Organisation | EntityType::Group if loyal => {
            Some((b, RelationType::AffiliatedWith))
        }
        EntityType::Organisation if judges && on_court(&ents.list[b]) => {
            Some((b, RelationType::OfficialOf))
        }
        EntityType::Country => Some((b, RelationType::AffiliatedWith)),
        // "UN staff" work for the body without making it up.
        EntityType::Organisation | EntityType::Group if w == "staff" => {
            Some((b, RelationType::AffiliatedWith))
        }
        EntityType::Organisation | EntityType::Group if members => {
            Some((b, RelationType::MemberOf))
        }
        // "judges of the appeals chamber" make up the body; "officers from X"
        // may only be sent by it, and "foreign ministers of the bloc" serve its states.
        EntityType::Organisation if of_staff => Some((b, RelationType::MemberOf)),
        // "the fishermen's families" belong to no body: only one that sent them does.
        EntityType::Organisation | EntityType::Group if from.is_some() => {
            Some((b, RelationType::AffiliatedWith))
        }
        _ => None,
    });
    if let Some((b, pred)) = pred.filter(|_| !kin) {
        let end = from.map_or(i + 1, |(_, end)| end);
        crate::roles::push_rel(rels, e, pred, b, s, start..end, 0.6);
    }
    Some(Group { ent: e, start })
}

/// The entity a prepositional phrase right after the noun at `i` names ("soldiers of the
/// X", "officers from X"), with the token after its name.
fn named_after(
    doc: &Doc,
    s: usize,
    i: usize,
    its: &[Item],
    eo: &[Option<usize>],
) -> Option<(usize, usize)> {
    if !doc.in_sent(s, i + 2) {
        return None;
    }
    let loyal = loyal_to(doc, i);
    if !loyal && !matches!(doc.lower(i + 1), "of" | "from") {
        return None;
    }
    let mut j = i + if loyal { 3 } else { 2 };
    j += usize::from(doc.lower(j) == "the");
    // "loyal to the government of X": the government is the country's.
    if loyal && doc.lower(j) == "government" && doc.lower(j + 1) == "of" {
        j += 2;
    }
    let at = |j: usize| {
        (its.iter().zip(eo))
            .find(|(it, _)| it.toks.start == j)
            .and_then(|(it, e)| e.map(|e| (e, it.toks.end)))
    };
    let (mut e, mut end) = at(j)?;
    // "loyal to Libya's Tripoli-based Government of National Unity", "officers of Iran's
    // Revolutionary Guards": the body the possessor's phrase ends in, past a modifier or two.
    while doc.is_s_mark(end) {
        let Some(next) = (end + 1..end + 4).find_map(at) else {
            break;
        };
        (e, end) = next;
    }
    Some((e, end))
}

/// The organisation a prepositional phrase after the noun at `i` names as the body the
/// people belong to ("soldiers of the X").
pub(crate) fn of_body(
    doc: &Doc,
    s: usize,
    i: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
) -> Option<usize> {
    named_after(doc, s, i, its, eo)
        .map(|(e, _)| e)
        .filter(|&e| match ents.list[e].etype {
            EntityType::Organisation => true,
            // "soldiers loyal to the government of X": the country's.
            EntityType::Country => loyal_to(doc, i),
            _ => false,
        })
}

/// Whether "loyal to" follows the noun at `i` ("fighters loyal to the interim government").
pub(crate) fn loyal_to(doc: &Doc, i: usize) -> bool {
    doc.lower(i + 1) == "loyal" && doc.lower(i + 2) == "to"
}

/// Whether a verb follows the noun at `i` within its clause ("elders from both sides
/// signed"), making the people it names the subject of a deed.
fn acts(doc: &Doc, s: usize, i: usize) -> bool {
    (i + 1..i + 6)
        .take_while(|&k| doc.in_sent(s, k) && doc.is_word(k))
        .any(|k| {
            let w = doc.lower(k);
            doc.lex.is_cue(w, Cue::Speech) || doc.lex.is_verb_trigger(w)
        })
}

/// Whether the noun phrase from `start` to the head at `i` is the object of an arrest verb
/// ("detained 26 people", "charged 13 people") or the subject of one in the passive ("37
/// people were detained", "had been arrested"): people held are an actor of the arrest.
pub(crate) fn taken_into_custody(doc: &Doc, s: usize, start: usize, i: usize) -> bool {
    let arrest = |k: usize| {
        doc.in_sent(s, k)
            && doc.is_word(k)
            && (doc.lower(k) == "charged"
                || (doc.lex.triggers_of(doc.lower(k))).any(|t| {
                    // A sense that needs an object ("found ... guilty") is read on the parse.
                    t.pos == newsgraph_lexicon::TriggerPos::Verb
                        && t.cameo.as_str() == "173"
                        && t.requires.is_empty()
                }))
    };
    let before = start > doc.sents[s].toks.start && arrest(start - 1);
    // "were detained", "had been arrested", "were later charged": the auxiliaries first.
    let mut k = i + 1;
    while k < i + 4
        && doc.in_sent(s, k)
        && matches!(
            doc.lower(k),
            "were" | "was" | "had" | "have" | "has" | "been" | "being" | "later" | "also"
        )
    {
        k += 1;
    }
    before || k > i + 1 && arrest(k)
}

/// The crowd held that the count from `start` to the head at `i` names ("26 people"), one
/// entity per count; "at least 30 people" names it too, as the hedge is part of the figure.
pub(crate) fn held_people(
    doc: &Doc,
    s: usize,
    start: usize,
    i: usize,
    ents: &mut Entities,
) -> usize {
    let label = doc.slice(&(start..i + 1));
    let e = ents.add(
        &format!("group:held:{}", newsgraph_lexicon::key(label)),
        EntityType::Group,
        label,
    );
    let first = doc.sents[s].toks.start;
    let hedged = start >= first + 2
        && matches!(
            (doc.lower(start - 2), doc.lower(start - 1)),
            ("at", "least") | ("more", "than") | ("at", "most")
        );
    if hedged {
        ents.mention(e, doc.toks[start - 2].start, doc.toks[i].end, s, true);
    }
    e
}

/// "RSF fighters", "MpD officials": people of the kind a body is made of, named with the
/// organisation right before them, are its members.
pub(crate) fn named_members(
    doc: &Doc,
    first: usize,
    i: usize,
    known: &[Actor],
    ents: &Entities,
) -> bool {
    matches!(
        doc.lower(i),
        "fighters" | "militants" | "officials" | "volunteers"
    ) && known.iter().any(|a| {
        a.toks.end == i
            && a.toks.start >= first
            && !a.place
            && ents.list[a.ent].etype == EntityType::Organisation
            && doc.word(a.toks.start).starts_with(char::is_uppercase)
    })
}

/// "its defence ministers": the organisation named before in the sentence that the
/// possessive pronoun before the modifiers of the noun at `i` points back to, the nearest.
pub(crate) fn pronoun_body(
    doc: &Doc,
    first: usize,
    i: usize,
    known: &[Actor],
    ents: &Entities,
) -> Option<usize> {
    let m = modifiers_start(doc, first, i, 2);
    if m <= first || !matches!(doc.lower(m - 1), "its" | "their") {
        return None;
    }
    known
        .iter()
        .filter(|a| {
            a.toks.end < m
                && a.toks.start >= first
                && !a.place
                && ents.list[a.ent].etype == EntityType::Organisation
        })
        .max_by_key(|a| a.toks.end)
        .map(|a| a.ent)
}

/// The token after the phrase that qualifies the group noun at `i` ("residents of the
/// port", "observers from the African Union", "envoys from both countries", "leaders of
/// the four member states"): a named item, or a short plural noun phrase. News copy names
/// such a group by the whole phrase.
pub(crate) fn qualifier_end(
    doc: &Doc,
    s: usize,
    i: usize,
    its: &[Item],
    eo: &[Option<usize>],
) -> Option<usize> {
    if !doc.in_sent(s, i + 2) || !matches!(doc.lower(i + 1), "of" | "from") {
        return None;
    }
    let mut j = i + 2;
    if doc.lower(j).ends_with("ing") {
        return None;
    }
    let the = doc.lower(j) == "the";
    if the {
        j += 1;
    }
    if let Some(end) = placed_from(doc, s, j, its, eo) {
        return Some(end);
    }
    // "both countries", "the two armies", "the four member countries".
    while doc.in_sent(s, j)
        && (crate::quantity::count_word(doc.lower(j)) || matches!(doc.lower(j), "both" | "all"))
    {
        j += 1;
    }
    // "relatives of the freed soldiers": a participle right after "the" describes the
    // people, where elsewhere it would be a deed.
    let participle = |k: usize| {
        the && k == j
            && doc.is_word(k)
            && doc.word(k).starts_with(char::is_lowercase)
            && doc.lower(k).ends_with("ed")
    };
    let mut k = j;
    while k < j + 3 && doc.in_sent(s, k) && (crate::descriptions::modifier(doc, k) || participle(k))
    {
        k += 1;
    }
    // The phrase ends on a plural noun, where the clause goes on.
    let last = k.checked_sub(1).filter(|&l| l >= j)?;
    let plural = doc.lower(last).ends_with('s') && !doc.lower(last).ends_with("ss")
        || person_plural_word(doc, doc.lower(last));
    let closes = !doc.in_sent(s, k)
        || !doc.is_word(k)
        || !doc.word(k).starts_with(char::is_lowercase)
        || crate::descriptions::modifier_word(doc.lower(k))
        || doc.lex.is_cue(doc.lower(k), Cue::Speech)
        || doc.lex.is_verb_trigger(doc.lower(k));
    (plural && closes).then_some(k)
}

/// The token after the place or body that says where the people at `i` are ("farmers in
/// Khorezm region", "manufacturers in Bulawayo and Harare", "analysts at Arion Bank"): news
/// copy names such a group by the whole phrase. Only a named item qualifies them; "in the
/// capital" says where they acted.
pub(crate) fn placed_end(at: &Around, i: usize) -> Option<usize> {
    let Around {
        doc, s, its, eo, ..
    } = *at;
    let prep = doc.in_sent(s, i + 2) && matches!(doc.lower(i + 1), "in" | "at");
    let j = i + 2 + usize::from(doc.lower(i + 2) == "the");
    prep.then(|| placed_from(doc, s, j, its, eo)).flatten()
}

/// The token after the named item at `j` that places or qualifies a group, with a second
/// one joined by "and" ("Bulawayo and Harare") and the division word the text gives after
/// it ("Khorezm region").
fn placed_from(doc: &Doc, s: usize, j: usize, its: &[Item], eo: &[Option<usize>]) -> Option<usize> {
    let named = |j: usize| {
        (its.iter().zip(eo))
            .find(|(it, e)| it.toks.start == j && e.is_some())
            .map(|(it, _)| it.toks.end)
    };
    let mut end = named(j)?;
    // "Bulawayo and Harare": both places.
    if doc.in_sent(s, end + 1) && doc.lower(end) == "and" {
        if let Some(e) = named(end + 1) {
            end = e;
        }
    }
    // "supporters of Mwale's Patriotic Front", "officers in the minister's department": the
    // possessor only says whose the body is, and the body ends the phrase.
    let possessive = |k: usize| doc.in_sent(s, k + 1) && (doc.is_s_mark(k) || doc.lower(k) == "'");
    if possessive(end) {
        if let Some(e) = (end + 1..end + 3).find_map(named) {
            end = e;
        } else if let Some(e) = body_tail(doc, s, end + 1) {
            end = e;
        }
    }
    // "Khorezm region": the division word the text gives after the name.
    if doc.in_sent(s, end)
        && doc.word(end).starts_with(char::is_lowercase)
        && crate::names::division_word(doc.lower(end))
    {
        end += 1;
    }
    // "workers at the Sestao steel plant", "leaders of the Mercosur trade bloc": the named
    // item only tells which plant or bloc, and the noun after it is what the people are of.
    Some(body_tail(doc, s, end).unwrap_or(end))
}

/// Nouns for a place of work or a body that a name before them only tells apart ("the
/// Sestao steel plant", "the Mercosur trade bloc", "the minister's department").
const BODY_TAILS: [&str; 14] = [
    "plant",
    "mine",
    "factory",
    "refinery",
    "works",
    "port",
    "camp",
    "prison",
    "hospital",
    "university",
    "bloc",
    "department",
    "unit",
    "branch",
];

/// The token after the lower-case words from `k` that end in one of [`BODY_TAILS`], with
/// at most two modifiers before it ("steel plant", "trade bloc").
fn body_tail(doc: &Doc, s: usize, k: usize) -> Option<usize> {
    let mut t = k;
    while t < k + 3 && doc.in_sent(s, t) {
        if BODY_TAILS.contains(&doc.lower(t)) && doc.word(t).starts_with(char::is_lowercase) {
            return Some(t + 1);
        }
        if !crate::descriptions::modifier(doc, t) {
            return None;
        }
        t += 1;
    }
    None
}

/// With `n` the plural noun before the comma of "one of the (two) businessmen, X": the token
/// of "one". The noun ends in "s" or "men" (a plural, not "one of the first, X").
fn of_the_plural(doc: &Doc, n: usize) -> Option<usize> {
    let w = doc.lower(n);
    let plural = doc.is_word(n)
        && doc.word(n).starts_with(char::is_lowercase)
        && w != "them"
        && (w.ends_with('s') || w.ends_with("men"));
    if !plural || n < 3 {
        return None;
    }
    let mut j = n - 1;
    if crate::quantity::count_word(doc.lower(j)) {
        j = j.checked_sub(1)?;
    }
    let one = j.checked_sub(2)?;
    (doc.lower(j) == "the" && doc.lower(j - 1) == "of" && doc.lower(one) == "one").then_some(one)
}

/// "said one elder, X", "..., one of them, X, said", "one of the businessmen, X": the person
/// (or firm) named is one of a group the story named, by its noun or, for "them", the group
/// the sentence opens with.
pub(crate) fn one_of(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    actors: &[Actor],
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    let first = doc.sents[s].toks.start;
    let group = |e: usize| ents.list[e].etype == EntityType::Group;
    for (it, e) in its.iter().zip(eo) {
        let Some(p) = e.filter(|&p| {
            matches!(
                ents.list[p].etype,
                EntityType::Person | EntityType::Organisation
            )
        }) else {
            continue;
        };
        let person = ents.list[p].etype == EntityType::Person;
        let c = it.toks.start;
        if c < first + 3 || doc.word(c - 1) != "," {
            continue;
        }
        let them = c >= first + 4
            && doc.lower(c - 4) == "one"
            && doc.lower(c - 3) == "of"
            && doc.lower(c - 2) == "them";
        // The plural noun of a counted group and the token of "one": "one of the (two)
        // businessmen, X" (a person or a firm), or "one elder, X" of the "tribal elders".
        let counted = if let Some(one) = (c >= first + 4)
            .then(|| of_the_plural(doc, c - 2))
            .flatten()
        {
            Some((doc.lower(c - 2).to_string(), one))
        } else if person
            && !them
            && doc.lower(c - 3) == "one"
            && doc.is_word(c - 2)
            && doc.word(c - 2).starts_with(char::is_lowercase)
        {
            Some((format!("{}s", doc.lower(c - 2)), c - 3))
        } else {
            None
        };
        let (g, from) = if let Some((plural, one)) = counted {
            // The latest group told by that noun before: "two businessmen were detained
            // ... one of the businessmen, X".
            let at = doc.toks[one].start;
            let named = ents.latest_mentioned(
                |i, g| group(i) && crate::descriptions::has_words(&g.label, &plural),
                |m| m.end <= at,
            );
            (named, one)
        } else if person && them {
            // Only the group the sentence opens with, whose clause this one ends: "them"
            // may be any people named on the way ("to ask for more troops").
            let named = (actors.iter())
                .find(|a| a.toks.start <= first + 1 && a.toks.end <= c - 4 && group(a.ent))
                .map(|a| a.ent);
            (named, c - 4)
        } else {
            (None, c)
        };
        if let Some(g) = g {
            crate::roles::push_rel(
                rels,
                p,
                RelationType::MemberOf,
                g,
                s,
                from..it.toks.end,
                0.6,
            );
        }
    }
}
