//! Events read from the dependency parse of `newsgraph-nlp`: triggers by lemma and phrase,
//! source and target from the grammar (active and passive voice, coordination, "accused X
//! of Y", "talks between A and B", "held talks with X"), polarity from negation, modals,
//! governing verbs ("plans to", "denied plans to", "failed to") and what the clause says of
//! an event noun ("the meeting did not take place"), place from "in / near / at / on X".
//!
//! Entities come from the rule steps before (names, roles, coreference): each parsed token
//! knows the entity whose mention covers it, so the grammar only decides who plays which
//! role. Dates and attribution reuse the sentence-level readers of `dates` and `events`.
//!
//! Submodules: `verbs` and `nouns` (how an event verb or noun reads: its sides, polarity and
//! place words), `actors` (who a token of the parse stands for), `polarity` (did it happen?),
//! `not_events` (trigger words that are part of another event, not one of their own),
//! `reactions` (what "the ruling" or "the shelling" stands for, and whom reacting to it is
//! aimed at), `targets` (roles the story around a clause settles) and `aiming` (the pass that
//! gives events left without a source or target one from the story around them); the rest
//! each hold one construction, named for it.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

use newsgraph_lexicon::{Trigger, TriggerPos};
use newsgraph_model::{Cameo, EntityType, Polarity};
use newsgraph_nlp::syntax::{Predicate, Syntax};
use newsgraph_nlp::Sentence;

use crate::dates;
use crate::entities::Ent;
use crate::events::{self, Context, EventOut};
use crate::roles::Actor;
use crate::text::{lowercase_into, Strs};

mod actors;
mod aiming;
mod commitments;
mod lead_acts;
mod not_events;
mod nouns;
mod polarity;
mod rate_decisions;
mod reactions;
mod readiness;
mod retorts;
mod set_off_relatives;
mod targets;
mod verbs;
mod wording;

use actors::{
    according_to, actor_at, actor_before, all_entities, clause_antecedent, collective,
    defendant_named_next, described_by_closed_clause, entities_of, group_in, host_of,
    latest_person_before, object_person, opening_actor, owner_person, police, previous_body,
    pronoun_antecedent, ruling_court,
};
pub(crate) use aiming::aim;
use not_events::{
    conditional, doerless_passive_to_come, fight_on_paper, is_characterisation,
    is_content_of_accusation, is_content_of_appeal, is_content_of_denial, joins_organisation,
    natural_force, only_feared, price_charged, purpose_of_act, required_by_verb, standing_quarrel,
    visit_purpose, warning_as_forecast,
};
use nouns::read_noun;
use polarity::{noun_polarity, verb_polarity};
use reactions::{describes_people, judged_before, reacted_to, reaction_roots, REACTION_OBJECTS};
use set_off_relatives::subject_before_relative;
use targets::{
    aid_receivers, answered, claimant_of_summary, condition_setters, counted_named_later,
    guests_of, holders_asked, issuer_of, makers_of_objects, met_with, participle_series,
    protest_addressee, rival_before, shared_doers, split_subject, that_clause_subject,
};
use verbs::read_verb;
pub(crate) use wording::READINESS;
use wording::{
    court_denial, is_content_of_demand, meeting_as_setting, meeting_no_one, refused_content,
    rejected_meeting, topic_of_talks, verb_sense_on_noun, worded_polarity, worded_refusal,
};

/// Modal auxiliaries that make an event not (yet) real.
const MODALS: [&str; 9] = [
    "will", "would", "may", "might", "could", "should", "can", "shall", "must",
];

/// Verbs whose `xcomp` (or whose event-noun object) is planned, not done.
const PLANNING: [&str; 28] = [
    "plan", "expect", "intend", "propose", "want", "hope", "prepare", "schedule", "agree",
    "threaten", "promise", "vow", "pledge", "offer", "consider", "wish", "decide", "set", "due",
    "urge", "call", "invite", "ask", "accept", "discuss", "likely", "unlikely", "poised",
];

/// Nouns that make what hangs off them planned ("plans to recall", "an invitation to visit").
const PLAN_NOUNS: [&str; 9] = [
    "plan",
    "proposal",
    "intention",
    "invitation",
    "offer",
    "decision",
    "bid",
    "attempt",
    "readiness",
];

/// Verbs of aid whose object is what is sent, not who receives it.
const SENDING: [&str; 8] = [
    "send",
    "dispatch",
    "deliver",
    "fly",
    "airlift",
    "hand",
    "distribute",
    "ship",
];

/// Governing verbs that say the event did not happen ("failed to meet").
const FAILING: [&str; 3] = ["fail", "refuse", "decline"];

/// Verbs an event noun can be the subject or object of and thereby be called off.
const CALLING_OFF: [&str; 7] = [
    "cancel", "postpone", "scrap", "abandon", "suspend", "delay", "collapse",
];

/// Adjectives on an event noun that make it planned.
const PLANNED_ADJ: [&str; 10] = [
    "next",
    "planned",
    "proposed",
    "possible",
    "future",
    "upcoming",
    "expected",
    "further",
    "new",
    "scheduled",
];

/// CAMEO roots of things done by saying them (statements, appeals, demands, accusations,
/// rejections, threats).
const SPEECH_ACTS: [&str; 6] = ["01", "02", "10", "11", "12", "13"];

/// Verbs whose object does what their "to" clause says ("urged X to talk").
const OBJECT_CONTROL: [&str; 10] = [
    "urge",
    "ask",
    "call",
    "invite",
    "press",
    "encourage",
    "persuade",
    "order",
    "force",
    "tell",
];

/// The words for a force's rank and file ("officers", "gendarmes").
const POLICE_RANKS: [&str; 4] = ["officers", "policemen", "policewomen", "gendarmes"];

/// Verbs whose object is someone else's act: their subject is no doer of an event noun
/// they govern.
const REACTING: [&str; 14] = [
    "criticise",
    "criticize",
    "condemn",
    "denounce",
    "deplore",
    "regret",
    "reject",
    "deny",
    "accuse",
    "blame",
    "welcome",
    "praise",
    "protest",
    "investigate",
];

/// The confidence that marks an event built only to be reported as someone's claim.
const CLAIM_ONLY: f32 = 0.0;

/// The confidence of an accusation read from a reported attack.
pub(crate) const CLAIM: f32 = 0.5;

/// Verbs of saying: the statement itself, not what was said.
const SAYING: [&str; 18] = [
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "announce",
    "note",
    "stress",
    "claim",
    "insist",
    "write",
    "tweet",
    "predict",
    "confirm",
    "explain",
    "acknowledge",
    "argue",
    "reiterate",
];

/// Large-list verbs left uncoded: their event senses are rare in wire copy ("who heads the
/// delegation" is an office, not an act).
const LOOSE: [&str; 11] = [
    "expect", "lead", "defeat", "allow", "rule", "win", "tell", "beat", "call", "pay", "head",
];

/// Nouns that count events: "a round of talks", "a wave of arrests", "two days of talks".
const CONTAINERS: [&str; 15] = [
    "round", "series", "wave", "package", "set", "spate", "string", "raft", "batch", "number",
    "most",
    // A duration counts them too: "held two days of talks", "after weeks of protests".
    "day", "week", "month", "hour",
];

/// Verbs whose object is an event noun and whose subject does the event ("held talks").
/// A chamber's own verbs are among them: "passed a motion of no confidence", "will table a
/// censure motion".
const LIGHT: [&str; 27] = [
    "hold", "have", "conduct", "launch", "stage", "begin", "start", "carry", "make", "impose",
    "announce", "agree", "sign", "open", "resume", "continue", "order", "declare", "attend",
    "join", "hand", "extend", "lodge", "file", "deliver", "pass", "table",
];

/// Verbs by which one side takes up measures another decided ("Norway has adopted the
/// bloc's sanctions"): their subject does what the noun names, the noun's possessor only
/// decided it first.
const ADOPTING: [&str; 4] = ["adopt", "apply", "implement", "enforce"];

/// Whether the event noun at `i` is what an [`ADOPTING`] verb takes up, itself or counted
/// ("adopted most of the bloc's sanctions").
fn adopted(p: &Parsed, i: usize) -> bool {
    let counted =
        (p.syn.head(i)).filter(|&h| p.rel(i) == "nmod" && CONTAINERS.contains(&p.lemma(h)));
    let x = counted.unwrap_or(i);
    p.rel(x) == "obj"
        && p.syn
            .head(x)
            .is_some_and(|h| ADOPTING.contains(&p.lemma(h)))
}

/// A parsed sentence with the entity of each token.
struct Parsed<'a> {
    sent: &'a Sentence,
    syn: Syntax<'a>,
    /// For each token: the entity covering it, and whether it is used as a place there.
    ent: Vec<Option<(usize, bool)>>,
    /// For each token: the index of the rule step's sentence holding it.
    rule_sent: Vec<usize>,
    /// For each token: the rule step's token starting at or holding its first byte.
    rule_tok: Vec<usize>,
    /// For he / she / it / they: the actor the clause above it is about.
    pronoun: Vec<Option<usize>>,
    /// Lexicon keys of each token's text and lemma, made once.
    lowers: Strs,
    lemmas: Strs,
    /// Each token's predicate, made when first asked for. Boxed: a predicate is some 200
    /// bytes, and a vector of them in place wrote a cache line for every token of every
    /// sentence (and evicted as much of the parser's tables) where most are never asked.
    preds: Vec<OnceCell<Box<Predicate>>>,
}

thread_local! {
    static TRIGGER_PHRASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// First words of the multi-word trigger phrases, so that most tokens need one lookup.
fn phrase_starts() -> &'static rustc_hash::FxHashSet<String> {
    static STARTS: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let files = [
            include_str!("../../../data/lexicon/triggers.tsv"),
            include_str!("../../../data/lexicon/cameo_verbs.tsv"),
        ];
        files
            .iter()
            .flat_map(|f| f.lines())
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .flat_map(|forms| forms.split('|'))
            .filter(|form| form.contains(' '))
            .filter_map(|form| form.split(' ').next())
            .map(newsgraph_lexicon::key)
            .collect()
    })
}

impl<'a> Parsed<'a> {
    fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i]
    }
    fn lower(&self, i: usize) -> &str {
        &self.lowers[i]
    }
    fn rel(&self, i: usize) -> &str {
        &self.sent.tokens[i].deprel
    }
    /// What hangs off token `i`, read from the parse once however often it is asked.
    fn pred(&self, i: usize) -> Cow<'_, Predicate> {
        match self.preds.get(i) {
            Some(cell) => Cow::Borrowed(cell.get_or_init(|| Box::new(self.syn.predicate(i)))),
            None => Cow::Owned(self.syn.predicate(i)),
        }
    }
}

/// Every event of the article, from the parse `nlp` of its text.
pub(crate) fn find(cx: &Context, nlp: &newsgraph_nlp::Doc) -> Vec<EventOut> {
    let mut out = Vec::new();
    // Which sentences name an event word at all, coded or not: what is said there may be an
    // event of its own, so the saying is no statement of its own.
    let mut eventful = vec![false; cx.doc.sents.len()];
    // Who says what each sentence says, read from the parse where the rule step found no
    // speaker ("Its spokesman, X, said ...").
    let mut sayers: Vec<Option<(usize, Range<usize>)>> = vec![None; cx.doc.sents.len()];
    // Who won, as the story reports it so far: whom a concession concedes to.
    let mut winners: Vec<usize> = Vec::new();
    // Headlines and standfirsts above the dateline repeat the story in telegraphic grammar.
    let body_start = cx.doc.sents.get(cx.lead).map_or(0, |s| s.start);
    for sent in &nlp.sentences {
        if sent.tokens.is_empty() || sent.span_bytes.1 <= body_start {
            continue;
        }
        let p = index(cx, sent);
        sentence_events(cx, &p, &mut out, &mut eventful, &mut winners);
        sayer(cx, &p, &out, &mut sayers);
    }
    out = dedupe(cx, out);
    // A sentence that reports an event is attribution; one that reports only what someone
    // said makes the saying the news.
    events::statements(cx, &mut out, &eventful, &sayers);
    out.sort_by_key(|e| (e.sent, e.trigger.start));
    out
}

fn index<'a>(cx: &Context, sent: &'a Sentence) -> Parsed<'a> {
    let doc = cx.doc;
    let n = sent.tokens.len();
    let mut rule_sent = Vec::with_capacity(n);
    let mut rule_tok = Vec::with_capacity(n);
    // The parser's tokens come in text order: the rule step's sentence and token of each
    // lie at or after those of the one before, found by walking on from there rather than
    // by a binary search over the article's tokens for each (a token out of order searches
    // afresh).
    let (mut s, mut k) = (0, 0);
    let mut from = None;
    for t in &sent.tokens {
        let b = t.byte_start;
        if from.is_none_or(|f| b < f) {
            s = doc.sents.partition_point(|x| x.end <= b);
            k = doc.toks.partition_point(|x| x.end <= b);
        } else {
            while doc.sents.get(s).is_some_and(|x| x.end <= b) {
                s += 1;
            }
            while doc.toks.get(k).is_some_and(|x| x.end <= b) {
                k += 1;
            }
        }
        from = Some(b);
        rule_sent.push(s.min(doc.sents.len().saturating_sub(1)));
        rule_tok.push(k.min(doc.toks.len().saturating_sub(1)));
    }
    let mut ent: Vec<Option<(usize, bool)>> = vec![None; n];
    let mut spans: Vec<(usize, usize, usize, bool)> = Vec::new();
    let mut ss: Vec<usize> = rule_sent.clone();
    ss.dedup();
    for s in ss {
        let Some(view) = cx.views.get(s) else {
            continue;
        };
        for a in &view.actors {
            let (Some(first), Some(last)) = (
                doc.toks.get(a.toks.start),
                a.toks.end.checked_sub(1).and_then(|e| doc.toks.get(e)),
            ) else {
                continue;
            };
            spans.push((first.start, last.end, a.ent, a.place));
        }
    }
    // Shorter mentions first, so that a longer one covering them wins.
    spans.sort_by_key(|&(a, b, _, _)| b - a);
    // Tokens inside a longer mention ("its" in "its security service").
    let mut inside = vec![false; n];
    // Tokens in text order (as the tokenizer gives them) hold a span's tokens in one run,
    // found by two binary searches instead of a pass over the sentence per span.
    let ordered = (sent.tokens.windows(2))
        .all(|w| w[0].byte_start <= w[1].byte_start && w[0].byte_end <= w[1].byte_end);
    for (a, b, e, place) in spans {
        let run = if ordered {
            let lo = sent.tokens.partition_point(|t| t.byte_start < a);
            let hi = sent.tokens.partition_point(|t| t.byte_end <= b);
            lo..hi.max(lo)
        } else {
            0..n
        };
        for (i, t) in sent.tokens.iter().enumerate().take(run.end).skip(run.start) {
            if t.byte_start >= a && t.byte_end <= b {
                ent[i] = Some((e, place));
                inside[i] = t.byte_start > a || t.byte_end < b;
            }
        }
    }
    // Inside a quotation "he" is someone the speaker talks about, not the speaker.
    for (x, t) in sent.tokens.iter().enumerate() {
        let quoted = doc.is_quoted(rule_tok[x]);
        let speaker = cx.views.get(rule_sent[x]).and_then(|v| v.speaker.as_ref());
        if quoted && t.upos == "PRON" && ent[x].map(|(e, _)| e) == speaker.map(|s| s.ent) {
            ent[x] = None;
        }
    }
    let mut p = Parsed {
        sent,
        syn: Syntax::new(sent),
        ent,
        rule_sent,
        rule_tok,
        pronoun: vec![None; n],
        preds: (0..n).map(|_| OnceCell::new()).collect(),
        lowers: Strs::with_capacity(n, sent.span_bytes.1.saturating_sub(sent.span_bytes.0)),
        lemmas: Strs::with_capacity(n, sent.span_bytes.1.saturating_sub(sent.span_bytes.0)),
    };
    for (x, t) in sent.tokens.iter().enumerate() {
        // The rule step's token of the same text has its key made already.
        let same = doc.toks.get(p.rule_tok[x]).is_some_and(|r| {
            r.start == t.byte_start && r.end == t.byte_end && r.text(doc.text) == t.text
        });
        p.lowers.push_with(|out| {
            if same {
                out.push_str(doc.lower(p.rule_tok[x]));
            } else {
                newsgraph_lexicon::key_into(&t.text, out);
            }
        });
        p.lemmas.push_with(|out| lowercase_into(&t.lemma, out));
    }
    for (x, &within) in inside.iter().enumerate() {
        // Inside a quotation "he" is someone the speaker talks about, not the speaker.
        let quoted = cx.doc.is_quoted(p.rule_tok[x]);
        if p.sent.tokens[x].upos == "PRON" && !quoted && !within {
            p.pronoun[x] = clause_antecedent(cx, &p, x)
                .or_else(|| previous_body(cx, &p, x))
                .or_else(|| object_person(cx, &p, x))
                .or_else(|| owner_person(cx, &p, x));
        }
        // "We demand that ...," the minister said: "we" and "I" in a quotation are its
        // speaker.
        if quoted && p.sent.tokens[x].upos == "PRON" && p.ent[x].is_none() {
            p.pronoun[x] = quote_speaker(cx, &p, x);
        }
    }
    p
}

