//! Traineeship positions: companies draft and submit them, promoters approve and open
//! them, each step checked against the regional rules and the company's checklist.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::positions::{Filter, Listed};
use domain::Permission;
use domain::cefr::Cefr;
use domain::host_rules::{self, CompanyFacts, RegionalRules};
use domain::permission::{Actor, Scope};
use domain::position::{self, PositionDraft, PositionFields, PositionStatus, Transition};
use serde::Deserialize;

use super::organisations::Choice;
use super::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

fn scope(ctx: &Ctx, p: Permission) -> Result<Scope, AppError> {
    ctx.authed()?.actor.scope(p).ok_or(AppError::Forbidden)
}

fn status_label(ctx: &Ctx, s: &str) -> String {
    ctx.tr().t(&format!("position-status-{s}"))
}

pub struct Row {
    pub id: String,
    pub title: String,
    pub company: String,
    pub city: String,
    pub status: String,
    pub places: i32,
    pub starts_on: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    status: String,
    imported: Option<i64>,
}

#[derive(Template)]
#[template(path = "positions/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    statuses: Vec<Choice>,
    total_places: i64,
    status_value: String,
    imported: Option<i64>,
    can_import: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let s = scope(&ctx, Permission::ViewPositions)?;
    let status = PositionStatus::parse(&q.status).ok();
    let filter = Filter {
        company_id: None,
        status,
    };
    let rows = state
        .db
        .read(move |c| db::positions::list(c, &s, &filter))
        .await?;
    let tr = ctx.tr();
    html(&ListPage {
        total_places: rows.iter().map(|r| i64::from(r.position.places)).sum(),
        rows: rows
            .into_iter()
            .map(|r| Row {
                status: status_label(&ctx, r.position.status.as_str()),
                starts_on: tr.date(&r.position.starts_on),
                id: r.position.id,
                title: r.position.title,
                company: r.company_name,
                city: r.position.city,
                places: r.position.places,
            })
            .collect(),
        statuses: PositionStatus::ALL
            .into_iter()
            .map(|s| Choice {
                value: s.as_str().into(),
                label: status_label(&ctx, s.as_str()),
                selected: Some(s) == status,
            })
            .collect(),
        status_value: status.map(|s| s.as_str().to_owned()).unwrap_or_default(),
        imported: q.imported,
        can_import: ctx.authed()?.actor.can(Permission::EditPositions),
        page: Page::new(&ctx, "positions-title"),
    })
}

#[derive(Template)]
#[template(path = "positions/form.html")]
struct FormPage {
    page: Page,
    action: String,
    company_id: String,
    company_name: String,
    f: PositionFields,
    levels: Vec<&'static str>,
    error: Option<String>,
    invalid: &'static str,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    company: String,
}

fn form(
    ctx: &Ctx,
    title: &str,
    action: String,
    company: &db::companies::Company,
    f: PositionFields,
    error: Option<String>,
    invalid: &'static str,
) -> FormPage {
    FormPage {
        page: Page::new(ctx, title),
        action,
        company_id: company.organisation.id.clone(),
        company_name: company.organisation.name.clone(),
        f,
        levels: Cefr::ALL.iter().map(|c| c.as_str()).collect(),
        error,
        invalid,
    }
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NewQuery>,
) -> Result<Response, AppError> {
    let s = scope(&ctx, Permission::EditPositions)?;
    let company = state
        .db
        .read(move |c| db::companies::find(c, &s, &q.company))
        .await?;
    let f = PositionFields {
        city: company.organisation.city.clone(),
        duration_months: "6".into(),
        hours_per_week: "30".into(),
        min_italian: "A2".into(),
        education_level: "6".into(),
        places: "1".into(),
        ..Default::default()
    };
    html(&form(
        &ctx,
        "positions-new",
        "/positions".into(),
        &company,
        f,
        None,
        "",
    ))
}

/// What checking a position against the rules needs about its company.
struct Context {
    company: db::companies::Company,
    rules: Option<RegionalRules>,
    held: i32,
}

fn load_context(
    conn: &mut db::DbConn,
    scope: &Scope,
    company_id: &str,
    except: Option<&str>,
) -> Result<Context, db::DbError> {
    let company = db::companies::find(conn, scope, company_id)?;
    let rules = match company.profile.as_ref().and_then(|p| p.region.clone()) {
        Some(r) => db::rules::find(conn, &r)?,
        None => None,
    };
    let held = db::companies::places_held(conn, company_id, except)?;
    Ok(Context {
        company,
        rules,
        held,
    })
}

