//! The role-filling pass: events the sentence left without a source or target are aimed
//! from the story around them, after the bodies people act for have joined the roles.

use super::*;

/// Whom events that name no one are aimed at, from the story around them. A protest is
/// aimed at whom a demand or a criticism of the same sentence is, else at the government
/// named last; an accusation, rejection or threat by someone who acted just before is aimed
/// where that act was ("Ethiopia accused Eritrea ... He warned that ..."). Run after the
/// bodies people act for have joined the roles.
pub(crate) fn aim(cx: &Context, out: &mut Vec<EventOut>) {
    // A trip to one's own country ("the minister will travel to the capital") is no visit,
    // and a reported attack by one's own side is no accusation.
    out.retain(|e| {
        let own = e.targets.iter().any(|x| e.sources.contains(x));
        let trip = e.cameo.as_str() == "042" && !e.targets.iter().any(|x| !e.sources.contains(x));
        let claim = e.cameo.as_str() == "112" && e.confidence == CLAIM && own;
        e.targets.is_empty() || !(trip || claim)
    });
    // "were arrested at their homes and charged": a second verb of the same code joined by
    // "and", on the same people, is the same act told twice.
    let told_twice: Vec<bool> = (0..out.len())
        .map(|k| {
            let e = &out[k];
            let joined = e.trigger.start > 0 && cx.doc.lower(e.trigger.start - 1) == "and";
            let same_people = |o: &EventOut| {
                let known = |x: &usize| o.sources.contains(x) || o.targets.contains(x);
                e.sources.iter().all(known) && e.targets.iter().all(known)
            };
            joined
                && out[..k].iter().any(|o| {
                    o.sent == e.sent
                        && o.cameo == e.cameo
                        && o.trigger.end + 12 > e.trigger.start
                        && same_people(o)
                })
        })
        .collect();
    let mut told = told_twice.into_iter();
    out.retain(|_| !told.next().unwrap_or(false));
    judged_by_court(cx, out);
    // "Sawadogo, Burkina Faso's spokesman, called the expulsions ...": a judgement or a
    // refusal is aimed at someone else than the side its speaker acts for (not when the
    // sides name each other: "Yemen's government and the Houthis accused each other").
    for e in out.iter_mut() {
        let same_sides = e.targets.iter().all(|x| e.sources.contains(x))
            && e.sources.iter().all(|x| e.targets.contains(x));
        let n = cx.doc.toks.len();
        let mutual = (e.trigger.end..(e.trigger.end + 2).min(n))
            .any(|k| matches!(cx.doc.lower(k), "each" | "one"))
            && (e.trigger.end..(e.trigger.end + 3).min(n))
                .any(|k| matches!(cx.doc.lower(k), "other" | "another"));
        if matches!(e.cameo.root(), "11" | "12") && !same_sides && !mutual {
            let sources = e.sources.clone();
            e.targets.retain(|x| !sources.contains(x));
        }
    }
    // "Talks with the group began in 2022": a joint act with one side named has the other
    // side of the latest act that side took part in.
    for k in 0..out.len() {
        let e = &out[k];
        let joint = matches!(e.cameo.root(), "03" | "04" | "05" | "19");
        if !joint || !e.sources.is_empty() || e.targets.is_empty() {
            continue;
        }
        // Acts of the same kind first ("talks" after "halted talks"), then others between
        // the two parties, never a third party's appeal to both.
        let same = |o: &EventOut| {
            o.cameo.root() == e.cameo.root() || e.cameo.root() == "04" && o.cameo.root() == "16"
        };
        let between =
            |o: &EventOut| matches!(o.cameo.root(), "03" | "04" | "05" | "06" | "16" | "19");
        let candidates = (out[..k].iter().rev().filter(|o| same(o)))
            .chain(out[..k].iter().rev().filter(|o| !same(o) && between(o)));
        let others = candidates.into_iter().find_map(|o| {
            let with = |side: &[usize]| side.iter().any(|x| e.targets.contains(x));
            let other: Vec<usize> = if with(&o.targets) {
                o.sources.clone()
            } else if with(&o.sources) {
                o.targets.clone()
            } else {
                return None;
            };
            let other: Vec<usize> = other
                .into_iter()
                .filter(|x| !e.targets.contains(x))
                .collect();
            (!other.is_empty()).then_some(other)
        });
        if let Some(others) = others {
            out[k].sources = others;
        }
    }
    // "We will take the matter to the International Court of Justice", "Uruguay would file
    // a complaint with the WTO": the court or body named is where the case goes; the case
    // is also against the side the plaintiff was last at odds with.
    for k in 0..out.len() {
        let e = &out[k];
        if !matches!(e.cameo.as_str(), "114" | "115") || e.sources.is_empty() {
            continue;
        }
        let other = |x: &usize| !e.sources.contains(x) && !e.targets.contains(x);
        let before = || out[..k].iter().rev().take_while(|o| o.sent + 3 >= e.sent);
        let hostile = |o: &&EventOut| {
            matches!(
                o.cameo.root(),
                "10" | "11" | "12" | "13" | "16" | "17" | "18" | "19" | "20"
            ) && !matches!(o.cameo.as_str(), "114" | "115")
        };
        let mine = before()
            .filter(hostile)
            .filter(|o| o.sources.iter().any(|x| e.sources.contains(x)))
            .find(|o| o.targets.iter().any(other))
            .map(|o| o.targets.iter().copied().filter(other).collect::<Vec<_>>());
        let against = || {
            before()
                .filter(hostile)
                .find(|o| o.targets.iter().any(|x| e.sources.contains(x)))
                .map(|o| o.sources.iter().copied().filter(other).collect::<Vec<_>>())
        };
        if let Some(opponents) = mine.or_else(against) {
            // "the Nicaraguan navy": a case against a national body is against its country.
            let countries = countries_of_bodies(cx, &opponents, &out[k]);
            out[k].targets.extend(opponents);
            extend_new(&mut out[k].targets, countries);
        }
    }
    challenged_listings(cx, out);
    // "offered to mediate between the two neighbours": a target that only names the two
    // countries of the story is dropped from the output, so the act is aimed at them.
    for e in out.iter_mut() {
        if e.targets.is_empty() || !e.targets.iter().all(|&x| collective(cx, x)) {
            continue;
        }
        // The two the story is about, not a pair named in passing ("ECOWAS, which Niger
        // left along with Mali and Burkina Faso, offered to host talks between the two
        // governments").
        let pair = events::story_pair(cx, e.sent).or_else(|| events::members(cx, e.sent));
        if let Some((a, b)) = pair {
            for x in [a, b] {
                if !e.sources.contains(&x) && !e.targets.contains(&x) {
                    e.targets.push(x);
                }
            }
        }
    }
    for k in 0..out.len() {
        if !out[k].targets.is_empty() || out[k].sources.is_empty() {
            continue;
        }
        let e = &out[k];
        // "Insurgents seized the town ... the army would retake it": retaking is aimed at
        // whoever took it.
        let word = cx.doc.lower(e.trigger.start);
        if ["retak", "retook", "recaptur"]
            .iter()
            .any(|w| word.starts_with(w))
        {
            let taker = out[..k].iter().rev().find(|o| {
                o.cameo.as_str() == "192"
                    && o.polarity == Polarity::Asserted
                    && o.sources.iter().all(|x| !e.sources.contains(x))
                    && !o.sources.is_empty()
            });
            if let Some(o) = taker {
                out[k].targets = o.sources.clone();
                continue;
            }
        }
        let root = e.cameo.root();
        let not_source = |x: &usize| !e.sources.contains(x);
        // Where the act is told: what the story names "last" is named before this byte.
        let at = cx.doc.toks.get(e.trigger.start).map_or(0, |t| t.start);
        let mut aimed: Vec<usize> = Vec::new();
        // "accused the government of hiding the clash and demanded a statement", "praised
        // the government but criticised the pace of sales": a speaker's second word in the
        // same sentence goes where the first went.
        // "The embassy called the sanctions hostile and said Moscow would respond": a retort
        // answers what the sentence's speaker just judged, though the embassy and its
        // country are told apart until the bodies join the roles.
        let retort = e.cameo.as_str() == "130"
            && matches!(word, "respond" | "responds" | "answer" | "answers");
        if matches!(root, "10" | "11" | "12" | "13") {
            let first = (out[..k].iter().rev())
                .take_while(|o| o.sent == e.sent)
                .filter(|o| matches!(o.cameo.root(), "02" | "05" | "10" | "11" | "12" | "13"))
                .find(|o| retort || o.sources.iter().any(|x| e.sources.contains(x)));
            let said_to = first.iter().flat_map(|o| o.targets.iter().copied());
            aimed.extend(said_to.filter(not_source));
        }
        if !aimed.is_empty() {
            // The first word's addressee stands; the guesses below are for a first word.
        } else if root == "14" {
            // "threw stones", "set fire to tyres": violence at a protest is aimed at the
            // police facing it, not at the government the protest is about.
            if e.cameo.as_str() == "145" {
                aimed.extend(police(cx, at).filter(not_source));
            }
            let said = (out.iter())
                .filter(|o| o.sent == e.sent && matches!(o.cameo.root(), "10" | "11" | "12"))
                .flat_map(|o| o.targets.iter().copied());
            if aimed.is_empty() {
                aimed.extend(said.filter(not_source));
            }
            if aimed.is_empty() {
                aimed.extend(government_named_last(cx, e, at));
            }
        } else if matches!(root, "02" | "10") && !speaks_for_state(cx, e) {
            // "the union demanded a rise in the minimum wage", "the party called for an
            // early election": a demand or an appeal by a union, a party or a group that
            // names no one is made of the government, as a protest is.
            aimed.extend(government_named_last(cx, e, at));
        } else if e.cameo.as_str() == "016" && !told_as_saying(cx, e) || silent_reply(cx, e) {
            aimed.extend(accusers(cx, &out[..k], e));
        } else if e.cameo.as_str() == "163" {
            // "Britain and Canada imposed similar measures", "its sanctions would stay in
            // place": sanctions that name no one fall on those the story's latest sanctions
            // fell on.
            let latest = out[..k]
                .iter()
                .rev()
                .find(|o| o.cameo.as_str() == "163" && o.targets.iter().any(not_source));
            aimed.extend(
                latest
                    .iter()
                    .flat_map(|o| o.targets.iter().copied())
                    .filter(not_source),
            );
        } else if root == "17" {
            // "Fourteen people were detained" after a protest: the protesters.
            let protest = out[..k]
                .iter()
                .rev()
                .take_while(|o| o.sent + 3 >= e.sent)
                .find(|o| o.cameo.root() == "14" && !o.sources.is_empty());
            aimed.extend(
                protest
                    .iter()
                    .flat_map(|o| o.sources.iter().copied())
                    .filter(not_source),
            );
        } else if root == "03" {
            // "pledged $50 million in aid to Sudan": the pledge goes where what is pledged does.
            let pledged = (out.iter())
                .filter(|o| o.sent == e.sent && o.sources.iter().any(|x| e.sources.contains(x)))
                .flat_map(|o| o.targets.iter().copied());
            aimed.extend(pledged.filter(not_source));
        } else if matches!(root, "11" | "12" | "13" | "19") {
            let before = out[..k].iter().rev().take_while(|o| o.sent + 3 >= e.sent);
            // An act of hostility, not a complaint lodged with a third party ("lodged a
            // complaint with the African Union. He warned ...": the warning is not the
            // Union's).
            let hostile = |o: &&EventOut| {
                matches!(
                    o.cameo.root(),
                    "11" | "12" | "13" | "15" | "16" | "17" | "18" | "19" | "20"
                ) && o.cameo.as_str() != "114"
            };
            let earlier = before
                .filter(hostile)
                .filter(|o| o.sources.iter().any(|x| e.sources.contains(x)))
                .find(|o| o.targets.iter().any(not_source));
            aimed.extend(
                earlier
                    .iter()
                    .flat_map(|o| o.targets.iter().copied())
                    .filter(not_source),
            );
            // ... else at whoever last acted on the speaker ("Moldova expelled Russian
            // diplomats ... Moscow would respond in kind").
            if aimed.is_empty() {
                let acted_on = out[..k].iter().rev().find(|o| {
                    o.targets.iter().any(|x| e.sources.contains(x))
                        && o.sources.iter().any(not_source)
                });
                aimed.extend(
                    (acted_on.iter())
                        .flat_map(|o| o.sources.iter().copied())
                        .filter(not_source),
                );
            }
        }
        let mut seen = Vec::new();
        aimed.retain(|x| {
            let first = !seen.contains(x);
            seen.push(*x);
            first
        });
        out[k].targets = aimed;
    }
    for k in 0..out.len() {
        if let Some(pressing) = pressed_for(cx, &out[..k], &out[k]) {
            out[k].targets = pressing;
        }
    }
    for e in out.iter_mut().filter(|e| e.cameo.as_str() == "016") {
        if let Some(x) = prosecution(cx, e) {
            e.targets = vec![x];
        }
        // "Tehran rejected the accusations" made by the Australian intelligence agency: a
        // denial answers the agency's country too.
        let countries = countries_of_bodies(cx, &e.targets, e);
        extend_new(&mut e.targets, countries);
    }
    aim_at_investigators(cx, out);
    aim_at_parties(cx, out);
}

