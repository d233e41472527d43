//! Roles one clause's grammar leaves open but the story around it settles: whom a demand for
//! someone's release is made of, whom a host of talks receives, who someone's rival is, who
//! the defendants a verdict only counts are, and who does the second of two acts joined by
//! "and" when the parse lost its subject.

use super::*;

/// Nouns that name setting someone free: asked of whoever holds them.
const FREEING: [&str; 3] = ["release", "freedom", "return"];

/// "demanded their immediate release", "called for the release of the crew", "demanded
/// that the crew be freed": freeing is
/// asked of whoever holds them, the doers of the latest coercion the story reports (a
/// seizure, an arrest, a detention), other than the ones asking.
pub(super) fn holders_asked(
    p: &Parsed,
    pred: &Predicate,
    previous: &[EventOut],
    sources: &[usize],
) -> Vec<usize> {
    let mut heads: Vec<usize> = pred.objects.clone();
    heads.extend(obliques_with(p, pred, &["for"]));
    // "demanded that the crew be freed at once": the clause asks for the freeing.
    let freed_in_clause = (pred.complements.iter()).any(|&c| {
        let w = p.lower(c);
        FREEING.contains(&p.lemma(c)) || w.starts_with("freed") || w.starts_with("releas")
    });
    if !freed_in_clause && !heads.iter().any(|&o| FREEING.contains(&p.lemma(o))) {
        return Vec::new();
    }
    let held = |e: &&EventOut| {
        e.cameo.root() == "17"
            && e.polarity == Polarity::Asserted
            && e.sources.iter().any(|x| !sources.contains(x))
    };
    (previous.iter().rev().find(held))
        .map(|e| {
            (e.sources.iter().copied())
                .filter(|x| !sources.contains(x))
                .collect()
        })
        .unwrap_or_default()
}

/// "Qatar, which has hosted the talks since October": the host receives those who took
/// part in the talks reported before.
pub(super) fn guests_of(
    cx: &Context,
    p: &Parsed,
    i: usize,
    pred: &Predicate,
    previous: &[EventOut],
    sources: &[usize],
) -> Vec<usize> {
    if p.lemma(i) != "host" {
        return Vec::new();
    }
    if let Some(bloc) = summit_bloc(cx, p, i, pred) {
        return [bloc]
            .into_iter()
            .filter(|b| !sources.contains(b))
            .collect();
    }
    let meeting = |o: usize| reaction_roots(cx, p, o).is_some_and(|r| r == ["04"]);
    // "hosted earlier rounds of negotiations": the meeting is the "of" noun of a count.
    let talks = (pred.objects.iter()).find_map(|&o| {
        std::iter::once(o)
            .chain(nmods_with(p, o, &["of"]))
            .find(|&m| meeting(m))
    });
    let Some(o) = talks else {
        return Vec::new();
    };
    let guests = reacted_to(cx, p, o, previous, sources);
    if !guests.is_empty() {
        return guests;
    }
    // No talks reported before ("Venezuela, which hosted earlier rounds of negotiations"):
    // the guests are the story's two sides, those of its fighting, its two countries or its
    // quarrel, the host aside.
    story_sides(cx, p.rule_sent[i], previous, sources)
        .map(|(a, b)| {
            [a, b]
                .into_iter()
                .filter(|x| !sources.contains(x))
                .collect::<Vec<_>>()
        })
        .find(|guests| !guests.is_empty())
        .unwrap_or_default()
}

/// "Ankara will host the next summit", "the next summit, which Bolivia will host": a
/// summit named for no one ("of African leaders", "between the two") is the sitting of
/// the bloc the story is about, which its host receives, not the members named last.
fn summit_bloc(cx: &Context, p: &Parsed, i: usize, pred: &Predicate) -> Option<usize> {
    let relative = object_relative(p, i).map(|(antecedent, _)| antecedent);
    let summit = (pred.objects.iter().copied())
        .chain(relative)
        .find(|&o| p.lemma(o) == "summit")?;
    if !nmods_with(p, summit, &["of", "between", "with", "for", "on"]).is_empty() {
        return None;
    }
    let at = p.sent.tokens[i].byte_start;
    crate::descriptions::story_bloc(cx.doc, cx.ents, at)
}

