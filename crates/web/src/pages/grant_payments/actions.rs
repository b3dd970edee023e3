//! The forms of a grant's page, each consequential one confirmed on a page of its own
//! (`pages::confirm`) and followed by a flash: the agreement, the plan's change (with its
//! reason), a report's acceptance or the request for more, a disbursement, the
//! cancellation (with its reason). A refusal brings the grant's page back (422) with
//! what was typed and every mistake beside its field.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::grant::payment::disbursement::DisbursementFields;

use super::show::render;
use super::{field, plan_rows, resend};
use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::pages::confirm;
use crate::{AppError, AppState, Ctx, Granted};

type Posted = Vec<(String, String)>;

fn back(id: &str, anchor: &str, key: &'static str) -> Response {
    flash::redirect(&format!("/grants/{id}#{anchor}"), Flash::new(key))
}

/// A refusal as the grant's page with the form refilled, or the error page.
async fn refused(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    posted: &[(String, String)],
    e: app::Error,
) -> Result<Response, AppError> {
    let errors = match e {
        app::Error::Invalid(i) => vec![i],
        app::Error::Form(all) => all.all().to_vec(),
        e => return Err(e.into()),
    };
    render(
        state,
        ctx,
        id,
        StatusCode::UNPROCESSABLE_ENTITY,
        posted,
        errors,
    )
    .await
}

/// The rows typed, one line each, for a confirmation.
fn plan_lines(tr: &i18n::Tr, posted: &[(String, String)]) -> Vec<String> {
    plan_rows(posted)
        .into_iter()
        .filter(|r| !r.label.trim().is_empty() || !r.amount.trim().is_empty())
        .map(|r| {
            let m = domain::grant::payment::Milestone::parse(r.milestone.trim())
                .map(|m| super::milestone_label(tr, m))
                .unwrap_or_default();
            format!(
                "{} · {} · {} · {}",
                r.label.trim(),
                r.amount.trim(),
                r.due_on.trim(),
                m
            )
        })
        .collect()
}

/// Records the agreement and its plan (asked first on a confirmation page).
pub async fn agree(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    if !confirm::confirmed(Some(&field(&posted, "confirmed"))) {
        let mut lines = vec![tr.t1(
            "grant-agreement-signed-line",
            "date",
            &field(&posted, "signed_on"),
        )];
        lines.extend(plan_lines(&tr, &posted));
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-agreement-question"),
                lines,
                warnings: vec![tr.t("grant-agreement-warning")],
                action: format!("/grants/{id}/agreement"),
                hidden: resend(&posted),
                reason: None,
                confirm: tr.t("grant-agreement-action"),
                cancel: format!("/grants/{id}"),
                danger: false,
                name: "grant-agreement",
            },
        );
    }
    let rows = plan_rows(&posted);
    match app::grant_payments::agreement::agree(
        &state.db,
        &*state.clock,
        &who,
        &id,
        &field(&posted, "signed_on"),
        rows,
    )
    .await
    {
        Ok(()) => Ok(back(&id, "tranches-heading", "flash-grant-agreed")),
        Err(e) => refused(&state, &ctx, &id, &posted, e).await,
    }
}

/// Changes the plan of an agreed grant, with the reason asked on the confirmation page.
pub async fn replan(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let reason = field(&posted, "reason");
    let ask = |error: Option<String>| {
        confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-plan-change-question"),
                lines: plan_lines(&tr, &posted),
                warnings: vec![],
                action: format!("/grants/{id}/plan"),
                hidden: resend(&posted),
                reason: Some(confirm::Reason {
                    label: tr.t("grant-plan-change-reason"),
                    required: true,
                    value: reason.clone(),
                    error,
                }),
                confirm: tr.t("grant-plan-change-action"),
                cancel: format!("/grants/{id}"),
                danger: false,
                name: "grant-plan",
            },
        )
    };
    if !confirm::confirmed(Some(&field(&posted, "confirmed"))) {
        return ask(None);
    }
    let rows = plan_rows(&posted);
    match app::grant_payments::agreement::replan(&state.db, &*state.clock, &who, &id, rows, &reason)
        .await
    {
        Ok(()) => Ok(back(&id, "tranches-heading", "flash-grant-plan-changed")),
        Err(app::Error::Form(all)) if all.all().iter().any(|i| i.field == "reason") => {
            let key = all
                .all()
                .iter()
                .find(|i| i.field == "reason")
                .map(|i| i.key)
                .unwrap_or("error-required");
            ask(Some(tr.t(key)))
        }
        Err(e) => refused(&state, &ctx, &id, &posted, e).await,
    }
}

