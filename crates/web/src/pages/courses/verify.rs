//! `/verify` and `/verify/{code}`: anyone, without signing in, checks a certificate's code
//! and learns only the holder's name, the course and the date. An unknown code is a clear
//! not-found (404); too many from one address wait (429 with `Retry-After`), like sign-in.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use serde::Deserialize;

use crate::client_ip::ClientAddr;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "courses/verify.html")]
struct VerifyPage {
    page: Page,
    code: String,
    found: Option<(String, String, String)>,
    unknown: bool,
    wait: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeQuery {
    code: String,
}

/// The form, or (with `?code=`) its answer.
pub async fn form(
    state: State<AppState>,
    ctx: Ctx,
    addr: ClientAddr,
    Query(q): Query<CodeQuery>,
) -> Result<Response, AppError> {
    if q.code.trim().is_empty() {
        return html_status(
            StatusCode::OK,
            &VerifyPage {
                page: Page::new(&ctx, "verify-title"),
                code: String::new(),
                found: None,
                unknown: false,
                wait: None,
            },
        );
    }
    answer(state, ctx, addr, q.code).await
}

pub async fn show(
    state: State<AppState>,
    ctx: Ctx,
    addr: ClientAddr,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    answer(state, ctx, addr, code).await
}

async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddr(addr): ClientAddr,
    typed: String,
) -> Result<Response, AppError> {
    // A code is 23 characters; anything much longer is not one, and is not echoed.
    let shown: String = typed.trim().chars().take(40).collect();
    let v = app::courses::verify(&state.db, &*state.clock, &addr, &ctx.request_id, &shown).await?;
    let tr = ctx.tr();
    let mut page = VerifyPage {
        page: Page::new(&ctx, "verify-title"),
        code: shown,
        found: None,
        unknown: false,
        wait: None,
    };
    match v {
        app::courses::Verification::Found(c) => {
            page.found = Some((
                format!("{} {}", c.given_names, c.family_name),
                c.course,
                tr.date(&c.issued_on),
            ));
            html_status(StatusCode::OK, &page)
        }
        app::courses::Verification::Unknown => {
            page.unknown = true;
            html_status(StatusCode::NOT_FOUND, &page)
        }
        app::courses::Verification::Wait(wait) => {
            let seconds = ((wait.num_milliseconds() + 999) / 1000).max(1);
            page.wait = Some(tr.tn("verify-wait", "seconds", seconds));
            let mut res = html_status(StatusCode::TOO_MANY_REQUESTS, &page)?;
            res.headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(seconds));
            Ok(res)
        }
    }
}
