//! Accepting an invitation: the invited colleague chooses a name and a password.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::password::NewPassword;
use serde::Deserialize;

use super::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "invitations/accept.html")]
struct AcceptPage {
    page: Page,
    token: String,
    email: String,
    name: String,
    error: Option<String>,
}

async fn open(state: &AppState, token: &str) -> Result<db::invitations::Invitation, AppError> {
    Ok(app::invitations::open(&state.db, &*state.clock, token).await?)
}

pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let inv = open(&state, &token).await?;
    html(&AcceptPage {
        page: Page::new(&ctx, "invite-accept-title"),
        token,
        email: inv.email,
        name: String::new(),
        error: None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptForm {
    display_name: String,
    password: String,
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<AcceptForm>,
) -> Result<Response, AppError> {
    let inv = open(&state, &token).await?;
    let parsed = domain::programme::parse_name(&f.display_name)
        .and_then(|n| Ok((n, NewPassword::parse(&f.password)?)));
    let (name, password) = match parsed {
        Ok(v) => v,
        Err(e) => {
            let page = AcceptPage {
                page: Page::new(&ctx, "invite-accept-title"),
                token,
                email: inv.email,
                name: f.display_name,
                error: Some(ctx.tr().t(e.key)),
            };
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let mut salt = [0u8; 16];
    db::id::fill_random(&mut salt);
    let hash = tokio::task::spawn_blocking(move || password.hash(salt))
        .await
        .map_err(|_| AppError::Internal("hash task failed".into()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    app::invitations::accept(&state.db, &*state.clock, ctx.origin(), &token, name, hash).await?;
    Ok(see_other("/login"))
}
