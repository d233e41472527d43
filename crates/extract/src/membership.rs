//! Membership and placement in the general ways wire copy states them, past the titles and
//! appositions `roles` reads: persons in parties ("X of the Y party", "X (Y)", "the Y
//! party's X", "X's Y party", "Y lawmaker X", "X, who belongs to Y"), states in blocs ("EU
//! members X and Y", "X and Y, both members of NATO", "X, which joined Y", "the
//! seven-member Y, including X", "X's membership of Y", "the members of Y are X and Z"),
//! towns and regions in countries ("the town of X in Y", "X in northern Y", "X, a town in
//! western Y", "X, a province of Y"), forces a nationality names ("Kenyan police") and
//! persons named among a group told before ("Among them were X and Y").

use std::ops::Range;

use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::names::{Item, Kind, UNIT_WORDS as UNITS};
use crate::party_words::MEMBERSHIP;
use crate::roles::{push_rel, Rel, LEGISLATORS};
use crate::text::lower_in;

/// Words that may qualify "member" without changing what it says ("a founding member").
const MEMBER_QUALIFIERS: [&str; 10] = [
    "founding",
    "full",
    "senior",
    "leading",
    "prominent",
    "longtime",
    "long-time",
    "key",
    "fellow",
    "permanent",
];

/// Compass words that may stand between "in" and a country ("in northern Kenya").
pub(crate) const DIRECTIONS: [&str; 14] = [
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "far",
];

/// Settlement nouns of an apposition that places a town ("X, a fishing town in Y").
pub(crate) const SETTLEMENTS: [&str; 6] =
    ["town", "city", "village", "port", "suburb", "settlement"];

/// One sentence's items and their entities.
struct Sentence<'a> {
    doc: &'a Doc<'a>,
    s: usize,
    its: &'a [Item],
    eo: &'a [Option<usize>],
}

impl Sentence<'_> {
    /// The item starting at token `at` and its entity.
    fn at(&self, at: usize) -> Option<(usize, usize)> {
        let k = self.its.iter().position(|it| it.toks.start == at)?;
        Some((k, self.eo[k]?))
    }

    /// The item ending at token `end` (exclusive) and its entity.
    fn ending(&self, end: usize) -> Option<(usize, usize)> {
        let k = self.its.iter().rposition(|it| it.toks.end == end)?;
        Some((k, self.eo[k]?))
    }

    /// `at` past an optional "the".
    fn past_the(&self, at: usize) -> usize {
        at + usize::from(self.doc.lower(at) == "the")
    }

    /// Past a leader named as the owner of the body that follows ("a member of Prime
    /// Minister Berg's Green Alliance"): where the body's name starts, else `at`.
    fn past_owner(&self, ents: &Entities, at: usize) -> usize {
        let Some(k) = self.its.iter().position(|it| it.toks.start == at) else {
            return at;
        };
        let k = match &self.its[k].kind {
            Kind::Title { .. } => k + 1,
            _ => k,
        };
        let owner = self.its.get(k).filter(|it| {
            self.eo[k].is_some_and(|e| is(ents, e, EntityType::Person))
                && it.toks.start >= at
                && self.doc.is_s_mark(it.toks.end)
                && !matches!(it.kind, Kind::Title { .. })
        });
        owner.map_or(at, |it| it.toks.end + 1)
    }

    /// The entities of a list of names that starts at token `at` ("X", "X and Y", "X, Y
    /// and Z") that `fits` accepts, and the token after the list.
    fn list_from(&self, mut at: usize, fits: impl Fn(usize) -> bool) -> (Vec<usize>, usize) {
        let mut out = Vec::new();
        while let Some((k, e)) = self.at(at).filter(|&(_, e)| fits(e)) {
            let (k, e) = self.held_by(k, &fits).unwrap_or((k, e));
            out.push(e);
            let end = self.its[k].toks.end;
            // "NATO and the European Union": a "the" may open any later name.
            at = match (self.doc.lower(end), self.doc.lower(end + 1)) {
                (",", "and") => self.past_the(end + 2),
                // "a member of ECOWAS and of the CPLP": the preposition said again.
                ("and", "of") => self.past_the(end + 2),
                ("and", _) => self.past_the(end + 1),
                (",", _)
                    if self
                        .at(self.past_the(end + 1))
                        .is_some_and(|(_, e)| fits(e)) =>
                {
                    self.past_the(end + 1)
                }
                _ => return (out, end),
            };
        }
        (out, at)
    }

    /// "France's island of Reunion", "Denmark's territory of Greenland": in a list of
    /// members, the place the owner's name opens is the member, not the owner.
    fn held_by(&self, k: usize, fits: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
        let doc = self.doc;
        let mark = self.its[k].toks.end;
        if !doc.is_s_mark(mark) {
            return None;
        }
        let of = (mark + 2..mark + 4).find(|&t| doc.lower(t) == "of")?;
        let plain = (mark + 1..of).all(|t| doc.word(t).starts_with(char::is_lowercase));
        self.at(of + 1).filter(|&(_, e)| plain && fits(e))
    }

    /// The entities of a list of names that ends right before token `end` ("X and Y, both
    /// members of ..."), in text order.
    fn list_before(&self, end: usize, fits: impl Fn(usize) -> bool) -> (Vec<usize>, usize) {
        let mut out = Vec::new();
        let mut at = end;
        let mut first = end;
        while let Some((k, e)) = self.ending(at).filter(|&(_, e)| fits(e)) {
            out.insert(0, e);
            first = self.its[k].toks.start;
            at = match (
                self.doc.lower(first.saturating_sub(1)),
                self.doc.lower(first.saturating_sub(2)),
            ) {
                ("and", ",") if first >= 2 => first - 2,
                ("and", _) | (",", _) if first >= 1 => first - 1,
                _ => break,
            };
        }
        (out, first)
    }
}

