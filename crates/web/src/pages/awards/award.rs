//! The award page of a call (the coordinator's): the proposal by the call's published rule
//! with the running total of the fund, the knapsack's advice and what it would change, the
//! committee's adjustments with their reasons and the form to add one, the close of
//! submissions and the acceptance (both confirmed), and once accepted the grants and the
//! fund's balance.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::grant::award::Adjustment;
use serde::Deserialize;

use super::back;
use crate::pages::cases::checked_id;
use crate::pages::confirm;
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub(super) struct ProposalLine {
    pub rank: usize,
    pub id: String,
    pub reference: String,
    pub name: String,
    pub points: String,
    pub asked: String,
    pub granted: String,
    pub outcome: &'static str,
    pub outcome_title: String,
    pub running: String,
}

pub(super) struct AdviceView {
    pub sum: String,
    pub chosen: Vec<String>,
    pub brought_in: Vec<String>,
    pub left_out: Vec<String>,
}

pub(super) struct AdjustmentLine {
    pub kind: &'static str,
    pub what: String,
    pub reason: String,
    pub who: String,
    pub when: String,
}

#[derive(Default)]
pub(super) struct Typed {
    pub application: String,
    pub kind: String,
    pub amount: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "awards/award.html")]
struct AwardPage {
    page: Page,
    id: String,
    accepted: bool,
    accepted_on: String,
    closed: bool,
    blockers: Vec<String>,
    fund: String,
    total: String,
    remaining: String,
    shares: Vec<(String, String, String)>,
    lines: Vec<ProposalLine>,
    advice: Result<AdviceView, String>,
    adjustments: Vec<AdjustmentLine>,
    options: Vec<(String, String)>,
    typed: Typed,
    grants: Vec<(String, String, String)>,
    awarded: String,
    balance: String,
    balance_cents: i64,
    reserve: Vec<String>,
    min_grant: i64,
    max_grant: i64,
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
        Vec::new(),
        Typed::default(),
    )
    .await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    errors: Vec<Invalid>,
    typed: Typed,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::awards::award(&state.db, &*state.clock, &who, id).await?;
    let tr = ctx.tr();
    let row = &v.board.call.row;
    let cur = row.currency.as_str();
    let label = |app_id: &str| {
        v.board
            .find(app_id)
            .map(|r| format!("{} {}", r.listed.application.reference, r.name()))
            .unwrap_or_else(|| app_id.to_owned())
    };
    let lines = v
        .proposal
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let r = v.board.find(&l.id);
            ProposalLine {
                rank: i + 1,
                id: l.id.clone(),
                reference: r
                    .map(|r| r.listed.application.reference.clone())
                    .unwrap_or_default(),
                name: r.map(app::awards::Ranked::name).unwrap_or_default(),
                points: r
                    .and_then(|r| r.consolidated)
                    .map(|c| super::points(ctx.locale, c.mean_milli))
                    .unwrap_or_default(),
                asked: tr.money(&l.asked_cents, cur),
                granted: if l.outcome.funded() {
                    tr.money(&l.granted_cents, cur)
                } else {
                    String::new()
                },
                outcome: l.outcome.as_str(),
                outcome_title: match l.reserve_rank {
                    Some(n) => tr.tn("award-reserve-n", "rank", i64::try_from(n).unwrap_or(0)),
                    None => tr.t(&format!("award-outcome-{}", l.outcome.as_str())),
                },
                running: tr.money(&l.running_cents, cur),
            }
        })
        .collect();
    let advice = match &v.advice {
        Ok(a) => Ok(AdviceView {
            sum: tr.t_with(
                "award-advice-sum",
                &[
                    (
                        "points",
                        i18n::FluentArg::Str(super::points(ctx.locale, a.points_milli)),
                    ),
                    (
                        "amount",
                        i18n::FluentArg::Str(tr.money(&a.total_cents, cur)),
                    ),
                ],
            ),
            chosen: a.ids.iter().map(|i| label(i)).collect(),
            brought_in: a.brought_in.iter().map(|i| label(i)).collect(),
            left_out: a.left_out.iter().map(|i| label(i)).collect(),
        }),
        Err(e) => Err(tr.t(e.key)),
    };
    let adjustments = v
        .adjustments
        .iter()
        .map(|r| AdjustmentLine {
            kind: r.adjustment.kind(),
            what: match &r.adjustment {
                Adjustment::Reduce { id, amount_cents } => tr.t_with(
                    "award-adjusted-reduce",
                    &[
                        ("project", i18n::FluentArg::Str(label(id))),
                        ("amount", i18n::FluentArg::Str(tr.money(amount_cents, cur))),
                    ],
                ),
                Adjustment::Exclude { id } => {
                    tr.t1("award-adjusted-exclude", "project", &label(id))
                }
                Adjustment::Include { id } => {
                    tr.t1("award-adjusted-include", "project", &label(id))
                }
            },
            reason: r.reason.clone(),
            who: r.made_by_name.clone(),
            when: tr.date_time(&r.made_at),
        })
        .collect();
    let options = v
        .board
        .ranked
        .iter()
        .map(|r| {
            (
                r.id().to_owned(),
                format!("{} {}", r.listed.application.reference, r.name()),
            )
        })
        .collect();
    let grants = v
        .grants
        .iter()
        .map(|g| {
            let r = v.board.find(&g.application_id);
            (
                r.map(|r| r.listed.application.reference.clone())
                    .unwrap_or_default(),
                r.map(app::awards::Ranked::name).unwrap_or_default(),
                tr.money(&g.amount_cents, cur),
            )
        })
        .collect();
    let shares = v
        .proposal
        .shares
        .iter()
        .map(|(g, used, ceiling)| {
            let name = if g.len() == 2 {
                crate::pages::candidates::view::country_name(&tr, g)
            } else {
                tr.t(&format!("award-type-{g}"))
            };
            (name, tr.money(used, cur), tr.money(ceiling, cur))
        })
        .collect();
    html_status(
        status,
        &AwardPage {
            page: Page::titled(ctx, tr.t1("award-award-title", "call", &row.title)),
            id: row.id.clone(),
            accepted: v.acceptance.is_some(),
            accepted_on: v
                .acceptance
                .as_ref()
                .map(|a| tr.date_time(&a.accepted_at))
                .unwrap_or_default(),
            closed: v.closed(),
            blockers: v.blockers.iter().map(|k| tr.t(k)).collect(),
            fund: tr.money(&row.fund_cents, cur),
            total: tr.money(&v.proposal.total_cents, cur),
            remaining: tr.money(&v.proposal.remaining_cents, cur),
            shares,
            lines,
            advice,
            adjustments,
            options,
            typed,
            grants,
            awarded: tr.money(&v.awarded_cents(), cur),
            balance: tr.money(&v.balance_cents(), cur),
            balance_cents: v.balance_cents(),
            reserve: v.reserve.iter().map(|i| label(i)).collect(),
            min_grant: row.min_grant_cents / 100,
            max_grant: row.max_grant_cents / 100,
            errors: FormErrors::new(ctx, &errors),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdjustBody {
    application: String,
    kind: String,
    amount: String,
    reason: String,
}

/// Records a committee's change with its reason.
pub async fn adjust(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<AdjustBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let input = app::awards::AdjustInput {
        application: f.application.clone(),
        kind: f.kind.clone(),
        amount: f.amount.clone(),
        reason: f.reason.clone(),
    };
    let typed = Typed {
        application: f.application,
        kind: f.kind,
        amount: f.amount,
        reason: f.reason,
    };
    match app::awards::adjust(&state.db, &*state.clock, &who, &id, input).await {
        Ok(()) => Ok(back(
            &format!("/grant-calls/{id}/award#adjustments"),
            "flash-award-adjusted",
        )),
        Err(app::Error::Invalid(e)) => {
            render(
                &state,
                &ctx,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![e],
                typed,
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
                errors,
                typed,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmBody {
    confirmed: Option<String>,
}

/// Closes the call's submissions today, after the confirmation.
pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<ConfirmBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    if !confirm::confirmed(f.confirmed.as_deref()) {
        let v = app::awards::award(&state.db, &*state.clock, &who, &id).await?;
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("award-close-question", "call", &v.board.call.row.title),
                lines: vec![tr.t1("award-close-line", "on", &tr.date(&v.today))],
                warnings: vec![tr.t("award-close-warning")],
                action: format!("/grant-calls/{id}/award/close"),
                hidden: vec![],
                reason: None,
                confirm: tr.t("award-action-close"),
                cancel: format!("/grant-calls/{id}/award"),
                danger: true,
                name: "close-call",
            },
        );
    }
    app::awards::close(&state.db, &*state.clock, &who, &id).await?;
    Ok(back(
        &format!("/grant-calls/{id}/award"),
        "flash-award-closed",
    ))
}

/// Accepts the award proposal as it stands, after the confirmation.
pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<ConfirmBody>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let tr = ctx.tr();
    if !confirm::confirmed(f.confirmed.as_deref()) {
        let v = app::awards::award(&state.db, &*state.clock, &who, &id).await?;
        let cur = v.board.call.row.currency.clone();
        let funded = v.proposal.funded().count();
        let reserve = v.proposal.reserve().count();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("award-accept-question", "call", &v.board.call.row.title),
                lines: vec![
                    tr.tn(
                        "award-accept-funded",
                        "count",
                        i64::try_from(funded).unwrap_or(0),
                    ),
                    tr.t1(
                        "award-accept-total",
                        "amount",
                        &tr.money(&v.proposal.total_cents, &cur),
                    ),
                    tr.tn(
                        "award-accept-reserve",
                        "count",
                        i64::try_from(reserve).unwrap_or(0),
                    ),
                ],
                warnings: v
                    .blockers
                    .iter()
                    .map(|k| tr.t(k))
                    .chain([tr.t("award-accept-warning")])
                    .collect(),
                action: format!("/grant-calls/{id}/award/accept"),
                hidden: vec![],
                reason: None,
                confirm: tr.t("award-action-accept"),
                cancel: format!("/grant-calls/{id}/award"),
                danger: false,
                name: "accept-award",
            },
        );
    }
    match app::awards::accept(&state.db, &*state.clock, &who, &id).await {
        Ok(_) => Ok(back(
            &format!("/grant-calls/{id}/award#balance"),
            "flash-award-accepted",
        )),
        Err(app::Error::Invalid(e)) => {
            render(
                &state,
                &ctx,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![e],
                Typed::default(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
