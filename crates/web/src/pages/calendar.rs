//! One's calendar feed (`/calendar`): make a secret address for one's case deadlines
//! (shown once, with how to add it on a phone), make a new one (the old stops working) or
//! turn it off; and the feed itself at `/calendar/feed/{token}.ics`, public by its secret
//! (`app::cases::feed`). An unknown, revoked or malformed token is a 404 like any missing
//! page, and says nothing more.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

/// The address just made: on this one answer and never again.
struct Made {
    url: String,
    /// The same address with the `webcal:` scheme, which phones open as a subscription.
    webcal: String,
}

#[derive(Template)]
#[template(path = "calendar/index.html")]
struct CalendarPage {
    page: Page,
    active: bool,
    made: Option<Made>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    revoked: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let active = app::cases::feed::has_feed(&state.db, &ctx.acting()?).await?;
    html(&CalendarPage {
        page: Page::new(&ctx, "calendar-title"),
        active,
        made: None,
        notice: q.revoked.map(|_| ctx.tr().t("calendar-revoked")),
    })
}

/// Makes (or remakes) the address. The secret is in this answer only, never in a
/// redirect's URL: no redirect.
pub async fn create(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let token = app::cases::feed::renew(&state.db, &*state.clock, &ctx.acting()?).await?;
    let url = format!(
        "{}/calendar/feed/{token}.ics",
        state.config.base_url.trim_end_matches('/')
    );
    let webcal = match url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => url.clone(),
    };
    html_status(
        StatusCode::CREATED,
        &CalendarPage {
            page: Page::new(&ctx, "calendar-title"),
            active: true,
            made: Some(Made { url, webcal }),
            notice: None,
        },
    )
}

pub async fn revoke(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    app::cases::feed::revoke(&state.db, &*state.clock, &ctx.acting()?).await?;
    Ok(see_other("/calendar?revoked=1"))
}

/// The feed: `text/calendar`, not kept by shared caches (it is one person's).
pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let ics =
        app::cases::feed::ics(&state.db, &*state.clock, token, &state.config.base_url).await?;
    Ok((
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (CACHE_CONTROL, "private, no-store"),
        ],
        ics,
    )
        .into_response())
}
