//! Wire datelines: the `PLACE, Month Day (Agency) —` opening that says where and when a
//! story was filed.
//!
//! The recogniser is a hand-written scanner rather than a regular expression because the
//! place is "a run of upper-case words" in any script with accents, and the parts after it
//! (region, date, agency, closing dash) are each optional but not in every combination: a
//! place alone must be closed by a dash, or `NATO said` would read as a dateline.

use newsgraph_model::{Dateline, Span, TimeValue};

/// Words that stay lower-case inside a place name ("Rio de Janeiro", "Port-au-Prince",
/// "Frankfurt am Main"), unless they open it.
const PARTICLES: [&str; 27] = [
    "al", "am", "an", "au", "aux", "d", "da", "das", "de", "del", "della", "der", "des", "di",
    "do", "dos", "du", "e", "el", "en", "es", "la", "le", "of", "on", "sur", "upon",
];

/// Month names and the abbreviations wire services use (AP: "Jan.", "Sept.").
const MONTHS: [(&str, &[&str]); 12] = [
    ("January", &["Jan"]),
    ("February", &["Feb"]),
    ("March", &["Mar"]),
    ("April", &["Apr"]),
    ("May", &[]),
    ("June", &["Jun"]),
    ("July", &["Jul"]),
    ("August", &["Aug"]),
    ("September", &["Sept", "Sep"]),
    ("October", &["Oct"]),
    ("November", &["Nov"]),
    ("December", &["Dec"]),
];

/// Finds the wire dateline the body opens with, after leading white space:
/// `MINSK, May 9. /BELTA/.`, `WASHINGTON, March 3 (Reuters) -`, `KYIV (AP) —`,
/// `PARIS, Jan. 5 —`, `LONDON —`, also with a region (`SPRINGFIELD, Ill. (AP) —`), a day
/// before the month (`LONDON, 4 April (Reuters) -`) or a year (`March 3, 2024`).
///
/// The place comes back title-cased with particles kept lower-case ("Rio de Janeiro"). The
/// date takes its year from the dateline if it has one, else from `published`; a dateline
/// month later than the publication month belongs to the year before (a "Dec. 30" story
/// published on 2 January). Without a year the date is `None`. The span covers the
/// dateline up to and including its closing punctuation or dash, in code points.
///
/// ```
/// use newsgraph_input::detect_dateline;
/// let published = "2024-01-02".parse().unwrap();
/// let d = detect_dateline("NEW YORK, Dec. 30 (Reuters) - Markets fell.", Some(&published)).unwrap();
/// assert_eq!(d.place, "New York");
/// assert_eq!(d.date.unwrap().to_string(), "2023-12-30");
/// assert_eq!(d.agency.as_deref(), Some("Reuters"));
/// assert_eq!((d.span.start(), d.span.end()), (0, 29));
/// assert!(detect_dateline("NATO said on Monday it would meet.", None).is_none());
/// ```
pub fn detect_dateline(body: &str, published: Option<&TimeValue>) -> Option<Dateline> {
    let start = body.len() - body.trim_start().len();
    let mut s = Scanner {
        text: body,
        pos: start,
    };

    let place = s.place()?;
    let mut date = None;
    let mut year_given = None;
    if s.eat(",") {
        s.spaces();
        match s.date() {
            Some(d) => date = Some(d),
            None => {
                s.region()?;
                let before = s.pos;
                if s.eat(",") {
                    s.spaces();
                    match s.date() {
                        Some(d) => date = Some(d),
                        None => s.pos = before,
                    }
                }
            }
        }
        if date.is_some() {
            year_given = s.year();
            // Some agencies close the date with a full stop: "May 9. /BELTA/."
            s.eat(".");
        }
    }
    let after_date = s.pos;
    s.spaces();
    let agency = s.agency();
    if agency.is_none() {
        s.pos = after_date;
    }
    let before_close = s.pos;
    s.spaces();
    let closed = s.dash() || (matches!(agency, Some((_, true))) && s.eat("."));
    if !closed {
        // An agency credit is evidence enough; a bare place or date needs its dash.
        agency.as_ref()?;
        s.pos = before_close;
    }

    let date = date.and_then(|(month, day)| {
        let year = year_given.or_else(|| year_for(month, published?))?;
        TimeValue::day(year, month, day).ok()
    });
    Some(Dateline {
        place: title_case(&place),
        date,
        agency: agency.map(|(name, _)| name),
        span: Span::from_bytes(body, start, s.pos)?,
    })
}

