//! The grantee's own grant (`/my/funding/{id}`, in their language, on a phone): the amount,
//! the tranches with what was paid, the milestones with their due dates, the report form
//! (what was done, the money spent, an optional PDF/JPEG/PNG) and the reports filed with
//! staff's notes. A report's document is downloaded here and on the staff page.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::document::{FileType, MAX_DOCUMENT_BYTES};
use domain::grant::payment::report::ReportFields;
use sha2::{Digest, Sha256};

use super::{local_side, milestone_label, state_label};
use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

struct TrancheLine {
    label: String,
    due: String,
    amount: String,
    paid: String,
    state: &'static str,
    state_label: String,
}

struct MilestoneLine {
    value: &'static str,
    label: String,
    due: String,
    status: String,
    overdue: bool,
    may_report: bool,
}

struct ReportLine {
    id: String,
    milestone: String,
    submitted: String,
    done: String,
    spent: String,
    document: bool,
    status: &'static str,
    status_label: String,
    note: String,
}

#[derive(Template)]
#[template(path = "grant_payments/own.html")]
struct OwnPage {
    page: Page,
    id: String,
    title: String,
    amount: String,
    paid: String,
    state: &'static str,
    state_label: String,
    tranches: Vec<TrancheLine>,
    milestones: Vec<MilestoneLine>,
    reportable: bool,
    reports: Vec<ReportLine>,
    payments: Vec<(String, String, String)>,
    form: ReportFields,
    action: String,
    max_mb: i64,
    errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(
        &state,
        &ctx,
        &id,
        StatusCode::OK,
        ReportFields::default(),
        Vec::new(),
    )
    .await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    form: ReportFields,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::grant_payments::view_own(&state.db, &who, id).await?;
    let tr = ctx.tr();
    let today = crate::pages::cases::today(state);
    let cur = v.grant.currency.clone();
    let money = |c: i64| tr.money(&c, &cur);
    let milestones: Vec<MilestoneLine> = v
        .milestones
        .iter()
        .map(|m| {
            let st = if m.accepted {
                "accepted"
            } else if m.waiting {
                "waiting"
            } else {
                "due"
            };
            MilestoneLine {
                value: m.milestone.as_str(),
                label: milestone_label(&tr, m.milestone),
                due: tr.date(&m.due_on),
                status: tr.t(&format!("grant-milestone-status-{st}")),
                overdue: !m.accepted && !m.waiting && m.due_on < today,
                may_report: m.may_report,
            }
        })
        .collect();
    let page = OwnPage {
        page: Page::titled(
            ctx,
            tr.t1("grant-own-title", "reference", &v.grant.reference),
        ),
        id: v.grant.award.application_id.clone(),
        title: v.grant.title.clone(),
        amount: money(v.grant.award.amount_cents),
        paid: money(v.paid_cents),
        state: v.grant.award.state.as_str(),
        state_label: state_label(&tr, v.grant.award.state),
        tranches: v
            .tranches
            .iter()
            .map(|t| {
                let st = if t.paid() {
                    "paid"
                } else if t.released {
                    "released"
                } else {
                    "waiting"
                };
                TrancheLine {
                    label: t.row.label.clone(),
                    due: tr.date(&t.row.due_on),
                    amount: money(t.row.amount_cents),
                    paid: money(t.paid_cents),
                    state: st,
                    state_label: tr.t(&format!("grant-tranche-{st}")),
                }
            })
            .collect(),
        reportable: milestones.iter().any(|m| m.may_report),
        milestones,
        reports: v
            .reports
            .iter()
            .rev()
            .map(|r| ReportLine {
                id: r.id.clone(),
                milestone: milestone_label(&tr, r.milestone),
                submitted: tr.date(&r.submitted_at.date()),
                done: r.done.clone(),
                spent: money(r.spent_cents),
                document: r.document_id.is_some(),
                status: r.status.as_str(),
                status_label: tr.t(&format!(
                    "grant-report-status-{}",
                    r.status.as_str().replace('_', "-")
                )),
                note: r.review_note.clone(),
            })
            .collect(),
        payments: v
            .disbursements
            .iter()
            .map(|d| {
                (
                    tr.date(&d.paid_on),
                    money(d.amount_cents),
                    local_side(&tr, d.currency, d.local_milli, d.rate_micro),
                )
            })
            .collect(),
        form,
        action: format!(
            "/my/funding/{}/reports?csrf={}",
            v.grant.award.application_id,
            crate::csrf::masked(&ctx.csrf)
        ),
        max_mb: i64::try_from(MAX_DOCUMENT_BYTES / (1024 * 1024)).unwrap_or(10),
        errors: FormErrors::new(ctx, &errors),
    };
    html_status(status, &page)
}

