//! ISO 3166-1 alpha-2 country codes.

use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::stored::Unknown;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country([u8; 2]);

impl Country {
    pub const IT: Country = Country(*b"IT");
    pub const MA: Country = Country(*b"MA");
    pub const TN: Country = Country(*b"TN");

    /// Accepts two ASCII letters in any case.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let b = s.trim().as_bytes();
        if b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic) {
            Ok(Country([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
            ]))
        } else {
            Err(Invalid::new("country", "error-invalid-country"))
        }
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The Fluent message key of this country's name.
    pub fn message_key(&self) -> String {
        format!("country-{}", self.as_str().to_ascii_lowercase())
    }
}

impl std::fmt::Display for Country {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a stored country (a column, or a list inside stored JSON) is read back: a value that is
/// not a country code is an error naming it.
impl TryFrom<String> for Country {
    type Error = Unknown;
    fn try_from(value: String) -> Result<Self, Unknown> {
        Country::parse(&value).map_err(|_| Unknown {
            type_name: "Country",
            value,
        })
    }
}

impl From<Country> for String {
    fn from(c: Country) -> String {
        c.as_str().to_owned()
    }
}

/// Parses a comma-separated list such as `IT,MA,TN`, keeping the order and dropping repeats.
pub fn parse_list(s: &str) -> Result<Vec<Country>, Invalid> {
    let mut out: Vec<Country> = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let c = Country::parse(part)?;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_case_insensitively() {
        assert_eq!(Country::parse(" tn "), Ok(Country::TN));
        assert!(Country::parse("TUN").is_err());
        assert!(Country::parse("1A").is_err());
        assert_eq!(parse_list("it, MA,it").map(|v| v.len()), Ok(2));
    }
}
