//! `GET /api/v1/programmes/{id}/results[?period=]`: the programme's `Report` as JSON — the
//! logframe with every indicator's value, its periods (frozen once submitted, `corrected`
//! when the records moved since) and the registry's figures — from
//! `app::results::report`, the same calculation the pages and files read.

use axum::Json;
use axum::extract::State;
use domain::results::Report;
use serde::Deserialize;

use super::{ApiPath, ApiQuery};
use crate::{AppError, AppState, Ctx};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResultsQuery {
    period: Option<String>,
}

pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
    ApiQuery(q): ApiQuery<ResultsQuery>,
) -> Result<Json<Report>, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let period = q.period.as_deref().map(str::trim).filter(|p| !p.is_empty());
    if let Some(p) = period {
        crate::pages::cases::checked_id(p)?;
    }
    let who = ctx.acting()?;
    Ok(Json(
        app::results::report(&state.db, &state.results, &who, &id, period).await?,
    ))
}
