//! `POST /api/v1/calls/{id}/matching-runs`, `GET /api/v1/matching-runs/{id}`,
//! `GET/POST /api/v1/placements`.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use domain::Permission;
use domain::ids::{CallId, CandidateId, PositionId};
use serde::Deserialize;
use serde_json::{Value, json};

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath};
use crate::{AppError, AppState, Ctx, Granted};
use app::matching_problem::{Settings, Why, decode, run_detached};

impl super::ApiBody for Settings {
    const SCHEMA: &'static str = "MatchingSettings";
}

pub async fn create_run(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    idempotency: Idempotency,
    ApiPath(call_id): ApiPath<String>,
    ApiJson(settings): ApiJson<Settings>,
) -> Result<(StatusCode, [(HeaderName, String); 1], Json<Value>), AppError> {
    if let Some(id) = idempotency.replayed() {
        let location = super::location("matching-runs", &id);
        let value = show_value(&state, &ctx, id).await?;
        return Ok((StatusCode::CREATED, [location], Json(value)));
    }
    // The bounds the settings form keeps, refused alike (422 naming the field).
    settings.check().map_err(|e| AppError::Unreadable {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        key: e.key,
        field: Some(e.body_field()),
    })?;
    let s = granted.scope;
    let origin = idempotency.origin(&ctx);
    let outcome = run_detached(&state.db, origin, s, call_id, settings).await?;
    let id = outcome.map_err(|f| match f.error {
        matching::Error::Limit(_) => AppError::BadRequest("error-matching-limit"),
        // No assignment: the error names the first constraint that binds (a minimum).
        _ => AppError::Unreadable {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            key: "error-matching-infeasible",
            field: f.binding.first().map(binding_field),
        },
    })?;
    let location = super::location("matching-runs", &id);
    let value = show_value(&state, &ctx, id).await?;
    Ok((StatusCode::CREATED, [location], Json(value)))
}

/// The settings' field of a constraint that makes a run impossible.
fn binding_field(w: &Why) -> String {
    match w {
        Why::CountryQuota(c) => format!("country_min.{c}"),
        Why::CityQuota(c) => format!("city_min.{c}"),
        _ => "locked".to_owned(),
    }
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
        "constraints": {
            "locked": stored.problem.locked.len(),
            "forbidden": stored.problem.forbidden.len(),
        },
        "result": solution,
    }))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Value>, AppError> {
    Ok(Json(show_value(&state, &ctx, id).await?))
}

pub async fn placements(
    State(state): State<AppState>,
    granted: Granted,
) -> Result<Json<Vec<db::matching::PlacementView>>, AppError> {
    let s = granted.scope;
    let sees_identity = granted.authed.actor.sees_candidate_identity();
    let rows = state
        .db
        .read(move |c| db::matching::placements(c, &s, &Default::default()))
        .await?;
    // As on the pages: a company reads the proposal's handle, not the name, until the
    // candidate has booked an interview (`domain::placement::company_sees_name`).
    Ok(Json(
        rows.into_iter()
            .map(|mut v| {
                let booked = v.placement.interview_slot_id.is_some()
                    && v.placement.status != domain::placement::PlacementStatus::Declined;
                if !(sees_identity || domain::placement::company_sees_name(booked)) {
                    v.candidate_name = app::proposals::handle(&v.placement.id);
                }
                v
            })
            .collect(),
    ))
}

#[derive(Deserialize)]
pub struct NewPlacement {
    call_id: String,
    candidate_id: String,
    position_id: String,
}

impl super::ApiBody for NewPlacement {
    const SCHEMA: &'static str = "NewPlacement";
}

/// Proposes a pair by hand (the coordinator's decision, outside a run).
pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    idempotency: Idempotency,
    ApiJson(b): ApiJson<NewPlacement>,
) -> Result<(StatusCode, Json<Value>), AppError> {
    if let Some(id) = idempotency.replayed() {
        return Ok((
            StatusCode::CREATED,
            Json(json!({ "id": id, "status": "proposed" })),
        ));
    }
    let who = idempotency.acting(&ctx)?;
    let id = app::matching_runs::propose(
        &state.db,
        &*state.clock,
        &who,
        &CallId::new(b.call_id),
        &CandidateId::new(b.candidate_id),
        &PositionId::new(b.position_id),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "id": id, "status": "proposed" })),
    ))
}
