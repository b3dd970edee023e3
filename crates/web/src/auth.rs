//! Finding the signed-in person from a session cookie or a bearer token.

use axum::http::HeaderMap;

use crate::context::{Authed, cookie};
use crate::{AppError, AppState};

pub const SESSION_COOKIE: &str = "mentor_session";

pub fn session_cookie(token: &str, https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200{secure}")
}

pub fn clear_session_cookie(https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

/// The person behind the request, if any. A bearer token, when given, is the only
/// credential considered (an API client does not fall back to a cookie).
pub async fn resolve(
    state: &AppState,
    headers: &HeaderMap,
    bearer: Option<String>,
) -> Result<Option<Authed>, AppError> {
    let session = cookie(headers, SESSION_COOKIE).map(str::to_owned);
    if bearer.is_none() && session.is_none() {
        return Ok(None);
    }
    let now = state.clock.now();
    let token = bearer.clone();
    let (authed, last_used) = state
        .db
        .read(move |conn| {
            let (user_id, last_used) = match (&bearer, &session) {
                (Some(token), _) => match db::api_tokens::user_of(conn, token)? {
                    Some((user, used)) => (Some(user), Some(used)),
                    None => (None, None),
                },
                (None, Some(token)) => (db::sessions::user_of(conn, token, now)?, None),
                (None, None) => (None, None),
            };
            let Some(user_id) = user_id else {
                return Ok((None, None));
            };
            let Some(actor) = db::memberships::load_actor(conn, &user_id)? else {
                return Ok((None, None));
            };
            let user = db::users::me(conn, &user_id)?;
            let session_token = if bearer.is_some() { None } else { session };
            let authed = Authed {
                user,
                actor,
                session_token,
            };
            Ok((Some(authed), last_used))
        })
        .await?;
    // The token's use is recorded apart from the read, at most once per interval, and a
    // failure to record it does not fail the request.
    if let (Some(token), Some(used)) = (token, last_used) {
        let since = now - TOKEN_USE_INTERVAL;
        if used.is_none_or(|t| t < since) {
            let touched = state
                .db
                .write_at(db::Origin::system(), now, move |tx| {
                    db::api_tokens::touch(tx, &token, now, since)
                })
                .await;
            if let Err(e) = touched {
                tracing::warn!(error = %e, "could not record an API token's use");
            }
        }
    }
    Ok(authed)
}

/// How often a token's last use is recorded at most.
const TOKEN_USE_INTERVAL: chrono::TimeDelta = chrono::TimeDelta::minutes(5);

/// A keyed hash for the throttle table, so that it holds no e-mail addresses or IPs.
pub fn throttle_key(state: &AppState, kind: &str, value: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(state.db.audit_key().bytes());
    h.update(kind.as_bytes());
    h.update(b"\x1f");
    h.update(value.as_bytes());
    hex::encode(h.finalize())
}
