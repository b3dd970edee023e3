//! Applying to an open call: sign up (`sign_up.rs`), the form in steps that save as they go
//! (`identity.rs`, `steps.rs`), and the candidate's own status page with the timeline.

pub mod identity;
pub mod interview;
pub mod sign_up;
pub mod steps;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::permission::Scope;

use super::candidates::view::{OutcomeLine, TimelineLine, outcome_lines, status_label, timeline};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx};

pub struct MineRow {
    pub id: String,
    pub call: crate::pages::localized::Localized,
    pub status: String,
    pub draft: bool,
}

#[derive(Template)]
#[template(path = "apply/mine.html")]
struct MinePage {
    page: Page,
    rows: Vec<MineRow>,
}

/// The signed-in person's own applications.
pub async fn mine(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let user_id = ctx.authed()?.user.id.clone();
    let (rows, calls) = state
        .db
        .read(move |c| {
            let rows = db::candidates::of_user(c, &user_id)?;
            let ids: Vec<String> = rows.iter().map(|x| x.call_id.clone()).collect();
            Ok((rows, db::calls::by_ids(c, &ids)?))
        })
        .await?;
    let titles: std::collections::HashMap<String, crate::pages::localized::Localized> = calls
        .iter()
        .map(|c| c.id.clone())
        .zip(crate::pages::localized::call_titles(&state, &ctx, &calls).await?)
        .collect();
    let tr = ctx.tr();
    html(&MinePage {
        page: Page::new(&ctx, "mine-title"),
        rows: rows
            .into_iter()
            .filter_map(|x| Some((titles.get(&x.call_id)?.clone(), x)))
            .map(|(call, x)| MineRow {
                draft: x.status == domain::candidate::Status::Draft,
                status: status_label(&tr, x.status.as_str()),
                id: x.id,
                call,
            })
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "apply/status.html")]
struct StatusPage {
    page: Page,
    id: String,
    call: crate::pages::localized::Localized,
    status: String,
    draft: bool,
    shortlisted: bool,
    submitted_at: Option<String>,
    outcomes: Vec<OutcomeLine>,
    timeline: Vec<TimelineLine>,
    reason: Option<String>,
    interviews: Vec<interview::InterviewView>,
}

/// "My application": where it stands, and what happened so far.
pub async fn status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user_id = ctx.authed()?.user.id.clone();
    let (c, call, events) = state
        .db
        .read(move |conn| {
            let c = db::candidates::find(conn, &Scope::OwnAccount, &user_id, &id)?;
            let call = db::calls::find_published(conn, &c.call_id)?;
            let events = db::candidates::events(conn, &c)?;
            Ok((c, call, events))
        })
        .await?;
    let title = crate::pages::localized::call_titles(&state, &ctx, std::slice::from_ref(&call))
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    let interviews = interview::views(&state, &tr, c.clone()).await?;
    // A candidate reads the reason of a rejection; other notes stay with staff.
    let reason = c
        .decision_reason
        .clone()
        .filter(|_| c.status == domain::candidate::Status::Rejected);
    html(&StatusPage {
        page: Page::new(&ctx, "status-title"),
        draft: c.status == domain::candidate::Status::Draft,
        shortlisted: c.status == domain::candidate::Status::Shortlisted,
        status: status_label(&tr, c.status.as_str()),
        submitted_at: c.submitted_at.map(|t| tr.date_time(&t)),
        outcomes: outcome_lines(&tr, &c.outcomes()),
        // Staff notes (justifications, reasons) stay on the staff page.
        timeline: timeline(
            &tr,
            &events
                .into_iter()
                .filter(|e| !super::candidates::view::staff_only(&e.kind))
                .collect::<Vec<_>>(),
            true,
        )
        .into_iter()
        .map(|l| TimelineLine {
            note: None,
            note_hidden: false,
            ..l
        })
        .collect(),
        reason,
        interviews,
        call: title,
        id: c.id,
    })
}
