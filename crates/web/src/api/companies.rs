//! `GET/POST /api/v1/companies`, `GET /api/v1/companies/{id}`: scoped like the pages; a
//! company user gets only its own company.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use db::companies::{Company, Filter};
use domain::company::CompanyFields;
use domain::ids::ProgrammeId;
use domain::outreach::Stage;
use serde::Deserialize;

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath, ApiQuery};
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
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Vec<Company>>, AppError> {
    let scope = granted.scope;
    let stage = match q.stage.as_deref() {
        Some(s) => Some(Stage::parse(s).map_err(super::extract::bad_query)?),
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
    ApiPath(id): ApiPath<String>,
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

impl super::ApiBody for NewCompany {
    const SCHEMA: &'static str = "NewCompany";
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    idempotency: Idempotency,
    ApiJson(body): ApiJson<NewCompany>,
) -> Result<(StatusCode, [(HeaderName, String); 1], Json<Company>), AppError> {
    if let Some(id) = idempotency.replayed() {
        let scope = granted.scope;
        let company = state
            .db
            .read(move |c| db::companies::find(c, &scope, &id))
            .await?;
        let location = super::location("companies", &company.organisation.id);
        return Ok((StatusCode::CREATED, [location], Json(company)));
    }
    let draft = body.fields.parse().map_err(AppError::Invalid)?;
    let who = idempotency.acting(&ctx)?;
    let programme = ProgrammeId::new(body.programme_id);
    let company =
        app::companies::register(&state.db, &*state.clock, &who, &programme, draft).await?;
    let location = super::location("companies", &company.organisation.id);
    Ok((StatusCode::CREATED, [location], Json(company)))
}
