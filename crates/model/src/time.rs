use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::ModelError;

/// A date as precise as the text allows, in the ISO 8601 forms of the gold format:
/// `2016-04-02`, `2016-04`, `1994`, `198X` (a decade) or `1991/1994` (an interval).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum TimeValue {
    Day {
        year: i32,
        month: u8,
        day: u8,
    },
    Month {
        year: i32,
        month: u8,
    },
    Year(i32),
    /// The decade starting at `10 * n`: `Decade(198)` is `198X`, the 1980s.
    Decade(i32),
    /// From one point to another, both inclusive; never nested.
    Interval(Box<TimeValue>, Box<TimeValue>),
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl TimeValue {
    /// A calendar day, checked (no 31 April, 29 February only in leap years).
    pub fn day(year: i32, month: u8, day: u8) -> Result<Self, ModelError> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Ok(TimeValue::Day { year, month, day })
        } else {
            Err(invalid(&format!("{year:04}-{month:02}-{day:02}")))
        }
    }

    /// A month of a year, checked.
    pub fn month(year: i32, month: u8) -> Result<Self, ModelError> {
        if (1..=12).contains(&month) {
            Ok(TimeValue::Month { year, month })
        } else {
            Err(invalid(&format!("{year:04}-{month:02}")))
        }
    }

    /// The first day this value can mean, as `(year, month, day)`.
    pub fn first_day(&self) -> (i32, u8, u8) {
        match self {
            TimeValue::Day { year, month, day } => (*year, *month, *day),
            TimeValue::Month { year, month } => (*year, *month, 1),
            TimeValue::Year(y) => (*y, 1, 1),
            TimeValue::Decade(d) => (d * 10, 1, 1),
            TimeValue::Interval(a, _) => a.first_day(),
        }
    }

    /// The last day this value can mean, as `(year, month, day)`.
    pub fn last_day(&self) -> (i32, u8, u8) {
        match self {
            TimeValue::Day { year, month, day } => (*year, *month, *day),
            TimeValue::Month { year, month } => (*year, *month, days_in_month(*year, *month)),
            TimeValue::Year(y) => (*y, 12, 31),
            TimeValue::Decade(d) => (d * 10 + 9, 12, 31),
            TimeValue::Interval(_, b) => b.last_day(),
        }
    }

    /// The XML Schema datatype local name that fits this value exactly (`date`,
    /// `gYearMonth`, `gYear`), or `None` for decades and intervals, which have none.
    pub fn xsd_type(&self) -> Option<&'static str> {
        match self {
            TimeValue::Day { .. } => Some("date"),
            TimeValue::Month { .. } => Some("gYearMonth"),
            TimeValue::Year(_) => Some("gYear"),
            TimeValue::Decade(_) | TimeValue::Interval(..) => None,
        }
    }

    fn parse_point(s: &str) -> Result<Self, ModelError> {
        let bytes = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<i32> {
            let part = s.get(r)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        match bytes.len() {
            4 if bytes[3] == b'X' => digits(0..3)
                .map(TimeValue::Decade)
                .ok_or_else(|| invalid(s)),
            4 => digits(0..4).map(TimeValue::Year).ok_or_else(|| invalid(s)),
            7 if bytes[4] == b'-' => match (digits(0..4), digits(5..7)) {
                (Some(y), Some(m)) => TimeValue::month(y, m as u8),
                _ => Err(invalid(s)),
            },
            10 if bytes[4] == b'-' && bytes[7] == b'-' => {
                match (digits(0..4), digits(5..7), digits(8..10)) {
                    (Some(y), Some(m), Some(d)) => TimeValue::day(y, m as u8, d as u8),
                    _ => Err(invalid(s)),
                }
            }
            _ => Err(invalid(s)),
        }
    }
}

fn invalid(s: &str) -> ModelError {
    ModelError::Invalid {
        what: "date",
        value: s.to_string(),
        expected: "YYYY-MM-DD, YYYY-MM, YYYY, YYYX or two of those joined by '/'",
    }
}

impl FromStr for TimeValue {
    type Err = ModelError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once('/') {
            Some((a, b)) => {
                let (a, b) = (Self::parse_point(a)?, Self::parse_point(b)?);
                if a.first_day() > b.last_day() {
                    return Err(invalid(s));
                }
                Ok(TimeValue::Interval(Box::new(a), Box::new(b)))
            }
            None => Self::parse_point(s),
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Day { year, month, day } => write!(f, "{year:04}-{month:02}-{day:02}"),
            TimeValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            TimeValue::Year(y) => write!(f, "{y:04}"),
            TimeValue::Decade(d) => write!(f, "{d:03}X"),
            TimeValue::Interval(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl TryFrom<String> for TimeValue {
    type Error = ModelError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<TimeValue> for String {
    fn from(t: TimeValue) -> String {
        t.to_string()
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day counted from 1970-01-01; the inverse of [`days_from_civil`].
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (i32::try_from(y).unwrap_or(i32::MAX), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_arithmetic_round_trips() {
        for (y, m, d) in [(1970, 1, 1), (2016, 2, 29), (2000, 12, 31), (1899, 3, 1)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
    }

    #[test]
    fn every_gold_form_round_trips() {
        for s in [
            "2016-04-02",
            "2016-04",
            "1994",
            "198X",
            "1991/1994",
            "2014-05/2016-04-02",
        ] {
            let t: TimeValue = s.parse().unwrap();
            assert_eq!(t.to_string(), s);
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        for s in [
            "2016-02-30",
            "2015-02-29",
            "2016-13",
            "16",
            "1994/1991",
            "19X4",
            "2016-4-2",
        ] {
            assert!(s.parse::<TimeValue>().is_err(), "{s} accepted");
        }
        assert!("2016-02-29".parse::<TimeValue>().is_ok());
    }

    #[test]
    fn bounds_of_partial_dates() {
        let t: TimeValue = "198X".parse().unwrap();
        assert_eq!(t.first_day(), (1980, 1, 1));
        assert_eq!(t.last_day(), (1989, 12, 31));
        let m: TimeValue = "2016-02".parse().unwrap();
        assert_eq!(m.last_day(), (2016, 2, 29));
    }
}
