//! Host companies: registry (list, board by stage), profile, hosting checklist, stage,
//! contact log. Companies see only themselves; promoters and business associations the
//! companies of their territory; coordinators those of their programmes.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::companies::{Company, Filter};
use domain::host_rules::{self, CompanyFacts};
use domain::outreach::{ContactKind, Stage};
use domain::{Permission, Role};
use serde::Deserialize;

use super::view::{Choice, Link};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};
use i18n::FluentArg;

mod checklist;
mod form;
mod relations;

pub use checklist::{checklist_form, checklist_save};
pub use form::{create, edit_form, new_form, update};
pub use relations::{add_contact, invite, set_stage};

fn stage_choices(ctx: &Ctx, selected: Option<Stage>) -> Vec<Choice> {
    let tr = ctx.tr();
    Stage::ALL
        .into_iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: tr.t(&s.message_key()),
            selected: Some(s) == selected,
        })
        .collect()
}

pub struct Row {
    pub id: String,
    pub name: String,
    pub city: String,
    pub stage: String,
    pub employees: String,
    pub vat: String,
}

fn row(ctx: &Ctx, c: &Company) -> Row {
    let tr = ctx.tr();
    let p = c.profile.as_ref();
    Row {
        id: c.organisation.id.clone(),
        name: c.organisation.name.clone(),
        city: c.organisation.city.clone(),
        stage: tr.t(&c.stage().message_key()),
        employees: p
            .and_then(|p| p.employees)
            .map(|n| tr.number(&i64::from(n)))
            .unwrap_or_default(),
        vat: p.and_then(|p| p.vat_number.clone()).unwrap_or_default(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    stage: String,
    q: String,
    imported: Option<i64>,
}

#[derive(Template)]
#[template(path = "companies/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    stages: Vec<Choice>,
    q: String,
    stage_value: String,
    q_url: String,
    imported: Option<i64>,
    can_register: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let stage = Stage::parse(&q.stage).ok();
    let filter = Filter {
        stage,
        territory_id: None,
        query: Some(q.q.clone()),
    };
    let companies = state
        .db
        .read(move |c| db::companies::list(c, &scope, &filter))
        .await?;
    html(&ListPage {
        rows: companies.iter().map(|c| row(&ctx, c)).collect(),
        stages: stage_choices(&ctx, stage),
        q_url: super::login::encode_next(&q.q),
        q: q.q,
        stage_value: stage.map(|s| s.as_str().to_owned()).unwrap_or_default(),
        imported: q.imported,
        can_register: granted.authed.actor.can(Permission::ManageOutreach),
        page: Page::new(&ctx, "companies-title"),
    })
}

pub struct Column {
    pub label: String,
    pub count: usize,
    pub companies: Vec<Row>,
}

#[derive(Template)]
#[template(path = "companies/board.html")]
struct BoardPage {
    page: Page,
    columns: Vec<Column>,
}

/// The outreach pipeline as a board: one column per stage.
pub async fn board(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let companies = state
        .db
        .read(move |c| db::companies::list(c, &scope, &Filter::default()))
        .await?;
    let tr = ctx.tr();
    let columns = Stage::ALL
        .into_iter()
        .map(|s| {
            let rows: Vec<Row> = companies
                .iter()
                .filter(|c| c.stage() == s)
                .map(|c| row(&ctx, c))
                .collect();
            Column {
                label: tr.t(&s.message_key()),
                count: rows.len(),
                companies: rows,
            }
        })
        .collect();
    html(&BoardPage {
        page: Page::new(&ctx, "companies-board"),
        columns,
    })
}

pub struct CheckLine {
    pub rule: String,
    pub passed: bool,
    pub reason: String,
}

/// One of the company's positions, as its page lists them.
pub struct PositionLine {
    pub id: String,
    pub title: String,
    /// The translated status.
    pub status: String,
    pub places: i32,
}

/// One outreach contact with the company, every field formatted for display.
pub struct ContactLine {
    pub date: String,
    /// The translated contact kind.
    pub kind: String,
    /// Who made the contact (blank when the account is gone).
    pub author: String,
    pub notes: String,
    /// The follow-up date, or blank.
    pub follow_up: String,
}

#[derive(Template)]
#[template(path = "companies/show.html")]
struct ShowPage {
    page: Page,
    c: Company,
    stage: String,
    region: String,
    checks: Vec<CheckLine>,
    eligible: bool,
    cap_text: Option<String>,
    /// Other companies with the same VAT number that the person may see.
    duplicates: Vec<Link>,
    positions: Vec<PositionLine>,
    contacts: Vec<ContactLine>,
    stages: Vec<Choice>,
    kinds: Vec<Choice>,
    campaigns: Vec<Choice>,
    can_edit: bool,
    can_outreach: bool,
    can_add_position: bool,
    can_invite: bool,
    today: String,
    invite_link: Option<String>,
    /// Why the contact form was refused, and its field to mark.
    contact_error: Option<String>,
    invalid: &'static str,
}

/// The checklist lines with their reasons, and whether the company may host.
pub fn checklist(
    ctx: &Ctx,
    rules: Option<&host_rules::RegionalRules>,
    c: &Company,
) -> (Vec<CheckLine>, bool, Option<i32>) {
    let tr = ctx.tr();
    let p = c.profile.clone().unwrap_or_default();
    let facts = CompanyFacts {
        vat_valid: p.vat_number.is_some(),
        employees: p.employees,
        region: p.region.clone(),
    };
    let checks = host_rules::evaluate(rules, &facts, &p.declarations());
    let eligible = host_rules::all_passed(&checks);
    let cap = rules.zip(p.employees).map(|(r, n)| r.headcount_cap(n));
    let lines = checks
        .iter()
        .map(|k| CheckLine {
            rule: tr.t(k.rule),
            passed: k.passed,
            reason: match k.figure {
                Some(n) => tr.tn(k.reason, "count", n),
                None => tr.t(k.reason),
            },
        })
        .collect();
    (lines, eligible, cap)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    invite: Option<String>,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    granted: &Granted,
    id: String,
    invite_link: Option<String>,
    refusal: Option<&domain::Invalid>,
) -> Result<ShowPage, AppError> {
    let a = &granted.authed;
    let view = granted.scope.clone();
    let pos_scope = a.actor.scope(Permission::ViewPositions);
    let outreach = a.actor.scope(Permission::ManageOutreach);
    let user_id = a.user.id.clone();
    let (c, rules, held, dups, positions, contacts, campaigns) = state
        .db
        .read(move |conn| {
            let c = db::companies::find(conn, &view, &id)?;
            let rules = match c.profile.as_ref().and_then(|p| p.region.clone()) {
                Some(r) => db::rules::find(conn, &r)?,
                None => None,
            };
            let held = db::companies::places_held(conn, &c.organisation.id, None)?;
            let dups = match c.profile.as_ref().and_then(|p| p.vat_number.clone()) {
                Some(v) => db::companies::same_vat(conn, &view, &v, &c.organisation.id)?,
                None => Vec::new(),
            };
            let positions = match &pos_scope {
                Some(s) => {
                    let f = db::positions::Filter {
                        company_id: Some(c.organisation.id.clone()),
                        status: None,
                    };
                    db::positions::list(conn, s, &f)?
                }
                None => Vec::new(),
            };
            let (contacts, campaigns) = match &outreach {
                Some(s) => (
                    db::outreach::contacts_of(conn, &c.organisation.id)?,
                    db::outreach::list_campaigns(conn, s)?,
                ),
                None => (Vec::new(), Vec::new()),
            };
            let _ = &user_id;
            Ok((c, rules, held, dups, positions, contacts, campaigns))
        })
        .await?;
    let tr = ctx.tr();
    let (checks, eligible, cap) = checklist(ctx, rules.as_ref(), &c);
    let is_own = a
        .actor
        .memberships
        .iter()
        .any(|m| m.organisation_id == c.organisation.id && m.role == Role::Company);
    Ok(ShowPage {
        contact_error: refusal.map(|e| ctx.tr().t(e.key)),
        invalid: refusal.map_or("", |e| e.field),
        page: Page::titled(ctx, c.organisation.name.clone()),
        stage: tr.t(&c.stage().message_key()),
        region: rules.as_ref().map(|r| r.name.clone()).unwrap_or_default(),
        checks,
        eligible,
        cap_text: cap.map(|cap| {
            tr.t_with(
                "companies-cap-status",
                &[
                    ("cap", FluentArg::Num(i64::from(cap))),
                    ("held", FluentArg::Num(i64::from(held))),
                ],
            )
        }),
        duplicates: dups
            .into_iter()
            .map(|(id, name)| Link { id, name })
            .collect(),
        positions: positions
            .into_iter()
            .map(|p| {
                let status = tr.t(&format!("position-status-{}", p.position.status));
                PositionLine {
                    id: p.position.id,
                    title: p.position.title,
                    status,
                    places: p.position.places,
                }
            })
            .collect(),
        contacts: contacts
            .into_iter()
            .map(|(k, author)| ContactLine {
                date: tr.date(&k.happened_on),
                kind: tr.t(&format!("contact-kind-{}", k.kind)),
                author: author.unwrap_or_default(),
                notes: k.notes,
                follow_up: k.follow_up_on.map(|d| tr.date(&d)).unwrap_or_default(),
            })
            .collect(),
        stages: stage_choices(ctx, Some(c.stage())),
        kinds: ContactKind::ALL
            .into_iter()
            .map(|k| Choice {
                value: k.as_str().into(),
                label: tr.t(&format!("contact-kind-{}", k.as_str())),
                selected: false,
            })
            .collect(),
        campaigns: campaigns
            .into_iter()
            .map(|x| Choice {
                value: x.id,
                label: x.name,
                selected: false,
            })
            .collect(),
        can_edit: a.actor.can(Permission::ManageCompanies),
        can_outreach: a.actor.can(Permission::ManageOutreach),
        can_add_position: a.actor.can(Permission::EditPositions),
        can_invite: is_own || a.actor.scope(Permission::ManageUsers).is_some(),
        today: state.clock.today().to_string(),
        invite_link,
        c,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let _ = q.invite;
    html(&show_page(&state, &ctx, &granted, id, None, None).await?)
}
