//! The words before a group's name that tell which of its kind it is: "other unions", "all
//! Syrians", "jailed separatist leaders", "the remaining SDF fighters", "two other
//! suspects", "at least 100 more detainees", "54 of the 101 deputies". Analysts name a
//! group with them, as with its count, so each wider form is one of the group's names too;
//! the group and its mentions stay as they are.

use crate::quantity::{count_word, counted_from, words_before};

/// Words that pick some of a kind out ("other unions", "senior officials", "some
/// economists"); "some" before a figure is the count's hedge, which the count step takes first.
const SELECTORS: [&str; 8] = [
    "other", "all", "both", "local", "senior", "former", "fellow", "some",
];

/// Present participles that describe people rather than a deed done to them ("losing
/// candidates", "the ruling party's lawmakers"); elsewhere an "-ing" word before a noun is
/// mostly a verb taking it ("of holding detainees", "killing civilians").
const ING_ADJECTIVES: [&str; 9] = [
    "losing",
    "remaining",
    "ruling",
    "governing",
    "striking",
    "serving",
    "outgoing",
    "warring",
    "visiting",
];

/// Auxiliaries that make an "-ed" word after them a verb ("had detained protesters").
const AUXILIARIES: [&str; 9] = [
    "had", "have", "has", "was", "were", "is", "are", "be", "been",
];

/// Every byte offset where a wider form of the group name starting at `start` begins,
/// nearest first: a selector, a participle or a count before it, in any order.
/// `verb` tells a verb, after which a participle describes the verb's object ("free
/// detained staff").
pub(crate) fn wider_starts(text: &str, start: usize, verb: &dyn Fn(&str) -> bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = start;
    for step in 0..4 {
        // A participle stands right before the noun's own words, never before a count or a
        // selector ("holding at least 100 more detainees" is a deed).
        let next = counted_from(text, at)
            .or_else(|| qualified_from(text, at, step == 0, verb))
            .or_else(|| partitive_from(text, at))
            .or_else(|| collective_from(text, at));
        match next {
            Some(from) if from < at => {
                out.push(from);
                at = from;
            }
            _ => break,
        }
    }
    out
}

/// The offset of the count that takes some of the group named at `start` ("71 of the 126
/// members", "two of his aides"): news copy names the part by the whole phrase.
fn partitive_from(text: &str, start: usize) -> Option<usize> {
    let words = words_before(text, start, 3)?;
    let word = |i: usize| words.get(i).map(|(w, _)| &**w);
    let det = usize::from(matches!(
        word(0),
        Some("the" | "its" | "his" | "her" | "their")
    ));
    // "one of the businessmen" is a person of the group, not a part of it.
    let count = word(det + 1).is_some_and(|w| count_word(w) && w != "one");
    (word(det) == Some("of") && count)
        .then(|| words.get(det + 1).map(|&(_, from)| from))
        .flatten()
}

/// Nouns for a body of people gathered as one ("a coalition of youth groups", "a team of 40
/// doctors", "a crowd of supporters").
const COLLECTIVES: [&str; 8] = [
    "coalition",
    "team",
    "brigade",
    "crowd",
    "group",
    "delegation",
    "contingent",
    "band",
];

/// The offset of "a" in "a crowd of" right before the group named at `start`: news copy
/// names the people by the whole phrase, as analysts do.
fn collective_from(text: &str, start: usize) -> Option<usize> {
    let words = words_before(text, start, 3)?;
    let word = |i: usize| words.get(i).map(|(w, _)| &**w);
    let collective = word(1).is_some_and(|w| COLLECTIVES.contains(&w));
    (word(0) == Some("of") && collective && matches!(word(2), Some("a" | "an")))
        .then(|| words.get(2).map(|&(_, from)| from))
        .flatten()
}