/// Accepts a report (confirmed first: it releases money) or asks for more with a note.
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, report)): Path<(String, String)>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&report)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let accept = field(&posted, "decision") == "accept";
    if accept && !confirm::confirmed(Some(&field(&posted, "confirmed"))) {
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-report-accept-question"),
                lines: vec![tr.t("grant-report-accept-line")],
                warnings: vec![],
                action: format!("/grants/{id}/reports/{report}"),
                hidden: resend(&posted),
                reason: None,
                confirm: tr.t("grant-report-accept"),
                cancel: format!("/grants/{id}#reports-heading"),
                danger: false,
                name: "grant-report-accept",
            },
        );
    }
    let note = field(&posted, "note");
    match app::grant_payments::reports::review(
        &state.db,
        &*state.clock,
        &who,
        &id,
        &report,
        accept,
        &note,
    )
    .await
    {
        Ok(true) => Ok(back(&id, "reports-heading", "flash-grant-completed")),
        Ok(false) if accept => Ok(back(&id, "reports-heading", "flash-grant-report-accepted")),
        Ok(false) => Ok(back(&id, "reports-heading", "flash-grant-report-more")),
        Err(e) => refused(&state, &ctx, &id, &[], e).await,
    }
}

/// Records a disbursement of a released tranche (confirmed first).
pub async fn disburse(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let fields = DisbursementFields {
        paid_on: field(&posted, "paid_on"),
        amount: field(&posted, "amount"),
        currency: field(&posted, "currency"),
        local_amount: field(&posted, "local_amount"),
        rate: field(&posted, "rate"),
    };
    if !confirm::confirmed(Some(&field(&posted, "confirmed"))) {
        let mut lines = vec![
            tr.t1("grant-pay-line-date", "date", fields.paid_on.trim()),
            tr.t1(
                "grant-pay-line-amount",
                "amount",
                &format!("{} EUR", fields.amount.trim()),
            ),
        ];
        if !fields.currency.eq_ignore_ascii_case("EUR") {
            lines.push(tr.t_with(
                "grant-pay-local",
                &[
                    (
                        "amount",
                        i18n::FluentArg::Str(format!(
                            "{} {}",
                            fields.local_amount.trim(),
                            fields.currency.trim()
                        )),
                    ),
                    ("rate", i18n::FluentArg::Str(fields.rate.trim().to_owned())),
                    (
                        "currency",
                        i18n::FluentArg::Str(fields.currency.trim().to_owned()),
                    ),
                ],
            ));
        }
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-pay-question"),
                lines,
                warnings: vec![tr.t("grant-pay-warning")],
                action: format!("/grants/{id}/disbursements"),
                hidden: resend(&posted),
                reason: None,
                confirm: tr.t("grant-pay-action"),
                cancel: format!("/grants/{id}"),
                danger: false,
                name: "grant-disbursement",
            },
        );
    }
    let tranche = field(&posted, "tranche");
    match app::grant_payments::disbursements::disburse(
        &state.db,
        &*state.clock,
        &who,
        &id,
        &tranche,
        &fields,
    )
    .await
    {
        Ok(p) if p.completed => Ok(back(&id, "paid-heading", "flash-grant-completed")),
        Ok(_) => Ok(back(&id, "paid-heading", "flash-grant-paid")),
        Err(e) => refused(&state, &ctx, &id, &posted, e).await,
    }
}

/// Cancels the grant, with the reason asked on the confirmation page.
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    let reason = field(&posted, "reason");
    let ask = |error: Option<String>| {
        confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-cancel-question"),
                lines: vec![],
                warnings: vec![tr.t("grant-cancel-warning")],
                action: format!("/grants/{id}/cancel"),
                hidden: vec![],
                reason: Some(confirm::Reason {
                    label: tr.t("grant-cancel-reason"),
                    required: true,
                    value: reason.clone(),
                    error,
                }),
                confirm: tr.t("grant-cancel-action"),
                cancel: format!("/grants/{id}"),
                danger: true,
                name: "grant-cancel",
            },
        )
    };
    if !confirm::confirmed(Some(&field(&posted, "confirmed"))) {
        return ask(None);
    }
    match app::grant_payments::disbursements::cancel(&state.db, &*state.clock, &who, &id, &reason)
        .await
    {
        Ok(()) => Ok(back(&id, "tranches-heading", "flash-grant-cancelled")),
        Err(app::Error::Invalid(i)) if i.field == "reason" => ask(Some(tr.t(i.key))),
        Err(e) => refused(&state, &ctx, &id, &[], e).await,
    }
}
