//! Finding the signed-in person from a session cookie or a bearer token (a live one: not
//! expired, revoked or of a disabled account), and the cookies of signing in. A session's
//! person is kept between requests until the next write ([`crate::known_sessions`]).

use axum::http::HeaderMap;

use crate::context::{Authed, cookie};
use crate::{AppError, AppState};

pub const SESSION_COOKIE: &str = "mentor_session";

pub fn session_cookie(token: &str, https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200{secure}")
}

/// The known-device cookie (`domain::throttle`): sent only to the sign-in page, which is
/// the only place that reads it, and kept as long as the server honours it.
pub const DEVICE_COOKIE: &str = "mentor_device";

pub fn device_cookie(value: &str, https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    let age = domain::throttle::LoginThrottle::default()
        .device_lifetime
        .num_seconds();
    format!(
        "{DEVICE_COOKIE}={value}; Path=/login; HttpOnly; SameSite=Strict; Max-Age={age}{secure}"
    )
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
    let writes = state.db.writes_run();
    if let (None, Some(token)) = (&bearer, &session)
        && let Some(known) = state.sessions.get(token, writes, now)
    {
        return Ok(Some(known));
    }
    let token = bearer.clone();
    let (authed, last_used) = state
        .db
        .read(move |conn| {
            // Two statements: the credential with its (active) user, and their memberships.
            let (user, last_used) = match (&bearer, &session) {
                (Some(token), _) => match db::api_tokens::user_of(conn, token, now)? {
                    Some((user, used)) => (Some(user), Some(used)),
                    None => (None, None),
                },
                (None, Some(token)) => (db::sessions::user_of(conn, token, now)?, None),
                (None, None) => (None, None),
            };
            let Some(user) = user else {
                return Ok((None, None));
            };
            let actor = db::memberships::actor_of(conn, &user.id)?;
            let session_token = if bearer.is_some() { None } else { session };
            let authed = Authed {
                user,
                actor,
                session_token,
            };
            Ok((Some(authed), last_used))
        })
        .await?;
    if let Some(a) = &authed
        && let Some(token) = &a.session_token
    {
        state
            .sessions
            .put(token, a, writes, state.db.writes_run(), now);
    }
    // The token's use is recorded apart from the read, at most once per interval, and a
    // failure to record it does not fail the request.
    if let (Some(token), Some(used)) = (token, last_used) {
        let touched = app::sessions::record_token_use(&state.db, now, token, used).await;
        if let Err(e) = touched {
            tracing::warn!(error = %e, "could not record an API token's use");
        }
    }
    Ok(authed)
}