pub(crate) fn relations(
    doc: &Doc,
    items: &[Vec<Item>],
    ent_of: &[Vec<Option<usize>>],
    ents: &mut Entities,
    rels: &mut Vec<Rel>,
) {
    for (s, its) in items.iter().enumerate() {
        let x = Sentence {
            doc,
            s,
            its,
            eo: &ent_of[s],
        };
        parties(&x, ents, rels);
        serving(&x, ents, rels);
        blocs(&x, ents, rels);
        described_bloc_members(&x, ents, rels);
        places(&x, ents, rels);
        national_bodies(&x, ents, rels);
        among(&x, ents, rels);
        listed_after_group(&x, ents, rels);
    }
}

/// Whether token `i` is a verb that makes the name before it a new clause's subject
/// ("joined the X and the EU opened talks"): a past form, an auxiliary or a verb the
/// trigger lists know.
pub(crate) fn verb_at(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    doc.is_word(i)
        && doc.word(i).starts_with(char::is_lowercase)
        && (w.ends_with("ed")
            || doc.lex.is_verb_trigger(w)
            || matches!(
                w,
                "said"
                    | "says"
                    | "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "must"
                    | "should"
            ))
}

fn is(ents: &Entities, e: usize, t: EntityType) -> bool {
    ents.list[e].etype == t
}

/// A party or political grouping: its name holds a party word, or one follows it ("the
/// opposition Unita party").
fn party(x: &Sentence, ents: &Entities, k: usize, e: usize) -> bool {
    let word = |w: &str| lower_in(w, &MEMBERSHIP);
    is(ents, e, EntityType::Organisation)
        && (ents.list[e].label.split_whitespace().any(word) || word(x.doc.word(x.its[k].toks.end)))
}

/// Whether the clause at token `i` has the body before it win or lose seats ("D66 won the
/// most seats", "(RFP) took 47 of the 120 seats"): only a party stands in an election so.
fn won_seats(doc: &Doc, i: usize) -> bool {
    // "(RFP) took 47 of the 120 seats".
    let i = doc.past_short_form(i);
    matches!(doc.lower(i), "won" | "took" | "lost" | "kept" | "gained")
        && (i + 1..i + 8)
            .take_while(|&t| doc.is_word(t))
            .any(|t| matches!(doc.lower(t), "seats" | "seat"))
}

/// The token after a party's name, past a party word that follows it.
fn after_party(x: &Sentence, k: usize) -> usize {
    let end = x.its[k].toks.end;
    end + usize::from(MEMBERSHIP.contains(&x.doc.lower(end)))
}

fn push(
    x: &Sentence,
    rels: &mut Vec<Rel>,
    s: usize,
    p: RelationType,
    o: usize,
    toks: Range<usize>,
) {
    push_rel(rels, s, p, o, x.s, toks, 0.6);
}

