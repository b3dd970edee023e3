//! `GET/POST /api/v1/calls`, `GET /api/v1/calls/{id}`: calls with their eligibility rules.
//! A new call meets the bounds of `domain::bounds` (dates from 2000 to ten years ahead,
//! 1–1000 places) and its rules those of the form; a refusal names the field (422).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use domain::call::CallFields;
use domain::eligibility::Rules;
use serde::{Deserialize, Serialize};

use std::collections::HashMap;

use domain::content::Kind;

use super::idempotency::Idempotency;
use super::translations::{self, Translations};
use super::{ApiJson, ApiPath};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Serialize)]
pub struct CallJson {
    #[serde(flatten)]
    call: db::calls::Call,
    rules: Rules,
    /// The title and description in other languages than `lang`, read-only.
    translations: Translations,
}

impl CallJson {
    fn new(call: db::calls::Call, all: &mut HashMap<String, Translations>) -> Self {
        CallJson {
            rules: call.rules(),
            translations: all.remove(&call.id).unwrap_or_default(),
            call,
        }
    }
}

/// Calls with their translations, in one more query.
fn with_translations(
    conn: &mut db::DbConn,
    calls: Vec<db::calls::Call>,
) -> db::DbResult<Vec<CallJson>> {
    let ids: Vec<String> = calls.iter().map(|c| c.id.clone()).collect();
    let mut all = translations::of(conn, Kind::Call, &ids)?;
    Ok(calls
        .into_iter()
        .map(|c| CallJson::new(c, &mut all))
        .collect())
}

/// One call found with `find`, as answers carry it.
fn one(conn: &mut db::DbConn, call: db::DbResult<db::calls::Call>) -> db::DbResult<CallJson> {
    with_translations(conn, vec![call?])?
        .into_iter()
        .next()
        .ok_or(db::DbError::NotFound)
}

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
) -> Result<Json<Vec<CallJson>>, AppError> {
    let scope = granted.scope;
    let calls = state
        .db
        .read(move |c| {
            let calls = db::calls::list(c, &scope)?;
            with_translations(c, calls)
        })
        .await?;
    Ok(Json(calls))
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
    #[serde(default)]
    lang: String,
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
        .read(move |c| {
            let found = db::calls::find(c, &scope, &id);
            one(c, found)
        })
        .await?;
    Ok(Json(call))
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
            .read(move |c| {
                let found = db::calls::find(c, &scope, &id);
                one(c, found)
            })
            .await?;
        let location = super::location("calls", &call.call.id);
        return Ok((StatusCode::CREATED, [location], Json(call)));
    }
    body.rules.check().map_err(AppError::Invalid)?;
    let mut draft = CallFields {
        programme_id: body.programme_id,
        title: body.title,
        description: body.description,
        opens_on: body.opens_on,
        closes_on: body.closes_on,
        places: body.places.to_string(),
        lang: body.lang,
        rules: Default::default(),
    }
    .parse(state.clock.today())
    .map_err(AppError::Invalid)?;
    draft.rules = body.rules;
    let who = idempotency.acting(&ctx)?;
    let call = app::calls::create(&state.db, &*state.clock, &who, draft).await?;
    let location = super::location("calls", &call.id);
    // A new call has no translations yet.
    Ok((
        StatusCode::CREATED,
        [location],
        Json(CallJson::new(call, &mut HashMap::new())),
    ))
}
