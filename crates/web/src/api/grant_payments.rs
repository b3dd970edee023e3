//! `GET /api/v1/grants`, `GET /api/v1/grants/{id}` and
//! `POST /api/v1/grants/{id}/disbursements` (issue 15 item 5): the grants in reach — staff
//! who manage grants those of their programmes, a participant their own — with their
//! tranches (released, paid) and totals; and a disbursement recorded by staff, with its
//! local currency and rate when not paid in euros. Out of reach is a 404.

use app::grant_payments::GrantView;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderName, StatusCode};
use chrono::NaiveDate;
use domain::grant::payment::disbursement::{DisbursementFields, show_decimal};
use serde::{Deserialize, Serialize};

use super::idempotency::Idempotency;
use super::{ApiJson, ApiPath, ApiQuery};
use crate::{AppError, AppState, Ctx};

#[derive(Serialize)]
pub struct TrancheJson {
    id: String,
    label: String,
    amount_cents: i64,
    due_on: NaiveDate,
    milestone: &'static str,
    released: bool,
    paid_cents: i64,
}

#[derive(Serialize)]
pub struct DisbursementJson {
    id: String,
    tranche_id: String,
    paid_on: NaiveDate,
    amount_cents: i64,
    currency: &'static str,
    /// The amount in `currency` as a decimal string, when not EUR.
    local_amount: Option<String>,
    /// Units of `currency` for one euro, as a decimal string, when not EUR.
    rate: Option<String>,
}

#[derive(Serialize)]
pub struct GrantJson {
    application_id: String,
    call_id: String,
    reference: String,
    title: String,
    candidate_id: String,
    country: String,
    project_type: &'static str,
    origin: &'static str,
    currency: String,
    amount_cents: i64,
    state: &'static str,
    agreed_on: Option<NaiveDate>,
    closed_on: Option<NaiveDate>,
    paid_cents: i64,
    tranches: Vec<TrancheJson>,
    disbursements: Vec<DisbursementJson>,
}

fn grant_json(v: GrantView) -> GrantJson {
    let g = v.grant;
    GrantJson {
        application_id: g.award.application_id,
        call_id: g.award.call_id,
        reference: g.reference,
        title: g.title,
        candidate_id: g.candidate_id,
        country: g.country.as_str().to_owned(),
        project_type: g.project_type.as_str(),
        origin: g.origin.as_str(),
        currency: g.currency,
        amount_cents: g.award.amount_cents,
        state: g.award.state.as_str(),
        agreed_on: g.award.agreed_on,
        closed_on: g.award.closed_on,
        paid_cents: v.paid_cents,
        tranches: v
            .tranches
            .into_iter()
            .map(|t| TrancheJson {
                milestone: t.row.milestone.as_str(),
                id: t.row.id,
                label: t.row.label,
                amount_cents: t.row.amount_cents,
                due_on: t.row.due_on,
                released: t.released,
                paid_cents: t.paid_cents,
            })
            .collect(),
        disbursements: v
            .disbursements
            .into_iter()
            .map(|d| DisbursementJson {
                local_amount: d
                    .local_milli
                    .map(|l| show_decimal(l, 3, d.currency.decimals())),
                rate: d.rate_micro.map(|r| show_decimal(r, 6, 4)),
                currency: d.currency.as_str(),
                id: d.id,
                tranche_id: d.tranche_id,
                paid_on: d.paid_on,
                amount_cents: d.amount_cents,
            })
            .collect(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GrantsQuery {
    call: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiQuery(q): ApiQuery<GrantsQuery>,
) -> Result<Json<Vec<GrantJson>>, AppError> {
    let call = q.call.filter(|c| !c.trim().is_empty());
    let all = app::grant_payments::list(&state.db, &ctx.acting()?, call).await?;
    Ok(Json(all.into_iter().map(grant_json).collect()))
}

/// One grant: staff who manage grants, or its grantee.
async fn one(state: &AppState, ctx: &Ctx, id: &str) -> Result<GrantJson, AppError> {
    let who = ctx.acting()?;
    let v = if who.actor.can(domain::Permission::ManageGrants) {
        app::grant_payments::view(&state.db, &who, id).await?
    } else {
        app::grant_payments::view_own(&state.db, &who, id).await?
    };
    Ok(grant_json(v))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<GrantJson>, AppError> {
    Ok(Json(one(&state, &ctx, &id).await?))
}

#[derive(Deserialize)]
pub struct NewDisbursement {
    tranche_id: String,
    paid_on: String,
    amount: String,
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    local_amount: Option<String>,
    #[serde(default)]
    rate: Option<String>,
}

impl super::ApiBody for NewDisbursement {
    const SCHEMA: &'static str = "NewDisbursement";
}

/// Records a disbursement; answers the grant as it now stands (201). A repeat with the same
/// `Idempotency-Key` answers the grant again, writing nothing.
pub async fn disburse(
    State(state): State<AppState>,
    ctx: Ctx,
    idempotency: Idempotency,
    ApiPath(id): ApiPath<String>,
    ApiJson(b): ApiJson<NewDisbursement>,
) -> Result<(StatusCode, [(HeaderName, String); 1], Json<GrantJson>), AppError> {
    let location = super::location("grants", &id);
    if idempotency.replayed().is_some() {
        return Ok((
            StatusCode::CREATED,
            [location],
            Json(one(&state, &ctx, &id).await?),
        ));
    }
    let who = idempotency.acting(&ctx)?;
    let fields = DisbursementFields {
        paid_on: b.paid_on,
        amount: b.amount,
        currency: b.currency.unwrap_or_else(|| "EUR".to_owned()),
        local_amount: b.local_amount.unwrap_or_default(),
        rate: b.rate.unwrap_or_default(),
    };
    app::grant_payments::disbursements::disburse(
        &state.db,
        &*state.clock,
        &who,
        &id,
        &b.tranche_id,
        &fields,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        [location],
        Json(one(&state, &ctx, &id).await?),
    ))
}
