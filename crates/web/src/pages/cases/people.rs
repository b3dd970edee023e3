//! `/cases/{id}/people`: who holds each duty on a case (the host's and the promoter's
//! tutors, the cultural mediator, the mentor), and — for promoters and coordinators — the
//! forms to give a duty to someone who may hold it, or take it back. Giving a duty opens the
//! case to that person (mediators and mentors reach only such cases), so only the accounts
//! the use case accepts are offered.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::duty::Duty;
use serde::Deserialize;

use super::checked_id;
use crate::flash::{self, Flash};
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

struct HolderChoice {
    user_id: String,
    label: String,
    selected: bool,
}

struct DutyLine {
    duty: &'static str,
    title: String,
    holder: Option<String>,
    since: Option<chrono::NaiveDateTime>,
    choices: Vec<HolderChoice>,
}

#[derive(Template)]
#[template(path = "cases/people.html")]
struct PeoplePage {
    page: Page,
    case_id: String,
    lines: Vec<DutyLine>,
    may_assign: bool,
    errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(&state, &ctx, &id, StatusCode::OK, Vec::new()).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let p = app::cases::people::people(&state.db, &who, id).await?;
    let tr = ctx.tr();
    let lines = Duty::ALL
        .into_iter()
        .map(|duty| {
            let held = p.people.iter().find(|h| h.duty == duty);
            let choices = p
                .choices
                .iter()
                .find(|(d, _)| *d == duty)
                .map(|(_, hs)| {
                    hs.iter()
                        .map(|h| HolderChoice {
                            selected: held.is_some_and(|x| x.user_id == h.user_id),
                            user_id: h.user_id.clone(),
                            label: format!("{} — {}", h.display_name, h.organisation),
                        })
                        .collect()
                })
                .unwrap_or_default();
            DutyLine {
                duty: duty.as_str(),
                title: tr.t(&format!("duty-{}", duty.as_str())),
                holder: held.map(|h| h.display_name.clone()),
                since: held.map(|h| h.assigned_at),
                choices,
            }
        })
        .collect();
    html_status(
        status,
        &PeoplePage {
            page: Page::new(ctx, "case-people-title"),
            case_id: id.to_owned(),
            lines,
            may_assign: p.may_assign,
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AssignForm {
    duty: String,
    user_id: String,
}

fn duty_of(s: &str) -> Result<Duty, AppError> {
    Duty::parse(s).ok_or(AppError::NotFound)
}

/// Gives a duty; a refused holder shows the page again (422), nothing written.
pub async fn assign(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<AssignForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let duty = duty_of(&f.duty)?;
    let who = ctx.acting()?;
    let done = if f.user_id.trim().is_empty() {
        Err(app::Error::Invalid(Invalid::new(
            "user_id",
            "error-required",
        )))
    } else {
        app::cases::people::assign(&state.db, &*state.clock, &who, &id, duty, f.user_id.trim())
            .await
    };
    match done {
        Ok(()) => Ok(flash::redirect(
            &format!("/cases/{id}/people#{}", duty.as_str()),
            Flash::new("flash-case-people-assigned"),
        )),
        Err(app::Error::Invalid(i)) => {
            render(&state, &ctx, &id, StatusCode::UNPROCESSABLE_ENTITY, vec![i]).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Takes a duty back.
pub async fn unassign(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<AssignForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let duty = duty_of(&f.duty)?;
    let who = ctx.acting()?;
    app::cases::people::unassign(&state.db, &*state.clock, &who, &id, duty).await?;
    Ok(flash::redirect(
        &format!("/cases/{id}/people#{}", duty.as_str()),
        Flash::new("flash-case-people-removed"),
    ))
}