/// The speaker of the quotation holding the first-person pronoun at `x`: the one its
/// sentence is attributed to, else, for a quotation that goes on from the sentence before
/// ("'This is piracy,' she said. 'We will ...'"), that sentence's speaker.
fn quote_speaker(cx: &Context, p: &Parsed, x: usize) -> Option<usize> {
    if !matches!(p.lower(x), "we" | "i" | "us" | "me" | "our" | "my") {
        return None;
    }
    let s = p.rule_sent[x];
    events::attribution(cx, s).or_else(|| {
        let prev = s.checked_sub(1)?;
        let doc = cx.doc;
        let same_paragraph = doc.sents.get(prev)?.paragraph == doc.sents.get(s)?.paragraph;
        let opens_quote = matches!(doc.word(doc.sents[s].toks.start), "\"" | "\u{201C}" | "«");
        // The quotation mark itself may count as outside: ask of the word after it.
        let prev_quoted = (doc.sents[prev].toks.start..doc.sents[prev].toks.end)
            .take(2)
            .any(|k| doc.is_quoted(k));
        (same_paragraph && opens_quote && prev_quoted)
            .then(|| events::attribution(cx, prev))
            .flatten()
    })
}

/// The trigger at token `i`: the longest phrase of up to four words (articles skipped) or
/// the lemma, preferring the part of speech the tagger gave.
fn trigger_at<'l>(cx: &Context<'l>, p: &Parsed, i: usize) -> Option<(Range<usize>, &'l Trigger)> {
    let toks = &p.sent.tokens;
    let t = &toks[i];
    // "said it was deeply concerned": a feeling someone is reported to have declared is a
    // comment (not "we are worried" inside a quotation: that is what the statement says).
    let feeling = matches!(t.upos.as_str(), "ADJ" | "VERB")
        && matches!(p.lower(i), "concerned" | "worried" | "alarmed")
        && p.rel(i) == "ccomp"
        && p.syn.head(i).is_some_and(|h| SAYING.contains(&p.lemma(h)))
        && (p.syn.children(i).iter())
            .any(|&c| p.rel(c).starts_with("nsubj") && !cx.doc.is_quoted(p.rule_tok[c]));
    // ... and only then: "Sweden is worried," she said.
    if !feeling && matches!(p.lower(i), "concerned" | "worried" | "alarmed") {
        return None;
    }
    // "said the vote was peaceful but criticised delays": a past form joined by "and" or
    // "but" that the tagger read as an adjective is still a verb.
    let joined_past = t.upos == "ADJ"
        && p.rel(i) == "conj"
        && i > 0
        && matches!(p.lower(i - 1), "and" | "but")
        && p.lower(i).ends_with("ed");
    let verbal = matches!(t.upos.as_str(), "VERB" | "AUX") || feeling || joined_past;
    let nominal = matches!(t.upos.as_str(), "NOUN");
    if !verbal && !nominal {
        return None;
    }
    if p.ent[i].is_some() {
        return None;
    }
    // "a joint press release", "a news conference": a document or a briefing, not an act.
    if nominal && i > 0 && matches!(&p.lowers[i - 1], "press" | "news") {
        return None;
    }
    let want = if verbal {
        TriggerPos::Verb
    } else {
        TriggerPos::Noun
    };
    let lex = cx.doc.lex;
    // At most four words: arrays, not vectors, for a question asked of every verb and noun.
    let mut words: [&str; 4] = [""; 4];
    let mut last = [0usize; 4];
    let mut len = 0;
    let limit = if phrase_starts().contains(&p.lowers[i]) {
        4
    } else {
        1
    };
    // "reached no deal": a phrase with a "no" inside is first looked up as written ("gave
    // no reason", "a motion of no confidence" are listed so), then without it, as the
    // phrase denied (`worded_polarity` reads the "no").
    let mut has_no = false;
    for skip_no in [false, true] {
        if skip_no && !has_no {
            break;
        }
        len = 0;
        let mut j = i;
        while j < toks.len() && len < limit {
            let w = p.lower(j);
            if !toks[j].text.chars().any(char::is_alphanumeric) {
                break;
            }
            // Articles, possessives, adjectives and numbers inside a phrase: "exchanged heavy
            // fire", "sent 2,000 troops", "present their findings".
            let filler = matches!(
                w,
                "the" | "a" | "an" | "their" | "its" | "his" | "her" | "all"
            ) || matches!(toks[j].upos.as_str(), "ADJ" | "NUM");
            has_no |= len > 0 && w == "no";
            if len > 0 && (filler || skip_no && w == "no") {
                j += 1;
                continue;
            }
            words[len] = w;
            last[len] = j;
            len += 1;
            j += 1;
        }
        if len > 1 {
            // The longest phrase written once, into a buffer the thread keeps (a new string
            // for each word that starts a phrase was a tenth of this function's
            // instructions); each shorter one is a prefix of it.
            let found = TRIGGER_PHRASE.with_borrow_mut(|phrase| {
                phrase.clear();
                let mut ends = [0usize; 4];
                for (n, w) in words[..len].iter().enumerate() {
                    if n > 0 {
                        phrase.push(' ');
                    }
                    phrase.push_str(w);
                    ends[n] = phrase.len();
                }
                (2..=len).rev().find_map(|n| {
                    // "arrested and warned": a phrase that ends on a conjunction is cut
                    // short, not a trigger of its own (the large list has "arrested and" as
                    // coercion).
                    if matches!(words[n - 1], "and" | "or" | "but") {
                        return None;
                    }
                    let tr = pick(lex.triggers_of(phrase.get(..ends[n - 1])?), want)?;
                    Some((i..last[n - 1] + 1, tr))
                })
            });
            if found.is_some() {
                return found;
            }
        }
    }
    if len == 0 {
        return None;
    }
    // "pushed the soldiers back", "broke the talks off": a particle parted from its verb
    // (which the parser may hang elsewhere), within the object's few words.
    if verbal && !feeling {
        let particle = (i + 2..(i + 6).min(toks.len()))
            // The particle itself may be tagged a preposition ("turned the offer down").
            .take_while(|&c| {
                !matches!(toks[c].upos.as_str(), "PUNCT" | "VERB" | "ADP")
                    || toks[c].upos == "ADP" && p.rel(c) == "compound:prt"
            })
            .find(|&c| {
                matches!(p.lower(c), "back" | "off" | "down")
                    && matches!(p.rel(c), "compound:prt" | "advmod")
            });
        if let Some(c) = particle {
            let phrase = format!("{} {}", words[0], p.lower(c));
            if let Some(tr) = pick(lex.triggers_of(&phrase), want) {
                return Some((i..i + 1, tr));
            }
        }
    }
    // "the Kremlin's war chest", "attack helicopters": an event noun modifying another noun
    // names a thing, not an event.
    if nominal && p.rel(i) == "compound" && p.syn.head(i).is_some_and(|h| h > i) {
        return None;
    }
    // A lemma written like the word itself ("talks", "attack") was just looked up.
    let lemma = p.lemma(i);
    let single = pick(lex.triggers_of(words[0]), want).or_else(|| {
        (lemma != words[0])
            .then(|| pick(lex.triggers_of(lemma), want))
            .flatten()
    })?;
    Some((i..i + 1, single))
}

/// The trigger of the wanted part of speech among `found`, else the first.
fn pick<'l>(found: impl Iterator<Item = &'l Trigger>, want: TriggerPos) -> Option<&'l Trigger> {
    let mut first = None;
    for t in found {
        if t.pos == want {
            return Some(t);
        }
        first.get_or_insert(t);
    }
    first
}

fn sentence_events(
    cx: &Context,
    p: &Parsed,
    out: &mut Vec<EventOut>,
    eventful: &mut [bool],
    winners: &mut Vec<usize>,
) {
    let n = p.sent.tokens.len();
    let mut i = 0;
    while i < n {
        let Some((trig, t)) = trigger_at(cx, p, i) else {
            // "The Liberal Party won the most seats": the winner a concession goes to.
            if p.lemma(i) == "win" && p.sent.tokens[i].upos == "VERB" && !p.pred(i).passive {
                winners.extend(all_entities(cx, p, &p.pred(i).subjects));
            }
            if p.lemma(i) == "due" {
                out.extend(expected_in(cx, p, i));
            }
            i += 1;
            continue;
        };
        i = trig.end;
        // What was said is an event when it names one: a word of the hand list (not "the
        // sanctions" reported before), or force and fighting from the large list
        // ("ambushed"); speech verbs are the statement itself.
        let lemma = p.lemma(trig.start);
        let definite = t.pos == TriggerPos::Noun
            && (p.syn.children(trig.start).iter()).any(|&d| {
                p.rel(d) == "det" && matches!(p.lower(d), "the" | "this" | "these" | "those")
            });
        let forceful = matches!(t.cameo.root(), "15" | "17" | "18" | "19" | "20")
            && cx.doc.lex.triggers_of(lemma).next().is_some();
        let met = sense_met(cx, p, &trig, t) && !court_denial(p, &trig, t);
        let counts = (t.curated && !definite || forceful)
            && !SAYING.contains(&lemma)
            && !LOOSE.contains(&lemma)
            && met;
        if counts {
            if let Some(e) = eventful.get_mut(p.rule_sent[trig.start]) {
                *e = true;
            }
        }
        // "denied that troops had fired and accused Y", misparsed: the speech act joined to
        // the denied clause is the denier's own.
        let joined_speech = p.rel(trig.start) == "conj" && SPEECH_ACTS.contains(&t.cameo.root());
        if is_content_of_denial(p, trig.start) && !joined_speech
            || is_content_of_accusation(cx, p, trig.start)
            || only_feared(p, trig.start)
            || is_content_of_appeal(cx, p, trig.start)
            || joins_organisation(cx, p, trig.start)
            || is_content_of_demand(cx, p, trig.start)
            || meeting_as_setting(p, trig.start, t)
            || meeting_no_one(p, trig.start, t)
            || topic_of_talks(cx, p, trig.start)
            || rejected_meeting(cx, p, trig.start, t)
            || refused_content(cx, p, trig.start)
            || is_characterisation(p, trig.start)
            || standing_quarrel(p, trig.start)
            || warning_as_forecast(cx, p, trig.start)
            || t.pos == TriggerPos::Verb
                && (conditional(p, trig.start) || doerless_passive_to_come(cx, p, trig.start))
        {
            continue;
        }
        // "sent aid" and "sent troops": a word listed with several objects takes the sense
        // whose object is there.
        let t = if !met {
            let lex = cx.doc.lex;
            let senses = (lex.triggers_of(p.lower(trig.start)))
                .chain(lex.triggers_of(p.lemma(trig.start)))
                .filter(|x| trig.len() == 1 && x.pos == t.pos && !std::ptr::eq(*x, t));
            // ... else the hand list's sense that needs no object ("seized the town" is an
            // occupation, "seized two boats" a seizure).
            let conditional = |x: &Trigger| !x.requires.is_empty() || !x.doers.is_empty();
            let other = (senses.clone())
                .find(|x| conditional(x) && sense_met(cx, p, &trig, x))
                .or_else(|| senses.clone().find(|x| x.curated && !conditional(x)));
            match other {
                Some(x) => x,
                None => continue,
            }
        } else {
            t
        };
        if verb_sense_on_noun(p, &trig, t) {
            continue;
        }
        // "said the Kyrgyz side had opened fire first": a claim of who started, read as an
        // accusation (`fired_first`), not a fight of its own.
        let first_after =
            (trig.end..(trig.end + 4).min(p.sent.tokens.len())).any(|j| p.lower(j) == "first");
        if first_after && matches!(t.cameo.root(), "18" | "19" | "20") {
            continue;
        }
        // Inside a quotation, verbs from the large list are mostly figures of speech ("this
        // gives our farmers certainty").
        let quoted = cx.doc.is_quoted(p.rule_tok[trig.start]);
        if quoted && !t.curated {
            continue;
        }
        // "We will not accept that," he said: a refusal in a quotation is what the speaker's
        // statement says, and who is refused is seldom in the quotation.
        if quoted && worded_refusal(p, &trig, t) {
            continue;
        }
        // "..., killing two civilians": deaths that follow from the event reported are not
        // events of their own.
        // So are deaths reported with no one named to have caused them ("14 soldiers were
        // killed").
        if matches!(p.lemma(trig.start), "kill" | "wound" | "injure")
            && (p.rel(trig.start) == "advcl"
                || t.pos == TriggerPos::Verb && {
                    let pred = p.pred(trig.start);
                    pred.passive && pred.agents.is_empty()
                })
        {
            continue;
        }
        // "She blamed the attack on the fighters", "condemned the seizure": an act already
        // reported, named again as what someone reacts to, is no new event.
        let reacted_to_again = definite
            && p.rel(trig.start) == "obj"
            && p.syn
                .head(trig.start)
                .is_some_and(|h| REACTING.contains(&p.lemma(h)));
        if reacted_to_again {
            continue;
        }
        // Verbs of the large list that news uses mostly in other senses ("expected to",
        // "who leads the party", "defeating his rival" in an election).
        // "is due to visit Niger next week to discuss trade", "travel to Beijing for talks":
        // the visit is the event; what it is for is not one of its own.
        let purpose_of_visit = match t.pos {
            TriggerPos::Verb => p.lemma(trig.start) == "discuss",
            TriggerPos::Noun => {
                t.cameo.root() == "04" && p.syn.preposition(trig.start).as_deref() == Some("for")
            }
        };
        if purpose_of_visit && visit_purpose(cx, p, trig.start) {
            continue;
        }
        // "released 20 detained protesters", "the jailed journalist": a participle that
        // describes a noun reports no new act (a name or a comma before it marks a misread
        // clause instead: "Tembo thanked voters", "..., X criticised air strikes").
        let k = trig.start;
        let after_name = k > 0
            && (matches!(
                p.sent.tokens[k - 1].upos.as_str(),
                "NOUN" | "PROPN" | "PUNCT"
            ));
        let descriptive = t.pos == TriggerPos::Verb
            && p.rel(k) == "amod"
            && p.sent.tokens[k].xpos == "VBN"
            && p.syn.head(k).is_some_and(|h| h > k)
            && !after_name;
        if descriptive {
            continue;
        }
        // "lifted sanctions", "suspended aid": a noun the verb's sense requires is part of
        // the verb's event, not one of its own.
        if t.pos == TriggerPos::Noun && required_by_verb(cx, p, k) {
            continue;
        }
        // "summoned the ambassador to protest against ...", "recalled its ambassador for
        // consultations": what an act is done for is that act, not one of its own.
        if purpose_of_act(cx, p, trig.start, t) {
            continue;
        }
        // "the fees were charged to employers": a price asked, not a suspect charged.
        if t.cameo.root() == "17" && t.pos == TriggerPos::Verb && price_charged(p, trig.start) {
            continue;
        }
        // "fought the plan", "will fight any charge": a fight against a measure or a case is
        // opposition in words or in court, not force.
        if t.cameo.root() == "19" && t.pos == TriggerPos::Verb && fight_on_paper(p, trig.start) {
            continue;
        }
        if natural_force(p, trig.start, t) {
            continue;
        }
        // "A and B agreed to set up a hotline": an agreement between parties, unless what
        // was agreed is an event of its own ("agreed to hold talks", "agreed on a truce") or
        // only one party agreed.
        if p.lemma(trig.start) == "agree" && t.curated && !agreement(cx, p, trig.start) {
            continue;
        }
        // "approved a loan to help Bangladesh": what the thing given is for (a large-list
        // verb) is no event beside the giving.
        let k = trig.start;
        let for_object = !t.curated
            && p.rel(k) == "acl"
            && (p.syn.children_with(k, "mark").iter()).any(|&m| p.lower(m) == "to")
            && p.syn.head(k).is_some_and(|o| {
                p.rel(o) == "obj"
                    && p.syn
                        .head(o)
                        .is_some_and(|v| trigger_at(cx, p, v).is_some())
            });
        if for_object {
            continue;
        }
        if !t.curated && LOOSE.contains(&p.lemma(trig.start)) {
            if p.lemma(trig.start) == "expect" {
                out.extend(expected_in(cx, p, trig.start));
            }
            continue;
        }
        if let Some(evs) = build(cx, p, &trig, t, out, winners) {
            // "declared X the winner".
            if p.lemma(trig.start) == "declare" && t.cameo.root() == "01" {
                winners.extend(evs.iter().flat_map(|e| e.targets.iter().copied()));
            }
            let claims: Vec<EventOut> = (evs.iter())
                .filter_map(|e| reported_attack(cx, p, trig.start, e))
                .collect();
            let bound: Vec<EventOut> = (evs.iter())
                .flat_map(|e| commitments::committed(cx, p, trig.start, e))
                .collect();
            out.extend(evs.into_iter().filter(|e| e.confidence > CLAIM_ONLY));
            out.extend(claims);
            out.extend(bound);
        }
    }
    let offers: Vec<(EventOut, Option<usize>)> = (0..n)
        .filter_map(|k| readiness::offer(cx, p, k, out))
        .collect();
    for (offer, acted) in offers {
        if let Some(a) = acted {
            out.retain(|e| {
                !(e.sent == offer.sent
                    && e.trigger.contains(&a)
                    && e.polarity == Polarity::Unrealised
                    && e.cameo.root() != "03")
            });
        }
        out.push(offer);
    }
    fired_first(cx, p, out);
}

