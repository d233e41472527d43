/// The lookup key of a name or phrase: lower case, typographic apostrophes and dashes made
/// plain, runs of white space collapsed to one space, trimmed. Every lookup of [`crate::Lexicon`]
/// normalises its argument this way, so callers may pass text as it stands in an article.
///
/// ```
/// assert_eq!(newsgraph_lexicon::key("  Press\tSecretary’s "), "press secretary's");
/// ```
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' => out.push('\''),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// True when a name is written as an acronym ("UK", "U.S."): such a name only matches text
/// written the same way, so that "us" or "It" never read as countries.
pub fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_space_and_quote_style() {
        assert_eq!(key("Guinea\u{2011}Bissau"), "guinea-bissau");
        assert_eq!(key("Merkel\u{2019}s"), "merkel's");
        assert_eq!(key(""), "");
    }

    #[test]
    fn acronyms_are_short_and_all_capitals() {
        assert!(is_acronym("U.S."));
        assert!(is_acronym("UK"));
        assert!(!is_acronym("Uk"));
        assert!(!is_acronym("Soviet Union"));
    }
}
