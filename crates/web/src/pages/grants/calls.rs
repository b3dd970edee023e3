//! `/grant-calls`: the calls in reach; `/grant-calls/{id}`: a call's terms, fund, counts
//! and links to its work; `/grant-calls/{id}/table`: the table of DOMAIN.md §6; and
//! closing submissions early (confirmed on its own page).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::Permission;

use super::{TableRow, checked_id, table_rows, today};
use crate::flash::{self, Flash};
use crate::pages::confirm;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};

pub struct CallLine {
    pub id: String,
    pub title: String,
    pub fund: String,
    pub dates: String,
    pub state: String,
    pub state_key: &'static str,
}

#[derive(Template)]
#[template(path = "grants/list.html")]
pub struct ListPage {
    page: Page,
    calls: Vec<CallLine>,
    may_publish: bool,
}

/// `open`, `upcoming` or `closed` on `today`.
fn state_of(row: &app::grants::CallRow, today: chrono::NaiveDate) -> &'static str {
    if row.accepts_on(today) {
        "open"
    } else if row.closed_by(today) {
        "closed"
    } else {
        "upcoming"
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let today = today(&state);
    let tr = ctx.tr();
    let calls = app::grants::list(&state.db, &who)
        .await?
        .into_iter()
        .map(|c| {
            let key = state_of(&c, today);
            CallLine {
                fund: tr.money(&c.fund_cents, &c.currency),
                dates: format!("{} – {}", tr.date(&c.opens_on), tr.date(&c.closes_on)),
                state: tr.t(&format!("grant-call-state-{key}")),
                state_key: key,
                id: c.id,
                title: c.title,
            }
        })
        .collect();
    html(&ListPage {
        page: Page::new(&ctx, "grant-calls-title"),
        calls,
        may_publish: who.actor.can(Permission::ManageGrantCalls),
    })
}

#[derive(Template)]
#[template(path = "grants/show.html")]
pub struct ShowPage {
    page: Page,
    id: String,
    title: String,
    description: String,
    programme: String,
    state: String,
    state_key: &'static str,
    facts: Vec<(String, String)>,
    criteria: Vec<(String, i64)>,
    shares: Vec<(String, String)>,
    counts: Vec<(&'static str, String, i64)>,
    head: Vec<String>,
    rows: Vec<TableRow>,
    may_edit: bool,
    may_manage: bool,
    may_close: bool,
    may_check: bool,
    may_score: bool,
    may_apply: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let v = app::grants::view(&state.db, &*state.clock, &who, &id).await?;
    let tr = ctx.tr();
    let t = v.call.terms();
    let money = |c: i64| tr.money(&c, &t.currency);
    let yes_no = |b: bool| tr.t(if b { "grant-yes" } else { "grant-no" });
    let mut types = Vec::new();
    if t.entrepreneurial {
        types.push(tr.t("grant-type-entrepreneurial"));
    }
    if t.professional {
        types.push(tr.t("grant-type-professional"));
    }
    let mut origins = Vec::new();
    if t.from_italy {
        origins.push(tr.t("grant-origin-italy"));
    }
    if t.from_home {
        origins.push(tr.t("grant-origin-home"));
    }
    let facts = vec![
        (tr.t("grant-field-fund"), money(t.fund_cents)),
        (
            tr.t("grant-field-bounds"),
            format!(
                "{} – {}",
                money(t.min_grant_cents),
                money(t.max_grant_cents)
            ),
        ),
        (
            tr.t("grant-dates-title"),
            format!("{} – {}", tr.date(&t.opens_on), tr.date(&t.closes_on)),
        ),
        (tr.t("grant-field-types"), types.join(", ")),
        (tr.t("grant-field-origins"), origins.join(", ")),
        (
            tr.t("grant-field-threshold"),
            tr.number(&t.quality_threshold),
        ),
        (tr.t("grant-field-partial-last"), yes_no(t.partial_last)),
    ];
    let shares = t
        .shares
        .iter()
        .map(|s| {
            let label = if t.shares_by == domain::grant::SharesBy::Country {
                tr.t(&format!("country-{}", s.group.to_ascii_lowercase()))
            } else {
                tr.t(&format!("grant-type-{}", s.group))
            };
            (label, money(s.max_cents))
        })
        .collect();
    let (head, rows) = v
        .table
        .as_ref()
        .map(|t| table_rows(&tr, t))
        .unwrap_or_default();
    let counts = v
        .counts
        .as_ref()
        .map(|c| {
            [
                ("listed", c.listed),
                ("drafts", c.drafts),
                ("submitted", c.submitted),
                ("eligible", c.eligible),
                ("ineligible", c.ineligible),
                ("scored", c.scored),
                ("awarded", c.awarded),
                ("withdrawn", c.withdrawn),
            ]
            .into_iter()
            .map(|(k, n)| (k, tr.t(&format!("grant-count-{k}")), n))
            .collect()
        })
        .unwrap_or_default();
    let manages = who.actor.can(Permission::ManageGrantCalls) && v.counts.is_some();
    let key = state_of(&v.call.row, v.today);
    html(&ShowPage {
        page: Page::titled(&ctx, t.title.clone()),
        id: id.clone(),
        description: t.description.clone(),
        programme: v.programme.clone(),
        state: tr.t(&format!("grant-call-state-{key}")),
        state_key: key,
        facts,
        criteria: t
            .criteria
            .iter()
            .map(|c| (c.label.clone(), c.weight))
            .collect(),
        shares,
        counts,
        head,
        rows,
        may_edit: manages
            && !v
                .counts
                .as_ref()
                .is_some_and(app::grants::Counts::any_submitted),
        may_manage: manages,
        may_close: manages && !v.closed,
        may_check: who.actor.can(Permission::CheckGrantApplications) && v.counts.is_some(),
        may_score: who.actor.can(Permission::ScoreGrantApplications) && v.counts.is_some(),
        may_apply: v.counts.is_none() && who.actor.can(Permission::ApplyForGrants),
        title: t.title,
    })
}

#[derive(Template)]
#[template(path = "grants/table.html")]
pub struct TablePage {
    page: Page,
    id: String,
    title: String,
    head: Vec<String>,
    rows: Vec<TableRow>,
}

/// The table of DOMAIN.md §6 for a call (staff: a participant's view has no table).
pub async fn table(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let v = app::grants::view(&state.db, &*state.clock, &who, &id).await?;
    let t = v.table.as_ref().ok_or(AppError::NotFound)?;
    let (head, rows) = table_rows(&ctx.tr(), t);
    html(&TablePage {
        page: Page::new(&ctx, "grant-table-title"),
        id,
        title: v.call.row.title.clone(),
        head,
        rows,
    })
}

/// Closes submissions now, after a confirmation page.
pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<confirm::OnlyConfirmation>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    if !f.given() {
        let v = app::grants::view(&state.db, &*state.clock, &who, &id).await?;
        let tr = ctx.tr();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("grant-close-question"),
                lines: vec![
                    v.call.row.title.clone(),
                    tr.t1("grant-close-today", "date", &tr.date(&v.today)),
                ],
                warnings: vec![tr.t("grant-close-warning")],
                action: format!("/grant-calls/{id}/close"),
                hidden: Vec::new(),
                reason: None,
                confirm: tr.t("grant-close"),
                cancel: format!("/grant-calls/{id}"),
                danger: true,
                name: "close-grant-call",
            },
        );
    }
    app::grants::close(&state.db, &*state.clock, &who, &id).await?;
    Ok(flash::redirect(
        &format!("/grant-calls/{id}"),
        Flash::new("flash-grant-call-closed"),
    ))
}
