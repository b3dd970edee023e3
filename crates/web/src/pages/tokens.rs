//! One's own API tokens (`/account/tokens`): the list (name, made, expires, last used —
//! never the secret), a form to make one (the secret shown once, in a field made for
//! copying), and revocation after a confirmation page. Everything goes through
//! `app::tokens`, which reaches the person's own tokens only.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::api_token::{DEFAULT_DAYS, MAX_DAYS, MAX_NAME, TokenRequest};
use domain::format::date_time;
use serde::Deserialize;

use super::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

/// A token as its row shows it.
struct Row {
    id: String,
    name: String,
    created: String,
    expires: String,
    last_used: String,
    expired: bool,
}

/// The secret of the token just made: shown on this one answer and never again.
struct Made {
    name: String,
    secret: String,
    expires: String,
}

#[derive(Template)]
#[template(path = "tokens/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    made: Option<Made>,
    notice: Option<String>,
    error: Option<String>,
    name: String,
    days: String,
    max_days: i64,
    max_name: usize,
}

#[derive(Template)]
#[template(path = "tokens/revoke.html")]
struct RevokePage {
    page: Page,
    row: Row,
}

fn row(ctx: &Ctx, now: chrono::NaiveDateTime, t: app::tokens::TokenInfo) -> Row {
    let when = |at| date_time(ctx.locale, at);
    Row {
        expired: t.expires_at <= now,
        created: when(t.created_at),
        expires: when(t.expires_at),
        last_used: t
            .last_used_at
            .map_or_else(|| ctx.tr().t("tokens-never-used"), when),
        id: t.id,
        name: t.name,
    }
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    made: Option<Made>,
    notice: Option<String>,
    error: Option<String>,
    form: (String, String),
) -> Result<ListPage, AppError> {
    let tokens = app::tokens::list(&state.db, &ctx.acting()?).await?;
    let now = state.clock.now();
    Ok(ListPage {
        page: Page::new(ctx, "tokens-title"),
        rows: tokens.into_iter().map(|t| row(ctx, now, t)).collect(),
        made,
        notice,
        error,
        name: form.0,
        days: form.1,
        max_days: MAX_DAYS,
        max_name: MAX_NAME,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    revoked: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let notice = q.revoked.map(|_| ctx.tr().t("tokens-revoked"));
    let form = (String::new(), DEFAULT_DAYS.to_string());
    html(&list_page(&state, &ctx, None, notice, None, form).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateForm {
    name: String,
    days: String,
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CreateForm>,
) -> Result<Response, AppError> {
    let request = match TokenRequest::parse(&f.name, &f.days) {
        Ok(r) => r,
        Err(e) => {
            let error = Some(ctx.tr().t(e.key));
            let page = list_page(&state, &ctx, None, None, error, (f.name, f.days)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let name = request.name.clone();
    let expires = request.expires_at(state.clock.now());
    let token = app::tokens::create(&state.db, &*state.clock, &ctx.acting()?, request).await?;
    let made = Made {
        name,
        secret: token.secret,
        expires: date_time(ctx.locale, expires),
    };
    // The secret is in this answer only (never stored, never in a URL): no redirect.
    let form = (String::new(), DEFAULT_DAYS.to_string());
    let page = list_page(&state, &ctx, Some(made), None, None, form).await?;
    html_status(StatusCode::CREATED, &page)
}

pub async fn confirm_revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let token = app::tokens::find(&state.db, &ctx.acting()?, id).await?;
    html(&RevokePage {
        page: Page::new(&ctx, "tokens-revoke-title"),
        row: row(&ctx, state.clock.now(), token),
    })
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    app::tokens::revoke(&state.db, &*state.clock, &ctx.acting()?, id).await?;
    Ok(see_other("/account/tokens?revoked=1"))
}
