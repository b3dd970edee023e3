//! `/traineeships`: the traineeships a person reaches, and one traineeship's page — its
//! dates and people, the months with each author's report, the allowances (computed by the
//! region's rule, with the rule's source beside every amount, and locked once approved),
//! incidents, skills evaluations, and for the promoter the extension and interruption.
//! What each person sees is the use case's rule (`app::traineeships`); this module renders.

mod actions;
mod reports;
mod show;

pub use actions::{approve, evaluate, extend, interrupt, move_incident, open_incident, paid};
pub use reports::{report_form, save_report};
pub use show::{save, show};

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::traineeship::Month;

use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Line {
    id: String,
    reference: String,
    trainee: String,
    company: String,
    starts_on: String,
    ends_on: String,
    step: String,
}

#[derive(Template)]
#[template(path = "traineeships/list.html")]
struct ListPage {
    page: Page,
    lines: Vec<Line>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let rows = app::traineeships::list(&state.db, &who).await?;
    let tr = ctx.tr();
    let lines = rows
        .into_iter()
        .map(|(r, t)| Line {
            id: r.case.id.clone(),
            reference: r.case.reference.clone(),
            trainee: format!("{} {}", r.given_names, r.family_name),
            company: r.company,
            starts_on: tr.date(&t.starts_on),
            ends_on: tr.date(&t.ends_on),
            step: crate::pages::cases::words::step(&tr, &r.case.step),
        })
        .collect();
    html(&ListPage {
        page: Page::new(&ctx, "traineeships-title"),
        lines,
    })
}

/// A month from a path (`2026-03`); a malformed one is a missing page.
fn month_of(s: &str) -> Result<Month, AppError> {
    Month::parse("month", s).map_err(|_| AppError::NotFound)
}
