//! The extractor never panics and always returns a valid graph, whatever the text.

use newsgraph_extract::Extractor;
use newsgraph_model::Article;

fn check(text: &str) -> usize {
    let a = Article {
        id: "x".into(),
        title: None,
        source: None,
        url: None,
        published: Some("2020-02-29".parse().unwrap()),
        dateline: None,
        text: text.into(),
    };
    let g = Extractor::new().extract(&a);
    g.validate().unwrap();
    g.sentences.len()
}

#[test]
fn empty_and_punctuation_only_texts_give_empty_graphs() {
    assert_eq!(check(""), 0);
    assert_eq!(check("   \n\n\t "), 0);
    assert_eq!(check("?!... --- ;; \"\" '' ()"), 0);
}

#[test]
fn odd_unicode_is_read_without_panic() {
    let texts = [
        "Cafe\u{301} Chile\u{301} accused Peru\u{308}. \u{200F}\u{202E}Peru denied\u{202C}.",
        "الرئيس قال إن Chile attacked Peru. 🇨🇱🔥 Peru 👍 accused Chile!!!",
        "\u{FEFF}Ana Lind\u{0000} said \u{FFFD}\u{FFFD} that Chile's' ' 's 's",
        "«Chile» — accused — «Peru» … „yes“ ‚no‘",
        "\"Unclosed quote. Chile accused Peru. Peru denied it.",
        "LIMA, March",
        "LIMA, March 99. /X/.",
        "a\u{0301}\u{0301}\u{0301} Ä̈̈ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﬁ ß",
    ];
    for t in texts {
        check(t);
    }
}

#[test]
fn huge_texts_and_one_very_long_sentence_finish() {
    let words = [
        "Chile", "accused", "Peru", "of", "shelling", "and", "Ana", "Lind", "met", "Ola", "Berg",
        "in", "Lima",
    ];
    let long: Vec<&str> = (0..10_000).map(|i| words[i % words.len()]).collect();
    check(&long.join(" "));
    let many = "Chile accused Peru of shelling on Monday. ".repeat(2_000);
    assert_eq!(check(&many), 2_000);
}
