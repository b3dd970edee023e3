//! The balance of a call's fund (`/grant-calls/{id}/grants`): fund, committed, paid,
//! committed but unpaid, uncommitted, in the call's currency; subtotals per grantee's
//! country and per project type; the grants with their state, next tranche due and what
//! was paid so far.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::grant::payment::balance::Balance;

use super::{state_label, type_label};
use crate::pages::candidates::view::country_name;
use crate::pages::cases::checked_id;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

struct Figures {
    label: String,
    grants: i64,
    committed: String,
    paid: String,
    unpaid: String,
}

struct GrantLine {
    id: String,
    reference: String,
    grantee: String,
    title: String,
    country: String,
    amount: String,
    state: &'static str,
    state_label: String,
    next_due: String,
    paid: String,
}

#[derive(Template)]
#[template(path = "grant_payments/balance.html")]
struct BalancePage {
    page: Page,
    fund: String,
    committed: String,
    paid: String,
    unpaid: String,
    uncommitted: String,
    by_country: Vec<Figures>,
    by_type: Vec<Figures>,
    grants: Vec<GrantLine>,
}

pub async fn balance(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let b = app::grant_payments::balance::of_call(&state.db, &who, &id).await?;
    let tr = ctx.tr();
    let cur = b.call.currency.clone();
    let money = |c: i64| tr.money(&c, &cur);
    let figures = |label: String, f: &Balance| Figures {
        label,
        grants: f.grants,
        committed: money(f.committed),
        paid: money(f.paid),
        unpaid: money(f.unpaid()),
    };
    let page = BalancePage {
        page: Page::titled(&ctx, tr.t1("grant-pay-fund-title", "call", &b.call.title)),
        fund: money(b.call.fund_cents),
        committed: money(b.total.committed),
        paid: money(b.total.paid),
        unpaid: money(b.total.unpaid()),
        uncommitted: money(b.total.uncommitted(b.call.fund_cents)),
        by_country: b
            .by_country
            .iter()
            .map(|(c, f)| figures(country_name(&tr, c.as_str()), f))
            .collect(),
        by_type: b
            .by_type
            .iter()
            .map(|(t, f)| figures(type_label(&tr, *t), f))
            .collect(),
        grants: b
            .grants
            .iter()
            .map(|v| GrantLine {
                id: v.grant.award.application_id.clone(),
                reference: v.grant.reference.clone(),
                grantee: format!("{} {}", v.grant.family_name, v.grant.given_names),
                title: v.grant.title.clone(),
                country: country_name(&tr, v.grant.country.as_str()),
                amount: money(v.grant.award.amount_cents),
                state: v.grant.award.state.as_str(),
                state_label: state_label(&tr, v.grant.award.state),
                next_due: match v.next_due() {
                    Some(t) if v.grant.award.state == domain::grant::GrantState::Agreed => {
                        format!("{} · {}", tr.date(&t.row.due_on), money(t.remaining()))
                    }
                    _ => "—".to_owned(),
                },
                paid: money(v.paid_cents),
            })
            .collect(),
    };
    html(&page)
}