/// Persons in parties, and any member told by "who/which belongs to / joined / is a member
/// of".
fn parties(x: &Sentence, ents: &Entities, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let person = |e: usize| is(ents, e, EntityType::Person);
    for (k, it) in x.its.iter().enumerate() {
        let Some(a) = x.eo[k] else { continue };
        let (start, end) = (it.toks.start, it.toks.end);
        let titled_before = k > 0
            && x.its[k - 1].toks.end == start
            && matches!(x.its[k - 1].kind, Kind::Title { .. });
        // "Senator X of the opposition Y Party": a legislator's title is a seat, not an
        // office of the party; "of" the party is still membership.
        let legislator_before = titled_before
            && matches!(&x.its[k - 1].kind, Kind::Title { phrase, .. } if LEGISLATORS.contains(&phrase.as_str()));
        // "Tomas Berg of the Green Alliance party": without a title before the name (which
        // `roles` reads as an office), "of" a party is membership. A title standing for a
        // person ("the leader of the Green Party") is an office, not a name.
        let named = !matches!(it.kind, Kind::Title { .. });
        // "Assembly President X, of the ruling Y party,": the comma sets the party off from
        // the title, so it is membership whatever the title.
        let of = if doc.lower(end) == "of" && (!titled_before || legislator_before) {
            Some(end)
        } else {
            (doc.word(end) == "," && doc.lower(end + 1) == "of").then_some(end + 1)
        };
        if let Some(of) = of.filter(|_| person(a) && named) {
            let mut at = x.past_the(of + 1);
            while matches!(
                doc.lower(at),
                "ruling" | "governing" | "opposition" | "main"
            ) {
                at += 1;
            }
            if let Some((j, o)) = x.at(at).filter(|&(j, o)| party(x, ents, j, o)) {
                push(
                    x,
                    rels,
                    a,
                    RelationType::MemberOf,
                    o,
                    start..after_party(x, j),
                );
            }
        }
        // "the party of former finance minister Tomas Berg": he leads the party the story
        // named last (not a state body such as an election commission); "The Green
        // Alliance, the party of Prime Minister X," and "the Green Alliance party of X" name
        // it right there.
        if person(a) {
            let mut i = start;
            while i + 6 > start && i >= 1 {
                if doc.is_word(i - 1)
                    && doc.word(i - 1).starts_with(char::is_lowercase)
                    && doc.lower(i - 1) != "of"
                {
                    i -= 1;
                } else if let Some(t) = x.its.iter().find(|t| {
                    t.toks.end == i && matches!(t.kind, Kind::Title { plural: false, .. })
                }) {
                    i = t.toks.start;
                } else {
                    break;
                }
            }
            if i >= 3 && doc.lower(i - 1) == "of" {
                let the_party = doc.lower(i - 2) == "party" && doc.lower(i - 3) == "the";
                let at = doc.toks[i - 3].start;
                let named_here = || {
                    let (j, o) = if the_party {
                        let c = i.checked_sub(4)?;
                        (doc.word(c) == ",").then(|| x.ending(c))??
                    } else {
                        // "The Green Alliance Party (GAP) of President X": the name stands
                        // before its bracketed short form.
                        let name_end = match i.checked_sub(4) {
                            Some(open) if doc.word(i - 2) == ")" && doc.word(open) == "(" => open,
                            _ => i - 1,
                        };
                        x.ending(name_end).or_else(|| {
                            (doc.lower(name_end - 1) == "party").then(|| x.ending(name_end - 1))?
                        })?
                    };
                    party(x, ents, j, o).then_some(o)
                };
                let named_before = || {
                    ents.latest_mentioned(
                        |_, e| {
                            e.etype == EntityType::Organisation
                                && !crate::structure::state_office(&e.label)
                        },
                        |m| m.start < at,
                    )
                };
                let party = named_here().or_else(|| the_party.then(named_before).flatten());
                if let Some(o) = party {
                    push(x, rels, a, RelationType::LeaderOf, o, i - 3..end);
                }
            }
        }
        // "Berg, whose Green Alliance won the vote" and "Prime Minister Berg's Green
        // Alliance took 40 seats": the party is his; "Opposition leader Berg, whose Green
        // Alliance ..." and "Opposition leader Berg's Green Alliance" lead it.
        let owned_party = if doc.word(end) == "," && doc.lower(end + 1) == "whose" {
            Some(end + 2)
        } else {
            doc.is_s_mark(end).then_some(end + 1)
        };
        // "Stocker, whose conservative People's Party leads": past the party's leaning.
        // Not "whose Socialist Party": a capital makes the word the name's own.
        let owned_party = owned_party.map(|at| {
            let leaning = doc.word(at).starts_with(char::is_lowercase)
                && crate::names::PARTY_LEANINGS.contains(&doc.lower(at));
            at + usize::from(leaning)
        });
        if let Some(at) = owned_party.filter(|_| person(a)) {
            let contests = |j: usize, o: usize| {
                is(ents, o, EntityType::Organisation) && won_seats(doc, after_party(x, j))
            };
            let owned = x
                .at(at)
                .filter(|&(j, o)| party(x, ents, j, o) || contests(j, o));
            if let Some((j, o)) = owned {
                let leads = titled_before
                    && matches!(&x.its[k - 1].kind, Kind::Title { phrase, .. } if phrase.ends_with("leader"));
                let pred = if leads {
                    RelationType::LeaderOf
                } else {
                    RelationType::MemberOf
                };
                push(x, rels, a, pred, o, start..after_party(x, j));
            }
        }
        // "Tomas Berg (Green Alliance)".
        if person(a) && doc.word(end) == "(" {
            if let Some((j, o)) = x.at(end + 1).filter(|&(j, o)| party(x, ents, j, o)) {
                if doc.word(after_party(x, j)) == ")" {
                    push(
                        x,
                        rels,
                        a,
                        RelationType::MemberOf,
                        o,
                        start..after_party(x, j) + 1,
                    );
                }
            }
        }
        // "the Green Alliance party's Tomas Berg".
        if party(x, ents, k, a) {
            let mark = after_party(x, k);
            if doc.is_s_mark(mark) {
                if let Some((j, p)) = x.at(mark + 1).filter(|&(_, p)| person(p)) {
                    let to = x.its[j].toks.end;
                    push(x, rels, p, RelationType::MemberOf, a, start..to);
                }
            }
        }
        // "Green Alliance lawmaker Tomas Berg", "X, a Green Alliance MP,": a legislator
        // sits for a party; the title step reads the party as the office's body.
        // "Green Alliance candidate Tomas Berg", "X, the Green Alliance's candidate,".
        if party(x, ents, k, a) {
            let mut w = after_party(x, k);
            if doc.is_s_mark(w) {
                w += 1;
            }
            let t = x.its.get(k + 1).filter(|t| t.toks.start == w);
            // "the Green Alliance finance minister X": a party names no state office, so the
            // minister sits in the cabinet for it, as a lawmaker sits in the house.
            let legislator = t.is_some_and(|t| {
                matches!(&t.kind, Kind::Title { phrase, plural: false, .. }
                    if LEGISLATORS.contains(&phrase.as_str())
                        || phrase == "member"
                        || phrase.ends_with("minister"))
            });
            // "Green Alliance deputy Tomas Berg": the bare word is a seat in the house; a
            // title it opens ("deputy leader") is read as that title.
            let candidate = matches!(doc.lower(w), "candidate" | "nominee")
                || t.is_none() && doc.lower(w) == "deputy";
            let word_end = match t {
                Some(t) if legislator => Some(t.toks.end),
                _ => candidate.then_some(w + 1),
            };
            let holder = word_end.and_then(|we| {
                let (hk, h) = match x.at(we) {
                    Some(found) => found,
                    None => {
                        // "X, a Green Alliance MP": the name before the apposition.
                        let det = start.checked_sub(1)?;
                        if !matches!(doc.lower(det), "a" | "an" | "the")
                            || doc.word(det.checked_sub(1)?) != ","
                        {
                            return None;
                        }
                        x.ending(det - 1)?
                    }
                };
                person(h).then_some((hk, h))
            });
            if let Some((hk, p)) = holder {
                rels.retain(|r| !(r.subj == p && r.obj == a && r.pred == RelationType::OfficialOf));
                let span = start.min(x.its[hk].toks.start)..end.max(x.its[hk].toks.end);
                push(x, rels, p, RelationType::MemberOf, a, span);
            }
        }
        // "X, who belongs to Y", "X, which joined Y in 2004", "X, a founding member of Y",
        // "X, who is a member of Y".
        let member_like =
            person(a) || is(ents, a, EntityType::Country) || is(ents, a, EntityType::Organisation);
        if member_like && doc.word(end) == "," {
            if let Some(at) = membership_clause(doc, end + 1) {
                // "a member of the ruling Green Alliance".
                let mut at = x.past_the(at);
                while matches!(
                    doc.lower(at),
                    "ruling" | "governing" | "opposition" | "main"
                ) {
                    at += 1;
                }
                let at = x.past_owner(ents, at);
                // "which joined NATO and the European Union": each body of the list.
                let (mut bodies, after) =
                    x.list_from(at, |o| o != a && is(ents, o, EntityType::Organisation));
                if bodies.len() > 1 && verb_at(doc, after) {
                    bodies.pop();
                }
                for o in bodies {
                    push(x, rels, a, RelationType::MemberOf, o, start..after);
                }
            }
        }
        // "The Civic Union sits with the People's Party group in the European Parliament": a
        // national party in a group of an assembly.
        let sits = matches!(doc.lower(end), "sits" | "sit" | "sat")
            && doc.lower(end + 1) == "with"
            && is(ents, a, EntityType::Organisation);
        if sits {
            let org = |e: usize| e != a && is(ents, e, EntityType::Organisation);
            if let Some((j, g)) = x.at(x.past_the(end + 2)).filter(|&(_, g)| org(g)) {
                let mut i = x.its[j].toks.end;
                if doc.lower(i) == "group" {
                    i += 1;
                }
                push(
                    x,
                    rels,
                    a,
                    RelationType::MemberOf,
                    g,
                    start..x.its[j].toks.end,
                );
                let house = (doc.lower(i) == "in")
                    .then(|| x.at(x.past_the(i + 1)))
                    .flatten()
                    .filter(|&(_, h)| org(h) && h != g);
                if let Some((hk, h)) = house {
                    let span = x.its[j].toks.start..x.its[hk].toks.end;
                    push(x, rels, g, RelationType::PartOf, h, span);
                }
            }
        }
        // "Finland's membership of NATO", not "its membership talks" nor a bid for it.
        if (is(ents, a, EntityType::Country) || is(ents, a, EntityType::Organisation))
            && doc.is_s_mark(end)
            && doc.lower(end + 1) == "membership"
            && matches!(doc.lower(end + 2), "of" | "in")
        {
            let at = x.past_the(end + 3);
            if let Some((j, o)) = x
                .at(at)
                .filter(|&(_, o)| o != a && is(ents, o, EntityType::Organisation))
            {
                let after = doc.lower(x.its[j].toks.end);
                if !matches!(
                    after,
                    "talks" | "bid" | "application" | "negotiations" | "process"
                ) {
                    push(
                        x,
                        rels,
                        a,
                        RelationType::MemberOf,
                        o,
                        start..x.its[j].toks.end,
                    );
                }
            }
        }
    }
}

