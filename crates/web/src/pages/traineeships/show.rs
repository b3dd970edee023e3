//! One traineeship's page, and the form of its dates and hours (the promoter's).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::duty::Duty;
use domain::traineeship::evaluation::{LEVELS, Stage};
use domain::traineeship::incident::Status;
use domain::traineeship::report::AUTHORS;
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub(super) struct Cell {
    pub duty: &'static str,
    /// `none`, `draft` or `submitted`.
    pub state: &'static str,
    pub state_title: String,
    /// Where the person writes or reads their own report, when it is theirs.
    pub href: Option<String>,
}

pub(super) struct MonthLine {
    pub month: String,
    pub cells: Vec<Cell>,
}

pub(super) struct AmountLine {
    pub month: String,
    pub attendance: String,
    pub amount: String,
    pub cents: i64,
    pub source: String,
    pub verified: bool,
    pub paid_on: Option<String>,
}

pub(super) struct ReportLine {
    pub month: String,
    pub duty: &'static str,
    pub duty_title: String,
    pub author: String,
    pub days: String,
    pub progress: String,
    pub issues: String,
}

pub(super) struct IncidentLine {
    pub id: String,
    pub severity: &'static str,
    pub severity_title: String,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub status: &'static str,
    pub status_title: String,
    pub closing_note: String,
    pub next: Vec<(&'static str, String)>,
}

pub(super) struct EvaluationLine {
    pub stage: &'static str,
    pub title: String,
    pub note: String,
    pub levels: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "traineeships/show.html")]
