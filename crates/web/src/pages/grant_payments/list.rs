//! The grants a person follows: staff who manage grants see those of their programmes
//! (`/grants`, each call linked to its fund's balance), a grantee their own
//! (`/my/funding`). The menu's way in to the grant pages.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::state_label;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Line {
    href: String,
    reference: String,
    title: String,
    call: String,
    call_href: Option<String>,
    amount: String,
    paid: String,
    state: &'static str,
    state_label: String,
}

#[derive(Template)]
#[template(path = "grant_payments/list.html")]
struct ListPage {
    page: Page,
    lines: Vec<Line>,
}

async fn render(state: &AppState, ctx: &Ctx, own: bool) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let all = app::grant_payments::list(&state.db, &who, None).await?;
    let tr = ctx.tr();
    let lines = all
        .iter()
        .map(|v| {
            let g = &v.grant;
            let id = &g.award.application_id;
            Line {
                href: if own {
                    format!("/my/funding/{id}")
                } else {
                    format!("/grants/{id}")
                },
                reference: g.reference.clone(),
                title: g.title.clone(),
                call: g.call_title.clone(),
                call_href: (!own).then(|| format!("/grant-calls/{}/grants", g.award.call_id)),
                amount: tr.money(&g.award.amount_cents, &g.currency),
                paid: tr.money(&v.paid_cents, &g.currency),
                state: g.award.state.as_str(),
                state_label: state_label(&tr, g.award.state),
            }
        })
        .collect();
    let title = if own {
        "grant-list-own-title"
    } else {
        "grant-list-title"
    };
    html(&ListPage {
        page: Page::new(ctx, title),
        lines,
    })
}

/// Staff's list (`ManageGrants`).
pub async fn staff(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    render(&state, &ctx, false).await
}

/// The grantee's own (`ApplyForGrants`).
pub async fn own(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    render(&state, &ctx, true).await
}
