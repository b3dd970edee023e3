//! The calls for proposals in the API (issue 15): `GET/POST /api/v1/grant-calls`,
//! `GET /api/v1/grant-calls/{id}` (the terms, and for staff the counts and the table of
//! DOMAIN.md §6), `GET /api/v1/grant-calls/{id}/applications` (staff: the submitted
//! applications in reach, without names for those who never see them; a participant: their
//! own) and `POST /api/v1/grant-calls/{id}/applications` (a participant creates or replaces
//! their draft). Bodies are the pages' forms in JSON, parsed by the same domain functions.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use chrono::{NaiveDate, NaiveDateTime};
use domain::grant::application::{LineFields, ProposalFields};
use domain::grant::fields::{TermsFields, units};
use domain::grant::table::{Column, Table};
use serde::{Deserialize, Serialize};

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath};
use crate::pages::cases::today;
use crate::{AppError, AppState, Ctx};

#[derive(Serialize)]
pub struct ShareJson {
    group: String,
    max_cents: i64,
}

#[derive(Serialize)]
pub struct CriterionJson {
    label: String,
    weight: i64,
}

#[derive(Serialize)]
pub struct GrantCallJson {
    id: String,
    programme_id: String,
    title: String,
    description: String,
    currency: String,
    fund_cents: i64,
    min_grant_cents: i64,
    max_grant_cents: i64,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    closed_on: Option<NaiveDate>,
    quality_threshold: i64,
    partial_last: bool,
    entrepreneurial: bool,
    professional: bool,
    from_italy: bool,
    from_home: bool,
    shares_by: &'static str,
    accepts: bool,
}

