//! A grant's page for staff: who and what, the agreement (form while awarded), the
//! tranches with what was paid and what is released, the plan's change, the reports to
//! review, the disbursements with their rates, the reasons recorded, the cancellation.

use app::grant_payments::GrantView;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::grant::GrantState;
use domain::grant::payment::disbursement::PayCurrency;
use domain::grant::payment::plan::MAX_TRANCHES;
use domain::grant::payment::{Milestone, ReportStatus};

use super::{
    field, local_side, milestone_label, origin_label, plain_amount, plan_rows, state_label,
    type_label,
};
use crate::pages::candidates::view::country_name;
use crate::pages::cases::{checked_id, today};
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub(crate) struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub(crate) struct PlanRow {
    pub i: usize,
    pub label: String,
    pub amount: String,
    pub due_on: String,
    pub milestones: Vec<Choice>,
}

pub(crate) struct TrancheLine {
    pub label: String,
    pub milestone: String,
    pub due: String,
    pub amount: String,
    pub paid: String,
    /// `paid`, `released` or `waiting`.
    pub state: &'static str,
    pub state_label: String,
}

pub(crate) struct ReportLine {
    pub id: String,
    pub milestone: String,
    pub submitted: String,
    pub done: String,
    pub spent: String,
    pub document: Option<String>,
    pub status: &'static str,
    pub status_label: String,
    pub note: String,
    pub waiting: bool,
}

pub(crate) struct PayLine {
    pub paid_on: String,
    pub amount: String,
    pub tranche: String,
    pub local: String,
}

pub(crate) struct ChangeLine {
    pub kind: String,
    pub reason: String,
    pub at: String,
}

#[derive(Template)]
#[template(path = "grant_payments/show.html")]
struct ShowPage {
    page: Page,
    id: String,
    call_id: String,
    call_title: String,
    title: String,
    grantee: String,
    country: String,
    project_type: String,
    origin: String,
    amount: String,
    state: &'static str,
    state_label: String,
    agreed_on: Option<String>,
    paid: String,
    awarded: bool,
    agreed: bool,
    signed_on: String,
    plan: Vec<PlanRow>,
    locked: Vec<TrancheLine>,
    tranches: Vec<TrancheLine>,
    payable: Vec<Choice>,
    pay_paid_on: String,
    pay_amount: String,
    currencies: Vec<Choice>,
    pay_local: String,
    pay_rate: String,
    reports: Vec<ReportLine>,
    disbursements: Vec<PayLine>,
    changes: Vec<ChangeLine>,
    may_cancel: bool,
    today: String,
    errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(&state, &ctx, &id, StatusCode::OK, &[], Vec::new()).await
}