/// At token `i`, a relative or appositive clause that states membership: returns where the
/// body's name should start. "who belongs to", "which joined", "a founding member of",
/// "who is also a member of", "which became a member of".
fn membership_clause(doc: &Doc, mut i: usize) -> Option<usize> {
    let relative = matches!(doc.lower(i), "who" | "which");
    if relative {
        i += 1;
        if matches!(doc.lower(i), "also" | "now" | "already") {
            i += 1;
        }
        match doc.lower(i) {
            "belongs" | "belonged" | "belong" if doc.lower(i + 1) == "to" => return Some(i + 2),
            "joined" => return Some(i + 1),
            "is" | "was" | "became" | "has" => {
                i += 1;
                if doc.lower(i) == "been" {
                    i += 1;
                }
                if matches!(doc.lower(i), "also" | "now" | "already") {
                    i += 1;
                }
            }
            // "who chairs the rights committee and is a member of Y": a second verb of the
            // same clause, before any comma ends it.
            _ => {
                let and = (i + 1..i + 12)
                    .take_while(|&t| !matches!(doc.word(t), "," | ";" | "." | ""))
                    .find(|&t| doc.lower(t) == "and" && matches!(doc.lower(t + 1), "is" | "was"))?;
                i = and + 2;
                if matches!(doc.lower(i), "also" | "now" | "already") {
                    i += 1;
                }
            }
        }
    }
    // "X, one of the organisers of Y", "who is one of the founders of Y": one of the people
    // who make up the body.
    if let Some(j) = one_of(doc, i) {
        let makers = matches!(
            doc.lower(j),
            "members" | "founders" | "organisers" | "organizers" | "leaders" | "co-founders"
        );
        return (makers && doc.lower(j + 1) == "of").then_some(j + 2);
    }
    if !matches!(doc.lower(i), "a" | "an") {
        return None;
    }
    i += 1;
    let q = i;
    while i < q + 2 && MEMBER_QUALIFIERS.contains(&doc.lower(i)) {
        i += 1;
    }
    if doc.lower(i) != "member" {
        return None;
    }
    i += 1;
    if matches!(doc.lower(i), "state" | "country" | "nation") {
        i += 1;
    }
    (doc.lower(i) == "of").then_some(i + 1)
}

/// At token `i`, "one of the founding members of", "one of 11 countries in": the token of
/// the noun for those who make up the body, past "the", a count and any qualifiers. Every
/// reader of membership asks this one (`membership_clause`, `roles::member_of`); each takes
/// its own nouns there: people "founders" or "organisers", states "countries".
pub(crate) fn one_of(doc: &Doc, i: usize) -> Option<usize> {
    if doc.lower(i) != "one" || doc.lower(i + 1) != "of" {
        return None;
    }
    let mut j = i + 2;
    if doc.lower(j) == "the" {
        j += 1;
    }
    if crate::quantity::count_word(doc.lower(j)) {
        j += 1;
    }
    // "one of the original member states of": "member" qualifies the states.
    while MEMBER_QUALIFIERS.contains(&doc.lower(j)) || matches!(doc.lower(j), "original" | "member")
    {
        j += 1;
    }
    Some(j)
}

