//! Who may read `/metrics`: a scraper presenting `Authorization: Bearer <token>`, the token
//! set by `MENTOR_METRICS_TOKEN`. Anyone else, signed in or not, is answered 404 exactly
//! as for a path that does not exist; with no token configured the route answers 404 to
//! everyone. The comparison runs in constant time over SHA-256 digests, so neither the
//! token's bytes nor its length leak through timing; the token is never logged or printed.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::{AppError, AppState};

/// The shortest token accepted: long enough not to be guessed, as a generated one is.
pub const MIN_TOKEN_CHARS: usize = 24;

/// The configured scraper's token, kept as its digest.
#[derive(Clone)]
pub struct MetricsToken {
    digest: [u8; 32],
}

/// Why a configured token is refused at start-up.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the metrics token must have at least {MIN_TOKEN_CHARS} characters")]
    TooShort,
    #[error("the metrics token must be printable ASCII without spaces")]
    NotPrintable,
}

impl MetricsToken {
    /// The token as configured: empty means `/metrics` is off (`None`).
    pub fn parse(configured: &str) -> Result<Option<MetricsToken>, TokenError> {
        let token = configured.trim();
        if token.is_empty() {
            return Ok(None);
        }
        if !token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(TokenError::NotPrintable);
        }
        if token.len() < MIN_TOKEN_CHARS {
            return Err(TokenError::TooShort);
        }
        Ok(Some(MetricsToken {
            digest: Sha256::digest(token.as_bytes()).into(),
        }))
    }

    fn admits(&self, presented: &[u8]) -> bool {
        let digest: [u8; 32] = Sha256::digest(presented).into();
        self.digest.ct_eq(&digest).into()
    }
}

impl std::fmt::Debug for MetricsToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MetricsToken(…)")
    }
}

/// A request admitted to `/metrics`: the handler takes it, so that no other request reaches
/// the handler's body.
#[derive(Debug)]
pub(crate) struct Scraper;

impl FromRequestParts<AppState> for Scraper {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Some(token) = &state.metrics_token else {
            return Err(AppError::NotFound);
        };
        let presented = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.as_bytes().strip_prefix(b"Bearer "));
        match presented {
            Some(p) if token.admits(p) => Ok(Scraper),
            _ => Err(AppError::NotFound),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "s3cret-token-for-the-scraper-0123";

    #[test]
    fn an_empty_token_turns_metrics_off_and_a_weak_one_is_refused() {
        assert!(MetricsToken::parse("").unwrap().is_none());
        assert!(MetricsToken::parse("  ").unwrap().is_none());
        assert_eq!(
            MetricsToken::parse("short").unwrap_err(),
            TokenError::TooShort
        );
        assert_eq!(
            MetricsToken::parse("a token with spaces in it, long enough").unwrap_err(),
            TokenError::NotPrintable
        );
    }

    #[test]
    fn only_the_same_token_is_admitted() {
        let t = MetricsToken::parse(GOOD).unwrap().unwrap();
        assert!(t.admits(GOOD.as_bytes()));
        assert!(!t.admits(b"s3cret-token-for-the-scraper-0124"));
        assert!(!t.admits(b"s3cret-token-for-the-scraper-012"));
        assert!(!t.admits(b""));
    }

    #[test]
    fn the_token_is_never_printed() {
        let t = MetricsToken::parse(GOOD).unwrap().unwrap();
        assert!(!format!("{t:?}").contains("s3cret"));
    }
}