/// "Unions demanded that the cuts be dropped ... the government would not withdraw them": a
/// refusal answers whoever last demanded, appealed or protested at the refuser, not the
/// latest bystander to act. Only for a refusal worded as one ("would not", "refused to",
/// "declined to"): a rejection of a claim answers its claimant, which the sentence names.
fn pressed_for(cx: &Context, before: &[EventOut], refusal: &EventOut) -> Option<Vec<usize>> {
    let worded = refusal.trigger.clone().any(|k| {
        let w = cx.doc.lower(k);
        matches!(w, "not" | "n't" | "never") || w.starts_with("refus") || w.starts_with("declin")
    });
    if refusal.cameo.root() != "12" || !worded {
        return None;
    }
    let refusers = &refusal.sources;
    let pressing = before.iter().rev().find(|e| {
        matches!(e.cameo.root(), "02" | "10" | "14")
            && e.targets.iter().any(|x| refusers.contains(x))
            && !e.sources.is_empty()
            && e.sources.iter().all(|x| !refusers.contains(x))
    })?;
    Some(pressing.sources.clone())
}

/// "said it would cooperate fully with the investigation", "will cooperate with
/// investigators": help promised to an inquiry goes to whoever conducts it, the doers of the
/// story's searches, raids and arrests, other than the one who helps and than a court
/// (whose verdict ends an inquiry, not conducts it). The officers who searched stand beside
/// the body they serve, so every such doer is named.
fn aim_at_investigators(cx: &Context, out: &mut [EventOut]) {
    for k in 0..out.len() {
        let e = &out[k];
        if e.cameo.root() != "03" || !helps_inquiry(cx, e) {
            continue;
        }
        let inquiry = |o: &&EventOut| {
            let code = o.cameo.as_str();
            o.polarity == Polarity::Asserted
                && (o.cameo.root() == "09" || code.starts_with("171") || code.starts_with("173"))
        };
        let investigator =
            |x: &usize| !e.sources.contains(x) && !crate::roles::named_court(&cx.ents.list[*x]);
        let investigators: Vec<usize> = (out.iter().filter(inquiry))
            .flat_map(|o| o.sources.iter().copied())
            .filter(investigator)
            .collect();
        extend_new(&mut out[k].targets, investigators);
    }
}

