//! How an event verb reads: its sources and targets from the clause (active and passive,
//! coordination, "accused X of Y", control and raising verbs, relatives and participles), its
//! polarity and the words that place it, with the parser's usual misreadings mended first.

use super::*;

/// A verb the parser read as an adjective on the root noun of a sentence that has a
/// subject before it ("The court on Friday acquitted opposition leader X": root "leader",
/// subject "court"), or a verb joined to that root ("... but convicted him"): the subject
/// and the root noun.
fn noun_root_misread(p: &Parsed, i: usize) -> Option<(usize, usize)> {
    let h = p.syn.head(i)?;
    let adjective =
        p.rel(i) == "amod" && matches!(p.sent.tokens[i].xpos.as_str(), "VBD" | "VBN") && h > i;
    let joined = p.rel(i) == "conj"
        && h < i
        && (p.syn.children_with(h, "amod").iter())
            .any(|&a| a < h && matches!(p.sent.tokens[a].xpos.as_str(), "VBD" | "VBN"));
    if !(adjective || joined)
        || p.rel(h) != "root"
        || !matches!(p.sent.tokens[h].upos.as_str(), "NOUN" | "PROPN")
    {
        return None;
    }
    let verb = if adjective { i } else { h };
    let subject = (p.syn.children_with(h, "nsubj").into_iter()).find(|&c| c < verb)?;
    Some((subject, h))
}

/// "The Burmese military and the Arakan Army fought", misparsed with the first subject as
/// the root ("military" read as an adjective) and the verb joined to it with the second
/// subject as its own: the root, when it names an actor, is a subject too. The first
/// subject may also hang as a clause beside the verb or as the subject of a verb of saying
/// after it ("..., residents said"); never as an object ("arrested the leader and his
/// supporters fled" is two clauses).
fn first_conjunct_read_as_root(cx: &Context, p: &Parsed, i: usize) -> Option<usize> {
    let h = p.syn.head(i).filter(|&h| h < i && p.rel(i) == "conj")?;
    let nominal = matches!(p.sent.tokens[h].upos.as_str(), "NOUN" | "ADJ" | "PROPN");
    // A clause of its own ("The army is ready and the rebels fought") is no subject.
    let clause = (p.syn.children(h).iter())
        .any(|&c| p.rel(c).starts_with("nsubj") || matches!(p.rel(c), "cop" | "aux"));
    if !matches!(p.rel(h), "root" | "parataxis" | "nsubj") || !nominal || clause {
        return None;
    }
    let subject =
        (p.syn.children(i).iter().copied()).find(|&c| p.rel(c) == "nsubj" && c > h && c < i)?;
    // Nothing but "and" and the subject's own words between the two: "X and Y fought".
    let and = (p.syn.children_with(i, "cc").into_iter()).find(|&c| c > h && c < subject)?;
    let tight = (h + 1..and).all(|k| p.syn.head(k) == Some(h) && p.rel(k) != "punct");
    (p.lower(and) == "and" && tight && actor_at(cx, p, h, true).is_some()).then_some(h)
}

