//! Role relations and the simple coreference they need, sentence by sentence in text order.
//!
//! Patterns: "<Country|demonym|organisation> <title> <Name>" (Chilean President Ana Lind),
//! "<X>'s <title> <Name>", "<Name>, the <org> <title>", "<demonym> <leader>'s press secretary
//! <Name>" (spokesperson of the leader, when the article names one, else of the country),
//! "the A and B leaders, X and Y" (respectively), "<demonym> <nouns> <plural title|agent>"
//! (a group affiliated with the country), "X ... is/was part of Y", "<line> ... in <place>",
//! "X joined Y" / "X [and Z] are members of Y" / "both countries are members of Y", and
//! "<Title> <Name>" with no country named: a minister of the article's home country.
//! Coreference: "the <title>" and "the <org> <title>" join the person last given that title
//! (or a title of the same relation); he/she join the last person who was a subject.

use std::ops::Range;

use newsgraph_lexicon::Cue;
use newsgraph_model::{EntityKind, EntityType, RelationType};

use crate::descriptions;
use crate::doc::Doc;
use crate::entities::Entities;
use crate::named_countries::NamedCountries;
use crate::names::{Item, Kind};
use crate::text::lower_in;

/// An entity as it stands in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Actor {
    pub toks: Range<usize>,
    pub ent: usize,
    /// Used as a place here (a city, a region, or a country after "in").
    pub place: bool,
}

