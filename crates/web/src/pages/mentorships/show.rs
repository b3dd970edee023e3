//! `/mentorships/{id}`, and the participant's own at `/my/mentorship`: the goals, the
//! action plan (overdue items marked), the sessions (their notes only to the mentor's
//! organisation and the coordinator), the concern (to them only, never the mentee) and
//! what the reader may do, as `app::mentorships::Standing` says.

use app::mentorships::{Standing, View};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::mentorship::{MAX_REMINDER_DAYS, MIN_REMINDER_DAYS, SessionMode, Whereabouts};

use super::{mentee_name, whereabouts};
use crate::pages::cases::{checked_id, today};
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub struct SessionLine {
    pub held_on: String,
    pub mode: &'static str,
    pub mode_label: String,
    pub topics: String,
    pub notes: String,
}

pub struct ItemLine {
    pub id: String,
    pub action: String,
    pub due_on: String,
    pub done: bool,
    pub overdue: bool,
}

pub struct ConcernLine {
    pub raised_at: String,
    pub note: String,
    pub handled: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "mentorships/show.html")]
struct ShowPage {
    page: Page,
    id: String,
    /// The participant's own page (links and wording differ).
    own: bool,
    reference: String,
    candidate_id: String,
    mentor: String,
    organisation: String,
    whereabouts: String,
    whereabouts_value: &'static str,
    goals: String,
    reminder_days: i64,
    reminder_on: String,
    reminder_due: bool,
    opened_on: String,
    closed: Option<(String, String)>,
    sessions: Vec<SessionLine>,
    items: Vec<ItemLine>,
    concern: Option<ConcernLine>,
    past_concerns: Vec<ConcernLine>,
    s: Standing,
    modes: Vec<(&'static str, String)>,
    places: Vec<(&'static str, String)>,
    min_days: i64,
    max_days: i64,
    today: String,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "mentorships/none.html")]
struct NonePage {
    page: Page,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    respond(&state, &ctx, &id, StatusCode::OK, Vec::new()).await
}

/// The participant's own mentorship, in their language, or a page saying there is none.
pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    mine_with(&state, &ctx, StatusCode::OK, Vec::new()).await
}

/// The participant's page with `status` and the mistakes of a refused form.
pub async fn mine_with(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    match app::mentorships::mine(&state.db, &who).await? {
        Some(v) => page(state, ctx, v, true, status, errors),
        None => html(&NonePage {
            page: Page::new(ctx, "mentoring-mine-title"),
        }),
    }
}

/// The mentorship's page with `status` and the mistakes of a refused form.
pub async fn respond(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    checked_id(id)?;
    let who = ctx.acting()?;
    let v = app::mentorships::view(&state.db, &who, id).await?;
    let own = v.standing.mentee;
    page(state, ctx, v, own, status, errors)
}

fn page(
    state: &AppState,
    ctx: &Ctx,
    v: View,
    own: bool,
    status: StatusCode,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let today = today(state);
    let row = &v.listed.row;
    let concern_line = |c: &db::mentorships::ConcernRow| ConcernLine {
        raised_at: tr.date_time(&c.raised_at),
        note: c.note.clone(),
        handled: c.handled_at.map(|at| {
            (
                tr.date_time(&at),
                c.handled_note.clone().unwrap_or_default(),
            )
        }),
    };
    let title = if own {
        tr.t("mentoring-mine-title")
    } else {
        tr.t1("mentoring-title", "name", &mentee_name(&v.listed))
    };
    html_status(
        status,
        &ShowPage {
            page: Page::titled(ctx, title),
            id: row.id.clone(),
            own,
            reference: v.listed.reference.clone().unwrap_or_default(),
            candidate_id: row.candidate_id.clone(),
            mentor: v.listed.mentor.clone(),
            organisation: v.listed.organisation.clone(),
            whereabouts: whereabouts(ctx, row.whereabouts),
            whereabouts_value: row.whereabouts.as_str(),
            goals: row.goals.clone(),
            reminder_days: row.reminder_days,
            reminder_on: tr.date(&v.reminder_on),
            reminder_due: row.is_open() && v.reminder_on <= today,
            opened_on: tr.date(&row.opened_on),
            closed: row
                .closed_on
                .map(|on| (tr.date(&on), row.close_note.clone().unwrap_or_default())),
            sessions: v
                .sessions
                .iter()
                .map(|s| SessionLine {
                    held_on: tr.date(&s.held_on),
                    mode: s.mode.as_str(),
                    mode_label: tr.t(&format!("mentoring-mode-{}", s.mode.as_str())),
                    topics: s.topics.clone(),
                    notes: s.notes.clone(),
                })
                .collect(),
            items: v
                .items
                .iter()
                .map(|i| ItemLine {
                    id: i.id.clone(),
                    action: i.action.clone(),
                    due_on: tr.date(&i.due_on),
                    done: i.done(),
                    overdue: row.is_open()
                        && domain::mentorship::overdue(i.due_on, i.done(), today),
                })
                .collect(),
            concern: v
                .concerns
                .iter()
                .find(|c| c.handled_at.is_none())
                .map(concern_line),
            past_concerns: v
                .concerns
                .iter()
                .filter(|c| c.handled_at.is_some())
                .map(concern_line)
                .collect(),
            s: v.standing,
            modes: SessionMode::ALL
                .into_iter()
                .map(|m| (m.as_str(), tr.t(&format!("mentoring-mode-{}", m.as_str()))))
                .collect(),
            places: Whereabouts::ALL
                .into_iter()
                .map(|w| (w.as_str(), tr.t(&format!("mentoring-where-{}", w.as_str()))))
                .collect(),
            min_days: MIN_REMINDER_DAYS,
            max_days: MAX_REMINDER_DAYS,
            today: today.to_string(),
            errors: FormErrors::new(ctx, &errors),
        },
    )
}
