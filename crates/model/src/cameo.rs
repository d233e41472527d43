use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::ModelError;

/// A CAMEO event code: two to four ASCII digits, e.g. `112` (accuse) or `0871` (declare a
/// ceasefire). Events match on their root, the first two digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Cameo(String);

impl Cameo {
    /// The root code: the first two digits (`"11"` for `"112"`).
    pub fn root(&self) -> &str {
        &self.0[..2]
    }

    /// The whole code.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The PLOVER category the CAMEO root falls under, as PLOVER's own label.
    pub fn plover(&self) -> &'static str {
        match self.root() {
            "01" | "02" | "03" => "AGREE",
            "04" => "CONSULT",
            "05" => "SUPPORT",
            "06" => "COOPERATE",
            "07" => "AID",
            "08" => "CONCEDE",
            "09" => "INVESTIGATE",
            "10" => "DEMAND",
            "11" | "12" => "REJECT",
            "13" => "THREATEN",
            "14" => "PROTEST",
            "15" => "MOBILIZE",
            "16" => "SANCTION",
            "17" => "COERCE",
            "18" | "19" | "20" => "ASSAULT",
            _ => "OTHER",
        }
    }
}

impl FromStr for Cameo {
    type Err = ModelError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let ok = (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        let root_ok = ok && matches!(s[..2].parse::<u8>(), Ok(1..=20));
        if !root_ok {
            return Err(ModelError::Invalid {
                what: "CAMEO code",
                value: s.to_string(),
                expected: "2 to 4 digits with a root from 01 to 20",
            });
        }
        Ok(Cameo(s.to_string()))
    }
}

impl TryFrom<String> for Cameo {
    type Error = ModelError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Cameo> for String {
    fn from(c: Cameo) -> String {
        c.0
    }
}

impl fmt::Display for Cameo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_and_invalid_codes() {
        assert_eq!("0871".parse::<Cameo>().unwrap().root(), "08");
        for bad in ["1", "12345", "1a2", "00", "21", ""] {
            assert!(bad.parse::<Cameo>().is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn plover_of_accuse_is_reject() {
        assert_eq!("112".parse::<Cameo>().unwrap().plover(), "REJECT");
        assert_eq!("190".parse::<Cameo>().unwrap().plover(), "ASSAULT");
    }
}
