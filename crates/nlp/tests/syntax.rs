//! Parses of our own news-style sentences, checked arc by arc, and the query layer on each
//! construction extraction relies on. Sentences are written by the team and kept to clear
//! cases the shipped model gets right.

use newsgraph_nlp::syntax::Syntax;
use newsgraph_nlp::{Pipeline, Sentence};

fn parse(text: &str) -> Sentence {
    let mut doc = Pipeline::default().analyze(text);
    assert_eq!(doc.sentences.len(), 1, "{text}");
    doc.sentences.remove(0)
}

/// (word, head word or "ROOT", relation) per token.
fn arcs(s: &Sentence) -> Vec<(String, String, String)> {
    s.tokens
        .iter()
        .map(|t| {
            let head = if t.head == 0 {
                "ROOT".to_string()
            } else {
                s.tokens[t.head as usize - 1].text.clone()
            };
            (t.text.clone(), head, t.deprel.clone())
        })
        .collect()
}

fn check(text: &str, expected: &[(&str, &str, &str)]) {
    let s = parse(text);
    let got = arcs(&s);
    let want: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want, "{text}");
}

fn words(s: &Sentence, ids: &[usize]) -> Vec<String> {
    ids.iter().map(|&i| s.tokens[i].text.clone()).collect()
}

fn find(s: &Sentence, w: &str) -> usize {
    s.tokens.iter().position(|t| t.text == w).unwrap()
}

#[test]
fn passive_with_agent() {
    check(
        "The deal was signed by the two presidents.",
        &[
            ("The", "deal", "det"),
            ("deal", "signed", "nsubj:pass"),
            ("was", "signed", "aux:pass"),
            ("signed", "ROOT", "root"),
            ("by", "presidents", "case"),
            ("the", "presidents", "det"),
            ("two", "presidents", "nummod"),
            ("presidents", "signed", "obl:agent"),
            (".", "signed", "punct"),
        ],
    );
    let s = parse("The deal was signed by the two presidents.");
    let p = Syntax::new(&s).predicate(find(&s, "signed"));
    assert!(p.passive);
    assert_eq!(words(&s, &p.subjects), ["deal"]);
    assert_eq!(words(&s, &p.agents), ["presidents"]);
    assert!(p.objects.is_empty() && !p.negated);
}

#[test]
fn a_demonym_before_a_title_is_not_a_second_subject() {
    let s = parse("Norwegian Prime Minister Ana Lind was praised by Swedish President Olof Berg.");
    let p = Syntax::new(&s).predicate(find(&s, "praised"));
    assert!(p.passive);
    assert_eq!(words(&s, &p.subjects), ["Ana"]);
    assert_eq!(words(&s, &p.agents), ["Olof"]);
    let norwegian = &s.tokens[find(&s, "Norwegian")];
    assert_eq!(norwegian.deprel, "amod");
    assert_eq!(s.tokens[norwegian.head as usize - 1].text, "Minister");
}

#[test]
fn a_lead_whose_verb_is_tagged_as_a_participle_keeps_its_subject() {
    let s = parse("Police detained 12 protesters outside parliament in Nairobi on Tuesday.");
    let detained = find(&s, "detained");
    assert_eq!(s.tokens[detained].head, 0);
    let p = Syntax::new(&s).predicate(detained);
    assert_eq!(words(&s, &p.subjects), ["Police"]);
    // `outside` is tagged ADJ; the people detained are still the object, not a compound of
    // "parliament".
    assert_eq!(words(&s, &p.objects), ["protesters"]);
}

#[test]
fn coordinated_subjects_expand_to_each_country() {
    check(
        "Chile and Peru rejected the proposal.",
        &[
            ("Chile", "rejected", "nsubj"),
            ("and", "Peru", "cc"),
            ("Peru", "Chile", "conj"),
            ("rejected", "ROOT", "root"),
            ("the", "proposal", "det"),
            ("proposal", "rejected", "obj"),
            (".", "rejected", "punct"),
        ],
    );
    let s = parse("Chile and Peru rejected the proposal.");
    let p = Syntax::new(&s).predicate(find(&s, "rejected"));
    assert_eq!(words(&s, &p.subjects), ["Chile", "Peru"]);
    assert_eq!(words(&s, &p.objects), ["proposal"]);
    assert!(!p.passive);
}

#[test]
fn apposition_names_the_role() {
    check(
        "Maria Lopez, the foreign minister, visited Lima on Monday.",
        &[
            ("Maria", "visited", "nsubj"),
            ("Lopez", "Maria", "flat"),
            (",", "minister", "punct"),
            ("the", "minister", "det"),
            ("foreign", "minister", "amod"),
            ("minister", "Maria", "appos"),
            (",", "Maria", "punct"),
            ("visited", "ROOT", "root"),
            ("Lima", "visited", "obj"),
            ("on", "Monday", "case"),
            ("Monday", "visited", "obl"),
            (".", "visited", "punct"),
        ],
    );
    let s = parse("Maria Lopez, the foreign minister, visited Lima on Monday.");
    let syn = Syntax::new(&s);
    let p = syn.predicate(find(&s, "visited"));
    assert_eq!(words(&s, &p.subjects), ["Maria"]);
    assert_eq!(words(&s, &syn.appositions(p.subjects[0])), ["minister"]);
    assert_eq!(syn.subtree(p.subjects[0]), 0..7);
    assert_eq!(p.obliques.len(), 1);
    assert_eq!(s.tokens[p.obliques[0].head].text, "Monday");
    assert_eq!(p.obliques[0].preposition.as_deref(), Some("on"));
}