/// "Tembo thanked voters in an address and called on her rival to ...", with the parse
/// hanging the second verb where no subject reaches it: a verb right after "and" or "but"
/// does what the event just before it in the same clause did, by the same doers.
pub(super) fn shared_doers(p: &Parsed, i: usize, previous: &[EventOut]) -> Vec<usize> {
    let joined = i > 0 && matches!(p.lower(i - 1), "and" | "but");
    if !joined || p.rel(i) != "conj" {
        return Vec::new();
    }
    let s = p.rule_sent[i];
    let at = p.rule_tok[i];
    // The event before must stand in the same clause as the verb: not one reported under a
    // verb of saying ("said the army had shelled the town and demanded ...").
    let same_clause = |e: &EventOut| {
        let Some(k) = (0..i).find(|&k| p.rule_tok[k] == e.trigger.start) else {
            return false;
        };
        !matches!(
            p.rel(k),
            "ccomp" | "advcl" | "acl:relcl" | "xcomp" | "csubj"
        ) && p.sent.tokens[k].upos == "VERB"
    };
    (previous.iter().rev())
        .take_while(|e| e.sent == s)
        .find(|e| e.trigger.end <= at && !e.sources.is_empty() && same_clause(e))
        .map(|e| e.sources.clone())
        .unwrap_or_default()
}

/// "called on her rival to accept the result": a rival, opponent or challenger is the other
/// protagonist of the story, not merely the last person named, who may be an onlooker: of
/// the persons other than `not` named before `at`, one who did or underwent an act reported
/// before (more than a remark), then the one named most often, then the one named last.
pub(super) fn rival_before(
    cx: &Context,
    at: usize,
    not: &[usize],
    previous: &[EventOut],
) -> Option<usize> {
    let acted = |e: usize| {
        (previous.iter()).any(|ev| {
            ev.cameo.root() != "01" && (ev.sources.contains(&e) || ev.targets.contains(&e))
        })
    };
    let named = |ent: &Ent| {
        (ent.mentions.iter())
            .filter(|m| m.naming && m.end <= at)
            .map(|m| m.end)
            .fold((0usize, 0usize), |(n, last), end| (n + 1, last.max(end)))
    };
    (cx.ents.list.iter().enumerate())
        .filter(|(e, ent)| ent.etype == EntityType::Person && !not.contains(e))
        .map(|(e, ent)| {
            let (n, last) = named(ent);
            ((acted(e), n, last), e)
        })
        .filter(|&((_, n, _), _)| n > 0)
        .max_by_key(|&(key, _)| key)
        .map(|(_, e)| e)
}

/// "marched to the embassy and demanded that work be halted": a demand or a complaint
/// joined to a protest is addressed to whom the protest went to.
pub(super) fn protest_addressee(p: &Parsed, i: usize, previous: &[EventOut]) -> Vec<usize> {
    let Some(h) = p.syn.head(i).filter(|_| p.rel(i) == "conj") else {
        return Vec::new();
    };
    let s = p.rule_sent[i];
    (previous.iter().rev())
        .take_while(|e| e.sent == s)
        .find(|e| e.trigger.start == p.rule_tok[h] && e.cameo.root() == "14")
        .map(|e| e.targets.clone())
        .unwrap_or_default()
}

/// "criticised delays in the count by the commission", "praised the handling of the
/// crisis by the army", "repelled an attack by the rebels": praise, blame or force aimed at
/// a thing goes to whoever the phrase says did it.
pub(super) fn makers_of_objects(cx: &Context, p: &Parsed, pred: &Predicate) -> Vec<usize> {
    let mut heads: Vec<usize> = (pred.objects.iter())
        .filter(|&&o| p.ent[o].is_none())
        .flat_map(|&o| marked_within(p, o, "by"))
        .collect();
    // The parser may hang "by X" on the verb itself, which, active, has no agent.
    if !pred.passive && !pred.objects.is_empty() {
        heads.extend(obliques_with(p, pred, &["by"]));
    }
    all_entities(cx, p, &heads)
}

