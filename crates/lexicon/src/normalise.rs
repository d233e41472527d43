use std::borrow::Cow;

/// The lookup key of a name or phrase: lower case, typographic apostrophes and dashes made
/// plain, cedilla "ş ţ" read as comma-below "ș ț", runs of white space collapsed to one space,
/// trimmed. Every lookup of [`crate::Lexicon`] normalises its argument this way, so callers may
/// pass text as it stands in an article.
///
/// ```
/// assert_eq!(newsgraph_lexicon::key("  Press\tSecretary’s "), "press secretary's");
/// ```
pub fn key(s: &str) -> String {
    if s.is_ascii() {
        ascii_key(s)
    } else {
        general_key(s)
    }
}

/// [`key`] character by character, for any text.
fn general_key(s: &str) -> String {
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
            _ => out.extend(c.to_lowercase().map(fold_look_alike)),
        }
    }
    out
}

/// One letter for each pair that writers and gazetteers use interchangeably: Romanian is
/// written with comma-below "ș ț" but older lists store the cedilla "ş ţ", so an article's
/// "Constanța" and a list's "Constanţa" must meet at one key.
fn fold_look_alike(c: char) -> char {
    match c {
        '\u{015F}' => '\u{0219}',
        '\u{0163}' => '\u{021B}',
        _ => c,
    }
}

/// [`key`] without the allocation when `s` is already a key (lower-case ASCII, single inner
/// spaces), as the lower-cased words extraction looks up mostly are.
pub(crate) fn lookup_key(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let normal = b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.windows(2).any(|w| w == b"  ")
        && b.iter().all(|&c| {
            c.is_ascii()
                && !c.is_ascii_uppercase()
                && c != b'`'
                && (c == b' ' || !c.is_ascii_whitespace())
                && c != 0x0b
        });
    if normal {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(key(s))
    }
}

/// Appends [`key`]`(s)` to `out`: one buffer for many keys instead of a string for each.
pub fn key_into(s: &str, out: &mut String) {
    if !s.is_ascii() {
        out.push_str(&general_key(s));
        return;
    }
    // A word: no space to fold, no quote to change, only letters to lower.
    if !s
        .bytes()
        .any(|b| b.is_ascii_whitespace() || b == 0x0b || b == b'`')
    {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    let mut pending_space = false;
    let mut any = false;
    for &b in s.as_bytes() {
        if b.is_ascii_whitespace() || b == 0x0b {
            pending_space = any;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        any = true;
        out.push(if b == b'`' {
            '\''
        } else {
            char::from(b.to_ascii_lowercase())
        });
    }
}

/// [`key`] for ASCII text, byte by byte: extraction normalises every candidate word and
/// phrase it looks up, and the general path's per-character case mapping was ~5 % of it.
fn ascii_key(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    let mut pending_space = false;
    for &b in s.as_bytes() {
        if b.is_ascii_whitespace() || b == 0x0b {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(b' ');
            pending_space = false;
        }
        out.push(if b == b'`' {
            b'\''
        } else {
            b.to_ascii_lowercase()
        });
    }
    // Only ASCII bytes were pushed.
    String::from_utf8(out).unwrap_or_default()
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
    fn the_ascii_path_agrees_with_the_general_one() {
        for s in [
            "  Press\tSecretary's ",
            "U.S. `Army`",
            "Foreign\u{0b}Minister",
            "a\x0c b\r\nC",
            "",
            "   ",
            "Guinea-Bissau",
        ] {
            assert_eq!(ascii_key(s), general_key(s), "{s:?}");
            let mut buf = String::from("x");
            key_into(s, &mut buf);
            assert_eq!(buf, format!("x{}", key(s)), "{s:?}");
            assert_eq!(lookup_key(s), key(s), "{s:?}");
            assert_eq!(lookup_key(&key(s)), key(s), "{s:?}");
        }
    }

    #[test]
    fn keys_ignore_case_space_and_quote_style() {
        assert_eq!(key("Guinea\u{2011}Bissau"), "guinea-bissau");
        assert_eq!(key("Merkel\u{2019}s"), "merkel's");
        assert_eq!(key(""), "");
    }

    #[test]
    fn keys_read_cedilla_and_comma_below_as_one_letter() {
        assert_eq!(key("Constan\u{021B}a"), key("Constan\u{0163}a"));
        assert_eq!(key("CONSTAN\u{021A}A"), key("Constan\u{0162}a"));
        assert_eq!(key("Bra\u{0219}ov"), key("Bra\u{015F}ov"));
        assert_eq!(key("Ia\u{0218}i"), key("ia\u{015E}i"));
        assert_ne!(key("Constan\u{021B}a"), key("Constanta"));
    }

    #[test]
    fn acronyms_are_short_and_all_capitals() {
        assert!(is_acronym("U.S."));
        assert!(is_acronym("UK"));
        assert!(!is_acronym("Uk"));
        assert!(!is_acronym("Soviet Union"));
    }
}
