//! Traineeship positions: companies draft and submit them, promoters approve and open
//! them, each step checked against the regional rules and the company's checklist.

use app::error::Rule;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::positions::{Filter, Listed};
use domain::cefr::Cefr;
use domain::ids::{OrganisationId, PositionId};
use domain::permission::Actor;
use domain::position::{PositionFields, PositionStatus, Transition};
use domain::{Conflict, Permission};
use serde::Deserialize;

use super::view::{Action, Choice};
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

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
    granted: Granted,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let s = granted.scope;
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
        can_import: granted.authed.actor.can(Permission::EditPositions),
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
    originals: Vec<Choice>,
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
        originals: super::translations::original_choices(&f.lang),
        f,
        levels: Cefr::ALL.iter().map(|c| c.as_str()).collect(),
        error,
        invalid,
    }
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<NewQuery>,
) -> Result<Response, AppError> {
    let s = granted.scope;
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
        // Staff write in the language they work in, as a rule.
        lang: ctx.locale.tag().to_owned(),
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

/// The message of a refusal by the rules, and the field to mark; `None` for other errors.
fn refusal(ctx: &Ctx, e: &app::Error) -> Option<(String, &'static str)> {
    let tr = ctx.tr();
    match e {
        app::Error::Invalid(i) => Some((tr.t(i.key), i.field)),
        app::Error::Rule(Rule::Breach(b)) => {
            let msg = if b.invalid.key == "error-allowance-below-minimum" {
                tr.t1(b.invalid.key, "amount", &tr.money(&b.figure, "EUR"))
            } else {
                tr.tn(b.invalid.key, "count", b.figure)
            };
            Some((msg, b.invalid.field))
        }
        app::Error::Rule(r) => Some((tr.t(crate::error::rule_key(r)), "")),
        _ => None,
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
    let company = OrganisationId::new(f.company_id.clone());
    let who = ctx.acting()?;
    match app::positions::create(&state.db, &*state.clock, &who, &company, &f.fields).await {
        Ok(id) => Ok(flash::redirect(
            &format!("/positions/{id}"),
            Flash::new("flash-position-created"),
        )),
        Err(e) => {
            let Some((msg, field)) = refusal(&ctx, &e) else {
                return Err(e.into());
            };
            let c = match company_of(&state, &ctx, f.company_id).await {
                Ok(c) => c,
                // No company to show the form for: the refusal itself, naming the field.
                Err(AppError::NotFound) => {
                    return Err(match e {
                        app::Error::Invalid(i) => AppError::Invalid(i),
                        e => e.into(),
                    });
                }
                Err(other) => return Err(other),
            };
            let page = form(
                &ctx,
                "positions-new",
                "/positions".into(),
                &c,
                f.fields,
                Some(msg),
                field,
            );
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// The company a form is about, for showing the form again.
async fn company_of(
    state: &AppState,
    ctx: &Ctx,
    company_id: String,
) -> Result<db::companies::Company, AppError> {
    let s = ctx.scope_for(Permission::EditPositions)?;
    Ok(state
        .db
        .read(move |c| db::companies::find(c, &s, &company_id))
        .await?)
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
    actions: Vec<Action>,
    can_edit: bool,
    can_rank: bool,
    /// May edit the versions in other languages; how many languages still miss one.
    can_translate: bool,
    missing_note: Option<String>,
    description: super::localized::Localized,
    error: Option<String>,
}

/// The transitions the actor may make from the position's status.
fn actions(ctx: &Ctx, actor: &Actor, status: PositionStatus) -> Vec<Action> {
    let tr = ctx.tr();
    Transition::ALL
        .into_iter()
        .filter(|t| t.apply(status).is_some())
        .filter(|t| actor.roles().into_iter().any(|r| t.allowed_for(r)))
        .map(|t| Action {
            value: t.as_str(),
            label: tr.t(&format!("transition-{}", t.as_str())),
        })
        .collect()
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    error: Option<String>,
) -> Result<ShowPage, AppError> {
    let a = ctx.authed()?;
    let s = ctx.scope_for(Permission::ViewPositions)?;
    let (
        Listed {
            position: p,
            company_name,
        },
        sheet,
    ) = state
        .db
        .read(move |c| {
            let found = db::positions::find(c, &s, &id)?;
            let subject = app::content::Subject::Position(found.position.id.clone());
            let sheet = app::content::sheet(c, &s, &subject)?;
            Ok((found, sheet))
        })
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
        can_translate: a.actor.can(Permission::EditPositions),
        missing_note: super::translations::missing_note(&tr, sheet.missing().len()),
        description: super::localized::Localized::original(&p.description, p.lang),
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

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let (p, c) = state
        .db
        .read(move |conn| {
            let p = db::positions::find(conn, &s, &id)?.position;
            let c = db::companies::find(conn, &s, &p.company_id)?;
            Ok((p, c))
        })
        .await?;
    if !p.status.editable() {
        return Err(AppError::Conflict(domain::Conflict::PositionNotEditable));
    }
    html(&form(
        &ctx,
        "positions-edit",
        format!("/positions/{}", p.id),
        &c,
        app::positions::fields_of(&p),
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
    let who = ctx.acting()?;
    let position = PositionId::new(id.clone());
    let action = format!("/positions/{id}");
    match app::positions::update(&state.db, &*state.clock, &who, &position, &f.fields).await {
        Ok(()) => Ok(flash::redirect(&action, Flash::new("flash-saved"))),
        Err(e) => {
            let Some((msg, field)) = refusal(&ctx, &e) else {
                return Err(e.into());
            };
            let s = ctx.scope_for(Permission::EditPositions)?;
            let c = state
                .db
                .read(move |conn| {
                    let p = db::positions::find(conn, &s, &id)?.position;
                    db::companies::find(conn, &s, &p.company_id)
                })
                .await?;
            let page = form(
                &ctx,
                "positions-edit",
                action,
                &c,
                f.fields,
                Some(msg),
                field,
            );
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
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
    let t = Transition::parse(&f.action)?;
    let who = ctx.acting()?;
    let position = PositionId::new(id.clone());
    match app::positions::transition(&state.db, &*state.clock, &who, &position, t, &f.note).await {
        Ok(_) => {
            let done = match t {
                Transition::Submit => "flash-position-submit",
                Transition::Return => "flash-position-return",
                Transition::Approve => "flash-position-approve",
                Transition::Open => "flash-position-open",
                Transition::Fill => "flash-position-fill",
                Transition::Withdraw => "flash-position-withdraw",
            };
            Ok(crate::flash::redirect(
                &format!("/positions/{id}"),
                crate::flash::Flash::new(done),
            ))
        }
        Err(app::Error::Conflict(Conflict::Transition)) => {
            let msg = ctx.tr().t(Conflict::Transition.key());
            html_status(
                StatusCode::CONFLICT,
                &show_page(&state, &ctx, id, Some(msg)).await?,
            )
        }
        Err(e) => match refusal(&ctx, &e) {
            Some((msg, _)) => html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &show_page(&state, &ctx, id, Some(msg)).await?,
            ),
            None => Err(e.into()),
        },
    }
}
