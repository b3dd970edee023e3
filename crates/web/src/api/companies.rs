//! `GET/POST /api/v1/companies`, `GET /api/v1/companies/{id}`: scoped like the pages; a
//! company user gets only its own company.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use db::companies::{Company, Filter};
use domain::company::CompanyFields;
use domain::ids::ProgrammeId;
use domain::outreach::Stage;
use serde::Deserialize;

use super::ApiJson;
use super::idempotency::Idempotency;
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    stage: Option<String>,
    q: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
    Query(q): Query<ListQuery>,
) -> Result<Json<Vec<Company>>, AppError> {
    let scope = granted.scope;
    let stage = match q.stage.as_deref() {
        Some(s) => Some(Stage::parse(s)?),
        None => None,
    };
    let filter = Filter {
        stage,
        territory_id: None,
        query: q.q,
    };
    Ok(Json(
        state
            .db
            .read(move |c| db::companies::list(c, &scope, &filter))
            .await?,
    ))
}

pub async fn show(
    State(state): State<AppState>,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Json<Company>, AppError> {
    let scope = granted.scope;
    Ok(Json(
        state
            .db
            .read(move |c| db::companies::find(c, &scope, &id))
            .await?,
    ))
}

#[derive(Deserialize)]
pub struct NewCompany {
    programme_id: String,
    #[serde(flatten)]
    fields: CompanyFields,
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    idempotency: Idempotency,
    ApiJson(body): ApiJson<NewCompany>,
) -> Result<(StatusCode, Json<Company>), AppError> {
    if let Some(id) = idempotency.replayed() {
        let scope = granted.scope;
        let company = state
            .db
            .read(move |c| db::companies::find(c, &scope, &id))
            .await?;
        return Ok((StatusCode::CREATED, Json(company)));
    }
    let draft = body.fields.parse()?;
    let who = idempotency.acting(&ctx)?;
    let programme = ProgrammeId::new(body.programme_id);
    let company =
        app::companies::register(&state.db, &*state.clock, &who, &programme, draft).await?;
    Ok((StatusCode::CREATED, Json(company)))
}
