//! A forgotten password: ask for a link by e-mail (`/password/forgot`), then set a new
//! password through it (`/password/reset?t=…`). The token travels in the query, never in
//! the path, so that request logs (which name paths) never hold it.
//!
//! Asking answers the same page whether or not the address has an account, at once: the
//! work runs after the answer, so its time tells nothing either.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Email;
use domain::password::NewPassword;
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "password/forgot.html")]
struct ForgotPage {
    page: Page,
    email: String,
    error: Option<String>,
    /// The request was taken: say what happens next instead of the form.
    sent: bool,
}

#[derive(Template)]
#[template(path = "password/reset.html")]
struct ResetPage {
    page: Page,
    token: String,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

pub async fn forgot_form(ctx: Ctx) -> Result<Response, AppError> {
    html(&ForgotPage {
        page: Page::new(&ctx, "password-forgot-title"),
        email: String::new(),
        error: None,
        sent: false,
    })
}

pub async fn forgot(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<ForgotForm>,
) -> Result<Response, AppError> {
    let email = match Email::parse(f.email.trim()) {
        Ok(e) => e,
        Err(e) => {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ForgotPage {
                    page: Page::new(&ctx, "password-forgot-title"),
                    email: f.email.chars().take(320).collect(),
                    error: Some(ctx.tr().t(e.key)),
                    sent: false,
                },
            );
        }
    };
    let (db, clock, origin, locale) = (
        state.db.clone(),
        state.clock.clone(),
        ctx.origin(),
        ctx.locale,
    );
    let base = state.config.base_url.clone();
    tokio::spawn(async move {
        if let Err(e) =
            app::password_reset::request(&db, &*clock, origin, &email, locale, &base).await
        {
            tracing::error!(error = %e, "a password reset could not be recorded");
        }
    });
    html(&ForgotPage {
        page: Page::new(&ctx, "password-forgot-title"),
        email: String::new(),
        error: None,
        sent: true,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    t: String,
}

/// A link that no longer opens anything: the request form again, saying why (410).
fn dead_link(ctx: &Ctx) -> Result<Response, AppError> {
    html_status(
        StatusCode::GONE,
        &ForgotPage {
            page: Page::new(ctx, "password-forgot-title"),
            email: String::new(),
            error: Some(ctx.tr().t("error-reset-link-dead")),
            sent: false,
        },
    )
}

/// Tokens are 64 hex characters; anything else is no token, looked up or not.
pub(crate) fn plausible(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

pub async fn reset_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    if !plausible(&q.t) || !app::password_reset::is_live(&state.db, &*state.clock, &q.t).await? {
        return dead_link(&ctx);
    }
    html(&ResetPage {
        page: Page::new(&ctx, "password-reset-title"),
        token: q.t,
        error: None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    t: String,
    password: String,
}

pub async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<ResetForm>,
) -> Result<Response, AppError> {
    if !plausible(&f.t) || !app::password_reset::is_live(&state.db, &*state.clock, &f.t).await? {
        return dead_link(&ctx);
    }
    let password = match NewPassword::parse(&f.password) {
        Ok(p) => p,
        Err(e) => {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ResetPage {
                    page: Page::new(&ctx, "password-reset-title"),
                    token: f.t,
                    error: Some(ctx.tr().t(e.key)),
                },
            );
        }
    };
    let mut salt = [0u8; 16];
    db::id::fill_random(&mut salt);
    let hash = tokio::task::spawn_blocking(move || password.hash(salt))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|_| AppError::Internal("password hashing failed".into()))?;
    match app::password_reset::reset(&state.db, &*state.clock, ctx.origin(), &f.t, hash).await {
        Ok(()) => Ok(flash::redirect(
            "/login",
            Flash::new("flash-password-reset"),
        )),
        Err(app::Error::Invalid(_)) => dead_link(&ctx),
        Err(e) => Err(e.into()),
    }
}