pub(super) struct ShowPage {
    pub page: Page,
    pub id: String,
    pub reference: String,
    pub trainee: String,
    pub company: String,
    pub step: String,
    pub closed: bool,
    pub saved: bool,
    pub starts_on: String,
    pub ends_on: String,
    pub hours: i64,
    /// The dates form's values (ISO dates).
    pub form_starts_on: String,
    pub form_ends_on: String,
    pub form_hours: String,
    pub maximum_months: i64,
    pub may_approve: bool,
    pub may_move: bool,
    pub follows: bool,
    pub people: Vec<(&'static str, String, String)>,
    pub my_duties: Vec<(&'static str, String)>,
    pub months: Vec<MonthLine>,
    pub pending: Vec<AmountLine>,
    pub allowances: Vec<AmountLine>,
    pub rule_source: Option<String>,
    pub rule_verified: bool,
    pub reports: Vec<ReportLine>,
    pub incidents: Vec<IncidentLine>,
    pub owners: Vec<(String, String)>,
    pub severities: Vec<(&'static str, String)>,
    pub objectives: Vec<String>,
    pub levels: Vec<(i64, String)>,
    pub stages: Vec<(&'static str, String)>,
    pub evaluations: Vec<EvaluationLine>,
    pub today: String,
    pub errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(&state, &ctx, &id, StatusCode::OK, Vec::new()).await
}

/// The page, with the mistakes of a form that came back.
pub(super) async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::traineeships::view(&state.db, &*state.clock, &who, id).await?;
    let tr = ctx.tr();
    let me = who.actor.user_id.clone();
    let name_of = |user: &str| {
        v.people
            .iter()
            .find(|p| p.user_id == user)
            .map(|p| p.display_name.clone())
            .unwrap_or_default()
    };
    let months = v
        .months
        .iter()
        .map(|m| MonthLine {
            month: m.to_string(),
            cells: AUTHORS
                .into_iter()
                .map(|duty| {
                    let r = v
                        .reports
                        .iter()
                        .find(|r| r.month == m.first_day() && r.duty == duty);
                    let mine = v.my_duties.contains(&duty);
                    let state = match r {
                        Some(r) if r.submitted_at.is_some() => "submitted",
                        Some(_) => "draft",
                        None => "none",
                    };
                    Cell {
                        duty: duty.as_str(),
                        state,
                        state_title: tr.t(&format!("traineeship-state-{state}")),
                        href: mine.then(|| {
                            format!("/traineeships/{id}/reports/{m}?duty={}", duty.as_str())
                        }),
                    }
                })
                .collect(),
        })
        .collect();
    let rule_source = v.rule.map(|r| r.source.to_owned());
    let pending = v
        .pending
        .iter()
        .map(|p| AmountLine {
            month: domain::traineeship::Month::of(p.month).to_string(),
            attendance: attendance(&tr, p.days_attended, p.days_scheduled, p.computed.percent),
            amount: tr.money(&p.computed.cents, "EUR"),
            cents: p.computed.cents,
            source: rule_source.clone().unwrap_or_default(),
            verified: v.rule.is_some_and(|r| r.verified),
            paid_on: None,
        })
        .collect();
    let allowances = v
        .allowances
        .iter()
        .map(|a| AmountLine {
            month: domain::traineeship::Month::of(a.month).to_string(),
            attendance: attendance(&tr, a.days_attended, a.days_scheduled, a.percent),
            amount: tr.money(&a.amount_cents, "EUR"),
            cents: a.amount_cents,
            source: a.rule_source.clone(),
            verified: a.rule_verified,
            paid_on: a.paid_on.map(|d| tr.date(&d)),
        })
        .collect();
    let reports = v
        .reports
        .iter()
        .filter(|r| r.submitted_at.is_some())
        .map(|r| ReportLine {
            month: domain::traineeship::Month::of(r.month).to_string(),
            duty: r.duty.as_str(),
            duty_title: tr.t(&format!("duty-{}", r.duty.as_str())),
            author: name_of(&r.author_id),
            days: match r.days_scheduled {
                Some(s) => format!(
                    "{} · {}",
                    tr.tn("traineeship-days-attended-n", "count", r.days_attended),
                    tr.tn("traineeship-days-scheduled-n", "count", s)
                ),
                None => tr.tn("traineeship-days-attended-n", "count", r.days_attended),
            },
            progress: r.progress.clone(),
            issues: r.issues.clone(),
        })
        .collect();
    let incidents = v
        .incidents
        .iter()
        .map(|i| {
            let may = i.owner_id == me || v.may_approve;
            IncidentLine {
                id: i.id.clone(),
                severity: i.severity.as_str(),
                severity_title: tr.t(&format!("traineeship-severity-{}", i.severity.as_str())),
                title: i.title.clone(),
                description: i.description.clone(),
                owner: i.owner_name.clone(),
                status: i.status.as_str(),
                status_title: tr.t(&format!("traineeship-status-{}", i.status.as_str())),
                closing_note: i.closing_note.clone(),
                next: Status::ALL
                    .into_iter()
                    .filter(|s| may && i.status.may_become(*s))
                    .map(|s| {
                        (
                            s.as_str(),
                            tr.t(&format!("traineeship-status-{}", s.as_str())),
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    let mut owners: Vec<(String, String)> = v
        .people
        .iter()
        .map(|p| {
            (
                p.user_id.clone(),
                format!(
                    "{} — {}",
                    p.display_name,
                    tr.t(&format!("duty-{}", p.duty.as_str()))
                ),
            )
        })
        .collect();
    if !owners.iter().any(|(u, _)| *u == me) {
        owners.insert(0, (me.clone(), tr.t("traineeship-owner-me")));
    }
    let evaluations = v
        .evaluations
        .iter()
        .map(|e| EvaluationLine {
            stage: e.stage.as_str(),
            title: tr.t(&format!("traineeship-stage-{}", e.stage.as_str())),
            note: e.note.clone(),
            levels: e
                .levels
                .iter()
                .map(|(o, l)| (o.clone(), tr.t(&format!("traineeship-level-{l}"))))
                .collect(),
        })
        .collect();
    let (trainee_family, trainee_given, company) = v.names.clone();
    let saved = v.traineeship.is_some();
    html_status(
        status,
        &ShowPage {
            page: Page::new(ctx, "traineeship-title"),
            id: v.case.id.clone(),
            reference: v.case.reference.clone(),
            trainee: format!("{trainee_given} {trainee_family}"),
            company,
            step: crate::pages::cases::words::step(&tr, &v.case.step),
            closed: v.case.closed,
            saved,
            starts_on: tr.date(&v.proposed.starts_on),
            ends_on: tr.date(&v.proposed.ends_on),
            hours: v.proposed.hours_per_week,
            form_starts_on: v.proposed.starts_on.to_string(),
            form_ends_on: v.proposed.ends_on.to_string(),
            form_hours: v.proposed.hours_per_week.to_string(),
            maximum_months: i64::from(v.maximum_months),
            may_approve: v.may_approve,
            may_move: v.may_move && saved && !v.case.closed,
            follows: v.follows,
            people: Duty::ALL
                .into_iter()
                .map(|d| {
                    (
                        d.as_str(),
                        tr.t(&format!("duty-{}", d.as_str())),
                        v.people
                            .iter()
                            .find(|p| p.duty == d)
                            .map(|p| p.display_name.clone())
                            .unwrap_or_default(),
                    )
                })
                .collect(),
            my_duties: v
                .my_duties
                .iter()
                .map(|d| (d.as_str(), tr.t(&format!("duty-{}", d.as_str()))))
                .collect(),
            months,
            pending,
            allowances,
            rule_source,
            rule_verified: v.rule.is_some_and(|r| r.verified),
            reports,
            incidents,
            owners,
            severities: domain::traineeship::incident::Severity::ALL
                .into_iter()
                .map(|s| {
                    (
                        s.as_str(),
                        tr.t(&format!("traineeship-severity-{}", s.as_str())),
                    )
                })
                .collect(),
            objectives: v.objectives.clone(),
            levels: LEVELS
                .map(|l| (l, tr.t(&format!("traineeship-level-{l}"))))
                .collect(),
            stages: Stage::ALL
                .into_iter()
                .map(|s| {
                    (
                        s.as_str(),
                        tr.t(&format!("traineeship-stage-{}", s.as_str())),
                    )
                })
                .collect(),
            evaluations,
            today: crate::pages::cases::today(state).to_string(),
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

/// "18 of 21 days (85 %)".
pub(super) fn attendance(tr: &i18n::Tr, attended: i64, scheduled: i64, percent: i64) -> String {
    tr.t_with(
        "traineeship-attendance",
        &[
            ("attended", i18n::FluentArg::Num(attended)),
            ("scheduled", i18n::FluentArg::Num(scheduled)),
            ("percent", i18n::FluentArg::Num(percent)),
        ],
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DatesForm {
    starts_on: String,
    ends_on: String,
    hours_per_week: String,
}

/// Sets the dates and hours; mistakes show the page again (422), nothing written.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<DatesForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let form = app::traineeships::DatesForm {
        starts_on: f.starts_on,
        ends_on: f.ends_on,
        hours_per_week: f.hours_per_week,
    };
    match app::traineeships::save(&state.db, &*state.clock, &who, &id, &form).await {
        Ok(()) => Ok(flash::redirect(
            &format!("/traineeships/{id}"),
            Flash::new("flash-traineeship-saved"),
        )),
        Err(e) => refused(&state, &ctx, &id, e).await,
    }
}

/// A refusal shown on the page: mistakes of a form beside it (422); anything else as the
/// error it is.
pub(super) async fn refused(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    e: app::Error,
) -> Result<Response, AppError> {
    let errors = match e {
        app::Error::Invalid(i) => vec![i],
        app::Error::Form(all) => all.all().to_vec(),
        e => return Err(e.into()),
    };
    render(state, ctx, id, StatusCode::UNPROCESSABLE_ENTITY, errors).await
}