/// Whether `e`'s trigger promises cooperation "with" an inquiry ("cooperate fully with the
/// investigation", "co-operate with investigators", "with the probe").
fn helps_inquiry(cx: &Context, e: &EventOut) -> bool {
    const HELPING: [&str; 3] = ["cooperat", "co-operat", "collaborat"];
    const INQUIRY: [&str; 5] = ["investigat", "inquir", "enquir", "probe", "prosecutor"];
    let n = cx.doc.toks.len();
    let helps = (e.trigger.clone()).any(|k| HELPING.iter().any(|w| cx.doc.lower(k).starts_with(w)));
    let Some(with) =
        (e.trigger.end..(e.trigger.end + 3).min(n)).find(|&k| cx.doc.lower(k) == "with")
    else {
        return false;
    };
    helps
        && (with + 1..(with + 4).min(n))
            .any(|k| INQUIRY.iter().any(|w| cx.doc.lower(k).starts_with(w)))
}

/// "The spokesman accused the army of bombing a camp, a charge the defence ministry
/// denied", "Kabul denied that its forces had fired first": a denial answers the latest
/// accusation told just before it, by preference one aimed at the denier, and so is aimed
/// at the accusers.
fn accusers(cx: &Context, before: &[EventOut], denial: &EventOut) -> Vec<usize> {
    let not_denier = |x: &usize| !denial.sources.contains(x);
    // Words said by the denier's own side are no charge it answers.
    let sided =
        |o: &EventOut| (o.sources.iter()).any(|&x| not_denier(&x) && own_side(cx, denial, x));
    let accusation = |o: &&EventOut| {
        o.cameo.root() == "11"
            && o.polarity == Polarity::Asserted
            && o.sent + 2 >= denial.sent
            && o.sources.iter().any(not_denier)
            && !sided(o)
    };
    let recent = || before.iter().rev().filter(accusation);
    let at_denier = recent().find(|o| o.targets.iter().any(|x| denial.sources.contains(x)));
    // "Rights groups said soldiers had burned homes. The army denied the reports": with no
    // accusation coded, the denial answers the latest claim or charge another actor made.
    let claim = |o: &&EventOut| {
        matches!(o.cameo.root(), "01" | "11" | "17")
            && o.cameo.as_str() != "016"
            && o.polarity == Polarity::Asserted
            && o.sent + 2 >= denial.sent
            && o.sources.iter().any(not_denier)
            && !sided(o)
    };
    // "Ramos said the vote was illegal ... 'We will ask the court to annul it.' Rodriguez
    // rejected that.": whatever the speaker just before said, even a step still to come.
    let just_said = |o: &&EventOut| {
        matches!(o.cameo.root(), "01" | "10" | "11" | "12" | "13")
            && o.sent + 1 >= denial.sent
            && o.sources.iter().any(not_denier)
            && !sided(o)
    };
    (at_denier.or_else(|| recent().next()))
        .or_else(|| before.iter().rev().find(claim))
        .or_else(|| before.iter().rev().find(just_said))
        .or_else(|| charged_earlier(before, denial))
        .map(|o| o.sources.iter().copied().filter(not_denier).collect())
        .or_else(|| last_speaker(cx, denial))
        .or_else(|| story_charge(before, denial))
        .unwrap_or_default()
}

