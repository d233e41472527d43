//! Date expressions in a sentence and their resolution against the story's own date.
//!
//! "on Monday" is the Monday on or before the anchor (the dateline date, else the publication
//! date); "yesterday" the day before; "April 2" the nearest such day not after the anchor
//! (the nearest after it for plans); "in May 1994" a month; "in 2014" a year; "the late
//! 1980s" the decade `198X`; "in 1991-1994" an interval.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use newsgraph_model::{civil_from_days, days_from_civil, TimeValue};

use crate::doc::Doc;

const MONTHS: [(&str, u8); 21] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];
const MORE_MONTHS: [(&str, u8); 3] = [("oct", 10), ("nov", 11), ("dec", 12)];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month a capitalised month name or abbreviation stands for.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    if !crate::text::is_capitalised(word) || word.is_ascii() && !(3..=9).contains(&word.len()) {
        return None;
    }
    let mut buf = [0; 12];
    let w = short_lower(word, &mut buf)?;
    MONTHS
        .iter()
        .chain(MORE_MONTHS.iter())
        .find(|(m, _)| *m == w)
        .map(|&(_, n)| n)
}

/// 0 for Monday … 6 for Sunday.
pub(crate) fn weekday_number(word: &str) -> Option<i64> {
    // Asked of every word: an ASCII word of another length is none, without a copy.
    if word.is_ascii() && !(6..=9).contains(&word.len()) {
        return None;
    }
    let mut buf = [0; 12];
    let w = short_lower(word, &mut buf)?;
    WEEKDAYS.iter().position(|d| *d == w).map(|p| p as i64)
}

/// `word` in lower case, written into `buf` when it fits, for the comparisons with month
/// and weekday names (all shorter) asked of every word: a new string for each was most of
/// their cost. `None` for a word too long to be one of them.
fn short_lower<'b>(word: &str, buf: &'b mut [u8; 12]) -> Option<Cow<'b, str>> {
    if !word.is_ascii() {
        return Some(Cow::Owned(word.to_lowercase()));
    }
    let out = buf.get_mut(..word.len())?;
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok().map(Cow::Borrowed)
}

fn day_value(days: i64) -> Option<TimeValue> {
    let (y, m, d) = civil_from_days(days);
    TimeValue::day(y, m, d).ok()
}

/// What the extractor knows of "now" for one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Anchor {
    /// The story's date as days since 1970, when known to the day.
    pub day: Option<i64>,
    pub year: Option<i32>,
    pub month: Option<u8>,
}

impl Anchor {
    pub fn new(dateline: Option<&TimeValue>, published: Option<&TimeValue>) -> Anchor {
        let best = dateline
            .filter(|d| matches!(d, TimeValue::Day { .. }))
            .or(published)
            .or(dateline);
        match best {
            Some(TimeValue::Day { year, month, day }) => Anchor {
                day: Some(days_from_civil(*year, *month, *day)),
                year: Some(*year),
                month: Some(*month),
            },
            Some(TimeValue::Month { year, month }) => Anchor {
                day: None,
                year: Some(*year),
                month: Some(*month),
            },
            Some(TimeValue::Year(y)) => Anchor {
                day: None,
                year: Some(*y),
                month: None,
            },
            _ => Anchor {
                day: None,
                year: None,
                month: None,
            },
        }
    }

    /// The anchor day itself, as a value.
    pub fn today(&self) -> Option<TimeValue> {
        self.day.and_then(day_value)
    }

    fn month_day(&self, month: u8, day: u8, future: bool) -> Option<TimeValue> {
        let year = self.year?;
        let candidates = [year - 1, year, year + 1];
        let Some(now) = self.day else {
            return TimeValue::day(year, month, day).ok();
        };
        let pick = candidates
            .iter()
            .filter_map(|&y| {
                TimeValue::day(y, month, day)
                    .ok()
                    .map(|v| (days_from_civil(y, month, day), v))
            })
            .filter(|(d, _)| if future { *d >= now - 7 } else { *d <= now + 7 })
            .min_by_key(|(d, _)| (d - now).abs());
        pick.map(|(_, v)| v)
    }

    fn month_only(&self, month: u8, future: bool) -> Option<TimeValue> {
        let year = self.year?;
        let now = self.month.unwrap_or(month);
        let y = if future && month < now {
            year + 1
        } else if !future && month > now {
            year - 1
        } else {
            year
        };
        TimeValue::month(y, month).ok()
    }
}

/// A date expression: the tokens it covers (indices into `words`) and its value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateMention {
    pub toks: Range<usize>,
    pub value: TimeValue,
}

/// [`find`] over each sentence of a document, made when first asked for: every event and
/// statement of a sentence asks for its dates, and they are the same for all of them.
pub(crate) struct SentenceDates {
    /// Per sentence: the dates resolved backwards, then forwards.
    found: Vec<[OnceCell<Vec<DateMention>>; 2]>,
}