impl GrantCallJson {
    fn new(r: app::grants::CallRow, today: NaiveDate) -> Self {
        GrantCallJson {
            accepts: r.accepts_on(today),
            shares_by: r.shares_by.as_str(),
            id: r.id,
            programme_id: r.programme_id,
            title: r.title,
            description: r.description,
            currency: r.currency,
            fund_cents: r.fund_cents,
            min_grant_cents: r.min_grant_cents,
            max_grant_cents: r.max_grant_cents,
            opens_on: r.opens_on,
            closes_on: r.closes_on,
            closed_on: r.closed_on,
            quality_threshold: r.quality_threshold,
            partial_last: r.partial_last,
            entrepreneurial: r.entrepreneurial,
            professional: r.professional,
            from_italy: r.from_italy,
            from_home: r.from_home,
        }
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<GrantCallJson>>, AppError> {
    let today = today(&state);
    let calls = app::grants::list(&state.db, &ctx.acting()?).await?;
    Ok(Json(
        calls
            .into_iter()
            .map(|c| GrantCallJson::new(c, today))
            .collect(),
    ))
}

#[derive(Serialize)]
pub struct ColumnJson {
    country: Option<String>,
    eligible: i64,
    recovered: i64,
    presented: i64,
    did_not_apply: i64,
    entrepreneurial: i64,
    entrepreneurial_italy: i64,
    entrepreneurial_home: i64,
    professional: i64,
    professional_italy: i64,
    professional_home: i64,
}

impl ColumnJson {
    fn new(country: Option<String>, c: &Column) -> Self {
        ColumnJson {
            country,
            eligible: c.eligible,
            recovered: c.recovered,
            presented: c.presented,
            did_not_apply: c.did_not_apply,
            entrepreneurial: c.entrepreneurial(),
            entrepreneurial_italy: c.entrepreneurial_italy,
            entrepreneurial_home: c.entrepreneurial_home,
            professional: c.professional(),
            professional_italy: c.professional_italy,
            professional_home: c.professional_home,
        }
    }
}

#[derive(Serialize)]
pub struct TableJson {
    countries: Vec<ColumnJson>,
    total: ColumnJson,
}

fn table_json(t: &Table) -> TableJson {
    TableJson {
        countries: t
            .countries
            .iter()
            .map(|(c, col)| ColumnJson::new(Some(c.as_str().to_owned()), col))
            .collect(),
        total: ColumnJson::new(None, &t.total),
    }
}

#[derive(Serialize)]
pub struct CountsJson {
    listed: i64,
    drafts: i64,
    submitted: i64,
    eligible: i64,
    ineligible: i64,
    scored: i64,
    awarded: i64,
    withdrawn: i64,
}

#[derive(Serialize)]
pub struct GrantCallDetailJson {
    #[serde(flatten)]
    call: GrantCallJson,
    criteria: Vec<CriterionJson>,
    shares: Vec<ShareJson>,
    counts: Option<CountsJson>,
    table: Option<TableJson>,
}

fn detail(v: app::grants::CallView) -> GrantCallDetailJson {
    let counts = v.counts.map(|c| CountsJson {
        listed: c.listed,
        drafts: c.drafts,
        submitted: c.submitted,
        eligible: c.eligible,
        ineligible: c.ineligible,
        scored: c.scored,
        awarded: c.awarded,
        withdrawn: c.withdrawn,
    });
    GrantCallDetailJson {
        criteria: v
            .call
            .criteria
            .into_iter()
            .map(|c| CriterionJson {
                label: c.label,
                weight: c.weight,
            })
            .collect(),
        shares: v
            .call
            .shares
            .into_iter()
            .map(|s| ShareJson {
                group: s.group,
                max_cents: s.max_cents,
            })
            .collect(),
        counts,
        table: v.table.as_ref().map(table_json),
        call: GrantCallJson::new(v.call.row, v.today),
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<GrantCallDetailJson>, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let v = app::grants::view(&state.db, &*state.clock, &ctx.acting()?, &id).await?;
    Ok(Json(detail(v)))
}

#[derive(Deserialize)]
pub struct NewShare {
    group: String,
    max_cents: i64,
}

#[derive(Deserialize)]
pub struct NewCriterion {
    label: String,
    weight: i64,
}

/// A call's terms; amounts in cents of the currency.
#[derive(Deserialize)]
pub struct NewGrantCall {
    programme_id: String,
    title: String,
    #[serde(default)]
    description: String,
    currency: String,
    fund_cents: i64,
    min_grant_cents: i64,
    max_grant_cents: i64,
    opens_on: String,
    closes_on: String,
    quality_threshold: i64,
    #[serde(default)]
    partial_last: bool,
    entrepreneurial: bool,
    professional: bool,
    from_italy: bool,
    from_home: bool,
    #[serde(default = "no_shares")]
    shares_by: String,
    #[serde(default)]
    shares: Vec<NewShare>,
    criteria: Vec<NewCriterion>,
}

fn no_shares() -> String {
    "none".into()
}

impl super::ApiBody for NewGrantCall {
    const SCHEMA: &'static str = "NewGrantCall";
}

impl NewGrantCall {
    /// The body as the form's fields, so that both are parsed by `TermsFields::parse`.
    fn fields(self) -> (String, TermsFields) {
        (
            self.programme_id,
            TermsFields {
                title: self.title,
                description: self.description,
                currency: self.currency,
                fund: units(self.fund_cents),
                min_grant: units(self.min_grant_cents),
                max_grant: units(self.max_grant_cents),
                opens_on: self.opens_on,
                closes_on: self.closes_on,
                quality_threshold: self.quality_threshold.to_string(),
                partial_last: self.partial_last,
                entrepreneurial: self.entrepreneurial,
                professional: self.professional,
                from_italy: self.from_italy,
                from_home: self.from_home,
                shares_by: self.shares_by,
                shares: self
                    .shares
                    .into_iter()
                    .map(|s| (s.group, units(s.max_cents)))
                    .collect(),
                criteria: self
                    .criteria
                    .into_iter()
                    .map(|c| (c.label, c.weight.to_string()))
                    .collect(),
            },
        )
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    idempotency: Idempotency,
    ApiJson(body): ApiJson<NewGrantCall>,
) -> Result<
    (
        StatusCode,
        [(HeaderName, String); 1],
        Json<GrantCallDetailJson>,
    ),
    AppError,
> {
    let who = idempotency.acting(&ctx)?;
    let id = match idempotency.replayed() {
        Some(id) => id,
        None => {
            let (programme_id, fields) = body.fields();
            app::grants::create(&state.db, &*state.clock, &who, &programme_id, fields).await?
        }
    };
    let v = app::grants::view(&state.db, &*state.clock, &who, &id).await?;
    Ok((
        StatusCode::CREATED,
        [super::location("grant-calls", &id)],
        Json(detail(v)),
    ))
}

#[derive(Serialize)]
pub struct LineJson {
    position: i64,
    category: String,
    label: String,
    amount_cents: i64,
    eligible: Option<bool>,
}

#[derive(Serialize)]
pub struct ApplicantJson {
    family_name: String,
    given_names: String,
}

#[derive(Serialize)]
pub struct GrantApplicationJson {
    id: String,
    call_id: String,
    reference: String,
    status: &'static str,
    project_type: &'static str,
    origin: &'static str,
    title: String,
    summary: String,
    requested_cents: i64,
    lang: String,
    check_note: String,
    submitted_at: Option<NaiveDateTime>,
    country: Option<String>,
    /// `None` for those who never see a candidate's name (evaluators).
    applicant: Option<ApplicantJson>,
    lines: Vec<LineJson>,
}

fn application_json(
    a: app::grants::ApplicationRow,
    lines: Vec<app::grants::BudgetLine>,
    country: Option<String>,
    applicant: Option<ApplicantJson>,
) -> GrantApplicationJson {
    GrantApplicationJson {
        status: a.status.as_str(),
        project_type: a.project_type.as_str(),
        origin: a.origin.as_str(),
        id: a.id,
        call_id: a.call_id,
        reference: a.reference,
        title: a.title,
        summary: a.summary,
        requested_cents: a.requested_cents,
        lang: a.lang,
        check_note: a.check_note,
        submitted_at: a.submitted_at,
        country,
        applicant,
        lines: lines
            .into_iter()
            .map(|l| LineJson {
                position: l.position,
                category: l.category,
                label: l.label,
                amount_cents: l.amount_cents,
                eligible: l.eligible,
            })
            .collect(),
    }
}

pub async fn applications(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<GrantApplicationJson>>, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let who = ctx.acting()?;
    let names = who.actor.sees_candidate_identity();
    let all = app::grants::visible(&state.db, &who, &id).await?;
    Ok(Json(
        all.into_iter()
            .map(|(l, lines)| {
                let applicant = names.then_some(ApplicantJson {
                    family_name: l.family_name,
                    given_names: l.given_names,
                });
                application_json(
                    l.application,
                    lines,
                    Some(l.country.as_str().to_owned()),
                    applicant,
                )
            })
            .collect(),
    ))
}

#[derive(Deserialize)]
pub struct NewLine {
    category: String,
    label: String,
    amount_cents: i64,
}

/// A participant's draft; amounts in cents of the call's currency.
#[derive(Deserialize)]
pub struct NewGrantApplication {
    project_type: String,
    origin: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    lines: Vec<NewLine>,
    lang: Option<String>,
}

impl super::ApiBody for NewGrantApplication {
    const SCHEMA: &'static str = "NewGrantApplication";
}

/// Creates or replaces the caller's draft to the call, answered as stored.
pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    idempotency: Idempotency,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<NewGrantApplication>,
) -> Result<Json<GrantApplicationJson>, AppError> {
    crate::pages::cases::checked_id(&id)?;
    let who = idempotency.acting(&ctx)?;
    let v = if idempotency.replayed().is_some() {
        app::grants::own(&state.db, &*state.clock, &who, &id).await?
    } else {
        let lang = body
            .lang
            .clone()
            .unwrap_or_else(|| ctx.locale.tag().to_owned());
        let fields = ProposalFields {
            project_type: body.project_type,
            origin: body.origin,
            title: body.title,
            summary: body.summary,
            lines: body
                .lines
                .into_iter()
                .map(|l| LineFields {
                    category: l.category,
                    label: l.label,
                    amount: units(l.amount_cents),
                })
                .collect(),
        };
        app::grants::apply_api(&state.db, &*state.clock, &who, &id, fields, &lang).await?
    };
    let a = v.application.ok_or(AppError::NotFound)?;
    Ok(Json(application_json(a, v.lines, None, None)))
}
