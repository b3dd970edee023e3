//! The panel's and the award's API (issue 15): `GET /api/v1/grant-calls/{id}/award-proposal`
//! (the proposal by the call's rule, the advice, the adjustments and the totals; for those
//! who manage the call), `GET /api/v1/grant-calls/{id}/scores` (a panellist's own
//! declarations and scores, and the others' only where theirs is submitted) and
//! `POST /api/v1/grant-applications/{id}/score` (declare, then score as a panellist).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::NaiveDateTime;
use domain::grant::award::Adjustment;
use serde::{Deserialize, Serialize};

use super::ApiPath;
use super::idempotency::Idempotency;
use crate::{AppError, AppState, Ctx};

#[derive(Serialize)]
pub struct ShareJson {
    group: String,
    awarded_cents: i64,
    ceiling_cents: i64,
}

#[derive(Serialize)]
pub struct LineJson {
    rank: usize,
    application_id: String,
    reference: String,
    name: String,
    points_milli: Option<i64>,
    spread_milli: Option<i64>,
    asked_cents: i64,
    granted_cents: i64,
    outcome: &'static str,
    reserve_rank: Option<usize>,
    running_cents: i64,
}

#[derive(Serialize)]
pub struct AdviceJson {
    application_ids: Vec<String>,
    points_milli: i64,
    total_cents: i64,
    brought_in: Vec<String>,
    left_out: Vec<String>,
}

#[derive(Serialize)]
pub struct AdjustmentJson {
    kind: &'static str,
    application_id: String,
    amount_cents: Option<i64>,
    reason: String,
    made_by: String,
    made_at: NaiveDateTime,
}

#[derive(Serialize)]
pub struct ProposalJson {
    call_id: String,
    currency: String,
    fund_cents: i64,
    quality_threshold: i64,
    partial_last: bool,
    total_cents: i64,
    remaining_cents: i64,
    shares: Vec<ShareJson>,
    lines: Vec<LineJson>,
    advice: Option<AdviceJson>,
    advice_refused: Option<&'static str>,
    adjustments: Vec<AdjustmentJson>,
    blockers: Vec<&'static str>,
    accepted_at: Option<NaiveDateTime>,
    awarded_cents: i64,
    balance_cents: i64,
}

pub async fn proposal(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<ProposalJson>, AppError> {
    let v = app::awards::award(&state.db, &*state.clock, &ctx.acting()?, &id).await?;
    let row = &v.board.call.row;
    let lines = v
        .proposal
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let r = v.board.find(&l.id);
            let c = r.and_then(|r| r.consolidated);
            LineJson {
                rank: i + 1,
                application_id: l.id.clone(),
                reference: r
                    .map(|r| r.listed.application.reference.clone())
                    .unwrap_or_default(),
                name: r.map(app::awards::Ranked::name).unwrap_or_default(),
                points_milli: c.map(|c| c.mean_milli),
                spread_milli: c.map(|c| c.spread_milli()),
                asked_cents: l.asked_cents,
                granted_cents: l.granted_cents,
                outcome: l.outcome.as_str(),
                reserve_rank: l.reserve_rank,
                running_cents: l.running_cents,
            }
        })
        .collect();
    let (advice, advice_refused) = match &v.advice {
        Ok(a) => (
            Some(AdviceJson {
                application_ids: a.ids.clone(),
                points_milli: a.points_milli,
                total_cents: a.total_cents,
                brought_in: a.brought_in.clone(),
                left_out: a.left_out.clone(),
            }),
            None,
        ),
        Err(e) => (None, Some(e.key)),
    };
    Ok(Json(ProposalJson {
        call_id: row.id.clone(),
        currency: row.currency.clone(),
        fund_cents: row.fund_cents,
        quality_threshold: row.quality_threshold,
        partial_last: row.partial_last,
        total_cents: v.proposal.total_cents,
        remaining_cents: v.proposal.remaining_cents,
        shares: v
            .proposal
            .shares
            .iter()
            .map(|(group, awarded_cents, ceiling_cents)| ShareJson {
                group: group.clone(),
                awarded_cents: *awarded_cents,
                ceiling_cents: *ceiling_cents,
            })
            .collect(),
        lines,
        advice,
        advice_refused,
        adjustments: v
            .adjustments
            .iter()
            .map(|r| AdjustmentJson {
                kind: r.adjustment.kind(),
                application_id: r.adjustment.id().to_owned(),
                amount_cents: match r.adjustment {
                    Adjustment::Reduce { amount_cents, .. } => Some(amount_cents),
                    _ => None,
                },
                reason: r.reason.clone(),
                made_by: r.made_by.clone(),
                made_at: r.made_at,
            })
            .collect(),
        blockers: v.blockers.clone(),
        accepted_at: v.acceptance.as_ref().map(|a| a.accepted_at),
        awarded_cents: v.awarded_cents(),
        balance_cents: v.balance_cents(),
    }))
}

