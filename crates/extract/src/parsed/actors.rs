//! Who a token of the parse stands for: the entity its mention belongs to, the actors of a
//! coordinated or possessive phrase, and what a pronoun, a relative clause, a bare group noun
//! or an unnamed body ("police", "the host") points back to.

use super::*;

/// "Lind said she would meet ...", "Morocco denied a report that it was preparing ...": a
/// personal pronoun in a clause under a verb stands for that verb's subject, when it is an
/// actor of the same kind (a person for he / she, a body for it / they).
pub(super) fn clause_antecedent(cx: &Context, p: &Parsed, x: usize) -> Option<usize> {
    let w = p.lower(x);
    let person = match w {
        "he" | "she" | "him" | "her" | "his" => true,
        "it" | "they" | "them" | "its" | "their" => false,
        _ => return None,
    };
    // "its security service accused them": a body named as an object is a third party,
    // found by the nearest actor before it, not by the clauses above.
    if !person && matches!(p.rel(x), "obj" | "iobj") {
        return None;
    }
    let mut up = p.syn.head(x)?;
    // "Islamabad accused them": an object is not its own verb's subject.
    let mut skip = matches!(p.rel(x), "obj" | "iobj") || p.rel(x).starts_with("obl");
    for _ in 0..6 {
        for s in p.syn.children(up).to_vec() {
            if s == x || !p.rel(s).starts_with("nsubj") || skip {
                continue;
            }
            // "Democratic Party leader X said she ...": the subject's own entity, else the
            // first one of the right kind hung on it (X, not the party).
            // ... and, for a person, of no gender known to disagree ("she" is not Mr X).
            let female = matches!(w, "she" | "her");
            let kind = |e: &usize| {
                let ent = &cx.ents.list[*e];
                (ent.etype == EntityType::Person) == person
                    && !(person && ent.female == Some(!female))
            };
            // "X, who said he had met ...": the relative pronoun stands for X.
            let s = relative_antecedent(p, s);
            let e = p.ent[s].map(|(e, _)| e).filter(kind).or_else(|| {
                p.syn
                    .children(s)
                    .iter()
                    .find_map(|&c| p.ent[c].map(|(e, _)| e).filter(kind))
            });
            if let Some(e) = e {
                return Some(e);
            }
            // "Petrov's party said it would appeal": a subject no entity names stands for
            // the body its phrase names ("party" for the party named last), else for the
            // one who owns it.
            let body = !person && !matches!(p.sent.tokens[s].upos.as_str(), "PRON");
            let phrase = if body {
                entities_of(cx, p, s, true)
            } else {
                Vec::new()
            };
            // "it" is the body even when only its owner is named ("his government" of
            // a person whose country is unknown); "they" may be people he leads.
            let owner = phrase
                .first()
                .copied()
                .filter(|_| matches!(w, "it" | "its"));
            if let Some(e) = phrase.iter().copied().find(kind).or(owner) {
                return Some(e);
            }
        }
        skip = false;
        // "The opposition called for a strike and said it would ...", misparsed as a noun
        // phrase: the noun the sentence hangs on stands for the missing subject.
        if p.rel(up) == "root" && matches!(p.sent.tokens[up].upos.as_str(), "NOUN" | "PROPN") {
            let kind = |e: &usize| (cx.ents.list[*e].etype == EntityType::Person) == person;
            // "The party's leader, X, ruled out ... whom he accused": the name set off
            // beside the root noun is who the noun is.
            let named = || {
                (p.syn.children_with(up, "appos").iter())
                    .find_map(|&a| p.ent[a].map(|(e, _)| e).filter(kind))
            };
            return p.ent[up].map(|(e, _)| e).filter(kind).or_else(named);
        }
        up = p.syn.head(up)?;
    }
    None
}