/// The actor a sentence's main verb of saying has for its subject ("Its spokesman, X, said
/// ..."), for sentences the rule step gave no speaker.
fn sayer(cx: &Context, p: &Parsed, out: &[EventOut], sayers: &mut [Option<(usize, Range<usize>)>]) {
    let Some(top) = p.syn.root() else { return };
    let s = p.rule_sent[top];
    let known = cx.views.get(s).is_none_or(|v| v.speaker.is_some());
    // "X, whose observers watched the vote, said ...": the parser may hang "said" on the
    // relative clause's verb.
    // "X, which monitors the budget, warned that the deficit would grow": a warning that
    // only forecasts is no threat (`warning_as_forecast`), so it is a saying like "said".
    let forecast = p.lemma(top) == "warn" && warning_as_forecast(cx, p, top);
    let root = if SAYING.contains(&p.lemma(top)) || forecast {
        top
    } else {
        let hung = (p.syn.children(top).iter().copied()).find(|&c| {
            matches!(p.rel(c), "conj" | "parataxis")
                && SAYING.contains(&p.lemma(c))
                && !(p.syn.children(c).iter()).any(|&g| p.rel(g).starts_with("nsubj"))
        });
        match hung {
            Some(c) => c,
            None => return,
        }
    };
    if known || p.pred(root).passive {
        return;
    }
    let subjects: Vec<usize> = if root == top {
        p.pred(root).subjects.clone()
    } else {
        Vec::new()
    };
    // "The Organization of American States, whose observers monitored the vote, said ...",
    // misparsed with no subject for "said": the actor that opens the sentence.
    let opening = || {
        let k = (0..root).find(|&k| p.sent.tokens[k].upos != "DET")?;
        actor_at(cx, p, k, true)
    };
    // "Bolivia's president, Luis Arce, wrote": the person, not the country he leads; but
    // "the court's president, Judge X, said" after the court acted goes on with its act.
    let named = all_entities(cx, p, &subjects);
    let person = |e: &usize| cx.ents.list[*e].etype == EntityType::Person;
    let acting = |e: &usize| out.iter().any(|o| o.sources.contains(e));
    let found = (named.iter().copied().find(acting))
        .or_else(|| named.iter().copied().find(person))
        .or(named.first().copied());
    let Some(e) = found.or_else(|| subjects.is_empty().then(opening).flatten()) else {
        return;
    };
    if let Some(slot) = sayers.get_mut(s) {
        *slot = Some((e, p.rule_tok[root]..p.rule_tok[root] + 1));
    }
}

/// "The minister is expected in Rabat next month", "She is due in Nairobi on Friday": a
/// visit to come (CAMEO 042, unrealised) to the country of the capital named.
fn expected_in(cx: &Context, p: &Parsed, k: usize) -> Option<EventOut> {
    let pred = p.pred(k);
    let expected = p.lemma(k) == "expect" && pred.passive || p.lemma(k) == "due";
    if !expected || pred.negated || !p.syn.children_with(k, "xcomp").is_empty() {
        return None;
    }
    let there = obliques_with(p, &pred, &["in"]);
    let places: Vec<usize> = (there.iter())
        .flat_map(|&h| entities_of(cx, p, h, false))
        .filter(|&e| {
            let ent = &cx.ents.list[e];
            ent.etype.kind() == newsgraph_model::EntityKind::Place
                || ent.etype == EntityType::Country
        })
        .collect();
    let first = *places.first()?;
    let own = (p.syn.children(k).iter()).any(|&c| p.rel(c).starts_with("nsubj"));
    // "said Spain's minister, X, was expected in ...", misparsed with no subject: the actor
    // named right before the auxiliaries.
    let before = || {
        let mut j = k.checked_sub(1)?;
        while matches!(p.sent.tokens[j].upos.as_str(), "AUX" | "ADV" | "PART") || p.lower(j) == ","
        {
            j = j.checked_sub(1)?;
        }
        actor_at(cx, p, j, true)
    };
    let visitors = if own {
        all_entities(cx, p, &pred.subjects)
    } else {
        before().into_iter().collect()
    };
    if visitors.is_empty() {
        return None;
    }
    let hosts: Vec<usize> = (there.iter())
        .flat_map(|&h| entities_of(cx, p, h, true))
        .filter(|e| !visitors.contains(e))
        .collect();
    let cameo: Cameo = "042".parse().ok()?;
    let s = p.rule_sent[k];
    let doc = cx.doc;
    let trigger = p.rule_tok[k]..p.rule_tok[k] + 1;
    let date = nearest_dates(cx, s, trigger.start, true)
        .into_iter()
        .next()
        .map(|d| d.value);
    Some(EventOut {
        label: doc.lex.cameo_label(&cameo).to_string(),
        cameo,
        trigger,
        sent: s,
        sources: visitors,
        targets: hosts,
        places: vec![first],
        date,
        polarity: Polarity::Unrealised,
        attribution: events::attribution(cx, s),
        confidence: 0.55,
        passive: false,
        reporting: false,
    })
}

/// "The minister said the rebels had ambushed a patrol": an attack one side reports the
/// other made is that side's accusation (CAMEO 112) of the attackers, beside the attack.
fn reported_attack(cx: &Context, p: &Parsed, i: usize, e: &EventOut) -> Option<EventOut> {
    // The lead's attribution reports the news itself, not a claim.
    // "told parliament the army would retake the town": force to come is no charge against
    // anyone.
    if !matches!(e.cameo.root(), "15" | "18" | "19" | "20")
        || e.sources.is_empty()
        || e.polarity != Polarity::Asserted
        || e.sent == cx.lead
    {
        return None;
    }
    let mut x = i;
    let mut say = None;
    for _ in 0..3 {
        let h = p.syn.head(x)?;
        if p.rel(x) == "ccomp" && SAYING.contains(&p.lemma(h)) {
            say = Some(h);
            break;
        }
        if !matches!(p.rel(x), "conj" | "xcomp") {
            return None;
        }
        x = h;
    }
    let say = say?;
    let speakers = all_entities(cx, p, &p.pred(say).subjects);
    // Which country an actor belongs to, where the entity step knows it.
    let side = |x: usize| {
        let ent = &cx.ents.list[x];
        match ent.etype {
            EntityType::Country => ent.key.strip_prefix("country:").map(str::to_string),
            _ => ent.country.clone(),
        }
    };
    // A side reporting its own act ("the army said troops had retaken the town") accuses
    // no one.
    let own = |s: usize| {
        e.sources
            .iter()
            .any(|&x| x == s || side(x).is_some_and(|c| side(s).as_ref() == Some(&c)))
    };
    if speakers.is_empty() || speakers.iter().any(|&s| own(s)) {
        return None;
    }
    let cameo: Cameo = "112".parse().ok()?;
    Some(EventOut {
        label: cx.doc.lex.cameo_label(&cameo).to_string(),
        cameo,
        trigger: p.rule_tok[say]..p.rule_tok[say] + 1,
        sources: speakers,
        targets: e.sources.clone(),
        polarity: Polarity::Asserted,
        attribution: None,
        confidence: CLAIM,
        ..e.clone()
    })
}

/// Whether "agree" at `k` is itself the event: two parties or more ("A and B agreed", "A
/// agreed with B") and nothing it governs is an event word.
fn agreement(cx: &Context, p: &Parsed, k: usize) -> bool {
    let pred = p.pred(k);
    let parties = all_entities(cx, p, &pred.subjects).len() >= 2
        || !obliques_with(p, &pred, &["with"]).is_empty();
    let governs_event = (p.syn.children(k).iter()).any(|&c| {
        matches!(p.rel(c), "xcomp" | "advcl" | "obj" | "ccomp") || p.rel(c).starts_with("obl")
    } && {
        // The clause's own verb and its object: "agreed to hold talks".
        let mut words = vec![c];
        words.extend(p.pred(c).objects.iter().copied());
        words.iter().any(|&w| trigger_at(cx, p, w).is_some_and(|(_, t)| t.curated))
    });
    parties && !governs_event
}

/// "Sudan's army and the RSF agreed to a truce", misparsed with the finite verb as a clause
/// on the last noun: the whole coordination before it is the verb's subject.
fn finite_clause_subjects(p: &Parsed, i: usize) -> Option<Vec<usize>> {
    let finite = matches!(p.sent.tokens[i].xpos.as_str(), "VBD" | "VBZ" | "VBP");
    let own = (p.syn.children(i).iter()).any(|&c| p.rel(c).starts_with("nsubj"));
    if p.rel(i) != "acl" || !finite || own {
        return None;
    }
    let mut h = p
        .syn
        .head(i)
        .filter(|&h| h < i && matches!(p.sent.tokens[h].upos.as_str(), "NOUN" | "PROPN"))?;
    while p.rel(h) == "conj" {
        match p.syn.head(h) {
            Some(up) if up < h => h = up,
            _ => break,
        }
    }
    Some(p.syn.conjuncts(h).into_iter().filter(|&x| x < i).collect())
}

/// "Rebels attacked the post, and soldiers backed by jets drove them back", misparsed with
/// the second clause's subject hung as a conjunct on that clause's own verb (the participle
/// after the noun hides it from the parser), so the verb borrows the first clause's
/// subject: a noun before the verb, opened by "and" or "but" after the verb the clause is
/// joined to, is the subject of the second clause, which has none of its own.
fn subject_read_as_conjunct(p: &Parsed, i: usize) -> Option<Vec<usize>> {
    let own = (p.syn.children(i).iter()).any(|&c| p.rel(c).starts_with("nsubj"));
    if own || p.rel(i) != "conj" || p.sent.tokens[i].upos != "VERB" {
        return None;
    }
    let h = p.syn.head(i)?;
    let noun = (p.syn.children(i).iter().copied()).find(|&c| {
        h < c
            && c < i
            && p.rel(c) == "conj"
            && matches!(p.sent.tokens[c].upos.as_str(), "NOUN" | "PROPN")
    })?;
    let opened = (p.syn.children_with(noun, "cc").iter())
        .any(|&k| k < noun && matches!(p.lower(k), "and" | "but"));
    opened.then(|| {
        p.syn
            .conjuncts(noun)
            .into_iter()
            .filter(|&x| x < i)
            .collect()
    })
}

/// "X said (that) Y had fired first": the speaker accuses Y of starting the fighting.
fn fired_first(cx: &Context, p: &Parsed, out: &mut Vec<EventOut>) {
    let n = p.sent.tokens.len();
    let Some(k) = (0..n).find(|&k| {
        matches!(p.lemma(k), "fire" | "shoot" | "attack" | "open" | "start")
            && (k + 1..(k + 4).min(n)).any(|j| p.lower(j) == "first")
    }) else {
        return;
    };
    let s = p.rule_sent[k];
    // The shooting is reported, not the main clause's own.
    if p.rel(k) == "root" {
        return;
    }
    // Who says so: the sentence's speaker, else the subject of the speech verb above.
    let said_by = || {
        let mut x = k;
        for _ in 0..3 {
            x = p.syn.head(x)?;
            if matches!(
                p.lemma(x),
                "say" | "tell" | "add" | "claim" | "insist" | "state" | "allege"
            ) {
                return all_entities(cx, p, &p.pred(x).subjects).into_iter().next();
            }
        }
        None
    };
    let Some(speaker) = cx
        .views
        .get(s)
        .and_then(|v| v.speaker.as_ref())
        .map(|sp| sp.ent)
        .or_else(said_by)
    else {
        return;
    };
    let mut pred = p.pred(k).into_owned();
    if pred.subjects.is_empty() {
        pred.subjects = controller(p, k);
    }
    let accused: Vec<usize> = all_entities(cx, p, &pred.subjects)
        .into_iter()
        .filter(|&e| e != speaker)
        .collect();
    let Ok(cameo) = "112".parse::<Cameo>() else {
        return;
    };
    if accused.is_empty() {
        return;
    }
    let doc = cx.doc;
    let trigger = p.rule_tok[k]..p.rule_tok[k] + 1;
    let date = nearest_dates(cx, s, trigger.start, false)
        .into_iter()
        .next()
        .map(|d| d.value);
    out.push(EventOut {
        label: doc.lex.cameo_label(&cameo).to_string(),
        cameo,
        trigger,
        sent: s,
        sources: vec![speaker],
        targets: accused,
        places: events::places(&cx.views[s], &(p.rule_tok[k]..p.rule_tok[k] + 1)),
        date,
        polarity: Polarity::Asserted,
        attribution: None,
        confidence: 0.55,
        passive: false,
        reporting: false,
    });
}