/// What the events step needs to know of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct View {
    pub actors: Vec<Actor>,
    /// Who the sentence reports as speaking, and the speech words.
    pub speaker: Option<Speaker>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Speaker {
    pub ent: usize,
    /// The speech words ("said", "according to").
    pub cue: Range<usize>,
    /// Where the speaker is named in the sentence.
    pub at: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Rel {
    pub subj: usize,
    pub pred: RelationType,
    pub obj: usize,
    pub sent: usize,
    pub toks: Range<usize>,
    /// Evidence outside any sentence's tokens (the dateline), as bytes.
    pub bytes: Option<(usize, usize)>,
    pub confidence: f32,
}

struct Titled {
    phrase: String,
    relation: RelationType,
    ent: usize,
    affil: Option<usize>,
}

/// "<demonym> <title>'s <title> <Name>": resolved once every title of the article is known.
struct Superior {
    subj: usize,
    relation: RelationType,
    phrase: String,
    affil: Option<usize>,
    sent: usize,
    toks: Range<usize>,
    superior_toks: Range<usize>,
}

pub(crate) fn analyse(
    doc: &Doc,
    items: &[Vec<Item>],
    ent_of: &mut [Vec<Option<usize>>],
    ents: &mut Entities,
    home: Option<usize>,
) -> (Vec<View>, Vec<Rel>) {
    let mut rels: Vec<Rel> = Vec::new();
    let mut views = Vec::new();
    let mut titled: Vec<Titled> = Vec::new();
    let mut pending: Vec<Superior> = Vec::new();
    let mut last_subject: Option<usize> = None;
    let mut seen_countries = NamedCountries::default();
    let described = described_offices(doc, items, ent_of);
    for (s, its) in items.iter().enumerate() {
        let eo = &mut ent_of[s];
        let is_person = |e: Option<usize>, ents: &Entities| {
            e.is_some_and(|e| ents.list[e].etype == EntityType::Person)
        };
        // he / she: the last subject, unless what is known of the person's gender
        // disagrees; then the person named last who agrees.
        for (k, it) in its.iter().enumerate() {
            if it.kind == Kind::Pronoun {
                let female = matches!(doc.lower(it.toks.start), "she" | "her");
                let at = doc.toks[it.toks.start].start;
                let agreeing = last_subject
                    .filter(|&p| ents.list[p].female != Some(!female))
                    .or_else(|| {
                        last_subject?;
                        latest_person_agreeing(ents, at, female)
                    });
                if let Some(p) = agreeing {
                    ents.list[p].female.get_or_insert(female);
                    eo[k] = Some(p);
                    ents.mention(
                        p,
                        doc.toks[it.toks.start].start,
                        doc.toks[it.toks.end - 1].end,
                        s,
                        false,
                    );
                }
            }
        }
        let adjacent = |a: &Item, b: &Item| a.toks.end == b.toks.start;
        for k in 0..its.len() {
            let Kind::Title {
                relation,
                plural,
                phrase,
            } = &its[k].kind
            else {
                continue;
            };
            let t = &its[k];
            // What the title is of: the item right before it, or before a possessive.
            let (affil_k, possessive) = match k.checked_sub(1).map(|j| (j, &its[j])) {
                Some((j, a)) if adjacent(a, t) => (Some(j), false),
                Some((j, a)) if a.toks.end + 1 == t.toks.start && possessive_mark(doc, a) => {
                    (Some(j), true)
                }
                // "Mali's transitional president, X", "the Union's peace and security
                // commissioner, X": a few lower-case words may qualify the office, but not
                // "former", which says it is no longer held.
                Some((j, a)) if qualified_possessive(doc, a.toks.end, t.toks.start) => {
                    (Some(j), true)
                }
                // "the Andean Community commission chairperson, X": the office of a body's
                // organ named by a lower-case word is the body's.
                Some((j, a))
                    if a.toks.end + 1 == t.toks.start
                        && doc.is_cue(a.toks.end, Cue::Org)
                        && doc.word(a.toks.end).starts_with(char::is_lowercase)
                        && eo[j]
                            .is_some_and(|e| ents.list[e].etype == EntityType::Organisation) =>
                {
                    (Some(j), false)
                }
                _ => (None, false),
            };
            let affil_is_title = affil_k.is_some_and(|j| matches!(its[j].kind, Kind::Title { .. }));
            // "Defence Minister X's spokesman, Y": a person's spokesman speaks for the
            // person; any other office is not held in a person.
            let affil = affil_k
                .filter(|_| !affil_is_title)
                .and_then(|j| eo[j])
                .filter(|&e| {
                    !matches!(ents.list[e].etype, EntityType::Person)
                        || possessive && *relation == RelationType::SpokespersonOf
                })
                // "Jakarta police chief X" leads the city's police, not the city.
                .filter(|&e| {
                    !(force_title(phrase) && ents.list[e].etype.kind() == EntityKind::Place)
                });
            // "Taipei's ambassador, X": a capital stands for its government (CONVENTIONS
            // R1), so a state's envoy or minister serves the country; "Kyiv's mayor" stays
            // the city's.
            let envoy =
                phrase.ends_with("minister") || phrase.ends_with("envoy") || phrase == "ambassador";
            let affil = affil.map(|e| {
                (possessive && envoy)
                    .then(|| descriptions::country_of(doc, ents, e))
                    .flatten()
                    .unwrap_or(e)
            });
            // "The country's foreign minister, X": the country named last.
            let countrys = affil_k.is_none()
                && t.toks.start >= 2
                && doc.is_s_mark(t.toks.start - 1)
                && matches!(doc.lower(t.toks.start - 2), "country" | "nation");
            let affil = affil.or_else(|| {
                countrys
                    .then(|| {
                        last_named(&eo[..k], |e| ents.list[e].etype == EntityType::Country)
                            .or_else(|| seen_countries.last())
                            .or(home)
                    })
                    .flatten()
            });
            // "Its spokesman, X" opening a sentence: the body the sentence before is about.
            // "Its economy spokesman, X": a lower-case word or two may name the office's field.
            let opener = doc.sents[s].toks.start;
            let opens_owned = affil_k.is_none()
                && (opener + 1..=opener + 3).contains(&t.toks.start)
                && (opener + 1..t.toks.start).all(|i| {
                    // Not "Its commission chairman": an organ's office is the organ's. A
                    // field that also ends company names ("energy") names no organ.
                    doc.is_word(i)
                        && doc.word(i).starts_with(char::is_lowercase)
                        && (!doc.is_cue(i, Cue::Org) || descriptions::ministry_field(doc.lower(i)))
                        && !matches!(doc.lower(i), "former" | "late" | "then" | "ex")
                });
            let opens_with_its = opens_owned && matches!(doc.lower(opener), "its" | "their");
            // "President X did not comment. His interior minister, Y, said": an office in
            // the government of the country the leader the pronoun points to heads.
            let affil = affil.or_else(|| {
                let his = opens_owned
                    && *relation == RelationType::OfficialOf
                    && matches!(doc.lower(opener), "his" | "her");
                let leader = last_subject.filter(|_| his)?;
                (rels.iter())
                    .find(|r| {
                        r.subj == leader
                            && r.pred == RelationType::LeaderOf
                            && ents.list[r.obj].etype == EntityType::Country
                    })
                    .map(|r| r.obj)
            });
            // "Debswana said sales slowed, its chief executive, X, said": inside a sentence,
            // the organisation the sentence named last.
            let inner_its = affil_k.is_none()
                && t.toks.start > doc.sents[s].toks.start + 1
                && doc.lower(t.toks.start - 1) == "its";
            let affil = affil.or_else(|| {
                inner_its
                    .then(|| {
                        last_named(&eo[..k], |e| ents.list[e].etype == EntityType::Organisation)
                    })
                    .flatten()
            });
            // "Hungary was represented by its foreign minister, X": a state's minister or
            // envoy, where the sentence names no organisation, serves the country it named.
            let affil = affil.or_else(|| {
                (inner_its && envoy)
                    .then(|| last_named(&eo[..k], |e| ents.list[e].etype == EntityType::Country))
                    .flatten()
            });
            // "Presidential spokesman X": the president the article names, else the
            // country.
            let presidential = *relation == RelationType::SpokespersonOf
                && t.toks.start > doc.sents[s].toks.start
                && doc.lower(t.toks.start - 1) == "presidential";
            let affil = affil.or_else(|| {
                presidential
                    .then(|| {
                        (titled.iter().rev())
                            .find(|x| x.phrase == "president")
                            .map(|x| x.ent)
                            .or(home)
                    })
                    .flatten()
            });
            // "Spokesman X told reporters" opening a sentence, with no body named: the
            // spokesman of the body the sentence before is about ("Ethiopia accused ...,
            // the government spokesman said.").
            let bare_spokesman = affil_k.is_none()
                && *relation == RelationType::SpokespersonOf
                && t.toks.start == doc.sents[s].toks.start
                && s > 0;
            // "Some villages were cut off, its director general, X, said": where the
            // sentence names no body before the comma and "its", the body the sentence
            // before is about. A body word the entities missed ("the ombudsman's office
            // said ..., its head") or a relative's antecedent ("the opposition, which its
            // leader denied") is the sentence's own.
            let first = doc.sents[s].toks.start;
            let unowned_its = inner_its
                && s > 0
                && doc.word(t.toks.start - 2) == ","
                && !(first..t.toks.start).any(|i| doc.is_cue(i, Cue::Org))
                && !eo[..k].iter().flatten().any(|&e| {
                    matches!(
                        ents.list[e].etype,
                        EntityType::Country | EntityType::Organisation | EntityType::Group
                    )
                });
            let affil = affil.or_else(|| {
                (opens_with_its || bare_spokesman || unowned_its)
                    .then(|| {
                        // "Its" stands for one body, never for people named by a plural
                        // ("residents", "members of X") the sentence before opens with.
                        let one = doc.lower(opener) == "its" || unowned_its;
                        let before = one.then(|| doc.sents[s - 1].toks.start);
                        views.last().and_then(|v: &View| {
                            let cites = opens_with_its || unowned_its;
                            (cites.then(|| cited_body(v, ents)).flatten()).or_else(|| {
                                let led = *relation == RelationType::LeaderOf;
                                subject_body(doc, v, ents, one, before, led)
                            })
                        })
                    })
                    .flatten()
            });
            // "her spokesman X": the spokesman of the person she is, named in the sentence
            // (a person whose gender is not known yet counts).
            let pronoun = t.toks.start > doc.sents[s].toks.start
                && matches!(doc.lower(t.toks.start - 1), "his" | "her");
            let affil = affil.or_else(|| {
                (affil_k.is_none() && pronoun && *relation == RelationType::SpokespersonOf)
                    .then(|| {
                        let female = doc.lower(t.toks.start - 1) == "her";
                        last_named(&eo[..k], |e| {
                            ents.list[e].etype == EntityType::Person
                                && ents.list[e].female != Some(!female)
                        })
                    })
                    .flatten()
            });
            // "Boakai suspended dozens of officials. His spokesman, X, said": opening the
            // sentence, the pronoun points back to the person "he" would stand for.
            let affil = affil.or_else(|| {
                let opens = affil_k.is_none()
                    && pronoun
                    && t.toks.start == opener + 1
                    && *relation == RelationType::SpokespersonOf;
                if !opens {
                    return None;
                }
                let female = doc.lower(opener) == "her";
                last_subject
                    .filter(|&p| ents.list[p].female != Some(!female))
                    .or_else(|| latest_person_agreeing(ents, doc.toks[opener].start, female))
            });
            // "Uganda denied it, spokeswoman X told reporters": the body the clause
            // before the comma is about.
            let after_clause = affil_k.is_none()
                && *relation == RelationType::SpokespersonOf
                && t.toks.start > doc.sents[s].toks.start
                && doc.word(t.toks.start - 1) == ","
                && doc.word(t.toks.start).starts_with(char::is_lowercase);
            let affil = affil.or_else(|| {
                after_clause
                    .then(|| {
                        (eo[..k].iter().flatten().copied()).find(|&e| {
                            matches!(
                                ents.list[e].etype,
                                EntityType::Country | EntityType::Organisation
                            )
                        })
                    })
                    .flatten()
            });
            // The holder: the person right after the title (a comma may stand between).
            let holder_k = its.get(k + 1).and_then(|n| {
                let gap = n.toks.start - t.toks.end;
                let ok = gap == 0 || (gap == 1 && doc.word(t.toks.end) == ",");
                (ok && is_person(eo[k + 1], ents)).then_some(k + 1)
            });
            // "Niger's leader, General X": after the comma the holder's own rank may come
            // first; so it may right after a capitalised title ("Interior Minister General
            // X", "President Captain X"), the rank being the holder's, not the office's.
            let holder_k = holder_k.or_else(|| {
                if doc.word(t.toks.end) == "," {
                    let at = t.toks.end + 1;
                    return apposed_holder_from(doc, its, eo, ents, k + 1, at)
                        .or_else(|| described_holder(doc, its, eo, ents, (k + 1, at)));
                }
                let ranked = doc.word(t.toks.start).starts_with(char::is_uppercase)
                    && crate::names::rank_word(doc, t.toks.end);
                ranked
                    .then(|| holder_from(doc, its, eo, ents, k + 1, t.toks.end))
                    .flatten()
            });
            // "the UN envoy for Sudan, Miriam Adeyemi": past the title's own complement.
            // "the president of the commission, X": the body after "of" is what the title
            // is of, when nothing before the title says.
            let mut of_body = None;
            let holder_k = holder_k.or_else(|| {
                let c = its.get(k + 1)?;
                // "a spokeswoman for China's Taiwan Affairs Office, X": the body the country
                // owns is what the title is of; the country is only its owner.
                let bk = match its.get(k + 2) {
                    Some(b)
                        if matches!(c.kind, Kind::Country(_))
                            && doc.is_s_mark(c.toks.end)
                            && b.toks.start == c.toks.end + 1
                            && eo[k + 2].is_some_and(|e| {
                                ents.list[e].etype == EntityType::Organisation
                            }) =>
                    {
                        k + 2
                    }
                    _ => k + 1,
                };
                let body = &its[bk];
                // "the secretary of the X Commission (XC), Y": past the body's acronym.
                let acronym = its.get(bk + 1).filter(|a| {
                    a.toks.start == body.toks.end + 1
                        && doc.word(body.toks.end) == "("
                        && doc.word(a.toks.end) == ")"
                        && eo[bk + 1] == eo[bk]
                });
                let (c_end, nk) = match acronym {
                    Some(a) => (a.toks.end + 1, bk + 2),
                    None => (body.toks.end, bk + 1),
                };
                let n = its.get(nk)?;
                // "The head of the mission, Slovak lawmaker X": past the holder's own
                // nationality, office and rank.
                let skipped = (doc.word(c_end) == ",")
                    .then(|| apposed_holder_from(doc, its, eo, ents, nk, c_end + 1))
                    .flatten();
                let prep = doc.lower(t.toks.end);
                let the = usize::from(doc.lower(t.toks.end + 1) == "the");
                // "chief negotiator with the EU, X" too.
                // "director of the state water company Hidrosur": a company noun may stand
                // before the body's name.
                let lead = t.toks.end + 1 + the;
                let described = c.toks.start > lead
                    && c.toks.start <= lead + 3
                    && (lead..c.toks.start)
                        .all(|i| doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase))
                    && crate::names::COMPANY_NOUNS.contains(&doc.word(c.toks.start - 1));
                let complement = (c.toks.start == lead || described)
                    && matches!(prep, "for" | "to" | "in" | "on" | "of" | "with")
                    && !is_person(eo[k + 1], ents);
                let comma =
                    skipped.is_some() || n.toks.start == c_end + 1 && doc.word(c_end) == ",";
                let nk = skipped.unwrap_or(nk);
                let found = complement && comma && is_person(eo[nk], ents);
                // "a spokeswoman for the foreign ministry, X" speaks for it.
                // Not "for the Tajik border troops": a nationality is not the body.
                let speaks_for = prep == "for"
                    && *relation == RelationType::SpokespersonOf
                    && !matches!(c.kind, Kind::Demonym(_));
                if found && (prep == "of" || speaks_for) {
                    of_body = eo[bk];
                }
                found.then_some(nk)
            });
            // "Namibia's minister of agriculture, water and land reform, X": the office's
            // field in lower-case words and commas, then its holder.
            let holder_k = holder_k.or_else(|| {
                let n = its.get(k + 1)?;
                let field = t.toks.end + 1..n.toks.start - 1;
                let listed = doc.lower(t.toks.end) == "of"
                    && (1..=8).contains(&field.len())
                    && doc.word(n.toks.start - 1) == ","
                    && doc.word(field.start).starts_with(char::is_lowercase)
                    && doc.lower(field.start) != "the"
                    && field.clone().all(|i| {
                        doc.word(i) == ","
                            || doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase)
                    });
                (listed && is_person(eo[k + 1], ents)).then_some(k + 1)
            });
            // "Opposition leader X of the Union for Change party", "Foreign Minister X of
            // Kuwait": the body or country after the holder's name.
            let of_after = holder_k
                .filter(|&h| h == k + 1 && doc.lower(its[h].toks.end) == "of")
                .and_then(|h| {
                    let at = its[h].toks.end + 1;
                    let at = at + usize::from(doc.lower(at) == "the");
                    (its.iter().zip(eo.iter()))
                        .skip(h + 1)
                        .find(|(o, _)| o.toks.start == at)
                        .and_then(|(_, e)| *e)
                })
                // A country only for a government's offices: "General X of Kyrgyzstan" is
                // a rank, not an office of the state.
                .filter(|&e| match ents.list[e].etype {
                    EntityType::Organisation => true,
                    EntityType::Country => {
                        phrase.ends_with("minister")
                            || matches!(phrase.as_str(), "president" | "prime minister" | "premier")
                    }
                    _ => false,
                });
            let from_after = affil.is_none() && of_body.is_none() && of_after.is_some();
            let affil = affil.or(of_body).or(of_after);
            // An opposition leader "of the X party" leads that party.
            let led = RelationType::LeaderOf;
            // "Its commander, X", "the group's commander, X": the one commander a body has
            // leads it; "a battalion commander" holds an office in it.
            let owned_command = phrase == "commander"
                && doc.word(t.toks.end) == ","
                && t.toks.start > 0
                && matches!(doc.lower(t.toks.start - 1), "its" | "'s" | "'");
            let relation = if from_after && phrase.ends_with("leader") || owned_command {
                &led
            } else {
                relation
            };
            if *plural {
                continue;
            }
            // "Former President X", "ex-minister X": an office no longer held; so is "former
            // Samoan minister X" and "former Supreme Court judge X", the word standing
            // before the nationality or the body the office is in, and "a bill
            // which then President X withdrew", held then and not now ("and then President
            // X flew" tells what came next).
            let qualified = affil_k
                .filter(|&j| {
                    !possessive && (matches!(its[j].kind, Kind::Demonym(_)) || eo[j].is_some())
                })
                .map_or(t.toks.start, |j| its[j].toks.start);
            let first = doc.sents[s].toks.start;
            let then_held = qualified > first + 1
                && doc.lower(qualified - 1) == "then"
                && !matches!(doc.lower(qualified - 2), "and" | "," | "but");
            let former = qualified > first
                && matches!(doc.lower(qualified - 1), "former" | "ex" | "ex-" | "late")
                || then_held;
            // "In Paris, the minister for overseas territories, X": a capital opening the
            // sentence tells whose minister the one set off after it is, even when the
            // portfolio names another land or the story is told from elsewhere.
            let seat_country = (*relation == RelationType::OfficialOf
                && affil_k.is_none()
                && phrase.split(' ').any(|w| w == "minister")
                && doc.word(t.toks.end) == ",")
                .then(|| opening_capital(doc, s, its, eo, ents, t.toks.start))
                .flatten();
            match holder_k {
                Some(_) if former => {}
                Some(h) => {
                    let subj = eo[h].unwrap_or_default();
                    let start = affil_k.map(|j| its[j].toks.start).unwrap_or(t.toks.start);
                    let span = start..its[h].toks.end;
                    let mut held = affil;
                    if affil_is_title && possessive {
                        let j = affil_k.unwrap_or(k);
                        let Kind::Title { phrase: sup, .. } = &its[j].kind else {
                            continue;
                        };
                        let sup_affil = j
                            .checked_sub(1)
                            .filter(|&i| adjacent(&its[i], &its[j]))
                            .and_then(|i| eo[i]);
                        let sup_start = j
                            .checked_sub(1)
                            .filter(|&i| adjacent(&its[i], &its[j]))
                            .map(|i| its[i].toks.start)
                            .unwrap_or(its[j].toks.start);
                        pending.push(Superior {
                            subj,
                            relation: *relation,
                            phrase: sup.clone(),
                            affil: sup_affil,
                            sent: s,
                            toks: sup_start..its[h].toks.end,
                            superior_toks: sup_start..its[j].toks.end,
                        });
                    } else if let Some(a) = affil {
                        push_rel(&mut rels, subj, *relation, a, s, span, 0.8);
                    } else if let Some(c) = matches!(phrase.as_str(), "judge" | "magistrate")
                        .then(|| {
                            // "Judge X said": a judge of the court the story named before,
                            // whatever word ends its name ("Criminal Court C", "the Court
                            // for the Repression of ...").
                            let at = doc.toks[t.toks.start].start;
                            ents.latest_mentioned(|_, e| named_court(e), |m| m.start < at)
                        })
                        .flatten()
                        // "The court's president, Judge X": the office the title before
                        // the comma gives is the one held on that court.
                        .filter(|_| {
                            !(k > 0
                                && matches!(its[k - 1].kind, Kind::Title { .. })
                                && its[k - 1].toks.end + 1 == t.toks.start
                                && doc.word(its[k - 1].toks.end) == ",")
                        })
                    {
                        push_rel(&mut rels, subj, *relation, c, s, span, 0.5);
                        held = Some(c);
                    } else if let Some(b) = (phrase == "governor" && affil_k.is_none())
                        .then(|| governed_bank(doc, ents, doc.toks[t.toks.start].start))
                        .flatten()
                    {
                        // "Governor X said" in a story about a central bank: its governor.
                        push_rel(&mut rels, subj, *relation, b, s, span, 0.5);
                        held = Some(b);
                    } else if let Some(c) = (phrase == "ambassador" && affil_k.is_none())
                        .then(|| recalling_country(doc, ents, t.toks.start))
                        .flatten()
                    {
                        // "Kuwait recalled its ambassador ... Ambassador X left": the envoy
                        // of the country that called its own ambassador home.
                        push_rel(&mut rels, subj, *relation, c, s, span, 0.5);
                        held = Some(c);
                    } else if let Some(h) = (described.iter().rev())
                        .find(|(ds, p, _)| *ds < s && p == phrase)
                        .map(|&(_, _, c)| c)
                        .or(seat_country)
                        .or(home)
                        .filter(|&h| {
                            if seat_country == Some(h) {
                                return true;
                            }
                            // "Interior Minister X" with no country named: a minister of the
                            // country the article reports from, or of the country an earlier
                            // sentence gave the office ("a visit by a Kenyan president").
                            // So is "President X": the head of that country.
                            // "Chancellor X" heads the government where the office
                            // is so named (Germany, Austria).
                            let head_of_state = *relation == RelationType::LeaderOf
                                && matches!(
                                    phrase.as_str(),
                                    "president" | "prime minister" | "premier" | "chancellor"
                                );
                            // "Foreign Secretary X", "Home Secretary X" and "Secretary of
                            // State X" are ministers too.
                            let minister = phrase.ends_with("minister")
                                || phrase.ends_with(" secretary") && phrase != "press secretary"
                                || phrase == "secretary of state";
                            // "the attorney general, X", "Governor-General X": an office
                            // only a state has.
                            let national = matches!(
                                phrase.as_str(),
                                "attorney general" | "prosecutor general" | "governor-general"
                            ) && !matches!(
                                doc.lower(t.toks.start.saturating_sub(1)),
                                "former" | "ex" | "late" | "then"
                            );
                            // "the housing minister, X" with no country named: a
                            // minister of that same country, as "Housing Minister X" is;
                            // not one who left "together with" another, nor a "minister
                            // for overseas territories" (another seat's office).
                            let apposed = t.toks.start > doc.sents[s].toks.start + 1
                                && doc.lower(t.toks.start - 1) == "the"
                                && doc.lower(t.toks.start - 2) != "with"
                                && doc.word(t.toks.end) == ","
                                && !phrase.contains(" for ");
                            affil_k.is_none()
                                && ((*relation == RelationType::OfficialOf && minister
                                    || head_of_state)
                                    && doc.word(t.toks.start).starts_with(char::is_uppercase)
                                    || *relation == RelationType::OfficialOf && minister && apposed
                                    || national)
                        })
                    {
                        // "Myanmar's representative, Deputy Foreign Minister X": the country
                        // the apposition before names, not the story's.
                        let owner = possessive_before_comma(doc, s, its, eo, ents, t.toks.start);
                        push_rel(&mut rels, subj, *relation, owner.unwrap_or(h), s, span, 0.5);
                        // "his Nepali counterpart" later in the sentence holds the same
                        // office for another country.
                        held = Some(owner.unwrap_or(h));
                    }
                    titled.push(Titled {
                        phrase: phrase.clone(),
                        relation: *relation,
                        ent: subj,
                        affil: held,
                    });
                }
                None => {
                    // "the ministry spokesman", "the Pentagon spokesman": someone named before.
                    let mut first = affil_k
                        .filter(|_| !affil_is_title)
                        .map(|j| its[j].toks.start)
                        .unwrap_or(t.toks.start);
                    let mut k2 = first;
                    while k2 > 0
                        && first - k2 < 2
                        && doc.in_sent(s, k2 - 1)
                        && doc.word(k2 - 1).chars().all(char::is_lowercase)
                        && doc.lower(k2 - 1) != "the"
                    {
                        k2 -= 1;
                    }
                    if k2 < first && k2 > 0 && doc.lower(k2 - 1) == "the" {
                        first = k2;
                    }
                    let definite =
                        first > 0 && doc.in_sent(s, first - 1) && doc.lower(first - 1) == "the";
                    let followed_by_possessive = doc.is_s_mark(t.toks.end);
                    // "John Mwangi, the leader of the Green Party": an apposition describes the
                    // person just named, not an earlier holder of the same title.
                    let opening = first - usize::from(definite);
                    let apposed = opening >= 1
                        && doc.word(opening - 1) == ","
                        && (its[..k].iter().zip(&eo[..k]))
                            .any(|(it, &e)| it.toks.end + 1 == opening && is_person(e, ents));
                    if !(definite || possessive) || followed_by_possessive || apposed {
                        continue;
                    }
                    let found = titled
                        .iter()
                        .rev()
                        .find(|x| x.phrase == *phrase)
                        // "the minister" after "Foreign Minister X", "the press secretary"
                        // after "spokesman X", but not "the army chief" after "Prime
                        // Minister X": offices other than speaking need the same head noun.
                        .or_else(|| {
                            let head = |t: &str| t.rsplit(' ').next().map(str::to_string);
                            titled.iter().rev().find(|x| {
                                x.relation == *relation
                                    && (*relation == RelationType::SpokespersonOf
                                        || head(&x.phrase) == head(phrase))
                            })
                        })
                        .filter(|x| {
                            affil.is_none()
                                || x.affil.is_none()
                                || x.affil == affil
                                || relation == &RelationType::SpokespersonOf
                        });
                    if let Some(x) = found {
                        let who = x.ent;
                        eo[k] = Some(who);
                        ents.mention(
                            who,
                            doc.toks[first].start,
                            doc.toks[t.toks.end - 1].end,
                            s,
                            false,
                        );
                        if let Some(a) = affil.filter(|&a| a != who) {
                            push_rel(&mut rels, who, *relation, a, s, first..t.toks.end, 0.7);
                        }
                    }
                }
            }
        }
        appositions(doc, s, its, eo, ents, &mut rels, &mut titled, home);
        demonym_people(doc, s, its, eo, ents, &mut rels);
        counterparts(doc, s, its, eo, ents, &mut rels, &mut titled);
        respectively(doc, s, its, eo, ents, &mut rels, &mut titled);
        crate::shared_titles::each_of(doc, s, its, eo, ents, &mut rels);
        let groups = groups(doc, s, its, eo, ents, &mut rels);
        // "X, a spokesman for the Chadian armed forces": a nationality's forces, once made
        // a body here, are what the spokesman speaks for; the appositions step, which runs
        // before the body exists, left them out so as not to give him the country.
        for g in &groups {
            descriptions::title_of_body(doc, s, its, eo, ents, g.ent, &g.toks, &mut rels);
        }
        part_of(doc, s, its, eo, ents, &mut rels);
        member_of(doc, s, its, eo, ents, &mut rels, &seen_countries);
        crate::member_clauses::Clauses {
            doc,
            s,
            its,
            eo,
            ents,
            seen_countries: &seen_countries,
        }
        .relations(&mut rels);
        seen_countries.note(doc, its, eo, ents);
        located_in_line(doc, s, its, eo, ents, &mut rels);

        let mut actors: Vec<Actor> = Vec::new();
        for (k, it) in its.iter().enumerate() {
            let Some(e) = eo[k] else { continue };
            if matches!(it.kind, Kind::Demonym(_))
                || groups
                    .iter()
                    .any(|g| g.toks.start <= it.toks.start && it.toks.end <= g.toks.end)
            {
                continue;
            }
            let etype = ents.list[e].etype;
            let place = etype.kind() == newsgraph_model::EntityKind::Place
                || (matches!(etype, EntityType::Country | EntityType::Polity)
                    && after_place_prep(doc, s, it.toks.start));
            actors.push(Actor {
                toks: it.toks.clone(),
                ent: e,
                place,
            });
        }
        actors.extend(groups);
        for a in &actors {
            note_gender(doc, s, a, ents);
        }
        let described = descriptions::find(doc, s, its, eo, &actors, ents, home, &mut rels);
        actors.extend(described);
        actors.sort_by_key(|a| (a.toks.start, a.toks.end));
        located_by_in(doc, s, &actors, ents, &mut rels);
        forces_in(doc, &actors, ents, s, &mut rels);
        crate::groups::one_of(doc, s, its, eo, &actors, ents, &mut rels);
        let speaker = speaker(doc, s, &actors, ents);
        // The subject later pronouns point to: the speaker, else the first person.
        let main_start = if doc.lower(doc.sents[s].toks.start) == "according" {
            (doc.sents[s].toks.clone())
                .find(|&i| doc.word(i) == ",")
                .unwrap_or(doc.sents[s].toks.start)
        } else {
            doc.sents[s].toks.start
        };
        let first_person = actors
            .iter()
            .find(|a| {
                a.toks.start >= main_start
                    && ents.list[a.ent].etype == EntityType::Person
                    && !doc.is_quoted(a.toks.start)
            })
            .map(|a| a.ent);
        let speaker_person = speaker
            .as_ref()
            .map(|x| x.ent)
            .filter(|&e| ents.list[e].etype == EntityType::Person);
        let according = doc.lower(doc.sents[s].toks.start) == "according";
        if let Some(p) = if according {
            first_person.or(speaker_person)
        } else {
            speaker_person.or(first_person)
        } {
            last_subject = Some(p);
        }
        views.push(View { actors, speaker });
    }
    for p in pending {
        let holder = titled
            .iter()
            .find(|x| x.phrase == p.phrase && x.affil == p.affil && x.ent != p.subj)
            .or_else(|| {
                titled
                    .iter()
                    .find(|x| x.phrase == p.phrase && x.ent != p.subj && p.affil.is_none())
            });
        match (holder, p.affil) {
            (Some(h), _) => {
                let who = h.ent;
                let (a, b) = (
                    doc.toks[p.superior_toks.start].start,
                    doc.toks[p.superior_toks.end - 1].end,
                );
                ents.mention(who, a, b, p.sent, false);
                push_rel(&mut rels, p.subj, p.relation, who, p.sent, p.toks, 0.7);
            }
            (None, Some(a)) => push_rel(&mut rels, p.subj, p.relation, a, p.sent, p.toks, 0.6),
            (None, None) => {}
        }
    }
    (views, rels)
}

