//! The applicant's pages: `/my/grants`, the calls whose list they are on with where their
//! application stands, and `/my/grants/{id}`, their application to one call: a form while
//! it is a draft and the call accepts submissions (every save persists; with htmx a change
//! saves without reloading the page, without JavaScript the Save button does), read-only
//! once submitted, with the check's note when there is one. Submitting and withdrawing are
//! confirmed on their own page.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::document::MAX_DOCUMENT_BYTES;
use domain::grant::application::{Category, LINE_FIELDS, LineFields, MAX_LINES, ProposalFields};
use domain::grant::document::MAX_DOCUMENTS;
use domain::grant::fields::units;
use domain::grant::{ProjectOrigin, ProjectType, Status};

use super::{checked_id, origin_label, status_label, type_label};
use crate::flash::{self, Flash};
use crate::pages::confirm;
use crate::pages::form_errors::{FormErrors, refused};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub struct OwnLine {
    pub id: String,
    pub title: String,
    pub closes: String,
    pub accepts: bool,
    pub status: String,
    pub status_key: &'static str,
}

#[derive(Template)]
#[template(path = "grants/mine.html")]
pub struct MinePage {
    page: Page,
    calls: Vec<OwnLine>,
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let calls = app::grants::mine(&state.db, &*state.clock, &who)
        .await?
        .into_iter()
        .map(|c| OwnLine {
            closes: tr.date(&c.call.closes_on),
            accepts: c.accepts,
            status: c
                .status
                .map_or_else(|| tr.t("grant-not-applied"), |s| status_label(&tr, s)),
            status_key: c.status.map_or("none", Status::as_str),
            id: c.call.id,
            title: c.call.title,
        })
        .collect();
    html(&MinePage {
        page: Page::new(&ctx, "grant-my-title"),
        calls,
    })
}

/// One line of the form: its number and what it holds.
pub struct LineRow {
    pub n: usize,
    pub category: String,
    pub label: String,
    pub amount: String,
    /// Read-only view: the amount formatted, and the check's verdict.
    pub shown_amount: String,
    pub verdict: Option<bool>,
}

