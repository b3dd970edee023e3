//! The regional hosting rules (minimum allowance, headcount caps, extra conditions).

use app::rules::RulesFields;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::host_rules::RegionalRules;

use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "rules/list.html")]
struct ListPage {
    page: Page,
    rules: Vec<RulesLine>,
    error: Option<String>,
}

/// One region's rules with its minimum allowance formatted as money.
struct RulesLine {
    rules: RegionalRules,
    min_allowance: String,
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    error: Option<String>,
) -> Result<ListPage, AppError> {
    let rules = state.db.read(db::rules::list).await?;
    let tr = ctx.tr();
    Ok(ListPage {
        page: Page::new(ctx, "rules-title"),
        rules: rules
            .into_iter()
            .map(|r| RulesLine {
                min_allowance: tr.money(&r.min_allowance_cents, "EUR"),
                rules: r,
            })
            .collect(),
        error,
    })
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    html(&list_page(&state, &ctx, None).await?)
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(region): Path<String>,
    Form(f): Form<RulesFields>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    match app::rules::update(&state.db, &*state.clock, &who, &region, &f).await {
        Ok(()) => Ok(flash::redirect("/rules", Flash::new("flash-saved"))),
        Err(app::Error::Invalid(e)) => {
            let msg = Some(ctx.tr().t(e.key));
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &list_page(&state, &ctx, msg).await?,
            )
        }
        Err(e) => Err(e.into()),
    }
}