/// `holder_from` for a holder set off by a comma after the title: past a rank or office, the
/// name must close the apposition too ("Chad's leader, General X, declared"). Unclosed, the
/// comma ended an opening phrase and the name is the clause's subject: "According to the
/// army's spokesman, President X has not called".
pub(crate) fn apposed_holder_from(
    doc: &Doc,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    j: usize,
    at: usize,
) -> Option<usize> {
    let h = holder_from(doc, its, eo, ents, j, at)?;
    let end = its[h].toks.end;
    let closed = its[h].toks.start == at
        || end >= doc.toks.len()
        || matches!(
            doc.word(end),
            "," | "." | ";" | ")" | "\"" | "”" | "—" | "–"
        );
    closed.then_some(h)
}

/// "Its president, the former minister X", "Its head, Grenadian lawyer X": after the
/// comma a few lower-case words describing the holder (no verb, no clause word) may stand
/// before the name, with the holder's nationality. `from` is the first item and token past
/// the comma.
fn described_holder(
    doc: &Doc,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    from: (usize, usize),
) -> Option<usize> {
    let (mut j, mut at) = from;
    let mut words = 0;
    loop {
        let next = its.get(j)?;
        if next.toks.start == at && matches!(next.kind, Kind::Demonym(_)) {
            at = next.toks.end;
            j += 1;
        } else if next.toks.start > at
            && words < 3
            && doc.is_word(at)
            && doc.word(at).starts_with(char::is_lowercase)
            && !finite_verb(doc, at)
            && !matches!(
                doc.lower(at),
                "and" | "or" | "of" | "in" | "for" | "to" | "who" | "which" | "whose" | "that"
            )
        {
            at += 1;
            words += 1;
        } else {
            break;
        }
    }
    if words == 0 {
        return None;
    }
    apposed_holder_from(doc, its, eo, ents, j, at)
}

