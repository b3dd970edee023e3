//! `GET /api/v1/outcomes` and `GET /api/v1/follow-ups` (issue 14 item 5): how the
//! traineeships in reach ended and what their participants answered afterwards, with the
//! reach of the pages (`Permission::ViewOutcomes` through the cases: coordinators their
//! programmes', promoters their territory's, agencies their countries', a mediator or a
//! mentor the cases assigned to them). Records go by case; no name is given.

use axum::Json;
use axum::extract::State;
use chrono::{NaiveDate, NaiveDateTime};
use domain::outcome::OutcomeKind;
use serde::{Deserialize, Serialize};

use super::ApiQuery;
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Serialize)]
pub struct OutcomeJson {
    case_id: String,
    reference: String,
    programme_id: String,
    candidate_id: String,
    /// The trainee's country of residence when they applied.
    origin: String,
    kind: &'static str,
    in_italy: bool,
    day: NaiveDate,
    /// Where the person is afterwards.
    country: String,
    note: String,
    recorded_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OutcomeQuery {
    programme: Option<String>,
    kind: Option<String>,
}

fn given(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    ApiQuery(q): ApiQuery<OutcomeQuery>,
) -> Result<Json<Vec<OutcomeJson>>, AppError> {
    let who = ctx.acting()?;
    let kind = match given(q.kind) {
        // An unknown kind finds nothing (as the case list's unknown step does).
        Some(k) => match OutcomeKind::parse(&k) {
            Some(k) => Some(k),
            None => return Ok(Json(Vec::new())),
        },
        None => None,
    };
    let filter = db::outcomes::Filter {
        programme_id: given(q.programme),
        kind,
    };
    let rows = app::outcomes::list(&state.db, &who, filter).await?;
    Ok(Json(
        rows.into_iter()
            .map(|l| OutcomeJson {
                case_id: l.outcome.case_id.clone(),
                reference: l.reference,
                programme_id: l.programme_id,
                candidate_id: l.candidate_id,
                origin: l.origin,
                kind: l.outcome.kind.as_str(),
                in_italy: l.outcome.kind.in_italy(),
                day: l.outcome.day,
                country: l.outcome.country.to_string(),
                note: l.outcome.note,
                recorded_at: l.outcome.recorded_at,
                updated_at: l.outcome.updated_at,
            })
            .collect(),
    ))
}

#[derive(Serialize)]
pub struct FollowUpJson {
    case_id: String,
    reference: String,
    candidate_id: String,
    months: i64,
    done_on: NaiveDate,
    country: String,
    working: bool,
    sector: String,
    occupation: String,
    remittances: bool,
    business_links: bool,
    further_mobility: bool,
    note: String,
    recorded_at: NaiveDateTime,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FollowUpQuery {
    programme: Option<String>,
}

pub async fn follow_ups(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    ApiQuery(q): ApiQuery<FollowUpQuery>,
) -> Result<Json<Vec<FollowUpJson>>, AppError> {
    let who = ctx.acting()?;
    let rows = app::outcomes::list_follow_ups(&state.db, &who, given(q.programme)).await?;
    Ok(Json(
        rows.into_iter()
            .map(|l| {
                let f = l.follow_up;
                FollowUpJson {
                    case_id: f.case_id,
                    reference: l.reference,
                    candidate_id: l.candidate_id,
                    months: f.months,
                    done_on: f.done_on,
                    country: f.country.to_string(),
                    working: f.working,
                    sector: f.sector,
                    occupation: f.occupation,
                    remittances: f.remittances,
                    business_links: f.business_links,
                    further_mobility: f.further_mobility,
                    note: f.note,
                    recorded_at: f.recorded_at,
                }
            })
            .collect(),
    ))
}
