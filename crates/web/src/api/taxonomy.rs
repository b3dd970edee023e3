//! `GET /api/v1/taxonomy/occupations?q=` and `GET /api/v1/taxonomy/skills?q=`: the ESCO
//! typeahead. Public reference data: any signed-in person may search it, without a scope.
//! Searched and labelled in the request's language (`Accept-Language`), English filling
//! the rest, as the pages' pickers.

use axum::Json;
use axum::extract::State;
use db::candidates::EscoKind;
use db::taxonomy::Concept;
use serde::Deserialize;

use super::ApiQuery;
use crate::{AppError, AppState, Ctx};

/// `q` is what was typed; `limit` is at most 50 (20 unless given).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Search {
    q: String,
    limit: Option<i64>,
}

impl Search {
    fn limit(&self) -> i64 {
        self.limit.unwrap_or(20).clamp(1, 50)
    }
}

pub async fn occupations(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiQuery(s): ApiQuery<Search>,
) -> Result<Json<Vec<Concept>>, AppError> {
    ctx.authed()?;
    let (limit, lang) = (s.limit(), ctx.locale.tag());
    Ok(Json(
        state
            .db
            .read(move |c| db::taxonomy::search_in(c, EscoKind::Occupation, lang, &s.q, limit))
            .await?,
    ))
}

pub async fn skills(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiQuery(s): ApiQuery<Search>,
) -> Result<Json<Vec<Concept>>, AppError> {
    ctx.authed()?;
    let (limit, lang) = (s.limit(), ctx.locale.tag());
    Ok(Json(
        state
            .db
            .read(move |c| db::taxonomy::search_in(c, EscoKind::Skill, lang, &s.q, limit))
            .await?,
    ))
}