/// States in blocs: "EU members Poland and Hungary", "fellow NATO member Norway", "NATO
/// allies X and Y", "X and Y, both members of NATO", "the seven-member Y, including X and
/// Z".
fn blocs(x: &Sentence, ents: &Entities, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let state = |e: usize| matches!(ents.list[e].etype, EntityType::Country | EntityType::Polity);
    for (k, it) in x.its.iter().enumerate() {
        let Some(b) = x.eo[k].filter(|&b| is(ents, b, EntityType::Organisation)) else {
            continue;
        };
        let (start, end) = (it.toks.start, it.toks.end);
        // "EU member states Poland, Hungary and Slovakia".
        let mut i = end;
        let listed = match doc.lower(i) {
            "member" | "members" => {
                i += 1;
                if matches!(
                    doc.lower(i),
                    "state" | "states" | "country" | "countries" | "nation" | "nations"
                ) {
                    i += 1;
                }
                true
            }
            // Not "partner": "NATO partner Ukraine" is not a member.
            "ally" | "allies" => {
                i += 1;
                true
            }
            _ => false,
        };
        if listed && doc.word(i) != "," {
            let (members, to) = x.list_from(i, |e| state(e) && e != b);
            for m in members {
                push(x, rels, m, RelationType::MemberOf, b, start..to);
            }
        }
        // "Germany, a NATO member,": the state the apposition follows.
        let apposed = start >= 3
            && matches!(doc.lower(start - 1), "a" | "an")
            && doc.word(start - 2) == ","
            && doc.lower(end) == "member";
        if let Some((mk, m)) = apposed
            .then(|| x.ending(start - 2))
            .flatten()
            .filter(|&(_, m)| state(m) && m != b)
        {
            push(
                x,
                rels,
                m,
                RelationType::MemberOf,
                b,
                x.its[mk].toks.start..end + 1,
            );
        }
        // "the seven-member Andean Forum, including Peru and Chile", "the Andean Forum,
        // which includes Peru and Chile".
        let counted = start >= 1 && {
            let w = doc.lower(start - 1);
            w.ends_with("-member") || w.ends_with("-nation") || w.ends_with("-country")
        };
        let including = doc.word(end) == ","
            && (counted && doc.lower(end + 1) == "including"
                || doc.lower(end + 1) == "which"
                    && matches!(doc.lower(end + 2), "includes" | "groups" | "comprises"));
        if including {
            let mut at = end + if doc.lower(end + 1) == "which" { 3 } else { 2 };
            // "which groups the two states with Madagascar and the Comoros": the states a
            // plain noun phrase stands for were named before; the names follow "with".
            let groups = doc.lower(end + 2) == "groups";
            if groups && x.at(x.past_the(at)).is_none() {
                let with = (at..at + 5)
                    .take_while(|&t| {
                        doc.word(t)
                            .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    })
                    .find(|&t| doc.lower(t) == "with");
                at = with.map_or(at, |w| x.past_the(w + 1));
            }
            let (mut members, mut to) = x.list_from(at, |e| state(e) && e != b);
            // "which groups Peru with Chile and Bolivia": members on both sides of "with".
            if groups && !members.is_empty() && doc.lower(to) == "with" {
                let (more, further) = x.list_from(to + 1, |e| state(e) && e != b);
                members.extend(more);
                to = further;
            }
            for m in members {
                push(x, rels, m, RelationType::MemberOf, b, start..to);
            }
        }
        // "The five members of the Andean Forum (AF) are Peru, Chile, ...": the states a
        // copula lists after the bloc its members are "of".
        let opens = start - usize::from(start >= 1 && doc.lower(start - 1) == "the");
        let members_of = opens >= 2
            && doc.lower(opens - 1) == "of"
            && matches!(
                doc.lower(opens - 2),
                "members" | "states" | "countries" | "nations"
            );
        if members_of {
            // "The five members of the Andean Forum (AF) are ...".
            let at = doc.past_short_form(end);
            if matches!(doc.lower(at), "are" | "were" | "include") {
                let (members, to) = x.list_from(x.past_the(at + 1), |e| state(e) && e != b);
                for m in members {
                    push(x, rels, m, RelationType::MemberOf, b, start..to);
                }
            }
        }
        // "the Andean Forum, of which Peru is a member", "..., of which Peru and Chile are
        // members".
        let of_which =
            doc.word(end) == "," && doc.lower(end + 1) == "of" && doc.lower(end + 2) == "which";
        if of_which {
            // "of which both Peru and Chile are members", "of which the Comoros is a member".
            let from = end + 3 + usize::from(matches!(doc.lower(end + 3), "both" | "all"));
            let from = if x.at(from).is_some() {
                from
            } else {
                x.past_the(from)
            };
            let (members, to) = x.list_from(from, |e| state(e) && e != b);
            let mut v = to;
            if matches!(doc.lower(v), "also" | "now") {
                v += 1;
            }
            let copula = matches!(doc.lower(v), "is" | "are" | "was" | "were");
            let noun = if matches!(doc.lower(v + 1), "a" | "an") {
                v + 2
            } else {
                v + 1
            };
            let member = copula && matches!(doc.lower(noun), "member" | "members");
            if member {
                for m in members {
                    push(x, rels, m, RelationType::MemberOf, b, start..noun + 1);
                }
            }
        }
        // "Peru, Chile and Bolivia left the Andean Forum and formed the Pacific League":
        // the states a sentence opens with founded the body.
        let formed = start >= 2
            && matches!(
                doc.lower(start - 1 - usize::from(doc.lower(start - 1) == "the")),
                "formed" | "founded" | "created" | "established"
            );
        if formed {
            let first = doc.sents[x.s].toks.start;
            let (founders, to) = x.list_from(first, |e| state(e) && e != b);
            let relative =
                (to..start).any(|t| matches!(doc.lower(t), "which" | "who" | "that" | "," | ";"));
            if founders.len() >= 2 && !relative {
                for m in founders {
                    push(x, rels, m, RelationType::MemberOf, b, first..end);
                }
            }
        }
        // "X and Y, both members of NATO": the list before the comma that opens it.
        let opens = start >= 5
            && doc.lower(start - 1) == "of"
            && matches!(doc.lower(start - 2), "members" | "member")
            || start >= 6
                && doc.lower(start - 1) == "the"
                && doc.lower(start - 2) == "of"
                && matches!(doc.lower(start - 3), "members" | "member");
        if opens {
            let of = if doc.lower(start - 1) == "the" {
                start - 2
            } else {
                start - 1
            };
            // "X and Y, both members of NATO", "X and Y, members of NATO".
            let both = of - 2;
            let comma = if matches!(doc.lower(both), "both" | "all") {
                Some(both - 1)
            } else {
                Some(of - 1)
                    .filter(|&c| doc.lower(c) == "members")
                    .map(|c| c - 1)
            };
            if let Some(comma) = comma.filter(|&c| doc.word(c) == ",") {
                let (members, first) = x.list_before(comma, |e| state(e) && e != b);
                if members.len() >= 2 {
                    for m in members {
                        push(x, rels, m, RelationType::MemberOf, b, first..end);
                    }
                }
            }
        }
    }
}