/// "The lawyer said his client had done nothing wrong": a denial told as what a speaker
/// said answers no charge the sentence names, and the gold leaves it aimed at no one.
fn told_as_saying(cx: &Context, e: &EventOut) -> bool {
    cx.doc
        .is_cue(e.trigger.start, newsgraph_lexicon::Cue::Speech)
}

/// "Police arrested the director ... He denied the charges": criminal charges are brought
/// by the prosecution, not by the police who arrest or the court that tries, so a denial
/// of charges or of wrongdoing answers the prosecutors or anti-corruption body the story
/// named first before it. A lone "the charge" is as often a rival's jibe, and stays with the
/// accuser.
fn prosecution(cx: &Context, denial: &EventOut) -> Option<usize> {
    let n = cx.doc.toks.len();
    let charges = (denial.trigger.end..(denial.trigger.end + 3).min(n)).any(|k| {
        let w = cx.doc.lower(k);
        let whole = k > 0 && matches!(cx.doc.lower(k - 1), "all" | "every" | "any");
        matches!(w, "charges" | "wrongdoing") || (w == "charge" && whole)
    });
    if !charges {
        return None;
    }
    let at = cx.doc.toks.get(denial.trigger.start).map_or(0, |t| t.start);
    // The body the story opens its case with brought it; one named later is often a
    // parallel inquiry or one asked to look into it. An anti-corruption bureau beside
    // prosecutors searched and arrested; where it stands alone, it brought the case.
    let named = |word: &'static str| {
        move |ent: &crate::entities::Ent| {
            ent.etype != EntityType::Person
                && !denial
                    .sources
                    .iter()
                    .any(|&x| cx.ents.list[x].key == ent.key)
                && ent.label.to_lowercase().contains(word)
                && ent.mentions.iter().any(|m| m.start <= at)
        }
    };
    (cx.ents.first_mentioned(named("prosecut")))
        .or_else(|| cx.ents.first_mentioned(named("corruption")))
}

