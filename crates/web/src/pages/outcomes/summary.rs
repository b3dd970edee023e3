//! `/outcomes`: the figures of DOMAIN.md §6 per programme — of the outcomes recorded, per
//! country of origin, how many were in Italy at the end (an extension or a job contract),
//! returned home, interrupted, other — counted over the cases in the reader's reach.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::super::candidates::view::country_name;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Row {
    country: String,
    name: String,
    in_italy: i64,
    returned_home: i64,
    interrupted: i64,
    other: i64,
    total: i64,
}

struct Table {
    programme_id: String,
    programme: String,
    rows: Vec<Row>,
    total: Row,
}

#[derive(Template)]
#[template(path = "outcomes/summary.html")]
struct SummaryPage {
    page: Page,
    tables: Vec<Table>,
    /// The reader may open the full outcome table (`/results/{programme}/outcomes`).
    may_view_table: bool,
}

fn row(country: String, name: String, f: &domain::outcome::summary::Figures) -> Row {
    Row {
        country,
        name,
        in_italy: f.in_italy,
        returned_home: f.returned_home,
        interrupted: f.interrupted,
        other: f.other,
        total: f.total(),
    }
}

pub async fn summary(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let all = app::outcomes::summaries(&state.db, &who).await?;
    let tr = ctx.tr();
    let tables = all
        .iter()
        .map(|s| Table {
            programme_id: s.programme_id.clone(),
            programme: s.programme.clone(),
            rows: s
                .rows
                .iter()
                .map(|f| row(f.country.clone(), country_name(&tr, &f.country), f))
                .collect(),
            total: row("total".into(), tr.t("outcomes-total"), &s.total),
        })
        .collect();
    html(&SummaryPage {
        page: Page::new(&ctx, "outcomes-title"),
        tables,
        may_view_table: who.actor.can(domain::Permission::ViewResults),
    })
}