/// "The bloc's members are Peru, Chile and Bolivia": a body called by a noun, not its name,
/// lists its member states; the noun stands for the bloc last named.
fn described_bloc_members(x: &Sentence, ents: &Entities, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let state = |e: usize| matches!(ents.list[e].etype, EntityType::Country | EntityType::Polity);
    for t in doc.sents[x.s].toks.clone() {
        let noun = matches!(
            doc.lower(t),
            "bloc" | "alliance" | "grouping" | "union" | "community" | "forum"
        );
        if !noun || t == 0 || doc.lower(t - 1) != "the" || !doc.is_s_mark(t + 1) {
            continue;
        }
        let mut v = t + 2;
        v += usize::from(crate::quantity::count_word(doc.lower(v)));
        if doc.lower(v) != "members" || !matches!(doc.lower(v + 1), "are" | "include") {
            continue;
        }
        let Some(b) = crate::descriptions::latest_bloc(doc, ents, doc.toks[t].start) else {
            continue;
        };
        let (members, to) = x.list_from(x.past_the(v + 2), |e| state(e) && e != b);
        for m in members {
            push(x, rels, m, RelationType::MemberOf, b, t - 1..to);
        }
    }
}

/// Towns and regions placed by a phrase: "the town of X in Y", "X in northern Y", "X, a
/// town in western Y", "X, a province of Y".
fn places(x: &Sentence, ents: &Entities, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    for (k, it) in x.its.iter().enumerate() {
        let Some(a) = x.eo[k] else { continue };
        let town = is(ents, a, EntityType::City) || is(ents, a, EntityType::Location);
        let region = is(ents, a, EntityType::Region);
        if !town && !region {
            continue;
        }
        let (start, end) = (it.toks.start, it.toks.end);
        // The country after "in", past "the" and compass words; "in Kenya's northern X
        // province" counts, "in Kenya's war" does not.
        let country_after = |mut i: usize| -> Option<(usize, usize)> {
            i = x.past_the(i);
            while DIRECTIONS.contains(&doc.lower(i)) {
                i += 1;
            }
            // "known as Imia in Greek": a language, not the country.
            let (j, c) = x.at(i).filter(|&(j, c)| {
                is(ents, c, EntityType::Country) && matches!(x.its[j].kind, Kind::Country(_))
            })?;
            let after = x.its[j].toks.end;
            let owns = doc.is_s_mark(after);
            let placed = !owns
                || (after + 1..after + 5)
                    .take_while(|&t| doc.in_sent(x.s, t))
                    .any(|t| {
                        UNITS.contains(&doc.lower(t))
                            || x.at(t)
                                .is_some_and(|(_, r)| is(ents, r, EntityType::Region))
                    });
            placed.then_some((j, c))
        };
        // A town the gazetteer puts in another country is not moved by a phrase.
        let agrees = |c: usize| {
            ents.list[a].country.is_none() || ents.list[a].country == ents.list[c].country
        };
        // "the town of Molvo in Kenya", "Molvo in northern Kenya", "Molvo, in western
        // Kenya,".
        let comma = usize::from(doc.word(end) == ",");
        if town && doc.lower(end + comma) == "in" {
            if let Some((j, c)) = country_after(end + comma + 1).filter(|&(_, c)| agrees(c)) {
                push(
                    x,
                    rels,
                    a,
                    RelationType::LocatedIn,
                    c,
                    start..x.its[j].toks.end,
                );
            }
        }
        // "the Kenyan port of Molvo", "the Kenyan border town of Molvo": the nationality
        // before the settlement's noun names the town's country.
        if town {
            if let Some((t, c)) = national_settlement(x, ents, start).filter(|&(_, c)| agrees(c)) {
                push(x, rels, a, RelationType::LocatedIn, c, t..end);
            }
        }
        // "in Molvo, Kenya,": a town written with its country, after a place word.
        let after_prep = start > doc.sents[x.s].toks.start
            && matches!(
                doc.lower(start - 1),
                "in" | "near" | "at" | "from" | "to" | "outside" | "of"
            );
        if town && after_prep && doc.word(end) == "," {
            let country = x.at(end + 1).filter(|&(j, c)| {
                is(ents, c, EntityType::Country)
                    && matches!(x.its[j].kind, Kind::Country(_))
                    && agrees(c)
                    && {
                        let after = x.its[j].toks.end;
                        !doc.in_sent(x.s, after) || !doc.is_word(after) && doc.word(after) != "'s"
                    }
            });
            if let Some((j, c)) = country {
                push(
                    x,
                    rels,
                    a,
                    RelationType::LocatedIn,
                    c,
                    start..x.its[j].toks.end,
                );
            }
        }
        // "Molvo, a fishing town in western Kenya", "Varsk, a province of Kenya".
        if doc.word(end) == "," && matches!(doc.lower(end + 1), "a" | "an" | "the") {
            let mut i = end + 2;
            let limit = i + 3;
            while i < limit
                && doc.is_word(i)
                && doc.word(i).starts_with(char::is_lowercase)
                && !SETTLEMENTS.contains(&doc.lower(i))
                && !UNITS.contains(&doc.lower(i))
            {
                i += 1;
            }
            let noun = doc.lower(i);
            let settled = town && SETTLEMENTS.contains(&noun);
            let unit = region && UNITS.contains(&noun);
            if (settled || unit) && matches!(doc.lower(i + 1), "in" | "of") {
                if let Some((j, c)) = country_after(i + 2).filter(|&(_, c)| agrees(c)) {
                    let pred = if unit {
                        RelationType::PartOf
                    } else {
                        RelationType::LocatedIn
                    };
                    push(x, rels, a, pred, c, start..x.its[j].toks.end);
                }
            }
        }
    }
}

