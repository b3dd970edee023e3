//! `GET /api/v1/mentorships`, `GET /api/v1/mentorships/{id}` and
//! `POST /api/v1/mentorships/{id}/sessions` (issue 15 item 1): the mentorships in reach (a
//! mentor their own mentees', the coordinator their programmes', a participant their own)
//! and a session logged by the mentor. The session notes are given only to the mentor's
//! organisation and the coordinator (`null` for others), and whether a concern is open
//! never to the mentee (`null`).

use app::mentorships::View;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use chrono::NaiveDate;
use db::mentorships::{Listed, Show};
use domain::mentorship::form::SessionFields;
use serde::{Deserialize, Serialize};

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath, ApiQuery};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Serialize)]
pub struct MentorshipJson {
    id: String,
    programme_id: String,
    candidate_id: String,
    /// The mentee's case reference, when they had a case.
    reference: Option<String>,
    family_name: String,
    given_names: String,
    mentor_id: String,
    mentor: String,
    organisation_id: String,
    organisation: String,
    whereabouts: &'static str,
    goals: String,
    reminder_days: i64,
    opened_on: NaiveDate,
    closed_on: Option<NaiveDate>,
    close_note: Option<String>,
    last_session: Option<NaiveDate>,
    /// `null` for the mentee, who is never told.
    concern: Option<bool>,
}

fn mentorship_json(l: Listed, mentee: bool) -> MentorshipJson {
    MentorshipJson {
        id: l.row.id,
        programme_id: l.row.programme_id,
        candidate_id: l.row.candidate_id,
        reference: l.reference,
        family_name: l.family_name,
        given_names: l.given_names,
        mentor_id: l.row.mentor_id,
        mentor: l.mentor,
        organisation_id: l.row.organisation_id,
        organisation: l.organisation,
        whereabouts: l.row.whereabouts.as_str(),
        goals: l.row.goals,
        reminder_days: l.row.reminder_days,
        opened_on: l.row.opened_on,
        closed_on: l.row.closed_on,
        close_note: l.row.close_note,
        last_session: l.last_session,
        concern: (!mentee).then_some(l.concern),
    }
}

#[derive(Serialize)]
pub struct SessionJson {
    id: String,
    held_on: NaiveDate,
    mode: &'static str,
    topics: String,
    /// `null` for readers outside the mentor's organisation and the coordinators.
    notes: Option<String>,
}

#[derive(Serialize)]
pub struct ItemJson {
    id: String,
    action: String,
    due_on: NaiveDate,
    done: bool,
}

#[derive(Serialize)]
pub struct MentorshipDetailJson {
    #[serde(flatten)]
    mentorship: MentorshipJson,
    sessions: Vec<SessionJson>,
    items: Vec<ItemJson>,
}

fn detail(v: View) -> MentorshipDetailJson {
    let confidential = v.standing.confidential;
    MentorshipDetailJson {
        sessions: v
            .sessions
            .into_iter()
            .map(|s| SessionJson {
                id: s.id,
                held_on: s.held_on,
                mode: s.mode.as_str(),
                topics: s.topics,
                notes: confidential.then_some(s.notes),
            })
            .collect(),
        items: v
            .items
            .into_iter()
            .map(|i| ItemJson {
                done: i.done(),
                id: i.id,
                action: i.action,
                due_on: i.due_on,
            })
            .collect(),
        mentorship: mentorship_json(v.listed, v.standing.mentee),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    show: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Vec<MentorshipJson>>, AppError> {
    let who = ctx.acting()?;
    let show = match q.show.as_deref().map(str::trim) {
        None | Some("") => Show::Open,
        // An unknown filter finds nothing, as the other lists' unknown values do.
        Some(s) => match Show::parse(s) {
            Some(s) => s,
            None => return Ok(Json(Vec::new())),
        },
    };
    let (rows, sees_concerns) = app::mentorships::list(&state.db, &who, show).await?;
    Ok(Json(
        rows.into_iter()
            .map(|l| mentorship_json(l, !sees_concerns))
            .collect(),
    ))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<MentorshipDetailJson>, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let v = app::mentorships::view(&state.db, &ctx.acting()?, &id).await?;
    Ok(Json(detail(v)))
}

#[derive(Deserialize)]
pub struct NewMentoringSession {
    held_on: String,
    mode: String,
    topics: String,
    #[serde(default)]
    notes: Option<String>,
}

impl super::ApiBody for NewMentoringSession {
    const SCHEMA: &'static str = "NewMentoringSession";
}

/// Logs a session; answers the mentorship with its sessions.
pub async fn log_session(
    State(state): State<AppState>,
    ctx: Ctx,
    idempotency: Idempotency,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<NewMentoringSession>,
) -> Result<
    (
        StatusCode,
        [(HeaderName, String); 1],
        Json<MentorshipDetailJson>,
    ),
    AppError,
> {
    crate::pages::cases::checked_id(&id)?;
    let location = super::location("mentorships", &id);
    if idempotency.replayed().is_none() {
        let who = idempotency.acting(&ctx)?;
        let fields = SessionFields {
            held_on: b.held_on,
            mode: b.mode,
            topics: b.topics,
            notes: b.notes.unwrap_or_default(),
        };
        app::mentorships::work::log_session(&state.db, &*state.clock, &who, &id, &fields).await?;
    }
    let v = app::mentorships::view(&state.db, &ctx.acting()?, &id).await?;
    Ok((StatusCode::CREATED, [location], Json(detail(v))))
}