/// The participants, polarity and place words of an event verb, from its predicate: subjects
/// and agents, objects, obliques, reported clauses, negation and modals.
pub(super) fn read_verb(
    cx: &Context,
    p: &Parsed,
    trig: &Range<usize>,
    t: &Trigger,
    i: usize,
    previous: &[EventOut],
    winners: &[usize],
) -> Option<Reading> {
    let mut sources: Vec<usize>;
    let mut targets: Vec<usize>;
    let hosted = false;
    let mut pred = p.pred(i).into_owned();
    // "Honduras recalled its ambassador", misparsed with the name as an auxiliary: a
    // name the entity step found before the verb is its subject, not an auxiliary.
    let named_aux = (p.syn.children(i).iter().copied()).find(|&c| {
        c < i
            && p.rel(c).starts_with("aux")
            && p.sent.tokens[c].upos != "PRON"
            && p.ent[c].is_some()
    });
    let has_subject = (p.syn.children(i).iter()).any(|&c| p.rel(c).starts_with("nsubj"));
    if let (Some(c), false) = (named_aux, has_subject) {
        pred.subjects = vec![c];
        pred.passive = false;
    }
    // "Turkish jets later bombed militant positions": a participle with an object and no
    // passive auxiliary is active, whatever the parser called its subject.
    let aux_pass =
        (p.syn.children(i).iter()).any(|&c| p.rel(c) == "aux:pass" && Some(c) != named_aux);
    if pred.passive && !aux_pass && !pred.objects.is_empty() {
        pred.passive = false;
    }
    // "The forum's leader, X, called for calm", parsed as a passive with "leader" its
    // subject: a main verb right after the name set off before it, with no auxiliary at
    // all, is active (a headline's passive, "Three held in raid", has no comma there).
    if pred.passive
        && p.rel(i) == "root"
        && i > 0
        && p.lower(i - 1) == ","
        && !(p.syn.children(i).iter()).any(|&c| p.rel(c).starts_with("aux"))
    {
        pred.passive = false;
    }
    // "were detained and later released": a bare participle joined to a passive verb
    // shares its voice and its agent, not only its subject.
    let passive_head = passive_conjunct_head(p, i, has_subject, &pred);
    if let Some(h) = passive_head {
        pred.passive = true;
        if pred.agents.is_empty() {
            pred.agents = p.pred(h).agents.clone();
        }
    }
    // "She invited him to visit Warsaw": the one invited, urged or asked does what the
    // "to" clause says, not the one inviting.
    if p.rel(i) == "xcomp" {
        if let Some(h) = p.syn.head(i) {
            let hp = p.pred(h);
            if OBJECT_CONTROL.contains(&p.lemma(h)) && !hp.objects.is_empty() {
                pred.subjects = hp.objects.clone();
            }
        }
    }
    // "X, who chaired the meeting, criticised air strikes", misparsed with the verb as
    // an adjective of its object and the name as the root: the name does it to the
    // noun.
    let misread = p.rel(i) == "amod"
        && matches!(p.sent.tokens[i].xpos.as_str(), "VBD" | "VBN")
        && i > 0
        && p.lower(i - 1) == ",";
    if misread && pred.subjects.is_empty() {
        if let (Some(r), Some(h)) = (nominal_root_before(p, i), p.syn.head(i)) {
            pred.subjects = vec![r];
            pred.objects = vec![h];
        }
    }
    // "Germany, a NATO member, expelled two diplomats", "The rebels, who hold the north,
    // detained ten aid workers", misparsed with the verb as a participle hung on the name
    // or inside the phrase set off after it: a past form with an object of its own and no
    // passive is no participle of a noun, and the name set off before it is its subject.
    let set_off_act = p.rel(i) == "acl"
        && matches!(p.sent.tokens[i].xpos.as_str(), "VBD" | "VBN")
        && !pred.objects.is_empty()
        && !aux_pass
        && i > 0
        && p.lower(i - 1) == ",";
    if set_off_act && pred.subjects.is_empty() {
        let opened = |r: usize| (r + 1..i - 1).any(|k| p.lower(k) == ",");
        if let Some(r) = nominal_root_before(p, i).filter(|&r| opened(r)) {
            pred.subjects = p.syn.conjuncts(r);
            pred.passive = false;
        }
    }
    // "X's High Court on Friday acquitted opposition leader Y", misparsed as a noun
    // sentence whose root is "leader": the root's subject does it to the root.
    if let Some((subject, root)) = noun_root_misread(p, i) {
        if p.rel(i) == "amod" {
            pred.subjects = p.syn.conjuncts(subject);
            pred.objects = vec![root];
            pred.passive = false;
        } else if pred.subjects.is_empty() {
            pred.subjects = p.syn.conjuncts(subject);
        }
    }
    // "asked the jury to order a recount" is an appeal; "asked not to be named" is not.
    if p.lemma(i) == "ask" && pred.objects.is_empty() && pred.indirect_objects.is_empty() {
        return None;
    }
    // "the police chief, X, whom the bloc accuses of ...": the relative pronoun is the
    // object and stands for the noun before it; the subject is the one named after it.
    if let Some((antecedent, subjects)) = object_relative(p, i) {
        pred.subjects = subjects;
        pred.objects = vec![antecedent];
        pred.passive = false;
    }
    // "Supporters of the candidate Lena Varga blocked roads", misparsed with two
    // subjects: a clause has one, the first; a later one is a name inside its modifiers.
    let direct: Vec<usize> = (p.syn.children(i).iter().copied())
        .filter(|&c| p.rel(c).starts_with("nsubj"))
        .collect();
    // "Chadian troops and the Front fought", misparsed with the "and" hung on the verb and
    // each side a subject of its own: both sides are the subject.
    let coordinated = match direct[..] {
        [a, b] => (p.syn.children(i).iter())
            .any(|&c| a < c && c < b && p.rel(c) == "cc" && matches!(p.lower(c), "and" | "or")),
        _ => false,
    };
    if coordinated {
        pred.subjects = (direct.iter()).flat_map(|&d| p.syn.conjuncts(d)).collect();
    } else if let [_, _, ..] = direct[..] {
        // "Finance Minister Amina Yusuf urged", misparsed with "Finance" as a subject of
        // its own: the first subject that names an actor.
        let first = direct
            .iter()
            .copied()
            .find(|&d| !all_entities(cx, p, &p.syn.conjuncts(d)).is_empty());
        if let Some(first) = first {
            let mut keep = p.syn.conjuncts(first);
            // "the army and fighters of the group JNIM fought", misparsed with the name
            // closing the subject as a subject of its own: it still belongs to the phrase.
            // Only after a coordination, and only when the conjunct it closes names no one
            // itself, as its "of" phrase would if the parser had hung the name there.
            let last = keep.iter().copied().max_by_key(|&k| p.syn.subtree(k).end);
            let nameless =
                last.filter(|&k| keep.len() >= 2 && entities_of(cx, p, k, true).is_empty());
            let end = nameless.map(|k| p.syn.subtree(k).end);
            keep.extend(
                direct
                    .iter()
                    .copied()
                    .filter(|&d| Some(d) == end && d < i && p.sent.tokens[d].upos == "PROPN"),
            );
            pred.subjects.retain(|x| keep.contains(x));
        }
    }
    if let Some(coordination) = finite_clause_subjects(p, i) {
        pred.subjects = coordination;
    }
    if let Some(own) = subject_read_as_conjunct(p, i) {
        pred.subjects = own;
    }
    if let Some(n) = described_by_closed_clause(p, i, has_subject) {
        pred.subjects = p.syn.conjuncts(n);
    }
    // "The Fund, whose programme ended in April, has urged X": a subject the parser found
    // only inside the relative clause, or none, is the phrase the clause describes.
    if let Some((n, clause)) = subject_before_relative(p, i) {
        if pred.subjects.iter().all(|s| clause.contains(s)) {
            // "Britain and France, which ...": the whole coordination.
            let first = p.syn.head(n).filter(|&h| p.rel(n) == "conj" && h < n);
            let mut phrase = p.syn.conjuncts(first.unwrap_or(n));
            phrase.retain(|&x| x < clause.start);
            pred.subjects = phrase;
        }
    }
    if let Some(k) = participle_series(p, i) {
        pred.subjects = controller(p, k);
    }
    // "Poland's minister, Adam Wrona, ..., signed": a verb the parser hung as a conjunct
    // on the subject noun has that noun as its subject.
    if pred.subjects.is_empty() && p.rel(i) == "conj" {
        if let Some(h) = p.syn.head(i) {
            // "welcomed the judgment and called on X": a verb hung on the object of
            // another verb is that verb's conjunct, and shares its subject.
            let object_of = p
                .syn
                .head(h)
                .filter(|&v| p.rel(h) == "obj" && p.sent.tokens[v].upos == "VERB" && v < h);
            if let Some(v) = object_of {
                pred.subjects = p.pred(v).subjects.clone();
            } else if matches!(p.sent.tokens[h].upos.as_str(), "NOUN" | "PROPN") {
                pred.subjects = p.syn.conjuncts(h).into_iter().filter(|&x| x < i).collect();
            }
        }
    }
    if let Some(first) = first_conjunct_read_as_root(cx, p, i) {
        pred.subjects.insert(0, first);
    }
    pred.objects.retain(|&o| !next_clause_subject(p, i, o));
    if let Some(holder) = whose_holder(p, i) {
        pred.subjects = holder;
    }
    if let Some(kept) = kept_from(p, i) {
        pred.subjects = kept;
    }
    if pred.subjects.is_empty() {
        pred.subjects.extend(whose_antecedent(p, i));
    }
    if pred.subjects.is_empty() {
        pred.subjects.extend(pronoun_read_as_expletive(p, i));
    }
    // Whether the verb has a subject of its own, not one shared with a conjunct.
    let no_subject = !p
        .syn
        .children(i)
        .iter()
        .any(|&c| p.rel(c).starts_with("nsubj"));
    if pred.subjects.is_empty() {
        pred.subjects = controller(p, i);
    }
    // "X denied that troops had fired and accused Y": a speech act the parser joined to
    // the reported clause belongs to the one who speaks.
    if p.rel(i) == "conj" && SPEECH_ACTS.contains(&t.cameo.root()) {
        if let Some(h) = p.syn.head(i).filter(|&h| p.rel(h) == "ccomp") {
            let reported =
                trigger_at(cx, p, h).is_some_and(|(_, x)| SPEECH_ACTS.contains(&x.cameo.root()));
            // Only after the speech verb ("X denied that ... and accused Y"); a clause
            // reported before it ("A met and urged B, the ministry said") keeps its own.
            if let (false, Some(up)) = (reported, speaker_verb_above(cx, p, h)) {
                let speaker = p.pred(up).subjects.clone();
                if !all_entities(cx, p, &speaker).is_empty() {
                    pred.subjects = speaker;
                }
            }
        }
    }
    // "a charge Kabul denies", misread as a noun phrase: the name before the verb.
    if pred.subjects.is_empty() && p.sent.tokens[i].upos != "VERB" {
        pred.subjects = p
            .syn
            .children_with(i, "compound")
            .into_iter()
            .filter(|&c| c < i)
            .collect();
    }
    let mut subj = all_entities(cx, p, &pred.subjects);
    if subj.is_empty() && !pred.passive {
        subj = issuer_of(cx, p, &pred.subjects);
    }
    if subj.is_empty() && !pred.passive {
        subj.extend(set_off_name(cx, p, i, &pred.subjects));
    }
    // "a day after the paramilitary group shelled the airport": a finite verb the parser
    // left without a subject has the actor named right before it.
    let finite = matches!(p.sent.tokens[i].xpos.as_str(), "VBD" | "VBZ" | "VBP");
    if no_subject && !pred.passive && finite && i > 0 {
        let before = &p.sent.tokens[i - 1];
        if matches!(before.upos.as_str(), "NOUN" | "PROPN") && !governed(p, i - 1) {
            if let Some(e) = actor_at(cx, p, i - 1, true) {
                subj = vec![e];
            }
        }
    }
    // "X denied that troops had fired and accused Y": when the parse gives a subject
    // that names no actor, the nearest clause above with an actor subject acts.
    let mut x = i;
    for _ in 0..3 {
        // "Chile, which accused Bolivia of spying, expelled two diplomats", misparsed
        // with "expelled" as a finite verb beside "accused": the same subject.
        let beside = p.rel(i) == "parataxis" && finite && no_subject;
        let climbs = matches!(p.rel(x), "conj" | "ccomp" | "xcomp" | "advcl" | "parataxis")
            && (matches!(p.rel(i), "conj" | "xcomp") || beside)
            && !pred.passive;
        if !subj.is_empty() || !climbs {
            break;
        }
        let Some(h) = p.syn.head(x) else { break };
        subj = all_entities(cx, p, &p.pred(h).subjects);
        x = h;
    }
    // "visited Kampala this month to meet X", with "to meet" hung on the verb's time word:
    // a purpose infinitive is done by the subject of the verb it serves.
    if subj.is_empty() && no_subject && !pred.passive {
        if let Some(v) = polarity::purpose_over_argument(p, i) {
            subj = all_entities(cx, p, &p.pred(v).subjects);
            if p.pred(v).subjects.is_empty() {
                subj.extend(opening_actor(cx, p, v).or_else(|| actor_before(cx, p, v)));
            }
        }
    }
    if subj.is_empty() && no_subject && !pred.passive {
        if let Some(n) = polarity::due_subject(p, i) {
            subj = all_entities(cx, p, &[n]);
        }
    }
    // A sentence the parser misread ("She is due to meet ...", "Press freedom groups
    // welcomed ..."): a verb left without any subject takes the actor that opens the
    // sentence, when only auxiliaries and particles stand between them.
    if subj.is_empty() && no_subject && !pred.passive {
        subj = shared_doers(p, i, previous);
    }
    if subj.is_empty() && !pred.passive {
        subj = speakers_own_plan(cx, p, i, &pred.subjects);
    }
    if subj.is_empty() && pred.subjects.is_empty() && !pred.passive {
        subj.extend(opening_actor(cx, p, i).or_else(|| actor_before(cx, p, i)));
    }
    // "In Jaffna, the party's leader, X, called on ...", with the subject swallowed by
    // the opening phrase: the name set off by commas right before the verb.
    if subj.is_empty() && pred.subjects.is_empty() && !pred.passive && no_subject {
        subj.extend(set_off_name(cx, p, i, &[0]));
    }
    if let Some(r) = third_party_part(cx, p, i, t, &pred, previous) {
        return Some(r);
    }
    if let Some(sides) = reciprocal_on_conjunct(p, t, i, &pred) {
        pred.subjects = sides;
        subj = all_entities(cx, p, &pred.subjects);
    }
    // "three officials accused of corruption": a past participle hung on a noun that
    // is itself an argument is a passive; the noun undergoes it.
    let reduced = participle_on_noun(p, i)
        && pred.subjects.is_empty()
        && pred.objects.is_empty()
        && p.syn.head(i).is_some_and(|h| {
            p.rel(h) != "root" && matches!(p.sent.tokens[h].upos.as_str(), "NOUN" | "PROPN")
        });
    if reduced {
        pred.passive = true;
        pred.subjects = p.syn.head(i).into_iter().collect();
        subj = all_entities(cx, p, &pred.subjects);
        // "results released by the commission": no one undergoes it.
        if subj.is_empty() {
            return None;
        }
    }
    let agents = all_entities(cx, p, &pred.agents);
    // "called the raid an attack on the authorities": the raid is judged; the words of the
    // judgement name no one it is aimed at.
    let judging = t.cameo.root() == "11" && p.lemma(i) == "call";
    let (judged_head, words) = judgement(p, i, &pred);
    let judged: Vec<usize> = match judged_head {
        Some(first) if judging => vec![first],
        _ => pred.objects.clone(),
    };
    if judging {
        pred.objects = judged.clone();
    }
    let mut objs = all_entities(cx, p, &judged);
    // "imposed sanctions on four officers, accusing them of ...": "them" in a participle
    // clause are those the main verb acted on, whatever else the parser hung beside it.
    if let Some(acted_on) = participle_pronoun_antecedents(cx, p, i, &pred, &subj) {
        objs = acted_on;
    }
    // "congratulated his rival", "met her counterpart": the other person last named.
    // "called on her rival to accept": the person a speech act is aimed at, too.
    let aimed_at = (pred.obliques.iter())
        .filter(|o| matches!(o.preposition.as_deref(), Some("on" | "to" | "with")))
        .map(|o| o.head)
        .filter(|_| SPEECH_ACTS.contains(&t.cameo.root()));
    if objs.is_empty() {
        if let Some(o) = pred.objects.iter().copied().chain(aimed_at).find(|&o| {
            matches!(
                p.lemma(o),
                "rival" | "counterpart" | "opponent" | "challenger"
            )
        }) {
            let at = p.sent.tokens[o].byte_start;
            let found = match p.lemma(o) {
                "counterpart" => latest_person_before(cx, at, &subj),
                _ => rival_before(cx, at, &subj, previous),
            };
            objs.extend(found);
        }
    }
    // "A Riga court sentenced a former border guard ...": the person the next sentence
    // names, not the nation or the force the description's words name.
    let any_person = |xs: &[usize]| {
        xs.iter()
            .any(|&x| cx.ents.list[x].etype == EntityType::Person)
    };
    if t.cameo.root() == "17" && !any_person(&objs) {
        let named = (pred.objects.iter()).find_map(|&o| defendant_named_next(cx, p, o, &subj));
        if let Some(d) = named {
            objs = vec![d];
        }
    }
    // "acquitted two of his deputies": the persons named later beside the same noun join the
    // counted group, which the parse may not have made an actor.
    if t.cameo.root() == "17" && !any_person(&objs) {
        for &o in &pred.objects {
            extend_new(&mut objs, counted_named_later(cx, p, o));
        }
    }
    // "dismissed a challenge by X", "rejected X's appeal": a rejection is aimed at
    // whoever made what it rejects.
    if objs.is_empty() && t.cameo.root() == "12" {
        for &o in &pred.objects {
            if matches!(
                p.lemma(o),
                "challenge"
                    | "appeal"
                    | "request"
                    | "proposal"
                    | "claim"
                    | "bid"
                    | "complaint"
                    | "petition"
                    | "lawsuit"
                    | "offer"
                    | "demand"
                    | "plan"
            ) {
                let mut makers = nmods_with(p, o, &["by", "from"]);
                makers.extend(p.syn.children_with(o, "nmod:poss"));
                objs.extend(all_entities(cx, p, &makers));
            }
        }
    }
    if objs.is_empty() && matches!(t.cameo.root(), "05" | "11" | "12" | "18" | "19") {
        objs.extend(makers_of_objects(cx, p, &pred));
    }
    // "accused the state oil company, NNPC, of ...": a name the parser hung on the verb
    // right after the object and a comma is the object's apposition.
    if objs.is_empty() {
        for &o in &pred.objects {
            let named: Vec<usize> = (p.syn.children(i).iter().copied())
                .filter(|&c| matches!(p.rel(c), "vocative" | "appos" | "dep"))
                .filter(|&c| c > o && p.syn.children(c).iter().all(|&g| g > o))
                .filter(|&c| (o + 1..c).all(|k| p.syn.head(k) == Some(o) || p.lower(k) == ","))
                .collect();
            objs.extend(all_entities(cx, p, &named));
        }
    }
    // "acquitted a third defendant, a former bank board member, X": a verdict's person
    // named at the end of a run of appositions, however the parser hung the run.
    if t.cameo.root() == "17" && !any_person(&objs) {
        for &o in &pred.objects {
            extend_new(&mut objs, appositive_person(cx, p, o));
        }
    }
    // "condemned what it called Russian interference": the one the words name.
    for &o in &pred.objects {
        if p.lower(o) == "what" && objs.is_empty() {
            for c in p.syn.children_with(o, "acl:relcl") {
                let mut named = p.pred(c).objects.clone();
                named.extend(p.syn.children_with(c, "xcomp"));
                objs.extend(all_entities(cx, p, &named));
            }
        }
    }
    // "called the arrest proof of Norway's hostile policy": the one the judgement names as
    // the owner of what it condemns.
    if objs.is_empty() && judging {
        let mut owners = Vec::new();
        for c in words {
            let mut held = vec![c];
            held.extend(nmods_with(p, c, &["of"]));
            for h in held {
                owners.extend(p.syn.children_with(h, "nmod:poss"));
            }
        }
        objs.extend(all_entities(cx, p, &owners));
    }
    if objs.is_empty() && pred.objects.iter().any(|&o| p.lower(o) == "it") {
        objs.extend(judged_before(cx, p, i, t, previous, &subj));
    }
    for &o in pred.objects.iter().chain(&pred.indirect_objects) {
        if matches!(p.lower(o), "them" | "it") && objs.is_empty() {
            objs.extend(pronoun_antecedent(cx, p, o, &subj));
        }
    }
    objs.extend(all_entities(cx, p, &pred.indirect_objects));
    let target_preps: Vec<&str> = match &t.target_prep {
        Some(w) => vec![w.as_str()],
        // "detained several leaders, including X": X among them.
        None => vec![
            "with",
            "against",
            "on",
            "to",
            "toward",
            "towards",
            "at",
            "into",
            "including",
        ],
    };
    let mut obl = all_entities(cx, p, &obliques_with(p, &pred, &target_preps));
    if let Some(w) = &t.target_prep {
        // "placed responsibility for the attack on X": the parser may hang "on X" on a
        // noun inside the object, so look through the predicate's phrase.
        if obl.is_empty() {
            obl = all_entities(cx, p, &marked_within(p, i, w));
        }
        // ... or on the verb the phrase hangs from, when the tagger read it as a noun.
        if obl.is_empty() && p.sent.tokens[i].upos != "VERB" {
            if let Some(h) = p.syn.head(i) {
                obl = all_entities(cx, p, &marked_within(p, h, w));
            }
        }
        // "recalled its ambassador from Abidjan": from the country the city is in, capital
        // or not.
        if obl.is_empty() && t.cameo.root() == "16" {
            let mut from = marked_within(p, i, w);
            // "would recall its ambassador in Washington": the envoy's post is where from.
            if p.lemma(i) == "recall" {
                from.extend(marked_within(p, i, "in"));
            }
            obl.extend(from.into_iter().filter_map(|x| country_of_city(cx, p, x)));
        }
        objs = std::mem::take(&mut obl);
    }
    let theme_subject = !t.requires.is_empty()
        && pred.subjects.iter().any(|&x| {
            t.requires.iter().any(|r| r == p.lower(x)) || t.requires.iter().any(|r| r == p.lemma(x))
        });
    if pred.passive && theme_subject && agents.is_empty() && p.lemma(i) == "summon" {
        // "X's ambassador was summoned to the foreign ministry": the ministry summons the
        // envoy (and the country the envoy serves).
        sources = std::mem::take(&mut obl);
        targets = subj;
    } else if pred.passive && theme_subject && agents.is_empty() {
        // "Greek rescue teams were sent to Turkey": the senders are named in the theme.
        sources = subj;
        targets = std::mem::take(&mut obl);
    } else if pred.passive {
        sources = agents;
        // "were detained by police and later released", or with the police only inferred:
        // the doer of the first participle does the second.
        if let (true, Some(h)) = (sources.is_empty(), passive_head) {
            let at = p.rule_tok[h];
            let first = previous.iter().rev().find(|e| e.trigger.contains(&at));
            sources.extend(first.iter().flat_map(|e| e.sources.iter().copied()));
        }
        targets = subj;
        targets.extend(objs);
        if targets.is_empty() {
            targets = split_subject(cx, p, &pred.subjects);
        }
    } else {
        sources = subj;
        targets = objs;
    }
    // Verbs from the large PETRARCH2 list are coded only with a direct object: their
    // obliques ("travelled with", "spoke to") too often name companions or places.
    if targets.is_empty() && t.curated {
        targets.append(&mut obl);
    }
    // "met the army chief later": the parser may leave the object as an unmarked oblique.
    if targets.is_empty() && t.curated {
        let unmarked: Vec<usize> = pred
            .obliques
            .iter()
            .filter(|o| o.preposition.is_none() && p.rel(o.head) == "obl:unmarked")
            .map(|o| o.head)
            .collect();
        targets = all_entities(cx, p, &unmarked);
    }
    // "met the army chief later": when the parse gives the verb no object at all, the
    // noun phrase right after it, if it names an actor.
    if targets.is_empty() && t.curated && pred.objects.is_empty() && !pred.passive {
        let n = p.sent.tokens.len();
        let found = (trig.end..n)
            .take_while(|&k| {
                // "visit neighbouring Niger": a participle read as a verb of its own.
                let participle =
                    p.sent.tokens[k].xpos == "VBG" && p.rel(k) == "xcomp" && k == trig.end;
                participle
                    || k == trig.end && describes_people(cx, p, k)
                    || matches!(
                        p.sent.tokens[k].upos.as_str(),
                        "DET" | "ADJ" | "NUM" | "NOUN" | "PROPN"
                    )
            })
            .find_map(|k| actor_at(cx, p, k, true));
        targets.extend(found.filter(|e| !sources.contains(e)));
    }
    // "signed an agreement with X": the parser may hang "with X" on the object.
    if targets.is_empty() && t.curated {
        // ... or on the oblique ("withdrew from the nuclear deal with Iran").
        let inner: Vec<usize> = (pred.objects.iter().copied())
            .chain(pred.obliques.iter().map(|o| o.head))
            .flat_map(|o| nmods_with(p, o, &["with", "against", "to", "on"]))
            .collect();
        targets = all_entities(cx, p, &inner);
    }
    // "offered to mediate between A and B": both are aimed at.
    if targets.is_empty() && t.curated {
        if let Some((a, b)) = between_list(cx, p, trig.end.saturating_sub(1)) {
            targets.extend(a.into_iter().chain(b).filter(|e| !sources.contains(e)));
        }
    }
    // "approved a loan to help Bangladesh upgrade its grid": aid goes to whom its
    // purpose clause helps.
    if targets.is_empty() && t.cameo.root() == "07" {
        for &o in &pred.objects {
            for c in p.syn.children_with(o, "acl") {
                let cp = p.pred(c);
                let helped = all_entities(cx, p, &cp.objects);
                targets.extend(helped.into_iter().filter(|e| !sources.contains(e)));
            }
        }
    }
    // "handed out flour and cooking oil to 4,000 families": a receiver the parse hung on
    // what is given.
    if targets.is_empty() && t.cameo.root() == "07" {
        targets = aid_receivers(cx, p, trig.end, &sources);
    }
    // "imposed sanctions", "launched an attack": the noun is the event; the verb only
    // carries it.
    if !t.curated
        && pred
            .objects
            .iter()
            .chain(pred.obliques.iter().map(|o| &o.head))
            .any(|&o| trigger_at(cx, p, o).is_some_and(|(_, x)| x.pos == TriggerPos::Noun))
    {
        return None;
    }
    let place_heads = obliques_with(p, &pred, &["in", "near", "at", "on", "along", "across"]);
    let polarity = verb_polarity(p, i, &pred);
    // Reacting to "the decision", "the shelling": to whoever did that event.
    // "complied with the ruling": what is yielded to hangs on "with".
    let reacted_on: Vec<usize> = if t.cameo.root() == "08" {
        obliques_with(p, &pred, &["with", "by"])
    } else if judging {
        judged.clone()
    } else {
        let mut on = pred.objects.clone();
        // "the ruling was welcomed by X": a reacting verb's passive subject is what was
        // reacted to ("the agreements were signed by" reacts to nothing).
        let reacting = REACTING.contains(&p.lemma(i));
        on.extend(pred.subjects.iter().filter(|_| pred.passive && reacting));
        // "condemned what he called a cowardly attack": the act the words name.
        for &o in &pred.objects {
            if p.lower(o) == "what" {
                for c in p.syn.children_with(o, "acl:relcl") {
                    on.extend(p.pred(c).objects.iter().copied());
                }
            }
        }
        on
    };
    // "denied the charge": a denial answers the accusation, and is aimed at the accuser.
    let denial = t.cameo.root() == "01"
        && matches!(p.lemma(i), "deny" | "dispute" | "refute")
        && reacted_on
            .iter()
            .any(|&o| reaction_roots(cx, p, o).is_some_and(|r| r == ["11"]));
    let reacted = (denial || matches!(t.cameo.root(), "05" | "08" | "11" | "12" | "13"))
        .then(|| {
            reacted_on.iter().find(|&&o| {
                let definite = p
                    .syn
                    .children_with(o, "det")
                    .iter()
                    .any(|&d| matches!(p.lower(d), "the" | "this" | "that"));
                // "criticised air strikes on villages": force, named or not, is
                // someone's.
                let roots = reaction_roots(cx, p, o);
                let force = (roots.iter().flatten()).any(|r| matches!(*r, "15" | "17" | "19"));
                (definite || force) && roots.is_some()
            })
        })
        .flatten();
    // A ruling's own words name no one it is aimed at ("welcomed the judgment and
    // called on the owner, X"): the court is, even when the parse hangs X on it.
    let judicial = reacted.is_some_and(|&o| {
        p.ent[o].is_none()
            && matches!(
                p.lemma(o),
                "ruling" | "verdict" | "judgment" | "judgement" | "order"
            )
    });
    if let (Some(&o), true) = (reacted, targets.is_empty() || judicial) {
        let aimed = reacted_to(cx, p, o, previous, &sources);
        if !aimed.is_empty() || targets.is_empty() {
            targets = aimed;
        }
    }
    // "..., an allegation the ministry rejected": the one who made it.
    let mut claimant = claimant_of_summary(cx, p, i);
    claimant.retain(|x| !sources.contains(x));
    if !claimant.is_empty() {
        targets = claimant;
    }
    let reaction = reacted.is_some();
    // "rejected the results after the commission declared X the winner", "called the
    // election a distraction when Y announced it": the clause names whose act is answered.
    // The parser hangs "when" as an adverb, not a marker.
    if targets.is_empty() && t.curated && matches!(t.cameo.root(), "11" | "12") {
        for c in p.syn.children_with(i, "advcl") {
            let after = (p.syn.children(c).iter()).any(|&m| {
                matches!(
                    (p.rel(m), p.lower(m)),
                    ("mark", "after") | ("advmod", "when")
                )
            });
            if after {
                let doers = all_entities(cx, p, &p.pred(c).subjects);
                targets.extend(doers.into_iter().filter(|e| !sources.contains(e)));
            }
        }
    }
    // "rejected the accusations as absurd", "condemned what it called interference":
    // a rejection or a condemnation with no one named in its object answers the
    // latest thing someone else did.
    // Not when the object is some other thing ("accused the state oil company of"):
    // that names whom, even when no entity stands for it.
    let answers = pred.objects.iter().all(|&o| {
        !matches!(
            p.lemma(o),
            "company"
                | "firm"
                | "group"
                | "party"
                | "government"
                | "official"
                | "minister"
                | "organisation"
                | "organization"
                | "authority"
                | "country"
                | "state"
                | "army"
                | "police"
                | "agency"
                | "ministry"
                | "militia"
                | "rebel"
                | "people"
                | "man"
                | "woman"
        )
    });
    // "accused the Sikin of murder": whom an accusation names is its object, even when no
    // entity stands for it; a name is someone, too.
    let names_whom = (pred.objects.iter()).any(|&o| p.sent.tokens[o].upos == "PROPN")
        || matches!(p.lemma(i), "accuse" | "blame") && !pred.objects.is_empty();
    if targets.is_empty()
        && t.curated
        && matches!(t.cameo.root(), "11" | "12")
        && !sources.is_empty()
        && answers
        && !names_whom
    {
        targets = previous
            .iter()
            .rev()
            .find(|e| !e.sources.is_empty() && e.sources.iter().all(|x| !sources.contains(x)))
            .map(|e| e.sources.clone())
            .unwrap_or_default();
    }
    // The ones to be freed are what is asked for; whoever holds them is asked.
    if matches!(t.cameo.root(), "02" | "10") {
        let holders = holders_asked(p, &pred, previous, &sources);
        if !holders.is_empty() {
            targets = holders;
        }
    }
    if matches!(t.cameo.root(), "02" | "10" | "11" | "12") && targets.is_empty() {
        targets = protest_addressee(p, i, previous);
    }
    if matches!(t.cameo.root(), "02" | "10") && targets.is_empty() {
        let asked = that_clause_subject(cx, p, trig.end);
        targets.extend(asked.filter(|e| !sources.contains(e)));
    }
    if t.cameo.root() == "04" && targets.is_empty() {
        targets = guests_of(cx, p, i, &pred, previous, &sources);
    }
    if t.cameo.root() == "01" && targets.is_empty() {
        targets = answered(cx, p, i, &pred, previous, &sources);
    }
    // "his client would appeal to the Supreme Court": an appeal answers the ruling of the
    // court named before it, whichever court is to hear it. Only for an appeal someone
    // makes: a bare "the appeal is pending" is no event of its own.
    let someone = !sources.is_empty() || !targets.is_empty();
    if t.cameo.as_str() == "115" && p.lemma(i) == "appeal" && someone {
        targets.extend(ruling_court(cx, p, &targets));
    }
    // "demanded that the government reverse the increase", "urged that the army
    // withdraw": a demand or an appeal is aimed at whom its clause asks to act.
    if matches!(t.cameo.root(), "02" | "10") && targets.is_empty() {
        for c in p.syn.children_with(i, "ccomp") {
            let asked = all_entities(cx, p, &p.pred(c).subjects);
            targets.extend(asked.into_iter().filter(|e| !sources.contains(e)));
        }
    }
    // "warned that officers would not allow protesters to enter": a threat is aimed at
    // whom its clause acts on.
    if t.cameo.root() == "13" && targets.is_empty() {
        // The clause may hang elsewhere in a misparse: the one "that" opens right after.
        let mut clauses = p.syn.children_with(i, "ccomp");
        let n = p.sent.tokens.len();
        clauses.extend(
            (trig.end..(trig.end + 2).min(n))
                .filter(|&k| p.lower(k) == "that" && p.rel(k) == "mark")
                .filter_map(|k| p.syn.head(k)),
        );
        clauses.dedup();
        for c in clauses {
            let cp = p.pred(c);
            let mut heads = cp.objects.clone();
            heads.extend(cp.indirect_objects.iter().copied());
            for x in p.syn.children_with(c, "xcomp") {
                heads.extend(p.pred(x).objects.iter().copied());
            }
            // "warned that members would hold back their beans if the board paid late":
            // whose act the threat is conditioned on.
            for a in p.syn.children_with(c, "advcl") {
                let conditional = (p.syn.children_with(a, "mark").iter())
                    .any(|&m| matches!(p.lower(m), "if" | "unless"));
                if conditional {
                    heads.extend(p.pred(a).subjects.iter().copied());
                }
            }
            targets.extend(
                all_entities(cx, p, &heads)
                    .into_iter()
                    .filter(|e| !sources.contains(e)),
            );
        }
    }
    // "would free a second group if Kinshasa did the same": an act offered or threatened
    // on someone else's act is aimed at that someone. Only acts done to someone: a
    // report or a verb with nothing it acts on ("the vote would take place if ...") is
    // aimed at no one by its conditions.
    let done_to = match t.cameo.root() {
        "13" | "14" => true,
        "08" | "10" | "11" | "12" | "16" | "17" | "19" => !pred.objects.is_empty(),
        _ => false,
    };
    if targets.is_empty() && t.curated && done_to {
        targets = condition_setters(cx, p, i, &sources);
    }
    // "conceded defeat", "conceded that his party had lost": to the winner reported first
    // (the lead's "X won the most seats"; parties reported after it, the loser's own among
    // them, won less).
    if t.cameo.root() == "08" && p.lemma(i) == "concede" {
        if let Some(&w) = winners.iter().find(|w| !sources.contains(w)) {
            targets = vec![w];
        } else {
            targets.retain(|x| !sources.contains(x));
        }
    }
    let recip_pair = reciprocal_object(p, &pred, trig);
    if t.reciprocal && !recip_pair && targets.is_empty() && sources.len() >= 2 {
        targets = sources.iter().rev().copied().collect();
    }
    if (recip_pair || t.reciprocal) && sources.is_empty() {
        if let Some(g) = group_in(cx, p) {
            sources = vec![g];
        }
    }
    // "The two neighbours signed a treaty", "Their governments signed ...": a plural
    // noun naming the parties, with no name of its own, stands for the two countries
    // of the story.
    // "The neighbours accused each other": the two of the story, each at the other.
    let together = recip_pair
        || t.reciprocal
        || t.curated && matches!(t.cameo.root(), "03" | "04" | "05" | "06" | "19");
    if together && sources.is_empty() && !pred.passive {
        if let [h] = pred.subjects[..] {
            if parties_noun(p, h) {
                if let Some((a, b)) = events::members(cx, p.rule_sent[i]) {
                    sources = vec![a, b];
                }
            }
        }
    }
    Some(Reading {
        sources,
        targets,
        polarity,
        recip_pair,
        place_heads,
        hosted,
        reaction,
    })
}

/// The verb whose subject speaks for a reported clause at `h`: the one it hangs on, or,
/// when that verb only reports another finding ("Y said the vote showed that Z had lost
/// and demanded ..."), the one above it, up a chain of reported clauses that stops at the
/// first clause that is itself a speech act.
fn speaker_verb_above(cx: &Context, p: &Parsed, h: usize) -> Option<usize> {
    let mut up = p.syn.head(h).filter(|&up| up < h)?;
    while p.rel(up) == "ccomp" && !has_entity_subject(cx, p, up) {
        let speaks =
            trigger_at(cx, p, up).is_some_and(|(_, x)| SPEECH_ACTS.contains(&x.cameo.root()));
        match p.syn.head(up).filter(|&next| next < up) {
            Some(next) if !speaks => up = next,
            _ => break,
        }
    }
    Some(up)
}

fn has_entity_subject(cx: &Context, p: &Parsed, v: usize) -> bool {
    !all_entities(cx, p, &p.pred(v).subjects).is_empty()
}