/// ", blocking roads around the building where ministers were meeting and demanding ...":
/// a participle after "and", with no subject or auxiliary of its own, that the parser
/// joined to a clause inside an earlier bare participle, goes on that participle's series:
/// the earlier participle at `k`, whose subject it shares.
pub(super) fn participle_series(p: &Parsed, i: usize) -> Option<usize> {
    let bare = |x: usize| {
        p.sent.tokens[x].xpos == "VBG"
            && !(p.syn.children(x).iter())
                .any(|&c| p.rel(c).starts_with("nsubj") || p.rel(c).starts_with("aux"))
    };
    if p.rel(i) != "conj" || !bare(i) || i == 0 || p.lower(i - 1) != "and" {
        return None;
    }
    let h = p.syn.head(i)?;
    // Joined to a participle of its own series already: the parse is right as it is.
    if bare(h) {
        return None;
    }
    // Climb from the verb it was joined to up to the first bare participle opening a
    // clause after a comma.
    let mut x = h;
    for _ in 0..6 {
        let up = p.syn.head(x)?;
        if bare(up) && p.rel(up) == "advcl" && up > 0 && p.lower(up - 1) == "," {
            return Some(up);
        }
        x = up;
    }
    None
}

/// "demanded that the European Union abandon the deal", with the parse losing the clause
/// (the tagger may read its verb as a preposition): the actor that opens the clause after
/// "that" is whom the demand asks to act.
pub(super) fn that_clause_subject(cx: &Context, p: &Parsed, after: usize) -> Option<usize> {
    let n = p.sent.tokens.len();
    let that = (after..(after + 2).min(n)).find(|&k| p.lower(k) == "that")?;
    (that + 1..n)
        .take_while(|&k| {
            matches!(
                p.sent.tokens[k].upos.as_str(),
                "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM"
            )
        })
        .find_map(|k| actor_at(cx, p, k, true))
}

/// "three Honduran fishing boats and their crews were seized", with the parse hanging the
/// first conjunct elsewhere: the noun phrase right before the "and" that opens the subject
/// is part of it.
pub(super) fn split_subject(cx: &Context, p: &Parsed, subjects: &[usize]) -> Vec<usize> {
    let mut heads = Vec::new();
    for &s in subjects {
        let start = (p.syn.children(s).iter().copied())
            .filter(|&c| c < s)
            .min()
            .unwrap_or(s);
        let Some(j) = start.checked_sub(2) else {
            continue;
        };
        let joined = matches!(p.lower(j + 1), "and" | "or");
        let noun = matches!(p.sent.tokens[j].upos.as_str(), "NOUN" | "PROPN");
        if joined && noun && p.syn.head(j) != Some(s) {
            heads.push(j);
        }
    }
    all_entities(cx, p, &heads)
}

/// Verbs whose object is a reaction their subject met with: "the move drew condemnation
/// from Benin", "the minister faced criticism from the opposition".
const MET_WITH: [&str; 10] = [
    "draw", "spark", "prompt", "provoke", "trigger", "attract", "earn", "face", "receive", "meet",
];

/// Whom a reaction named as the object of "drew", "sparked" or "faced" is aimed at: the
/// subject of that verb, or, when the subject is an act ("the move", "the decision"), whoever
/// did that act.
pub(super) fn met_with(
    cx: &Context,
    p: &Parsed,
    i: usize,
    previous: &[EventOut],
    sources: &[usize],
) -> Vec<usize> {
    let Some(v) = p.syn.head(i).filter(|_| p.rel(i) == "obj") else {
        return Vec::new();
    };
    if !MET_WITH.contains(&p.lemma(v)) {
        return Vec::new();
    }
    let subjects = p.pred(v).subjects.clone();
    let named: Vec<usize> = (all_entities(cx, p, &subjects).into_iter())
        .filter(|e| !sources.contains(e))
        .collect();
    if !named.is_empty() {
        return named;
    }
    (subjects.iter())
        .map(|&s| reacted_to(cx, p, s, previous, sources))
        .find(|aimed| !aimed.is_empty())
        .unwrap_or_default()
}

/// Words for a document that speaks for whoever issued it.
const DOCUMENTS: [&str; 8] = [
    "statement",
    "communique",
    "communiqué",
    "letter",
    "report",
    "declaration",
    "resolution",
    "note",
];

