//! Rule-based tokenizer and sentence splitter for news text.
//!
//! Tokens follow Universal Dependencies (EWT) conventions: clitics split off (`Norway's` →
//! `Norway` `'s`, `don't` → `do` `n't`), punctuation separate, abbreviations, initials,
//! numbers, hyphenated words, URLs, e-mail addresses and hashtags kept whole. Every token is a
//! byte range of the input, so offsets are exact by construction.

use std::ops::Range;

/// Abbreviations that keep their final period. Matched on the exact form and on its
/// lower-cased form, so `Gen.` and `gen.` both count.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "gov", "sen", "rep", "reps", "pres", "rev", "hon", "st", "sr", "jr", "messrs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "ltd", "co", "bros",
    "dept", "univ", "assn", "est", "approx", "vs", "etc", "cf", "al", "fig", "figs", "vol", "vols",
    "ed", "eds", "pp", "ave", "blvd", "rd", "mt", "ft", "ariz", "calif", "colo", "conn", "fla",
    "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
    "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    "no", "nos", "tel", "ext", "min", "max", "mln", "bln", "excl", "incl", "pct",
];

/// Abbreviations that often end a sentence too ("... in the U.S. The ...").
const FINAL_ABBREVIATIONS: &[&str] = &[
    "inc.", "corp.", "ltd.", "co.", "etc.", "jr.", "sr.", "bros.", "u.s.", "u.k.", "u.n.", "a.m.",
    "p.m.", "d.c.", "e.u.",
];

/// Words that commonly open a sentence; used after an ambiguous abbreviation only.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "If",
    "When",
    "While",
    "However",
    "Meanwhile",
    "According",
    "Some",
    "Many",
    "Most",
    "No",
    "Not",
    "So",
    "Yet",
    "Also",
];

const OPENERS: &[char] = &[
    '"', '“', '‘', '«', '(', '[', '{', '<', '„', '‚', '¿', '¡', '*',
];
const CLOSERS: &[char] = &[
    '"', '”', '’', '»', ')', ']', '}', '>', ',', ';', ':', '!', '?', '%', '/', '*',
];
const DASHES: &[char] = &['—', '–', '―', '‒'];
const CLITICS: &[&str] = &[
    "'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m",
];

fn is_abbreviation(stem: &str) -> bool {
    let mut chars = stem.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic(); // an initial: "J."
    }
    if stem.contains('.')
        && stem.split('.').all(|seg| {
            (1..=2).contains(&seg.chars().count()) && seg.chars().all(char::is_alphabetic)
        })
    {
        return true; // "U.S", "e.g", "Ph.D"
    }
    let lower = stem.to_lowercase();
    if lower == "no" || lower == "nos" {
        // "No. 5" abbreviates, "said no." does not.
        return stem.starts_with('N');
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_url(s: &str) -> bool {
    let has =
        |p: &str| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    has("http://") || has("https://") || has("ftp://") || (has("www.") && s.len() > 4)
}

fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((user, host)) => {
            !user.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && user
                    .chars()
                    .all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        }
        None => false,
    }
}

fn is_tag(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some('#') | Some('@'))
        && c.next().is_some_and(|x| x.is_alphabetic() || x == '_')
}