/// A dateline at the start of any of the first twelve lines of `text`, for copy scraped
/// from the web where a headline and a standfirst stand above the dateline. The span counts
/// code points of the whole `text`.
pub fn find_dateline(text: &str, published: Option<&TimeValue>) -> Option<Dateline> {
    let mut offset = 0;
    for line in text.split_inclusive('\n').take(12) {
        if let Some(mut d) = text
            .get(offset..)
            .and_then(|rest| detect_dateline(rest, published))
        {
            let shift = text.get(..offset)?.chars().count() as u32;
            d.span = Span::new(d.span.start() + shift, d.span.end() + shift).ok()?;
            return Some(d);
        }
        offset += line.len();
    }
    None
}

/// The year a month-and-day dateline falls in, given the publication date.
fn year_for(month: u8, published: &TimeValue) -> Option<i32> {
    match *published {
        TimeValue::Day {
            year, month: pm, ..
        }
        | TimeValue::Month { year, month: pm } => Some(if month > pm { year - 1 } else { year }),
        TimeValue::Year(year) => Some(year),
        TimeValue::Decade(_) | TimeValue::Interval(..) => None,
    }
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    /// Spaces and tabs only: a dateline never spans lines.
    fn spaces(&mut self) -> bool {
        let n = self.rest().len() - self.rest().trim_start_matches([' ', '\t', '\u{a0}']).len();
        self.pos += n;
        n > 0
    }

    /// A run of characters allowed in `pred`; returns it.
    fn take_while(&mut self, pred: impl Fn(char) -> bool) -> &'a str {
        let rest = &self.text[self.pos..];
        let n = rest.find(|c: char| !pred(c)).unwrap_or(rest.len());
        self.pos += n;
        &rest[..n]
    }

    /// Upper-case words joined by single spaces: `RIO DE JANEIRO`, `ST. PETERSBURG`,
    /// `SÃO PAULO`. At least two letters in all.
    fn place(&mut self) -> Option<String> {
        let mut words: Vec<&'a str> = Vec::new();
        loop {
            let before = self.pos;
            if !words.is_empty() && !self.eat(" ") {
                break;
            }
            let word =
                self.take_while(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
            let upper = word.chars().any(char::is_alphabetic)
                && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
                && word.starts_with(char::is_alphabetic);
            if !upper || words.len() == 6 {
                self.pos = before;
                break;
            }
            words.push(word);
        }
        let letters: usize = words
            .iter()
            .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
            .sum();
        (letters >= 2).then(|| words.join(" "))
    }

    /// One to three capitalised words after the place: `Calif.`, `Gaza Strip`, `N.Y.`.
    fn region(&mut self) -> Option<()> {
        let mut n = 0;
        loop {
            let before = self.pos;
            if n > 0 && !self.eat(" ") {
                break;
            }
            let word = self.take_while(|c| c.is_alphabetic() || matches!(c, '.' | '-'));
            if !word.starts_with(char::is_uppercase) || n == 3 {
                self.pos = before;
                break;
            }
            n += 1;
        }
        (n > 0).then_some(())
    }

    /// `April 4`, `Jan. 5`, `Sept 30`, `4 April`; returns (month, day).
    fn date(&mut self) -> Option<(u8, u8)> {
        let before = self.pos;
        let found = if self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.day().and_then(|day| {
                self.spaces();
                Some((self.month()?, day))
            })
        } else {
            self.month().and_then(|month| {
                self.eat(".");
                self.spaces();
                Some((month, self.day()?))
            })
        };
        if found.is_none() {
            self.pos = before;
        }
        found
    }

    fn month(&mut self) -> Option<u8> {
        let word = self.take_while(char::is_alphabetic);
        let found = MONTHS
            .iter()
            .position(|(name, abbrevs)| *name == word || abbrevs.contains(&word))
            .and_then(|i| u8::try_from(i + 1).ok());
        if found.is_none() {
            self.pos -= word.len();
        }
        found
    }

    fn day(&mut self) -> Option<u8> {
        let digits = self.take_while(|c| c.is_ascii_digit());
        let n = digits.len();
        let day = match digits.parse::<u8>() {
            Ok(d) if n <= 2 && (1..=31).contains(&d) => Some(d),
            _ => None,
        };
        if day.is_none() {
            self.pos -= n;
        }
        day
    }

    /// `, 2024` after the day.
    fn year(&mut self) -> Option<i32> {
        let before = self.pos;
        if self.eat(",") {
            self.spaces();
            let digits = self.take_while(|c| c.is_ascii_digit());
            if digits.len() == 4 {
                return digits.parse().ok();
            }
        }
        self.pos = before;
        None
    }

    /// `/BELTA/` or `(Reuters)`; returns the name and whether it was the slash form.
    fn agency(&mut self) -> Option<(String, bool)> {
        let before = self.pos;
        let close = if self.eat("/") {
            '/'
        } else if self.eat("(") {
            ')'
        } else {
            return None;
        };
        let name = self
            .take_while(|c| c != close && c != '\n')
            .trim()
            .to_string();
        let ok = self.eat(close.encode_utf8(&mut [0; 4]))
            && (1..=40).contains(&name.chars().count())
            && name.chars().any(char::is_alphabetic);
        if ok {
            Some((name, close == '/'))
        } else {
            self.pos = before;
            None
        }
    }

    /// `—`, `–`, `--` or a lone `-` followed by white space (so as not to take a hyphen).
    fn dash(&mut self) -> bool {
        if self.eat("—") || self.eat("–") || self.eat("--") {
            return true;
        }
        let lone = self.rest().starts_with('-')
            && self.rest()[1..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if lone {
            self.pos += 1;
        }
        lone
    }
}

