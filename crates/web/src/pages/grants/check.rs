//! The eligibility and cost check: `/grant-calls/{id}/applications`, a call's submitted
//! applications (status, type, origin, country, requested), and `/grant-applications/{id}`,
//! one application with its lines and the check's form: a verdict per line (`vehicle` and
//! `other` flagged for attention, never decided by category), eligible or ineligible with
//! the note the applicant reads. A check that holds is confirmed on its own page, then
//! recorded, and the applicant is e-mailed.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::grant::Status;
use domain::grant::application::Category;

use super::{checked_id, origin_label, status_label, type_label};
use crate::flash::{self, Flash};
use crate::pages::confirm;
use crate::pages::form_errors::{FormErrors, refused};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub struct AppLine {
    pub id: String,
    pub reference: String,
    pub name: String,
    pub title: String,
    pub status: String,
    pub status_key: &'static str,
    pub kind: String,
    pub origin: String,
    pub country: String,
    pub requested: String,
}

#[derive(Template)]
#[template(path = "grants/applications.html")]
pub struct ApplicationsPage {
    page: Page,
    id: String,
    title: String,
    applications: Vec<AppLine>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let (call, list) = app::grants::applications(&state.db, &who, &id).await?;
    let tr = ctx.tr();
    let names = who.actor.sees_candidate_identity();
    let applications = list
        .into_iter()
        .map(|l| {
            let a = l.application;
            AppLine {
                name: if names {
                    format!("{} {}", l.given_names, l.family_name)
                } else {
                    String::new()
                },
                title: a.title,
                status: status_label(&tr, a.status),
                status_key: a.status.as_str(),
                kind: type_label(&tr, a.project_type),
                origin: origin_label(&tr, a.origin),
                country: tr.t(&l.country.message_key()),
                requested: tr.money(&a.requested_cents, &call.row.currency),
                reference: a.reference,
                id: a.id,
            }
        })
        .collect();
    html(&ApplicationsPage {
        page: Page::new(&ctx, "grant-applications-title"),
        id,
        title: call.row.title,
        applications,
    })
}

pub struct CheckLine {
    pub n: usize,
    pub category: String,
    pub attention: bool,
    pub label: String,
    pub amount: String,
    /// The verdict shown selected: the one recorded, or the typed one.
    pub verdict: Option<bool>,
}

#[derive(Template)]
#[template(path = "grants/application.html")]
pub struct ApplicationPage {
    page: Page,
    id: String,
    call_id: String,
    call_title: String,
    reference: String,
    name: String,
    country: String,
    status: String,
    status_key: &'static str,
    kind: String,
    origin: String,
    title: String,
    summary: String,
    requested: String,
    bounds: String,
    lines: Vec<CheckLine>,
    checkable: bool,
    decision: String,
    note: String,
    documents: Vec<super::documents::DocLine>,
    errors: FormErrors,
}

/// What the check's form carries: a verdict per line (`None` when not given), the
/// decision (`eligible`/`ineligible`), the note.
struct Typed {
    verdicts: Vec<Option<bool>>,
    decision: String,
    note: String,
}

fn typed_of(form: &HashMap<String, String>, lines: usize) -> Typed {
    Typed {
        verdicts: (0..lines)
            .map(
                |n| match form.get(&format!("verdict{n}")).map(String::as_str) {
                    Some("yes") => Some(true),
                    Some("no") => Some(false),
                    _ => None,
                },
            )
            .collect(),
        decision: form.get("decision").cloned().unwrap_or_default(),
        note: form.get("note").cloned().unwrap_or_default(),
    }
}