/// Whether the sense `t` fits here: its object words follow and its subject is one it
/// names, for a sense that asks either.
fn sense_met(cx: &Context, p: &Parsed, trig: &Range<usize>, t: &Trigger) -> bool {
    let object = t.requires.is_empty()
        || requirement_met(p, trig, t)
        || t.requires.iter().any(|r| r == PEOPLE_DONE_TO) && people_done_to(cx, p, trig)
        || t.requires.iter().any(|r| r == retorts::RETORT) && retorts::retort(p, trig)
        || t.requires.iter().any(|r| r == ALONE) && alone(p, trig);
    let doer = t.doers.is_empty()
        || (p.pred(trig.start).subjects.iter())
            .any(|&x| t.doers.iter().any(|d| d == p.lower(x) || d == p.lemma(x)));
    object && doer
}

/// The object word that asks for a verb with nothing done to it: "did not concede" after a
/// vote is a concession of defeat, where "conceded the point" is not.
const ALONE: &str = "@alone";

/// "Kaine did not concede.", "refused to concede and accused ...", "has not conceded on
/// Monday": the verb, active, has no object, clause or second verb of its own (a time or
/// place it is said of is no object).
fn alone(p: &Parsed, trig: &Range<usize>) -> bool {
    let pred = p.pred(trig.start);
    let governs = (p.syn.children(trig.start).iter())
        .any(|&c| matches!(p.rel(c), "obj" | "iobj" | "ccomp" | "xcomp" | "csubj"));
    pred.objects.is_empty() && !pred.passive && !governs
}

/// The object word that asks for people as what the verb is done to: "suspended Ong" is a
/// removal from office and "spoke to Tobgay" a consultation, where "suspended talks",
/// "suspended Madagascar" and "spoke to the nation" are not.
const PEOPLE_DONE_TO: &str = "@people";

/// "suspended Hadžić", "Jurić was dismissed", "until he was suspended", "spoke to both
/// Martin and McDonald": the verb's object, its subject when passive, or the word right
/// after the trigger is a person or a group of people, named or pointed at by a pronoun.
/// Not anyone further on ("dismissed the charge against Grigoryan").
fn people_done_to(cx: &Context, p: &Parsed, trig: &Range<usize>) -> bool {
    let pred = p.pred(trig.start);
    let filler = |k: &usize| ["the", "a", "an", "both", "his", "her", "its"].contains(&p.lower(*k));
    let next = (trig.end..p.sent.tokens.len())
        .find(|k| !filler(k))
        // "dismissed the protesters' demands": an owner is not what is done to.
        .filter(|&k| p.rel(k) != "nmod:poss");
    let done_to = (pred.objects.iter().copied())
        .chain(pred.subjects.iter().copied().filter(|_| pred.passive))
        .chain(next);
    let people = [EntityType::Person, EntityType::Group];
    done_to
        .filter_map(|x| p.ent[x].map(|(e, _)| e).or(p.pronoun[x]))
        .any(|e| people.contains(&cx.ents.list[e].etype))
}

/// Appends each of `new` not already in `list`: roles list each entity once, in the order
/// found.
fn extend_new(list: &mut Vec<usize>, new: impl IntoIterator<Item = usize>) {
    for x in new {
        if !list.contains(&x) {
            list.push(x);
        }
    }
}

/// "signed an agreement": verbs that are events only with one of these objects.
fn requirement_met(p: &Parsed, trig: &Range<usize>, t: &Trigger) -> bool {
    let pred = p.pred(trig.start);
    let mut heads: Vec<usize> = pred.objects.clone();
    heads.extend(pred.subjects.iter().filter(|_| pred.passive));
    // "a truce brokered by the church", "a charge Kigali has rejected": the noun a participle
    // or an object-less relative clause hangs on is what it is done to.
    let participle = participle_on_noun(p, trig.start);
    let objectless = pred.objects.is_empty() && !pred.passive;
    let relative = p.rel(trig.start) == "acl:relcl" && objectless;
    heads.extend(p.syn.head(trig.start).filter(|_| participle || relative));
    heads.extend(set_off_noun(p, trig.start).filter(|_| objectless));
    // "declared X the winner": the second object hangs as a clause of its own, or anywhere
    // on the verb in a misparse. Not its active subject: "the council's president called a
    // session" is no call to a president, "the government would leave no stone unturned"
    // no government left.
    heads.extend((p.syn.children(trig.start).iter().copied()).filter(|&c| p.rel(c) != "nsubj"));
    // "called the arrest one more proof of hostile policy": the words of the judgement.
    for x in judgement(p, trig.start, &pred).1 {
        heads.extend(p.syn.subtree(x));
    }
    // Four words: quotation marks and articles are not words ("called the expulsions "a
    // hostile act"").
    let words = (trig.end..p.sent.tokens.len())
        .filter(|&k| p.sent.tokens[k].text.chars().any(char::is_alphanumeric))
        .filter(|&k| !matches!(p.lower(k), "the" | "a" | "an"))
        .take(4);
    heads.extend(words);
    // "Tusk rejected that.": a bare demonstrative object answers what was just said, a claim.
    let said = |h: usize| {
        pred.objects.contains(&h)
            && p.sent.tokens[h].upos == "PRON"
            && matches!(p.lower(h), "that" | "this")
            && p.syn.children(h).is_empty()
    };
    heads.iter().any(|&h| {
        t.requires.iter().any(|r| r == p.lower(h))
            || t.requires.iter().any(|r| r == p.lemma(h))
            || said(h) && t.requires.iter().any(|r| r == "claim")
    })
}

/// ", a charge Algeria rejects", misparsed with the noun as the verb's subject: the noun of
/// a phrase set off by a comma and an indefinite article, with only its doer between it and
/// the verb, is what the verb is done to.
fn set_off_noun(p: &Parsed, i: usize) -> Option<usize> {
    let upos = |k: usize| p.sent.tokens[k].upos.as_str();
    let comma = (i.saturating_sub(6)..i)
        .rev()
        .find(|&k| p.lower(k) == ",")?;
    let noun = comma + 2;
    if !matches!(p.lower(comma + 1), "a" | "an") || noun + 1 >= i || upos(noun) != "NOUN" {
        return None;
    }
    let doer_only =
        (noun + 1..i).all(|k| matches!(upos(k), "PROPN" | "NOUN" | "DET" | "AUX" | "ADV"));
    doer_only.then_some(noun)
}

/// "The commission rejected the claims, and observers ... said", misparsed with the second
/// clause's subject joined to the object: a conjunct after ", and" that a later verb of the
/// same clause, with no subject of its own, follows.
fn next_clause_subject(p: &Parsed, i: usize, o: usize) -> bool {
    if p.rel(o) != "conj" || o < 2 || p.lower(o - 1) != "and" || p.lower(o - 2) != "," {
        return false;
    }
    (p.syn.children(i).iter().copied()).any(|v| {
        v > o
            && matches!(p.rel(v), "parataxis" | "conj")
            && p.sent.tokens[v].upos == "VERB"
            && !(p.syn.children(v).iter()).any(|&c| p.rel(c).starts_with("nsubj"))
    })
}

/// "ruled out a deal with the Front, whose leader, X, called the vote rigged", misparsed
/// with the verb joined to the main clause: the relative clause's noun (and the name set
/// beside it) does it, when no verb stands between them.
fn whose_holder(p: &Parsed, i: usize) -> Option<Vec<usize>> {
    let own = (p.syn.children(i).iter()).any(|&c| p.rel(c).starts_with("nsubj"));
    if p.rel(i) != "conj" || own {
        return None;
    }
    let h = p.syn.head(i)?;
    let whose = (h + 1..i).rev().find(|&k| p.lower(k) == "whose")?;
    let noun = p.syn.head(whose)?;
    let verb_between =
        (noun + 1..i).any(|k| matches!(p.sent.tokens[k].upos.as_str(), "VERB" | "AUX"));
    if noun <= whose || noun >= i || verb_between {
        return None;
    }
    let mut out = vec![noun];
    out.extend(
        p.syn
            .children_with(noun, "appos")
            .into_iter()
            .filter(|&a| a < i),
    );
    Some(out)
}

/// "The Fund, whose programme with X ended in April, has urged Y to ...", misparsed with the
/// body taken for the possessor of the relative clause's subject and the main verb left
/// with none: the noun before ", whose", when the relative clause is closed by a comma before
/// the verb.
fn whose_antecedent(p: &Parsed, i: usize) -> Option<usize> {
    if p.rel(i) != "root" || p.sent.tokens[i].upos != "VERB" {
        return None;
    }
    let whose = (2..i).find(|&k| p.lower(k) == "whose" && p.lower(k - 1) == ",")?;
    let noun = whose - 2;
    let closed = (whose + 1..i).any(|k| p.lower(k) == ",");
    let nominal = matches!(p.sent.tokens[noun].upos.as_str(), "NOUN" | "PROPN");
    (closed && nominal).then_some(noun)
}

/// "ordered two diplomats to leave the country": an expulsion (CAMEO 174), not a demand.
fn ordered_to_leave(p: &Parsed, i: usize, t: &Trigger) -> bool {
    if t.cameo.root() != "10" || p.lemma(i) != "order" {
        return false;
    }
    let leave = |x: usize| p.lemma(x) == "leave";
    let on_verb =
        (p.syn.children(i).iter()).any(|&c| matches!(p.rel(c), "xcomp" | "advcl") && leave(c));
    let on_object =
        (p.pred(i).objects.iter()).any(|&o| p.syn.children_with(o, "acl").into_iter().any(leave));
    on_verb || on_object
}

/// The country of the city named at `x`, when the article names that country.
fn country_of_city(cx: &Context, p: &Parsed, x: usize) -> Option<usize> {
    let (e, _) = p.ent[x]?;
    let ent = &cx.ents.list[e];
    if ent.etype != EntityType::City {
        return None;
    }
    cx.ents.named_country(ent.country.as_ref()?)
}

/// What a verb of naming judges and what it says that is: "called the vote rigged" (a
/// secondary predicate), "called the arrest proof of ..." (a second object), and "called
/// the raid an attack", misparsed as one noun with the judged thing as its compound.
fn judgement(p: &Parsed, i: usize, pred: &Predicate) -> (Option<usize>, Vec<usize>) {
    let mut words = p.syn.children_with(i, "xcomp");
    let mut objects = pred.objects.clone();
    objects.sort_unstable();
    let Some(&first) = objects.first() else {
        return (None, words);
    };
    words.extend(objects.iter().skip(1).copied());
    if objects.len() == 1 {
        let compound = (p.syn.children_with(first, "compound").into_iter()).find(|&c| {
            let tagged = matches!(p.sent.tokens[c].upos.as_str(), "NOUN" | "VERB");
            c > 0 && tagged && p.lower(c - 1) == "the"
        });
        if let Some(c) = compound {
            words.push(first);
            return (Some(c), words);
        }
    }
    (Some(first), words)
}

fn obliques_with(p: &Parsed, pred: &Predicate, preps: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for o in &pred.obliques {
        if o.preposition.as_deref().is_some_and(|w| preps.contains(&w)) {
            out.extend(p.syn.conjuncts(o.head));
        }
    }
    out
}

/// "expelled two diplomats, accusing them of spying": the participle clause at `i`, set off
/// by a comma and hung on the verb before it, has "them" as its object, which stands for
/// the actors that verb acted on (its objects, or its "on" / "against" phrase, also when
/// the phrase hangs on the object noun: "imposed sanctions on X"). None when the clause is
/// not such a participle or the verb before it acted on no actor.
fn participle_pronoun_antecedents(
    cx: &Context,
    p: &Parsed,
    i: usize,
    pred: &Predicate,
    subj: &[usize],
) -> Option<Vec<usize>> {
    let toks = &p.sent.tokens;
    if p.rel(i) != "advcl" || !p.lower(i).ends_with("ing") || i == 0 || p.lower(i - 1) != "," {
        return None;
    }
    if !pred.objects.iter().any(|&o| p.lower(o) == "them") {
        return None;
    }
    let h = p.syn.head(i).filter(|&h| h < i && toks[h].upos == "VERB")?;
    let hp = p.pred(h);
    if hp.passive {
        return None;
    }
    const ACTED_ON: [&str; 2] = ["on", "against"];
    let mut heads = hp.objects.clone();
    for &o in &hp.objects {
        heads.extend(nmods_with(p, o, &ACTED_ON));
    }
    heads.extend(obliques_with(p, &hp, &ACTED_ON));
    let found: Vec<usize> = (all_entities(cx, p, &heads).into_iter())
        .filter(|e| !subj.contains(e))
        .collect();
    (!found.is_empty()).then_some(found)
}

/// "urged Kenya to free the teachers and to open talks": the verb at `h` is a later conjunct
/// of an infinitive hung on the verb of urging as its complement, so that verb's object
/// does what both infinitives name. Returns the verb of urging.
fn object_control_through_conjunct(p: &Parsed, h: usize) -> Option<usize> {
    let first = p.syn.head(h).filter(|&f| f < h && p.rel(h) == "conj")?;
    if p.rel(first) != "xcomp" || !(p.syn.children(h).iter()).any(|&c| p.lower(c) == "to") {
        return None;
    }
    p.syn
        .head(first)
        .filter(|&u| p.sent.tokens[u].upos == "VERB")
}

/// "The government was in talks with X", "Y is at war with Z": an event noun that is the
/// predicate of a copula under "in" or "at" has its clause's subject taking part.
fn copular_participants(cx: &Context, p: &Parsed, i: usize) -> Option<Vec<usize>> {
    let kids = p.syn.children(i);
    let cop = kids.iter().any(|&c| p.rel(c) == "cop");
    let framed = kids
        .iter()
        .any(|&c| p.rel(c) == "case" && c < i && matches!(p.lower(c), "in" | "at"));
    if !cop || !framed {
        return None;
    }
    let subjects = p.syn.children_with(i, "nsubj");
    let found = all_entities(cx, p, &subjects);
    (!found.is_empty()).then_some(found)
}

fn nmods_with(p: &Parsed, i: usize, preps: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for c in p.syn.children_with(i, "nmod") {
        if p.syn
            .preposition(c)
            .as_deref()
            .is_some_and(|w| preps.contains(&w))
        {
            out.extend(p.syn.conjuncts(c));
        }
    }
    out
}

