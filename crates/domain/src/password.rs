//! Password rules and hashing (Argon2id with the crate's recommended parameters).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::Invalid;

pub const MIN_LENGTH: usize = 10;

/// A password that satisfies the policy. Never printed: `Debug` hides it.
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    /// Length is what protects most; we do not impose character classes (NIST SP 800-63B).
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        if s.chars().count() < MIN_LENGTH {
            return Err(Invalid::new("password", "error-password-too-short"));
        }
        if s.len() > 1024 {
            return Err(Invalid::new("password", "error-password-too-long"));
        }
        Ok(NewPassword(s.to_owned()))
    }

    /// Hashes with a salt made from the 16 random bytes the caller supplies (this crate
    /// does no I/O, so it does not read the system's randomness itself).
    pub fn hash(&self, salt: [u8; 16]) -> Result<String, HashError> {
        let salt = SaltString::encode_b64(&salt).map_err(|_| HashError)?;
        Argon2::default()
            .hash_password(self.0.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|_| HashError)
    }
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed")]
pub struct HashError;

/// True when `candidate` matches the stored PHC string. A malformed hash never matches.
pub fn verify(stored_hash: &str, candidate: &str) -> bool {
    PasswordHash::new(stored_hash)
        .map(|h| {
            Argon2::default()
                .verify_password(candidate.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A fixed hash to verify against when the account does not exist, so that the time a
/// failed login takes does not tell whether the e-mail is registered.
pub fn dummy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0ZbRp2GEdbvYvYqJz3+dJvOEdq3n1Zl0xR3Qm2b9fF8"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passwords_are_refused() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("long enough pass").is_ok());
    }

    #[test]
    fn a_hash_verifies_only_its_password() {
        let hash = NewPassword::parse("correct horse battery").and_then(|p| {
            p.hash([7; 16])
                .map_err(|_| Invalid::new("password", "hash"))
        });
        let hash = hash.unwrap_or_default();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify(&hash, "correct horse battery"));
        assert!(!verify(&hash, "correct horse battery!"));
        assert!(!verify("not a hash", "anything"));
        assert!(!verify(dummy_hash(), "anything"));
    }
}