#[test]
fn reported_speech_with_that_clause_and_modal() {
    check(
        "The spokesman said that the talks would resume in May.",
        &[
            ("The", "spokesman", "det"),
            ("spokesman", "said", "nsubj"),
            ("said", "ROOT", "root"),
            ("that", "resume", "mark"),
            ("the", "talks", "det"),
            ("talks", "resume", "nsubj"),
            ("would", "resume", "aux"),
            ("resume", "said", "ccomp"),
            ("in", "May", "case"),
            ("May", "resume", "obl"),
            (".", "said", "punct"),
        ],
    );
    let s = parse("The spokesman said that the talks would resume in May.");
    let syn = Syntax::new(&s);
    let said = syn.predicate(find(&s, "said"));
    assert_eq!(words(&s, &said.subjects), ["spokesman"]);
    assert_eq!(words(&s, &said.complements), ["resume"]);
    let resume = syn.predicate(find(&s, "resume"));
    assert_eq!(resume.modals, ["would"]);
    assert_eq!(resume.obliques[0].preposition.as_deref(), Some("in"));
}

#[test]
fn reported_speech_after_the_clause() {
    let s = parse("The talks failed, officials said.");
    let syn = Syntax::new(&s);
    let said = syn.predicate(find(&s, "said"));
    assert_eq!(words(&s, &said.subjects), ["officials"]);
    assert_eq!(words(&s, &said.complements), ["failed"]);
}

#[test]
fn negation_by_adverb_and_by_no_on_the_object() {
    let s = parse("The government did not accept the offer.");
    let p = Syntax::new(&s).predicate(find(&s, "accept"));
    assert!(p.negated && !p.object_negated);
    assert_eq!(words(&s, &p.subjects), ["government"]);
    assert!(p.modals.is_empty(), "do is not a modal: {:?}", p.modals);

    let s = parse("The president never visited Cuba.");
    assert!(Syntax::new(&s).predicate(find(&s, "visited")).negated);

    let s = parse("The rebels signed no agreement.");
    let p = Syntax::new(&s).predicate(find(&s, "signed"));
    assert!(p.negated && p.object_negated);

    let s = parse("The army withdrew from the border.");
    let p = Syntax::new(&s).predicate(find(&s, "withdrew"));
    assert!(!p.negated);
    assert_eq!(p.obliques[0].preposition.as_deref(), Some("from"));
}

#[test]
fn modals_are_attached_to_the_predicate() {
    let s = parse("The rebels may attack the town.");
    let p = Syntax::new(&s).predicate(find(&s, "attack"));
    assert_eq!(p.modals, ["may"]);
    assert_eq!(words(&s, &p.objects), ["town"]);

    let s = parse("Ministers will meet next week.");
    assert_eq!(Syntax::new(&s).predicate(find(&s, "meet")).modals, ["will"]);
}

#[test]
fn particle_verbs_keep_their_subtype() {
    let s = parse("Prices went up sharply.");
    let up = find(&s, "up");
    assert_eq!(s.tokens[up].deprel, "compound:prt");
    assert_eq!(s.tokens[up].head as usize, find(&s, "went") + 1);
}

#[test]
fn xcomp_predicate_inherits_subject_and_names_its_governor() {
    check(
        "The government plans to raise taxes.",
        &[
            ("The", "government", "det"),
            ("government", "plans", "nsubj"),
            ("plans", "ROOT", "root"),
            ("to", "raise", "mark"),
            ("raise", "plans", "xcomp"),
            ("taxes", "raise", "obj"),
            (".", "plans", "punct"),
        ],
    );
    let s = parse("The government plans to raise taxes.");
    let p = Syntax::new(&s).predicate(find(&s, "raise"));
    assert_eq!(words(&s, &p.subjects), ["government"]);
    assert_eq!(p.governors, ["plan"]);
    assert_eq!(words(&s, &p.objects), ["taxes"]);
}

#[test]
fn indirect_object_and_passive_with_time_oblique() {
    let s = parse("The ministry sent them a letter.");
    let p = Syntax::new(&s).predicate(find(&s, "sent"));
    assert_eq!(words(&s, &p.indirect_objects), ["them"]);
    assert_eq!(words(&s, &p.objects), ["letter"]);

    let s = parse("Two soldiers were killed by a mine on Sunday.");
    let p = Syntax::new(&s).predicate(find(&s, "killed"));
    assert!(p.passive);
    assert_eq!(words(&s, &p.subjects), ["soldiers"]);
    assert_eq!(words(&s, &p.agents), ["mine"]);
    assert_eq!(p.obliques.len(), 1);
    assert_eq!(p.obliques[0].preposition.as_deref(), Some("on"));
}