/// "The front said the attack was a reply. They accused the army ...", "He said they would
/// be hunted down", "... meet their leaders": a subject "they" or "it", or a possessive
/// "their" or "its", with no antecedent in its own clauses stands
/// for a body of the sentence before that agrees with it. "They" wants a group (the last
/// one named there other than its speaker, "the rebels") or else the organisation the
/// sentence is about; "it" the organisation or country the sentence is about.
pub(super) fn previous_body(cx: &Context, p: &Parsed, x: usize) -> Option<usize> {
    let w = p.lower(x);
    let plural = match w {
        "they" | "their" => true,
        "it" | "its" => false,
        _ => return None,
    };
    let possessive = matches!(w, "their" | "its");
    if !(p.rel(x).starts_with("nsubj") || possessive && p.rel(x) == "nmod:poss") {
        return None;
    }
    // "The company said it would appeal": a clause above with a noun for its subject says
    // whom the pronoun means, even when no entity stands for that noun.
    let mut up = p.syn.head(x);
    while let Some(h) = up {
        let nominal_subject = (p.syn.children(h).iter()).any(|&c| {
            c != x
                && p.rel(c).starts_with("nsubj")
                && matches!(p.sent.tokens[c].upos.as_str(), "NOUN" | "PROPN")
        });
        if nominal_subject {
            return None;
        }
        up = p.syn.head(h);
    }
    // A body already named before the pronoun in its own sentence is the nearer
    // candidate, which the grammar above did not take: leave it.
    let body = |e: usize| cx.ents.list[e].etype != EntityType::Person;
    if (0..x).any(|k| p.ent[k].is_some_and(|(e, place)| !place && body(e))) {
        return None;
    }
    let s = p.rule_sent[x];
    let prev = s.checked_sub(1)?;
    let view = cx.views.get(prev)?;
    let etype = |e: usize| cx.ents.list[e].etype;
    let body_actors: Vec<&crate::roles::Actor> = (view.actors.iter())
        .filter(|a| !a.place)
        .filter(|a| {
            matches!(
                etype(a.ent),
                EntityType::Organisation | EntityType::Group | EntityType::Country
            )
        })
        .collect();
    let bodies: Vec<usize> = body_actors.iter().map(|a| a.ent).collect();
    // "Russia's embassy called the case invented. It did not say ...": the country that
    // owns the body opening the sentence only names whose body it is.
    let owned = |c: &crate::roles::Actor| {
        (body_actors.iter()).find(|a| {
            a.ent != c.ent
                && etype(a.ent) == EntityType::Organisation
                && a.toks.start <= c.toks.end + 1
                && a.toks.end > c.toks.end
        })
    };
    let first = body_actors.first().map(|&c| match etype(c.ent) {
        EntityType::Country => owned(c).map_or(c.ent, |a| a.ent),
        _ => c.ent,
    });
    if plural {
        // "Police said the rebels had fled. They ...": the group reported on, not the
        // one reporting.
        let speaker = view.speaker.as_ref().map(|sp| sp.ent);
        let group = |e: &usize| etype(*e) == EntityType::Group && !collective(cx, *e);
        (bodies.iter().rev())
            .find(|&&e| group(&e) && Some(e) != speaker)
            .or_else(|| bodies.iter().find(|e| group(e)))
            .copied()
            .or_else(|| first.filter(|&e| etype(e) == EntityType::Organisation))
    } else {
        first.filter(|&e| matches!(etype(e), EntityType::Organisation | EntityType::Country))
    }
}

/// "X spoke on Monday. His government signed ...": a possessive "his" or "her" that no
/// clause above accounts for stands for the person named last before it whose gender is not
/// known to disagree, as it does in the copy that follows a person's naming.
pub(super) fn owner_person(cx: &Context, p: &Parsed, x: usize) -> Option<usize> {
    let female = match p.lower(x) {
        "his" => false,
        "her" => true,
        _ => return None,
    };
    // Only where the person stands for a body ("his government", "her party"): "his
    // arrest" retells an arrest already reported, with the person named there.
    let body = p.syn.head(x).is_some_and(|h| {
        GOVERNING.contains(&p.lemma(h)) || matches!(p.lemma(h), "party" | "ministry" | "country")
    });
    if p.rel(x) != "nmod:poss" || !body {
        return None;
    }
    let at = p.sent.tokens[x].byte_start;
    cx.ents.latest_mentioned(
        |_, ent| ent.etype == EntityType::Person && ent.female != Some(!female),
        |m| m.naming && m.end <= at,
    )
}

/// "She invited him to visit Warsaw": "him" or "her" as an object is not its verb's
/// subject but the person named last before it who agrees in gender.
pub(super) fn object_person(cx: &Context, p: &Parsed, x: usize) -> Option<usize> {
    let female = match p.lower(x) {
        "him" => false,
        "her" => true,
        _ => return None,
    };
    if !matches!(p.rel(x), "obj" | "iobj") {
        return None;
    }
    let verb = p.syn.head(x)?;
    let subjects: Vec<usize> = (p.pred(verb).subjects.iter())
        .filter_map(|&k| p.ent[k].map(|(e, _)| e))
        .collect();
    let at = p.sent.tokens[x].byte_start;
    cx.ents.latest_mentioned(
        |e, ent| {
            ent.etype == EntityType::Person && ent.female != Some(!female) && !subjects.contains(&e)
        },
        |m| m.naming && m.end <= at,
    )
}

