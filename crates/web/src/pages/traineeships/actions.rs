//! The forms of a traineeship's page: approving a month (asked on a confirmation page: it
//! locks the amount), recording a payment, incidents, evaluations, and the extension and
//! interruption that move the case (confirmed too).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::Invalid;
use domain::traineeship::evaluation::Stage;
use domain::traineeship::incident::Status;
use serde::Deserialize;

use super::month_of;
use super::show::refused;
use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::pages::confirm;
use crate::{AppError, AppState, Ctx, Granted};

fn back(id: &str, anchor: &str, key: &'static str) -> Response {
    flash::redirect(&format!("/traineeships/{id}#{anchor}"), Flash::new(key))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmBody {
    confirmed: Option<String>,
}

/// Approves a month's allowance: the confirmation page shows the amount and its rule.
pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, month)): Path<(String, String)>,
    Form(f): Form<ConfirmBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let month = month_of(&month)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    if !confirm::confirmed(f.confirmed.as_deref()) {
        let v = app::traineeships::view(&state.db, &*state.clock, &who, &id).await?;
        let Some(p) = v.pending.iter().find(|p| p.month == month.first_day()) else {
            return refused(
                &state,
                &ctx,
                &id,
                app::Error::Invalid(Invalid::new("month", "traineeship-error-no-register")),
            )
            .await;
        };
        let source = v.rule.map(|r| r.source).unwrap_or_default();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("traineeship-approve-question", "month", &month.to_string()),
                lines: vec![
                    tr.t_with(
                        "traineeship-attendance",
                        &[
                            ("attended", i18n::FluentArg::Num(p.days_attended)),
                            ("scheduled", i18n::FluentArg::Num(p.days_scheduled)),
                            ("percent", i18n::FluentArg::Num(p.computed.percent)),
                        ],
                    ),
                    tr.t1(
                        "traineeship-amount",
                        "amount",
                        &tr.money(&p.computed.cents, "EUR"),
                    ),
                    tr.t1("traineeship-rule-source", "source", source),
                ],
                warnings: vec![tr.t("traineeship-approve-warning")],
                action: format!("/traineeships/{id}/allowances/{month}"),
                hidden: vec![],
                reason: None,
                confirm: tr.t("traineeship-action-approve"),
                cancel: format!("/traineeships/{id}"),
                danger: false,
                name: "approve-allowance",
            },
        );
    }
    match app::traineeships::approve(&state.db, &*state.clock, &who, &id, month).await {
        Ok(_) => Ok(back(&id, "allowances", "flash-traineeship-approved")),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PaidBody {
    on: String,
}

/// Records the day a month was paid.
pub async fn paid(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, month)): Path<(String, String)>,
    Form(f): Form<PaidBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let month = month_of(&month)?;
    let who = ctx.acting()?;
    let done = match domain::bounds::date("on", &f.on) {
        Ok(on) => {
            app::traineeships::mark_paid(&state.db, &*state.clock, &who, &id, month, on).await
        }
        Err(e) => Err(app::Error::Invalid(e)),
    };
    match done {
        Ok(()) => Ok(back(&id, "allowances", "flash-traineeship-paid")),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IncidentBody {
    severity: String,
    title: String,
    description: String,
    owner_id: String,
}

pub async fn open_incident(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<IncidentBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let form = app::traineeships::IncidentForm {
        severity: f.severity,
        title: f.title,
        description: f.description,
        owner_id: f.owner_id,
    };
    match app::traineeships::open_incident(&state.db, &*state.clock, &who, &id, &form).await {
        Ok(_) => Ok(back(&id, "incidents", "flash-traineeship-incident-opened")),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveBody {
    status: String,
    note: String,
}

pub async fn move_incident(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, incident)): Path<(String, String)>,
    Form(f): Form<MoveBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&incident)?;
    let to = Status::parse(f.status.trim()).ok_or(AppError::Invalid(Invalid::new(
        "status",
        "traineeship-error-status",
    )))?;
    let who = ctx.acting()?;
    match app::traineeships::move_incident(
        &state.db,
        &*state.clock,
        &who,
        &id,
        &incident,
        to,
        &f.note,
    )
    .await
    {
        Ok(()) => Ok(back(&id, "incidents", "flash-traineeship-incident-moved")),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}

/// An evaluation's form: `level-0`, `level-1`, … one per objective in order, and a note.
pub async fn evaluate(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, stage)): Path<(String, String)>,
    Form(f): Form<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let stage = Stage::parse(&stage).ok_or(AppError::NotFound)?;
    let levels: Vec<String> = (0..domain::traineeship::evaluation::MAX_OBJECTIVES)
        .map_while(|n| f.get(&format!("level-{n}")).cloned())
        .collect();
    let note = f.get("note").cloned().unwrap_or_default();
    let who = ctx.acting()?;
    match app::traineeships::save_evaluation(
        &state.db,
        &*state.clock,
        &who,
        &id,
        stage,
        &levels,
        &note,
    )
    .await
    {
        Ok(()) => Ok(back(&id, "evaluations", "flash-traineeship-evaluated")),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveCaseBody {
    to_on: String,
    on: String,
    note: String,
    confirmed: Option<String>,
}

/// A move of the case from the traineeship's page, as its confirmation page asks it:
/// `what` names its messages and address (`extend`, `interrupt`), `field` the day's field.
struct CaseMove<'a> {
    what: &'static str,
    field: &'static str,
    day_key: &'static str,
    danger: bool,
    raw: &'a str,
    note: &'a str,
}