fn reciprocal_object(p: &Parsed, pred: &Predicate, trig: &Range<usize>) -> bool {
    let toks = &p.sent.tokens;
    let each_other = |j: usize| {
        matches!(p.lower(j), "each" | "one")
            && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.text.to_lowercase().as_str(), "other" | "another"))
    };
    pred.objects
        .iter()
        .any(|&o| each_other(o) || (o > 0 && each_other(o - 1)))
        || (trig.end..(trig.end + 4).min(toks.len())).any(each_other)
}

fn build(
    cx: &Context,
    p: &Parsed,
    trig: &Range<usize>,
    t: &Trigger,
    previous: &[EventOut],
    winners: &[usize],
) -> Option<Vec<EventOut>> {
    // The phrase's syntactic head: "conversations" in "telephone conversations", "called"
    // in "called for".
    let i = trig
        .clone()
        .find(|&k| p.syn.head(k).is_none_or(|h| !trig.contains(&h)))
        .unwrap_or(trig.start);
    // "..., criticised air strikes", misparsed: the critic did not strike.
    let judged = p.syn.children_with(i, "amod").into_iter().any(|c| {
        matches!(p.sent.tokens[c].xpos.as_str(), "VBD" | "VBN") && REACTING.contains(&p.lemma(c))
    });
    if judged {
        return None;
    }
    let Reading {
        mut sources,
        mut targets,
        polarity,
        recip_pair,
        place_heads,
        mut hosted,
        reaction,
    } = if t.pos == TriggerPos::Noun && !matches!(p.sent.tokens[i].upos.as_str(), "VERB") {
        read_noun(cx, p, t, i)?
    } else {
        read_verb(cx, p, trig, t, i, previous, winners)?
    };
    if t.pos == TriggerPos::Noun && targets.is_empty() {
        targets = met_with(cx, p, i, previous, &sources);
    }
    // "carried out air strikes against al-Shabaab": a verb's trigger written as a noun
    // phrase has its target in the phrase, not among the light verb's objects.
    if targets.is_empty() && p.sent.tokens[i].upos == "NOUN" {
        let against = all_entities(cx, p, &nmods_with(p, i, &["against"]));
        targets = against
            .into_iter()
            .filter(|x| !sources.contains(x))
            .collect();
    }
    let polarity = worded_polarity(p, trig, t, polarity);
    // "The line will be financed by the bank, which approved a loan": a thing described as
    // funded names the lender's act that its own verb reports, not a new one.
    if t.cameo.as_str() == "071" && matches!(p.lemma(i), "fund" | "finance") && p.pred(i).passive {
        return None;
    }
    // "sent two helicopters from Mayotte and a team of doctors": what aid sends, and where
    // from, is not who receives it; the receiver is named after "to" ("tents to families")
    // or found by aiming. ("Helped Brazil": the object of other aid verbs is the receiver.)
    if t.cameo.root() == "07" && SENDING.contains(&p.lemma(i)) && !p.pred(i).passive {
        let sent: Vec<usize> = (p.pred(i).objects.iter())
            .flat_map(|&o| {
                let to = (o..p.syn.subtree(o).end).find(|&k| matches!(p.lower(k), "to" | "for"));
                (p.syn.subtree(o)).filter(move |&k| to.is_none_or(|m| k < m))
            })
            .filter_map(|k| p.ent[k].map(|(e, _)| e))
            .collect();
        targets.retain(|x| !sent.contains(x));
    }
    // In a quarrel within one country ("urged the government and the opposition to
    // talk") there is no fighting and no second country: the sides are those of the
    // latest hostile act between two others. Nor is the caller's own country a side.
    let apart = |&(a, b): &(usize, usize)| !sources.contains(&a) && !sources.contains(&b);
    // "urged both sides to ...": the two sides of the fighting reported before, else the
    // two countries "both sides" stands for, else those of the latest quarrel.
    if let [g] = targets[..] {
        if collective(cx, g) {
            if let Some((a, b)) = story_sides(cx, p.rule_sent[i], previous, &sources).find(apart) {
                targets = vec![g, a, b];
            }
        }
    }
    // "urged both sides to hold their fire", "urged restraint": an appeal by a third party
    // that names no one is made of the two sides of the fighting reported before, else of
    // the story's two countries.
    if targets.is_empty()
        && t.cameo.root() == "02"
        && !sources.is_empty()
        && calls_on_the_sides(p, i)
    {
        if let Some((a, b)) = story_sides(cx, p.rule_sent[i], previous, &sources).find(apart) {
            targets = vec![a, b];
        }
    }
    // "raided the headquarters of the shipping company X", however the parser hung the name:
    // coercion of a thing is aimed at the actor named inside its phrase.
    if t.curated && t.cameo.root() == "17" && targets.is_empty() && !p.pred(i).passive {
        let objects = p.pred(i).objects.clone();
        for o in objects {
            let phrase = p.syn.subtree(o);
            let end = phrase.end.min(o + 8);
            let owner = (phrase.start..end)
                .filter(|&k| k != o)
                .find_map(|k| actor_at(cx, p, k, true).filter(|e| !sources.contains(e)));
            targets.extend(owner.filter(|&e| cx.ents.list[e].etype != EntityType::City));
        }
    }
    // "fired tear gas to disperse them": whom the force was used on.
    if t.cameo.root() == "17" && targets.is_empty() {
        for c in p.syn.children(i).to_vec() {
            let purpose = matches!(p.rel(c), "advcl" | "xcomp")
                && p.syn
                    .children_with(c, "mark")
                    .iter()
                    .any(|&m| p.lower(m) == "to");
            if !purpose {
                continue;
            }
            for &o in p.pred(c).objects.iter() {
                if matches!(p.lower(o), "them" | "him" | "her") {
                    // The crowd named before, not the force itself.
                    let crowd = (0..o).rev().find_map(|k| {
                        actor_at(cx, p, k, true).filter(|e| {
                            !sources.contains(e) && cx.ents.list[*e].etype == EntityType::Group
                        })
                    });
                    targets.extend(crowd);
                } else {
                    targets.extend(all_entities(cx, p, &[o]));
                }
            }
        }
    }
    // "Police used water cannon after some protesters set fire to bales": force used
    // against no one named is used on the crowd the sentence names.
    if t.cameo.as_str().starts_with("175") && targets.is_empty() {
        let crowd = (0..p.sent.tokens.len()).find_map(|k| {
            actor_at(cx, p, k, true).filter(|e| {
                let ent = &cx.ents.list[*e];
                !sources.contains(e)
                    && ent.etype == EntityType::Group
                    && !collective(cx, *e)
                    && !ent.label.to_lowercase().contains("police")
            })
        });
        targets.extend(crowd);
    }
    // "The police did not use tear gas", with no crowd in the sentence: force not used on a
    // crowd would have been used on the crowd the story names. (Force used finds its
    // target from the sentence's own words later on: "charged the group".)
    let unused = polarity == Polarity::Negated;
    if t.cameo.as_str().starts_with("175") && targets.is_empty() && unused {
        let crowd = |e: &Ent| {
            e.etype == EntityType::Group
                && (e.label.split_whitespace()).any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "protesters" | "demonstrators" | "marchers" | "rioters" | "crowd"
                    )
                })
        };
        let at = p.sent.tokens[i].byte_start;
        let named = (cx.ents.latest_mentioned(|_, e| crowd(e), |m| m.end <= at))
            .or_else(|| cx.ents.first_mentioned(crowd));
        targets.extend(named.filter(|e| !sources.contains(e)));
    }
    // "Mwale was arrested", "his detention": arrests with no one named to make them are the
    // police's, when the story names a police force.
    // A verdict is the court's, and a disqualification or a ban an authority's, never the
    // police's.
    let verdict = matches!(p.lemma(i), "acquit" | "convict" | "sentence")
        || t.cameo.as_str().starts_with("172");
    let verb = t.pos == TriggerPos::Verb;
    // "officers fined 14 drivers": the rank and file of a force act for it, whatever the
    // act, so the verdict exception does not hold for them.
    // Only the verb's own subject: "police stopped them from marching" leaves the march
    // to others.
    let by_officers =
        verb && (p.syn.children_with(i, "nsubj").into_iter()).any(|s| bare_police_rank(p, s));
    // "the men were released without charge": a release of people no one is named to make
    // ends a custody, which in a story naming a police force is the police's ("their names
    // were not released" frees no one).
    let released = verb
        && t.cameo.as_str() == "0841"
        && !targets.is_empty()
        && p.pred(i).passive
        && p.pred(i).agents.is_empty();
    // "officers fined 14 drivers but made no arrests", "no arrests were made": an arrest
    // denied outright is the force's too, though it names no one held.
    // Not "did not mention the arrests": an arrest told before is not denied by that.
    let told_before = (p.syn.children_with(i, "det").iter())
        .any(|&d| matches!(p.lower(d), "the" | "these" | "those" | "its" | "their"));
    let denied =
        polarity == Polarity::Negated && t.cameo.as_str() == "173" && !verdict && !told_before;
    let arrest = t.cameo.root() == "17" && (verb || !targets.is_empty() || denied);
    if sources.is_empty() && (arrest && (!verdict || by_officers) || released) {
        sources.extend(police(cx, p.sent.tokens[i].byte_start));
    }
    // "Police detained X and Y on Monday. Neither has been charged.": the ones no charge or
    // arrest reached are those the story last told held, detained or charged.
    let none_of_them = (p.pred(i).subjects.iter()).any(|&s| polarity::none_of_a_set(p, s))
        || polarity::bare_neither(p, i);
    if t.cameo.root() == "17" && verb && targets.is_empty() && none_of_them {
        let held = (previous.iter().rev())
            .find(|e| e.cameo.root() == "17" && e.polarity == Polarity::Asserted)
            .filter(|e| !e.targets.is_empty());
        targets.extend(held.into_iter().flat_map(|e| e.targets.iter().copied()));
        targets.retain(|x| !sources.contains(x));
    }
    // A visit is to the country of the place visited ("arrived in Vilnius").
    if cameo_root_is(t, "04") && t.cameo.as_str() == "042" && targets.is_empty() {
        for &h in &place_heads {
            targets.extend(entities_of(cx, p, h, true));
        }
    }
    // Meetings, agreements, truces and fights are done together: with no one else named,
    // each party is also the other's counterpart.
    let visit = matches!(t.cameo.as_str(), "042" | "043");
    // Praise, verbal defence, apology and forgiveness go one way ("thanked X").
    let one_way = matches!(t.cameo.as_str(), "051" | "052" | "053" | "055" | "056");
    let symmetric = t.curated
        && matches!(t.cameo.root(), "03" | "04" | "05" | "06" | "19")
        && !visit
        && !one_way
        || t.reciprocal
            && t.cameo.as_str() != "042"
            && t.cameo.as_str() != "043"
            && t.cameo.as_str() != "051";
    // "Officials from the two countries will meet": the group and the countries it stands for.
    if !recip_pair {
        if let [g] = sources[..] {
            if collective(cx, g) {
                if let Some((a, b)) = events::members(cx, p.rule_sent[i]) {
                    sources = vec![g, a, b];
                }
            }
        }
    }
    if symmetric
        && !recip_pair
        && sources.len() >= 2
        && (targets.is_empty() || targets == sources[..1])
    {
        targets = sources.iter().rev().copied().collect();
    }
    // Welcoming a visitor is hosting the visit (CAMEO 043), not praise: "X was welcomed by
    // President Y" is Y hosting X. Without both sides it says nothing of its own.
    let welcomed_person = !targets.is_empty()
        && targets
            .iter()
            .all(|&e| cx.ents.list[e].etype == EntityType::Person);
    let welcomed_reaction = p
        .pred(i)
        .objects
        .iter()
        .any(|&o| REACTION_OBJECTS.contains(&p.lemma(o)));
    if p.lemma(i) == "welcome"
        && !welcomed_reaction
        && !reaction
        && (welcomed_person || p.pred(i).passive)
    {
        if sources.is_empty() || targets.is_empty() {
            return None;
        }
        hosted = true;
    }
    if !(recip_pair || symmetric) {
        targets.retain(|x| !sources.contains(x));
    }
    // "Police detained eleven men, a spokeswoman, X, told reporters": the person reporting
    // an act is not whom it was done to, unless the clause names them again ("he was
    // beaten").
    if !targets.is_empty() && !SAYING.contains(&p.lemma(i)) {
        let reporters = reporters_of(cx, p, i);
        let named_again = |e: usize| p.pronoun.contains(&Some(e));
        // "the ministry congratulated Tetuanui and said ...", with the speaker step taking
        // the name before "and said" for the one who spoke: the verb's own object is whom it
        // acts on, whoever is said to report it.
        let object_itself =
            |e: usize| (p.pred(i).objects.iter()).any(|&o| p.ent[o].is_some_and(|(x, _)| x == e));
        targets.retain(|&x| {
            let reporter = reporters.contains(&x) && cx.ents.list[x].etype == EntityType::Person;
            !reporter || named_again(x) || object_itself(x)
        });
    }
    // "businesses that fund the war": a war or a meeting of one party with itself is a
    // group that only stood nearby.
    if let ([a], [b]) = (&sources[..], &targets[..]) {
        if a == b && !collective(cx, *a) {
            return None;
        }
    }
    if sources.is_empty() && targets.is_empty() {
        return None;
    }
    // "protesters who had gathered outside the port" rallied; ministers gathering met.
    let crowd = |e: &usize| cx.ents.list[*e].etype == EntityType::Group;
    if matches!(p.lemma(i), "gather" | "assemble") && !sources.iter().all(crowd) {
        return None;
    }
    // "said the rebels had ambushed a patrol": an attack from the large list with no one
    // named to suffer it is kept only as the claim of whoever reports it.
    let claim_only = !t.curated
        && t.pos == TriggerPos::Verb
        && !sources.is_empty()
        && targets.is_empty()
        && matches!(t.cameo.root(), "18" | "19" | "20")
        && p.rel(i) == "ccomp"
        && p.syn.head(i).is_some_and(|h| SAYING.contains(&p.lemma(h)));
    if !t.curated
        && !claim_only
        && (sources.is_empty() || targets.is_empty() || t.pos == TriggerPos::Noun)
    {
        return None;
    }
    // "agreed to resume visits": the agreement is the news, an intent to do what the clause
    // says (CAMEO 03x), as real as the agreeing; the visits themselves are yet to come.
    let (polarity, intent) = match agreed_to(p, i) {
        Some(agree) if !cameo_root_is(t, "03") => {
            let ap = p.pred(agree);
            let agreeing = all_entities(cx, p, &ap.subjects);
            if !agreeing.is_empty() {
                targets.retain(|x| !sources.contains(x) || agreeing.contains(x));
                sources = agreeing;
            }
            let agreeing_pol = verb_polarity(p, agree, &ap);
            // "would agree to talks": an agreement still to come makes no intent voiced now;
            // the act, with its own code, is what is still to come (E3). Done, "agreed to" and
            // "ready to" stay the intent, as the tuning sets code them.
            let act_to_come = agreeing_pol == Polarity::Unrealised;
            let code = match t.cameo.root() {
                "04" => "036",
                "06" => "031",
                "07" => "033",
                "08" => "034",
                _ => "030",
            };
            if act_to_come {
                (Polarity::Unrealised, None)
            } else {
                (agreeing_pol, Some(code))
            }
        }
        _ => (polarity, None),
    };
    // "Peace talks were suspended", "broke off the negotiations": halting talks (CAMEO 164)
    // is an act of its own, not talks that did not happen.
    let halted = cameo_root_is(t, "04") && halted_talks(p, i);
    // "said Moscow would respond in kind", "vowed to retaliate": retaliation to come is a
    // threat made now.
    let retaliation = matches!(p.lemma(i), "retaliate" | "respond" | "answer" | "hit")
        && cameo_root_is(t, "19")
        && polarity == Polarity::Unrealised;
    // "told parliament that the army would retake the town": force someone says will be
    // used is a threat of force (CAMEO 138) made now.
    let announced_force = !retaliation
        && intent.is_none()
        && polarity == Polarity::Unrealised
        && matches!(t.cameo.root(), "18" | "19" | "20")
        && p.rel(i) == "ccomp"
        && !p.pred(i).negated
        && !(p.syn.children(i).iter()).any(|&c| matches!(p.lower(c), "not" | "never" | "n't"))
        && p.syn.head(i).is_some_and(|h| SAYING.contains(&p.lemma(h)))
        && (p.syn.children(i).iter())
            .any(|&c| p.rel(c) == "aux" && matches!(p.lower(c), "will" | "would" | "'ll"));
    // "said it would work with the new government": cooperation promised is an intent voiced
    // now (CAMEO 030), as "would cooperate" is; done ("worked with the police") it is the act.
    let voiced_cooperation = intent.is_none()
        && cameo_root_is(t, "06")
        && p.lemma(i) == "work"
        && polarity == Polarity::Unrealised;
    let intent = if retaliation {
        Some("130")
    } else if announced_force {
        Some("138")
    } else if voiced_cooperation {
        Some("030")
    } else {
        intent
    };
    let retaliation = retaliation || announced_force || voiced_cooperation;
    let polarity = if halted || retaliation {
        Polarity::Asserted
    } else {
        polarity
    };
    // "said Moscow would respond": a retort names no one; whom it answers is read by `aim`
    // from what the speaker's side just said or suffered, not guessed from the clause.
    if t.requires.iter().any(|r| r == retorts::RETORT) {
        targets.clear();
    }
    // "A and B agreed to ...": each agrees with the other.
    if intent.is_some() && sources.len() >= 2 && targets.iter().all(|x| sources.contains(x)) {
        targets = sources.iter().rev().copied().collect();
    }
    let s = p.rule_sent[i];
    let doc = cx.doc;
    let rule_trig = p.rule_tok[trig.start]..p.rule_tok[trig.end - 1] + 1;
    let mut places: Vec<usize> = Vec::new();
    for &h in &place_heads {
        for e in entities_of(cx, p, h, false) {
            let ent = &cx.ents.list[e];
            let is_place = ent.etype.kind() == newsgraph_model::EntityKind::Place
                || ent.etype == EntityType::Country;
            if is_place && !places.contains(&e) {
                places.push(e);
            }
        }
    }
    if places.is_empty() {
        places = events::places(&cx.views[s], &rule_trig);
    }
    // The lead's event, with no place of its own, happened where the story was filed.
    if places.is_empty() && s == cx.lead {
        places.extend(cx.dateline_place);
    }
    // "offered to mediate", "mediated": with no one named, mediation is between the two
    // parties the story is about.
    let mediation = t.cameo.as_str() == "045" || trig.clone().any(|k| p.lemma(k) == "mediate");
    if mediation && targets.is_empty() {
        if let Some((a, b)) = events::members(cx, s) {
            targets.extend([a, b].into_iter().filter(|x| !sources.contains(x)));
        }
    }
    // "seized the town of X in Mozambique's north": taking ground is aimed at the country
    // it belongs to, when that is not the taker's own.
    if t.cameo.as_str() == "192" && targets.is_empty() {
        let own = |c: usize| {
            let key = cx.ents.list[c].key.strip_prefix("country:");
            (sources.iter())
                .any(|&x| x == c || key.is_some() && cx.ents.list[x].country.as_deref() == key)
        };
        for &e in &places {
            let ent = &cx.ents.list[e];
            // A town or region taken stands for its country, when the story names it.
            let country = if ent.etype == EntityType::Country {
                Some(e)
            } else {
                (ent.country.as_ref()).and_then(|iso| cx.ents.named_country(iso))
            };
            if let Some(c) = country.filter(|&c| !own(c) && !targets.contains(&c)) {
                targets.push(c);
            }
        }
    }
    let fits = |d: &dates::DateMention| {
        polarity != Polarity::Unrealised || cx.anchor.year.is_none_or(|y| d.value.last_day().0 >= y)
    };
    let date = nearest_dates(cx, s, rule_trig.start, polarity == Polarity::Unrealised)
        .into_iter()
        .find(|d| fits(d))
        .map(|d| d.value);
    let attribution = events::attribution(cx, s).or_else(|| according_to(cx, p));
    // "appealed to the Supreme Court", "asked the court to order a recount": a legal appeal
    // (CAMEO 115), not a plea.
    // "filed a complaint with the court": a legal action too.
    let court = |e: usize| crate::roles::named_court(&cx.ents.list[e]);
    let pleads = t.cameo.as_str() == "020" && matches!(p.lemma(i), "appeal" | "ask" | "petition")
        || t.cameo.as_str() == "114";
    let to_court = pleads && !targets.is_empty() && targets.iter().all(|&e| court(e));
    // "asked the court to try the senator": the action is aimed at whom the court is asked
    // to act on, not at the court.
    if to_court && p.lemma(i) == "ask" {
        let asked_of = court_asked_to_act_on(cx, p, i, &sources, &targets, previous);
        if !asked_of.is_empty() {
            targets = asked_of;
        }
    }
    // A legal action is aimed at the other side of the dispute as much as at the court that
    // hears it: whoever last acted against the plaintiff.
    let legal = to_court || t.cameo.root() == "11";
    if legal && !targets.is_empty() && targets.iter().all(|&e| court(e)) {
        let opponent = (previous.iter().rev())
            .find(|e| {
                !e.sources.is_empty()
                    && e.targets.iter().any(|x| sources.contains(x))
                    && e.sources.iter().all(|x| !sources.contains(x) && !court(*x))
            })
            .map(|e| e.sources.clone());
        targets.extend(opponent.into_iter().flatten());
    }
    let recoded = match (hosted, to_court) {
        (true, _) => Some("043"),
        (_, true) => Some("115"),
        _ if halted => Some("164"),
        _ if ordered_to_leave(p, i, t) => Some("174"),
        // "would invite the parties to talks": an intent to meet still to come is the
        // meeting to come.
        _ if intent.is_none() && t.cameo.as_str() == "036" && polarity == Polarity::Unrealised => {
            Some("046")
        }
        _ => intent,
    };
    let (cameo, label) = match recoded.and_then(|c| c.parse::<Cameo>().ok()) {
        Some(code) => {
            let label = doc.lex.cameo_label(&code).to_string();
            (code, label)
        }
        None => (t.cameo.clone(), t.label.clone()),
    };
    let make = |sources: Vec<usize>, targets: Vec<usize>, confidence: f32| EventOut {
        cameo: cameo.clone(),
        label: label.clone(),
        trigger: rule_trig.clone(),
        sent: s,
        sources,
        targets,
        places: places.clone(),
        date: date.clone(),
        polarity,
        attribution,
        confidence,
        passive: t.pos == TriggerPos::Verb && p.pred(i).passive,
        reporting: false,
    };
    let base = match (t.curated, claim_only) {
        (_, true) => CLAIM_ONLY,
        (true, _) => 0.75,
        _ => 0.45,
    };
    // "A and B fought", "exchanged fire": fighting both ways is two directed events, each
    // side's attack on the other.
    let both_ways = {
        let (mut a, mut b) = (sources.clone(), targets.clone());
        a.sort_unstable();
        b.sort_unstable();
        a == b
    };
    let fight = matches!(cameo.root(), "18" | "19" | "20");
    // "the war between the army and the rebels": each side fights the other.
    let disjoint =
        !sources.is_empty() && !targets.is_empty() && sources.iter().all(|x| !targets.contains(x));
    // "backs the farmers", "stood by Kuwait": taking a side is an event only towards
    // someone named, and not as a participle describing a noun ("soldiers backed by AU
    // troops", "a coalition backing the government").
    let sided = t.label == "endorse"
        && t.requires.is_empty()
        && matches!(p.lemma(i), "back" | "support" | "stand" | "side");
    if sided && (targets.is_empty() || p.rel(i).starts_with("acl")) {
        return None;
    }
    // "A and B exchanged prisoners", "A swapped prisoners with B": each side frees the
    // other's captives, two directed releases. A swap with one side named says nothing of
    // who freed whom: the sides' own releases, reported apart, say it.
    if !recip_pair && t.reciprocal && cameo.as_str().starts_with("084") {
        let partner = |x: usize| cx.ents.list[x].etype != EntityType::Group;
        let pair = match (&sources[..], &targets[..]) {
            ([a, b], _) => Some((*a, *b)),
            ([a], [b]) if a != b && partner(*b) => Some((*a, *b)),
            _ => None,
        };
        return Some(match pair {
            Some((a, b)) => vec![make(vec![a], vec![b], base), make(vec![b], vec![a], base)],
            None => Vec::new(),
        });
    }
    if !recip_pair && fight && t.reciprocal && disjoint {
        return Some(vec![
            make(sources.clone(), targets.clone(), base),
            make(targets, sources, base),
        ]);
    }
    if !recip_pair && both_ways && fight {
        match sources[..] {
            [a, b] => {
                return Some(vec![
                    make(vec![a], vec![b], base),
                    make(vec![b], vec![a], base),
                ])
            }
            [g, a, b] if collective(cx, g) => {
                return Some(vec![
                    make(vec![g, a], vec![g, b], base),
                    make(vec![g, b], vec![g, a], base),
                ])
            }
            _ => {}
        }
    }
    if recip_pair {
        // "A and B accused each other": A→B and B→A.
        if sources.len() >= 2 {
            let (a, b) = (sources[0], sources[1]);
            return Some(vec![
                make(vec![a], vec![b], base),
                make(vec![b], vec![a], base),
            ]);
        }
        if let [g] = sources[..] {
            return Some(match events::members(cx, s) {
                Some((a, b)) => vec![
                    make(vec![g, a], vec![g, b], base - 0.1),
                    make(vec![g, b], vec![g, a], base - 0.1),
                ],
                None => vec![make(vec![g], vec![g], base - 0.1)],
            });
        }
    }
    Some(vec![make(sources, targets, base)])
}

