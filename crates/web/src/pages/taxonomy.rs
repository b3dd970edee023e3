//! The ESCO pickers' suggestions as `<option>`s for a `<datalist>`, fetched by htmx while
//! a person types (`GET /taxonomy/occupations/options?q=`). Without JavaScript the field
//! is plain free text; the position keeps whatever was typed.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use db::taxonomy::Concept;
use serde::Deserialize;

use crate::render::html;
use crate::{AppError, AppState, Ctx};

/// Suggestions shown at once.
const LIMIT: i64 = 12;

/// What was typed: `q`, or the value htmx sends under the field's own name.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Typed {
    #[serde(alias = "occupation", alias = "skill")]
    q: String,
}

#[derive(Template)]
#[template(path = "taxonomy/options.html")]
struct Options {
    items: Vec<Concept>,
}

pub async fn occupation_options(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(t): Query<Typed>,
) -> Result<Response, AppError> {
    ctx.authed()?;
    let items = state
        .db
        .read(move |c| db::taxonomy::search_occupations(c, &t.q, LIMIT))
        .await?;
    html(&Options { items })
}

pub async fn skill_options(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(t): Query<Typed>,
) -> Result<Response, AppError> {
    ctx.authed()?;
    let items = state
        .db
        .read(move |c| db::taxonomy::search_skills(c, &t.q, LIMIT))
        .await?;
    html(&Options { items })
}
