//! Signing out ends the session on the server, not just in the browser.

use axum::extract::State;
use axum::http::HeaderValue;
use axum::http::header::SET_COOKIE;
use axum::response::Response;

use super::see_other;
use crate::auth::clear_session_cookie;
use crate::{AppError, AppState, Ctx};

pub async fn submit(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    if let Some(token) = ctx.authed()?.session_token.clone() {
        app::sessions::sign_out(&state.db, &*state.clock, &ctx.acting()?, token).await?;
    }
    let mut res = see_other("/login");
    if let Ok(v) = HeaderValue::from_str(&clear_session_cookie(state.config.https)) {
        res.headers_mut().append(SET_COOKIE, v);
    }
    Ok(res)
}
