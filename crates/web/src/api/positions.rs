//! `GET/POST /api/v1/positions`, `GET /api/v1/positions/{id}`: a company user gets only its
//! own positions; new positions start as drafts and meet the same rules as on the pages.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use db::positions::{Filter, Listed};
use domain::position::{self, PositionFields, PositionStatus};
use serde::Deserialize;

use super::ApiJson;
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
    Query(q): Query<ListQuery>,
) -> Result<Json<Vec<Listed>>, AppError> {
    let scope = granted.scope;
    let status = match q.status.as_deref() {
        Some(s) => Some(PositionStatus::parse(s)?),
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
    Path(id): Path<String>,
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

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    ApiJson(body): ApiJson<NewPosition>,
) -> Result<(StatusCode, Json<Listed>), AppError> {
    let scope = granted.scope;
    let draft = body.fields.parse()?;
    let company_id = body.company_id;
    let created = state
        .db
        .write(ctx.origin(), move |tx| {
            let company = db::companies::find(tx.conn, &scope, &company_id)?;
            let rules = match company.profile.as_ref().and_then(|p| p.region.clone()) {
                Some(r) => db::rules::find(tx.conn, &r)?,
                None => None,
            };
            if let (Some(rules), Some(employees)) =
                (rules, company.profile.as_ref().and_then(|p| p.employees))
            {
                let held = db::companies::places_held(tx.conn, &company_id, None)?;
                if let Err(b) = position::check_rules(&draft, &rules, employees, held) {
                    return Ok(Err(b.invalid.key));
                }
            }
            let programme = db::programmes::ids_of_organisation(tx.conn, &company_id)?
                .into_iter()
                .next()
                .ok_or(db::DbError::NotFound)?;
            let id = db::positions::create(tx, &programme, &company_id, &draft)?;
            Ok(Ok(db::positions::find(tx.conn, &scope, &id)?))
        })
        .await?;
    match created {
        Ok(p) => Ok((StatusCode::CREATED, Json(p))),
        Err(key) => Err(AppError::BadRequest(key)),
    }
}
