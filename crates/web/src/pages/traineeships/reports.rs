//! `/traineeships/{id}/reports/{month}`: one author's monthly report — a draft to save as
//! often as needed, then submitted (asked on a confirmation page: it cannot change after),
//! or read-only once submitted.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::duty::Duty;
use domain::traineeship::{Month, ReportFields};
use serde::Deserialize;

use super::month_of;
use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::pages::confirm;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Template)]
#[template(path = "traineeships/report.html")]
struct ReportPage {
    page: Page,
    id: String,
    reference: String,
    month: String,
    duty: &'static str,
    duty_title: String,
    company_tutor: bool,
    submitted: bool,
    days_attended: String,
    days_scheduled: String,
    progress: String,
    issues: String,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DutyQuery {
    duty: String,
}

fn asked(s: &str) -> Result<Option<Duty>, AppError> {
    match s.trim() {
        "" => Ok(None),
        s => Duty::parse(s).map(Some).ok_or(AppError::NotFound),
    }
}

pub async fn report_form(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, month)): Path<(String, String)>,
    Query(q): Query<DutyQuery>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let month = month_of(&month)?;
    render(
        &state,
        &ctx,
        &id,
        month,
        asked(&q.duty)?,
        None,
        StatusCode::OK,
        Vec::new(),
    )
    .await
}

#[expect(
    clippy::too_many_arguments,
    reason = "the page, what was typed and what went wrong"
)]
async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    month: Month,
    duty: Option<Duty>,
    typed: Option<&ReportFields>,
    status: StatusCode,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let f = app::traineeships::report_form(&state.db, &who, id, month, duty).await?;
    let tr = ctx.tr();
    let saved = f.saved.as_ref();
    let fields = match typed {
        Some(t) => t.clone(),
        None => ReportFields {
            days_attended: saved
                .map(|r| r.days_attended.to_string())
                .unwrap_or_default(),
            days_scheduled: saved
                .and_then(|r| r.days_scheduled)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            progress: saved.map(|r| r.progress.clone()).unwrap_or_default(),
            issues: saved.map(|r| r.issues.clone()).unwrap_or_default(),
        },
    };
    html_status(
        status,
        &ReportPage {
            page: Page::titled(
                ctx,
                tr.t1("traineeship-report-title", "month", &month.to_string()),
            ),
            id: f.case_id,
            reference: f.reference,
            month: month.to_string(),
            duty: f.duty.as_str(),
            duty_title: tr.t(&format!("duty-{}", f.duty.as_str())),
            company_tutor: f.duty == Duty::CompanyTutor,
            submitted: saved.is_some_and(|r| r.submitted_at.is_some()),
            days_attended: fields.days_attended,
            days_scheduled: fields.days_scheduled,
            progress: fields.progress,
            issues: fields.issues,
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReportBody {
    duty: String,
    days_attended: String,
    days_scheduled: String,
    progress: String,
    issues: String,
    /// `submit` to submit; anything else saves the draft.
    action: String,
    confirmed: Option<String>,
}

pub async fn save_report(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, month_s)): Path<(String, String)>,
    Form(f): Form<ReportBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let month = month_of(&month_s)?;
    let duty = asked(&f.duty)?;
    let fields = ReportFields {
        days_attended: f.days_attended.clone(),
        days_scheduled: f.days_scheduled.clone(),
        progress: f.progress.clone(),
        issues: f.issues.clone(),
    };
    let submit = f.action == "submit";
    let who = ctx.acting()?;
    let tr = ctx.tr();
    if submit && !confirm::confirmed(f.confirmed.as_deref()) {
        // The figures are checked before asking, so the question is about a valid report.
        let form = app::traineeships::report_form(&state.db, &who, &id, month, duty).await?;
        if let Err(all) = fields.parse(form.duty, month) {
            return render(
                &state,
                &ctx,
                &id,
                month,
                duty,
                Some(&fields),
                StatusCode::UNPROCESSABLE_ENTITY,
                all.all().to_vec(),
            )
            .await;
        }
        let mut lines = vec![tr.tn(
            "traineeship-days-attended-n",
            "count",
            parse_or_zero(&f.days_attended),
        )];
        if form.duty == Duty::CompanyTutor {
            lines.push(tr.tn(
                "traineeship-days-scheduled-n",
                "count",
                parse_or_zero(&f.days_scheduled),
            ));
        }
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("traineeship-submit-question", "month", &month.to_string()),
                lines,
                warnings: vec![tr.t("traineeship-submit-warning")],
                action: format!("/traineeships/{id}/reports/{month}"),
                hidden: vec![
                    ("duty".into(), form.duty.as_str().into()),
                    ("days_attended".into(), f.days_attended.clone()),
                    ("days_scheduled".into(), f.days_scheduled.clone()),
                    ("progress".into(), f.progress.clone()),
                    ("issues".into(), f.issues.clone()),
                    ("action".into(), "submit".into()),
                ],
                reason: None,
                confirm: tr.t("traineeship-action-submit"),
                cancel: format!(
                    "/traineeships/{id}/reports/{month}?duty={}",
                    form.duty.as_str()
                ),
                danger: false,
                name: "submit-report",
            },
        );
    }
    match app::traineeships::save_report(
        &state.db,
        &*state.clock,
        &who,
        &id,
        month,
        duty,
        &fields,
        submit,
    )
    .await
    {
        Ok(()) if submit => Ok(flash::redirect(
            &format!("/traineeships/{id}#month-{month}"),
            Flash::new("flash-traineeship-report-submitted"),
        )),
        Ok(()) => Ok(flash::redirect(
            &format!(
                "/traineeships/{id}/reports/{month}?duty={}",
                duty.map(|d| d.as_str()).unwrap_or_default()
            ),
            Flash::new("flash-traineeship-report-saved"),
        )),
        Err(app::Error::Form(all)) => {
            render(
                &state,
                &ctx,
                &id,
                month,
                duty,
                Some(&fields),
                StatusCode::UNPROCESSABLE_ENTITY,
                all.all().to_vec(),
            )
            .await
        }
        Err(app::Error::Invalid(i)) => {
            render(
                &state,
                &ctx,
                &id,
                month,
                duty,
                Some(&fields),
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![i],
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

fn parse_or_zero(s: &str) -> i64 {
    s.trim().parse().unwrap_or(0)
}