/// The person item that starts at token `at` with item `j`, past the nationality and rank
/// or office that may stand before the name ("General X", "Slovak lawmaker X").
pub(crate) fn holder_from(
    doc: &Doc,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    mut j: usize,
    mut at: usize,
) -> Option<usize> {
    loop {
        if let Some(o) = its.get(j).filter(|o| {
            o.toks.start == at
                && matches!(o.kind, Kind::Demonym(_) | Kind::Title { plural: false, .. })
        }) {
            at = o.toks.end;
            j += 1;
        } else if its.get(j).is_some_and(|o| o.toks.start > at) && crate::names::rank_word(doc, at)
        {
            // "Major X": the names step leaves a rank out of every item.
            at += 1;
        } else {
            break;
        }
    }
    let person = eo.get(j).copied().flatten()?;
    (its[j].toks.start == at && ents.list[person].etype == EntityType::Person).then_some(j)
}

/// The country a sentence before token `at` says recalled or sent "its ambassador": the
/// country that sentence named last before the pronoun.
fn recalling_country(doc: &Doc, ents: &Entities, at: usize) -> Option<usize> {
    let i = (1..at)
        .rev()
        .find(|&i| doc.lower(i - 1) == "its" && doc.lower(i) == "ambassador")?
        - 1;
    let s = doc.sents.iter().position(|x| x.toks.contains(&i))?;
    let before = doc.toks[i].start;
    ents.latest_mentioned(
        |_, e| e.etype == EntityType::Country,
        |m| m.sent == s && m.end <= before,
    )
}

/// The central bank the story named last before byte `at`, unless a region was named since:
/// a region's governor is the governor the story means then.
pub(crate) fn governed_bank(doc: &Doc, ents: &Entities, at: usize) -> Option<usize> {
    let bank = |e: &crate::entities::Ent| {
        // "the monetary policy committee of the Central Bank of Egypt" is the bank's organ,
        // which its governor does not head: an owned body is a bank by its own noun only.
        let organ = (e.key.strip_prefix("org:owned:"))
            .is_some_and(|k| !k.rsplit(':').next().unwrap_or("").contains("bank"));
        // The dictionary capitalises the "Of" ("Bank Of Central African States") and
        // lists commercial lenders ("Bank Of America") with a company's code.
        let opens = |p: &str| (e.label.get(..p.len())).is_some_and(|h| h.eq_ignore_ascii_case(p));
        let company = (e.key.strip_prefix("actor:"))
            .and_then(|c| doc.lex.actor(c))
            .is_some_and(|a| a.code.starts_with("MNC"));
        e.etype == EntityType::Organisation
            && !organ
            && !company
            && (descriptions::has_words(&e.label, "central bank")
                || descriptions::has_words(&e.label, "reserve bank")
                || opens("bank of ")
                || opens("national bank of "))
    };
    let latest = ents.latest_mentioned(
        |_, e| bank(e) || e.etype == EntityType::Region,
        |m| m.end <= at,
    )?;
    if !bank(&ents.list[latest]) {
        return None;
    }
    // "The Saudi and Qatari central banks made identical cuts. Governor X said": a story
    // names other banks in passing, its own one most; ties keep the one named last.
    let before = |e: &crate::entities::Ent| e.mentions.iter().filter(|m| m.end <= at).count();
    let latest_named = before(&ents.list[latest]);
    (ents.list.iter().enumerate())
        .filter(|(_, e)| bank(e))
        .map(|(i, e)| (before(e), i))
        .filter(|&(named, _)| named > latest_named)
        .max_by_key(|&(named, _)| named)
        .map(|(_, i)| i)
        .or(Some(latest))
}

/// The entity named last among a sentence's items `before` that `fits`.
fn last_named(before: &[Option<usize>], fits: impl Fn(usize) -> bool) -> Option<usize> {
    before.iter().rev().flatten().copied().find(|&e| fits(e))
}

/// "Kenya's", and "the Philippines'" with the bare apostrophe of a name ending in s.
fn possessive_mark(doc: &Doc, a: &Item) -> bool {
    match doc.lower(a.toks.end) {
        "'s" => true,
        "'" => doc.word(a.toks.end - 1).ends_with('s'),
        _ => false,
    }
}

/// Whether the words between a possessive "'s" at token `pos` and a title at `title` are
/// one to four lower-case qualifiers of the office ("transitional", "peace and security").
fn qualified_possessive(doc: &Doc, pos: usize, title: usize) -> bool {
    let mark = match doc.lower(pos) {
        "'s" => true,
        "'" => pos > 0 && doc.word(pos - 1).ends_with('s'),
        _ => false,
    };
    mark && title > pos + 1
        && title <= pos + 5
        && (pos + 1..title).all(|i| {
            let w = doc.lower(i);
            // "Kenya's parliament speaker": the office is the body's, not the country's.
            doc.is_word(i)
                && doc.word(i).starts_with(char::is_lowercase)
                && !doc.lex.is_cue(w, Cue::Org)
                && !matches!(
                    w,
                    "former" | "late" | "then" | "ex" | "the" | "a" | "an" | "of" | "who"
                )
                && (w != "and" || i > pos + 1)
        })
}

/// "Myanmar's representative, Deputy Foreign Minister X": the country named with a
/// possessive in the phrase that stands, with a comma, right before the title at `title`.
fn possessive_before_comma(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    title: usize,
) -> Option<usize> {
    let first = doc.sents[s].toks.start;
    if title < first + 3 || doc.word(title - 1) != "," {
        return None;
    }
    let comma = title - 1;
    // The phrase before the comma: back to the sentence start or the comma before.
    let open = (first..comma).rev().find(|&i| doc.word(i) == ",");
    let from = open.map_or(first, |c| c + 1);
    if comma - from > 6 {
        return None;
    }
    its.iter().zip(eo).find_map(|(it, e)| {
        let e = (*e)?;
        (it.toks.start >= from
            && it.toks.end < comma
            && doc.is_s_mark(it.toks.end)
            && ents.list[e].etype == EntityType::Country)
            .then_some(e)
    })
}

/// Words right before a name, or in the apposition right after it, that tell the person's
/// gender: true for a woman.
fn gender_word(w: &str) -> Option<bool> {
    match w {
        "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "policewoman"
        | "stateswoman" | "mrs" | "mrs." | "ms" | "ms." | "madam" | "madame" | "queen"
        | "princess" | "baroness" | "duchess" | "countess" | "widow" | "wife" | "mother"
        | "daughter" | "sister" | "woman" | "actress" => Some(true),
        "spokesman" | "chairman" | "congressman" | "businessman" | "policeman" | "statesman"
        | "mr" | "mr." | "king" | "prince" | "sheikh" | "husband" | "father" | "son"
        | "brother" | "man" => Some(false),
        _ => None,
    }
}

/// Records a person's gender from their given name or the words around this mention.
fn note_gender(doc: &Doc, s: usize, a: &Actor, ents: &mut Entities) {
    let ent = &ents.list[a.ent];
    if ent.etype != EntityType::Person || ent.female.is_some() {
        return;
    }
    let by_name = (ent.label.split_whitespace())
        .next()
        .and_then(|w| doc.lex.given_name_female(w));
    let r = doc.sents[s].toks.clone();
    let before = (a.toks.start.saturating_sub(3).max(r.start)..a.toks.start)
        .rev()
        .find_map(|i| gender_word(doc.lower(i)));
    let after = (doc.word(a.toks.end) == ",")
        .then(|| {
            (a.toks.end + 1..(a.toks.end + 6).min(r.end))
                .take_while(|&i| doc.word(i) != ",")
                .find_map(|i| gender_word(doc.lower(i)))
        })
        .flatten();
    ents.list[a.ent].female = by_name.or(before).or(after);
}

/// The person most recently mentioned before byte `at` whose gender is known to agree with
/// a "she" (`female`) or "he".
fn latest_person_agreeing(ents: &Entities, at: usize, female: bool) -> Option<usize> {
    ents.latest_mentioned(
        |_, e| e.etype == EntityType::Person && e.female == Some(female),
        |m| m.end <= at,
    )
}

/// The body a sentence is about: its first actor that is a country, organisation or group
/// (the longest mention where several start together: "China's foreign ministry"). A
/// country that only owns the next body is not it: "Suriname's opposition National
/// Democratic Party criticised ..." is about the party.
/// With `one`, a group named by a plural noun ("residents", "Peruvians") is not it.
/// "Officers searched the agency, according to the prosecutor's office. Its spokeswoman,
/// X, said": the organisation the sentence before cites is the one "its" speaks for again.
fn cited_body(v: &View, ents: &Entities) -> Option<usize> {
    v.speaker.as_ref().map(|sp| sp.ent).filter(|&e| {
        ents.list[e].etype == EntityType::Organisation
            && v.actors.iter().any(|a| a.ent == e && !a.place)
    })
}

/// With `opening`, the start of the sentence the body must open (after a leading phrase set
/// off by a comma and a determiner or lower-case word or two).
fn subject_body(
    doc: &Doc,
    v: &View,
    ents: &Entities,
    one: bool,
    opening: Option<usize>,
    led: bool,
) -> Option<usize> {
    // Bodies described by a common noun share the "group:" keys ("the foreign ministry").
    let plural = |e: usize| {
        let key = &ents.list[e].key;
        ents.list[e].etype == EntityType::Group
            && (key.starts_with("group:") || key.starts_with("nationals:"))
    };
    // "Its chief, X" after "the money came from the European Union's fund": a body named
    // in passing is not what the sentence is about; its subject or a passive's agent is.
    let about = |a: &Actor| opening.is_none_or(|open| opens_clause(doc, open, a.toks.start));
    // A body its head's possessive names ("Boakai's government") has its leader already.
    let aside = |a: &Actor| a.place || one && plural(a.ent) || led && person_owned(doc, ents, a);
    let body = |a: &&Actor| {
        matches!(
            ents.list[a.ent].etype,
            EntityType::Country | EntityType::Organisation | EntityType::Group
        ) && !aside(a)
    };
    let first = v
        .actors
        .iter()
        .filter(body)
        .filter(|a| about(a))
        .map(|a| a.toks.start)
        .min()?;
    let head = v
        .actors
        .iter()
        .filter(body)
        .filter(|a| a.toks.start == first)
        .max_by_key(|a| a.toks.end)?;
    let owner = ents.list[head.ent].etype == EntityType::Country && doc.is_s_mark(head.toks.end);
    // A lower-case word or two may stand between owner and body ("opposition", "ruling").
    let owned = v.actors.iter().filter(body).find(|a| {
        a.ent != head.ent
            && ((head.toks.end + 1..=head.toks.end + 3).contains(&a.toks.start)
                && (head.toks.end + 1..a.toks.start)
                    .all(|i| doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase))
                || described_apposition(doc, head.toks.end + 1, a.toks.start))
    });
    match owned {
        Some(a) if owner && ents.list[a.ent].etype == EntityType::Organisation => Some(a.ent),
        _ => Some(head.ent),
    }
}

/// Whether the actor is a body named by its head's possessive ("Boakai's government"): that
/// person leads it, so "Its president, Y" after it heads another body.
fn person_owned(doc: &Doc, ents: &Entities, a: &Actor) -> bool {
    (a.toks.start + 1..a.toks.end).any(|m| {
        let end = doc.toks[m - 1].end;
        doc.is_s_mark(m)
            && (ents.list.iter())
                .any(|e| e.etype == EntityType::Person && e.mentions.iter().any(|x| x.end == end))
    })
}

/// Whether the body at `at` is what the sentence from `open` is about: nothing before it
/// reads as a verb of the sentence's own clause ("The opposition party, which leads in the
/// polls, said"; a relative clause set off by commas does not count), or it is named after
/// the last such verb's "by" ("the march was organised by the farmers' union").
fn opens_clause(doc: &Doc, open: usize, at: usize) -> bool {
    let mut relative = false;
    let mut last_verb = None;
    for i in open..at {
        let w = doc.lower(i);
        if matches!(w, "which" | "who" | "whose") {
            relative = true;
        } else if w == "," {
            relative = false;
        } else if matches!(w, "and" | "but") && i > open && doc.word(i - 1) == "," {
            // "Part of the money came from a fund, and the X Office has opened an inquiry":
            // a clause joined after a comma has a subject of its own.
            last_verb = None;
        } else if !relative && doc.word(i).starts_with(char::is_lowercase) && finite_verb(doc, i) {
            last_verb = Some(i);
        }
    }
    last_verb.is_none_or(|v| (v + 1..at).any(|i| doc.lower(i) == "by"))
}