/// "The army made no comment on the accusation", "The government did not reply": silence
/// where an answer was due is aimed where a denial would be. Silence about something else
/// answers no one: "did not comment on the agreements", "did not respond to a request for
/// comment" (the reporter's), a bare "did not comment".
fn silent_reply(cx: &Context, e: &EventOut) -> bool {
    if e.cameo.as_str() != "010" || e.polarity != Polarity::Negated {
        return false;
    }
    let n = cx.doc.toks.len();
    let after = e.trigger.end;
    if after < n && matches!(cx.doc.lower(after), "to" | "on") {
        return (after + 1..(after + 4).min(n)).any(|i| {
            let w = cx.doc.lower(i);
            [
                "accusation",
                "allegation",
                "charge",
                "claim",
                "criticism",
                "remark",
            ]
            .iter()
            .any(|s| w.starts_with(s))
        });
    }
    e.trigger.clone().any(|i| {
        let w = cx.doc.lower(i);
        ["repl", "respon", "answer"]
            .iter()
            .any(|s| w.starts_with(s))
    })
}

/// The countries of the national bodies among `bodies`, other than `e`'s sources and
/// than the bodies themselves.
fn countries_of_bodies(cx: &Context, bodies: &[usize], e: &EventOut) -> Vec<usize> {
    (bodies.iter())
        .filter(|&&x| cx.ents.list[x].etype != EntityType::Country)
        .filter_map(|&x| cx.ents.list[x].country.as_ref())
        .filter_map(|iso| cx.ents.country_entity(iso))
        .filter(|x| !bodies.contains(x) && !e.sources.contains(x))
        .collect()
}