/// What the grammar around one trigger says, before the story around it fills the gaps.
struct Reading {
    sources: Vec<usize>,
    targets: Vec<usize>,
    polarity: Polarity,
    /// Both sides named and each acts on the other ("accused each other").
    recip_pair: bool,
    /// Words whose entities are the event's place ("in X", "near X").
    place_heads: Vec<usize>,
    /// A visit welcomed by its host (CAMEO 043).
    hosted: bool,
    /// A reaction to an act reported before ("condemned the decision").
    reaction: bool,
}

/// "Its spokeswoman in San José, Marta Gutiérrez, urged ...", with the parser hanging the
/// name on the place: a person's name set off by commas right before the verb at `i`, after
/// a subject that names no actor, is that subject's apposition.
fn set_off_name(cx: &Context, p: &Parsed, i: usize, subjects: &[usize]) -> Option<usize> {
    let &first = subjects.iter().min()?;
    let close = i.checked_sub(1).filter(|&k| p.lower(k) == ",")?;
    let (e, _) = p.ent[close.checked_sub(1)?]?;
    let start = (0..close)
        .rev()
        .take_while(|&k| p.ent[k].is_some_and(|(x, _)| x == e))
        .last()?;
    let open = start
        .checked_sub(1)
        .filter(|&k| p.lower(k) == "," && k > first)?;
    let person = cx.ents.list[e].etype == EntityType::Person;
    (person && (open..close).all(|k| p.rel(k) != "root")).then_some(e)
}

/// "denied a report that it was preparing to recall its ambassador", with the parser
/// calling "it" an expletive: a personal "it" or "they" before a verb that has no subject
/// (the verb at `i` or one it is the "to" clause of) is that verb's subject.
fn pronoun_read_as_expletive(p: &Parsed, i: usize) -> Option<usize> {
    let mut v = i;
    for _ in 0..3 {
        let kids = p.syn.children(v);
        if kids.iter().any(|&c| p.rel(c).starts_with("nsubj")) {
            return None;
        }
        let expl = (kids.iter().copied())
            .find(|&c| c < v && p.rel(c) == "expl" && matches!(p.lower(c), "it" | "they"));
        if expl.is_some() {
            return expl;
        }
        if p.rel(v) != "xcomp" {
            return None;
        }
        v = p.syn.head(v)?;
    }
    None
}

/// The sentence's root when the parser rooted it on a noun or name before `i`: the
/// phrase a verb it misread as a modifier is then the act of.
fn nominal_root_before(p: &Parsed, i: usize) -> Option<usize> {
    (0..i)
        .find(|&k| p.rel(k) == "root" && matches!(p.sent.tokens[k].upos.as_str(), "NOUN" | "PROPN"))
}

/// "X, whom the bloc accuses", "the town which the rebels took": a verb whose object is a
/// relative pronoun before it, with a subject between the two, acts on the pronoun's
/// antecedent (the noun the clause hangs on, or, when the parser hung the clause
/// elsewhere, the noun right before the pronoun). Returns the antecedent and the subjects.
fn object_relative(p: &Parsed, i: usize) -> Option<(usize, Vec<usize>)> {
    let kids = p.syn.children(i);
    // "Juan Perez, whom the bloc accused of ...", read with "whom" as an oblique of the
    // verb: "whom" is its object all the same when a name stands right before it (a
    // common noun there may be one item of a list the clause describes whole).
    let named_before = |c: usize| {
        (0..c)
            .rev()
            .find(|&k| p.lower(k) != ",")
            .is_some_and(|k| p.sent.tokens[k].upos == "PROPN")
    };
    let pronoun = (kids.iter().copied()).find(|&c| {
        c < i
            && match (p.lower(c), p.rel(c)) {
                ("whom" | "which" | "that", "obj") => true,
                ("whom", "obl" | "iobj") => named_before(c),
                _ => false,
            }
    })?;
    let subjects: Vec<usize> = (kids.iter().copied())
        .filter(|&c| p.rel(c).starts_with("nsubj") && pronoun < c && c < i)
        .collect();
    if subjects.is_empty() {
        return None;
    }
    let antecedent = match p.syn.head(i) {
        Some(h) if p.rel(i).starts_with("acl") => h,
        _ => (0..pronoun).rev().find(|&k| p.lower(k) != ",")?,
    };
    Some((antecedent, subjects))
}

/// Words a speaker uses for the body they speak for: "X said the ministry had summoned the
/// envoy" is X's ministry's act, whichever body X serves.
const OWN_BODIES: [&str; 17] = [
    "defence",
    "defense",
    "society",
    "party",
    "company",
    "union",
    "firm",
    "ministry",
    "coalition",
    "organisation",
    "organization",
    "movement",
    "alliance",
    "agency",
    "association",
    "federation",
    "group",
];