/// A lower-case word that reads as a finite verb: a common one, or a past form in "-ed"
/// not right after a determiner ("the armed forces").
fn finite_verb(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    let common = [
        "said", "says", "came", "comes", "is", "was", "were", "are", "has", "have", "had", "told",
        "asked", "met", "made", "took", "gave", "won", "lost", "left", "went", "runs", "ran",
        "leads", "fled", "held", "sent", "saw",
    ];
    common.contains(&w)
        || w.len() > 4
            && w.ends_with("ed")
            && !(i > 0 && matches!(doc.lower(i - 1), "the" | "a" | "an" | "its" | "their"))
}

/// A title of the head or an officer of a force ("police chief", "army spokesman").
fn force_title(phrase: &str) -> bool {
    phrase
        .split(' ')
        .any(|w| matches!(w, "police" | "army" | "military"))
}

/// "Bahrain's main opposition group, Al-Wefaq": a short description of the body, ending
/// in a common noun and set off by a comma, from `from` up to the body's name at `name`.
fn described_apposition(doc: &Doc, from: usize, name: usize) -> bool {
    name >= from + 2
        && name <= from + 8
        && doc.word(name - 1) == ","
        && doc.word(name - 2).starts_with(char::is_lowercase)
        && (from..name - 1).all(|i| doc.is_word(i) || matches!(doc.word(i), "'" | "\u{2019}"))
}

/// Adds a relation unless it relates an entity to itself or is already there.
pub(crate) fn push_rel(
    rels: &mut Vec<Rel>,
    subj: usize,
    pred: RelationType,
    obj: usize,
    sent: usize,
    toks: Range<usize>,
    confidence: f32,
) {
    if subj != obj
        && !rels
            .iter()
            .any(|r| r.subj == subj && r.pred == pred && r.obj == obj)
    {
        rels.push(Rel {
            subj,
            pred,
            obj,
            sent,
            toks,
            bytes: None,
            confidence,
        });
    }
}

/// "<Name>, the <org> <title>" and "<Name>, <country>'s <title>".
#[allow(clippy::too_many_arguments)]
fn appositions(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
    titled: &mut Vec<Titled>,
    home: Option<usize>,
) {
    let person = |e: Option<usize>| e.filter(|&e| ents.list[e].etype == EntityType::Person);
    for k in 0..its.len() {
        if !matches!(its[k].kind, Kind::Known { .. } | Kind::Name(_)) {
            continue;
        }
        let Some(p) = eo[k].filter(|&e| ents.list[e].etype == EntityType::Person) else {
            continue;
        };
        let mut i = its[k].toks.end;
        if doc.word(i) != "," {
            continue;
        }
        i += 1;
        // "X, 54, the head of Y": past the age.
        if doc.word(i).chars().all(|c| c.is_ascii_digit()) && doc.word(i + 1) == "," {
            i += 2;
        }
        // "X, a leader of Y" is one of its leaders: a member, not the one who leads it.
        let indefinite = matches!(doc.lower(i), "a" | "an");
        if matches!(doc.lower(i), "the" | "a" | "an") {
            i += 1;
        }
        let mut j = k + 1;
        let mut affil = None;
        // "X, the country's deputy interior minister": the country the story is about.
        if matches!(doc.lower(i), "country" | "nation") && doc.is_s_mark(i + 1) {
            affil = home;
            i += 2;
        }
        if let Some(a) = its
            .get(j)
            .filter(|a| a.toks.start == i && !matches!(a.kind, Kind::Title { .. }))
        {
            affil = eo[j].filter(|&e| ents.list[e].etype != EntityType::Person);
            i = a.toks.end;
            if doc.is_s_mark(i) {
                i += 1;
            }
            j += 1;
        }
        // "X, the country's deputy interior minister": up to two lower-case qualifiers of
        // the office, but not "former", which says it is no longer held.
        let mut q = i;
        while q < i + 2
            && its.get(j).is_some_and(|t| t.toks.start > q)
            && doc.is_word(q)
            && doc.word(q).starts_with(char::is_lowercase)
            && !matches!(
                doc.lower(q),
                "former" | "late" | "then" | "ex" | "of" | "who" | "and" | "which"
            )
        {
            q += 1;
        }
        if its.get(j).is_some_and(|t| t.toks.start == q) {
            i = q;
        }
        let Some(Kind::Title {
            relation,
            plural: false,
            phrase,
        }) = its.get(j).filter(|t| t.toks.start == i).map(|t| &t.kind)
        else {
            continue;
        };
        // "X, President Y": a list, not an apposition.
        if its.get(j + 1).is_some_and(|n| {
            n.toks.start == its[j].toks.end && matches!(n.kind, Kind::Known { .. } | Kind::Name(_))
        }) {
            continue;
        }
        let mut end = its[j].toks.end;
        // "X, a spokesman for President Y", "for Angolan President Y": the person spoken
        // for, past the office and the nationality that describe them.
        if affil.is_none()
            && *relation == RelationType::SpokespersonOf
            && matches!(doc.lower(end), "of" | "for")
        {
            let mut at = end + 1 + usize::from(doc.lower(end + 1) == "the");
            let mut n = j + 1;
            let mut office = false;
            while let Some(o) = its.get(n).filter(|o| {
                o.toks.start == at
                    && matches!(o.kind, Kind::Demonym(_) | Kind::Title { plural: false, .. })
            }) {
                office |= matches!(o.kind, Kind::Title { .. });
                at = o.toks.end;
                n += 1;
            }
            let spoken_for = its.get(n).filter(|o| o.toks.start == at && office);
            if let (Some(o), Some(q)) = (spoken_for, spoken_for.and_then(|_| person(eo[n]))) {
                affil = Some(q);
                end = o.toks.end;
            }
        }
        // "X, the spokesman of the ministry" / "X, a spokesman for the ministry" / "X, a
        // senior official at the central bank".
        // "X, a battalion commander in the Y Army": "in" a body, not a place.
        let in_body = doc.lower(end) == "in"
            && its.get(j + 1).is_some_and(|o| {
                o.toks.start == end + 1 + usize::from(doc.lower(end + 1) == "the")
                    && eo[j + 1].is_some_and(|e| ents.list[e].etype == EntityType::Organisation)
            });
        let at_body = (doc.lower(end) == "at" || in_body) && *relation == RelationType::OfficialOf;
        if affil.is_none() && (matches!(doc.lower(end), "of" | "for") || at_body) {
            // Not "a spokeswoman for the Tajik border troops": a nationality before a
            // common noun is not the body spoken for.
            let adjective = |o: &Item| {
                matches!(o.kind, Kind::Demonym(_))
                    && doc.word(o.toks.end).starts_with(char::is_lowercase)
            };
            // "X, director of the state water company Hidrosur": past a company noun.
            let lead = end + 1 + usize::from(doc.lower(end + 1) == "the");
            let described = |o: &Item| {
                o.toks.start > lead
                    && o.toks.start <= lead + 3
                    && (lead..o.toks.start)
                        .all(|i| doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase))
                    && crate::names::COMPANY_NOUNS.contains(&doc.word(o.toks.start - 1))
            };
            // "a spokeswoman for the liberal Homeland Forward": an organisation past one or two
            // words that describe it.
            let qualified = |o: &Item| {
                doc.lower(end + 1) == "the"
                    && o.toks.start > lead
                    && o.toks.start <= lead + 2
                    && (lead..o.toks.start)
                        .all(|i| doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase))
                    && eo[j + 1].is_some_and(|e| ents.list[e].etype == EntityType::Organisation)
            };
            // "a spokesman for Brazil's trade ministry": the ministry speaks, which the
            // descriptions step names; the country is only its owner.
            let owner_of_common_noun = |o: &Item| {
                matches!(o.kind, Kind::Country(_))
                    && doc.is_s_mark(o.toks.end)
                    && doc.word(o.toks.end + 1).starts_with(char::is_lowercase)
            };
            if let Some(o) = its.get(j + 1).filter(|o| {
                (o.toks.start == end + 1
                    || (o.toks.start == end + 2 && doc.lower(end + 1) == "the")
                    || described(o)
                    || qualified(o))
                    && !adjective(o)
                    && !owner_of_common_noun(o)
            }) {
                affil = eo[j + 1].filter(|&e| ents.list[e].etype != EntityType::Person);
                end = o.toks.end;
                // "a spokesman for NATO's Allied Maritime Command": the body the
                // possessive owns speaks, not its owner.
                // "X, governor of Kenya's Lomari province": the region the possessive owns.
                let owned = its.get(j + 2).filter(|b| {
                    doc.is_s_mark(o.toks.end)
                        && b.toks.start == o.toks.end + 1
                        && eo[j + 2].is_some_and(|e| {
                            matches!(
                                ents.list[e].etype,
                                EntityType::Organisation | EntityType::Region | EntityType::City
                            )
                        })
                });
                if let Some(b) = owned {
                    affil = eo[j + 2];
                    end = b.toks.end;
                }
            }
        }
        if let Some(a) = affil {
            // "X, a lawmaker of the Coordination Framework": a legislator belongs to the
            // bloc or party named; only a legislature is a body they hold a seat of.
            let sits_for = LEGISLATORS.contains(&phrase.as_str())
                && ents.list[a].etype == EntityType::Organisation
                && !legislature(&ents.list[a].label);
            let relation = match relation {
                RelationType::LeaderOf if indefinite => RelationType::MemberOf,
                RelationType::OfficialOf if sits_for => RelationType::MemberOf,
                r => *r,
            };
            push_rel(rels, p, relation, a, s, its[k].toks.start..end, 0.8);
        }
        // "X, a senator from the ruling Y Party": a legislator sits for a party.
        if LEGISLATORS.contains(&phrase.as_str()) && doc.lower(end) == "from" {
            let mut at = end + 1;
            while matches!(
                doc.lower(at),
                "the" | "ruling" | "governing" | "opposition" | "main"
            ) {
                at += 1;
            }
            let party_word = |w: &str| lower_in(w, &crate::party_words::SEAT);
            let party = (its.iter().zip(eo))
                .find(|(o, _)| o.toks.start == at)
                .and_then(|(o, e)| e.map(|e| (o, e)))
                // "the opposition Unita party": the party word may follow the name.
                .filter(|&(o, e)| {
                    let body = &ents.list[e];
                    body.etype == EntityType::Organisation
                        && (party_word(doc.word(o.toks.end))
                            || body.label.split(' ').any(party_word))
                })
                .map(|(_, e)| e);
            if let Some(o) = party {
                push_rel(
                    rels,
                    p,
                    RelationType::MemberOf,
                    o,
                    s,
                    its[k].toks.start..at + 1,
                    0.7,
                );
            }
        }
        titled.push(Titled {
            phrase: phrase.clone(),
            relation: *relation,
            ent: p,
            affil,
        });
    }
}

/// A court or one of its bodies by any word of its name: looser than [`court`], it also
/// takes "Court Registry" or "Tribunal Chamber" as the bench that acted.
pub(crate) fn named_court(ent: &crate::entities::Ent) -> bool {
    ent.etype == EntityType::Organisation
        && (ent.label.split_whitespace())
            .any(|w| matches!(w.to_lowercase().as_str(), "court" | "tribunal"))
}

/// A court by its name's head noun: "the High Court", "the Court of Appeals".
pub(crate) fn court(label: &str) -> bool {
    let head = label.split(" of ").next().unwrap_or(label);
    (head.rsplit(' ').next()).is_some_and(|w| lower_in(w, &["court", "tribunal"]))
}