#[derive(Serialize)]
pub struct ScoreJson {
    application_id: String,
    reference: String,
    mine: bool,
    panellist: String,
    conflict: bool,
    submitted: bool,
    marks: Vec<Option<i64>>,
    comment: String,
    points_milli: Option<i64>,
}

fn score_json(l: app::awards::ScoreLine) -> ScoreJson {
    ScoreJson {
        application_id: l.application_id,
        reference: l.reference,
        mine: l.mine,
        panellist: l.panellist,
        conflict: l.conflict,
        submitted: l.submitted,
        marks: l.marks,
        comment: l.comment,
        points_milli: l.points_milli,
    }
}

pub async fn scores(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Vec<ScoreJson>>, AppError> {
    let lines = app::awards::scores(&state.db, &ctx.acting()?, &id).await?;
    Ok(Json(lines.into_iter().map(score_json).collect()))
}

#[derive(Deserialize)]
pub struct NewScore {
    #[serde(default)]
    declaration: Option<String>,
    #[serde(default)]
    marks: Option<Vec<i64>>,
    #[serde(default)]
    comment: Option<String>,
    submit: bool,
}

impl super::ApiBody for NewScore {
    const SCHEMA: &'static str = "NewScore";
}

/// Declares on the application (when `declaration` is given) and saves or submits the
/// score (when `marks` are given); answers the caller's own line on it.
pub async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    idempotency: Idempotency,
    ApiPath(id): ApiPath<String>,
    super::ApiJson(b): super::ApiJson<NewScore>,
) -> Result<(StatusCode, Json<ScoreJson>), AppError> {
    let who = idempotency.acting(&ctx)?;
    let call = app::awards::call_of(&state.db, &who, &id).await?;
    if idempotency.replayed().is_none() {
        let declaration = match b.declaration.as_deref() {
            Some("no_conflict") => Some(false),
            Some("conflict") => Some(true),
            Some(_) => {
                return Err(AppError::Invalid(domain::Invalid::new(
                    "declaration",
                    "award-error-declaration",
                )));
            }
            None => None,
        };
        let input = b.marks.as_ref().map(|marks| app::awards::ScoreInput {
            marks: marks.iter().map(i64::to_string).collect(),
            comment: b.comment.clone().unwrap_or_default(),
            submit: b.submit,
        });
        app::awards::work(
            &state.db,
            &*state.clock,
            &who,
            &call,
            &id,
            declaration,
            input,
        )
        .await?;
    }
    let mine = app::awards::scores(&state.db, &ctx.acting()?, &call)
        .await?
        .into_iter()
        .find(|l| l.mine && l.application_id == id)
        .ok_or(AppError::Invalid(domain::Invalid::new(
            "declaration",
            "award-error-undeclared",
        )))?;
    Ok((StatusCode::CREATED, Json(score_json(mine))))
}
