//! `GET /api/v1/traineeships`, `GET /api/v1/traineeships/{id}/reports`,
//! `GET /api/v1/traineeships/{id}/allowances` (issue 14 item 5): the same reach and the
//! same reading rules as the pages (`app::traineeships`): a company its own trainees', a
//! mediator the cases they hold a duty in, a trainee their own (allowances only); drafts
//! only to their author. A traineeship out of reach is a 404.

use axum::Json;
use axum::extract::State;
use chrono::{NaiveDate, NaiveDateTime};
use domain::traineeship::Month;
use serde::Serialize;

use super::ApiPath;
use crate::{AppError, AppState, Ctx};

#[derive(Serialize)]
pub struct Trainee {
    family_name: String,
    given_names: String,
}

#[derive(Serialize)]
pub struct TraineeshipJson {
    id: String,
    reference: String,
    company_id: String,
    company: String,
    trainee: Trainee,
    step: String,
    closed: bool,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    hours_per_week: i64,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<TraineeshipJson>>, AppError> {
    let rows = app::traineeships::list(&state.db, &ctx.acting()?).await?;
    Ok(Json(
        rows.into_iter()
            .map(|(r, t)| TraineeshipJson {
                id: r.case.id.clone(),
                reference: r.case.reference.clone(),
                company_id: r.case.company_id.clone(),
                company: r.company,
                trainee: Trainee {
                    family_name: r.family_name,
                    given_names: r.given_names,
                },
                step: r.case.step.clone(),
                closed: r.case.closed,
                starts_on: t.starts_on,
                ends_on: t.ends_on,
                hours_per_week: t.hours_per_week,
            })
            .collect(),
    ))
}

#[derive(Serialize)]
pub struct ReportJson {
    month: String,
    duty: &'static str,
    author_id: String,
    status: &'static str,
    days_attended: i64,
    days_scheduled: Option<i64>,
    progress: String,
    issues: String,
    submitted_at: Option<NaiveDateTime>,
}

pub async fn reports(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<ReportJson>>, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let v = app::traineeships::view(&state.db, &*state.clock, &ctx.acting()?, &id).await?;
    Ok(Json(
        v.reports
            .into_iter()
            .map(|r| ReportJson {
                month: Month::of(r.month).to_string(),
                duty: r.duty.as_str(),
                author_id: r.author_id,
                status: if r.submitted_at.is_some() {
                    "submitted"
                } else {
                    "draft"
                },
                days_attended: r.days_attended,
                days_scheduled: r.days_scheduled,
                progress: r.progress,
                issues: r.issues,
                submitted_at: r.submitted_at,
            })
            .collect(),
    ))
}

#[derive(Serialize)]
pub struct RuleJson {
    region: &'static str,
    full_cents: i64,
    threshold_percent: i64,
    below: &'static str,
    floor_cents: i64,
    source: &'static str,
    verified: bool,
}

#[derive(Serialize)]
pub struct AllowanceJson {
    month: String,
    status: &'static str,
    days_attended: i64,
    days_scheduled: i64,
    percent: i64,
    amount_cents: i64,
    currency: &'static str,
    rule_source: String,
    rule_verified: bool,
    approved_at: Option<NaiveDateTime>,
    paid_on: Option<NaiveDate>,
}

#[derive(Serialize)]
pub struct AllowancesJson {
    rule: Option<RuleJson>,
    items: Vec<AllowanceJson>,
}

pub async fn allowances(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<AllowancesJson>, AppError> {
    use domain::traineeship::Below;
    crate::pages::cases::checked_id(&id)?;
    let v = app::traineeships::view(&state.db, &*state.clock, &ctx.acting()?, &id).await?;
    let source = v.rule.map(|r| r.source).unwrap_or_default();
    let verified = v.rule.is_some_and(|r| r.verified);
    let mut items: Vec<AllowanceJson> = v
        .allowances
        .into_iter()
        .map(|a| AllowanceJson {
            month: Month::of(a.month).to_string(),
            status: if a.paid_on.is_some() {
                "paid"
            } else {
                "approved"
            },
            days_attended: a.days_attended,
            days_scheduled: a.days_scheduled,
            percent: a.percent,
            amount_cents: a.amount_cents,
            currency: "EUR",
            rule_source: a.rule_source,
            rule_verified: a.rule_verified,
            approved_at: Some(a.approved_at),
            paid_on: a.paid_on,
        })
        .collect();
    items.extend(v.pending.into_iter().map(|p| AllowanceJson {
        month: Month::of(p.month).to_string(),
        status: "pending",
        days_attended: p.days_attended,
        days_scheduled: p.days_scheduled,
        percent: p.computed.percent,
        amount_cents: p.computed.cents,
        currency: "EUR",
        rule_source: source.to_owned(),
        rule_verified: verified,
        approved_at: None,
        paid_on: None,
    }));
    items.sort_by(|a, b| a.month.cmp(&b.month));
    Ok(Json(AllowancesJson {
        rule: v.rule.map(|r| {
            let (below, floor_cents) = match r.below {
                Below::Floor { cents } => ("floor", cents),
                Below::Proportional { floor_cents } => ("proportional", floor_cents),
            };
            RuleJson {
                region: r.region,
                full_cents: r.full_cents,
                threshold_percent: r.threshold_percent,
                below,
                floor_cents,
                source: r.source,
                verified: r.verified,
            }
        }),
        items,
    }))
}