/// "the first visit by a Kenyan president": an office described by a nationality with no
/// holder named, which a later bare "President X" holds: (sentence, title, country).
fn described_offices(
    doc: &Doc,
    items: &[Vec<Item>],
    ent_of: &[Vec<Option<usize>>],
) -> Vec<(usize, String, usize)> {
    let mut out = Vec::new();
    for (s, its) in items.iter().enumerate() {
        for k in 1..its.len() {
            let (d, t) = (&its[k - 1], &its[k]);
            let Kind::Title {
                phrase,
                plural: false,
                ..
            } = &t.kind
            else {
                continue;
            };
            let unnamed = its.get(k + 1).is_none_or(|n| n.toks.start != t.toks.end)
                && doc.word(t.toks.end) != ",";
            let indefinite = d.toks.start >= 1 && matches!(doc.lower(d.toks.start - 1), "a" | "an");
            if let (Kind::Demonym(_), Some(c)) = (&d.kind, ent_of[s][k - 1]) {
                if d.toks.end == t.toks.start && unnamed && indefinite {
                    out.push((s, phrase.clone(), c));
                }
            }
        }
    }
    out
}

/// A legislature by a word of its name: "the Senate", "the National Assembly", "the House of
/// Representatives".
pub(crate) fn legislature(label: &str) -> bool {
    label.split_whitespace().any(|w| {
        lower_in(
            w,
            &[
                "parliament",
                "senate",
                "assembly",
                "congress",
                "house",
                "chamber",
                "duma",
                "council",
                "legislature",
            ],
        )
    })
}

/// Titles of the members of a legislature, who sit for a party.
pub(crate) const LEGISLATORS: [&str; 8] = [
    "senator",
    "lawmaker",
    "legislator",
    "mp",
    "member of parliament",
    "parliamentarian",
    "congressman",
    "congresswoman",
];

/// "the A and B leaders, X and Y": X leads A and Y leads B. A one-letter slip such as
/// "A of B" between two demonyms is read as "or", since "Chilean of Peruvian leaders" cannot be
/// meant otherwise.
fn respectively(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
    titled: &mut Vec<Titled>,
) {
    for k in 0..its.len().saturating_sub(4) {
        let (Kind::Demonym(_), Kind::Demonym(_)) = (&its[k].kind, &its[k + 1].kind) else {
            continue;
        };
        let between = its[k].toks.end;
        if its[k + 1].toks.start != between + 1
            || !matches!(doc.lower(between), "and" | "or" | "of" | "/" | "&")
        {
            continue;
        }
        let Kind::Title {
            relation,
            plural: true,
            phrase,
        } = &its[k + 2].kind
        else {
            continue;
        };
        if its[k + 2].toks.start != its[k + 1].toks.end {
            continue;
        }
        let mut i = its[k + 2].toks.end;
        if doc.word(i) == "," {
            i += 1;
        }
        let (Some(p1), Some(p2)) = (its.get(k + 3), its.get(k + 4)) else {
            continue;
        };
        let persons =
            [eo[k + 3], eo[k + 4]].map(|e| e.filter(|&e| ents.list[e].etype == EntityType::Person));
        let joined = p1.toks.start == i
            && p2.toks.start == p1.toks.end + 1
            && doc.lower(p1.toks.end) == "and";
        if let ([Some(a), Some(b)], true) = (persons, joined) {
            for (person, country) in [(a, eo[k]), (b, eo[k + 1])] {
                if let Some(c) = country {
                    push_rel(
                        rels,
                        person,
                        *relation,
                        c,
                        s,
                        its[k].toks.start..p2.toks.end,
                        0.7,
                    );
                    titled.push(Titled {
                        phrase: phrase.clone(),
                        relation: *relation,
                        ent: person,
                        affil: Some(c),
                    });
                }
            }
        }
    }
}

/// "<demonym> [up to four lower-case words] <plural title or agent noun>": a group of that
/// country ("Chilean officials", "Peruvian border guards").
fn groups(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &mut Entities,
    rels: &mut Vec<Rel>,
) -> Vec<Actor> {
    let mut out = Vec::new();
    let end = doc.sents[s].toks.end;
    for (k, it) in its.iter().enumerate() {
        // "Afghan forces", and "EU foreign ministers": a body's acronym works as a demonym.
        let iso = match &it.kind {
            Kind::Demonym(iso) => iso.clone(),
            // "U.S. officials", "UK diplomats": a country's abbreviation is its demonym.
            Kind::Country(iso)
                if doc.slice(&it.toks).len() >= 2
                    && (doc.slice(&it.toks).chars())
                        .all(|c| c.is_ascii_uppercase() || c == '.') =>
            {
                iso.clone()
            }
            Kind::Known { .. } | Kind::Name(_)
                if it.toks.len() == 1
                    && doc
                        .word(it.toks.start)
                        .chars()
                        .all(|c| c.is_ascii_uppercase())
                    && eo[k].is_some_and(|e| ents.list[e].etype == EntityType::Organisation) =>
            {
                format!("org-{}", doc.word(it.toks.start))
            }
            // "African Union troops", "United Nations experts": a named body's people.
            // A name of two words or more that ends capitalised, as a body's name does, and no
            // court, whose judges hold an office on it.
            Kind::Known { .. } | Kind::Name(_)
                if it.toks.len() >= 2
                    && doc.word(it.toks.end - 1).starts_with(char::is_uppercase)
                    && eo[k].is_some_and(|e| {
                        ents.list[e].etype == EntityType::Organisation
                            && !court(&ents.list[e].label)
                    }) =>
            {
                format!("org-{}", newsgraph_lexicon::key(doc.slice(&it.toks)))
            }
            // "Okello supporters": the people who follow a person the story names.
            Kind::Known { .. } | Kind::Name(_)
                if eo[k].is_some_and(|e| ents.list[e].etype == EntityType::Person)
                    && follows(doc.lower(it.toks.end)) =>
            {
                format!("org-{}", newsgraph_lexicon::key(doc.slice(&it.toks)))
            }
            _ => continue,
        };
        let iso = &iso;
        // The people belong to a named body rather than a country: its acronym takes office
        // holders only ("ELN rebels" are the ELN), and no country is theirs.
        let body = iso.starts_with("org-");
        let Some(country) = eo[k] else { continue };
        // "Pakistani and Afghan border forces" are both sides, read elsewhere; but in
        // "Syrian forces and Lebanese armed clans" the "and" joins two noun phrases, and the
        // second is a group of its own: only a nationality right before the "and" (a
        // capitalised word, not a noun) makes the two share one head.
        let nationality_before = it.toks.start > 1
            && matches!(doc.lower(it.toks.start - 1), "and" | "or")
            && doc.word(it.toks.start - 2).starts_with(char::is_uppercase);
        let coordinated = matches!(doc.lower(it.toks.end), "and" | "or") || nationality_before;
        let mut i = it.toks.end;
        let mut head = None;
        while i < end && i < it.toks.end + 5 && doc.is_word(i) {
            let w = doc.word(i);
            if w.chars().next().is_some_and(|c| !c.is_lowercase()) {
                break;
            }
            let two = (i > it.toks.end).then(|| format!("{} {}", doc.word(i - 1), w));
            // A body's own people other than its fighters, who stand for the body: "M23
            // fighters" are M23, "African Union troops" the union's soldiers.
            let body_people = |p: &str| {
                (crate::groups::person_plural_word(doc, p)
                    || crate::descriptions::people_word(p)
                    || GROUP_HEADS.contains(&p))
                    && !armed_band(doc, p)
                    // "the EU delegation" is a body inside the body, read elsewhere.
                    && p != "delegation"
            };
            // "the Senegalese people have spoken": a nation's people as one actor, only
            // with the demonym right before ("Georgian young people" are some of them).
            let nation = !body && w == "people" && i == it.toks.end;
            let plural_noun = |p: &str| {
                nation
                    || doc.lex.title(p).is_some_and(|t| t.plural)
                    || body && !coordinated && body_people(p)
                    || !body && doc.lex.agent(p).is_some_and(|(_, plural)| plural)
                    || !body && GROUP_HEADS.contains(&p) && !coordinated
                    || !body && crate::groups::person_plural_word(doc, p) && !doc.is_quoted(i)
            };
            if plural_noun(w) || two.as_deref().is_some_and(plural_noun) {
                head = Some(i);
            }
            // Stop at a verb-like word or a function word: the group name is a noun phrase
            // ("Belarusian state television showed the prisoners" names none).
            if head.is_some()
                || crate::descriptions::modifier_word(w)
                || doc.lex.triggers_of(w).any(|t| t.curated)
                || doc.lex.is_cue(w, Cue::Speech)
            {
                break;
            }
            i += 1;
        }
        let Some(h) = head else { continue };
        // "the African Union said it would send more troops": a body's people follow its name
        // directly, with no more than modifiers between ("Red Cross relief volunteers").
        if body && !(it.toks.end..h).all(|k| crate::descriptions::modifier(doc, k)) {
            continue;
        }
        // "the A or B leaders, X and Y" names people, not a group.
        let named_next = its.iter().any(|n| {
            (n.toks.start == h + 1 || (n.toks.start == h + 2 && doc.word(h + 1) == ","))
                && matches!(n.kind, Kind::Known { .. } | Kind::Name(_))
        });
        if named_next {
            continue;
        }
        let toks = it.toks.start..h + 1;
        let text = doc.slice(&toks);
        let key = format!(
            "group:{iso}:{}",
            newsgraph_lexicon::key(doc.slice(&(it.toks.end..h + 1)))
        );
        // "farmers in the east ... Namibian farmers": the group named before without its
        // nationality, when the article has not met this one yet.
        let at = doc.toks[toks.start].start;
        let bare = (ents.get(&key).is_none() && !body)
            .then(|| {
                ents.latest_mentioned(
                    |_, e| {
                        e.etype == EntityType::Group
                            && e.country.is_none()
                            && e.label.eq_ignore_ascii_case(doc.word(h))
                    },
                    |m| m.end <= at,
                )
            })
            .flatten();
        // "Afghan border forces ... Afghan forces": the same country's group met before with
        // a modifier more, when the article has not met the shorter one yet.
        let shorter = (bare.is_none() && ents.get(&key).is_none() && !body && h == it.toks.end)
            .then(|| {
                ents.latest_mentioned(
                    |_, e| {
                        e.etype == EntityType::Group
                            && e.country.as_deref() == Some(iso.as_str())
                            && e.label.rsplit(' ').next() == Some(doc.word(h))
                    },
                    |m| m.end <= at,
                )
            })
            .flatten();
        if let Some(b) = bare.or(shorter) {
            ents.alias(&key, b);
        }
        let g = ents.add(&key, EntityType::Group, text);
        if !body {
            ents.list[g].country = Some(iso.clone());
        }
        ents.mention(g, doc.toks[toks.start].start, doc.toks[h].end, s, true);
        // "ECOWAS leaders", "Red Cross volunteers" belong to the body; its troops, officials,
        // staff and experts serve it or are sent by it.
        let belong = body
            && (matches!(
                doc.lower(h),
                "leaders" | "members" | "volunteers" | "delegates"
            ) || party_people(doc.lower(h)) && party_name(&ents.list[country].label));
        let pred = if belong {
            RelationType::MemberOf
        } else {
            RelationType::AffiliatedWith
        };
        push_rel(rels, g, pred, country, s, toks.clone(), 0.7);
        out.push(Actor {
            toks,
            ent: g,
            place: false,
        });
    }
    out
}

/// Whether a plural names people who hold a party's card as well as its offices: "CNRT
/// officials" and "Labour lawmakers" are the party's members, "UN officials" only serve.
fn party_people(w: &str) -> bool {
    matches!(
        w,
        "officials" | "lawmakers" | "legislators" | "mps" | "deputies" | "candidates"
    )
}

/// Whether a body's name makes it a party ("the Civic Party", "the National Congress for
/// Reconstruction", "the Movement for Democracy").
pub(crate) fn party_name(label: &str) -> bool {
    (label.split_whitespace()).any(|w| crate::party_words::ends_party_name(&w.to_lowercase()))
}

/// Whether a plural names the people who follow a leader ("supporters", "loyalists").
fn follows(w: &str) -> bool {
    matches!(w, "supporters" | "followers" | "loyalists")
}