/// "Vuti said six MPs had been offered ministries ... Tari denied that any MP had been
/// paid": a claim told only as someone's words leaves no event to answer, but the denial
/// still answers whoever spoke last before it, in its paragraph or the one before (a
/// paragraph of background between them ends the exchange).
fn last_speaker(cx: &Context, denial: &EventOut) -> Option<Vec<usize>> {
    let paragraph = |s: usize| cx.doc.sents.get(s).map_or(0, |x| x.paragraph);
    let here = paragraph(denial.sent);
    (denial.sent.saturating_sub(2)..denial.sent)
        .rev()
        .take_while(|&s| paragraph(s) + 1 >= here)
        .filter_map(|s| events::attribution(cx, s))
        .find(|&x| !own_side(cx, denial, x))
        .map(|x| vec![x])
}

/// Whether `x` speaks for the denier's side: one of the deniers, or the country of one of
/// them or an organ of that state ("Uruguay denies the dumping charge" after the words of
/// Uruguay's central bank, "he denied that" after his own ministry spoke), whose earlier
/// words are no charge the denial answers. Parties and groups of the same country stay
/// apart: an opposition's charge is answered by its government.
fn own_side(cx: &Context, denial: &EventOut, x: usize) -> bool {
    if denial.sources.contains(&x) {
        return true;
    }
    let Some(country) = cx.ents.country_of(x) else {
        return false;
    };
    let ent = &cx.ents.list[x];
    let organ = ent.etype == EntityType::Country
        || ent.etype == EntityType::Organisation
            && (ent.label.split_whitespace().last())
                .is_some_and(|w| STATE_ORGANS.contains(&w.to_lowercase().as_str()));
    organ
        && (denial.sources.iter()).any(|&d| d == country || cx.ents.country_of(d) == Some(country))
}

/// Head nouns of a state's own organs, which speak for its government.
const STATE_ORGANS: [&str; 7] = [
    "ministry",
    "government",
    "embassy",
    "bank",
    "presidency",
    "cabinet",
    "treasury",
];

/// "The Treasury sanctioned three officials and two firms ... One of the firms denied any
/// wrongdoing": with no one speaking before it, a denial answers the story's latest
/// sanction, arrest or charge by someone else, even when that act names the denier only
/// among others.
fn story_charge(before: &[EventOut], denial: &EventOut) -> Option<Vec<usize>> {
    let others = |o: &EventOut| -> Vec<usize> {
        (o.sources.iter().copied())
            .filter(|x| !denial.sources.contains(x))
            .collect()
    };
    (before.iter().rev())
        .filter(|o| matches!(o.cameo.root(), "16" | "17") && o.polarity == Polarity::Asserted)
        .map(others)
        .find(|x| !x.is_empty())
}

/// "X accused the party of buying votes. ... The party rejected the accusation", "Australia
/// sanctioned Iranian officers ... Tehran rejected the accusations": with nothing said just
/// before, a denial answers the story's latest accusation against the denier, however far
/// back, and failing one the latest sanction or coercion of the denier.
fn charged_earlier<'e>(before: &'e [EventOut], denial: &EventOut) -> Option<&'e EventOut> {
    let against_denier = |o: &&EventOut| {
        o.polarity == Polarity::Asserted
            && o.targets.iter().any(|x| denial.sources.contains(x))
            && o.sources.iter().any(|x| !denial.sources.contains(x))
    };
    let latest = |roots: &[&str]| {
        (before.iter().rev())
            .filter(|o| roots.contains(&o.cameo.root()))
            .find(against_denier)
    };
    latest(&["11"]).or_else(|| latest(&["16", "17"]))
}

