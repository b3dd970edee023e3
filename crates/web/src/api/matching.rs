//! `POST /api/v1/calls/{id}/matching-runs`, `GET /api/v1/matching-runs/{id}`,
//! `GET/POST /api/v1/placements`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::Permission;
use serde::Deserialize;
use serde_json::{Value, json};

use super::ApiJson;
use crate::{AppError, AppState, Ctx, Granted};
use app::matching_problem::{Settings, decode, run_detached};

pub async fn create_run(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(call_id): Path<String>,
    ApiJson(settings): ApiJson<Settings>,
) -> Result<(StatusCode, Json<Value>), AppError> {
    let s = granted.scope;
    let outcome = run_detached(&state.db, ctx.origin(), s, call_id, settings).await?;
    let id = outcome.map_err(|e| {
        AppError::BadRequest(match e {
            matching::Error::Limit(_) => "error-matching-limit",
            _ => "error-matching-infeasible",
        })
    })?;
    let value = show_value(&state, &ctx, id).await?;
    Ok((StatusCode::CREATED, Json(value)))
}

async fn show_value(state: &AppState, ctx: &Ctx, id: String) -> Result<Value, AppError> {
    let s = ctx.scope_for(Permission::ManageMatching)?;
    let run = state
        .db
        .read(move |c| {
            let run = db::matching::find_run(c, &id)?;
            db::calls::find(c, &s, &run.call_id)?;
            Ok(run)
        })
        .await?;
    let (stored, solution) = decode(&run).map_err(AppError::Internal)?;
    Ok(json!({
        "id": run.id,
        "call_id": run.call_id,
        "created_at": run.created_at,
        "approved_at": run.approved_at,
        "settings": stored.settings,
        "result": solution,
    }))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    Ok(Json(show_value(&state, &ctx, id).await?))
}

pub async fn placements(
    State(state): State<AppState>,
    granted: Granted,
) -> Result<Json<Vec<db::matching::PlacementView>>, AppError> {
    let s = granted.scope;
    Ok(Json(
        state
            .db
            .read(move |c| db::matching::placements(c, &s, &Default::default()))
            .await?,
    ))
}

#[derive(Deserialize)]
pub struct NewPlacement {
    call_id: String,
    candidate_id: String,
    position_id: String,
}

/// Proposes a pair by hand (the coordinator's decision, outside a run).
pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    ApiJson(b): ApiJson<NewPlacement>,
) -> Result<(StatusCode, Json<Value>), AppError> {
    let s = granted.scope;
    let id = state
        .db
        .write(ctx.origin(), move |tx| {
            let call = db::calls::find(tx.conn, &s, &b.call_id)?;
            let shortlisted = db::matching::shortlisted(tx.conn, &call.id)?;
            if !shortlisted.iter().any(|(c, _)| c.id == b.candidate_id) {
                return Err(db::DbError::NotFound);
            }
            let programme = domain::permission::Scope::Programmes(vec![call.programme_id.clone()]);
            let position = db::positions::find(tx.conn, &programme, &b.position_id)?;
            db::matching::propose(
                tx,
                &call.id,
                &db::matching::Proposal {
                    candidate_id: b.candidate_id.clone(),
                    position_id: position.position.id.clone(),
                    company_id: position.position.company_id.clone(),
                    score: 0,
                },
            )
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "id": id, "status": "proposed" })),
    ))
}