/// The page, its forms refilled with `posted` and `errors` shown beside their fields.
pub(crate) async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    posted: &[(String, String)],
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let v = app::grant_payments::view(&state.db, &who, id).await?;
    let tr = ctx.tr();
    let today = today(state);
    let g = &v.grant;
    let cur = g.currency.clone();
    let money = |c: i64| tr.money(&c, &cur);
    let tranche_line = |t: &app::grant_payments::TrancheState| {
        let st = if t.paid() {
            "paid"
        } else if t.released {
            "released"
        } else {
            "waiting"
        };
        TrancheLine {
            label: t.row.label.clone(),
            milestone: milestone_label(&tr, t.row.milestone),
            due: tr.date(&t.row.due_on),
            amount: money(t.row.amount_cents),
            paid: money(t.paid_cents),
            state: st,
            state_label: tr.t(&format!("grant-tranche-{st}")),
        }
    };
    let plan_posted = posted.iter().any(|(k, _)| k.starts_with("label_"));
    let signed_on = if posted.is_empty() {
        today.to_string()
    } else {
        field(posted, "signed_on")
    };
    let plan = plan_form(&tr, &v, today, plan_posted.then_some(posted));
    let pay_tranche = field(posted, "tranche");
    let pay_currency = field(posted, "currency");
    let page = ShowPage {
        page: Page::titled(
            ctx,
            tr.t1("grant-pay-page-title", "reference", &g.reference),
        ),
        id: g.award.application_id.clone(),
        call_id: g.award.call_id.clone(),
        call_title: g.call_title.clone(),
        title: g.title.clone(),
        grantee: format!("{} {}", g.family_name, g.given_names),
        country: country_name(&tr, g.country.as_str()),
        project_type: type_label(&tr, g.project_type),
        origin: origin_label(&tr, g.origin),
        amount: money(g.award.amount_cents),
        state: g.award.state.as_str(),
        state_label: state_label(&tr, g.award.state),
        agreed_on: g.award.agreed_on.map(|d| tr.date(&d)),
        paid: money(v.paid_cents),
        awarded: g.award.state == GrantState::Awarded,
        agreed: g.award.state == GrantState::Agreed,
        signed_on,
        plan,
        locked: v.locked().map(&tranche_line).collect(),
        tranches: v.tranches.iter().map(&tranche_line).collect(),
        payable: v
            .payable()
            .map(|t| Choice {
                value: t.row.id.clone(),
                label: format!("{} — {}", t.row.label, money(t.remaining())),
                selected: t.row.id == pay_tranche,
            })
            .collect(),
        pay_paid_on: if posted.is_empty() {
            today.to_string()
        } else {
            field(posted, "paid_on")
        },
        pay_amount: if posted.is_empty() {
            v.payable()
                .next()
                .map(|t| plain_amount(t.remaining()))
                .unwrap_or_default()
        } else {
            field(posted, "amount")
        },
        currencies: PayCurrency::ALL
            .into_iter()
            .map(|c| Choice {
                value: c.as_str().to_owned(),
                label: c.as_str().to_owned(),
                selected: c.as_str() == pay_currency,
            })
            .collect(),
        pay_local: field(posted, "local_amount"),
        pay_rate: field(posted, "rate"),
        reports: v
            .reports
            .iter()
            .rev()
            .map(|r| ReportLine {
                id: r.id.clone(),
                milestone: milestone_label(&tr, r.milestone),
                submitted: tr.date(&r.submitted_at.date()),
                done: r.done.clone(),
                spent: money(r.spent_cents),
                document: r.document_id.as_ref().map(|_| {
                    format!(
                        "/grants/{}/reports/{}/document",
                        g.award.application_id, r.id
                    )
                }),
                status: r.status.as_str(),
                status_label: tr.t(&format!(
                    "grant-report-status-{}",
                    r.status.as_str().replace('_', "-")
                )),
                note: r.review_note.clone(),
                waiting: r.status == ReportStatus::Submitted,
            })
            .collect(),
        disbursements: v
            .disbursements
            .iter()
            .map(|d| PayLine {
                paid_on: tr.date(&d.paid_on),
                amount: money(d.amount_cents),
                tranche: v
                    .tranches
                    .iter()
                    .find(|t| t.row.id == d.tranche_id)
                    .map(|t| t.row.label.clone())
                    .unwrap_or_default(),
                local: local_side(&tr, d.currency, d.local_milli, d.rate_micro),
            })
            .collect(),
        changes: v
            .changes
            .iter()
            .map(|c| ChangeLine {
                kind: tr.t(&format!("grant-change-{}", c.kind)),
                reason: c.reason.clone(),
                at: tr.date(&c.changed_at.date()),
            })
            .collect(),
        may_cancel: g.award.state.can_move_to(GrantState::Cancelled),
        today: today.to_string(),
        errors: FormErrors::new(ctx, &errors),
    };
    html_status(status, &page)
}

/// The plan form's rows: as posted; else, for an awarded grant, the default plan; for an
/// agreed one, its tranches not yet paid on; blank rows up to the maximum.
fn plan_form(
    tr: &i18n::Tr,
    v: &GrantView,
    today: chrono::NaiveDate,
    posted: Option<&[(String, String)]>,
) -> Vec<PlanRow> {
    let rows: Vec<(String, String, String, String)> = match posted {
        Some(p) => plan_rows(p)
            .into_iter()
            .map(|r| (r.label, r.amount, r.due_on, r.milestone))
            .collect(),
        None if v.grant.award.state == GrantState::Awarded => {
            app::grant_payments::agreement::proposed(v.grant.award.amount_cents, today)
                .into_iter()
                .map(|(m, cents, due)| {
                    (
                        tr.t(&format!("grant-plan-default-{}", m.as_str())),
                        plain_amount(cents),
                        due.to_string(),
                        m.as_str().to_owned(),
                    )
                })
                .collect()
        }
        None => v
            .tranches
            .iter()
            .filter(|t| t.paid_cents == 0)
            .map(|t| {
                (
                    t.row.label.clone(),
                    plain_amount(t.row.amount_cents),
                    t.row.due_on.to_string(),
                    t.row.milestone.as_str().to_owned(),
                )
            })
            .collect(),
    };
    let room = MAX_TRANCHES.saturating_sub(v.locked().count());
    (0..room)
        .map(|i| {
            let (label, amount, due_on, m) = rows.get(i).cloned().unwrap_or_default();
            PlanRow {
                i,
                label,
                amount,
                due_on,
                milestones: Milestone::ALL
                    .into_iter()
                    .map(|x| Choice {
                        value: x.as_str().to_owned(),
                        label: milestone_label(tr, x),
                        selected: x.as_str() == m,
                    })
                    .collect(),
            }
        })
        .collect()
}
