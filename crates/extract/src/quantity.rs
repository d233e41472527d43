//! The count written before a group's name: "four Armenian detainees", "about 2,000
//! farmers", "hundreds of farmers", "About 1.5 million Burkinabe". Analysts name a group by
//! its counted form, so that form is one of the group's names too; the group itself and its
//! mentions stay as they are.

use std::borrow::Cow;

/// Words that only tell how many.
const NUMBER_WORDS: [&str; 29] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "several",
    "few",
];

/// Currencies, whose nationality adjective ("Australian dollars") or issuer's initials ("CFA
/// francs") name only the money.
pub(crate) const MONEY: [&str; 14] = [
    "dollar", "euro", "pound", "franc", "rupee", "peso", "shilling", "dinar", "rand", "yuan",
    "yen", "riyal", "naira", "rouble",
];

/// "2 million", "1.5 billion", "three hundred".
const SCALES: [&str; 5] = ["dozen", "hundred", "thousand", "million", "billion"];

/// "hundreds of farmers", "tens of thousands of people".
const PLURAL_SCALES: [&str; 6] = [
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "tens",
];

/// How sure the count is: "about", "nearly", "more than".
const APPROXIMATE: [&str; 9] = [
    "about",
    "some",
    "nearly",
    "almost",
    "around",
    "roughly",
    "approximately",
    "over",
    "estimated",
];

/// Two-word ones: "more than", "at least", "up to".
const APPROXIMATE_PAIRS: [(&str, &str); 6] = [
    ("more", "than"),
    ("at", "least"),
    ("fewer", "than"),
    ("less", "than"),
    ("up", "to"),
    ("an", "estimated"),
];

/// The byte offset where a count written right before `start` begins, if one is.
pub(crate) fn counted_from(text: &str, start: usize) -> Option<usize> {
    // A word that carries punctuation ("said," or "(four") ends the count, since a count
    // is written plain.
    let words = words_before(text, start, 6)?;
    let word = |i: usize| words.get(i).map(|(w, _)| &**w);
    let mut i = 0;
    if word(0) == Some("of") {
        // "hundreds of", "tens of thousands of"
        if !word(1).is_some_and(|w| PLURAL_SCALES.contains(&w) && w != "tens") {
            return None;
        }
        i = 2;
        if word(2) == Some("of") && word(3) == Some("tens") {
            i = 4;
        }
    } else {
        let mut scales = 0;
        while word(i).is_some_and(|w| SCALES.contains(&w)) {
            i += 1;
            scales += 1;
        }
        match word(i) {
            Some(w) if is_figure(w) || NUMBER_WORDS.contains(&w) => i += 1,
            // "a dozen", "a few", "a hundred"
            Some("a") if scales > 0 => i += 1,
            _ => return None,
        }
        if word(i - 1) == Some("few") && word(i) == Some("a") {
            i += 1;
        }
        // A year is a date, not a count: "in 2019 farmers".
        if i == 1 && scales == 0 && word(0).is_some_and(looks_like_year) {
            return None;
        }
    }
    // "handed over 112 men", "turned over 30 suspects": the verb's particle, not a hedge.
    let particle = word(i) == Some("over")
        && word(i + 1).is_some_and(|w| {
            matches!(
                w,
                "handed" | "hand" | "hands" | "handing" | "turned" | "turn" | "turns" | "turning"
            )
        });
    if word(i).is_some_and(|w| APPROXIMATE.contains(&w)) && !particle {
        i += 1;
        if word(i - 1) == Some("estimated") && word(i) == Some("an") {
            i += 1;
        }
    } else if let (Some(a), Some(b)) = (word(i + 1), word(i)) {
        if APPROXIMATE_PAIRS.contains(&(a, b)) {
            i += 2;
        }
    }
    words.get(i - 1).map(|&(_, from)| from)
}

/// The name `name` without the hedge it opens with ("300 farmers" of "about 300 farmers",
/// "40 people" of "at least 40 people"): analysts name a counted group with the hedge or
/// without it, as often one way as the other.
pub(crate) fn unhedged(name: &str) -> Option<&str> {
    let lower = name.to_lowercase();
    let mut words = lower.split(' ');
    let first = words.next()?;
    let skip = if APPROXIMATE.contains(&first) && first != "estimated" {
        1
    } else {
        let second = words.next()?;
        usize::from(APPROXIMATE_PAIRS.contains(&(first, second)) && first != "an") * 2
    };
    if skip == 0 {
        return None;
    }
    let rest = name.splitn(skip + 1, ' ').nth(skip)?;
    let count = rest.split(' ').next()?.to_lowercase();
    // Only a count may follow ("some 40 people", not "some protesters").
    (count_word(&count) && rest.contains(' ')).then_some(rest)
}