/// Acts the sentence aims at no one, whose counterpart the story names: a third party's
/// welcome, offer or aid answers the joint act two sides took together ("Jordan and Iraq
/// agreed ... Cairo welcomed it", "the World Bank has offered to help finance"), a group
/// that meets with no one named meets among itself ("EU member states would discuss it at
/// a meeting"), and a visit to a foreign city is a visit to its country; a visit to a place
/// no country is known for ("the island", a small town) is to the dateline's country when
/// the visitor is foreign to it, as aid delivered there is.
fn aim_at_parties(cx: &Context, out: &mut [EventOut]) {
    for k in 0..out.len() {
        if !out[k].targets.is_empty() || out[k].sources.is_empty() {
            continue;
        }
        let e = &out[k];
        let aimed = match e.cameo.root() {
            "03" if e.polarity == Polarity::Asserted => {
                let joint = joint_parties(cx, &out[..k], e);
                if joint.is_empty() && pledges_a_sum(cx, e) {
                    receiving_country(cx, e)
                } else {
                    joint
                }
            }
            "05" if e.polarity == Polarity::Asserted => joint_parties(cx, &out[..k], e),
            "07" => {
                let joint = if e.polarity == Polarity::Asserted {
                    joint_parties(cx, &out[..k], e)
                } else {
                    Vec::new()
                };
                if joint.is_empty() {
                    receiving_country(cx, e)
                } else {
                    joint
                }
            }
            "04" if e.cameo.as_str() == "042" => receiving_country(cx, e),
            "04" => meeting_among(cx, e),
            _ => Vec::new(),
        };
        out[k].targets = aimed;
    }
}

/// "pledged 5 million dollars for reconstruction", "pledged A$1.5 million through the Red
/// Cross": money pledged to no one named is aid, and goes where aid does.
fn pledges_a_sum(cx: &Context, e: &EventOut) -> bool {
    let n = cx.doc.toks.len();
    (e.trigger.end..(e.trigger.end + 3).min(n)).any(|k| {
        let w = cx.doc.lower(k);
        w.starts_with(|c: char| c.is_ascii_digit())
            || w.contains(['$', '€', '£'])
            || matches!(w, "million" | "billion")
    })
}

/// The two sides of the latest joint act before `e` that its doers, and their country, took
/// no part in.
fn joint_parties(cx: &Context, before: &[EventOut], e: &EventOut) -> Vec<usize> {
    let home: Vec<usize> = e
        .sources
        .iter()
        .filter_map(|&x| cx.ents.country_of(x))
        .collect();
    let joint = |o: &&EventOut| {
        matches!(o.cameo.root(), "03" | "04" | "05" | "06")
            && o.polarity == Polarity::Asserted
            && o.sources.len() >= 2
            && o.sources.iter().all(|x| o.targets.contains(x))
            && o.targets.iter().all(|x| o.sources.contains(x))
            && !o
                .sources
                .iter()
                .any(|x| e.sources.contains(x) || home.contains(x))
    };
    (before.iter().rev().find(joint))
        .map(|o| o.sources.clone())
        .unwrap_or_default()
}

/// The country of the first foreign place a visit names.
fn visited_country(cx: &Context, e: &EventOut) -> Vec<usize> {
    let home: Vec<usize> = e
        .sources
        .iter()
        .filter_map(|&x| cx.ents.country_of(x))
        .collect();
    (e.places.iter())
        .filter_map(|&x| cx.ents.country_of(x))
        .find(|c| !home.contains(c) && !e.sources.contains(c))
        .into_iter()
        .collect()
}

/// "France sent two helicopters", "the WFP began handing out rice in Domoni": aid sent to no
/// one named goes to the foreign country it is delivered in, else to the story's country
/// (the dateline's, or the one named first when the gazetteer cannot place the dateline's
/// town) when that is not the giver's own.
fn receiving_country(cx: &Context, e: &EventOut) -> Vec<usize> {
    let visited = visited_country(cx, e);
    if !visited.is_empty() {
        return visited;
    }
    let home: Vec<usize> = (e.sources.iter())
        .filter_map(|&x| cx.ents.country_of(x))
        .collect();
    (events::story_country(cx))
        .filter(|c| !home.contains(c) && !e.sources.contains(c))
        .into_iter()
        .collect()
}

