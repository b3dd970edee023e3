//! The coordinator's form of a call's terms: `/grant-calls/new` to publish one,
//! `/grant-calls/{id}/edit` to change it while nobody has submitted. Every mistake comes
//! back at once beside its field (422), with what was typed.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::grant::SharesBy;
use domain::grant::fields::{SHARE_GROUPS, TermsFields};
use domain::grant::terms::MAX_CRITERIA;

use super::checked_id;
use crate::flash::{self, Flash};
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Template)]
#[template(path = "grants/terms.html")]
pub struct TermsPage {
    page: Page,
    action: String,
    cancel: String,
    /// Programmes to choose from (a new call only).
    programmes: Vec<(String, String)>,
    programme_id: String,
    f: TermsFields,
    criteria: Vec<(usize, String, String)>,
    /// (group, its label, its kind, the ceiling typed)
    shares: Vec<(String, String, &'static str, String)>,
    shares_by: Vec<(&'static str, String)>,
    errors: FormErrors,
}

/// The form's fields back into the domain's strings.
fn fields_of(form: &HashMap<String, String>) -> (String, TermsFields) {
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    let on = |k: &str| form.get(k).is_some_and(|v| !v.is_empty());
    let criteria = (0..MAX_CRITERIA)
        .map(|n| {
            (
                get(&format!("criterion{n}_label")),
                get(&format!("criterion{n}_weight")),
            )
        })
        .collect();
    let shares = SHARE_GROUPS
        .iter()
        .map(|(g, _)| ((*g).to_owned(), get(&format!("share_{g}"))))
        .collect();
    (
        get("programme_id"),
        TermsFields {
            title: get("title"),
            description: get("description"),
            currency: get("currency"),
            fund: get("fund"),
            min_grant: get("min_grant"),
            max_grant: get("max_grant"),
            opens_on: get("opens_on"),
            closes_on: get("closes_on"),
            quality_threshold: get("quality_threshold"),
            partial_last: on("partial_last"),
            entrepreneurial: on("entrepreneurial"),
            professional: on("professional"),
            from_italy: on("from_italy"),
            from_home: on("from_home"),
            shares_by: get("shares_by"),
            shares,
            criteria,
        },
    )
}

/// The form as the page shows it: at least four criteria rows, two blank ones after those
/// typed, at most [`MAX_CRITERIA`].
#[allow(clippy::too_many_arguments)]
fn form_page(
    ctx: &Ctx,
    status: StatusCode,
    title_key: &str,
    action: String,
    cancel: String,
    programmes: Vec<(String, String)>,
    programme_id: String,
    f: TermsFields,
    errors: &[Invalid],
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let typed: Vec<_> = f
        .criteria
        .iter()
        .filter(|(l, w)| !(l.trim().is_empty() && w.trim().is_empty()))
        .cloned()
        .collect();
    let rows = (typed.len() + 2).clamp(4, MAX_CRITERIA);
    let criteria = (0..rows)
        .map(|n| {
            let (l, w) = typed.get(n).cloned().unwrap_or_default();
            (n, l, w)
        })
        .collect();
    let shares = SHARE_GROUPS
        .iter()
        .map(|(g, by)| {
            let label = match by {
                SharesBy::Country => tr.t(&format!("country-{}", g.to_ascii_lowercase())),
                _ => tr.t(&format!("grant-type-{g}")),
            };
            let amount = f
                .shares
                .iter()
                .find(|(group, _)| group == g)
                .map(|(_, a)| a.clone())
                .unwrap_or_default();
            ((*g).to_owned(), label, by.as_str(), amount)
        })
        .collect();
    html_status(
        status,
        &TermsPage {
            page: Page::new(ctx, title_key),
            action,
            cancel,
            programmes,
            programme_id,
            criteria,
            shares,
            shares_by: SharesBy::ALL
                .into_iter()
                .map(|s| {
                    (
                        s.as_str(),
                        tr.t(&format!("grant-shares-by-{}", s.as_str().replace('_', "-"))),
                    )
                })
                .collect(),
            f,
            errors: FormErrors::new(ctx, errors),
        },
    )
}

fn blank() -> TermsFields {
    TermsFields {
        currency: "EUR".into(),
        quality_threshold: "60".into(),
        entrepreneurial: true,
        professional: true,
        from_italy: true,
        from_home: true,
        shares_by: SharesBy::None.as_str().into(),
        ..TermsFields::default()
    }
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let programmes = app::grants::programmes(&state.db, &who).await?;
    let programme_id = match programmes.as_slice() {
        [(id, _)] => id.clone(),
        _ => String::new(),
    };
    form_page(
        &ctx,
        StatusCode::OK,
        "grant-call-new-title",
        "/grant-calls".into(),
        "/grant-calls".into(),
        programmes,
        programme_id,
        blank(),
        &[],
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let (programme_id, f) = fields_of(&form);
    match app::grants::create(&state.db, &*state.clock, &who, &programme_id, f.clone()).await {
        Ok(id) => Ok(flash::redirect(
            &format!("/grant-calls/{id}"),
            Flash::new("flash-grant-call-published"),
        )),
        Err(e) => {
            let errors = crate::pages::form_errors::refused(Err(e))?;
            let programmes = app::grants::programmes(&state.db, &who).await?;
            form_page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                "grant-call-new-title",
                "/grant-calls".into(),
                "/grant-calls".into(),
                programmes,
                programme_id,
                f,
                &errors,
            )
        }
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let v = app::grants::view(&state.db, &*state.clock, &who, &id).await?;
    form_page(
        &ctx,
        StatusCode::OK,
        "grant-call-edit-title",
        format!("/grant-calls/{id}/edit"),
        format!("/grant-calls/{id}"),
        Vec::new(),
        v.call.row.programme_id.clone(),
        TermsFields::of(&v.call.terms()),
        &[],
    )
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let (programme_id, f) = fields_of(&form);
    let done = app::grants::update(&state.db, &*state.clock, &who, &id, f.clone()).await;
    let errors = crate::pages::form_errors::refused(done)?;
    if errors.is_empty() {
        return Ok(flash::redirect(
            &format!("/grant-calls/{id}"),
            Flash::new("flash-grant-call-updated"),
        ));
    }
    form_page(
        &ctx,
        StatusCode::UNPROCESSABLE_ENTITY,
        "grant-call-edit-title",
        format!("/grant-calls/{id}/edit"),
        format!("/grant-calls/{id}"),
        Vec::new(),
        programme_id,
        f,
        &errors,
    )
}
