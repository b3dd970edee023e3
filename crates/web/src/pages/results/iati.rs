//! `/results/{programme}/iati`: the IATI activity file's identifiers (the form, for those
//! with `ManageResults`, until they publish them, confirmed, on
//! `/results/{programme}/iati/publish`), the warnings the file would carry, and
//! `/results/{programme}/iati.xml`, the download (an audited read that changes nothing).
//! `app::iati` builds, checks and publishes; this page asks, shows and translates.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use domain::Invalid;
use domain::iati::SettingsFields;
use domain::iati::settings::ORGANISATION_TYPES;
use serde::Deserialize;

use super::super::cases::checked_id;
use crate::flash::{self, Flash};
use crate::pages::confirm;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

struct Choice {
    value: &'static str,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "results/iati.html")]
struct IatiPage {
    page: Page,
    key: String,
    programme: String,
    activity_id: Option<String>,
    published: Option<String>,
    may_manage: bool,
    form: SettingsFields,
    types: Vec<Choice>,
    /// The warnings of the file as it would be exported now, in words.
    warnings: Vec<String>,
    /// Why the file cannot be exported now (no settings yet), if so.
    blocked: Option<String>,
    errors: FormErrors,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    key: &str,
    status: StatusCode,
    typed: Option<SettingsFields>,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::iati::settings(&state.db, &who, key).await?;
    let tr = ctx.tr();
    let (warnings, blocked) =
        match app::iati::build(&state.db, &state.results, &*state.clock, &who, key).await {
            Ok(e) => (
                e.warnings
                    .iter()
                    .map(|w| tr.t1(w.key, "about", &w.about))
                    .collect(),
                None,
            ),
            Err(app::Error::Invalid(i)) => (Vec::new(), Some(tr.t(i.key))),
            Err(e) => return Err(e.into()),
        };
    let form = typed.unwrap_or_else(|| v.fields());
    let page = IatiPage {
        page: Page::new(ctx, "iati-title"),
        key: v.slug.clone(),
        programme: v.programme.clone(),
        activity_id: v.stored.as_ref().map(|s| s.activity_id.clone()),
        published: v
            .stored
            .as_ref()
            .and_then(|s| s.published_at)
            .map(|at| tr.date(&at.date())),
        may_manage: v.may_manage,
        types: ORGANISATION_TYPES
            .iter()
            .map(|code| Choice {
                value: code,
                label: tr.t(&format!("iati-org-type-{code}")),
                selected: form.org_type == *code,
            })
            .collect(),
        form,
        warnings,
        blocked,
        errors: FormErrors::new(ctx, &errors),
    };
    html_status(status, &page)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(key): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&key)?;
    render(&state, &ctx, &key, StatusCode::OK, None, Vec::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    org_ref: String,
    org_name: String,
    org_type: String,
    activity_id: String,
}

/// Saves the identifiers; refused (422, nothing written) when they do not fit or are
/// published already.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(key): Path<String>,
    Form(f): Form<SettingsForm>,
) -> Result<Response, AppError> {
    checked_id(&key)?;
    let fields = SettingsFields {
        org_ref: f.org_ref,
        org_name: f.org_name,
        org_type: f.org_type,
        activity_id: f.activity_id,
    };
    let who = ctx.acting()?;
    match app::iati::save(&state.db, &*state.clock, &who, &key, &fields).await {
        Ok(()) => Ok(flash::redirect(
            &format!("/results/{key}/iati"),
            Flash::new("flash-iati-saved"),
        )),
        Err(app::Error::Invalid(i)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render(&state, &ctx, &key, status, Some(fields), vec![i]).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Publishes the identifiers, after a confirmation page (they can never change again).
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(key): Path<String>,
    Form(f): Form<confirm::OnlyConfirmation>,
) -> Result<Response, AppError> {
    checked_id(&key)?;
    let who = ctx.acting()?;
    if !f.given() {
        let v = app::iati::settings(&state.db, &who, &key).await?;
        let tr = ctx.tr();
        let id = v.stored.as_ref().map(|s| s.activity_id.clone());
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("iati-publish-question", "programme", &v.programme),
                // The identifier is left to right in every language (isolated).
                lines: id
                    .map(|id| format!("{}: \u{2066}{id}\u{2069}", tr.t("iati-field-activity-id")))
                    .into_iter()
                    .collect(),
                warnings: vec![tr.t("iati-publish-final")],
                action: format!("/results/{key}/iati/publish"),
                hidden: Vec::new(),
                reason: None,
                confirm: tr.t("iati-publish-confirm"),
                cancel: format!("/results/{key}/iati"),
                danger: false,
                name: "iati-publish",
            },
        );
    }
    app::iati::publish(&state.db, &state.results, &*state.clock, &who, &key).await?;
    Ok(flash::redirect(
        &format!("/results/{key}/iati"),
        Flash::new("flash-iati-published"),
    ))
}

/// The activity file (an audited read: it changes nothing).
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(key): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&key)?;
    let who = ctx.acting()?;
    let out = app::iati::export(&state.db, &state.results, &*state.clock, &who, &key).await?;
    Ok((
        [
            (CONTENT_TYPE, "application/xml; charset=utf-8".to_owned()),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"iati-activity.xml\"".to_owned(),
            ),
        ],
        out.xml,
    )
        .into_response())
}