/// The rule a draft breaks, as a translated message and the field to mark.
fn breach(ctx: &Ctx, c: &Context, d: &PositionDraft) -> Option<(String, &'static str)> {
    let (Some(rules), Some(employees)) = (
        &c.rules,
        c.company.profile.as_ref().and_then(|p| p.employees),
    ) else {
        return None;
    };
    position::check_rules(d, rules, employees, c.held)
        .err()
        .map(|b| {
            let tr = ctx.tr();
            let msg = if b.invalid.key == "error-allowance-below-minimum" {
                tr.t1(b.invalid.key, "amount", &tr.money(&b.figure, "EUR"))
            } else {
                tr.tn(b.invalid.key, "count", b.figure)
            };
            (msg, b.invalid.field)
        })
}

/// The fields parsed and checked against the company's rules, or the message and the
/// field to mark.
fn checked(
    ctx: &Ctx,
    c: &Context,
    fields: &PositionFields,
) -> Result<PositionDraft, (String, &'static str)> {
    let draft = fields.parse().map_err(|e| (ctx.tr().t(e.key), e.field))?;
    match breach(ctx, c, &draft) {
        Some(b) => Err(b),
        None => Ok(draft),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PositionForm {
    company_id: String,
    #[serde(flatten)]
    fields: PositionFields,
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<PositionForm>,
) -> Result<Response, AppError> {
    let s = scope(&ctx, Permission::EditPositions)?;
    let company_id = f.company_id.clone();
    let c = state
        .db
        .read(move |conn| load_context(conn, &s, &company_id, None))
        .await?;
    let draft = match checked(&ctx, &c, &f.fields) {
        Ok(d) => d,
        Err((msg, field)) => {
            let page = form(
                &ctx,
                "positions-new",
                "/positions".into(),
                &c.company,
                f.fields,
                Some(msg),
                field,
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let company_id = c.company.organisation.id.clone();
    let id = state
        .db
        .write(ctx.origin(), move |tx| {
            let programme = db::programmes::ids_of_organisation(tx.conn, &company_id)?
                .into_iter()
                .next()
                .ok_or(db::DbError::NotFound)?;
            db::positions::create(tx, &programme, &company_id, &draft)
        })
        .await?;
    Ok(see_other(&format!("/positions/{id}")))
}

#[derive(Template)]
#[template(path = "positions/show.html")]
struct ShowPage {
    page: Page,
    p: db::positions::Position,
    company: String,
    status: String,
    allowance: String,
    starts_on: String,
    actions: Vec<(&'static str, String)>,
    can_edit: bool,
    can_rank: bool,
    error: Option<String>,
}

/// The transitions the actor may make from the position's status.
fn actions(ctx: &Ctx, actor: &Actor, status: PositionStatus) -> Vec<(&'static str, String)> {
    let tr = ctx.tr();
    Transition::ALL
        .into_iter()
        .filter(|t| t.apply(status).is_some())
        .filter(|t| actor.roles().into_iter().any(|r| t.allowed_for(r)))
        .map(|t| (t.as_str(), tr.t(&format!("transition-{}", t.as_str()))))
        .collect()
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    error: Option<String>,
) -> Result<ShowPage, AppError> {
    let a = ctx.authed()?;
    let s = scope(ctx, Permission::ViewPositions)?;
    let Listed {
        position: p,
        company_name,
    } = state
        .db
        .read(move |c| db::positions::find(c, &s, &id))
        .await?;
    let tr = ctx.tr();
    let status = p.status;
    Ok(ShowPage {
        page: Page::titled(ctx, p.title.clone()),
        company: company_name,
        status: status_label(ctx, p.status.as_str()),
        allowance: tr.money(&p.allowance_cents, "EUR"),
        starts_on: tr.date(&p.starts_on),
        actions: actions(ctx, &a.actor, status),
        can_edit: status.editable() && a.actor.can(Permission::EditPositions),
        can_rank: status == PositionStatus::Open && a.actor.can(Permission::EditPositions),
        error,
        p,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    html(&show_page(&state, &ctx, id, None).await?)
}

fn fields_of(p: &db::positions::Position) -> PositionFields {
    PositionFields {
        title: p.title.clone(),
        occupation: p.occupation.clone(),
        isco_code: p.isco_code.clone().unwrap_or_default(),
        required_skills: p.required_skills.clone(),
        desired_skills: p.desired_skills.clone(),
        min_italian: p.min_italian.to_string(),
        education_level: p.education_level.to_string(),
        city: p.city.clone(),
        workplace: p.workplace.clone(),
        starts_on: p.starts_on.to_string(),
        duration_months: p.duration_months.to_string(),
        hours_per_week: p.hours_per_week.to_string(),
        allowance: format!("{}.{:02}", p.allowance_cents / 100, p.allowance_cents % 100),
        board: if p.board { "on".into() } else { String::new() },
        lodging: if p.lodging {
            "on".into()
        } else {
            String::new()
        },
        tutor_name: p.tutor_name.clone(),
        places: p.places.to_string(),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = scope(&ctx, Permission::EditPositions)?;
    let (p, c) = state
        .db
        .read(move |conn| {
            let p = db::positions::find(conn, &s, &id)?.position;
            let c = db::companies::find(conn, &s, &p.company_id)?;
            Ok((p, c))
        })
        .await?;
    if !p.status.editable() {
        return Err(AppError::Conflict("error-position-not-editable"));
    }
    html(&form(
        &ctx,
        "positions-edit",
        format!("/positions/{}", p.id),
        &c,
        fields_of(&p),
        None,
        "",
    ))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<PositionForm>,
) -> Result<Response, AppError> {
    let s = scope(&ctx, Permission::EditPositions)?;
    let lookup = id.clone();
    let (p, c) = state
        .db
        .read(move |conn| {
            let p = db::positions::find(conn, &s, &lookup)?.position;
            let c = load_context(conn, &s, &p.company_id, Some(&p.id))?;
            Ok((p, c))
        })
        .await?;
    if !p.status.editable() {
        return Err(AppError::Conflict("error-position-not-editable"));
    }
    let action = format!("/positions/{id}");
    let draft = match checked(&ctx, &c, &f.fields) {
        Ok(d) => d,
        Err((msg, field)) => {
            let page = form(
                &ctx,
                "positions-edit",
                action,
                &c.company,
                f.fields,
                Some(msg),
                field,
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    state
        .db
        .write(ctx.origin(), move |tx| {
            db::positions::update(tx, &id, &draft)
        })
        .await?;
    Ok(see_other(&action))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TransitionForm {
    action: String,
    note: String,
}

pub async fn transition(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<TransitionForm>,
) -> Result<Response, AppError> {
    let a = ctx.authed()?;
    let s = scope(&ctx, Permission::ViewPositions)?;
    let t = Transition::parse(&f.action)?;
    if !a.actor.roles().into_iter().any(|r| t.allowed_for(r)) {
        return Err(AppError::Forbidden);
    }
    let lookup = id.clone();
    let (p, c) = state
        .db
        .read(move |conn| {
            let p = db::positions::find(conn, &s, &lookup)?.position;
            let c = load_context(conn, &s, &p.company_id, Some(&p.id))?;
            Ok((p, c))
        })
        .await?;
    let Some(next) = t.apply(p.status) else {
        let msg = ctx.tr().t("error-transition");
        return html_status(
            StatusCode::CONFLICT,
            &show_page(&state, &ctx, id, Some(msg)).await?,
        );
    };
    // Submitting and approving hold places: the rules must be met then.
    if matches!(t, Transition::Submit | Transition::Approve) {
        let draft = fields_of(&p).parse().map_err(AppError::from)?;
        let refusal = if c.rules.is_none()
            || c.company
                .profile
                .as_ref()
                .and_then(|x| x.employees)
                .is_none()
        {
            Some(ctx.tr().t("error-company-profile-incomplete"))
        } else {
            breach(&ctx, &c, &draft).map(|(m, _)| m)
        };
        let refusal = refusal.or_else(|| {
            let p = c.company.profile.clone().unwrap_or_default();
            let facts = CompanyFacts {
                vat_valid: p.vat_number.is_some(),
                employees: p.employees,
                region: p.region.clone(),
            };
            let eligible = host_rules::all_passed(&host_rules::evaluate(
                c.rules.as_ref(),
                &facts,
                &p.declarations(),
            ));
            // A company that fails its checklist cannot get positions approved.
            (t == Transition::Approve && !eligible)
                .then(|| ctx.tr().t("error-company-not-eligible"))
        });
        if let Some(msg) = refusal {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &show_page(&state, &ctx, id, Some(msg)).await?,
            );
        }
    }
    let note: String = f.note.trim().chars().take(2000).collect();
    let target = id.clone();
    state
        .db
        .write(ctx.origin(), move |tx| {
            db::positions::set_status(tx, &target, next, &note)
        })
        .await?;
    Ok(see_other(&format!("/positions/{id}")))
}
