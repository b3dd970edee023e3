//! Finding the signed-in person from a session cookie or a bearer token.

use axum::http::HeaderMap;
use chrono::Utc;

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
    let authed = state
        .db
        .read(move |conn| {
            let now = Utc::now().naive_utc();
            let user_id = match (&bearer, &session) {
                (Some(token), _) => db::api_tokens::user_of(conn, token, now)?,
                (None, Some(token)) => db::sessions::user_of(conn, token, now)?,
                (None, None) => None,
            };
            let Some(user_id) = user_id else {
                return Ok(None);
            };
            let Some(actor) = db::memberships::load_actor(conn, &user_id)? else {
                return Ok(None);
            };
            let user = db::users::me(conn, &user_id)?;
            let session_token = if bearer.is_some() { None } else { session };
            Ok(Some(Authed {
                user,
                actor,
                session_token,
            }))
        })
        .await?;
    Ok(authed)
}

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
