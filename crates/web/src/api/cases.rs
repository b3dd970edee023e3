//! `GET /api/v1/cases`, `GET /api/v1/cases/{id}`, `POST /api/v1/cases/{id}/transitions`,
//! `GET /api/v1/deadlines` (issue 13 item 7): the same reach as the pages (a company its
//! own trainees' cases, a trainee their own, agencies their countries', promoters their
//! territories', coordinators their programmes'); a case out of reach is a 404.
//!
//! A transition the template refuses is answered with the refusal's key: 409 when the
//! procedure has no such step from where the case stands, 403 when the caller's role may
//! not make it, 422 (naming `to`) when the step still lacks documents or fields.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use chrono::{NaiveDate, NaiveDateTime};
use domain::deadline::{Due, Standing, rome_today};
use domain::procedure::Refusal;
use serde::{Deserialize, Serialize};

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath, ApiQuery};
use crate::{AppError, AppState, Ctx, Granted};
use app::cases::deadlines::{CaseDeadline, Which};
use app::cases::labels::unit_id;

/// Cases a page of the list holds.
pub const PER_PAGE: i64 = 50;

#[derive(Serialize)]
pub struct Trainee {
    family_name: String,
    given_names: String,
}

#[derive(Serialize)]
pub struct CaseSummary {
    id: String,
    reference: String,
    programme_id: String,
    company_id: String,
    company: String,
    candidate_id: String,
    trainee: Trainee,
    city: String,
    country: String,
    step: String,
    step_since: NaiveDate,
    next_due: Option<NaiveDate>,
    overdue: bool,
    closed: bool,
}

fn summary(
    case: &db::cases::Case,
    trainee: Trainee,
    company: String,
    today: NaiveDate,
) -> CaseSummary {
    CaseSummary {
        id: case.id.clone(),
        reference: case.reference.clone(),
        programme_id: case.programme_id.clone(),
        company_id: case.company_id.clone(),
        company,
        candidate_id: case.candidate_id.clone(),
        trainee,
        city: case.city.clone(),
        country: case.country.clone(),
        step: case.step.clone(),
        step_since: case.step_since,
        next_due: case.next_due,
        overdue: !case.closed && case.next_due.is_some_and(|d| d < today),
        closed: case.closed,
    }
}

#[derive(Serialize)]
pub struct CasePage {
    total: i64,
    page: i64,
    per_page: i64,
    items: Vec<CaseSummary>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    status: Option<String>,
    overdue: Option<String>,
    city: Option<String>,
    country: Option<String>,
    company: Option<String>,
    page: Option<i64>,
}