/// Up to `most` words before byte `start`, last first, lower-cased, each with the offset it
/// starts at; the walk stops at the start of the text or at a word not followed by a space.
/// A word already in lower case is borrowed from the text: asked at every mention by several
/// steps, most of the words before one are, and a new string for each was most of the walk.
pub(crate) fn words_before(
    text: &str,
    start: usize,
    most: usize,
) -> Option<Vec<(Cow<'_, str>, usize)>> {
    let before = text.get(..start)?;
    let mut words = Vec::with_capacity(most);
    let mut end = before.len();
    for _ in 0..most {
        let head = &before[..end];
        let trimmed = head.trim_end();
        if trimmed.len() == head.len() || trimmed.is_empty() {
            break;
        }
        let from = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &trimmed[from..];
        // Only plain ASCII is known to be its own lower case (a title-case letter such as
        // "ǅ" is no upper-case one, yet lowers).
        let lower = if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(word.to_lowercase())
        };
        words.push((lower, from));
        end = from;
    }
    Some(words)
}

/// Whether a word only tells how many: "three", "dozen", "hundreds", "120".
pub(crate) fn count_word(w: &str) -> bool {
    NUMBER_WORDS.contains(&w) || SCALES.contains(&w) || PLURAL_SCALES.contains(&w) || is_figure(w)
}

/// A word that gives an exact number ("26", "twelve"), not a scale ("thousands of").
pub(crate) fn exact_count(w: &str) -> bool {
    NUMBER_WORDS.contains(&w) || is_figure(w)
}

/// "120", "2,000", "1.5": digits with the separators of a written figure.
fn is_figure(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.ends_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

fn looks_like_year(w: &str) -> bool {
    w.len() == 4
        && w.chars().all(|c| c.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::counted_from;

    /// The counted form of the name that starts at `name` in `text`.
    fn counted(text: &str, name: &str) -> Option<String> {
        let start = text.find(name)?;
        counted_from(text, start).map(|from| text[from..start + name.len()].to_string())
    }

    #[test]
    fn counts_written_before_a_name_join_it() {
        let table = [
            (
                "Baku freed four Armenian detainees on Friday.",
                "Armenian detainees",
                Some("four Armenian detainees"),
            ),
            (
                "Police said about 2,000 farmers marched.",
                "farmers",
                Some("about 2,000 farmers"),
            ),
            (
                "Hundreds of farmers marched.",
                "farmers",
                Some("Hundreds of farmers"),
            ),
            (
                "Tens of thousands of people marched.",
                "people",
                Some("Tens of thousands of people"),
            ),
            (
                "About 1.5 million Burkinabe live there.",
                "Burkinabe",
                Some("About 1.5 million Burkinabe"),
            ),
            (
                "More than 120 soldiers were sent.",
                "soldiers",
                Some("More than 120 soldiers"),
            ),
            (
                "A few dozen refugees waved flags.",
                "refugees",
                Some("A few dozen refugees"),
            ),
            (
                "Several dozen journalists rallied.",
                "journalists",
                Some("Several dozen journalists"),
            ),
            (
                "The 19 fishermen were freed.",
                "fishermen",
                Some("19 fishermen"),
            ),
            (
                "Officials said an estimated 300 people fled.",
                "people",
                Some("an estimated 300 people"),
            ),
        ];
        for (text, name, want) in table {
            assert_eq!(counted(text, name).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn words_that_are_not_a_count_stay_out() {
        let table = [
            ("In 2019 farmers blocked the road.", "farmers"),
            ("The army said, farmers fled.", "farmers"),
            ("Police arrested farmers.", "farmers"),
            ("He met some of the farmers.", "farmers"),
            ("Thousands farmers marched.", "farmers"),
            ("They said (four) farmers left.", "farmers"),
        ];
        for (text, name) in table {
            assert_eq!(counted(text, name), None, "{text}");
        }
    }
}
