//! `GET/POST /api/v1/positions`, `GET /api/v1/positions/{id}`: a company user gets only its
//! own positions; new positions start as drafts and meet the same rules as on the pages.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use db::positions::{Filter, Listed};
use domain::content::Kind;
use domain::ids::OrganisationId;
use domain::position::{PositionFields, PositionStatus};
use serde::{Deserialize, Serialize};

use super::idempotency::Idempotency;
use super::translations::{self, Translations};
use super::{ApiJson, ApiPath, ApiQuery};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    status: Option<String>,
    company: Option<String>,
}

/// A position as answers carry it: with its company's name and, read-only, its title and
/// description in other languages than `lang`.
#[derive(Serialize)]
pub struct PositionJson {
    #[serde(flatten)]
    listed: Listed,
    translations: Translations,
}

/// Positions with their translations, in one more query.
fn with_translations(conn: &mut db::DbConn, rows: Vec<Listed>) -> db::DbResult<Vec<PositionJson>> {
    let ids: Vec<String> = rows.iter().map(|r| r.position.id.clone()).collect();
    let mut all = translations::of(conn, Kind::Position, &ids)?;
    Ok(rows
        .into_iter()
        .map(|listed| PositionJson {
            translations: all.remove(&listed.position.id).unwrap_or_default(),
            listed,
        })
        .collect())
}

fn one(conn: &mut db::DbConn, found: db::DbResult<Listed>) -> db::DbResult<PositionJson> {
    with_translations(conn, vec![found?])?
        .into_iter()
        .next()
        .ok_or(db::DbError::NotFound)
}

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Vec<PositionJson>>, AppError> {
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
            .read(move |c| {
                let rows = db::positions::list(c, &scope, &filter)?;
                with_translations(c, rows)
            })
            .await?,
    ))
}

pub async fn show(
    State(state): State<AppState>,
    granted: Granted,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<PositionJson>, AppError> {
    let scope = granted.scope;
    Ok(Json(
        state
            .db
            .read(move |c| {
                let found = db::positions::find(c, &scope, &id);
                one(c, found)
            })
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
) -> Result<(StatusCode, [(HeaderName, String); 1], Json<PositionJson>), AppError> {
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
        .read(move |c| {
            let found = db::positions::find(c, &scope, id.as_str());
            one(c, found)
        })
        .await?;
    let location = super::location("positions", &created.listed.position.id);
    Ok((StatusCode::CREATED, [location], Json(created)))
}
