//! Tokenisation and sentence splitting of news text, on sentences we wrote.

use newsgraph_nlp::tokenize::{split_sentences, tokenize};

fn toks(text: &str) -> Vec<&str> {
    tokenize(text).into_iter().map(|r| &text[r]).collect()
}

fn sentences(text: &str) -> Vec<String> {
    let t = tokenize(text);
    split_sentences(text, &t)
        .into_iter()
        .map(|r| text[t[r.start].start..t[r.end - 1].end].to_string())
        .collect()
}

#[test]
fn abbreviations_and_initials_keep_their_period() {
    assert_eq!(
        toks("Gen. J. R. Ortiz and Mr. Lee flew to the U.S. on Jan. 5."),
        [
            "Gen.", "J.", "R.", "Ortiz", "and", "Mr.", "Lee", "flew", "to", "the", "U.S.", "on",
            "Jan.", "5", "."
        ]
    );
}

#[test]
fn numbers_dates_and_percentages() {
    assert_eq!(
        toks("Some 30,000 troops left in the 1990s; costs rose 4.5% to $12.5 million."),
        [
            "Some", "30,000", "troops", "left", "in", "the", "1990s", ";", "costs", "rose", "4.5",
            "%", "to", "$", "12.5", "million", "."
        ]
    );
}

#[test]
fn hyphenated_names_stay_whole_and_clitics_split() {
    assert_eq!(
        toks(
            "The Qatari-brokered truce in Bosnia-Herzegovina is Norway's, and they don't deny it."
        ),
        [
            "The",
            "Qatari-brokered",
            "truce",
            "in",
            "Bosnia-Herzegovina",
            "is",
            "Norway",
            "'s",
            ",",
            "and",
            "they",
            "do",
            "n't",
            "deny",
            "it",
            "."
        ]
    );
    assert_eq!(
        toks("We can't, we won't, we'll see."),
        ["We", "ca", "n't", ",", "we", "wo", "n't", ",", "we", "'ll", "see", "."]
    );
    assert_eq!(
        toks("the ministers' plan"),
        ["the", "ministers", "'", "plan"]
    );
}

#[test]
fn quotes_dashes_and_curly_apostrophes() {
    assert_eq!(
        toks("“It’s over”—he said \"never\" -- twice."),
        [
            "“", "It", "’s", "over", "”", "—", "he", "said", "\"", "never", "\"", "--", "twice",
            "."
        ]
    );
}

#[test]
fn wire_datelines_and_credits() {
    assert_eq!(
        toks("KYIV, March 2. /UNIAN/. Officials met."),
        [
            "KYIV",
            ",",
            "March",
            "2",
            ".",
            "/",
            "UNIAN",
            "/",
            ".",
            "Officials",
            "met",
            "."
        ]
    );
    assert_eq!(
        toks("LONDON (Reuters) - Ministers met."),
        ["LONDON", "(", "Reuters", ")", "-", "Ministers", "met", "."]
    );
}

#[test]
fn urls_emails_and_hashtags_are_single_tokens() {
    assert_eq!(
        toks("See https://example.org/a?b=1. Mail desk@example.com, tag #ceasefire or @press_office!"),
        ["See", "https://example.org/a?b=1", ".", "Mail", "desk@example.com", ",", "tag", "#ceasefire", "or", "@press_office", "!"]
    );
}

#[test]
fn offsets_are_exact_bytes_of_the_input() {
    let text = "Zürich’s mayor — “no comment.”";
    let spans = tokenize(text);
    let words: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(
        words,
        ["Zürich", "’s", "mayor", "—", "“", "no", "comment", ".", "”"]
    );
    assert_eq!(spans[1], 7..11);
}

#[test]
fn sentences_split_on_terminal_punctuation_not_on_abbreviations() {
    assert_eq!(
        sentences("Mr. Ortiz met Gen. Ruiz. \"We agreed,\" he said! Was it late? Yes."),
        [
            "Mr. Ortiz met Gen. Ruiz.",
            "\"We agreed,\" he said!",
            "Was it late?",
            "Yes."
        ]
    );
    assert_eq!(
        sentences("MINSK, May 9. /BELTA/. The talks ended in the U.S. The envoy left."),
        [
            "MINSK, May 9. /BELTA/.",
            "The talks ended in the U.S.",
            "The envoy left."
        ]
    );
}

#[test]
fn no_abbreviates_only_before_a_number_and_citations_stay_attached() {
    assert_eq!(
        toks("Resolution No. 5 passed"),
        ["Resolution", "No.", "5", "passed"]
    );
    assert_eq!(
        sentences("Did he agree? No. He left in 1805. [12] Then he returned."),
        [
            "Did he agree?",
            "No.",
            "He left in 1805. [12]",
            "Then he returned."
        ]
    );
}

#[test]
fn paragraph_breaks_end_sentences() {
    assert_eq!(
        sentences("Truce Holds In The North\n\nThe ceasefire held overnight"),
        ["Truce Holds In The North", "The ceasefire held overnight"]
    );
}

/// Tokens are non-empty, in order, non-overlapping, on char boundaries, and together cover
/// every non-whitespace character; sentences partition the tokens.
fn check_invariants(text: &str) {
    let spans = tokenize(text);
    let mut last = 0;
    for r in &spans {
        assert!(r.start < r.end, "{text:?}: empty token {r:?}");
        assert!(r.start >= last, "{text:?}: overlap at {r:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(
            text[last..r.start].chars().all(char::is_whitespace),
            "{text:?}: gap {last}..{}",
            r.start
        );
        assert!(
            !text[r.clone()].chars().any(char::is_whitespace),
            "{text:?}: {r:?}"
        );
        last = r.end;
    }
    assert!(text[last..].chars().all(char::is_whitespace));
    let sents = split_sentences(text, &spans);
    let mut next = 0;
    for s in &sents {
        assert_eq!(s.start, next);
        assert!(s.end > s.start);
        next = s.end;
    }
    assert_eq!(next, spans.len());
}

#[test]
fn odd_input_never_breaks_the_invariants() {
    for text in [
        "",
        " ",
        "\n\n",
        ".",
        "...",
        "--",
        "'",
        "\"",
        "''",
        "U.S..",
        "No.",
        "n't",
        "'s",
        "#",
        "@",
        "(((",
        ")))",
        "a-",
        "-a",
        "—",
        "word—",
        "https://",
        "a@b",
        "x@y.z.",
        ":-)",
        "e\u{301}t\u{e9}",
        "\u{200b}zero\u{200b}width",
        "مرحبا بالعالم.",
        "日本語の文。次",
        "🙂🙂 ok!",
        "Mr.Smith",
        "U.S.A.",
    ] {
        check_invariants(text);
    }
    // Deterministic pseudo-random strings over characters the rules care about.
    let alphabet: Vec<char> = "aZ9 .,;:!?'\"’“”()[]-—–/#@$%&*\n\té😀sS'tn."
        .chars()
        .collect();
    let mut state: u64 = 0x1234_5678;
    for _ in 0..3000 {
        let mut s = String::new();
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = (state % 24) as usize;
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            s.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        check_invariants(&s);
    }
}
