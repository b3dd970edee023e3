//! `/grant-calls/{id}/eligible`: the people who may apply to a call, with why (a completed
//! traineeship, or recovered with the reason), their country and whether they applied;
//! adding everyone who completed in one action, adding a recovered person, and removing
//! someone who has not applied (confirmed on its own page).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use serde::Deserialize;

use super::{checked_id, status_label};
use crate::flash::{self, Flash};
use crate::pages::confirm;
use crate::pages::form_errors::{FormErrors, refused};
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub struct PersonRow {
    pub candidate_id: String,
    pub name: String,
    pub basis: String,
    pub basis_key: &'static str,
    pub reason: String,
    pub country: String,
    pub status: Option<String>,
    pub status_key: &'static str,
}

#[derive(Template)]
#[template(path = "grants/eligible.html")]
pub struct EligiblePage {
    page: Page,
    id: String,
    title: String,
    people: Vec<PersonRow>,
    person: String,
    reason: String,
    errors: FormErrors,
}

async fn respond(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    typed: (String, String),
    errors: &[Invalid],
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let (call, list) = app::grants::eligibles(&state.db, &who, id).await?;
    let tr = ctx.tr();
    let people = list
        .into_iter()
        .map(|p| {
            let e = &p.listed.eligible;
            PersonRow {
                candidate_id: e.candidate_id.clone(),
                name: format!("{} {}", p.listed.given_names, p.listed.family_name),
                basis: tr.t(&format!("grant-basis-{}", e.basis.as_str())),
                basis_key: e.basis.as_str(),
                reason: e.reason.clone(),
                country: tr.t(&e.country.message_key()),
                status: p.status.map(|s| status_label(&tr, s)),
                status_key: p.status.map_or("none", |s| s.as_str()),
            }
        })
        .collect();
    html_status(
        status,
        &EligiblePage {
            page: Page::new(ctx, "grant-eligible-title"),
            id: id.to_owned(),
            title: call.row.title,
            people,
            person: typed.0,
            reason: typed.1,
            errors: FormErrors::new(ctx, errors),
        },
    )
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    respond(&state, &ctx, &id, StatusCode::OK, Default::default(), &[]).await
}

/// Adds everyone who completed a traineeship of the programme.
pub async fn add_completed(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let n = app::grants::add_completed(&state.db, &*state.clock, &who, &id).await?;
    Ok(flash::redirect(
        &format!("/grant-calls/{id}/eligible"),
        Flash::counted(
            "flash-grant-eligible-added",
            i64::try_from(n).unwrap_or(i64::MAX),
        ),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RecoveredForm {
    person: String,
    reason: String,
}

/// Adds a person the programme recovers, with the reason.
pub async fn add_recovered(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<RecoveredForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let done =
        app::grants::add_recovered(&state.db, &*state.clock, &who, &id, &f.person, &f.reason).await;
    let errors = refused(done)?;
    if errors.is_empty() {
        return Ok(flash::redirect(
            &format!("/grant-calls/{id}/eligible"),
            Flash::new("flash-grant-recovered-added"),
        ));
    }
    respond(
        &state,
        &ctx,
        &id,
        StatusCode::UNPROCESSABLE_ENTITY,
        (f.person, f.reason),
        &errors,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveForm {
    candidate: String,
    confirmed: Option<String>,
}

/// Takes someone who has not applied off the list, after a confirmation page.
pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<RemoveForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&f.candidate)?;
    let who = ctx.acting()?;
    if !confirm::confirmed(f.confirmed.as_deref()) {
        let (call, list) = app::grants::eligibles(&state.db, &who, &id).await?;
        let p = list
            .iter()
            .find(|p| p.listed.eligible.candidate_id == f.candidate)
            .ok_or(AppError::NotFound)?;
        let tr = ctx.tr();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-remove-question"),
                lines: vec![
                    format!("{} {}", p.listed.given_names, p.listed.family_name),
                    call.row.title,
                ],
                warnings: Vec::new(),
                action: format!("/grant-calls/{id}/eligible/remove"),
                hidden: vec![("candidate".into(), f.candidate.clone())],
                reason: None,
                confirm: tr.t("grant-remove"),
                cancel: format!("/grant-calls/{id}/eligible"),
                danger: true,
                name: "remove-eligible",
            },
        );
    }
    app::grants::remove(&state.db, &*state.clock, &who, &id, &f.candidate).await?;
    Ok(flash::redirect(
        &format!("/grant-calls/{id}/eligible"),
        Flash::new("flash-grant-eligible-removed"),
    ))
}