/// A filter's value, blank ones ignored.
fn given(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

fn today(state: &AppState) -> NaiveDate {
    rome_today(state.clock.now().and_utc())
}

pub async fn list(
    State(state): State<AppState>,
    granted: Granted,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<CasePage>, AppError> {
    let today = today(&state);
    let page = q.page.unwrap_or(1).clamp(1, 1_000_000);
    let filter = db::cases::CaseFilter {
        step: given(q.status),
        city: given(q.city),
        company_id: given(q.company),
        country: given(q.country).map(|c| c.to_ascii_uppercase()),
        overdue: q.overdue.as_deref() == Some("true"),
        closed: false,
        today: Some(today),
    };
    let scope = granted.scope;
    let actor_id = granted.authed.user.id.clone();
    let (rows, total) = state
        .db
        .read(move |c| {
            db::cases::list(
                c,
                &scope,
                &actor_id,
                &filter,
                (page - 1) * PER_PAGE,
                PER_PAGE,
            )
        })
        .await?;
    Ok(Json(CasePage {
        total,
        page,
        per_page: PER_PAGE,
        items: rows
            .into_iter()
            .map(|r| {
                let trainee = Trainee {
                    family_name: r.family_name,
                    given_names: r.given_names,
                };
                summary(&r.case, trainee, r.company, today)
            })
            .collect(),
    }))
}

#[derive(Serialize)]
pub struct WhyJson {
    rule: String,
    anchor: String,
    anchor_date: NaiveDate,
    offset: i64,
    unit: &'static str,
    holidays_skipped: Vec<NaiveDate>,
    rolled_from: Option<NaiveDate>,
    time_assumed: bool,
}

fn why(due: &Due) -> WhyJson {
    let w = &due.why;
    WhyJson {
        rule: w.rule.clone(),
        anchor: w.anchor_event.clone(),
        anchor_date: w.anchor_date,
        offset: w.offset,
        unit: unit_id(w.unit),
        holidays_skipped: w.holidays_skipped.clone(),
        rolled_from: w.rolled_from,
        time_assumed: w.time_assumed,
    }
}

fn standing(s: Standing) -> &'static str {
    match s {
        Standing::Overdue => "overdue",
        Standing::DueToday => "due_today",
        Standing::Upcoming => "upcoming",
        Standing::Later => "later",
    }
}

#[derive(Serialize)]
pub struct DeadlineJson {
    rule: String,
    who: String,
    due_on: NaiveDate,
    due_at: Option<NaiveDateTime>,
    standing: &'static str,
    why: WhyJson,
}

#[derive(Serialize)]
pub struct PathEntry {
    step: String,
    entered_on: NaiveDate,
    entered_at: Option<NaiveDateTime>,
    note: String,
}

#[derive(Serialize)]
pub struct TemplateJson {
    key: String,
    name: String,
    version: i64,
}

#[derive(Serialize)]
pub struct StepJson {
    id: String,
    end: bool,
}

#[derive(Serialize)]
pub struct Missing {
    documents: Vec<String>,
    fields: Vec<String>,
}

#[derive(Serialize)]
pub struct CaseJson {
    #[serde(flatten)]
    summary: CaseSummary,
    template: TemplateJson,
    steps: Vec<StepJson>,
    waiting_for: Option<String>,
    path: Vec<PathEntry>,
    missing: Missing,
    next: Vec<String>,
    deadlines: Vec<DeadlineJson>,
    tasks: Vec<TaskJson>,
}

/// A task a person added to the case.
#[derive(Serialize)]
pub struct TaskJson {
    id: String,
    title: String,
    due_on: NaiveDate,
    who: String,
    done: bool,
}

async fn case_json(state: &AppState, who: &app::Acting, id: &str) -> Result<CaseJson, AppError> {
    let today = today(state);
    let v = app::cases::view(&state.db, who, id, today).await?;
    let trainee = Trainee {
        family_name: v.family_name,
        given_names: v.given_names,
    };
    Ok(CaseJson {
        summary: summary(&v.case, trainee, v.company, today),
        template: TemplateJson {
            key: v.template_key,
            name: v.template_name,
            version: v.template_version,
        },
        steps: v
            .steps
            .into_iter()
            .map(|(id, end)| StepJson { id, end })
            .collect(),
        waiting_for: v.waiting_for,
        path: v
            .path
            .into_iter()
            .map(|e| PathEntry {
                step: e.step,
                entered_on: e.entered_on,
                entered_at: e.entered_at,
                note: e.note,
            })
            .collect(),
        missing: Missing {
            documents: v.missing_documents,
            fields: v.missing_fields,
        },
        next: v.next,
        deadlines: v
            .deadlines
            .iter()
            .map(|d| DeadlineJson {
                rule: d.rule.clone(),
                who: d.who.clone(),
                due_on: d.due.date,
                due_at: d.due.at,
                standing: standing(d.standing),
                why: why(&d.due),
            })
            .collect(),
        tasks: v
            .tasks
            .into_iter()
            .map(|t| TaskJson {
                done: t.done_at.is_some(),
                id: t.id,
                title: t.title,
                due_on: t.due_on,
                who: t.who,
            })
            .collect(),
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<CaseJson>, AppError> {
    Ok(Json(case_json(&state, &ctx.acting()?, &id).await?))
}

#[derive(Deserialize)]
pub struct NewTransition {
    to: String,
    on: NaiveDate,
    #[serde(default)]
    at: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

impl super::ApiBody for NewTransition {
    const SCHEMA: &'static str = "NewTransition";
}

/// A local time as the pages take it: `2027-04-02T14:30` (seconds allowed, or a space).
fn local_time(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// A refusal of the template as the API answers it.
fn refused(r: &Refusal) -> AppError {
    let (status, field) = match r {
        Refusal::NotAllowed => (StatusCode::CONFLICT, None),
        Refusal::NotYourRole => (StatusCode::FORBIDDEN, None),
        Refusal::Incomplete { .. } | Refusal::CoursesIncomplete => {
            (StatusCode::UNPROCESSABLE_ENTITY, Some("to".to_owned()))
        }
    };
    AppError::Unreadable {
        status,
        key: r.key(),
        field,
    }
}

/// Moves a case to its next step, as the template allows the caller's role.
pub async fn transition(
    State(state): State<AppState>,
    ctx: Ctx,
    idempotency: Idempotency,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<NewTransition>,
) -> Result<(StatusCode, [(HeaderName, String); 1], Json<CaseJson>), AppError> {
    let location = super::location("cases", &id);
    if idempotency.replayed().is_some() {
        let case = case_json(&state, &ctx.acting()?, &id).await?;
        return Ok((StatusCode::CREATED, [location], Json(case)));
    }
    let at = match b.at.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(local_time(s).ok_or(AppError::Invalid(domain::Invalid::new(
            "at",
            "case-error-datetime",
        )))?),
    };
    let who = idempotency.acting(&ctx)?;
    let step = app::cases::advance::Step {
        to: b.to,
        on: b.on,
        at,
        note: b.note.unwrap_or_default(),
    };
    app::cases::advance::advance(&state.db, &*state.clock, &who, &id, step)
        .await
        .map_err(|e| match e {
            app::Error::Rule(app::error::Rule::Case(r)) => refused(&r),
            e => e.into(),
        })?;
    let case = case_json(&state, &ctx.acting()?, &id).await?;
    Ok((StatusCode::CREATED, [location], Json(case)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeadlinesQuery {
    status: Option<String>,
}

#[derive(Serialize)]
pub struct CaseDeadlineJson {
    case_id: String,
    reference: String,
    step: String,
    rule: String,
    /// A task's title; `null` for a rule.
    title: Option<String>,
    task_id: Option<String>,
    who: String,
    due_on: NaiveDate,
    standing: &'static str,
    /// The rule's computation; `null` for a task.
    why: Option<WhyJson>,
}

fn deadline_json(d: CaseDeadline) -> CaseDeadlineJson {
    CaseDeadlineJson {
        why: d.due.as_ref().map(why),
        standing: standing(d.standing),
        case_id: d.case_id,
        reference: d.reference,
        step: d.step,
        rule: d.rule,
        title: d.title,
        task_id: d.task_id,
        who: d.who,
        due_on: d.date,
    }
}

/// The deadlines of the open cases within the caller's reach, the nearest first.
pub async fn deadlines(
    State(state): State<AppState>,
    granted: Granted,
    ApiQuery(q): ApiQuery<DeadlinesQuery>,
) -> Result<Json<Vec<CaseDeadlineJson>>, AppError> {
    let which = match q.status.as_deref() {
        None | Some("all") => Which::All,
        Some("overdue") => Which::Overdue,
        Some("near") => Which::Near,
        Some(_) => {
            return Err(super::extract::bad_query(domain::Invalid::new(
                "status",
                "deadlines-error-status",
            )));
        }
    };
    let lines =
        app::cases::deadlines::for_person(&state.db, &granted.authed.actor, today(&state), which)
            .await?;
    Ok(Json(lines.into_iter().map(deadline_json).collect()))
}