/// The report form as received: its fields and the file, or why the file was not read.
struct Received {
    fields: ReportFields,
    file: Option<Vec<u8>>,
    too_large: bool,
}

async fn read(mut multipart: Multipart) -> Received {
    let mut r = Received {
        fields: ReportFields::default(),
        file: None,
        too_large: false,
    };
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                r.too_large = true;
                break;
            }
        };
        match field.name().unwrap_or("") {
            "file" => {
                let named = field.file_name().is_some_and(|n| !n.is_empty());
                let mut bytes = Vec::new();
                loop {
                    match field.chunk().await {
                        Ok(Some(chunk)) => {
                            if bytes.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                                r.too_large = true;
                                return r;
                            }
                            bytes.extend_from_slice(&chunk);
                        }
                        Ok(None) => break,
                        Err(_) => {
                            r.too_large = true;
                            return r;
                        }
                    }
                }
                // A form sent without choosing a file carries an empty, unnamed part.
                if named || !bytes.is_empty() {
                    r.file = Some(bytes);
                }
            }
            name @ ("milestone" | "done" | "spent") => {
                let name = name.to_owned();
                // One character over the limit is kept so the check refuses it.
                let value: String = field
                    .text()
                    .await
                    .unwrap_or_default()
                    .chars()
                    .take(domain::bounds::MAX_DESCRIPTION + 1)
                    .collect();
                match name.as_str() {
                    "milestone" => r.fields.milestone = value,
                    "done" => r.fields.done = value,
                    _ => r.fields.spent = value,
                }
            }
            _ => {}
        }
    }
    r
}

/// Files a milestone report; a refusal brings the page back (422) with what was typed.
pub async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let r = read(multipart).await;
    let done = if r.too_large {
        Err(app::Error::Invalid(Invalid::new(
            "file",
            "error-document-too-large",
        )))
    } else {
        let upload = r.file.map(|bytes| app::documents::UploadedFile {
            sha256: hex::encode(Sha256::digest(&bytes)),
            original_name: String::new(),
            bytes,
        });
        app::grant_payments::reports::file(
            &state.db,
            &*state.clock,
            state.document_store()?,
            state.field_keys.clone(),
            &who,
            &id,
            &r.fields,
            upload,
        )
        .await
        .map(|_| ())
    };
    match done {
        Ok(()) => Ok(flash::redirect(
            &format!("/my/funding/{id}#reports-heading"),
            Flash::new("flash-grant-report-filed"),
        )),
        Err(app::Error::Invalid(i)) => {
            render(
                &state,
                &ctx,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                r.fields,
                vec![i],
            )
            .await
        }
        Err(app::Error::Form(all)) => {
            let errors = all.all().to_vec();
            render(
                &state,
                &ctx,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                r.fields,
                errors,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// A report's document as an attachment (audited `grant.report.download`), for staff
/// of the grant (`/grants/…`) and for its grantee (`/my/funding/…`).
pub async fn document(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, report)): Path<(String, String)>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&report)?;
    let who = ctx.acting()?;
    let row = app::grant_payments::reports::document(&state.db, &*state.clock, &who, &id, &report)
        .await?;
    let name = row.document_id.clone().ok_or(AppError::NotFound)?;
    let store = state.document_store()?;
    let keys = state.field_keys.clone();
    let opened = name.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        let sealed = store.get(&opened).map_err(|e| format!("read: {e}"))?;
        app::files::open(&keys, &opened, &sealed).map_err(|e| format!("open: {e}"))
    })
    .await
    .map_err(|_| AppError::Internal("report document read task failed".into()))?
    .map_err(|e| AppError::Internal(format!("report document {name}: {e}")))?;
    let kind = FileType::sniff(&bytes);
    let mime = kind.map_or("application/octet-stream", FileType::mime);
    let ext = match mime {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "bin",
    };
    let disposition = format!("attachment; filename=\"report.{ext}\"");
    Ok(crate::pages::documents::attachment(
        bytes,
        mime,
        &disposition,
    ))
}