/// `RIO DE JANEIRO` → `Rio de Janeiro`, `PORT-AU-PRINCE` → `Port-au-Prince`,
/// `N'DJAMENA` → `N'Djamena`.
fn title_case(place: &str) -> String {
    let mut out = String::with_capacity(place.len());
    let mut first = true;
    let mut piece = String::new();
    let flush = |piece: &mut String, out: &mut String, first: &mut bool| {
        if piece.is_empty() {
            return;
        }
        let lower = piece.to_lowercase();
        if !*first && PARTICLES.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else {
            let mut chars = lower.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
        *first = false;
        piece.clear();
    };
    for c in place.chars() {
        match c {
            ' ' | '-' | '.' => {
                flush(&mut piece, &mut out, &mut first);
                out.push(c);
            }
            // An elided one-letter prefix keeps the next letter a capital (N'Djamena,
            // L'Aquila); a longer one is a possessive or a transliteration mark.
            '\'' | '’' => {
                let elided = piece.chars().count() == 1;
                flush(&mut piece, &mut out, &mut first);
                out.push(c);
                first = elided;
            }
            _ => piece.push(c),
        }
    }
    flush(&mut piece, &mut out, &mut first);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_keeps_particles_low() {
        assert_eq!(title_case("RIO DE JANEIRO"), "Rio de Janeiro");
        assert_eq!(title_case("PORT-AU-PRINCE"), "Port-au-Prince");
        assert_eq!(title_case("ST. PETERSBURG"), "St. Petersburg");
        assert_eq!(title_case("N'DJAMENA"), "N'Djamena");
        assert_eq!(title_case("LA PAZ"), "La Paz");
        assert_eq!(title_case("SÃO PAULO"), "São Paulo");
        assert_eq!(title_case("SHARM EL-SHEIKH"), "Sharm el-Sheikh");
    }

    #[test]
    fn lone_hyphen_must_be_followed_by_space() {
        assert!(detect_dateline("LONDON -based firms grew.", None).is_none());
        assert!(detect_dateline("LONDON - Firms grew.", None).is_some());
    }

    #[test]
    fn date_without_a_closing_dash_is_not_a_dateline() {
        assert!(detect_dateline("PARIS, Jan. 5 the ministers met.", None).is_none());
    }

    #[test]
    fn region_and_agency() {
        let d = detect_dateline("SPRINGFIELD, Ill. (AP) — A storm hit.", None).unwrap();
        assert_eq!(d.place, "Springfield");
        assert_eq!(d.agency.as_deref(), Some("AP"));
        assert_eq!(d.date, None);
    }

    #[test]
    fn day_before_month_and_explicit_year() {
        let pub_day: TimeValue = "2024-05-01".parse().unwrap();
        let d = detect_dateline("LONDON, 4 April (Reuters) - Rates held.", Some(&pub_day)).unwrap();
        assert_eq!(d.date.unwrap().to_string(), "2024-04-04");
        let d = detect_dateline("ROME, March 3, 2019 — Rain.", Some(&pub_day)).unwrap();
        assert_eq!(d.date.unwrap().to_string(), "2019-03-03");
    }

    #[test]
    fn impossible_day_keeps_the_place_but_not_the_date() {
        let pub_day: TimeValue = "2023-03-01".parse().unwrap();
        let d = detect_dateline("OSLO, Feb. 30 — Snow.", Some(&pub_day)).unwrap();
        assert_eq!(d.place, "Oslo");
        assert_eq!(d.date, None);
    }
}