/// The entities a phrase headed by `h` stands for: its own entity, else one named in its
/// apposition, compound, possessor, "of / from / for" complement or nationality adjective.
pub(super) fn entities_of(cx: &Context, p: &Parsed, h: usize, as_actor: bool) -> Vec<usize> {
    // "pledged 150 million Australian dollars": a sum is no party, whatever country's
    // money it is counted in.
    if crate::quantity::MONEY.contains(&p.lemma(h)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut todo = vec![(h, 0)];
    let mut k = 0;
    while k < todo.len() {
        let (x, depth) = todo[k];
        k += 1;
        if let Some(e) = actor_at(cx, p, x, as_actor) {
            if !out.contains(&e) {
                out.push(e);
            }
            // "met Polish Prime Minister Ewa Nowak", parsed with the name in apposition to
            // the nationality: the person too.
            if p.sent.tokens[x].upos == "ADJ" {
                for c in p.syn.children_with(x, "appos") {
                    todo.insert(k, (c, depth));
                }
            }
            // "ministers from Egypt, Ethiopia and Sudan": the conjuncts come along, next in
            // line, before anything deeper cuts the search short.
            for (n, c) in p.syn.children_with(x, "conj").into_iter().enumerate() {
                todo.insert(k + n, (c, depth));
            }
            continue;
        }
        // "His lawyer said the defence would appeal": the defence is the client's side.
        if depth == 0 && the_defence(p, x) {
            extend_new(&mut out, defended(cx, p, x));
        }
        if depth >= 2 {
            continue;
        }
        for &c in p.syn.children(x) {
            let rel = p.rel(c);
            // "his rival" is someone other than him.
            // "his rival" is someone other than him, "their assets" are only theirs; but
            // "their leaders" stand for the body.
            let speaks_for = matches!(
                p.lemma(x),
                "leader"
                    | "representative"
                    | "delegate"
                    | "envoy"
                    | "negotiator"
                    | "official"
                    | "executive"
                    | "director"
                    | "chairman"
                    | "founder"
                    | "secretary"
            ) || secretary_general(p, x);
            // "said his party would challenge the outcome", "X's party said": the party
            // the story named last.
            if rel == "nmod:poss" && p.lemma(x) == "party" {
                if let Some(e) = party_before(cx, p.sent.tokens[x].byte_start) {
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
                // "X said his party would negotiate": the speaker acts with the party, and
                // names it when the party named last is another.
                // Only "his"/"her": "their party said" would look for the antecedent
                // through this same phrase again, without end.
                let speaker = (p.rel(x).starts_with("nsubj")
                    && matches!(p.lower(c), "his" | "her"))
                .then(|| clause_antecedent(cx, p, c))
                .flatten()
                .filter(|&e| cx.ents.list[e].etype == EntityType::Person);
                extend_new(&mut out, speaker);
            }
            // "His lawyer said his client would appeal": the client is the one the lawyer
            // of the sentence acts for, not the nearest person before the pronoun.
            if rel == "nmod:poss" && p.lemma(x) == "client" {
                extend_new(&mut out, defended(cx, p, x));
            }
            if rel == "nmod:poss" && p.sent.tokens[c].upos == "PRON" {
                // "said her government would ask ...": the speaker's government is her
                // country's.
                if GOVERNING.contains(&p.lemma(x)) {
                    extend_new(&mut out, government_of(cx, p, c));
                }
                if !(speaks_for && matches!(p.lower(c), "its" | "their")) {
                    continue;
                }
            }
            // "rejected the claims, and observers ... said": the next clause's subject.
            let next_subject =
                rel == "conj" && p.syn.head(x).is_some_and(|v| next_clause_subject(p, v, c));
            let through = match rel {
                "conj" => !next_subject,
                "appos" | "flat" | "compound" | "nmod:poss" | "amod" => true,
                // An nmod without a preposition is an apposition the parser misread.
                "nmod" => matches!(
                    p.syn.preposition(c).as_deref(),
                    Some("of" | "from" | "for" | "including") | None
                ),
                _ => false,
            };
            // "Iraqi coast guard boats": the words of one compound are one level, so the
            // nationality that opens a long one is reached as in "Iraqi boats".
            let same_compound = matches!(rel, "compound" | "amod") && p.rel(x) == "compound";
            if through {
                todo.push((c, depth + usize::from(!same_compound)));
            }
        }
        // Found something closer to the head: stop before the next level.
        if !out.is_empty() && todo.get(k).is_some_and(|&(_, d)| d > depth) {
            break;
        }
    }
    out
}

/// "its secretary general", "its secretary-general": the parse heads the title on "general",
/// which alone would be an army's rank.
fn secretary_general(p: &Parsed, x: usize) -> bool {
    let w = p.lower(x);
    w == "secretary-general" || w == "general" && x > 0 && p.lower(x - 1) == "secretary"
}

/// The organisation last named before byte `at` whose name ends in a word for a party.
fn party_before(cx: &Context, at: usize) -> Option<usize> {
    let party = |_, e: &crate::entities::Ent| {
        let last = e.label.rsplit(' ').next().unwrap_or("").to_lowercase();
        e.etype == EntityType::Organisation && crate::party_words::ends_party_name(&last)
    };
    cx.ents.latest_mentioned(party, |m| m.naming && m.end <= at)
}

/// Nouns for the body that governs a country: "her government" is her country's.
const GOVERNING: [&str; 3] = ["government", "administration", "cabinet"];

/// The government a possessive pronoun at `c` points to: a country or body itself ("its
/// government"), else the country of the person it stands for ("her government"), else
/// that person.
fn government_of(cx: &Context, p: &Parsed, c: usize) -> Vec<usize> {
    let Some(e) = actor_at(cx, p, c, true) else {
        return Vec::new();
    };
    let ent = &cx.ents.list[e];
    if ent.etype != EntityType::Person {
        return vec![e];
    }
    let country = (ent.country.as_ref()).and_then(|iso| cx.ents.named_country(iso));
    // With no country known, the person stands for the government she speaks of.
    vec![country.unwrap_or(e)]
}

/// The entity of token `x` when it can act: a capital city standing for its country
/// ("Cairo blamed Addis Ababa") becomes the country.
pub(super) fn actor_at(cx: &Context, p: &Parsed, x: usize, as_actor: bool) -> Option<usize> {
    let found = entity_at(cx, p, x, as_actor);
    // "the Kyrgyz side": a nationality the name step took for a place still names the country.
    let modifier = p.sent.tokens[x].upos == "ADJ" || matches!(p.rel(x), "amod" | "compound");
    if found.is_none() && as_actor && p.ent[x].is_some() && modifier {
        let c = demonym(cx, &p.sent.tokens[x].text)?;
        return cx.ents.named_country(&c.iso2);
    }
    found
}

fn entity_at(cx: &Context, p: &Parsed, x: usize, as_actor: bool) -> Option<usize> {
    let resolved = p.pronoun.get(x).copied().flatten().map(|e| (e, false));
    let Some((e, place)) = resolved.or(p.ent[x]) else {
        // "Greek airspace", "Turkish jets": a nationality adjective stands for its country
        // when the article names that country.
        let t = &p.sent.tokens[x];
        // "Pakistani and Afghan forces": the tagger may call the second adjective a name.
        let coordinated = t.upos == "PROPN" && p.rel(x) == "conj";
        if as_actor && (t.upos == "ADJ" || coordinated) || matches!(p.rel(x), "amod" | "compound") {
            let c = demonym(cx, &t.text)?;
            return cx.ents.named_country(&c.iso2);
        }
        return None;
    };
    let ent = &cx.ents.list[e];
    if !as_actor {
        return Some(e);
    }
    match ent.etype {
        EntityType::City => {
            let iso = ent.country.as_ref()?;
            let capital = crate::events::is_capital(cx.doc.lex, iso, &ent.label);
            // A capital stands for its government only when the article names the country.
            capital.then(|| cx.ents.country_entity(iso)).flatten()
        }
        // A name known only as somewhere that acts ("Arnor signed ...") acts as its people.
        EntityType::Location if !place => Some(e),
        EntityType::Region | EntityType::Facility | EntityType::Line | EntityType::Location => None,
        _ if place && ent.etype != EntityType::Country => None,
        _ => Some(e),
    }
}

/// The country of a nationality word. The "-stan" countries' people go by the stem
/// ("the Kyrgyz side", "Tajik troops"), which the compiled list may spell otherwise
/// ("Kirghiz"); too short a stem ("Pak") is no nationality.
fn demonym<'l>(cx: &Context<'l>, word: &str) -> Option<&'l newsgraph_lexicon::Country> {
    let lex = cx.doc.lex;
    lex.demonym(word).or_else(|| {
        if word.chars().count() < 4 || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        // One buffer for both spellings: asked of every longer word no list calls a
        // nationality, a new string for each was most of the ask.
        let mut name = String::with_capacity(word.len() + 5);
        ["stan", "istan"].iter().find_map(|suffix| {
            name.clear();
            name.push_str(word);
            name.push_str(suffix);
            lex.country(&name).filter(|c| c.name.ends_with("stan"))
        })
    })
}