/// Whether a plural names the fighters of an armed band ("rebels", "militants"), who act
/// as the band itself.
fn armed_band(doc: &Doc, p: &str) -> bool {
    matches!(p, "gunmen" | "militias" | "militiamen")
        || doc
            .lex
            .agent(p)
            .is_some_and(|(a, _)| matches!(a.code.as_str(), "~REB" | "~UAF" | "~INS"))
}

/// Collective nouns that make a group of a demonym the word lists leave out ("Afghan
/// forces", "the Ethiopian delegation").
// After a demonym a plural for people of a trade or standing is the country's group
// ("Swiss mediators", "Indian nationals", "Lebanese armed clans"); alone these words are
// anyone's, so they stay off the people list.
const GROUP_HEADS: [&str; 15] = [
    "forces",
    "delegation",
    "governments",
    "businesses",
    "firms",
    "authorities",
    "banks",
    "companies",
    "nationals",
    "mediators",
    "clans",
    "trainers",
    "drivers",
    "truckers",
    "investors",
];

const COPULAS: [&str; 10] = [
    "is", "was", "were", "are", "been", "be", "became", "become", "remains", "remained",
];

/// "X, a territory that had been part of Y" and "X is part of Y".
fn part_of(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    let r = doc.sents[s].toks.clone();
    for i in r.clone() {
        if doc.lower(i) != "part" || doc.lower(i + 1) != "of" || i < r.start + 1 {
            continue;
        }
        // "X, a semi-autonomous part of Y": an apposition says it as a copula does.
        let apposition = (r.start + 1..i)
            .rev()
            .take(5)
            .find(|&j| doc.word(j) == ",")
            .is_some_and(|j| {
                matches!(doc.lower(j + 1), "a" | "an")
                    && (j + 2..i)
                        .all(|t| doc.word(t) == "-" || doc.word(t).starts_with(char::is_lowercase))
            });
        if !COPULAS.contains(&doc.lower(i - 1)) && !apposition {
            continue;
        }
        let placeish = |e: usize| {
            matches!(
                ents.list[e].etype,
                EntityType::Country
                    | EntityType::Polity
                    | EntityType::Region
                    | EntityType::Location
                    | EntityType::City
            )
        };
        let obj = its.iter().zip(eo).find(|(it, e)| {
            it.toks.start > i + 1 && it.toks.start <= i + 3 && e.is_some_and(placeish)
        });
        let subj =
            its.iter().zip(eo).rev().find(|(it, e)| {
                it.toks.end < i && it.toks.start + 15 >= i && e.is_some_and(placeish)
            });
        if let (Some((o_it, Some(o))), Some((s_it, Some(sj)))) = (obj, subj) {
            push_rel(
                rels,
                *sj,
                RelationType::PartOf,
                *o,
                s,
                s_it.toks.start..o_it.toks.end,
                0.7,
            );
        }
    }
}

/// "X joined [the] Y" and "X is a member of Y" / "X and Z are members of Y", where Y is an
/// organisation and X a country, polity or organisation: membership, not a role.
fn member_of(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
    seen_countries: &NamedCountries,
) {
    let r = doc.sents[s].toks.clone();
    let member_like = |e: usize| {
        matches!(
            ents.list[e].etype,
            EntityType::Country | EntityType::Polity | EntityType::Organisation
        )
    };
    let org = |e: usize| ents.list[e].etype == EntityType::Organisation;
    for k in 0..its.len() {
        let mut subjects = match (&its[k].kind, eo[k]) {
            (Kind::RecipGroup, _) => match seen_countries.both(&eo[..k], ents) {
                Some(p) => p,
                None => continue,
            },
            (Kind::Demonym(_), _) => continue,
            (_, Some(e)) if member_like(e) => vec![e],
            _ => continue,
        };
        // The subjects: X, or "X and Z" when both stand right before the verb, with any
        // names listed before X ("Peru, Chile and Bolivia are members").
        let mut i = its[k].toks.end;
        if doc.lower(i) == "and" {
            let mut b = k;
            while b >= 1
                && its[b - 1].toks.end + 1 == its[b].toks.start
                && doc.word(its[b - 1].toks.end) == ","
            {
                match eo[b - 1].filter(|&e| member_like(e)) {
                    Some(e) => subjects.insert(0, e),
                    None => break,
                }
                b -= 1;
            }
            if let Some(z) = its
                .get(k + 1)
                .filter(|n| n.toks.start == i + 1)
                .and_then(|_| eo[k + 1])
                .filter(|&e| member_like(e))
            {
                subjects.push(z);
                i = its[k + 1].toks.end;
            }
        }
        if !r.contains(&i) {
            continue;
        }
        let mut j = i;
        let verb = doc.lower(j);
        // "both countries entered the European Union in May 2004": entering a body (an
        // organisation, never a place) is joining it.
        if matches!(
            verb,
            "joined" | "joins" | "join" | "entered" | "enters" | "enter"
        ) {
            j += 1;
        } else if matches!(verb, "belong" | "belongs" | "belonged") && doc.lower(j + 1) == "to" {
            j += 2;
        } else if COPULAS.contains(&verb) {
            j += 1;
            while matches!(
                doc.lower(j),
                "a" | "an" | "one" | "also" | "full" | "founding"
            ) {
                j += 1;
            }
            // "one of the founding members of", "one of 11 countries in".
            let one_of = crate::membership::one_of(doc, j - 1);
            if let Some(head) = one_of {
                j = head;
            }
            // "one of 11 countries in the X": the states a body is made of.
            let states = one_of.is_some()
                && matches!(doc.lower(j), "countries" | "states" | "nations")
                && matches!(doc.lower(j + 1), "in" | "of");
            let members = matches!(doc.lower(j), "member" | "members") && doc.lower(j + 1) == "of";
            if !states && !members {
                continue;
            }
            j += 2;
        } else {
            continue;
        }
        if doc.lower(j) == "the" {
            j += 1;
        }
        let org_at = |j: usize| {
            its.iter()
                .zip(eo)
                .find(|(it, e)| it.toks.start == j && e.is_some_and(org))
                .and_then(|(it, e)| e.map(|e| (it, e)))
        };
        let Some(mut object) = org_at(j) else {
            continue;
        };
        loop {
            let (o_it, o) = object;
            for &m in &subjects {
                push_rel(
                    rels,
                    m,
                    RelationType::MemberOf,
                    o,
                    s,
                    its[k].toks.start..o_it.toks.end,
                    0.7,
                );
            }
            // "joined NATO and the European Union": each body listed after the verb.
            let mut n = o_it.toks.end;
            if !matches!(doc.lower(n), "and" | ",") {
                break;
            }
            n += 1;
            n += usize::from(doc.lower(n) == "and");
            n += usize::from(doc.lower(n) == "the");
            match org_at(n) {
                Some(next) if !crate::membership::verb_at(doc, next.0.toks.end) => object = next,
                _ => break,
            }
        }
    }
}

/// "The Russian embassy in London", "the High Court in London", "companies registered in
/// the United Arab Emirates and the Marshall Islands": a mission or court is where the
/// phrase after it puts it, and any body is where it is registered or based.
fn located_by_in(doc: &Doc, s: usize, actors: &[Actor], ents: &mut Entities, rels: &mut Vec<Rel>) {
    let end = doc.sents[s].toks.end;
    for a in actors {
        let ent = &ents.list[a.ent];
        if a.place || !matches!(ent.etype, EntityType::Organisation | EntityType::Group) {
            continue;
        }
        // The head noun comes before any "of": "the European Court of Human Rights", "the
        // World Trade Organization in Geneva".
        let head_of = ent.label.split(" of ").next().unwrap_or(&ent.label);
        let seated = (head_of.rsplit(' ').next()).is_some_and(seated_head);
        // "the Office of X (OX), which is based in Y".
        let mut i = doc.past_short_form(a.toks.end);
        if doc.word(i) == "," {
            i += 1;
            // "X, which is based in Y".
            if matches!(doc.lower(i), "which" | "that") {
                i += 1;
            }
        }
        // "X is based in Y", "X will be headquartered in Y": a copula before the participle.
        if matches!(doc.lower(i), "is" | "was" | "are" | "were") {
            i += 1;
        } else if matches!(doc.lower(i), "will" | "would") && doc.lower(i + 1) == "be" {
            i += 2;
        }
        // "X, which has its headquarters in Y": the seat said with a noun.
        let seat_noun = matches!(doc.lower(i), "has" | "had")
            && doc.lower(i + 1) == "its"
            && matches!(doc.lower(i + 2), "headquarters" | "seat" | "secretariat");
        if seat_noun {
            i += 2;
        }
        let registered =
            seat_noun || matches!(doc.lower(i), "registered" | "based" | "headquartered");
        if registered {
            i += 1;
        } else if !seated || i != a.toks.end {
            continue;
        }
        if doc.lower(i) != "in" {
            continue;
        }
        // The places the phrase names: "in X", "in X and Y", "in central X".
        let mut j = i + 1;
        while j < end {
            while matches!(doc.lower(j), "the" | "and" | ",")
                || crate::membership::DIRECTIONS.contains(&doc.lower(j))
            {
                j += 1;
            }
            let Some(p) = actors.iter().find(|p| p.toks.start == j) else {
                break;
            };
            let t = ents.list[p.ent].etype;
            if !matches!(
                t,
                EntityType::City | EntityType::Country | EntityType::Region | EntityType::Location
            ) {
                break;
            }
            push_rel(
                rels,
                a.ent,
                RelationType::LocatedIn,
                p.ent,
                s,
                a.toks.start..p.toks.end,
                0.6,
            );
            j = p.toks.end;
            if !registered {
                // "the Municipal Court in Prague", "the foreign ministry in Riga": analysts
                // name the body with its seat, as a branch is named with the place it
                // works in.
                if p.toks.start == i + 1 && !a.toks.is_empty() {
                    let (x, y) = (doc.toks[a.toks.start].start, doc.toks[p.toks.end - 1].end);
                    ents.mention(a.ent, x, y, s, true);
                }
                break;
            }
        }
    }
}

/// "Police in Eswatini": a country's police, named by the country they serve. (The police
/// "in" a town are most often the nation's force the story names, not a unit of that town.)
fn forces_in(doc: &Doc, actors: &[Actor], ents: &Entities, s: usize, rels: &mut Vec<Rel>) {
    for a in actors {
        let body = matches!(
            ents.list[a.ent].etype,
            EntityType::Group | EntityType::Organisation
        );
        if a.place || !body || doc.lower(a.toks.end - 1) != "police" {
            continue;
        }
        if doc.lower(a.toks.end) != "in" {
            continue;
        }
        let at = a.toks.end + 1 + usize::from(doc.lower(a.toks.end + 1) == "the");
        let country = actors
            .iter()
            .find(|p| p.toks.start == at)
            .filter(|p| ents.list[p.ent].etype == EntityType::Country);
        if let Some(p) = country {
            let span = a.toks.start..p.toks.end;
            push_rel(
                rels,
                a.ent,
                RelationType::AffiliatedWith,
                p.ent,
                s,
                span,
                0.6,
            );
        }
    }
}

/// A body's head noun that says it sits where the "in" after it puts it: a mission, a
/// court, a ministry, a prosecution service; and companies, which are where they operate
/// ("two construction companies in Durrës"), and universities. Other groups "in" a city are only there
/// ("officials in Manila", "protesters in Kumanovo").
fn seated_head(w: &str) -> bool {
    let w = w.to_lowercase();
    let body = matches!(
        w.as_str(),
        "embassy"
            | "consulate"
            | "delegation"
            | "commission"
            | "court"
            | "tribunal"
            | "mission"
            | "organization"
            | "organisation"
            | "secretariat"
            | "ministry"
            | "prosecutors"
    );
    // A university stands in the city named after it ("Comenius University in
    // Bratislava"); its people "in" a city are other groups'.
    body || matches!(
        w.as_str(),
        "company" | "companies" | "firm" | "firms" | "university"
    )
}