/// A group meeting with no one named meets among itself; "the two sides" meet each other.
/// Not a group that meets someone no entity stands for ("elders will meet the governor").
fn meeting_among(cx: &Context, e: &EventOut) -> Vec<usize> {
    let n = cx.doc.toks.len();
    let meets_someone = cx.doc.lower(e.trigger.start).starts_with("me")
        && e.trigger.end < n
        && (matches!(
            cx.doc.lower(e.trigger.end),
            "the" | "a" | "an" | "with" | "his" | "her" | "their" | "its"
        ) || cx.doc.word(e.trigger.end).starts_with(char::is_uppercase));
    if meets_someone {
        return Vec::new();
    }
    if let Some(&g) = e.sources.iter().find(|&&x| collective(cx, x)) {
        if let Some((a, b)) = events::members(cx, e.sent) {
            return [g, a, b]
                .into_iter()
                .filter(|x| !e.sources.contains(x))
                .collect();
        }
    }
    let groups = (e.sources.iter()).all(|&x| cx.ents.list[x].etype == EntityType::Group);
    if groups {
        e.sources.clone()
    } else {
        Vec::new()
    }
}

/// "Pavelescu was sentenced to four years", "A panel of the court convicted him": a
/// sentence, conviction or acquittal whose clause names no judge is the court's, the one
/// the story named last before it (or, first named in the same sentence, that one).
fn judged_by_court(cx: &Context, out: &mut [EventOut]) {
    const JUDGING: [&str; 4] = ["sentenc", "convict", "acquit", "jail"];
    let court = |_: usize, ent: &crate::entities::Ent| crate::roles::named_court(ent);
    for e in out.iter_mut() {
        let word = cx.doc.lower(e.trigger.start);
        if e.cameo.as_str() != "173"
            || !e.sources.is_empty()
            || !JUDGING.iter().any(|w| word.starts_with(w))
        {
            continue;
        }
        let Some(sent) = cx.doc.sents.get(e.sent) else {
            continue;
        };
        let found = cx.ents.latest_mentioned(court, |m| m.end <= sent.end);
        e.sources.extend(found.filter(|x| !e.targets.contains(x)));
    }
}

/// The government the story named last before byte `at`, else anywhere, when not among the
/// doers of `e`.
fn government_named_last(cx: &Context, e: &EventOut, at: usize) -> Option<usize> {
    let government = |x: usize, ent: &crate::entities::Ent| {
        ent.etype == EntityType::Organisation
            && !e.sources.contains(&x)
            && (ent.label.split_whitespace()).any(|w| w.eq_ignore_ascii_case("government"))
    };
    (cx.ents.latest_mentioned(government, |m| m.start <= at))
        .or_else(|| cx.ents.latest_mentioned(government, |_| true))
}

/// Whether a doer of `e` is a state or one of its bodies: a state's demand is made of
/// another state, not of the government the story names.
fn speaks_for_state(cx: &Context, e: &EventOut) -> bool {
    e.sources.iter().any(|&x| {
        let ent = &cx.ents.list[x];
        ent.etype == EntityType::Country
            || (ent.label.split_whitespace())
                .any(|w| w.eq_ignore_ascii_case("government") || w.eq_ignore_ascii_case("ministry"))
    })
}

/// "would challenge the listing at the General Court", "will ask the High Court to overturn
/// his designation": a court case against a sanctions listing is against whoever imposed
/// it, the first sanctions the story tells of, whichever court is to hear the case.
fn challenged_listings(cx: &Context, out: &mut [EventOut]) {
    const LISTINGS: &[&str] = &[
        "listing",
        "listings",
        "designation",
        "designations",
        "sanctions",
        "blacklisting",
        "freeze",
        "order",
    ];
    for k in 0..out.len() {
        let e = &out[k];
        if e.cameo.as_str() != "115" || e.sources.is_empty() {
            continue;
        }
        let end = (e.trigger.end + 10).min(cx.doc.toks.len());
        let listing = (e.trigger.end..end)
            .map(|t| cx.doc.lower(t))
            .take_while(|w| !matches!(*w, "." | ";" | ","))
            .any(|w| LISTINGS.contains(&w));
        if !listing {
            continue;
        }
        let imposers = (out[..k].iter())
            .find(|o| o.cameo.as_str() == "163" && !o.sources.is_empty())
            .map(|o| o.sources.clone())
            .unwrap_or_default();
        let sources = out[k].sources.clone();
        extend_new(
            &mut out[k].targets,
            imposers.into_iter().filter(|x| !sources.contains(x)),
        );
    }
}
