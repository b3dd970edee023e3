//! `/courses/{id}`: a course's sessions (with the attendance still to take), its
//! participants with both rates, the level reached and the early warning
//! (`data-out-of-reach`), their certificates; and for course staff the forms that work on
//! it (`work`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::cefr::Cefr;
use domain::course::Mark;

use super::rate;
use crate::pages::cases::today;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub struct SessionRow {
    pub id: String,
    pub date: String,
    pub starts_at: String,
    pub topic: String,
    pub place: String,
    pub online: bool,
    pub held: bool,
    /// Someone enrolled still has no mark for it.
    pub unmarked: bool,
    /// For the attendance form: per participant, (enrolment, name, current mark).
    pub marks: Vec<(String, String, String)>,
}

pub struct ParticipantRow {
    pub id: String,
    pub reference: String,
    pub name: String,
    pub so_far: String,
    pub of_planned: String,
    pub level: String,
    pub out_of_reach: bool,
    pub complete: bool,
    pub certificate: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "courses/show.html")]
pub struct ShowPage {
    page: Page,
    id: String,
    title: String,
    subject: String,
    organisation: String,
    programme: String,
    programme_id: String,
    language_course: bool,
    min_attendance: u8,
    min_level: String,
    late: u8,
    justified: u8,
    rule_set: bool,
    may_edit_rule: bool,
    may_run: bool,
    sessions: Vec<SessionRow>,
    participants: Vec<ParticipantRow>,
    marks: Vec<(&'static str, String)>,
    levels: Vec<&'static str>,
    languages: Vec<(&'static str, &'static str)>,
    today: String,
    errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    respond(&state, &ctx, &id, StatusCode::OK, Vec::new()).await
}

/// The course page with `status` and the mistakes of a refused form.
pub async fn respond(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    crate::pages::cases::checked_id(id)?;
    let who = ctx.acting()?;
    let today = today(state);
    let v = app::courses::view(&state.db, &who, id, today).await?;
    let tr = ctx.tr();
    let name = |e: &app::courses::Enrolled| format!("{} {}", e.given_names, e.family_name);
    let sessions = v
        .sessions
        .iter()
        .map(|s| SessionRow {
            id: s.id.clone(),
            date: tr.date(&s.held_on),
            starts_at: s.starts_at.clone(),
            topic: s.topic.clone(),
            place: s.place.clone(),
            online: s.online,
            held: s.held_on <= today,
            unmarked: s.held_on <= today
                && v.standings.iter().any(|p| !p.marks.contains_key(&s.id)),
            marks: v
                .standings
                .iter()
                .map(|p| {
                    (
                        p.enrolled.id.clone(),
                        name(&p.enrolled),
                        p.marks
                            .get(&s.id)
                            .map(|m| m.as_str().to_owned())
                            .unwrap_or_default(),
                    )
                })
                .collect(),
        })
        .collect();
    let participants = v
        .standings
        .iter()
        .map(|p| ParticipantRow {
            id: p.enrolled.id.clone(),
            reference: p.enrolled.reference.clone(),
            name: name(&p.enrolled),
            so_far: rate(p.so_far),
            of_planned: rate(p.of_planned),
            level: p.level.map(|l| l.as_str().to_owned()).unwrap_or_default(),
            out_of_reach: p.out_of_reach,
            complete: p.complete,
            certificate: p
                .certificate
                .as_ref()
                .map(|c| (c.code.clone(), tr.date(&c.issued_on))),
        })
        .collect();
    let course = &v.line.course;
    html_status(
        status,
        &ShowPage {
            page: Page::titled(ctx, course.title.clone()),
            id: course.id.clone(),
            title: course.title.clone(),
            subject: tr.t(&format!("course-subject-{}", course.subject.as_str())),
            organisation: v.line.organisation.clone(),
            programme: v.line.programme.clone(),
            programme_id: course.programme_id.clone(),
            language_course: course.subject.is_language(),
            min_attendance: v.rule.min_attendance,
            min_level: v
                .rule
                .min_level
                .map(|l| l.as_str().to_owned())
                .unwrap_or_default(),
            late: v.rule.weights.late,
            justified: v.rule.weights.justified,
            rule_set: v.rule_set,
            may_edit_rule: who.actor.can(domain::Permission::ManageProgrammes),
            may_run: v.may_run,
            sessions,
            participants,
            marks: Mark::ALL
                .into_iter()
                .map(|m| (m.as_str(), tr.t(&format!("course-mark-{}", m.as_str()))))
                .collect(),
            levels: Cefr::ALL.into_iter().map(Cefr::as_str).collect(),
            languages: super::languages(),
            today: today.to_string(),
            errors: FormErrors::new(ctx, &errors),
        },
    )
}