/// The confirmation page of a move, when it is not confirmed yet and carries its reason
/// (without one the use case refuses it beside the form).
fn confirm_move(
    ctx: &Ctx,
    id: &str,
    m: &CaseMove<'_>,
    day: chrono::NaiveDate,
    confirmed: Option<&str>,
) -> Option<Result<Response, AppError>> {
    if confirm::confirmed(confirmed) || m.note.trim().is_empty() {
        return None;
    }
    let tr = ctx.tr();
    Some(confirm::page(
        ctx,
        confirm::Confirm {
            title: tr.t(&format!("traineeship-{}-question", m.what)),
            lines: vec![
                tr.t1(m.day_key, "date", &tr.date(&day)),
                m.note.trim().to_owned(),
            ],
            warnings: vec![tr.t("case-advance-warning")],
            action: format!("/traineeships/{id}/{}", m.what),
            hidden: vec![
                (m.field.into(), m.raw.to_owned()),
                ("note".into(), m.note.to_owned()),
            ],
            reason: None,
            confirm: tr.t(&format!("traineeship-action-{}", m.what)),
            cancel: format!("/traineeships/{id}"),
            danger: m.danger,
            name: if m.what == "extend" {
                "extend-traineeship"
            } else {
                "interrupt-traineeship"
            },
        },
    ))
}

/// Extends the traineeship (a new end and a reason), confirmed first.
pub async fn extend(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<MoveCaseBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let to_on = match domain::bounds::date("to_on", &f.to_on) {
        Ok(d) => d,
        Err(e) => return refused(&state, &ctx, &id, app::Error::Invalid(e)).await,
    };
    let m = CaseMove {
        what: "extend",
        field: "to_on",
        day_key: "traineeship-extend-to",
        danger: false,
        raw: &f.to_on,
        note: &f.note,
    };
    if let Some(page) = confirm_move(&ctx, &id, &m, to_on, f.confirmed.as_deref()) {
        return page;
    }
    match app::traineeships::extend(&state.db, &*state.clock, &who, &id, to_on, &f.note).await {
        Ok(()) => Ok(back(&id, "dates", "flash-traineeship-extended")),
        Err(e) => case_refused(&state, &ctx, &id, e).await,
    }
}

/// Interrupts the traineeship (a day and a reason), confirmed first.
pub async fn interrupt(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<MoveCaseBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let on = match domain::bounds::date("on", &f.on) {
        Ok(d) => d,
        Err(e) => return refused(&state, &ctx, &id, app::Error::Invalid(e)).await,
    };
    let m = CaseMove {
        what: "interrupt",
        field: "on",
        day_key: "traineeship-interrupt-on",
        danger: true,
        raw: &f.on,
        note: &f.note,
    };
    if let Some(page) = confirm_move(&ctx, &id, &m, on, f.confirmed.as_deref()) {
        return page;
    }
    match app::traineeships::interrupt(&state.db, &*state.clock, &who, &id, on, &f.note).await {
        Ok(()) => Ok(back(&id, "dates", "flash-traineeship-interrupted")),
        Err(e) => case_refused(&state, &ctx, &id, e).await,
    }
}

/// A case move the template refused is shown beside the form with its own key (the
/// refusal's); other refusals as usual.
async fn case_refused(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    e: app::Error,
) -> Result<Response, AppError> {
    match e {
        app::Error::Rule(r) => {
            let key = crate::error::rule_key(&r);
            refused(
                state,
                ctx,
                id,
                app::Error::Invalid(Invalid::new("note", key)),
            )
            .await
        }
        e => refused(state, ctx, id, e).await,
    }
}