impl SentenceDates {
    pub fn new(sentences: usize) -> Self {
        SentenceDates {
            found: (0..sentences).map(|_| Default::default()).collect(),
        }
    }

    /// [`find`] over the words of sentence `s`.
    pub fn of(&self, doc: &Doc, s: usize, anchor: &Anchor, future: bool) -> &[DateMention] {
        let Some(slots) = self.found.get(s) else {
            return &[];
        };
        slots[usize::from(future)].get_or_init(|| {
            let words: Vec<&str> = doc.sents[s].toks.clone().map(|k| doc.word(k)).collect();
            find(&words, anchor, future)
        })
    }
}

fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

fn day_of(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (digits.len() <= 2)
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// True for a word no branch of [`find`] can start at: most words are lower case or
/// punctuation, and asking each of them the month, weekday and day questions was most of the
/// cost of reading a sentence's dates. In lower case only "yesterday", "today", "tonight",
/// "tomorrow", "last", "this" and "next" open a date; a number needs a digit (or the "+"
/// a number may carry); months and weekdays are capitalised.
fn cannot_open(word: &str) -> bool {
    match word.as_bytes().first() {
        None => true,
        Some(&b) if b.is_ascii_lowercase() => !matches!(b, b'l' | b'n' | b't' | b'y'),
        Some(&b) => b.is_ascii_punctuation() && b != b'+',
    }
}

/// Finds date expressions among the words of one sentence. `future` resolves open dates
/// forwards (for plans) instead of backwards.
pub(crate) fn find(words: &[&str], anchor: &Anchor, future: bool) -> Vec<DateMention> {
    let mut out = Vec::new();
    let w = |i: usize| words.get(i).copied().unwrap_or("");
    let lw = |i: usize| w(i).to_lowercase();
    let mut i = 0;
    while i < words.len() {
        if cannot_open(w(i)) {
            i += 1;
            continue;
        }
        let here = i;
        let mut found: Option<(usize, TimeValue)> = None;
        if let Some(month) = month_number(w(i)) {
            // "May" alone is the month only after "in", "since", "until", "of", "by".
            if let Some(day) = day_of(w(i + 1)) {
                let with_year = (w(i + 2) == "," && year_of(w(i + 3)).is_some())
                    .then(|| year_of(w(i + 3)))
                    .flatten();
                found = match with_year {
                    Some(y) => TimeValue::day(y, month, day).ok().map(|v| (i + 4, v)),
                    None => anchor.month_day(month, day, future).map(|v| (i + 2, v)),
                };
            } else if let Some(y) = year_of(w(i + 1)) {
                found = TimeValue::month(y, month).ok().map(|v| (i + 2, v));
            } else if i > 0
                && matches!(
                    lw(i - 1).as_str(),
                    "in" | "since" | "until" | "of" | "by" | "early" | "late" | "mid"
                )
            {
                found = anchor.month_only(month, future).map(|v| (i + 1, v));
            }
        } else if let (Some(day), Some(month)) = (day_of(w(i)), month_number(w(i + 1))) {
            found = match year_of(w(i + 2)) {
                Some(y) => TimeValue::day(y, month, day).ok().map(|v| (i + 3, v)),
                None => anchor.month_day(month, day, future).map(|v| (i + 2, v)),
            };
        } else if let Some(wd) = weekday_number(w(i)).filter(|_| crate::text::is_capitalised(w(i)))
        {
            if let Some(now) = anchor.day {
                let today = (now + 3).rem_euclid(7); // 1970-01-01 was a Thursday
                let back = (today - wd).rem_euclid(7);
                let target = if future && back != 0 {
                    now + 7 - back
                } else {
                    now - back
                };
                found = day_value(target).map(|v| (i + 1, v));
            }
        } else if let Some(y) = year_of(w(i)) {
            let dash = matches!(w(i + 1), "-" | "\u{2013}" | "\u{2014}" | "to" | "and");
            if let (true, Some(y2)) = (dash, year_of(w(i + 2))) {
                if y2 >= y {
                    found = Some((
                        i + 3,
                        TimeValue::Interval(
                            Box::new(TimeValue::Year(y)),
                            Box::new(TimeValue::Year(y2)),
                        ),
                    ));
                }
            }
            let after_prep = i > 0
                && matches!(
                    lw(i - 1).as_str(),
                    "in" | "since" | "by" | "until" | "of" | "from" | "before" | "after" | "during"
                );
            if found.is_none() && after_prep {
                found = Some((i + 1, TimeValue::Year(y)));
            }
        } else if let Some(dec) = w(i)
            .strip_suffix('s')
            .and_then(year_of)
            .filter(|y| y % 10 == 0)
        {
            found = Some((i + 1, TimeValue::Decade(dec / 10)));
        } else {
            // Lower case without a new string for every word: none of these words is longer
            // than `short_lower` writes.
            let mut buf = [0; 12];
            match short_lower(w(i), &mut buf).as_deref().unwrap_or("") {
                "yesterday" => {
                    found = anchor
                        .day
                        .and_then(|d| day_value(d - 1))
                        .map(|v| (i + 1, v))
                }
                "today" | "tonight" => found = anchor.today().map(|v| (i + 1, v)),
                "tomorrow" => {
                    found = anchor
                        .day
                        .and_then(|d| day_value(d + 1))
                        .map(|v| (i + 1, v))
                }
                "last" | "this" | "next" => {
                    let shift = match lw(i).as_str() {
                        "last" => -1,
                        "next" => 1,
                        _ => 0,
                    };
                    match lw(i + 1).as_str() {
                        "year" => found = anchor.year.map(|y| (i + 2, TimeValue::Year(y + shift))),
                        "month" => {
                            if let (Some(y), Some(m)) = (anchor.year, anchor.month) {
                                let total = y * 12 + i32::from(m) - 1 + shift;
                                found = TimeValue::month(
                                    total.div_euclid(12),
                                    (total.rem_euclid(12) + 1) as u8,
                                )
                                .ok()
                                .map(|v| (i + 2, v));
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        match found {
            Some((end, value)) => {
                out.push(DateMention {
                    toks: here..end.min(words.len()),
                    value,
                });
                i = end.max(here + 1);
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(s: &str) -> Anchor {
        Anchor::new(Some(&s.parse().unwrap()), None)
    }

    fn first(sentence: &str, at: &str, future: bool) -> Option<String> {
        let words: Vec<&str> = sentence.split(' ').collect();
        find(&words, &anchor(at), future)
            .first()
            .map(|d| d.value.to_string())
    }

    #[test]
    fn expressions_resolve_against_the_story_date() {
        // (sentence, story date, plans?, expected)
        let table = [
            ("they met on Monday", "2016-04-04", false, "2016-04-04"),
            ("they met on Sunday", "2016-04-04", false, "2016-04-03"),
            ("they met on Friday", "2016-03-01", false, "2016-02-26"),
            ("they will meet on Friday", "2016-04-04", true, "2016-04-08"),
            ("talks ended yesterday", "2016-03-01", false, "2016-02-29"),
            ("talks ended yesterday", "2017-01-01", false, "2016-12-31"),
            (
                "fighting overnight to April 2",
                "2016-04-04",
                false,
                "2016-04-02",
            ),
            ("fighting on December 30", "2017-01-02", false, "2016-12-30"),
            ("talks on January 3", "2016-12-30", true, "2017-01-03"),
            ("fighting on 2 April", "2016-04-04", false, "2016-04-02"),
            (
                "signed on April 2 , 2009",
                "2016-04-04",
                false,
                "2009-04-02",
            ),
            ("a truce in May 1994", "2016-04-04", false, "1994-05"),
            ("elections in May", "2016-04-04", false, "2015-05"),
            ("elections in May", "2016-04-04", true, "2016-05"),
            ("back in 2014", "2016-04-04", false, "2014"),
            ("in the late 1980s", "2016-04-04", false, "198X"),
            ("in 1991 - 1994", "2016-04-04", false, "1991/1994"),
            ("from 1991 to 1994", "2016-04-04", false, "1991/1994"),
            ("last year", "2016-01-10", false, "2015"),
            ("last month", "2016-01-10", false, "2015-12"),
        ];
        for (sentence, at, future, expected) in table {
            assert_eq!(
                first(sentence, at, future).as_deref(),
                Some(expected),
                "{sentence} @ {at}"
            );
        }
    }

    #[test]
    fn every_word_that_opens_a_date_is_read() {
        for w in [
            "May",
            "Monday",
            "2",
            "+2",
            "2nd",
            "1994",
            "1980s",
            "yesterday",
            "Today",
            "tonight",
            "tomorrow",
            "last",
            "Next",
            "this",
        ] {
            assert!(!cannot_open(w), "{w}");
        }
        for w in ["was", ",", "'s", "", "monday", "may", "said"] {
            assert!(cannot_open(w), "{w}");
        }
    }

    #[test]
    fn numbers_and_names_are_not_dates() {
        for s in [
            "it killed 30,000",
            "May I ask",
            "some 1500 troops",
            "Monday",
        ] {
            let words: Vec<&str> = s.split(' ').collect();
            let found = find(&words, &Anchor::new(None, None), false);
            assert!(found.is_empty(), "{s}: {found:?}");
        }
    }
}