/// Splits text into tokens; returns byte ranges into `text`.
pub fn tokenize(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                chunk(text, s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        chunk(text, s, text.len(), &mut out);
    }
    out
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// Symbols whose repeats form one token ("!!", "?!", "***", ">>", "----").
const RUN_SYMBOLS: &str = "!?.*<>=~-_#+";

/// Byte length of the run of repeated symbols opening `s` (of any of `!?.` mixed, since
/// "?!" and ".?" are single tokens in UD English), or 0.
fn run_start(s: &str) -> usize {
    let Some(c) = first_char(s) else { return 0 };
    if !RUN_SYMBOLS.contains(c) {
        return 0;
    }
    let same = |x: char| x == c || ("!?.".contains(c) && "!?.".contains(x));
    s.len() - s.trim_start_matches(same).len()
}

fn run_end(s: &str) -> usize {
    let Some(c) = last_char(s) else { return 0 };
    if !RUN_SYMBOLS.contains(c) {
        return 0;
    }
    let same = |x: char| x == c || ("!?.".contains(c) && "!?.".contains(x));
    s.len() - s.trim_end_matches(same).len()
}

/// Emoticons kept as one token.
fn is_emoticon(s: &str) -> bool {
    matches!(
        s,
        ":)" | ":-)"
            | ":("
            | ":-("
            | ";)"
            | ";-)"
            | ":D"
            | ":-D"
            | ":P"
            | ":-P"
            | ":p"
            | ":/"
            | ":-/"
            | "<3"
            | ":')"
            | "=)"
            | "^^"
            | "^_^"
            | "xD"
            | "XD"
    )
}

/// Length in bytes of a leading punctuation token of `s`, if any.
fn leading(s: &str) -> Option<usize> {
    let c = first_char(s)?;
    if s.len() == c.len_utf8() || is_emoticon(s) || is_url(s) || is_email(s) {
        return None;
    }
    let run = run_start(s);
    if run == s.len() {
        return None; // "!!", ">>", "***" stay whole
    }
    if run > 1 && c != '-' {
        return Some(run);
    }
    let rest = &s[c.len_utf8()..];
    if s.starts_with("...") {
        return Some(s.len() - s.trim_start_matches('.').len());
    }
    if s.starts_with("--") {
        return Some(s.len() - s.trim_start_matches('-').len());
    }
    let next = first_char(rest)?;
    let peel = OPENERS.contains(&c)
        || DASHES.contains(&c)
        || (c == '\'' && !next.is_ascii_digit())
        || (c == '/' && !rest.starts_with('/'))
        || (c == '-' && !next.is_ascii_digit())
        || ("$£€¥".contains(c) && next.is_ascii_digit())
        || (matches!(c, '#' | '@') && !next.is_alphabetic() && next != '_')
        || (c == '>' && next.is_ascii_digit())
        || ((c == ':' || c == ';' || c == ',') && next.is_alphanumeric());
    peel.then_some(c.len_utf8())
}

/// Length in bytes of a trailing punctuation token of `s`, if any.
fn trailing(s: &str) -> Option<usize> {
    let c = last_char(s)?;
    if s.len() == c.len_utf8() || is_emoticon(s) {
        return None;
    }
    let run = run_end(s);
    if run == s.len() {
        return None;
    }
    if run > 1 {
        return Some(run);
    }
    let stem = &s[..s.len() - c.len_utf8()];
    if s.ends_with("...") {
        return Some(s.len() - s.trim_end_matches('.').len());
    }
    if s.ends_with("--") {
        return Some(s.len() - s.trim_end_matches('-').len());
    }
    if c == '.' {
        if is_abbreviation(stem) {
            return None;
        }
        return Some(1);
    }
    if c == '\'' || c == '’' {
        // A closing quote, or the possessive of a plural ("states'"): both split off.
        return Some(c.len_utf8());
    }
    if CLOSERS.contains(&c) || DASHES.contains(&c) || c == '-' {
        if c == '/' && is_url(s) {
            return None;
        }
        return Some(c.len_utf8());
    }
    None
}

fn chunk(text: &str, a: usize, b: usize, out: &mut Vec<Range<usize>>) {
    let (mut lo, mut hi) = (a, b);
    let mut tail = Vec::new();
    loop {
        let cur = &text[lo..hi];
        if cur.is_empty() {
            break;
        }
        if let Some(n) = leading(cur) {
            out.push(lo..lo + n);
            lo += n;
            continue;
        }
        // "No. 5" abbreviates "number"; "said No." ends a sentence.
        if hi == b && cur == "No." {
            let next = text[b..].trim_start().chars().next();
            if !next.is_some_and(|c| c.is_ascii_digit()) {
                tail.push(hi - 1..hi);
                hi -= 1;
                continue;
            }
        }
        if let Some(n) = trailing(cur) {
            tail.push(hi - n..hi);
            hi -= n;
            continue;
        }
        break;
    }
    if lo < hi {
        middle(text, lo, hi, out);
    }
    out.extend(tail.into_iter().rev());
}

/// Splits a chunk stripped of outer punctuation: inner dashes and ellipses, glued commas,
/// clitics.
fn middle(text: &str, a: usize, b: usize, out: &mut Vec<Range<usize>>) {
    let s = &text[a..b];
    if is_url(s) || is_email(s) || is_tag(s) || is_emoticon(s) {
        out.push(a..b);
        return;
    }
    // Inner separators: split around them and tokenise both sides again.
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        let rest = &s[i..];
        let sep_len = if DASHES.contains(&c) {
            c.len_utf8()
        } else if rest.starts_with("...") || rest.starts_with("--") {
            rest.len() - rest.trim_start_matches(c).len()
        } else if c == '/' {
            // "and/or", "East/West" split; "1/2", "b/c" and "w/o" do not.
            let word = |t: &str| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic);
            usize::from(
                word(&s[..i])
                    && rest[1..].chars().take(2).all(char::is_alphabetic)
                    && rest.len() > 2,
            )
        } else if c == ',' || c == ';' {
            let next = first_char(&rest[1..]);
            let digits = prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            if prev.is_some() && next.is_some() && !digits {
                1
            } else {
                0
            }
        } else {
            0
        };
        if sep_len > 0 && i > 0 && i + sep_len < s.len() {
            chunk(text, a, a + i, out);
            out.push(a + i..a + i + sep_len);
            chunk(text, a + i + sep_len, b, out);
            return;
        }
        prev = Some(c);
    }
    let lower = s.to_lowercase();
    if s.len() > 3 && (lower.ends_with("n't") || lower.ends_with("n’t")) {
        let cut = s.len() - if lower.ends_with("n't") { 3 } else { 5 };
        out.push(a..a + cut);
        out.push(a + cut..b);
        return;
    }
    if lower == "cannot" || lower == "gonna" || lower == "wanna" || lower == "gotta" {
        out.push(a..a + 3);
        out.push(a + 3..b);
        return;
    }
    for cl in CLITICS {
        if s.len() > cl.len() && lower.ends_with(cl) {
            let cut = b - cl.len();
            out.push(a..cut);
            out.push(cut..b);
            return;
        }
    }
    out.push(a..b);
}

