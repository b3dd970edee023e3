//! `GET/POST /api/v1/positions`, `GET /api/v1/positions/{id}`: a company user gets only its
//! own positions; new positions start as drafts and meet the same rules as on the pages.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use db::positions::{Filter, Listed};
use domain::ids::OrganisationId;
use domain::position::{PositionFields, PositionStatus};
use serde::Deserialize;

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath, ApiQuery};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    status: Option<String>,
    company: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Vec<Listed>>, AppError> {
    let scope = granted.scope;
    let status = match q.status.as_deref() {
        Some(s) => Some(PositionStatus::parse(s).map_err(super::extract::bad_query)?),
        None => None,
    };
    let filter = Filter {
        company_id: q.company,
        status,
    };
    Ok(Json(
        state
            .db
            .read(move |c| db::positions::list(c, &scope, &filter))
            .await?,
    ))
}

pub async fn show(
    State(state): State<AppState>,
    granted: Granted,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Listed>, AppError> {
    let scope = granted.scope;
    Ok(Json(
        state
            .db
            .read(move |c| db::positions::find(c, &scope, &id))
            .await?,
    ))
}

#[derive(Deserialize)]
pub struct NewPosition {
    company_id: String,
    #[serde(flatten)]
    fields: PositionFields,
}

impl super::ApiBody for NewPosition {
    const SCHEMA: &'static str = "NewPosition";
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    idempotency: Idempotency,
    ApiJson(body): ApiJson<NewPosition>,
) -> Result<(StatusCode, [(HeaderName, String); 1], Json<Listed>), AppError> {
    let scope = granted.scope;
    let id = match idempotency.replayed() {
        Some(id) => domain::ids::PositionId::new(id),
        None => {
            let who = idempotency.acting(&ctx)?;
            let company = OrganisationId::new(body.company_id);
            app::positions::create(&state.db, &*state.clock, &who, &company, &body.fields).await?
        }
    };
    let created = state
        .db
        .read(move |c| db::positions::find(c, &scope, id.as_str()))
        .await?;
    let location = super::location("positions", &created.position.id);
    Ok((StatusCode::CREATED, [location], Json(created)))
}