/// "Its president, X, said the society would ask the court ...", "X's party said it would
/// appeal": a reported clause whose subject is a pronoun or a word for the speaker's own
/// body, naming no actor, is the speaker's own act.
fn speakers_own_plan(cx: &Context, p: &Parsed, i: usize, subjects: &[usize]) -> Vec<usize> {
    let [s] = subjects[..] else {
        return Vec::new();
    };
    let own = match p.sent.tokens[s].upos.as_str() {
        "PRON" => matches!(p.lower(s), "it" | "they" | "we"),
        "NOUN" => {
            let definite = (p.syn.children_with(s, "det").iter()).any(|&d| p.lower(d) == "the");
            definite && OWN_BODIES.contains(&p.lemma(s))
        }
        _ => false,
    };
    let Some(v) = p.syn.head(i).filter(|_| own && p.rel(i) == "ccomp") else {
        return Vec::new();
    };
    // Only reported speech after the verb of saying: in a quotation before it ("\"They
    // demand ...,\" she said") "they" are others.
    if !SAYING.contains(&p.lemma(v)) || s < v {
        return Vec::new();
    }
    all_entities(cx, p, &p.pred(v).subjects)
}

/// Whether the word at `i` is a past participle hung on a noun ("a truce brokered by X",
/// "three officials accused of ...").
fn participle_on_noun(p: &Parsed, i: usize) -> bool {
    p.rel(i) == "acl" && p.sent.tokens[i].xpos == "VBN"
}

/// "Indian troops and a Chinese patrol fought", misparsed with the verb as a participle on
/// the last conjunct ("a patrol [that was] fought"): a symmetric verb with no agent, object
/// or subject of its own is no passive, and the whole coordination does it. The sides it
/// returns are the conjuncts.
fn reciprocal_on_conjunct(
    p: &Parsed,
    t: &Trigger,
    i: usize,
    pred: &Predicate,
) -> Option<Vec<usize>> {
    let bare = pred.subjects.is_empty() && pred.agents.is_empty() && pred.objects.is_empty();
    if !t.reciprocal || !bare || !participle_on_noun(p, i) {
        return None;
    }
    let last = p.syn.head(i).filter(|&h| h < i && p.rel(h) == "conj")?;
    let first = p
        .syn
        .head(last)
        .filter(|&f| f < last && matches!(p.sent.tokens[f].upos.as_str(), "NOUN" | "PROPN"))?;
    let joined = (p.syn.children_with(last, "cc").into_iter()).any(|c| p.lower(c) == "and");
    joined.then(|| p.syn.conjuncts(first))
}

/// What an event noun stands for when a third party hosts or brokers it ("a swap brokered by
/// Qatar", "two days of talks hosted by Norway").
const BROKERED: [&str; 12] = [
    "talks",
    "talk",
    "negotiation",
    "meeting",
    "summit",
    "swap",
    "exchange",
    "deal",
    "agreement",
    "accord",
    "truce",
    "ceasefire",
];

/// "X and Y exchanged prisoners in a swap brokered by Z": hosting or brokering (CAMEO
/// 043, 045) hung as a participle on the noun for the act is done by its agent, for the
/// sides of the act the sentence reported just before it.
fn third_party_part(
    cx: &Context,
    p: &Parsed,
    i: usize,
    t: &Trigger,
    pred: &Predicate,
    previous: &[EventOut],
) -> Option<Reading> {
    if !matches!(t.cameo.as_str(), "043" | "045") || !participle_on_noun(p, i) {
        return None;
    }
    // "two days of talks hosted by X": the act is the "of" noun of a span of time.
    let head = p.syn.head(i).filter(|&h| h < i)?;
    std::iter::once(head)
        .chain(nmods_with(p, head, &["of"]))
        .find(|&h| BROKERED.contains(&p.lemma(h)))?;
    let mut agents = pred.agents.clone();
    agents.extend(obliques_with(p, pred, &["by"]));
    let agents = all_entities(cx, p, &agents);
    if agents.is_empty() {
        return None;
    }
    // The sides: who does what the act's phrase hangs on ("X and Y exchanged prisoners in
    // a swap ..."), else the sides of the act reported just before in the sentence.
    let mut v = head;
    for _ in 0..4 {
        if p.sent.tokens[v].upos == "VERB" {
            break;
        }
        v = p.syn.head(v)?;
    }
    let mut named = all_entities(cx, p, &p.pred(v).subjects);
    if named.is_empty() {
        let s = p.rule_sent[i];
        let reported = (previous.iter().rev())
            .take_while(|e| e.sent == s)
            .find(|e| !e.sources.is_empty())?;
        named = reported.sources.clone();
        named.extend(reported.targets.iter().copied());
    }
    let mut sides: Vec<usize> = Vec::new();
    for &x in &named {
        if !agents.contains(&x) && !sides.contains(&x) {
            sides.push(x);
        }
    }
    (!sides.is_empty()).then(|| Reading {
        sources: agents,
        targets: sides,
        polarity: verb_polarity(p, i, pred),
        recip_pair: false,
        place_heads: Vec::new(),
        hosted: false,
        reaction: false,
    })
}

/// "Kenyan police supported by Ugandan troops raided ...": whether the phrase holding the
/// noun at `x` hangs on a preposition, so that it is no subject of the verb after it.
fn governed(p: &Parsed, x: usize) -> bool {
    let mut h = x;
    for _ in 0..4 {
        match p.syn.head(h) {
            Some(up) if matches!(p.rel(h), "flat" | "compound" | "amod") => h = up,
            _ => break,
        }
    }
    // "after the group shelled the airport" is a clause the parser read as a phrase, and
    // "a group of protesters threw" is one subject: only the prepositions that add a
    // partner or an agent to a subject take the actor out of subject position.
    matches!(
        p.syn.preposition(h).as_deref(),
        Some("by" | "with" | "alongside" | "against")
    )
}

/// "were detained and later released": the passive verb a bare participle at `i` (no
/// subject, auxiliary or object of its own) is joined to, whose voice it shares.
fn passive_conjunct_head(
    p: &Parsed,
    i: usize,
    has_subject: bool,
    pred: &Predicate,
) -> Option<usize> {
    // "had been arrested and warned that ...": a verb with a clause of its own is active,
    // even when the parser hangs the clause elsewhere.
    let clause = p.syn.children_with(i, "xcomp").len() + pred.complements.len() > 0
        || (i + 1 < p.sent.tokens.len() && matches!(p.lower(i + 1), "that" | "to"));
    let bare = !has_subject
        && !clause
        && pred.objects.is_empty()
        && p.sent.tokens[i].xpos == "VBN"
        && !(p.syn.children(i).iter()).any(|&c| p.rel(c).starts_with("aux"));
    let h = p.syn.head(i).filter(|_| bare && p.rel(i) == "conj")?;
    let passive = (p.syn.children(h).iter()).any(|&c| p.rel(c) == "aux:pass");
    passive.then_some(h)
}

/// Who reports the clause of the event at `i`: the sentence's speaker, and the subject of a
/// verb of saying the clause hangs under ("X said [that ...]") or beside ("..., X added").
fn reporters_of(cx: &Context, p: &Parsed, i: usize) -> Vec<usize> {
    let mut out: Vec<usize> = events::attribution(cx, p.rule_sent[i])
        .into_iter()
        .collect();
    let mut x = i;
    for _ in 0..3 {
        let says = (p.syn.children(x).iter().copied())
            .filter(|&c| p.rel(c) == "parataxis" && SAYING.contains(&p.lemma(c)));
        for c in says {
            out.extend(all_entities(cx, p, &p.pred(c).subjects));
        }
        let Some(h) = p.syn.head(x) else { break };
        if SAYING.contains(&p.lemma(h)) && matches!(p.rel(x), "ccomp" | "parataxis") {
            out.extend(all_entities(cx, p, &p.pred(h).subjects));
            break;
        }
        if !matches!(p.rel(x), "conj" | "ccomp" | "xcomp" | "advcl") {
            break;
        }
        x = h;
    }
    out
}

/// The "agree" whose "to" clause holds the event at `i`: "agreed to meet", "agreed to resume
/// visits" (the event noun the object of a light verb in that clause).
fn agreed_to(p: &Parsed, i: usize) -> Option<usize> {
    let mut x = i;
    if p.sent.tokens[i].upos == "NOUN" && p.rel(i) == "obj" {
        x = p.syn.head(i).filter(|&h| LIGHT.contains(&p.lemma(h)))?;
    }
    let h = p.syn.head(x)?;
    // The parser may read the "to" clause as one of purpose.
    let to_clause = p.rel(x) == "xcomp"
        || p.rel(x) == "advcl"
            && (p.syn.children_with(x, "mark").iter()).any(|&m| p.lower(m) == "to");
    (to_clause && (p.lemma(h) == "agree" || READINESS.contains(&p.lemma(h)))).then_some(h)
}

/// Whether talks at `i` are said to be halted: "talks were suspended", "suspended the
/// talks", "broke off negotiations" (not "cancelled" or "postponed": those never began).
fn halted_talks(p: &Parsed, i: usize) -> bool {
    let Some(h) = p.syn.head(i) else { return false };
    let rel = p.rel(i);
    if !(rel.starts_with("nsubj") || rel == "obj") {
        return false;
    }
    let off = (p.syn.children_with(h, "compound:prt").iter()).any(|&c| p.lower(c) == "off");
    matches!(p.lemma(h), "suspend" | "halt" | "freeze")
        || off && matches!(p.lemma(h), "break" | "call")
}

/// Phrases introduced by preposition `w` anywhere under predicate `i`, not inside a clause
/// of their own.
fn marked_within(p: &Parsed, i: usize, w: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut todo = vec![(i, 0)];
    while let Some((x, depth)) = todo.pop() {
        for &c in p.syn.children(x) {
            let rel = p.rel(c);
            if matches!(rel, "ccomp" | "parataxis" | "advcl" | "acl:relcl" | "conj") {
                continue;
            }
            if p.syn.preposition(c).as_deref() == Some(w) {
                out.push(c);
            } else if depth < 4 {
                todo.push((c, depth + 1));
            }
        }
    }
    out.sort_unstable();
    out
}

/// "between A and B", "between A and C on one side and B on the other", read word by word
/// after the trigger: the parser often misplaces the parts of a long coordination.
fn between_list(cx: &Context, p: &Parsed, at: usize) -> Option<(Vec<usize>, Vec<usize>)> {
    let n = p.sent.tokens.len();
    let b = (at + 1..(at + 5).min(n)).find(|&k| p.lower(k) == "between")?;
    let mut ents: Vec<usize> = Vec::new();
    let mut split = None;
    let mut k = b + 1;
    let mut gap = 0;
    while k < n && gap <= 5 {
        if let Some(e) = actor_at(cx, p, k, true) {
            if ents.last() != Some(&e) {
                ents.push(e);
            }
            gap = 0;
        } else {
            let w = p.lower(k);
            if w == "side" && k > 0 && p.lower(k - 1) == "one" && split.is_none() {
                split = Some(ents.len());
            }
            let filler = matches!(
                w,
                "the" | "and" | "," | "on" | "one" | "side" | "other" | "both" | "either" | "or"
            ) || p.sent.tokens[k].upos == "ADJ"
                || p.sent.tokens[k].upos == "VERB" && w.ends_with("ing");
            if !filler && p.ent[k].is_none() {
                break;
            }
            gap += 1;
        }
        k += 1;
    }
    match ents.len() {
        0 => None,
        1 => Some((ents.clone(), ents)),
        len => {
            let cut = split.filter(|&c| c > 0 && c < len).unwrap_or(1);
            Some((ents[..cut].to_vec(), ents[cut..].to_vec()))
        }
    }
}

/// Drops an event that repeats an earlier one in the same or the next sentence ("They had
/// no talks. 'No, there were no talks,' he said."): same code root, polarity and sources,
/// targets already covered, and the same trigger word or sentence.
fn dedupe(cx: &Context, events: Vec<EventOut>) -> Vec<EventOut> {
    let word = |e: &EventOut| cx.doc.lower(e.trigger.end.saturating_sub(1));
    let mut out: Vec<EventOut> = Vec::new();
    for e in events {
        let repeat = out.iter().any(|o| {
            // "would go to court to challenge the arrests": one act in two phrases.
            let gap = (e.trigger.start.saturating_sub(o.trigger.end))
                .max(o.trigger.start.saturating_sub(e.trigger.end));
            let next_to = o.sent == e.sent && gap <= 2;
            // "used water cannon ... and detained several leaders": two acts of one kind
            // unless they are one phrase or the same code.
            o.cameo.root() == e.cameo.root()
                && o.polarity == e.polarity
                && o.sources == e.sources
                && (next_to
                    || (o.cameo == e.cameo || o.sent != e.sent)
                        && e.targets.iter().all(|t| o.targets.contains(t)))
                && (o.sent == e.sent || (o.sent.abs_diff(e.sent) <= 1 && word(o) == word(&e)))
        });
        // "fired tear gas at the crowd, and 30 people were detained": of two acts of one
        // kind in a sentence, by the same side, the one aimed at no one adds nothing to
        // the one that says whom it is aimed at.
        let same_side = |o: &EventOut| {
            o.sent == e.sent
                && o.cameo.root() == e.cameo.root()
                && o.polarity == e.polarity
                && o.sources == e.sources
                && !o.sources.is_empty()
        };
        let aimed = |o: &EventOut| !o.targets.is_empty();
        let covered = !aimed(&e) && out.iter().any(|o| same_side(o) && aimed(o));
        let bare = (out.iter()).position(|o| aimed(&e) && same_side(o) && !aimed(o));
        match bare {
            _ if repeat || covered => {}
            Some(k) => out[k] = e,
            None => out.push(e),
        }
    }
    out
}

fn cameo_root_is(t: &Trigger, root: &str) -> bool {
    t.cameo.root() == root
}

/// "Police stopped them (from) marching": the ones kept from the act would have done it,
/// not the parser's borrowed subject of the stopping verb.
fn kept_from(p: &Parsed, i: usize) -> Option<Vec<usize>> {
    let h = p.syn.head(i)?;
    let from = (p.syn.children_with(i, "mark").iter()).any(|&m| p.lower(m) == "from");
    let kept = matches!(p.rel(i), "advcl" | "xcomp")
        && (from || p.sent.tokens[i].xpos == "VBG")
        && polarity::PREVENTING.contains(&p.lemma(h));
    let objects = &p.pred(h).objects;
    (kept && !objects.is_empty()).then(|| objects.clone())
}