/// "The statement, issued by the foreign ministry, accused ...", "a letter from the
/// minister urged ...": a document acts for whoever issued it.
pub(super) fn issuer_of(cx: &Context, p: &Parsed, subjects: &[usize]) -> Vec<usize> {
    let mut heads = Vec::new();
    for &s in subjects
        .iter()
        .filter(|&&s| DOCUMENTS.contains(&p.lemma(s)))
    {
        for c in p.syn.children_with(s, "acl") {
            let cp = p.pred(c);
            heads.extend(cp.agents.iter().copied());
            heads.extend(obliques_with(p, &cp, &["by"]));
        }
        heads.extend(nmods_with(p, s, &["by", "from"]));
    }
    all_entities(cx, p, &heads)
}

/// "threatened a strike if the government refused", "would challenge the results unless
/// the commission ordered a recount": those whose act a conditional clause on the verb at
/// `i` waits for, other than the `sources`. A passive condition ("if the men are not
/// freed") names whom it waits for nowhere.
pub(super) fn condition_setters(
    cx: &Context,
    p: &Parsed,
    i: usize,
    sources: &[usize],
) -> Vec<usize> {
    let mut clauses = p.syn.children_with(i, "advcl");
    // The parser may read the conditional clause as the verb's complement.
    clauses.extend(p.syn.children_with(i, "ccomp"));
    let mut out = Vec::new();
    for c in clauses {
        let conditional =
            (p.syn.children_with(c, "mark").iter()).any(|&m| matches!(p.lower(m), "if" | "unless"));
        if !conditional {
            continue;
        }
        let active: Vec<usize> = (p.syn.children(c).iter().copied())
            .filter(|&s| p.rel(s) == "nsubj")
            .collect();
        for e in all_entities(cx, p, &active) {
            if !sources.contains(&e) && !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

/// "did not reply to the accusation", "did not respond to his remarks", "did not reply to
/// the commission": an answer, given or withheld, goes to whom the "to" phrase names, or to
/// whoever made what it names: the owner ("his remarks") or, for "the statement", the
/// others who spoke or acted in this sentence or the one before. "a request for comment"
/// is a reporter's, and no one's the story names.
pub(super) fn answered(
    cx: &Context,
    p: &Parsed,
    i: usize,
    pred: &Predicate,
    previous: &[EventOut],
    sources: &[usize],
) -> Vec<usize> {
    if !matches!(p.lemma(i), "reply" | "respond" | "answer") {
        return Vec::new();
    }
    let s = p.rule_sent[i];
    let others = |found: Vec<usize>| -> Vec<usize> {
        found.into_iter().filter(|e| !sources.contains(e)).collect()
    };
    for h in obliques_with(p, pred, &["to"]) {
        let named = others(all_entities(cx, p, &[h]));
        if !named.is_empty() {
            return named;
        }
        let owners = others(all_entities(cx, p, &p.syn.children_with(h, "nmod:poss")));
        if !owners.is_empty() {
            return owners;
        }
        // "his remarks" with "his" unresolved is as definite as "the remarks".
        let definite = (p.syn.children_with(h, "det").iter())
            .any(|&d| matches!(p.lower(d), "the" | "this" | "that" | "these" | "those"))
            || !p.syn.children_with(h, "nmod:poss").is_empty();
        if !definite {
            continue;
        }
        let recent: Vec<&EventOut> = (previous.iter().rev())
            .take_while(|e| e.sent + 1 >= s)
            .filter(|e| !e.sources.is_empty() && e.sources.iter().all(|x| !sources.contains(x)))
            .collect();
        // "did not respond to the invitation": the inviting, before any later act.
        let stem: String = p.lemma(h).chars().take(5).collect();
        let same_word = |e: &&&EventOut| {
            stem.chars().count() >= 4 && cx.doc.lower(e.trigger.start).starts_with(stem.as_str())
        };
        if let Some(e) = recent.iter().find(same_word).or(recent.first()) {
            return e.sources.clone();
        }
    }
    Vec::new()
}

/// Nouns that sum up what someone said against another.
const CLAIMS: [&str; 4] = ["allegation", "accusation", "charge", "claim"];

/// "X said six of them had been beaten, an allegation the ministry rejected": a verb in a
/// relative clause on a claim noun set off after the sentence's main clause answers the
/// one who made the claim, the subject of the sentence's verb of saying or accusing.
pub(super) fn claimant_of_summary(cx: &Context, p: &Parsed, i: usize) -> Vec<usize> {
    let claimed = || -> Option<Vec<usize>> {
        let o = p.syn.head(i).filter(|_| p.rel(i).starts_with("acl"))?;
        // The comma may hang on the noun's phrase or stand just before it.
        let start = p.syn.subtree(o).start;
        let set_off = p.lower(start) == "," || (start > 0 && p.lower(start - 1) == ",");
        if !CLAIMS.contains(&p.lemma(o)) || !set_off || o > i {
            return None;
        }
        let root = p.syn.root()?;
        let speaks = SAYING.contains(&p.lemma(root)) || p.lemma(root) == "accuse";
        if !speaks || root > o {
            return None;
        }
        Some(all_entities(cx, p, &p.pred(root).subjects))
    };
    claimed().unwrap_or_default()
}

/// "acquitted two of his deputies ... His former deputies, Martha Kpoto and Jerome Sayeh,
/// were cleared": defendants the lead only counts are the persons a later sentence names in
/// apposition to the same noun ("deputies, A and B,"). Object `o` of `p`'s sentence; empty
/// when the object counts no one or no later apposition names anyone.
pub(super) fn counted_named_later(cx: &Context, p: &Parsed, o: usize) -> Vec<usize> {
    let counted = p.sent.tokens[o].upos == "NUM" || !p.syn.children_with(o, "nummod").is_empty();
    if !counted {
        return Vec::new();
    }
    let nouns: Vec<String> = (std::iter::once(o).chain(nmods_with(p, o, &["of"])))
        .filter(|&n| p.sent.tokens[n].upos == "NOUN")
        .map(|n| p.lower(n).to_string())
        .collect();
    let Some(after) = cx.doc.sents.get(p.rule_sent[o] + 1).map(|s| s.toks.start) else {
        return Vec::new();
    };
    let toks = &cx.doc.toks;
    let apposed = (after..toks.len().saturating_sub(1))
        .find(|&k| nouns.iter().any(|n| n == cx.doc.lower(k)) && cx.doc.lower(k + 1) == ",");
    let Some(k) = apposed else {
        return Vec::new();
    };
    // The apposition runs to its closing comma or the sentence's end.
    let close = (k + 2..toks.len())
        .find(|&m| matches!(cx.doc.lower(m), "," | "." | ";"))
        .unwrap_or(toks.len());
    let (from, to) = (
        toks[k + 1].end,
        toks.get(close).map_or(usize::MAX, |t| t.start),
    );
    (cx.ents.list.iter().enumerate())
        .filter(|(_, ent)| ent.etype == EntityType::Person)
        .filter(|(_, ent)| {
            (ent.mentions.iter()).any(|m| m.naming && m.start >= from && m.end <= to)
        })
        .map(|(e, _)| e)
        .collect()
}

/// "handed out flour and cooking oil to 4,000 families", "sent tents and blankets for the
/// displaced families": the parser hangs the receiver on the last thing given, not on the
/// verb, so it is read from the words: the actors named in the noun phrase after the first
/// "to" or "for" that follows the trigger ending at `after`, in the same clause. A "to"
/// that opens a verb ("to help") names no one.
pub(super) fn aid_receivers(
    cx: &Context,
    p: &Parsed,
    after: usize,
    sources: &[usize],
) -> Vec<usize> {
    let toks = &p.sent.tokens;
    let n = toks.len();
    // The clause ends at a punctuation mark, a relative word or a finite verb of its own.
    let clause_end = (after..n)
        .find(|&k| {
            toks[k].upos == "PUNCT"
                || matches!(p.lower(k), "which" | "who" | "that" | "where" | "while")
                || matches!(toks[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
        })
        .unwrap_or(n);
    let Some(at) = (after..clause_end).find(|&k| matches!(p.lower(k), "to" | "for")) else {
        return Vec::new();
    };
    let phrase = (at + 1..clause_end).take_while(|&k| {
        matches!(
            toks[k].upos.as_str(),
            "DET" | "ADJ" | "NUM" | "NOUN" | "PROPN"
        ) || toks[k].xpos == "VBN"
            || matches!(p.lower(k), "and" | ",")
    });
    let mut found: Vec<usize> = Vec::new();
    for k in phrase {
        if let Some(e) = actor_at(cx, p, k, true) {
            if !sources.contains(&e) && !found.contains(&e) {
                found.push(e);
            }
        }
    }
    found
}