/// The nationality's token and its named country, where "the Kenyan (border) town of" ends
/// just before the token `start`; a country the story does not name is no entity to tie the
/// town to.
fn national_settlement(x: &Sentence, ents: &Entities, start: usize) -> Option<(usize, usize)> {
    let doc = x.doc;
    let floor = doc.sents[x.s].toks.start;
    if start < floor + 3
        || doc.lower(start - 1) != "of"
        || !SETTLEMENTS.contains(&doc.lower(start - 2))
    {
        return None;
    }
    // "the Kenyan border town of": up to two plain words between the nationality and the noun.
    let mut t = start - 3;
    while t > floor
        && t + 5 > start
        && doc.is_word(t)
        && doc.word(t).starts_with(char::is_lowercase)
    {
        t -= 1;
    }
    let iso = &doc.lex.demonym(doc.word(t))?.iso2;
    ents.named_country(iso).map(|c| (t, c))
}

/// "Kenyan police", "the Haitian government" read as one name, and "Haitians": a force or
/// government a nationality opens, and nationals, are the country's.
fn national_bodies(x: &Sentence, ents: &mut Entities, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    for (k, it) in x.its.iter().enumerate() {
        let Some(a) = x.eo[k] else { continue };
        let (start, end) = (it.toks.start, it.toks.end);
        let iso = match &it.kind {
            // "more than 2,000 Haitians", "dozens of Peruvians": a counted group; bare
            // "Chileans elected governors" is the nation itself.
            Kind::Nationals(iso)
                if is(ents, a, EntityType::Group)
                    && start > doc.sents[x.s].toks.start
                    && crate::descriptions::quantity_word(doc, start - 1) =>
            {
                Some(iso.clone())
            }
            // "Kenyan police", "U.S. Africa Command": a force or a military command that a
            // nationality or the country's own name opens.
            Kind::Known { .. } | Kind::Name(_)
                if is(ents, a, EntityType::Organisation) && end - start >= 2 =>
            {
                force_word(doc.lower(end - 1))
                    .then(|| {
                        let w = doc.word(start);
                        doc.lex.demonym(w).or_else(|| doc.lex.country(w))
                    })
                    .flatten()
                    .map(|c| c.iso2.clone())
                    .or_else(|| its_country(x, ents, k))
            }
            // "The United States said its Africa Command had ...": the force of the country
            // the possessive points back to.
            Kind::Known { .. } | Kind::Name(_) if is(ents, a, EntityType::Organisation) => {
                its_country(x, ents, k)
            }
            _ => None,
        };
        let Some(iso) = iso else { continue };
        if rels
            .iter()
            .any(|r| r.subj == a && r.pred == RelationType::AffiliatedWith)
        {
            continue;
        }
        // Only a country the article names: "Belgian police" in a story about an EU
        // meeting in Brussels does not make Belgium an actor of the story.
        let named = ents.named_country(&iso).is_some();
        if !named {
            continue;
        }
        let Some(c) = ents.country(doc, &iso).filter(|&c| c != a) else {
            continue;
        };
        push(x, rels, a, RelationType::AffiliatedWith, c, start..end);
    }
}

/// A force or a military command: its people serve a state.
fn force_word(w: &str) -> bool {
    crate::structure::FORCES.contains(&w) || w == "command"
}

/// The country named last before item `k`, when the force or command item `k` follows
/// "its": "the United States said its Africa Command".
fn its_country(x: &Sentence, ents: &Entities, k: usize) -> Option<String> {
    let it = &x.its[k];
    let doc = x.doc;
    let force = force_word(doc.lower(it.toks.end - 1));
    if !force || it.toks.start == 0 || doc.lower(it.toks.start - 1) != "its" {
        return None;
    }
    let c = (0..k)
        .rev()
        .find_map(|j| x.eo[j].filter(|&e| is(ents, e, EntityType::Country)))?;
    ents.list[c]
        .key
        .strip_prefix("country:")
        .map(str::to_string)
}

