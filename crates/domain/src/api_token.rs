//! What a person asks for when they make an API token: a name to recognise it by and how
//! long it lives. A token that never expires is a key left under the mat for ever, so
//! every token has an end, by default [`DEFAULT_DAYS`] and at most [`MAX_DAYS`] away.

use chrono::{Duration, NaiveDateTime};

use crate::Invalid;

/// The lifetime of a token when none is asked for.
pub const DEFAULT_DAYS: i64 = 90;
/// The longest lifetime a token may be given.
pub const MAX_DAYS: i64 = 365;
/// The longest name, in characters.
pub const MAX_NAME: usize = 80;

/// A valid request for a new token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRequest {
    pub name: String,
    pub days: i64,
}

impl TokenRequest {
    /// Parses the name (1 to [`MAX_NAME`] characters, trimmed) and the lifetime in days
    /// (1 to [`MAX_DAYS`]; empty means [`DEFAULT_DAYS`]).
    pub fn parse(name: &str, days: &str) -> Result<Self, Invalid> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control)
        {
            return Err(Invalid::new("name", "error-token-name"));
        }
        let days = match days.trim() {
            "" => DEFAULT_DAYS,
            d => d
                .parse::<i64>()
                .ok()
                .filter(|d| (1..=MAX_DAYS).contains(d))
                .ok_or(Invalid::new("days", "error-token-days"))?,
        };
        Ok(Self {
            name: name.to_owned(),
            days,
        })
    }

    /// When a token made at `now` stops working.
    pub fn expires_at(&self, now: NaiveDateTime) -> NaiveDateTime {
        now + Duration::days(self.days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_has_a_name_and_a_bounded_lifetime() {
        let r = TokenRequest::parse("  CI export ", "").unwrap();
        assert_eq!((r.name.as_str(), r.days), ("CI export", DEFAULT_DAYS));
        assert_eq!(TokenRequest::parse("x", "365").unwrap().days, 365);
        for days in ["0", "366", "-1", "ten", "1.5"] {
            assert_eq!(TokenRequest::parse("x", days).unwrap_err().field, "days");
        }
        for name in ["", "   ", "a\nb", &"n".repeat(81)] {
            assert_eq!(TokenRequest::parse(name, "").unwrap_err().field, "name");
        }
    }
}