pub(super) fn all_entities(cx: &Context, p: &Parsed, heads: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for &h in heads {
        let h = relative_antecedent(p, h);
        extend_new(&mut out, entities_of(cx, p, h, true));
    }
    out
}

/// "X, who accused Y", "Y, whom X accused": the relative pronoun stands for the noun the clause hangs on.
fn relative_antecedent(p: &Parsed, h: usize) -> usize {
    if matches!(p.lower(h), "who" | "whom" | "which" | "that") {
        let mut x = h;
        for _ in 0..4 {
            let Some(up) = p.syn.head(x) else { break };
            if p.rel(x).starts_with("acl") {
                return appositive_head(p, up);
            }
            x = up;
        }
        // "Serbia, which does not recognise ...", with the clause misparsed as hung on the
        // main verb (advcl, conj): a "who"/"which" right after a comma still stands for the
        // noun the comma closes. "that" is left out: after a comma it opens a clause.
        if let Some(n) = comma_closed_noun(p, h) {
            return appositive_head(p, n);
        }
    }
    h
}

/// "Algeria, Mauritania's neighbour, which backs ...": the clause describes the name the
/// appositive describes. Only a common noun set beside a name: "the plan, according to the
/// minister, who said" is misparsed with the minister as the plan's appositive.
fn appositive_head(p: &Parsed, n: usize) -> usize {
    match p.syn.head(n) {
        Some(up)
            if p.rel(n) == "appos"
                && up < n
                && p.sent.tokens[n].upos == "NOUN"
                && p.sent.tokens[up].upos == "PROPN" =>
        {
            up
        }
        _ => n,
    }
}

