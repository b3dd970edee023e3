//! Signing in: e-mail and password, throttled (`app::sessions::sign_in`), with a fresh
//! session and a known-device cookie on success. A throttled attempt is answered 429 with
//! `Retry-After` and is not checked.

use app::sessions::SignIn;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header::{RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use serde::Deserialize;

use super::{safe_next, see_other};
use crate::auth::{DEVICE_COOKIE, device_cookie, session_cookie};
use crate::client_ip::ClientAddr;
use crate::context::cookie;
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
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Result<Response, AppError> {
    let next = safe_next(f.next.as_deref());
    let refuse = |status: StatusCode, error: String| {
        html_status(
            status,
            &LoginPage {
                page: Page::new(&ctx, "login-title"),
                email: f.email.trim().to_owned(),
                next: next.clone(),
                error: Some(error),
            },
        )
    };

    let attempt = app::sessions::Attempt {
        email: f.email.clone(),
        password: f.password.clone(),
        address: addr,
        device: cookie(&headers, DEVICE_COOKIE).map(str::to_owned),
        replaces: ctx.user.as_ref().and_then(|a| a.session_token.clone()),
        request_id: ctx.request_id.clone(),
    };
    match app::sessions::sign_in(&state.db, &*state.clock, &state.throttle, attempt).await? {
        SignIn::Refused => refuse(StatusCode::UNAUTHORIZED, ctx.tr().t("error-sign-in-failed")),
        SignIn::Wait(wait) => {
            // Whole seconds, rounded up: a client that waits as told is let in.
            let seconds = (wait.num_milliseconds() + 999) / 1000;
            let message = ctx.tr().tn("error-sign-in-wait", "seconds", seconds);
            let mut res = refuse(StatusCode::TOO_MANY_REQUESTS, message)?;
            res.headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(seconds.max(1)));
            Ok(res)
        }
        SignIn::SignedIn { session, device } => {
            let https = state.config.https;
            let mut res = see_other(&next);
            for c in [
                session_cookie(&session, https),
                device_cookie(&device, https),
            ] {
                let c =
                    HeaderValue::from_str(&c).map_err(|_| AppError::Internal("cookie".into()))?;
                res.headers_mut().append(SET_COOKIE, c);
            }
            Ok(res)
        }
    }
}
