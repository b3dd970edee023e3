//! `/results/{programme}/periods`: the reporting periods — each with its status, its
//! narrative (editable while open, by those who manage results) and the way to submit it,
//! which is confirmed on a page of its own and freezes every figure — and the form that
//! opens a new one.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::results::PeriodStatus;

use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::pages::confirm;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

type Posted = Vec<(String, String)>;

fn field(posted: &[(String, String)], name: &str) -> String {
    posted
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

struct Section {
    name: String,
    label: String,
    text: String,
}

struct PeriodView {
    id: String,
    label: String,
    dates: String,
    submitted: Option<String>,
    sections: Vec<Section>,
    href: String,
}

#[derive(Template)]
#[template(path = "results/periods.html")]
struct PeriodsPage {
    page: Page,
    id: String,
    periods: Vec<PeriodView>,
    may_manage: bool,
    form: (String, String, String),
    errors: FormErrors,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    posted: &[(String, String)],
    errors: Vec<domain::Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let report = app::results::report(&state.db, &state.results, &who, id, None).await?;
    let tr = ctx.tr();
    let periods = report
        .periods
        .iter()
        .map(|p| PeriodView {
            id: p.id.clone(),
            label: p.label.clone(),
            dates: format!("{} – {}", tr.date(&p.starts_on), tr.date(&p.ends_on)),
            submitted: match p.status {
                PeriodStatus::Submitted { at } => Some(tr.date_time(&at.naive_utc())),
                PeriodStatus::Open => None,
            },
            sections: app::results::periods::NARRATIVE_SECTIONS
                .iter()
                .map(|key| Section {
                    name: (*key).to_owned(),
                    label: tr.t(&format!("results-narrative-{}", key.replace('_', "-"))),
                    text: p
                        .narrative
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default(),
                })
                .collect(),
            href: format!("/results/{id}?period={}", p.id),
        })
        .collect();
    let title = tr.t1(
        "results-periods-page-title",
        "programme",
        &report.programme.name,
    );
    html_status(
        status,
        &PeriodsPage {
            page: Page::titled(ctx, title),
            id: id.to_owned(),
            periods,
            may_manage: app::results::may_manage(&who),
            form: (
                field(posted, "label"),
                field(posted, "starts_on"),
                field(posted, "ends_on"),
            ),
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

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

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(&state, &ctx, &id, StatusCode::OK, &[], Vec::new()).await
}

/// Opens a period.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    match app::results::periods::create(
        &state.db,
        &*state.clock,
        &who,
        &id,
        &field(&posted, "label"),
        &field(&posted, "starts_on"),
        &field(&posted, "ends_on"),
    )
    .await
    {
        Ok(_) => Ok(flash::redirect(
            &format!("/results/{id}/periods"),
            Flash::new("flash-results-period-created"),
        )),
        Err(e) => refused(&state, &ctx, &id, &posted, e).await,
    }
}

/// Saves an open period's narrative.
pub async fn narrative(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, period)): Path<(String, String)>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&period)?;
    let who = ctx.acting()?;
    let texts: Vec<String> = app::results::periods::NARRATIVE_SECTIONS
        .iter()
        .map(|k| field(&posted, k))
        .collect();
    match app::results::periods::set_narrative(&state.db, &*state.clock, &who, &id, &period, &texts)
        .await
    {
        Ok(()) => Ok(flash::redirect(
            &format!("/results/{id}/periods#period-{period}"),
            Flash::new("flash-results-narrative-saved"),
        )),
        Err(e) => refused(&state, &ctx, &id, &posted, e).await,
    }
}

/// Submits a period, asked first on a confirmation page.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, period)): Path<(String, String)>,
    Form(posted): Form<Posted>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&period)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    if !confirm::confirmed(Some(&field(&posted, "confirmed"))) {
        let report =
            app::results::report(&state.db, &state.results, &who, &id, Some(&period)).await?;
        let label = report.period.map(|p| p.label).unwrap_or_default();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("results-submit-question", "period", &label),
                lines: vec![],
                warnings: vec![tr.t("results-submit-warning")],
                action: format!("/results/{id}/periods/{period}/submit"),
                hidden: vec![],
                reason: None,
                confirm: tr.t("results-submit-action"),
                cancel: format!("/results/{id}/periods"),
                danger: false,
                name: "results-submit",
            },
        );
    }
    match app::results::periods::submit(&state.db, &*state.clock, &who, &id, &period).await {
        Ok(()) => Ok(flash::redirect(
            &format!("/results/{id}/periods#period-{period}"),
            Flash::new("flash-results-period-submitted"),
        )),
        Err(e) => refused(&state, &ctx, &id, &posted, e).await,
    }
}
