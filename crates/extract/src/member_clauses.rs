//! Membership told in a relative clause, on the body or on its members: "the Alliance,
//! which both countries belong to", "the congress, to which the teachers' union belongs",
//! "Mali and Niger, which together with Chad form the Sahel Alliance", "the Forum, of which
//! both countries are members". The clause names the members and the body without the "X
//! is a member of Y" or "X joined Y" that `roles::member_of` reads.

use newsgraph_model::{EntityType, RelationType};

use crate::doc::Doc;
use crate::entities::Entities;
use crate::named_countries::NamedCountries;
use crate::names::{Item, Kind};
use crate::roles::{push_rel, Rel};

/// The preposition before a clause's "which": "to which X belongs", "of which X is a member".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prep {
    None,
    To,
    Of,
}

/// One sentence's items with their entities, read for membership clauses.
pub(crate) struct Clauses<'a> {
    pub doc: &'a Doc<'a>,
    pub s: usize,
    pub its: &'a [Item],
    pub eo: &'a [Option<usize>],
    pub ents: &'a Entities,
    /// The countries named before this sentence, for "both countries".
    pub seen_countries: &'a NamedCountries,
}

impl Clauses<'_> {
    /// Adds the memberships of sentence `s` to `rels`.
    pub(crate) fn relations(&self, rels: &mut Vec<Rel>) {
        for k in 0..self.its.len() {
            let Some(after) = self.comma_which(k) else {
                continue;
            };
            let body = self.eo[k].filter(|&e| self.org(e));
            // "<body>, which X belongs to" / "<body>, to which X belongs".
            if let Some(o) = body {
                for m in self.belonging(after) {
                    self.push(rels, m, o, k);
                }
            }
            // "<X> and <Y>, which [together with <Z>] form <body>".
            if let Some((o, end)) = self.forming(after) {
                let mut members = self.listed_before(k);
                members.extend(self.together_with(after));
                for m in members {
                    self.push(rels, m, o, end);
                }
            }
        }
    }

    fn push(&self, rels: &mut Vec<Rel>, m: usize, o: usize, k: usize) {
        if m == o {
            return;
        }
        let toks = self.its[k].toks.clone();
        push_rel(rels, m, RelationType::MemberOf, o, self.s, toks, 0.6);
    }

    fn org(&self, e: usize) -> bool {
        self.ents.list[e].etype == EntityType::Organisation
    }

    /// Countries, polities and bodies can be members of a body.
    fn member_like(&self, e: usize) -> bool {
        matches!(
            self.ents.list[e].etype,
            EntityType::Country | EntityType::Polity | EntityType::Organisation
        )
    }

    /// The item that starts at token `j`.
    fn item_at(&self, j: usize) -> Option<usize> {
        self.its.iter().position(|it| it.toks.start == j)
    }

    /// The token after ", which", ", to which" or ", of which" that follows item `k` (past its
    /// acronym in brackets), with the preposition before "which". "Mercosur, the trade bloc to
    /// which both belong": a short description may stand between the name and a preposition.
    fn comma_which(&self, k: usize) -> Option<(usize, Prep)> {
        let d = self.doc;
        let mut i = self.its[k].toks.end;
        if d.word(i) == "(" {
            let a = self.item_at(i + 1)?;
            let end = self.its[a].toks.end;
            if self.eo[a] != self.eo[k] || d.word(end) != ")" {
                return None;
            }
            i = end + 1;
        }
        if !d.in_sent(self.s, i + 2) || d.word(i) != "," {
            return None;
        }
        let prep = |t: usize| match d.lower(t) {
            "to" => Some(Prep::To),
            "of" => Some(Prep::Of),
            _ => None,
        };
        let mut at = i + 1;
        if d.lower(at) == "the" {
            let described = (at + 1..at + 5)
                .take_while(|&t| d.word(t).starts_with(|c: char| c.is_lowercase()))
                .find(|&t| prep(t).is_some() && d.lower(t + 1) == "which");
            at = described.unwrap_or(at);
        }
        let p = prep(at).unwrap_or(Prep::None);
        let which = at + usize::from(p != Prep::None);
        (d.lower(which) == "which").then_some((which + 1, p))
    }

    /// The members a list starting at token `j` names ("Chad and Sudan", "both
    /// countries"), with the token after the list.
    fn members_from(&self, mut j: usize) -> (Vec<usize>, usize) {
        let d = self.doc;
        let mut found = Vec::new();
        loop {
            j += usize::from(d.lower(j) == "the");
            let Some(k) = self.item_at(j) else { break };
            match (&self.its[k].kind, self.eo[k]) {
                // Ranked only here: most sentences hold no membership clause.
                (Kind::RecipGroup, _) => match self.seen_countries.both(self.eo, self.ents) {
                    Some(two) => found.extend(two),
                    None => return (Vec::new(), j),
                },
                (_, Some(e)) if self.member_like(e) => found.push(e),
                _ => return (Vec::new(), j),
            }
            j = self.its[k].toks.end;
            match d.lower(j) {
                "and" => j += 1,
                "," if d.lower(j + 1) == "and" => j += 2,
                "," => j += 1,
                _ => break,
            }
        }
        (found, j)
    }

    /// "which both countries belong to", "to which the union belongs", "of which both
    /// countries are members": the members.
    fn belonging(&self, (j, prep): (usize, Prep)) -> Vec<usize> {
        let d = self.doc;
        let (members, mut v) = self.members_from(j);
        // "which both also belong to".
        while matches!(d.lower(v), "also" | "all" | "both") {
            v += 1;
        }
        let stated = match prep {
            Prep::Of => {
                let copula = matches!(d.lower(v), "is" | "are" | "was" | "were");
                let noun = v + 1 + usize::from(matches!(d.lower(v + 1), "a" | "an"));
                copula && matches!(d.lower(noun), "member" | "members")
            }
            _ => {
                let belong = matches!(d.lower(v), "belong" | "belongs" | "belonged");
                belong && (prep == Prep::To || d.lower(v + 1) == "to")
            }
        };
        if stated && d.in_sent(self.s, v) {
            members
        } else {
            Vec::new()
        }
    }

    /// "which [together with X] form the Y": the body formed, with its item.
    fn forming(&self, (j, prep): (usize, Prep)) -> Option<(usize, usize)> {
        let d = self.doc;
        if prep != Prep::None {
            return None;
        }
        let mut v = j;
        if d.lower(v) == "together" && d.lower(v + 1) == "with" {
            v = self.members_from(v + 2).1;
            v += usize::from(d.word(v) == ",");
        }
        v += match d.lower(v) {
            "form" | "forms" | "formed" | "founded" => 1,
            "make" | "makes" | "made" if d.lower(v + 1) == "up" => 2,
            _ => return None,
        };
        v += usize::from(d.lower(v) == "the");
        let k = self.item_at(v)?;
        let o = self.eo[k].filter(|&e| self.org(e))?;
        d.in_sent(self.s, v).then_some((o, k))
    }

    /// "together with X and Y" right after "which": the other members.
    fn together_with(&self, (j, _): (usize, Prep)) -> Vec<usize> {
        let d = self.doc;
        if d.lower(j) == "together" && d.lower(j + 1) == "with" {
            self.members_from(j + 2).0
        } else {
            Vec::new()
        }
    }

    /// Item `k` with the names listed before it: "Mali, Niger and Chad".
    fn listed_before(&self, k: usize) -> Vec<usize> {
        let d = self.doc;
        let Some(last) = self.eo[k].filter(|&e| self.member_like(e)) else {
            return Vec::new();
        };
        let mut found = vec![last];
        let mut b = k;
        while b >= 1 {
            let start = self.its[b].toks.start;
            let prev = &self.its[b - 1];
            let joined = match prev.toks.end {
                e if e + 1 == start => matches!(d.lower(e), "and" | ","),
                e if e + 2 == start => d.word(e) == "," && d.lower(e + 1) == "and",
                _ => false,
            };
            match self.eo[b - 1].filter(|&e| joined && self.member_like(e)) {
                Some(e) => found.insert(0, e),
                None => break,
            }
            b -= 1;
        }
        found
    }
}
