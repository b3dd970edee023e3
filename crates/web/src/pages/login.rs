//! Signing in: e-mail and password, throttled, with a fresh session on success.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use domain::Email;
use serde::Deserialize;

use super::{safe_next, see_other};
use crate::auth::{session_cookie, throttle_key};
use crate::context::ClientAddr;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    email: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    next: Option<String>,
}

/// Percent-encodes a path for use as the `next` query parameter.
pub fn encode_next(path: &str) -> String {
    domain::format::percent_encode(path)
}

pub async fn form(ctx: Ctx, Query(q): Query<NextQuery>) -> Result<Response, AppError> {
    let next = safe_next(q.next.as_deref());
    if ctx.user.is_some() {
        return Ok(see_other(&next));
    }
    html(&LoginPage {
        page: Page::new(&ctx, "login-title"),
        email: String::new(),
        next,
        error: None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddr(addr): ClientAddr,
    Form(f): Form<LoginForm>,
) -> Result<Response, AppError> {
    let next = safe_next(f.next.as_deref());
    let refuse = |status: StatusCode, key: &str| {
        let tr = ctx.tr();
        html_status(
            status,
            &LoginPage {
                page: Page::new(&ctx, "login-title"),
                email: f.email.trim().to_owned(),
                next: next.clone(),
                error: Some(tr.t(key)),
            },
        )
    };

    let account = throttle_key(&state, "account", &f.email.trim().to_lowercase());
    let address = throttle_key(&state, "address", &addr);
    let since = state.throttle.window_start(Utc::now().naive_utc());
    let (acc_fail, addr_fail) = {
        let (a, b) = (account.clone(), address.clone());
        state
            .db
            .read(move |c| db::login_attempts::failures_since(c, &a, &b, since))
            .await?
    };
    if state.throttle.is_locked(acc_fail, addr_fail) {
        return refuse(StatusCode::TOO_MANY_REQUESTS, "error-too-many-attempts");
    }

    let creds = match Email::parse(&f.email) {
        Ok(email) => {
            state
                .db
                .read(move |c| db::users::credentials(c, &email))
                .await?
        }
        Err(_) => None,
    };
    let password = f.password.clone();
    let (hash, user) = match creds {
        Some(c) if !c.disabled => (c.password_hash, Some(c.user_id)),
        // Verify against a dummy so a missing or disabled account takes as long as a real one.
        _ => (domain::password::dummy_hash().to_owned(), None),
    };
    let matches = tokio::task::spawn_blocking(move || domain::password::verify(&hash, &password))
        .await
        .map_err(|_| AppError::Internal("password check task failed".into()))?;

    let Some(user_id) = user.filter(|_| matches) else {
        state
            .db
            .write(ctx.origin(), move |tx| {
                db::login_attempts::record(tx, &account, &address, false)
            })
            .await?;
        return refuse(StatusCode::UNAUTHORIZED, "error-sign-in-failed");
    };

    let old = ctx.user.as_ref().and_then(|a| a.session_token.clone());
    let origin = db::Origin::user(&user_id, &ctx.request_id);
    let token = state
        .db
        .write(origin, move |tx| {
            db::login_attempts::record(tx, &account, &address, true)?;
            // A new session at every sign-in: a token planted before sign-in is worthless.
            if let Some(old) = old {
                db::sessions::delete(tx, &old)?;
            }
            db::sessions::create(tx, &user_id)
        })
        .await?;
    let mut res = see_other(&next);
    let cookie = HeaderValue::from_str(&session_cookie(&token, state.config.https))
        .map_err(|_| AppError::Internal("cookie".into()))?;
    res.headers_mut().append(SET_COOKIE, cookie);
    Ok(res.into_response())
}