/// The offset of the selector or participle right before `start`, if one is.
fn qualified_from(
    text: &str,
    start: usize,
    participles: bool,
    verb: &dyn Fn(&str) -> bool,
) -> Option<usize> {
    let words = words_before(text, start, 2)?;
    let (w, from) = words.first()?;
    let before = words.get(1).map(|(b, _)| &**b);
    // "100 more detainees": the count before "more" is the group's; the next step takes it.
    let more = w == "more" && before.is_some_and(count_word);
    (SELECTORS.contains(&&**w) || more || participles && participle(text, *from, w, before, verb))
        .then_some(*from)
}

/// Whether the word `w` at `from` is a participle that describes the people after it
/// ("losing candidates", "the release of jailed leaders", "free detained staff") rather
/// than the deed of a subject before it ("soldiers detained protesters", "Kenya jailed
/// activists"), with `before` the word before it.
fn participle(
    text: &str,
    from: usize,
    w: &str,
    before: Option<&str>,
    verb: &dyn Fn(&str) -> bool,
) -> bool {
    let form = text[from..].starts_with(char::is_lowercase)
        && w.len() >= 5
        && w.chars().all(char::is_alphabetic)
        && (w.ends_with("ed") || ING_ADJECTIVES.contains(&w));
    // A word that ends in punctuation closes what came before; a function word or a count
    // opens the noun phrase, as a verb does whose object the phrase is. After any other
    // word the participle is mostly that subject's deed ("the minister congratulated
    // voters").
    let subject = before.is_some_and(|b| {
        AUXILIARIES.contains(&b)
            || !b.ends_with(|c: char| !c.is_alphanumeric())
                && !crate::descriptions::modifier_word(b)
                && !count_word(b)
                && !verb(b)
    });
    form && !subject
}

#[cfg(test)]
mod tests {
    use super::wider_starts;

    fn wider(text: &str, name: &str) -> Vec<String> {
        let at = text.find(name).unwrap_or(0);
        let end = at + name.len();
        let verb = |w: &str| w == "free";
        (wider_starts(text, at, &verb).into_iter())
            .map(|from| text[from..end].to_string())
            .collect()
    }

    #[test]
    fn selectors_participles_and_counts_widen_the_name() {
        assert_eq!(
            wider("It urged other unions to join.", "unions"),
            ["other unions"]
        );
        assert_eq!(
            wider("They held at least 100 more detainees there.", "detainees"),
            ["more detainees", "at least 100 more detainees"]
        );
        assert_eq!(
            wider("It called on losing candidates to accept it.", "candidates"),
            ["losing candidates"]
        );
        assert_eq!(
            wider("It asked them to free detained aid staff.", "aid staff"),
            ["detained aid staff"]
        );
        assert_eq!(
            wider(
                "The motion was backed by 54 of the 101 deputies.",
                "deputies"
            ),
            ["101 deputies", "54 of the 101 deputies"]
        );
        assert_eq!(
            wider("Police raided the homes of two of his aides.", "his aides"),
            ["two of his aides"]
        );
        assert_eq!(
            wider("Police said two other suspects fled.", "suspects"),
            ["other suspects", "two other suspects"]
        );
        assert_eq!(
            wider("They sent a team of 12 nurses.", "nurses"),
            ["12 nurses", "a team of 12 nurses"]
        );
    }

    #[test]
    fn a_deed_before_the_people_is_no_part_of_their_name() {
        assert!(wider("Soldiers detained protesters on Monday.", "protesters").is_empty());
        assert!(wider("Kenya jailed activists on Monday.", "activists").is_empty());
        assert!(wider("The minister congratulated voters.", "voters").is_empty());
        assert!(wider(
            "He spoke, including journalists in the count.",
            "journalists"
        )
        .is_empty());
        assert!(wider("Police had detained protesters there.", "protesters").is_empty());
        assert_eq!(
            wider(
                "It accused them of holding at least 100 more detainees.",
                "detainees"
            ),
            ["more detainees", "at least 100 more detainees"]
        );
    }
}