/// Who does an event whose verb has no subject of its own: "accepted an invitation to
/// visit", "denied plans to recall" (the subject of the verb over the noun), "said ...,
/// warning that" (the subject of the verb the participle hangs on).
fn controller(p: &Parsed, i: usize) -> Vec<usize> {
    let Some(h) = p.syn.head(i) else {
        return Vec::new();
    };
    let rel = p.rel(i);
    // A verb phrase the tagger read as a noun ("to place responsibility"): its clause's
    // subject.
    let verbal = matches!(p.sent.tokens[i].upos.as_str(), "VERB" | "AUX");
    if !verbal && (rel == "obj" || rel.starts_with("obl")) {
        // "criticised air strikes on villages": the critic did not strike; "fired on a
        // march": a phrase under a preposition is aimed at, not a verb phrase. Not "to":
        // "seeking to place blame" is an infinitive the tagger read as a noun.
        let under_preposition = p.syn.preposition(i).is_some_and(|w| w != "to");
        if REACTING.contains(&p.lemma(h)) || under_preposition {
            return Vec::new();
        }
        return p.pred(h).subjects.clone();
    }
    if rel.starts_with("acl") && !rel.starts_with("acl:relcl") {
        // "Chile's decision to expel": whose plan it is.
        let mut owner = p.syn.children_with(h, "nmod:poss");
        // "the decision by Finland to close the border": Finland's.
        owner.extend(nmods_with(p, h, &["by"]));
        if PLAN_NOUNS.contains(&p.lemma(h)) && !owner.is_empty() {
            return owner;
        }
        let Some(v) = p.syn.head(h) else {
            return Vec::new();
        };
        // "criticised the decision to close the border": the critic did not decide it.
        if p.rel(h) == "obj" && REACTING.contains(&p.lemma(v)) {
            return Vec::new();
        }
        // "urged both sides to hold talks": the one urged does it.
        if p.rel(h) == "obj" && OBJECT_CONTROL.contains(&p.lemma(v)) {
            return vec![h];
        }
        // "Pakistan was one of three countries to recognise ...": the copula's subject.
        let mut x = h;
        for _ in 0..2 {
            let subjects: Vec<usize> = p
                .syn
                .children(x)
                .iter()
                .copied()
                .filter(|&c| p.rel(c).starts_with("nsubj"))
                .collect();
            let copular = p.syn.children_with(x, "cop").len() == 1;
            if copular && !subjects.is_empty() {
                return subjects;
            }
            match p.syn.head(x) {
                Some(up) if p.rel(x) == "nmod" => x = up,
                _ => break,
            }
        }
        if matches!(p.rel(h), "obj" | "nsubj" | "nsubj:pass") {
            let pred = p.pred(v);
            return if pred.passive {
                pred.agents.clone()
            } else {
                pred.subjects.clone()
            };
        }
    }
    if let Some(main) = set_off_participle_clause(p, i) {
        return p.pred(main).subjects.clone();
    }
    if rel == "advcl" && matches!(p.sent.tokens[h].upos.as_str(), "VERB" | "AUX") {
        let subjects = p.pred(h).subjects.clone();
        // "Armenian protesters rallied ..., accusing officials": the clause above may be a
        // finite verb the parser hung on its subject noun.
        // (A participle hung on the noun the whole sentence hangs on is such a verb too.)
        if subjects.is_empty() {
            let root_noun = (p.syn.head(h)).filter(|&n| {
                n < h
                    && p.rel(h) == "acl"
                    && p.rel(n) == "root"
                    && matches!(p.sent.tokens[n].upos.as_str(), "NOUN" | "PROPN")
            });
            return finite_clause_subjects(p, h)
                .or_else(|| root_noun.map(|n| p.syn.conjuncts(n)))
                .unwrap_or_default();
        }
        return subjects;
    }
    // "She is due to meet", "X is expected to visit": the subject of the word above.
    if rel == "xcomp" && matches!(p.sent.tokens[h].upos.as_str(), "ADJ" | "VERB" | "AUX") {
        let hp = p.pred(h);
        if OBJECT_CONTROL.contains(&p.lemma(h)) && !hp.objects.is_empty() {
            return hp.objects.clone();
        }
        return if hp.passive && hp.subjects.is_empty() {
            hp.agents.clone()
        } else {
            hp.subjects.clone()
        };
    }
    Vec::new()
}

/// "X ordered the diplomats to leave, accusing them of spying", "X froze his assets, weeks
/// after Y invaded, accusing him of ...": a participle set off by a comma speaks of the
/// main clause's doer, though the parser may hang it on the infinitive or the subordinate
/// clause just before it. The main clause's verb, when the participle hangs below one.
fn set_off_participle_clause(p: &Parsed, i: usize) -> Option<usize> {
    let own_subject = (p.syn.children(i).iter()).any(|&c| p.rel(c).starts_with("nsubj"));
    if p.sent.tokens[i].xpos != "VBG" || p.rel(i) != "advcl" || own_subject {
        return None;
    }
    if i == 0 || p.lower(i - 1) != "," {
        return None;
    }
    let h = p.syn.head(i)?;
    // Hung straight on a main clause: the ordinary reading is right.
    if matches!(p.rel(h), "root" | "conj" | "ccomp" | "parataxis") {
        return None;
    }
    let mut x = h;
    for _ in 0..5 {
        let up = p.syn.head(x)?;
        let main = matches!(p.rel(up), "root" | "conj" | "ccomp" | "parataxis")
            && matches!(p.sent.tokens[up].upos.as_str(), "VERB" | "AUX");
        if main && !p.pred(up).subjects.is_empty() && !p.pred(up).passive {
            return Some(up);
        }
        x = up;
    }
    None
}

/// "an arms embargo and targeted sanctions on X", with "targeted" tagged as a verb of its
/// own: the measure noun that verb takes as its object.
fn targeted_measure(p: &Parsed, i: usize) -> Option<usize> {
    let v = i + 2;
    let read_as_verb = v < p.sent.tokens.len()
        && p.lower(i + 1) == "and"
        && p.lower(v) == "targeted"
        && p.sent.tokens[v].upos == "VERB";
    if !read_as_verb {
        return None;
    }
    (p.syn.children_with(v, "obj").into_iter()).find(|&o| p.sent.tokens[o].upos == "NOUN")
}

/// Whom the court asked at `i` is asked to act on: the objects of the verb after "to"
/// ("asked the court to try the senator"), a pronoun read as the actor it stands for,
/// other than the askers and the court. "to keep him in custody", with no one named before
/// "him" in the sentence: the person the latest act reported before was done to.
fn court_asked_to_act_on(
    cx: &Context,
    p: &Parsed,
    i: usize,
    sources: &[usize],
    courts: &[usize],
    previous: &[EventOut],
) -> Vec<usize> {
    let person = |e: &usize| cx.ents.list[*e].etype == EntityType::Person;
    let done_to_before = || {
        (previous.iter().rev())
            .find_map(|e| e.targets.iter().copied().find(person))
            .into_iter()
            .collect::<Vec<_>>()
    };
    let mut not: Vec<usize> = sources.to_vec();
    not.extend_from_slice(courts);
    let mut out = Vec::new();
    // The parser hangs the "to" clause as xcomp, advcl or even csubj.
    let to_clause = |x: usize| {
        x > i
            && matches!(p.rel(x), "xcomp" | "advcl" | "csubj")
            && (p.syn.children_with(x, "mark").iter()).any(|&m| p.lower(m) == "to")
    };
    for &x in p.syn.children(i).iter().filter(|&&x| to_clause(x)) {
        for &o in &p.pred(x).objects {
            let found = if matches!(p.lower(o), "him" | "her") {
                match pronoun_antecedent(cx, p, o, &not) {
                    Some(e) => vec![e],
                    None => done_to_before(),
                }
            } else if p.sent.tokens[o].upos == "PRON" {
                pronoun_antecedent(cx, p, o, &not).into_iter().collect()
            } else {
                let named = all_entities(cx, p, &[o]);
                // "to try the senator": a bare title stands for the one the story's latest
                // act was done to.
                let title = cx.doc.lex.title(p.lower(o)).is_some_and(|t| !t.plural)
                    && (p.syn.children_with(o, "det").iter()).any(|&d| p.lower(d) == "the");
                if named.is_empty() && title {
                    done_to_before()
                } else {
                    named
                }
            };
            extend_new(&mut out, found.into_iter().filter(|e| !not.contains(e)));
        }
    }
    out
}

/// The nouns after `after` hung on `h` with no preposition of their own, whose count just
/// before them holds one of `preps` instead ("bans on Monday on six officers", read with
/// "on six" under "Monday"): the preposition marks the counted noun.
fn counted_after_day(p: &Parsed, h: usize, after: usize, preps: &[&str]) -> Vec<usize> {
    let under = |k: usize, c: usize| {
        let mut x = k;
        for _ in 0..4 {
            match p.syn.head(x) {
                Some(up) if up == c => return true,
                Some(up) => x = up,
                None => return false,
            }
        }
        false
    };
    let mut out = Vec::new();
    for &c in p.syn.children(h) {
        let bare = matches!(p.rel(c), "nmod" | "obj" | "obl") && p.syn.preposition(c).is_none();
        if c <= after || !bare || p.sent.tokens[c].upos == "NUM" {
            continue;
        }
        let mut start = c;
        while start > after + 1 && under(start - 1, c) {
            start -= 1;
        }
        let Some(n) = start.checked_sub(1) else {
            continue;
        };
        let count_marked = p.sent.tokens[n].upos == "NUM"
            && p.syn.head(n).is_some_and(|up| up != c && up > after)
            && (p.syn.preposition(n).as_deref()).is_some_and(|w| preps.contains(&w));
        if count_marked {
            out.extend(p.syn.conjuncts(c));
        }
    }
    out
}

/// The actor named just before "and" when the event noun at `i` hangs on it as its
/// conjunct ("Bahrain and Iran hold talks" read as "Bahrain" and "Iran hold talks").
fn party_joined_before(p: &Parsed, i: usize) -> Option<usize> {
    let h = p.syn.head(i).filter(|&h| h < i && p.rel(i) == "conj")?;
    let and = (h + 1..i).find(|&k| p.lower(k) == "and")?;
    let named_between = (and + 1..i).any(|k| p.ent[k].is_some());
    let (first, _) = p.ent[h]?;
    (and == h + 1 && named_between).then_some(first)
}

/// The two sides of the latest fighting reported: its first source and first target; when
/// no act of the fighting names both ("troops retook the town a day after militiamen
/// stormed it"), the doers of the two latest acts done by different sides.
fn fighting_sides(previous: &[EventOut]) -> Option<(usize, usize)> {
    let violent =
        || (previous.iter().rev()).filter(|e| matches!(e.cameo.root(), "18" | "19" | "20"));
    let both = violent().find_map(|e| match (e.sources.first(), e.targets.first()) {
        (Some(&a), Some(&b)) if a != b => Some((a, b)),
        _ => None,
    });
    both.or_else(|| {
        let mut doers = violent()
            .filter(|e| e.polarity == Polarity::Asserted)
            .filter_map(|e| e.sources.first().copied());
        let a = doers.next()?;
        let b = doers.find(|&b| b != a)?;
        Some((a, b))
    })
}

/// The pairs that may be the two sides a story's "both sides" means, likeliest first: those
/// of its fighting, its two countries (near sentence `s`), its latest quarrel between others
/// than `not`.
fn story_sides(
    cx: &Context,
    s: usize,
    previous: &[EventOut],
    not: &[usize],
) -> impl Iterator<Item = (usize, usize)> {
    [
        fighting_sides(previous),
        events::members(cx, s),
        quarrel_sides(previous, not),
    ]
    .into_iter()
    .flatten()
}

/// The two sides of the latest quarrel reported between others than `not`: the doer and
/// the first one aimed at of an asserted accusation, rejection, protest, cut in relations
/// or coercion.
fn quarrel_sides(previous: &[EventOut], not: &[usize]) -> Option<(usize, usize)> {
    let hostile = |e: &&EventOut| {
        matches!(e.cameo.root(), "11" | "12" | "13" | "14" | "16" | "17")
            && e.polarity == Polarity::Asserted
    };
    let others = |ids: &[usize]| ids.iter().copied().find(|x| !not.contains(x));
    (previous.iter().rev().filter(hostile)).find_map(|e| {
        match (others(&e.sources), others(&e.targets)) {
            (Some(a), Some(b)) if a != b => Some((a, b)),
            _ => None,
        }
    })
}

/// Whether the appeal at `i` is made of the sides of a conflict, named only as such ("both
/// sides", "the two governments") or by what is asked of them ("urged restraint").
fn calls_on_the_sides(p: &Parsed, i: usize) -> bool {
    let pred = p.pred(i);
    let mut asked = pred.objects.clone();
    asked.extend(obliques_with(p, &pred, &["on", "for"]));
    asked.iter().any(|&o| {
        parties_noun(p, o)
            || matches!(
                p.lemma(o),
                "restraint" | "calm" | "de-escalation" | "dialogue" | "ceasefire" | "truce"
            )
    })
}

/// A plural common noun that names the two parties of a story: "the neighbours", "their
/// governments", "the two states", "both leaders".
fn parties_noun(p: &Parsed, h: usize) -> bool {
    let lemma = p.lemma(h);
    let plural = p.lower(h) != lemma;
    let counted = p
        .syn
        .children(h)
        .iter()
        .any(|&c| matches!(p.lower(c), "two" | "both") && matches!(p.rel(c), "nummod" | "det"));
    p.sent.tokens[h].upos == "NOUN"
        && plural
        && (counted
            || matches!(
                lemma,
                "neighbour"
                    | "neighbor"
                    | "side"
                    | "party"
                    | "country"
                    | "state"
                    | "government"
                    | "nation"
            ))
}

/// The dates written in sentence `s`, nearest first to document token `tok` (ties in the
/// order they are written): an event takes the date closest to its trigger. `future` reads a
/// month or day without a year forward, for what is still to happen.
fn nearest_dates(cx: &Context, s: usize, tok: usize, future: bool) -> Vec<dates::DateMention> {
    let rel = tok.saturating_sub(cx.doc.sents[s].toks.start);
    let mut found = cx.dates.of(cx.doc, s, &cx.anchor, future).to_vec();
    found.sort_by_key(|d| d.toks.start.abs_diff(rel));
    found
}

/// Whether the word at `s` names a force's rank and file with nothing saying whose
/// ("officers", "nine gendarmes"): "army officers" or "officers from the bureau" belong
/// elsewhere.
fn bare_police_rank(p: &Parsed, s: usize) -> bool {
    POLICE_RANKS.contains(&p.lower(s))
        && !(p.syn.children(s).iter()).any(|&c| {
            matches!(
                p.rel(c),
                "nmod" | "acl" | "acl:relcl" | "nmod:poss" | "compound" | "amod"
            )
        })
}

/// The person named after the object `o` and a run of appositions: "a third defendant, a
/// former bank board member, X". Read off the words, not the tree, since the parser often
/// makes the middle noun the subject of what follows ("..., X, saying prosecutors had not
/// proved"). Each apposition is a noun phrase between commas; only a person counts, so that
/// a firm named in passing ("a Petrolia board member") is not taken for the defendant.
fn appositive_person(cx: &Context, p: &Parsed, o: usize) -> Vec<usize> {
    let n = p.ent.len();
    if o + 1 >= n || p.lower(o + 1) != "," {
        return Vec::new();
    }
    let mut start = o + 2;
    for _ in 0..2 {
        // The next phrase: up to the next comma.
        let end = (start..n).find(|&j| p.lower(j) == ",").unwrap_or(n);
        if end == start || end >= n {
            return Vec::new();
        }
        if let Some((e, _)) = p.ent[start] {
            let ent = &cx.ents.list[e];
            let whole = (start..end).all(|j| p.ent[j].map(|(x, _)| x) == Some(e));
            if ent.etype == EntityType::Person && whole {
                return vec![e];
            }
        }
        // A noun phrase with one head: every other word hangs inside it, and no verb.
        let heads: Vec<usize> = (start..end)
            .filter(|&j| p.syn.head(j).is_none_or(|h| h < start || h >= end))
            .collect();
        let nominal = (start..end).all(|j| {
            matches!(
                p.sent.tokens[j].upos.as_str(),
                "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM" | "PART"
            )
        });
        if heads.len() != 1 || !nominal || p.sent.tokens[heads[0]].upos != "NOUN" {
            return Vec::new();
        }
        start = end + 1;
    }
    Vec::new()
}