async fn respond(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    typed: Option<Typed>,
    errors: &[Invalid],
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::grants::find(&state.db, &who, id).await?;
    let documents = app::grants::documents::of_application(&state.db, &who, id).await?;
    let tr = ctx.tr();
    let a = &v.application;
    let cur = &v.call.row.currency;
    let lines = v
        .lines
        .iter()
        .enumerate()
        .map(|(n, l)| CheckLine {
            n,
            attention: Category::parse(&l.category).is_none_or(Category::needs_attention),
            category: tr.t(&format!("grant-category-{}", l.category)),
            label: l.label.clone(),
            amount: tr.money(&l.amount_cents, cur),
            verdict: typed
                .as_ref()
                .map_or(l.eligible, |t| t.verdicts.get(n).copied().flatten()),
        })
        .collect();
    let decision = typed.as_ref().map_or_else(
        || match a.status {
            Status::Eligible => "eligible".to_owned(),
            Status::Ineligible => "ineligible".to_owned(),
            _ => String::new(),
        },
        |t| t.decision.clone(),
    );
    html_status(
        status,
        &ApplicationPage {
            page: Page::titled(ctx, a.reference.clone()),
            id: id.to_owned(),
            call_id: v.call.row.id.clone(),
            call_title: v.call.row.title.clone(),
            reference: a.reference.clone(),
            name: if who.actor.sees_candidate_identity() {
                v.name.clone()
            } else {
                String::new()
            },
            country: v
                .country
                .map(|c| tr.t(&c.message_key()))
                .unwrap_or_default(),
            status: status_label(&tr, a.status),
            status_key: a.status.as_str(),
            kind: type_label(&tr, a.project_type),
            origin: origin_label(&tr, a.origin),
            title: a.title.clone(),
            summary: a.summary.clone(),
            requested: tr.money(&a.requested_cents, cur),
            bounds: format!(
                "{} – {}",
                tr.money(&v.call.row.min_grant_cents, cur),
                tr.money(&v.call.row.max_grant_cents, cur)
            ),
            lines,
            checkable: v.checkable,
            decision,
            note: typed.map_or_else(|| a.check_note.clone(), |t| t.note),
            documents: super::documents::lines_of(&tr, &documents),
            errors: FormErrors::new(ctx, errors),
        },
    )
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

/// Records the check: refused forms come back with every mistake; one that holds is
/// confirmed first.
pub async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let v = app::grants::find(&state.db, &who, &id).await?;
    let t = typed_of(&form, v.lines.len());
    let mut errors = Vec::new();
    let eligible = match t.decision.as_str() {
        "eligible" => Some(true),
        "ineligible" => Some(false),
        _ => {
            errors.push(Invalid::new("decision", "error-required"));
            None
        }
    };
    let verdicts: Vec<bool> = t.verdicts.iter().flatten().copied().collect();
    let amounts: Vec<i64> = v.lines.iter().map(|l| l.amount_cents).collect();
    let total = eligible.map(|e| {
        domain::grant::application::check(&amounts, &verdicts, e, &t.note, &v.call.terms())
    });
    if let Some(Err(all)) = &total {
        errors.extend(all.all().iter().cloned());
    }
    if !errors.is_empty() {
        return respond(
            &state,
            &ctx,
            &id,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(t),
            &errors,
        )
        .await;
    }
    let (Some(eligible), Some(Ok(total))) = (eligible, total) else {
        return Err(AppError::NotFound);
    };
    if !confirm::confirmed(form.get("confirmed").map(String::as_str)) {
        let tr = ctx.tr();
        let mut hidden: Vec<(String, String)> = t
            .verdicts
            .iter()
            .enumerate()
            .map(|(n, ok)| {
                let value = if ok.unwrap_or(false) { "yes" } else { "no" };
                (format!("verdict{n}"), value.to_owned())
            })
            .collect();
        hidden.push(("decision".into(), t.decision.clone()));
        hidden.push(("note".into(), t.note.clone()));
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t(if eligible {
                    "grant-check-eligible-question"
                } else {
                    "grant-check-ineligible-question"
                }),
                lines: vec![
                    format!("{} — {}", v.application.reference, v.application.title),
                    tr.t1(
                        "grant-check-total",
                        "amount",
                        &tr.money(&total, &v.call.row.currency),
                    ),
                    t.note.trim().to_owned(),
                ],
                warnings: vec![tr.t("grant-check-warning")],
                action: format!("/grant-applications/{id}/check"),
                hidden,
                reason: None,
                confirm: tr.t("grant-check-record"),
                cancel: format!("/grant-applications/{id}"),
                danger: !eligible,
                name: "check-grant-application",
            },
        );
    }
    let done = app::grants::check(
        &state.db,
        &*state.clock,
        &who,
        &id,
        verdicts,
        eligible,
        &t.note,
    )
    .await
    .map(|_| ());
    let errors = refused(done)?;
    if !errors.is_empty() {
        return respond(
            &state,
            &ctx,
            &id,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(t),
            &errors,
        )
        .await;
    }
    Ok(flash::redirect(
        &format!("/grant-applications/{id}"),
        Flash::new("flash-grant-checked"),
    ))
}
