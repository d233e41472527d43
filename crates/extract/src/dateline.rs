//! Wire datelines ("LIMA, April 4. /WIRE/." or "OSLO, May 3 (Wire Service) -"): where and when
//! a story was filed. A dateline is not a sentence; its place and agency are entities.

use newsgraph_model::TimeValue;

use crate::dates::{month_number, year_for_month_day};
use crate::text::{is_all_caps, tokenize, TokKind};

/// A dateline found in (or given with) the text; offsets are bytes of the article text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundDateline {
    /// Where the dateline stands: sentences skip it.
    pub start: usize,
    pub end: usize,
    /// The place as a name ("Lima") and where it is written.
    pub place: String,
    pub place_at: (usize, usize),
    pub date: Option<TimeValue>,
    pub agency: Option<(String, (usize, usize))>,
}

/// Looks for a dateline at the start of one of the first paragraphs.
pub(crate) fn detect(text: &str, published: Option<&TimeValue>) -> Option<FoundDateline> {
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n >= 12 {
            break;
        }
        let lead = line.len() - line.trim_start().len();
        if let Some(d) = parse_at(text, offset + lead, offset + line.len(), published) {
            return Some(d);
        }
        offset += line.len();
    }
    None
}

fn parse_at(
    text: &str,
    start: usize,
    end: usize,
    published: Option<&TimeValue>,
) -> Option<FoundDateline> {
    let toks = tokenize(text, start, end);
    let word = |i: usize| toks.get(i).map(|t| t.text(text)).unwrap_or("");
    let mut i = 0;
    // The place: one or more words in capitals.
    while i < toks.len()
        && toks[i].kind == TokKind::Word
        && is_all_caps(word(i))
        && word(i).chars().count() >= 2
    {
        i += 1;
    }
    if i == 0 {
        return None;
    }
    let place_at = (toks[0].start, toks[i - 1].end);
    let place = title_case(text.get(place_at.0..place_at.1)?);
    let mut date = None;
    if word(i) == "," {
        i += 1;
        // An optional region or country between commas ("KYIV, Ukraine, May 3").
        if month_number(word(i)).is_none() && word(i + 1) == "," {
            i += 2;
        }
        let month = month_number(word(i))?;
        i += 1;
        if word(i) == "." {
            i += 1;
        }
        let day: u8 = word(i).parse().ok().filter(|d| (1..=31).contains(d))?;
        i += 1;
        let mut year = None;
        if word(i) == "," && word(i + 1).len() == 4 {
            year = word(i + 1).parse::<i32>().ok();
            if year.is_some() {
                i += 2;
            }
        }
        let year = year.or_else(|| published.map(|p| year_for_month_day(p, month, day)));
        date = year.and_then(|y| TimeValue::day(y, month, day).ok());
    }
    // The agency and the closing mark.
    let mut agency = None;
    let mut closed = false;
    if word(i) == "." {
        i += 1;
        closed = true;
    }
    if word(i) == "/" {
        let a = i + 1;
        let mut j = a;
        while j < toks.len() && word(j) != "/" && j < a + 6 {
            j += 1;
        }
        if word(j) == "/" && j > a {
            let at = (toks[a].start, toks[j - 1].end);
            agency = Some((text.get(at.0..at.1)?.to_string(), at));
            i = j + 1;
            closed = true;
            if word(i) == "." {
                i += 1;
            }
        }
    } else if word(i) == "(" {
        let a = i + 1;
        let mut j = a;
        while j < toks.len() && word(j) != ")" && j < a + 6 {
            j += 1;
        }
        if word(j) == ")" && j > a {
            let at = (toks[a].start, toks[j - 1].end);
            agency = Some((text.get(at.0..at.1)?.to_string(), at));
            i = j + 1;
        }
    }
    if matches!(word(i), "-" | "\u{2013}" | "\u{2014}") {
        i += 1;
        closed = true;
    }
    if !closed || (date.is_none() && agency.is_none()) {
        return None;
    }
    let end = toks.get(i - 1).map(|t| t.end)?;
    Some(FoundDateline {
        start: toks[0].start,
        end,
        place,
        place_at,
        date,
        agency,
    })
}

/// "NEW YORK" → "New York".
pub(crate) fn title_case(s: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<TimeValue> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn agency_in_slashes_after_the_date() {
        let text = "Headline here\n\nSTRELSAU, April 4. /RNA/. The king spoke.";
        let d = detect(text, day("2016-04-04").as_ref()).unwrap();
        assert_eq!(d.place, "Strelsau");
        assert_eq!(d.date, day("2016-04-04"));
        assert_eq!(d.agency.as_ref().map(|a| a.0.as_str()), Some("RNA"));
        assert_eq!(&text[d.end..], " The king spoke.");
    }

    #[test]
    fn agency_in_brackets_with_a_dash() {
        let text = "NEW ZENDA, May 3 (Wire Service) - Talks began.";
        let d = detect(text, day("2021-05-03").as_ref()).unwrap();
        assert_eq!(
            (d.place.as_str(), d.date.clone()),
            ("New Zenda", day("2021-05-03"))
        );
        assert_eq!(&text[d.end..], " Talks began.");
    }

    #[test]
    fn a_december_dateline_in_a_january_story_is_last_year() {
        let d = detect("ZENDA, Dec. 31 - Late news.", day("2017-01-02").as_ref()).unwrap();
        assert_eq!(d.date, day("2016-12-31"));
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        assert!(detect("NATO said on Monday it would meet.", None).is_none());
        assert!(detect("The talks, April 4, went well.", None).is_none());
        assert!(detect("", None).is_none());
    }
}
