//! E-mail addresses, normalised to lower case so that one person has one account.

use serde::{Deserialize, Serialize};

use crate::Invalid;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    /// A deliberately simple check (one `@`, a dot in the domain, no spaces): the real proof
    /// that an address works is a message that arrives.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_lowercase();
        let err = Invalid::new("email", "error-invalid-email");
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(err);
        }
        let (local, domain) = s.split_once('@').ok_or(err.clone())?;
        if local.is_empty()
            || domain.contains('@')
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
        {
            return Err(err);
        }
        Ok(Email(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Email::parse(&s)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        assert_eq!(
            Email::parse(input).ok().as_ref().map(Email::as_str),
            expected,
            "{input}"
        );
    }

    #[test]
    fn accepts_and_normalises_real_addresses() {
        check("Amina.B@Example.TN ", Some("amina.b@example.tn"));
        check("a@b.it", Some("a@b.it"));
    }

    #[test]
    fn rejects_what_cannot_be_an_address() {
        check("", None);
        check("no-at-sign", None);
        check("a@b", None);
        check("a b@c.it", None);
        check("a@@c.it", None);
        check("@c.it", None);
        check("a@c.", None);
    }
}