#[derive(Template)]
#[template(path = "grants/apply.html")]
pub struct ApplyPage {
    page: Page,
    id: String,
    call_title: String,
    closes: String,
    bounds: String,
    reference: String,
    status: String,
    status_key: &'static str,
    editable: bool,
    withdrawable: bool,
    f: ProposalFields,
    lines: Vec<LineRow>,
    requested: String,
    types: Vec<(&'static str, String)>,
    origins: Vec<(&'static str, String)>,
    categories: Vec<(&'static str, String)>,
    type_shown: String,
    origin_shown: String,
    check_note: String,
    documents: Vec<super::documents::DocLine>,
    /// Whether documents may be added or removed (a saved draft the call still accepts).
    documents_editable: bool,
    /// Whether one more may be added (fewer than the limit).
    may_add_document: bool,
    document_kinds: Vec<(&'static str, String)>,
    upload_action: String,
    max_mb: i64,
    errors: FormErrors,
}

/// The page, with what was typed (`typed`) in place of the stored draft when a save was
/// refused.
pub(super) async fn respond(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    typed: Option<ProposalFields>,
    errors: &[Invalid],
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::grants::own(&state.db, &*state.clock, &who, id).await?;
    let tr = ctx.tr();
    let terms = v.call.terms();
    let a = v.application.as_ref();
    let stored = ProposalFields {
        project_type: a.map_or_else(
            || default_type(&terms).as_str().to_owned(),
            |a| a.project_type.as_str().to_owned(),
        ),
        origin: a.map_or_else(
            || default_origin(&terms).as_str().to_owned(),
            |a| a.origin.as_str().to_owned(),
        ),
        title: a.map(|a| a.title.clone()).unwrap_or_default(),
        summary: a.map(|a| a.summary.clone()).unwrap_or_default(),
        lines: v
            .lines
            .iter()
            .map(|l| LineFields {
                category: l.category.clone(),
                label: l.label.clone(),
                amount: if l.amount_cents == 0 {
                    String::new()
                } else {
                    units(l.amount_cents)
                },
            })
            .collect(),
    };
    let f = typed.unwrap_or(stored);
    let app_status = a.map(|a| a.status);
    let editable = v.accepts && app_status.is_none_or(Status::editable);
    let rows = if editable {
        (f.lines.len() + 2).clamp(3, MAX_LINES)
    } else {
        f.lines.len()
    };
    let lines = (0..rows)
        .map(|n| {
            let l = f.lines.get(n).cloned().unwrap_or_default();
            let stored = v.lines.get(n);
            LineRow {
                n,
                shown_amount: stored
                    .map(|s| tr.money(&s.amount_cents, &terms.currency))
                    .unwrap_or_default(),
                verdict: stored.and_then(|s| s.eligible),
                category: l.category,
                label: l.label,
                amount: l.amount,
            }
        })
        .collect();
    let requested: i64 = v.lines.iter().map(|l| l.amount_cents).sum();
    let documents = app::grants::documents::own(&state.db, &who, id).await?;
    let documents_editable = editable && a.is_some();
    html_status(
        status,
        &ApplyPage {
            page: Page::titled(ctx, terms.title.clone()),
            id: id.to_owned(),
            call_title: terms.title.clone(),
            closes: tr.date(&terms.closes_on),
            bounds: format!(
                "{} – {}",
                tr.money(&terms.min_grant_cents, &terms.currency),
                tr.money(&terms.max_grant_cents, &terms.currency)
            ),
            reference: a.map(|a| a.reference.clone()).unwrap_or_default(),
            status: app_status.map_or_else(|| tr.t("grant-not-applied"), |s| status_label(&tr, s)),
            status_key: app_status.map_or("none", Status::as_str),
            editable,
            withdrawable: app_status.is_some_and(|s| s.can_move_to(Status::Withdrawn)),
            type_shown: a
                .map(|a| type_label(&tr, a.project_type))
                .unwrap_or_default(),
            origin_shown: a.map(|a| origin_label(&tr, a.origin)).unwrap_or_default(),
            check_note: a.map(|a| a.check_note.clone()).unwrap_or_default(),
            lines,
            requested: tr.money(&requested, &terms.currency),
            types: ProjectType::ALL
                .into_iter()
                .filter(|t| match t {
                    ProjectType::Entrepreneurial => terms.entrepreneurial,
                    ProjectType::Professional => terms.professional,
                })
                .map(|t| (t.as_str(), type_label(&tr, t)))
                .collect(),
            origins: ProjectOrigin::ALL
                .into_iter()
                .filter(|o| match o {
                    ProjectOrigin::Italy => terms.from_italy,
                    ProjectOrigin::Home => terms.from_home,
                })
                .map(|o| (o.as_str(), origin_label(&tr, o)))
                .collect(),
            categories: Category::ALL
                .into_iter()
                .map(|c| (c.as_str(), tr.t(&format!("grant-category-{}", c.as_str()))))
                .collect(),
            f,
            may_add_document: documents_editable && documents.len() < MAX_DOCUMENTS,
            documents_editable,
            documents: super::documents::lines_of(&tr, &documents),
            document_kinds: super::documents::kinds(&tr),
            upload_action: format!(
                "/my/grants/{id}/documents?csrf={}",
                crate::csrf::masked(&ctx.csrf)
            ),
            max_mb: i64::try_from(MAX_DOCUMENT_BYTES / (1024 * 1024)).unwrap_or(10),
            errors: FormErrors::new(ctx, errors),
        },
    )
}

fn default_type(t: &domain::grant::terms::Terms) -> ProjectType {
    if t.entrepreneurial {
        ProjectType::Entrepreneurial
    } else {
        ProjectType::Professional
    }
}

fn default_origin(t: &domain::grant::terms::Terms) -> ProjectOrigin {
    if t.from_home {
        ProjectOrigin::Home
    } else {
        ProjectOrigin::Italy
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    respond(&state, &ctx, &id, StatusCode::OK, None, &[]).await
}

/// The form's fields as the domain's strings.
fn fields_of(form: &HashMap<String, String>) -> ProposalFields {
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    ProposalFields {
        project_type: get("project_type"),
        origin: get("origin"),
        title: get("title"),
        summary: get("summary"),
        lines: LINE_FIELDS
            .iter()
            .map(|[c, l, a]| LineFields {
                category: get(c),
                label: get(l),
                amount: get(a),
            })
            .collect(),
    }
}

/// Saves the draft as typed; a refusal shows the form again with what was typed.
async fn save_typed(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    f: &ProposalFields,
) -> Result<Option<Response>, AppError> {
    let who = ctx.acting()?;
    let done = app::grants::save(
        &state.db,
        &*state.clock,
        &who,
        id,
        f.clone(),
        ctx.locale.tag(),
    )
    .await
    .map(|_| ());
    let errors = refused(done)?;
    if errors.is_empty() {
        return Ok(None);
    }
    let page = respond(
        state,
        ctx,
        id,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some(f.clone()),
        &errors,
    )
    .await?;
    Ok(Some(page))
}

/// Saves the draft (a full submission of the form, or htmx on a change).
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    if let Some(refused) = save_typed(&state, &ctx, &id, &fields_of(&form)).await? {
        return Ok(refused);
    }
    Ok(flash::redirect(
        &format!("/my/grants/{id}"),
        Flash::new("flash-grant-draft-saved"),
    ))
}

/// Submits the application: the form's Submit button saves what is typed, asks to
/// confirm, and only the confirmed post submits.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    if !confirm::confirmed(form.get("confirmed").map(String::as_str)) {
        if let Some(refused) = save_typed(&state, &ctx, &id, &fields_of(&form)).await? {
            return Ok(refused);
        }
        let v = app::grants::own(&state.db, &*state.clock, &who, &id).await?;
        let tr = ctx.tr();
        let a = v.application.as_ref().ok_or(AppError::NotFound)?;
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-submit-question"),
                lines: vec![
                    a.title.clone(),
                    tr.t1(
                        "grant-submit-requested",
                        "amount",
                        &tr.money(&a.requested_cents, &v.call.row.currency),
                    ),
                ],
                warnings: vec![tr.t("grant-submit-warning")],
                action: format!("/my/grants/{id}/submit"),
                hidden: Vec::new(),
                reason: None,
                confirm: tr.t("grant-submit"),
                cancel: format!("/my/grants/{id}"),
                danger: false,
                name: "submit-grant-application",
            },
        );
    }
    let done = app::grants::submit(&state.db, &*state.clock, &who, &id)
        .await
        .map(|_| ());
    let errors = refused(done)?;
    if !errors.is_empty() {
        return respond(
            &state,
            &ctx,
            &id,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            &errors,
        )
        .await;
    }
    Ok(flash::redirect(
        &format!("/my/grants/{id}"),
        Flash::new("flash-grant-submitted"),
    ))
}

/// Withdraws the application, after a confirmation page.
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    if !confirm::confirmed(form.get("confirmed").map(String::as_str)) {
        let v = app::grants::own(&state.db, &*state.clock, &who, &id).await?;
        let a = v.application.as_ref().ok_or(AppError::NotFound)?;
        let tr = ctx.tr();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-withdraw-question"),
                lines: vec![a.title.clone(), v.call.row.title.clone()],
                warnings: vec![tr.t("grant-withdraw-warning")],
                action: format!("/my/grants/{id}/withdraw"),
                hidden: Vec::new(),
                reason: None,
                confirm: tr.t("grant-withdraw"),
                cancel: format!("/my/grants/{id}"),
                danger: true,
                name: "withdraw-grant-application",
            },
        );
    }
    app::grants::withdraw(&state.db, &*state.clock, &who, &id).await?;
    Ok(flash::redirect(
        &format!("/my/grants/{id}"),
        Flash::new("flash-grant-withdrawn"),
    ))
}