/// "Ugandan troops serving with the African Union mission": people who serve in a body are
/// its members, whatever country sent them.
fn serving(x: &Sentence, ents: &Entities, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let r = doc.sents[x.s].toks.clone();
    for t in r.start + 1..r.end {
        if doc.lower(t) != "serving" || !matches!(doc.lower(t + 1), "with" | "in") {
            continue;
        }
        let Some((j, o)) = x
            .at(x.past_the(t + 2))
            .filter(|&(_, o)| is(ents, o, EntityType::Organisation))
        else {
            continue;
        };
        // The people right before the verb, by a mention that ends there.
        let end = doc.toks[t - 1].end;
        let people = (ents.list.iter().enumerate()).find_map(|(e, ent)| {
            let kind = matches!(ent.etype, EntityType::Group | EntityType::Person);
            let m = ent
                .mentions
                .iter()
                .find(|m| kind && m.naming && m.sent == x.s && m.end == end)?;
            Some((e, m.start))
        });
        if let Some((p, from)) = people.filter(|&(p, _)| p != o) {
            let start = (r.start..t)
                .find(|&k| doc.toks[k].start == from)
                .unwrap_or(t);
            push(
                x,
                rels,
                p,
                RelationType::MemberOf,
                o,
                start..x.its[j].toks.end,
            );
        }
    }
}

/// "Among them were X and Y", "Among those listed is X": the persons the sentence names
/// after the verb are members of a group told before. "Them" points back to the group the
/// previous sentence opens with ("The officials will be barred ..."); "those listed",
/// "those freed" to the group the story names first, the one its lead reports on.
fn among(x: &Sentence, ents: &Entities, rels: &mut Vec<Rel>) {
    let (doc, s) = (x.doc, x.s);
    let first = doc.sents[s].toks.start;
    if doc.lower(first) != "among" || s == 0 {
        return;
    }
    let group = |e: &crate::entities::Ent| e.etype == EntityType::Group;
    let (g, verb) = match doc.lower(first + 1) {
        "them" => {
            let opening = doc.sents[s - 1].toks.start;
            let g = ents.list.iter().position(|e| {
                group(e)
                    && (e.mentions.iter())
                        .any(|m| m.sent == s - 1 && doc.tok_from(m.start) <= opening + 1)
            });
            (g, first + 2)
        }
        "those" => {
            let g = (ents.list.iter().enumerate())
                .filter(|(_, e)| group(e))
                .filter_map(|(i, e)| Some((e.mentions.iter().map(|m| m.start).min()?, i)))
                .min()
                .map(|(_, i)| i);
            let participle = doc.is_word(first + 2) && doc.lower(first + 2).ends_with("ed");
            (g, first + 2 + usize::from(participle))
        }
        _ => return,
    };
    let Some(g) = g else { return };
    if !matches!(doc.lower(verb), "is" | "are" | "was" | "were") {
        return;
    }
    let mut named = false;
    for (k, it) in x.its.iter().enumerate() {
        let Some(p) = x.eo[k].filter(|&p| is(ents, p, EntityType::Person)) else {
            continue;
        };
        let start = it.toks.start;
        let titled = k > 0
            && x.its[k - 1].toks.end == start
            && matches!(x.its[k - 1].kind, Kind::Title { .. });
        let opens = if titled {
            x.its[k - 1].toks.start
        } else {
            start
        };
        // "is X", "is General X", "is the police chief, X", and each later "and Y".
        let member = opens == verb + 1
            || !named && doc.lower(verb + 1) == "the" && doc.lower(opens - 1) == ","
            || named && doc.lower(opens - 1) == "and";
        if member {
            named = true;
            push(x, rels, p, RelationType::MemberOf, g, first..it.toks.end);
        }
    }
}

/// "The two aides, X and Y, were acquitted": the persons an apposition lists after a plural
/// noun are members of the group the noun stands for, one the story told before ("two of
/// her aides"). The group must be known: "After the talks, X and Y, ..." lists no members.
fn listed_after_group(x: &Sentence, ents: &Entities, rels: &mut Vec<Rel>) {
    let doc = x.doc;
    let person = |e: usize| is(ents, e, EntityType::Person);
    let sent = doc.sents[x.s].toks.clone();
    for c in sent.start + 1..sent.end {
        if doc.word(c) != "," {
            continue;
        }
        let noun = doc.lower(c - 1);
        if !doc.is_word(c - 1)
            || !doc.word(c - 1).starts_with(char::is_lowercase)
            || !noun.ends_with('s')
        {
            continue;
        }
        // "The two aides", "her former aides": a definite phrase points back to a group
        // told before; "Two officers, X and Y," opens a new one.
        let definite = (sent.start..c - 1).rev().take(4).find_map(|j| {
            let w = doc.lower(j);
            if matches!(w, "the" | "his" | "her" | "their" | "its") {
                Some(true)
            } else if doc.is_word(j)
                && (doc.word(j).starts_with(char::is_lowercase) || crate::quantity::count_word(w))
            {
                None
            } else {
                Some(false)
            }
        });
        if definite != Some(true) {
            continue;
        }
        let (members, to) = x.list_from(c + 1, person);
        // A closing comma and a verb: "X and Y, were" ends the apposition, where "the aides,
        // X and Y said" would be a new clause.
        if members.len() < 2 || doc.word(to) != "," || !verb_at(doc, to + 1) {
            continue;
        }
        let at = doc.toks[c].start;
        let head = |e: &crate::entities::Ent| e.label.rsplit(' ').next() == Some(noun);
        let g = ents.latest_mentioned_kind(
            |e| e.etype == EntityType::Group,
            |_, e| head(e),
            |m| m.start < at,
        );
        let Some(g) = g else { continue };
        for m in members {
            push(x, rels, m, RelationType::MemberOf, g, c - 1..to);
        }
    }
}
