//! `GET /api/v1/courses` and `GET /api/v1/courses/{id}/attendance` (issue 14): the courses
//! within the caller's reach (their organisation's; a coordinator's programmes'), and one
//! course's sessions and attendance with both rates per participant, the level reached,
//! the early warning and completion by the programme's rule. Out of reach is a 404.

use axum::Json;
use axum::extract::State;
use chrono::NaiveDate;
use serde::Serialize;

use super::ApiPath;
use crate::pages::cases::today;
use crate::{AppError, AppState, Ctx};

#[derive(Serialize)]
pub struct CourseJson {
    id: String,
    programme_id: String,
    organisation_id: String,
    organisation: String,
    subject: &'static str,
    title: String,
    sessions: i64,
    enrolled: i64,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<CourseJson>>, AppError> {
    let lines = app::courses::list(&state.db, &ctx.acting()?).await?;
    Ok(Json(
        lines
            .into_iter()
            .map(|l| CourseJson {
                subject: l.course.subject.as_str(),
                id: l.course.id,
                programme_id: l.course.programme_id,
                organisation_id: l.course.organisation_id,
                organisation: l.organisation,
                title: l.course.title,
                sessions: l.sessions,
                enrolled: l.enrolled,
            })
            .collect(),
    ))
}

#[derive(Serialize)]
pub struct SessionJson {
    id: String,
    held_on: NaiveDate,
    starts_at: String,
    topic: String,
    place: String,
    online: bool,
}

#[derive(Serialize)]
pub struct MarkJson {
    session_id: String,
    mark: &'static str,
}

#[derive(Serialize)]
pub struct ParticipantJson {
    enrolment_id: String,
    case_id: String,
    reference: String,
    family_name: String,
    given_names: String,
    marks: Vec<MarkJson>,
    so_far_per_mille: Option<u32>,
    planned_per_mille: Option<u32>,
    level: Option<&'static str>,
    out_of_reach: bool,
    complete: bool,
    certificate_code: Option<String>,
}

#[derive(Serialize)]
pub struct WeightsJson {
    present: u8,
    late: u8,
    justified: u8,
    absent: u8,
}

#[derive(Serialize)]
pub struct AttendanceJson {
    course_id: String,
    min_attendance: u8,
    min_level: Option<&'static str>,
    weights: WeightsJson,
    sessions: Vec<SessionJson>,
    participants: Vec<ParticipantJson>,
}

pub async fn attendance(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<AttendanceJson>, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let v = app::courses::view(&state.db, &ctx.acting()?, &id, today(&state)).await?;
    let w = v.rule.weights;
    use domain::course::Mark;
    Ok(Json(AttendanceJson {
        course_id: v.line.course.id.clone(),
        min_attendance: v.rule.min_attendance,
        min_level: v.rule.min_level.map(|l| l.as_str()),
        weights: WeightsJson {
            present: w.of(Mark::Present),
            late: w.of(Mark::Late),
            justified: w.of(Mark::Justified),
            absent: w.of(Mark::Absent),
        },
        sessions: v
            .sessions
            .iter()
            .map(|s| SessionJson {
                id: s.id.clone(),
                held_on: s.held_on,
                starts_at: s.starts_at.clone(),
                topic: s.topic.clone(),
                place: s.place.clone(),
                online: s.online,
            })
            .collect(),
        participants: v
            .standings
            .iter()
            .map(|p| ParticipantJson {
                enrolment_id: p.enrolled.id.clone(),
                case_id: p.enrolled.case_id.clone(),
                reference: p.enrolled.reference.clone(),
                family_name: p.enrolled.family_name.clone(),
                given_names: p.enrolled.given_names.clone(),
                marks: p
                    .marks
                    .iter()
                    .map(|(s, m)| MarkJson {
                        session_id: s.clone(),
                        mark: m.as_str(),
                    })
                    .collect(),
                so_far_per_mille: p.so_far,
                planned_per_mille: p.of_planned,
                level: p.level.map(|l| l.as_str()),
                out_of_reach: p.out_of_reach,
                complete: p.complete,
                certificate_code: p.certificate.as_ref().map(|c| c.code.clone()),
            })
            .collect(),
    }))
}
