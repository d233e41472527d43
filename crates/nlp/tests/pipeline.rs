//! The embedded model on sentences we wrote: tags, lemmas and offsets.

use newsgraph_nlp::{Pipeline, Token};

fn find<'a>(tokens: &'a [Token], text: &str) -> &'a Token {
    tokens.iter().find(|t| t.text == text).unwrap()
}

#[test]
fn tags_and_lemmatizes_a_news_sentence() {
    let p = Pipeline::default();
    let doc = p.analyze("The foreign ministers met in Baku on Tuesday and signed two agreements.");
    assert_eq!(doc.sentences.len(), 1);
    let t = &doc.sentences[0].tokens;
    assert_eq!(
        (find(t, "The").upos.as_str(), find(t, "The").xpos.as_str()),
        ("DET", "DT")
    );
    assert_eq!(find(t, "ministers").upos, "NOUN");
    assert_eq!(find(t, "ministers").xpos, "NNS");
    assert_eq!(find(t, "ministers").lemma, "minister");
    assert_eq!(find(t, "met").upos, "VERB");
    assert_eq!(find(t, "met").lemma, "meet");
    assert_eq!(find(t, "Baku").upos, "PROPN");
    assert_eq!(find(t, "signed").lemma, "sign");
    assert_eq!(find(t, "agreements").lemma, "agreement");
    assert_eq!(find(t, "two").upos, "NUM");
    assert_eq!(find(t, ".").upos, "PUNCT");
}

#[test]
fn clitics_get_their_own_tags() {
    let doc = Pipeline::default().analyze("The envoy's aides didn't attend.");
    let t = &doc.sentences[0].tokens;
    assert_eq!(find(t, "'s").xpos, "POS");
    assert_eq!(find(t, "did").lemma, "do");
    assert_eq!(find(t, "n't").lemma, "not");
}

#[test]
fn char_offsets_count_code_points_and_bytes_index_the_text() {
    let text = "Señora Núñez visited Zürich. Then she left.";
    let doc = Pipeline::default().analyze(text);
    assert_eq!(doc.sentences.len(), 2);
    let chars: Vec<char> = text.chars().collect();
    for s in &doc.sentences {
        for t in &s.tokens {
            assert_eq!(&text[t.byte_start..t.byte_end], t.text);
            let by_chars: String = chars[t.char_start..t.char_end].iter().collect();
            assert_eq!(by_chars, t.text);
        }
    }
    let zurich = find(&doc.sentences[0].tokens, "Zürich");
    assert_eq!((zurich.char_start, zurich.char_end), (21, 27));
    assert_eq!(
        &text[doc.sentences[1].span_bytes.0..doc.sentences[1].span_bytes.1],
        "Then she left."
    );
}

#[test]
fn empty_and_blank_text_give_no_sentences() {
    assert!(Pipeline::default().analyze("").sentences.is_empty());
    assert!(Pipeline::default().analyze(" \n\t ").sentences.is_empty());
}

#[test]
fn odd_input_is_analysed_without_panicking() {
    let p = Pipeline::default();
    let names = newsgraph_nlp::ner::NameTagger::default();
    for text in [
        "...",
        "''",
        "U.S..",
        "\u{200b}",
        "e\u{301}",
        "🙂 🙂",
        "A.",
        "—Vienna—",
        "x".repeat(5000).as_str(),
        "Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris",
    ] {
        let doc = p.analyze(text);
        for s in &doc.sentences {
            assert!(!s.tokens.is_empty());
            for n in names.tag(s) {
                assert!(n.tokens.end <= s.tokens.len());
            }
        }
    }
}
