//! `/mentorships/new`: opening a mentorship — the coordinator for any participant of the
//! programme with the mentor they choose, a mentor for a participant whose case they hold
//! the mentor's duty on. A refused form comes back (422) with every mistake and what was
//! typed.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::mentorship::form::TermsFields;
use domain::mentorship::{
    DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS, MIN_REMINDER_DAYS, Whereabouts,
};
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Template)]
#[template(path = "mentorships/new.html")]
struct NewPage {
    page: Page,
    /// (candidate id, label, already mentored)
    mentees: Vec<(String, String, bool)>,
    /// (user id, label); empty for a mentor.
    mentors: Vec<(String, String)>,
    places: Vec<(&'static str, String)>,
    form: NewForm,
    min_days: i64,
    max_days: i64,
    errors: FormErrors,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct NewForm {
    candidate: String,
    mentor: String,
    whereabouts: String,
    goals: String,
    reminder_days: String,
}

pub async fn form(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    let form = NewForm {
        reminder_days: DEFAULT_REMINDER_DAYS.to_string(),
        ..Default::default()
    };
    render(&state, &ctx, StatusCode::OK, form, Vec::new()).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    form: NewForm,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let c = app::mentorships::open::choices(&state.db, &who).await?;
    let tr = ctx.tr();
    html_status(
        status,
        &NewPage {
            page: Page::new(ctx, "mentoring-new-title"),
            mentees: c
                .mentees
                .into_iter()
                .map(|m| {
                    let label = match &m.reference {
                        Some(r) => format!("{} {} · {r}", m.given_names, m.family_name),
                        None => format!("{} {}", m.given_names, m.family_name),
                    };
                    (m.candidate_id, label, m.mentored)
                })
                .collect(),
            mentors: c
                .mentors
                .into_iter()
                .map(|m| (m.user_id, format!("{} · {}", m.name, m.organisation)))
                .collect(),
            places: Whereabouts::ALL
                .into_iter()
                .map(|w| (w.as_str(), tr.t(&format!("mentoring-where-{}", w.as_str()))))
                .collect(),
            form,
            min_days: MIN_REMINDER_DAYS,
            max_days: MAX_REMINDER_DAYS,
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

pub async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Form(f): Form<NewForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let fields = TermsFields {
        whereabouts: f.whereabouts.clone(),
        goals: f.goals.clone(),
        reminder_days: f.reminder_days.clone(),
    };
    match app::mentorships::open::open(
        &state.db,
        &*state.clock,
        &who,
        &f.candidate,
        &f.mentor,
        &fields,
    )
    .await
    {
        Ok(id) => Ok(flash::redirect(
            &format!("/mentorships/{id}"),
            Flash::new("flash-mentoring-opened"),
        )),
        Err(e) => {
            let errors = crate::pages::form_errors::refused(Err(e))?;
            render(&state, &ctx, StatusCode::UNPROCESSABLE_ENTITY, f, errors).await
        }
    }
}