fn is_terminal(tok: &str) -> bool {
    !tok.is_empty() && tok.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_closing(tok: &str) -> bool {
    matches!(tok, "\"" | "”" | "’" | "'" | ")" | "]" | "}" | "»")
}

fn starts_sentence(tok: &str) -> bool {
    first_char(tok).is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(&c) || DASHES.contains(&c)
    })
}

/// Groups tokens into sentences; returns ranges of token indices.
pub fn split_sentences(text: &str, tokens: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let tok = &text[tokens[i].clone()];
        let mut end_here = false;
        let mut last = i;
        if is_terminal(tok) {
            // Closing quotes and brackets glued to the terminal belong to this sentence; a
            // straight quote after a space opens the next one.
            while last + 1 < tokens.len()
                && tokens[last + 1].start == tokens[last].end
                && is_closing(&text[tokens[last + 1].clone()])
            {
                last += 1;
            }
            // A citation mark after the period ("... in 1805. [19]") belongs to this sentence.
            if last + 3 < tokens.len()
                && &text[tokens[last + 1].clone()] == "["
                && text[tokens[last + 2].clone()]
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && &text[tokens[last + 3].clone()] == "]"
            {
                last += 3;
            }
            end_here = match tokens.get(last + 1) {
                None => true,
                Some(next) => starts_sentence(&text[next.clone()]),
            };
        } else if tok.ends_with('.') && FINAL_ABBREVIATIONS.contains(&tok.to_lowercase().as_str()) {
            end_here = tokens
                .get(i + 1)
                .is_some_and(|n| SENTENCE_STARTERS.contains(&&text[n.clone()]));
        }
        if !end_here {
            if let Some(next) = tokens.get(i + 1) {
                let gap = &text[tokens[i].end..next.start];
                let newlines = gap.matches('\n').count();
                let prev_lower_word =
                    tok.chars().all(char::is_alphanumeric) && tok.chars().any(char::is_lowercase);
                let next_tok = &text[next.clone()];
                if newlines >= 2
                    || (newlines == 1
                        && starts_sentence(next_tok)
                        && !prev_lower_word
                        && !matches!(tok, "," | "-" | ":" | ";"))
                {
                    end_here = true;
                }
            }
        }
        if end_here {
            out.push(start..last + 1);
            start = last + 1;
        }
        i = last + 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}
