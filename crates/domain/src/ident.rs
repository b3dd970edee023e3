//! Identifiers of sets a programme configures as data rather than code: the steps of a
//! procedure template, the document kinds a template requires. A closed enum would need a
//! release for each new step; a raw `String` would let `"Passport "` and `"passport"` be two
//! kinds. An [`Ident`] is 1 to [`Ident::MAX_LEN`] characters of `a-z`, `0-9` and `-`, starting
//! with a letter or digit: safe in URLs, file names, Fluent keys and CSS classes as it is.
//!
//! Nothing uses it yet: the fixed workflows of today (statuses, roles, document kinds) are
//! enums read through [`crate::stored`].

use serde::{Deserialize, Serialize};

use crate::Invalid;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Ident(String);

impl Ident {
    /// Long enough for `residence-permit-renewal-receipt`, short enough for a key.
    pub const MAX_LEN: usize = 48;

    /// Accepts exactly the identifier: no trimming or case folding, so what is stored and
    /// what is compared are the same text.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && !s.starts_with('-')
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(Ident(s.to_owned()))
        } else {
            Err(Invalid::new("ident", "error-invalid-ident"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Ident {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a stored identifier is read back (a column through diesel's `deserialize_as`, or
/// stored JSON): one that does not fit is an error naming it.
impl TryFrom<String> for Ident {
    type Error = crate::stored::Unknown;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Ident::parse(&value).map_err(|_| crate::stored::Unknown {
            type_name: "Ident",
            value,
        })
    }
}

impl From<Ident> for String {
    fn from(i: Ident) -> String {
        i.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &str, ok: bool) {
        assert_eq!(Ident::parse(s).is_ok(), ok, "{s:?}");
    }

    #[test]
    fn identifiers_are_lower_case_letters_digits_and_dashes() {
        check("passport", true);
        check("residence-permit", true);
        check("step-2", true);
        check("2nd-visit", true);
        check(&"a".repeat(Ident::MAX_LEN), true);

        check("", false);
        check(&"a".repeat(Ident::MAX_LEN + 1), false);
        check("Passport", false);
        check(" passport", false);
        check("residence_permit", false);
        check("-draft", false);
        check("pass port", false);
        check("passeport-é", false);
        check("../etc", false);
    }

    #[test]
    fn a_stored_identifier_that_does_not_fit_is_an_error_naming_it() {
        assert_eq!(
            Ident::try_from("cv".to_owned()).map(String::from),
            Ok("cv".to_owned())
        );
        assert_eq!(
            Ident::try_from("CV".to_owned()).map_err(|e| e.to_string()),
            Err(r#"unknown Ident "CV" in storage"#.to_owned())
        );
    }
}
