//! The consolidated ranking of a call (the coordinator's; a panellist's once all their
//! scores are submitted): rank, applicant, type and origin, mean points with the spread
//! between panellists (flagged when large), how many scored, the amount requested and the
//! running total of the fund beside it. And the results spreadsheet.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

use crate::pages::cases::checked_id;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

pub(super) struct RankLine {
    pub rank: usize,
    pub id: String,
    pub reference: String,
    pub name: String,
    pub country: String,
    pub kind: String,
    pub origin: String,
    pub points: String,
    pub points_milli: i64,
    pub spread: String,
    pub stddev: String,
    pub flagged: bool,
    pub scored: String,
    pub requested: String,
    pub running: String,
    pub within_fund: bool,
    pub above_threshold: bool,
}

#[derive(Template)]
#[template(path = "awards/ranking.html")]
struct RankingPage {
    page: Page,
    id: String,
    fund: String,
    threshold: i64,
    lines: Vec<RankLine>,
    waiting: usize,
    waiting_text: String,
    manages: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let board = app::awards::ranking(&state.db, &who, &id).await?;
    let tr = ctx.tr();
    let row = &board.call.row;
    let panel = board.panel.len();
    let mut running = 0;
    let lines = board
        .ranked
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let c = r.consolidated?;
            let a = &r.listed.application;
            running += a.requested_cents;
            Some(RankLine {
                rank: i + 1,
                id: a.id.clone(),
                reference: a.reference.clone(),
                name: r.name(),
                country: crate::pages::candidates::view::country_name(
                    &tr,
                    r.listed.country.as_str(),
                ),
                kind: tr.t(&format!("award-type-{}", a.project_type.as_str())),
                origin: tr.t(&format!("award-origin-{}", a.origin.as_str())),
                points: super::points(ctx.locale, c.mean_milli),
                points_milli: c.mean_milli,
                spread: super::points(ctx.locale, c.spread_milli()),
                stddev: super::points(ctx.locale, c.stddev_milli),
                flagged: c.flagged(),
                scored: tr.t_with(
                    "award-scored-of",
                    &[
                        (
                            "scored",
                            i18n::FluentArg::Num(i64::try_from(c.scored).unwrap_or(0)),
                        ),
                        (
                            "panel",
                            i18n::FluentArg::Num(i64::try_from(panel).unwrap_or(0)),
                        ),
                    ],
                ),
                requested: tr.money(&a.requested_cents, &row.currency),
                running: tr.money(&running, &row.currency),
                within_fund: running <= row.fund_cents,
                above_threshold: c.mean_milli >= row.quality_threshold * 1000,
            })
        })
        .collect();
    html(&RankingPage {
        page: Page::titled(&ctx, tr.t1("award-ranking-title", "call", &row.title)),
        id: row.id.clone(),
        fund: tr.money(&row.fund_cents, &row.currency),
        threshold: row.quality_threshold,
        lines,
        waiting: board.waiting.len(),
        waiting_text: tr.tn(
            "award-waiting-n",
            "count",
            i64::try_from(board.waiting.len()).unwrap_or(0),
        ),
        manages: who.actor.can(domain::Permission::ManageGrantCalls),
    })
}

/// The call's results as XLSX, headed in the reader's language (audited).
pub async fn results(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let bytes = app::awards::results_xlsx(&state.db, &*state.clock, &who, &id, ctx.locale).await?;
    Ok((
        [
            (
                CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"grant-call-results.xlsx\"".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}
