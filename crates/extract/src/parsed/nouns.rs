//! How an event noun reads: who takes part ("talks between A and B", "Russia's shelling of
//! the town"), whether it happened ("no talks were held") and the words that place it.

use super::*;

/// The participants, polarity and place words of an event noun ("talks between A and B",
/// "no talks were held", "Russia's shelling of the town").
pub(super) fn read_noun(cx: &Context, p: &Parsed, t: &Trigger, i: usize) -> Option<Reading> {
    let mut sources: Vec<usize>;
    let mut targets: Vec<usize>;
    let recip_pair = false;
    let mut place_heads: Vec<usize> = Vec::new();
    let mut hosted = false;
    let reaction = false;
    // "called the sanctions illegal": the sanctions reported before, judged, not new.
    let judged = p.rel(i) == "obj"
        && p.syn.head(i).is_some_and(|h| p.lemma(h) == "call")
        && (p.syn.children_with(i, "det").iter())
            .any(|&d| matches!(p.lower(d), "the" | "these" | "those" | "this"));
    if judged {
        return None;
    }
    let between = nmods_with(p, i, &["between", "among"]);
    let with = nmods_with(p, i, &["with", "against", "on", "to", "toward", "towards"]);
    let by = nmods_with(p, i, &["by", "from"]);
    let mut of = nmods_with(p, i, &["of"]);
    // "the release of opposition leader X", with the name hung on "release".
    if matches!(t.cameo.root(), "17" | "18") || t.cameo.as_str().starts_with("084") {
        of.extend(p.syn.children_with(i, "appos"));
    }
    sources = all_entities(cx, p, &by);
    targets = all_entities(cx, p, &with);
    // "a motion of no confidence in Prime Minister X": a noun listed with the word that
    // marks its target takes the actor after that word, which the parser may hang on a
    // word inside the phrase ("confidence") rather than on the noun.
    if let (true, Some(w)) = (targets.is_empty(), &t.target_prep) {
        targets = all_entities(cx, p, &marked_within(p, i, w));
    }
    // "imposed an asset freeze and a travel ban on X": whom the last of coordinated
    // measures is aimed at, the first is too.
    if targets.is_empty() {
        let later = (p.syn.children_with(i, "conj").into_iter())
            .filter(|&c| c > i && p.sent.tokens[c].upos == "NOUN")
            .chain(targeted_measure(p, i));
        let aimed: Vec<usize> = later
            .flat_map(|c| nmods_with(p, c, &["on", "against"]))
            .collect();
        targets = all_entities(cx, p, &aimed);
    }
    // "imposed travel bans and asset freezes on Monday on six officers": the parser may
    // hang the second "on" on the count, under the day, and leave the officers bare.
    if targets.is_empty() {
        targets = all_entities(cx, p, &counted_after_day(p, i, i, &["on", "against"]));
    }
    // "a meeting of ministers": the participants; "the release of X": who undergoes it.
    if t.reciprocal {
        if sources.is_empty() {
            sources = all_entities(cx, p, &of);
        }
    } else if targets.is_empty() {
        targets = all_entities(cx, p, &of);
    }
    let poss: Vec<usize> = p
        .syn
        .children(i)
        .iter()
        .copied()
        .filter(|&c| matches!(p.rel(c), "nmod:poss" | "amod" | "compound"))
        .collect();
    // "his arrest", "Mwale's release": the possessor undergoes it; "Russia's invasion":
    // the possessor does it.
    let undergoes = matches!(t.cameo.root(), "17" | "18") || t.cameo.as_str().starts_with("084");
    let adopted = adopted(p, i);
    if undergoes && targets.is_empty() {
        targets = all_entities(cx, p, &poss);
    } else if sources.is_empty() && !undergoes && !adopted {
        sources = all_entities(cx, p, &poss);
    } else if adopted && targets.is_empty() {
        // "adopted the bloc's Russia sanctions": the country in the compound is whom the
        // measures that are taken up are aimed at.
        targets = all_entities(cx, p, &p.syn.children_with(i, "compound"));
    }
    // "as Bahrain and Iran hold talks", tagged as one noun phrase "Iran hold talks" joined
    // to "Bahrain": the name before "and" is a party too.
    if t.reciprocal && !sources.is_empty() {
        if let Some(first) = party_joined_before(p, i).filter(|x| !sources.contains(x)) {
            sources.insert(0, first);
        }
    }
    let governor = p.syn.head(i).filter(|_| p.rel(i).starts_with("nsubj"));
    if let Some((a, b)) =
        between_list(cx, p, i).or_else(|| governor.and_then(|h| between_list(cx, p, h)))
    {
        sources = a;
        targets = b;
    } else if let Some(taking_part) = copular_participants(cx, p, i) {
        sources = taking_part;
    } else if !between.is_empty() {
        let ents = all_entities(cx, p, &between);
        if ents.len() >= 2 {
            sources = vec![ents[0]];
            targets = ents[1..].to_vec();
        } else {
            sources = ents.clone();
            targets = ents;
        }
    }
    // "imposed successive rounds of sanctions", "launched a wave of attacks": the noun
    // that counts the events stands in their place.
    // So does an amount: "pledged $50 million in aid".
    let anchor = p
        .syn
        .head(i)
        .filter(|&h| {
            let prep = p.syn.preposition(i);
            let amount = matches!(p.sent.tokens[h].upos.as_str(), "NUM" | "SYM")
                || matches!(p.lemma(h), "million" | "billion");
            p.rel(i) == "nmod"
                && (prep.as_deref() == Some("of") && CONTAINERS.contains(&p.lemma(h))
                    || matches!(prep.as_deref(), Some("of" | "in")) && amount)
        })
        .unwrap_or(i);
    // "imposed an asset freeze and a travel ban": a later conjunct stands where the first
    // one does.
    let anchor = p
        .syn
        .head(anchor)
        .filter(|&h| {
            p.rel(anchor) == "conj"
                && h < anchor
                && p.sent.tokens[h].upos == "NOUN"
                && (p.rel(h) == "obj" || p.rel(h).starts_with("obl"))
        })
        .unwrap_or(anchor);
    // The doer of a light verb: "A and B held talks", "agreed to a ceasefire".
    if let Some(h) = p.syn.head(anchor) {
        let rel = p.rel(anchor);
        let lemma = p.lemma(h);
        let light =
            LIGHT.contains(&lemma) || PLANNING.contains(&lemma) || ADOPTING.contains(&lemma);
        // "arrived for a visit", "is in Paris for talks"
        // ("went on a visit"; but "fired on a march" was aimed at the marchers).
        let purpose = rel.starts_with("obl")
            && match p.syn.preposition(anchor).as_deref() {
                Some("for") => true,
                Some("on") => t.cameo.root() == "04",
                _ => false,
            };
        if (rel == "obj" || rel.starts_with("obl")) && (light || purpose) && sources.is_empty() {
            let hp = p.pred(h);
            sources = if hp.passive {
                all_entities(cx, p, &hp.agents)
            } else {
                let subjects = finite_clause_subjects(p, h);
                all_entities(cx, p, subjects.as_deref().unwrap_or(&hp.subjects))
            };
            // "urged Kenya to free the teachers and to open talks": Kenya opens them.
            if let Some(urging) = object_control_through_conjunct(p, h) {
                let urged = all_entities(cx, p, &p.pred(urging).objects);
                if !urged.is_empty() {
                    sources = urged;
                }
            }
            // "urged both sides to hold talks": the one urged holds them.
            if sources.is_empty() && hp.subjects.is_empty() {
                if let Some(up) = p.syn.head(h) {
                    if p.rel(h).starts_with("acl") && !p.rel(h).starts_with("acl:relcl") {
                        sources = all_entities(cx, p, &[up]);
                    } else if p.rel(h) == "xcomp" {
                        sources = all_entities(cx, p, &p.pred(up).objects);
                    }
                    // "recalled its envoy and handed a protest note", "voted to extend
                    // sanctions": the verb shares the subject of the verb it hangs on.
                    let verb = p.sent.tokens[up].upos == "VERB";
                    if sources.is_empty() && verb && matches!(p.rel(h), "conj" | "xcomp") {
                        let up_pred = p.pred(up);
                        if !up_pred.passive {
                            sources = all_entities(cx, p, &up_pred.subjects);
                        }
                    }
                    // "Norway is not a member but has adopted its sanctions": a verb joined
                    // to a nominal predicate shares that predicate's subject.
                    if sources.is_empty() && !verb && p.rel(h) == "conj" {
                        sources = all_entities(cx, p, &p.syn.children_with(up, "nsubj"));
                    }
                }
                // "voted on Thursday to extend sanctions", parsed as a clause of purpose:
                // whoever controls the light verb does what its noun names.
                if sources.is_empty() {
                    sources = all_entities(cx, p, &controller(p, h));
                }
            }
            if targets.is_empty() {
                targets = all_entities(cx, p, &obliques_with(p, &hp, &["with", "against", "on"]));
            }
            // "imposed travel bans on Friday on seven officers", with the officers read as
            // a second object of the verb and "on seven" hung on the day.
            if targets.is_empty() {
                let counted = counted_after_day(p, h, anchor, &["on", "against"]);
                targets = all_entities(cx, p, &counted);
            }
            // "travel to Beijing for talks": with the country of the place travelled to.
            if targets.is_empty() && purpose && t.cameo.root() == "04" {
                targets = all_entities(cx, p, &obliques_with(p, &hp, &["to"]));
            }
            place_heads = obliques_with(p, &hp, &["in", "near", "at", "on", "along"]);
        }
    }
    place_heads.extend(nmods_with(p, i, &["in", "near", "at", "along", "on"]));
    if sources.is_empty() {
        if let Some(speaker) = foreseen_by(p, i) {
            sources = all_entities(cx, p, &speaker);
        }
    }
    let polarity = noun_polarity(p, i);
    // "a meeting ... at Lind's": the host meets the others.
    if t.cameo.root() == "04" {
        if let Some(host) = host_of(cx, p, i) {
            if targets.is_empty() || targets == sources {
                targets = std::mem::take(&mut sources);
            }
            sources = vec![host];
            hosted = true;
        }
    }
    // Symmetric events between the members of one coordination.
    if t.reciprocal && targets.is_empty() && sources.len() >= 2 {
        targets = sources.clone();
    }
    // "their coast guards will hold a joint exercise": a joint act has its doers on both ends.
    // With one doer read, the other party is unknown, and `build` drops the act of one party
    // with itself rather than report it aimed at no one.
    let joint = (p.syn.children_with(i, "amod").iter()).any(|&c| p.lower(c) == "joint");
    if t.reciprocal && targets.is_empty() && joint {
        targets = sources.clone();
    }
    if t.reciprocal && sources.is_empty() && targets.is_empty() && p.rel(i) != "nmod" {
        if let Some(g) = group_in(cx, p) {
            sources = vec![g];
            targets = vec![g];
            // "clashes between the two countries' forces": the countries it stands for.
            if collective(cx, g) {
                if let Some((a, b)) = events::members(cx, p.rule_sent[i]) {
                    sources = vec![g, a, b];
                    targets = vec![g, b, a];
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

/// Words that say more of an act may come: "more arrests could follow", "further listings
/// were possible", "new sanctions are likely".
const FORESEEING: [&str; 5] = ["possible", "likely", "follow", "come", "expect"];

/// "The bureau said more arrests could follow", "Wong said further listings were possible":
/// the one who says more of an act may come is the one who would do it, so the speaker is
/// the doer. Only "more", "further" or "new" just before the noun (a count of acts still to
/// come), a word of likelihood after it or over it, and a verb of saying above it. A long
/// noun phrase can hide the word from the parse, so the words right after are read too.
fn foreseen_by(p: &Parsed, i: usize) -> Option<Vec<usize>> {
    let more = i > 0 && matches!(p.lower(i - 1), "more" | "further" | "new");
    if !more {
        return None;
    }
    let n = p.sent.tokens.len();
    let mut k = i + 1;
    while k < n && (MODALS.contains(&p.lower(k)) || p.lemma(k) == "be") {
        k += 1;
    }
    let read = k > i + 1 && k < n && FORESEEING.contains(&p.lemma(k));
    let parsed = p.rel(i).starts_with("nsubj")
        && p.syn
            .head(i)
            .is_some_and(|h| FORESEEING.contains(&p.lemma(h)));
    if !read && !parsed {
        return None;
    }
    let mut x = i;
    for _ in 0..4 {
        x = p.syn.head(x)?;
        if SAYING.contains(&p.lemma(x)) {
            let speakers = p.pred(x).subjects.clone();
            return (!speakers.is_empty()).then_some(speakers);
        }
    }
    None
}