/// "the Bank, which approved a loan", with the relative clause misparsed as a conjunct or
/// adverbial clause of the main verb: the verb at `v` has a "who"/"which" subject set off by
/// a comma, so it is a relative clause and keeps its own tense and modality.
pub(super) fn misattached_relative(p: &Parsed, v: usize) -> bool {
    !p.rel(v).starts_with("acl")
        && (p.syn.children(v).iter())
            .any(|&c| p.rel(c).starts_with("nsubj") && comma_closed_noun(p, c).is_some())
}

fn comma_closed_noun(p: &Parsed, h: usize) -> Option<usize> {
    if !matches!(p.lower(h), "who" | "which") || h < 2 || p.lower(h - 1) != "," {
        return None;
    }
    let mut n = h - 2;
    if !matches!(p.sent.tokens[n].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    // The last word of a name ("Front" in "the Polisario Front") may hang on its head.
    for _ in 0..3 {
        match p.syn.head(n) {
            Some(up)
                if up > n && up < h && matches!(p.rel(n), "compound" | "flat" | "flat:name") =>
            {
                n = up
            }
            _ => break,
        }
    }
    Some(n)
}

/// "Greenpeace, which Norway fined last year, criticised the plan", misparsed with the main
/// verb at `i` joined to the verb of the relative or participle clause set off by commas:
/// the noun that clause describes is the subject, not the clause's own subject or agent.
pub(super) fn described_by_closed_clause(p: &Parsed, i: usize, has_subject: bool) -> Option<usize> {
    // "..., offered to mediate" hung as an adverbial clause is the main verb too when
    // nothing ("after", "as") subordinates it and it is finite.
    let unmarked_finite = p.rel(i) == "advcl"
        && matches!(p.sent.tokens[i].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        && p.syn.children_with(i, "mark").is_empty();
    let joined = p.rel(i) == "conj" || unmarked_finite;
    if has_subject || !joined || i == 0 || p.lower(i - 1) != "," {
        return None;
    }
    let clause = p.syn.head(i).filter(|&h| p.rel(h).starts_with("acl"))?;
    let noun = p.syn.head(clause).filter(|&n| n < clause)?;
    // The clause opens with a comma after the noun's phrase: "X, which ...", "X, backed by".
    let opened = (noun + 1..clause).any(|k| p.lower(k) == ",");
    let nominal = matches!(p.sent.tokens[noun].upos.as_str(), "NOUN" | "PROPN");
    (opened && nominal).then_some(noun)
}

/// The actor whose mention opens the sentence (after a determiner), when the words from it
/// to the verb at `i` are only auxiliaries, adjectives and particles ("is due to").
pub(super) fn opening_actor(cx: &Context, p: &Parsed, i: usize) -> Option<usize> {
    let mut k = 0;
    while k < i && p.sent.tokens[k].upos == "DET" {
        k += 1;
    }
    let e = actor_at(cx, p, k, true)?;
    let mut end = k;
    while end < i && actor_at(cx, p, end, true) == Some(e) {
        end += 1;
    }
    let bridged = (end..i).all(|x| {
        matches!(
            p.sent.tokens[x].upos.as_str(),
            "AUX" | "ADJ" | "PART" | "ADV"
        ) && p.lower(x) != "that"
    });
    bridged.then_some(e)
}

/// "after its security service accused them", misparsed: the actor whose mention ends
/// right before the verb at `i` (auxiliaries and adverbs aside), when no preposition of
/// place or relation governs it.
pub(super) fn actor_before(cx: &Context, p: &Parsed, i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    while matches!(p.sent.tokens[k].upos.as_str(), "AUX" | "ADV" | "PART") {
        k = k.checked_sub(1)?;
    }
    if !matches!(p.sent.tokens[k].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let e = actor_at(cx, p, k, true)?;
    let mut first = k;
    while first > 0 && actor_at(cx, p, first - 1, true) == Some(e) {
        first -= 1;
    }
    let governed = first > 0
        && matches!(
            p.lower(first - 1),
            "in" | "at" | "on" | "of" | "with" | "by" | "from" | "to" | "for" | "near" | "against"
        );
    (!governed).then_some(e)
}

/// The police force the article names, nearest before byte `at`, else first after it.
pub(super) fn police(cx: &Context, at: usize) -> Option<usize> {
    let force = |e: &Ent| {
        matches!(e.etype, EntityType::Organisation | EntityType::Group)
            && e.label
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("police"))
    };
    (cx.ents.latest_mentioned(|_, e| force(e), |m| m.end <= at))
        .or_else(|| cx.ents.first_mentioned(force))
}

/// A group actor of the sentence that names the parties ("the parties", "both sides"):
/// "thousands of villagers" or "ministers" in the sentence are not the ones fighting.
pub(super) fn group_in(cx: &Context, p: &Parsed) -> Option<usize> {
    p.ent
        .iter()
        .flatten()
        .find(|(e, place)| !place && collective(cx, *e))
        .map(|(e, _)| *e)
}

/// "a meeting ... at Lind's": the actor whose place hosts the event noun at `i`.
pub(super) fn host_of(cx: &Context, p: &Parsed, i: usize) -> Option<usize> {
    let n = p.sent.tokens.len();
    let at = (i + 1..(i + 12).min(n))
        .find(|&k| p.lower(k) == "at" && k + 2 < n && matches!(p.lower(k + 2), "'s" | "s"))?;
    actor_at(cx, p, at + 1, true)
}

/// "accused them", "their troops": the nearest actor named before `x` in the sentence
/// that is not among `not`.
pub(super) fn pronoun_antecedent(
    cx: &Context,
    p: &Parsed,
    x: usize,
    not: &[usize],
) -> Option<usize> {
    // A pronoun standing between is no antecedent ("after its security service accused
    // them": "its" is the country, "them" the diplomats named before it).
    // A word that only modifies a noun ("army" in "attacked an army post") is no antecedent:
    // "drove them back" speaks of those who attacked, not of the post's owner.
    let modifier = |k: usize| {
        p.rel(k) == "compound"
            && (p.syn.head(k)).is_some_and(|h| h > k && p.sent.tokens[h].upos == "NOUN")
    };
    let mut named = (0..x)
        .rev()
        .filter(|&k| p.sent.tokens[k].upos != "PRON" && !modifier(k));
    let found = named.find_map(|k| {
        actor_at(cx, p, k, true).filter(|e| {
            !not.contains(e)
                && cx.ents.list[*e].etype != EntityType::Person
                && (k == 0 || actor_at(cx, p, k - 1, true) != Some(*e))
        })
    });
    // "Moldova expelled two diplomats. The service accused them ...": the group the
    // sentence before names.
    found.or_else(|| {
        let w = p.lower(x);
        (w == "them")
            .then(|| previous_group(cx, p, x, not))
            .flatten()
    })
}

/// The last group the sentence before `x`'s names other than its speaker and `not`.
fn previous_group(cx: &Context, p: &Parsed, x: usize, not: &[usize]) -> Option<usize> {
    let prev = p.rule_sent[x].checked_sub(1)?;
    let view = cx.views.get(prev)?;
    let speaker = view.speaker.as_ref().map(|sp| sp.ent);
    (view.actors.iter().rev()).map(|a| a.ent).find(|&e| {
        cx.ents.list[e].etype == EntityType::Group
            && !collective(cx, e)
            && Some(e) != speaker
            && !not.contains(&e)
    })
}

/// "the two countries", "both sides", "the parties": a group that stands for the two
/// countries of the story.
pub(super) fn collective(cx: &Context, g: usize) -> bool {
    let e = &cx.ents.list[g];
    // Only a group's label is lowered: this is asked of every actor of an event.
    // "the opposition parties" are parties of a kind, not the story's two sides.
    e.etype == EntityType::Group && !e.key.starts_with("group:parties:") && {
        let label = e.label.to_lowercase();
        [
            "two",
            "both",
            "sides",
            "parties",
            "countries",
            "neighbours",
            "neighbors",
        ]
        .iter()
        .any(|w| label.split_whitespace().any(|x| x == *w))
    }
}

/// "According to Foreign Minister Ana Lind, ...": the speaker is whoever heads the phrase
/// "according to" introduces.
pub(super) fn according_to(cx: &Context, p: &Parsed) -> Option<usize> {
    let k = (0..p.sent.tokens.len()).find(|&k| {
        p.lower(k) == "according" && p.sent.tokens.get(k + 1).is_some_and(|t| t.text == "to")
    })?;
    let h = p.syn.head(k)?;
    entities_of(cx, p, h, true).into_iter().find(|&e| {
        matches!(
            cx.ents.list[e].etype,
            EntityType::Person | EntityType::Organisation | EntityType::Group | EntityType::Country
        )
    })
}

/// The person most recently named before byte `at`, other than those in `not`.
pub(super) fn latest_person_before(cx: &Context, at: usize, not: &[usize]) -> Option<usize> {
    cx.ents.latest_mentioned(
        |e, ent| ent.etype == EntityType::Person && !not.contains(&e),
        |m| m.naming && m.end <= at,
    )
}

/// "the defence" standing alone as a clause's subject: the side a lawyer speaks for (not
/// "the defence ministry", whose head is another word).
fn the_defence(p: &Parsed, x: usize) -> bool {
    matches!(p.lemma(x), "defence" | "defense")
        && p.rel(x).starts_with("nsubj")
        && (p.syn.children_with(x, "det").iter()).any(|&d| p.lower(d) == "the")
        && p.syn.children(x).len() == 1
}

/// The side "his client" or "the defence" stands for where a lawyer speaks: the client
/// ([`client_of`], or "a lawyer for the company") and the lawyer, who acts for the client
/// and whom E1 names beside the client as the doer ("His lawyer, X, said his client would
/// appeal").
fn defended(cx: &Context, p: &Parsed, x: usize) -> Vec<usize> {
    let Some(lawyer) = (0..x).find(|&k| counsel(p.lemma(k))) else {
        return Vec::new();
    };
    let for_client = (p.syn.children_with(lawyer, "nmod").into_iter())
        .filter(|&c| p.syn.preposition(c).as_deref() == Some("for"))
        .find_map(|c| actor_at(cx, p, c, true));
    let client = client_of(cx, p, x).or(for_client);
    // The lawyer's name: the word itself, its apposition, or the name it stands in
    // apposition to ("X, a lawyer, said").
    let person = |e: &usize| cx.ents.list[*e].etype == EntityType::Person;
    let appositive = p.syn.children_with(lawyer, "appos").into_iter();
    let named = (p.rel(lawyer) == "appos")
        .then(|| p.syn.head(lawyer))
        .flatten();
    let counsel = std::iter::once(lawyer)
        .chain(appositive)
        .chain(named)
        .find_map(|k| actor_at(cx, p, k, true).filter(person));
    let mut out: Vec<usize> = client.into_iter().collect();
    out.extend(counsel.filter(|e| Some(*e) != client));
    out
}

/// Words for one who speaks for a person in court.
fn counsel(lemma: &str) -> bool {
    matches!(
        lemma,
        "lawyer" | "attorney" | "counsel" | "advocate" | "solicitor"
    )
}

/// The person a lawyer of `x`'s sentence acts for: the one the sentence names ("Kamara's
/// lawyer said his client ..."), else, for "his lawyer" or "her lawyer", the person the story
/// named last before the sentence who has not spoken in it: the person named last is as
/// often the judge or the prosecutor as the client, but they are named for what they say.
fn client_of(cx: &Context, p: &Parsed, x: usize) -> Option<usize> {
    let lawyer = (0..p.sent.tokens.len()).find(|&k| k != x && counsel(p.lemma(k)))?;
    let owner = p
        .syn
        .children_with(lawyer, "nmod:poss")
        .into_iter()
        .next()?;
    if p.sent.tokens[owner].upos == "PRON" {
        if !matches!(p.lower(owner), "his" | "her") {
            return None;
        }
        let s = p.rule_sent[x];
        let doc = cx.doc;
        let start = doc.toks.get(doc.sents.get(s)?.toks.start)?.start;
        let speakers: Vec<usize> = (cx.views.iter().take(s))
            .filter_map(|v| v.speaker.as_ref().map(|sp| sp.ent))
            .collect();
        return latest_person_before(cx, start, &speakers);
    }
    let e = p.ent[owner].map(|(e, _)| e)?;
    (cx.ents.list[e].etype == EntityType::Person).then_some(e)
}

/// "Judges of Trial Chamber IV found that X ...", "The Tribunal de Corts found X guilty": the
/// byte where the name opening the finding that sentence `s` reports starts, for a verdict
/// whose court the lead named otherwise (by its full title, its nation).
fn finding_in(cx: &Context, s: usize) -> Option<usize> {
    let toks = cx.doc.sents.get(s)?.toks.clone();
    let found = (toks.start + 1..toks.end).find(|&k| cx.doc.lower(k) == "found")?;
    let named = if cx.doc.lower(found + 1) == "that" {
        found + 2
    } else {
        found + 1
    };
    (named < toks.end).then(|| cx.doc.toks[named].start)
}

/// The court named last before `p`'s sentence, other than those in `not`: the one whose
/// ruling an appeal in the sentence answers.
pub(super) fn ruling_court(cx: &Context, p: &Parsed, not: &[usize]) -> Option<usize> {
    let start = p.sent.tokens.first()?.byte_start;
    cx.ents.latest_mentioned(
        |e, ent| {
            !not.contains(&e)
                && ent.etype == EntityType::Organisation
                && crate::roles::court(&ent.label)
        },
        |m| m.naming && m.end <= start,
    )
}

/// "A Riga court sentenced a former border guard to eight years ... The Riga City Court
/// found that Andris Ozols had ...": a verdict's defendant the lead describes ("a former
/// border guard") is the person the next sentence names after the court, or, when the
/// court comes up there under another name ("Judges of Trial Chamber IV"), after the
/// finding it reports ("found that"). Object `o` of `p`'s sentence, the verdict's doers
/// `sources`. None when the object is not indefinite, the next sentence brings up neither
/// a court among the doers nor a finding, or no one is named after it there. An arrest's
/// suspect is named the same way after whoever made the arrest.
pub(super) fn defendant_named_next(
    cx: &Context,
    p: &Parsed,
    o: usize,
    sources: &[usize],
) -> Option<usize> {
    let indefinite =
        (p.syn.children_with(o, "det").into_iter()).any(|d| matches!(p.lower(d), "a" | "an"));
    if !indefinite {
        return None;
    }
    let next = p.rule_sent[o] + 1;
    // An arrest's suspect is named by whoever made it ("The committee said Deputy Minister
    // X ..."), not only by a court.
    let arrest = (p.syn.head(o)).is_some_and(|v| matches!(p.lemma(v), "arrest" | "detain"));
    let verdict = (p.syn.head(o)).is_some_and(|v| {
        matches!(
            p.lemma(v),
            "sentence" | "convict" | "acquit" | "jail" | "imprison"
        )
    });
    let court_at = (sources.iter())
        .filter(|&&e| arrest || crate::unnamed_courts::is_court(&cx.ents.list[e].label))
        .flat_map(|&e| cx.ents.list[e].mentions.iter())
        .filter(|m| m.sent == next)
        .map(|m| m.end)
        .min();
    // Without the court, only the name the finding opens with: "found that X", "found X
    // guilty", not anyone named later in the finding.
    let (from, to) = match court_at {
        Some(at) => (at, usize::MAX),
        None if verdict => {
            let at = finding_in(cx, next)?;
            (at, at)
        }
        None => return None,
    };
    (cx.ents.list.iter().enumerate())
        .filter(|(e, ent)| ent.etype == EntityType::Person && !sources.contains(e))
        .filter_map(|(e, ent)| {
            let first = (ent.mentions.iter())
                .filter(|m| m.naming && m.sent == next && m.start >= from && m.start <= to)
                .map(|m| m.start)
                .min()?;
            Some((first, e))
        })
        .min()
        .map(|(_, e)| e)
}
