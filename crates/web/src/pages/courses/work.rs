//! The forms of a course's page: a session, an enrolment, a session's attendance, a test,
//! a certificate (issued only when the completion rule holds), and its download. A refused
//! form shows the page again (422) with its mistakes; nothing is written.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::course::Mark;
use serde::Deserialize;

use super::LangQuery;
use super::show::respond;
use crate::flash::{self, Flash};
use crate::{AppError, AppState, Ctx, Granted};

/// Success goes back to the course's page; a form's mistakes show it again.
async fn after(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    anchor: &str,
    flash_key: &str,
    done: app::AppResult<()>,
) -> Result<Response, AppError> {
    match done {
        Ok(()) => Ok(flash::redirect(
            &format!("/courses/{id}#{anchor}"),
            Flash::new(flash_key),
        )),
        Err(app::Error::Invalid(i)) => {
            respond(state, ctx, id, StatusCode::UNPROCESSABLE_ENTITY, vec![i]).await
        }
        Err(app::Error::Form(all)) => {
            respond(
                state,
                ctx,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                all.all().to_vec(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SessionForm {
    held_on: String,
    starts_at: String,
    topic: String,
    place: String,
    online: Option<String>,
}

pub async fn add_session(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<SessionForm>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let who = ctx.acting()?;
    let done = app::courses::add_session(
        &state.db,
        &*state.clock,
        &who,
        &id,
        app::courses::NewSession {
            held_on: f.held_on,
            starts_at: f.starts_at,
            topic: f.topic,
            place: f.place,
            online: f.online.is_some(),
        },
    )
    .await;
    after(
        &state,
        &ctx,
        &id,
        "sessions",
        "flash-course-session-added",
        done,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EnrolForm {
    case: String,
}

pub async fn enrol(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<EnrolForm>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let who = ctx.acting()?;
    let done = app::courses::enrol(&state.db, &*state.clock, &who, &id, &f.case).await;
    after(
        &state,
        &ctx,
        &id,
        "participants",
        "flash-course-enrolled",
        done,
    )
    .await
}

/// Attendance at one session: a field `mark-<enrolment>` per participant (blank: not
/// marked now).
pub async fn attendance(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, session)): Path<(String, String)>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&id)?;
    crate::pages::cases::checked_id(&session)?;
    let who = ctx.acting()?;
    let mut marks = Vec::new();
    let mut bad = None;
    for (k, v) in &f {
        let Some(enrolment) = k.strip_prefix("mark-") else {
            continue;
        };
        if v.trim().is_empty() {
            continue;
        }
        match Mark::parse(v) {
            Ok(m) => marks.push((enrolment.to_owned(), m)),
            Err(e) => bad = Some(e),
        }
    }
    marks.sort();
    let done = match bad {
        Some(e) => Err(app::Error::Invalid(e)),
        None => app::courses::mark(&state.db, &*state.clock, &who, &id, &session, marks).await,
    };
    after(
        &state,
        &ctx,
        &id,
        "participants",
        "flash-course-attendance-saved",
        done,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TestForm {
    enrolment: String,
    taken_on: String,
    level: String,
}

pub async fn record_test(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<TestForm>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let who = ctx.acting()?;
    let done = if f.enrolment.trim().is_empty() {
        Err(app::Error::Invalid(Invalid::new(
            "enrolment",
            "error-required",
        )))
    } else {
        app::courses::record_test(
            &state.db,
            &*state.clock,
            &who,
            &id,
            f.enrolment.trim(),
            &f.taken_on,
            &f.level,
        )
        .await
    };
    after(
        &state,
        &ctx,
        &id,
        "participants",
        "flash-course-test-recorded",
        done,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CertificateForm {
    enrolment: String,
}

pub async fn issue(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<CertificateForm>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let who = ctx.acting()?;
    let done =
        app::courses::issue_certificate(&state.db, &*state.clock, &who, &id, f.enrolment.trim())
            .await
            .map(|_| ());
    after(
        &state,
        &ctx,
        &id,
        "participants",
        "flash-course-certificate-issued",
        done,
    )
    .await
}

/// A participant's certificate, for the course's staff.
pub async fn certificate(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, enrolment)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(&id)?;
    crate::pages::cases::checked_id(&enrolment)?;
    let who = ctx.acting()?;
    let (bytes, code) =
        app::courses::certificate_pdf(&state.db, &who, &id, &enrolment, q.locale()?).await?;
    Ok(super::pdf(bytes, &code))
}
