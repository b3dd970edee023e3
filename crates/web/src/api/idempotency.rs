//! The `Idempotency-Key` header on API POSTs that create (IETF draft "The Idempotency-Key
//! HTTP Header Field"): a client that got no answer retries with the same key and gets the
//! first request's answer instead of a second record.
//!
//! [`middleware`] reads the header on every `POST /api/v1/…` of a signed-in person: the same
//! key with another request (method, path, body) is refused (422); a key already used for
//! this same request marks it a repeat ([`Idempotency::replayed`]), which the handler answers
//! by reading what the first created, writing nothing. Otherwise the key goes with the
//! request's audit origin ([`Idempotency::acting`]), and `db` records it in the same
//! transaction as what the request creates (see `db::idempotency`). A repeat while the
//! first is still being served here is refused at once ([`InFlight`], 409); one that races
//! it from another server is refused by that transaction (409), writing nothing.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::Method;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use db::idempotency::Claim;

use crate::{AppError, AppState, Ctx};

pub const HEADER: &str = "idempotency-key";

/// The keys (with their users) of the requests this server is serving now.
#[derive(Clone, Default)]
pub struct InFlight(Arc<Mutex<HashSet<(String, String)>>>);

/// A key being served; it leaves [`InFlight`] when the request ends, however it ends.
struct Serving {
    set: InFlight,
    entry: (String, String),
}

impl InFlight {
    fn start(&self, user_id: &str, key: &str) -> Option<Serving> {
        let entry = (user_id.to_owned(), key.to_owned());
        let mut set = self.0.lock().unwrap_or_else(|p| p.into_inner());
        set.insert(entry.clone()).then(|| Serving {
            set: self.clone(),
            entry,
        })
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        let mut set = self.set.0.lock().unwrap_or_else(|p| p.into_inner());
        set.remove(&self.entry);
    }
}
/// The largest body a keyed request may have (axum's default body limit).
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// What the middleware found for the request's key.
#[derive(Debug, Clone, Default)]
pub struct Idempotency {
    claim: Option<Claim>,
    replay_of: Option<String>,
}

impl Idempotency {
    /// The id of what the first request with this key created, when this is a repeat.
    pub fn replayed(&self) -> Option<String> {
        self.replay_of.clone()
    }

    /// The signed-in person as a use case sees them, the key going with their writes.
    pub fn acting(&self, ctx: &Ctx) -> Result<app::Acting, AppError> {
        let mut who = ctx.acting()?;
        who.origin = self.origin(ctx);
        Ok(who)
    }

    /// The request's audit origin, the key going with its writes.
    pub fn origin(&self, ctx: &Ctx) -> db::Origin {
        match &self.claim {
            Some(claim) => ctx.origin().with_idempotency(claim.clone()),
            None => ctx.origin(),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Idempotency {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Idempotency>()
            .cloned()
            .unwrap_or_default())
    }
}

/// A key is 1 to 255 visible ASCII characters (quotes of a structured-field string are
/// taken off).
fn parse_key(value: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(value).ok()?.trim();
    let text = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text);
    let ok = (1..=255).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_graphic());
    ok.then(|| text.to_owned())
}

/// What the request asks: method, path with query, and body, hashed.
fn fingerprint(method: &Method, path: &str, body: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(method.as_str().as_bytes());
    h.update(b"\n");
    h.update(path.as_bytes());
    h.update(b"\n");
    h.update(body);
    hex::encode(h.finalize())
}

pub async fn middleware(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(value) = req.headers().get(HEADER) else {
        return next.run(req).await;
    };
    if req.method() != Method::POST || !req.uri().path().starts_with("/api/v1/") {
        return next.run(req).await;
    }
    let Some(key) = parse_key(value.as_bytes()) else {
        return AppError::BadRequest("error-idempotency-key-invalid").into_response();
    };
    // Nobody signed in: the route answers 401.
    let Some(user_id) = req
        .extensions()
        .get::<Ctx>()
        .and_then(|c| c.user.as_ref())
        .map(|a| a.user.id.clone())
    else {
        return next.run(req).await;
    };
    let Some(_serving) = state.in_flight.start(&user_id, &key) else {
        return AppError::Conflict(domain::conflict::Conflict::IdempotencyInProgress)
            .into_response();
    };
    let path = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.uri().path().to_owned(), |p| p.as_str().to_owned());
    let method = req.method().clone();
    let (mut parts, body) = req.into_parts();
    let bytes = match to_bytes(body, MAX_BODY_BYTES).await {
        Ok(bytes) => bytes,
        Err(e) if crate::limits::is_body_timeout(&e) => {
            return AppError::BodyTimeout.into_response();
        }
        Err(_) => return AppError::BadRequest("error-too-large").into_response(),
    };
    let fingerprint = fingerprint(&method, &path, &bytes);
    let now = state.clock.now();
    let lookup = {
        let key = key.clone();
        state
            .db
            .read(move |c| db::idempotency::find(c, &user_id, &key, now))
            .await
    };
    let found = match lookup {
        Ok(found) => found,
        Err(e) => return AppError::from(e).into_response(),
    };
    let idempotency = match found {
        Some(first) if first.fingerprint != fingerprint => {
            return AppError::IdempotencyKeyReused.into_response();
        }
        Some(first) => Idempotency {
            claim: None,
            replay_of: Some(first.object_id),
        },
        None => Idempotency {
            claim: Some(Claim { key, fingerprint }),
            replay_of: None,
        },
    };
    parts.extensions.insert(idempotency);
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_are_short_visible_text() {
        assert_eq!(
            super::parse_key(b"\"8e03978e-40d5\""),
            Some("8e03978e-40d5".into())
        );
        assert_eq!(super::parse_key(b"abc"), Some("abc".into()));
        assert_eq!(super::parse_key(b""), None);
        assert_eq!(super::parse_key(b"a b"), None);
        assert_eq!(super::parse_key("x".repeat(256).as_bytes()), None);
    }
}
