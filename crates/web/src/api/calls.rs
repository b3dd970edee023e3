//! `GET/POST /api/v1/calls`, `GET /api/v1/calls/{id}`: calls with their eligibility rules.
//! A new call meets the bounds of `domain::bounds` (dates from 2000 to ten years ahead,
//! 1–1000 places) and its rules those of the form; a refusal names the field (422).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use domain::call::CallFields;
use domain::eligibility::Rules;
use serde::{Deserialize, Serialize};

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Serialize)]
pub struct CallJson {
    #[serde(flatten)]
    call: db::calls::Call,
    rules: Rules,
}

impl From<db::calls::Call> for CallJson {
    fn from(call: db::calls::Call) -> Self {
        CallJson {
            rules: call.rules(),
            call,
        }
    }
}

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
) -> Result<Json<Vec<CallJson>>, AppError> {
    let scope = granted.scope;
    let calls = state.db.read(move |c| db::calls::list(c, &scope)).await?;
    Ok(Json(calls.into_iter().map(CallJson::from).collect()))
}

#[derive(Deserialize)]
pub struct NewCall {
    programme_id: String,
    title: String,
    #[serde(default)]
    description: String,
    opens_on: String,
    closes_on: String,
    places: i64,
    #[serde(default)]
    rules: Rules,
}

impl super::ApiBody for NewCall {
    const SCHEMA: &'static str = "NewCall";
}

pub async fn show(
    State(state): State<AppState>,
    granted: Granted,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<CallJson>, AppError> {
    let scope = granted.scope;
    let call = state
        .db
        .read(move |c| db::calls::find(c, &scope, &id))
        .await?;
    Ok(Json(call.into()))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    idempotency: Idempotency,
    ApiJson(body): ApiJson<NewCall>,
) -> Result<(StatusCode, [(HeaderName, String); 1], Json<CallJson>), AppError> {
    if let Some(id) = idempotency.replayed() {
        let scope = granted.scope;
        let call = state
            .db
            .read(move |c| db::calls::find(c, &scope, &id))
            .await?;
        let location = super::location("calls", &call.id);
        return Ok((StatusCode::CREATED, [location], Json(call.into())));
    }
    body.rules.check().map_err(AppError::Invalid)?;
    let mut draft = CallFields {
        programme_id: body.programme_id,
        title: body.title,
        description: body.description,
        opens_on: body.opens_on,
        closes_on: body.closes_on,
        places: body.places.to_string(),
        rules: Default::default(),
    }
    .parse(state.clock.today())
    .map_err(AppError::Invalid)?;
    draft.rules = body.rules;
    let who = idempotency.acting(&ctx)?;
    let call = app::calls::create(&state.db, &*state.clock, &who, draft).await?;
    let location = super::location("calls", &call.id);
    Ok((StatusCode::CREATED, [location], Json(call.into())))
}