/// "his Argentine counterpart Marta Gomez", "received by his counterpart, Han Seo-yeon":
/// the counterpart holds the office of the titled person the sentence names, for the
/// country the nationality names, else for the other country the sentence names.
fn counterparts(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
    titled: &mut Vec<Titled>,
) {
    let r = doc.sents[s].toks.clone();
    for i in r.clone() {
        if doc.lower(i) != "counterpart" {
            continue;
        }
        let mut h = i + 1;
        if doc.word(h) == "," {
            h += 1;
        }
        // "the Finnish grid company Fingrid and its Estonian counterpart Elering": a body of
        // the country the nationality names.
        let demonym = (its.iter().zip(eo))
            .find(|(it, _)| it.toks.end == i && matches!(it.kind, Kind::Demonym(_)))
            .and_then(|(_, e)| *e);
        let body = (its.iter().zip(eo))
            .find(|(it, _)| it.toks.start == h)
            .and_then(|(it, e)| e.map(|e| (it, e)))
            .filter(|&(_, e)| ents.list[e].etype == EntityType::Organisation);
        if let (Some(c), Some((it, o))) = (demonym, body) {
            let span = i - 1..it.toks.end;
            push_rel(rels, o, RelationType::AffiliatedWith, c, s, span, 0.6);
            continue;
        }
        let Some((hk, holder)) = its.iter().enumerate().find_map(|(k, it)| {
            (it.toks.start == h)
                .then_some(eo[k])
                .flatten()
                .filter(|&e| ents.list[e].etype == EntityType::Person)
                .map(|e| (k, e))
        }) else {
            continue;
        };
        // The office: the latest titled person of this sentence or the one before.
        // Not one named after the word ("by his Nepali counterpart, X, and held talks with
        // Prime Minister Y").
        let at = doc.toks[i].start;
        let Some(office) = titled
            .iter()
            .rev()
            .filter(|t| ents.list[t.ent].mentions.iter().any(|m| m.start < at))
            .find(|t| t.ent != holder && t.affil.is_some())
            .map(|t| (t.relation, t.phrase.clone(), t.affil))
        else {
            continue;
        };
        let (relation, phrase, theirs) = office;
        let countries = |range: std::ops::Range<usize>| -> Vec<usize> {
            (its.iter().zip(eo))
                .filter(|(it, _)| range.contains(&it.toks.start))
                .filter(|(it, _)| matches!(it.kind, Kind::Demonym(_) | Kind::Country(_)))
                .filter_map(|(_, e)| *e)
                .filter(|e| Some(*e) != theirs)
                .collect()
        };
        // "his Argentine counterpart": the nationality right before.
        let named = if i > r.start {
            countries(i - 1..i)
        } else {
            Vec::new()
        };
        let country = named
            .first()
            .copied()
            .or_else(|| countries(r.clone()).first().copied());
        if let Some(c) = country {
            let span = i.saturating_sub(1)..its[hk].toks.end;
            push_rel(rels, holder, relation, c, s, span, 0.6);
            titled.push(Titled {
                phrase,
                relation,
                ent: holder,
                affil: Some(c),
            });
        }
    }
}

/// "Russian fertiliser executive Viktor Saltykov", "Iranian journalist X": a person
/// described by a nationality and what they do (no office: that is a title's relation) is
/// affiliated with that country.
fn demonym_people(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    for k in 0..its.len().saturating_sub(1) {
        let (Kind::Demonym(_), Some(country)) = (&its[k].kind, eo[k]) else {
            continue;
        };
        let next = &its[k + 1];
        let between = its[k].toks.end..next.toks.start;
        // "the Finnish grid company Fingrid": a company of that country.
        let company = eo[k + 1]
            .filter(|&e| ents.list[e].etype == EntityType::Organisation)
            .filter(|_| {
                (1..=3).contains(&between.len())
                    && between
                        .clone()
                        .all(|i| doc.word(i).starts_with(char::is_lowercase))
                    && crate::names::COMPANY_NOUNS.contains(&doc.word(between.end - 1))
            });
        if let Some(o) = company {
            let span = its[k].toks.start..next.toks.end;
            push_rel(rels, o, RelationType::AffiliatedWith, country, s, span, 0.6);
            continue;
        }
        let Some(person) = eo[k + 1].filter(|&e| ents.list[e].etype == EntityType::Person) else {
            continue;
        };
        let words_ok = (1..=3).contains(&between.len())
            && between
                .clone()
                .all(|i| doc.is_word(i) && doc.word(i).starts_with(char::is_lowercase));
        let doer = between.clone().next_back().is_some_and(|i| {
            doc.lex
                .agent(doc.word(i))
                .is_some_and(|(_, plural)| !plural)
                || matches!(
                    doc.lower(i),
                    "executive" | "national" | "businesswoman" | "entrepreneur" | "dissident"
                )
        });
        if words_ok && doer {
            push_rel(
                rels,
                person,
                RelationType::AffiliatedWith,
                country,
                s,
                its[k].toks.start..next.toks.end,
                0.6,
            );
        }
    }
}

/// "<line> [of the sides] in <place>": the line lies in the place.
fn located_in_line(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    rels: &mut Vec<Rel>,
) {
    for (k, it) in its.iter().enumerate() {
        let (Kind::Line, Some(line)) = (&it.kind, eo[k]) else {
            continue;
        };
        for (j, o) in its.iter().enumerate().skip(k + 1) {
            if o.toks.start > it.toks.end + 7 {
                break;
            }
            let prev = doc.lower(o.toks.start - 1);
            let place = eo[j].filter(|&e| {
                matches!(
                    ents.list[e].etype,
                    EntityType::Region
                        | EntityType::Location
                        | EntityType::Country
                        | EntityType::City
                        | EntityType::Polity
                )
            });
            if let (Some(p), true) = (place, prev == "in") {
                let gap_clean = (it.toks.end..o.toks.start).all(|i| doc.is_word(i));
                if gap_clean {
                    push_rel(
                        rels,
                        line,
                        RelationType::LocatedIn,
                        p,
                        s,
                        it.toks.start..o.toks.end,
                        0.6,
                    );
                }
                break;
            }
        }
    }
}

/// The figures a body puts out, which speak for it as its statement does (E1): "according
/// to results released by X", "according to a count by X". A statement or report "from X"
/// mostly tells X's own acts, which are the news.
const PUBLISHED: [&str; 6] = [
    "results",
    "figures",
    "data",
    "tallies",
    "count",
    "estimates",
];

/// Where the publisher is named after "according to" when a published thing comes first:
/// past "preliminary results released by" or "figures from"; else `from` itself.
fn past_published(doc: &Doc, from: usize, end: usize) -> usize {
    let Some(noun) = (from..end.min(from + 4)).find(|&k| PUBLISHED.contains(&doc.lower(k))) else {
        return from;
    };
    // Only lower-case words before it: "according to Reuters' figures" names its source first.
    let plain = (from..noun).all(|k| doc.is_word(k) && !crate::text::is_capitalised(doc.word(k)));
    let mut k = noun + 1;
    if matches!(
        doc.lower(k),
        "released" | "published" | "compiled" | "issued"
    ) {
        k += 1;
    }
    if plain && k < end && matches!(doc.lower(k), "by" | "from") {
        k + 1
    } else {
        from
    }
}

/// The speaker of a sentence: "X said", "said X", "according to X", "X told reporters".
fn speaker(doc: &Doc, s: usize, actors: &[Actor], ents: &Entities) -> Option<Speaker> {
    let r = doc.sents[s].toks.clone();
    let speaking = |e: usize| {
        !matches!(
            ents.list[e].etype.kind(),
            newsgraph_model::EntityKind::Place
        ) || ents.list[e].etype == EntityType::Country
    };
    let mut i = r.start;
    while i < r.end {
        let Some(len) = doc.cue_at(i, Cue::Speech, r.end) else {
            i += 1;
            continue;
        };
        let cue = i..i + len;
        // "the United States, China and Japan": a capitalised word inside a sentence is a
        // name's word, not a verb of saying.
        let in_name = i > r.start
            && crate::text::is_capitalised(doc.word(i))
            && !matches!(doc.word(i - 1), "\"" | "\u{201c}" | ":" | "(");
        if in_name || doc.is_quoted(i) {
            i += len;
            continue;
        }
        if doc.lower(i) == "according" {
            // The head of the noun phrase after "according to" ("the Pentagon spokesman").
            let mut head: Option<&Actor> = None;
            let from = past_published(doc, cue.end, r.end);
            let mut next = from + usize::from(doc.lower(from) == "the");
            for a in actors.iter().filter(|a| a.toks.start >= cue.end) {
                if a.toks.start > next || a.place {
                    break;
                }
                head = Some(a);
                next = a.toks.end;
            }
            if let Some(a) = head.filter(|a| speaking(a.ent)) {
                return Some(Speaker {
                    ent: a.ent,
                    cue,
                    at: a.toks.clone(),
                });
            }
        } else {
            // "X, the Greek foreign ministry spokeswoman, said": X, not the body named in
            // the apposition.
            if i > r.start && doc.word(i - 1) == "," {
                let open = (r.start..i - 1)
                    .rev()
                    .take(10)
                    .find(|&k| doc.word(k) == ",");
                let appositive = open.and_then(|c| {
                    actors
                        .iter()
                        .find(|a| a.toks.end == c && ents.list[a.ent].etype == EntityType::Person)
                });
                if let Some(a) = appositive {
                    return Some(Speaker {
                        ent: a.ent,
                        cue,
                        at: a.toks.clone(),
                    });
                }
            }
            // "X said", "X also said", "X, the minister, said" (nearest on the left).
            let left = actors.iter().rev().find(|a| {
                a.toks.end <= i
                    && a.toks.end + 2 >= i
                    && !a.place
                    && speaking(a.ent)
                    && (a.toks.end..i).all(|k| doc.is_word(k))
            });
            if let Some(a) = left {
                return Some(Speaker {
                    ent: a.ent,
                    cue,
                    at: a.toks.clone(),
                });
            }
            // "..., said X." / "said X, the minister": not "said X had ...", where X is the
            // subject of what was said.
            let right = actors.iter().find(|a| {
                a.toks.start > i
                    && a.toks.start <= cue.end + 1
                    && !a.place
                    && speaking(a.ent)
                    && (a.toks.end >= r.end || !doc.is_word(a.toks.end))
            });
            if let Some(a) = right {
                return Some(Speaker {
                    ent: a.ent,
                    cue,
                    at: a.toks.clone(),
                });
            }
        }
        i += len;
    }
    None
}

/// The country whose capital opens sentence `s` ("In Paris, the minister ..."), when the
/// title at token `title` follows the comma as a definite description: "the", then at most
/// one lower-case word ("the coordinating minister").
fn opening_capital(
    doc: &Doc,
    s: usize,
    its: &[Item],
    eo: &[Option<usize>],
    ents: &Entities,
    title: usize,
) -> Option<usize> {
    let first = doc.sents[s].toks.start;
    if doc.lower(first) != "in" {
        return None;
    }
    let j = its.iter().position(|it| it.toks.start == first + 1)?;
    let comma = its[j].toks.end;
    if doc.word(comma) != "," || doc.lower(comma + 1) != "the" {
        return None;
    }
    let between = title.checked_sub(comma + 2)?;
    let plain = (comma + 2..title).all(|k| doc.word(k).chars().all(char::is_lowercase));
    if between > 1 || !plain {
        return None;
    }
    descriptions::country_of(doc, ents, eo[j]?)
}

/// Whether the name opening at token `start` of sentence `s` follows a place's preposition
/// ("in", "across the"; not "at"): a country or polity there is where something happens.
pub(crate) fn after_place_prep(doc: &Doc, s: usize, start: usize) -> bool {
    let first = doc.sents[s].toks.start;
    if start <= first {
        return false;
    }
    let mut p = start;
    while p > first && matches!(doc.lower(p - 1), "the" | "a") {
        p -= 1;
    }
    p > first && doc.lex.is_cue(doc.lower(p - 1), Cue::PlacePrep) && doc.lower(p - 1) != "at"
}
