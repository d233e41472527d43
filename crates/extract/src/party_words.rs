//! The party vocabulary: the words that make an organisation's name a party's or a political
//! grouping's. One base list serves every reader; a reader that needs more words names the
//! extra ones it takes and why, so that the lists cannot drift apart unnoticed.

use crate::doc::Doc;

/// Words that make a name a party's wherever they are read: "the Popular Renewal party",
/// "the Takku Wallu coalition". `names` reads these lower-case right after a name, where an
/// "alliance" or a "league" is as often a military pact's or a sports body's ("the NATO
/// alliance", "the Premier League").
pub(crate) const BASE: [&str; 4] = ["party", "movement", "coalition", "front"];

/// The body a legislator sits for ("a senator from the ruling Y Alliance"): next to a
/// legislator's title an alliance can only be an electoral one.
pub(crate) const SEAT: [&str; 5] = with(BASE, ["alliance"]);

/// The body a person is a member of or an organisation calls itself ("a member of the X
/// League"): membership of a league of parties is as political as of an alliance.
pub(crate) const MEMBERSHIP: [&str; 6] = with(SEAT, ["league"]);

/// The last word of a party's name that "the party" may stand for ("the African National
/// Congress"): a coalition is several parties, never the one "the party" names, and
/// "Congress" is the party word of many countries' oldest parties.
pub(crate) fn ends_party_name(w: &str) -> bool {
    w == "congress" || w != "coalition" && MEMBERSHIP.contains(&w)
}

/// Where the words that tell which parties the word "parties" at token `i` of sentence `s`
/// names start ("opposition parties", "banned political parties", "Sabah-based parties",
/// "three opposition parties", "Loyalist parties" opening a sentence), else `i`. Parties so
/// described are a group the story names by the whole phrase, not the two sides of its
/// dispute that a bare "the parties" stands for.
pub(crate) fn kind_start(doc: &Doc, s: usize, i: usize) -> usize {
    let first = doc.sents.get(s).map_or(i, |t| t.toks.start);
    if doc.lower(i) != "parties" {
        return i;
    }
    let mut m = i;
    while m > first && i - m < 2 && kind_word(doc, m - 1, m - 1 == first) {
        m -= 1;
    }
    // "three opposition parties": the count is part of the name, as with any group.
    if m < i && m > first && crate::quantity::count_word(doc.lower(m - 1)) {
        m -= 1;
    }
    m
}

/// Words that say which parties are meant ("opposition parties", "banned political
/// parties"); "-ist" words of a creed ("nationalist", "Loyalist") and "-wing" or "pro-"
/// compounds are read by their form.
const KINDS: [&str; 15] = [
    "opposition",
    "political",
    "banned",
    "ruling",
    "major",
    "minor",
    "rival",
    "coalition",
    "governing",
    "religious",
    "regional",
    "ethnic",
    "parliamentary",
    "mainstream",
    "centrist",
];

/// Whether token `k` describes a kind of party: a word of [`KINDS`] or of a creed, lower
/// case or capitalised to open the sentence, or a place's "-based" ("Sabah-based").
fn kind_word(doc: &Doc, k: usize, opens: bool) -> bool {
    let w = doc.lower(k);
    let capital = doc.word(k).starts_with(char::is_uppercase);
    if w.ends_with("-based") && capital {
        return true;
    }
    let kind = KINDS.contains(&w)
        || w.len() > 5 && w.ends_with("ist")
        || w.ends_with("-wing")
        || w.starts_with("centre-")
        || w.starts_with("pro-")
        || w.starts_with("anti-");
    doc.is_word(k) && kind && (!capital || opens)
}

/// `base` followed by `extra`, at compile time.
const fn with<const N: usize, const M: usize, const T: usize>(
    base: [&'static str; N],
    extra: [&'static str; M],
) -> [&'static str; T] {
    assert!(N + M == T, "the joined list must hold both lists");
    let mut out = [""; T];
    let mut i = 0;
    while i < N {
        out[i] = base[i];
        i += 1;
    }
    while i < T {
        out[i] = extra[i - N];
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_use_extends_the_base() {
        assert_eq!(
            SEAT,
            ["party", "movement", "coalition", "front", "alliance"]
        );
        assert!(MEMBERSHIP.ends_with(&["alliance", "league"]));
        assert!(BASE.iter().all(|w| MEMBERSHIP.contains(w)));
        assert!(!BASE.contains(&"league") && !SEAT.contains(&"league"));
        assert!(ends_party_name("congress") && ends_party_name("league"));
        assert!(!ends_party_name("coalition") && !ends_party_name("union"));
    }
}
