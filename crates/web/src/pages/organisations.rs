//! Organisations of the partnership: list (filterable by kind), show, create, edit.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::organisations::{Filter, OrganisationDraft};
use domain::ids::{OrganisationId, ProgrammeId};
use domain::{Country, OrganisationKind, Permission};
use serde::Deserialize;

use super::view::{Choice, Link};
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

pub struct Row {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
}

#[derive(Template)]
#[template(path = "organisations/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    kinds: Vec<Choice>,
    can_manage: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    kind: String,
}

fn kind_label(ctx: &Ctx, kind: &str) -> String {
    ctx.tr().t(&format!("kind-{}", kind.replace('_', "-")))
}

fn kind_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    OrganisationKind::ALL
        .into_iter()
        .map(|k| Choice {
            value: k.as_str().into(),
            label: kind_label(ctx, k.as_str()),
            selected: k.as_str() == selected,
        })
        .collect()
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let a = &granted.authed;
    let scope = granted.scope;
    let filter = Filter {
        kind: OrganisationKind::parse(&q.kind).ok(),
        programme_id: None,
    };
    let orgs = state
        .db
        .read(move |c| db::organisations::list(c, &scope, &filter))
        .await?;
    let tr = ctx.tr();
    let rows = orgs
        .into_iter()
        .map(|o| Row {
            kind: kind_label(&ctx, o.kind.as_str()),
            country: tr.t(&format!("country-{}", o.country.as_str().to_lowercase())),
            id: o.id,
            name: o.name,
            city: o.city,
        })
        .collect();
    html(&ListPage {
        page: Page::new(&ctx, "organisations-title"),
        rows,
        kinds: kind_choices(&ctx, &q.kind),
        can_manage: a.actor.can(Permission::ManageOrganisations),
    })
}

#[derive(Template)]
#[template(path = "organisations/show.html")]
struct ShowPage {
    page: Page,
    o: db::organisations::Organisation,
    kind: String,
    country: String,
    territory: Option<String>,
    programmes: Vec<Link>,
    can_manage: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let a = &granted.authed;
    let scope = granted.scope;
    let p_scope = granted.authed.scope_for(Permission::ViewProgrammes)?;
    let (o, territory, programmes) = state
        .db
        .read(move |c| {
            let o = db::organisations::find(c, &scope, &id)?;
            let ids = db::programmes::ids_of_organisation(c, &o.id)?;
            let programmes: Vec<Link> = db::programmes::list(c, &p_scope)?
                .into_iter()
                .filter(|p| ids.contains(&p.id))
                .map(|p| Link {
                    id: p.id,
                    name: p.name,
                })
                .collect();
            let territory = match &o.territory_id {
                Some(t) => db::territories::list(c, &p_scope, None)?
                    .into_iter()
                    .find(|x| &x.id == t)
                    .map(|x| x.name),
                None => None,
            };
            Ok((o, territory, programmes))
        })
        .await?;
    html(&ShowPage {
        page: Page::titled(&ctx, o.name.clone()),
        kind: kind_label(&ctx, o.kind.as_str()),
        country: ctx
            .tr()
            .t(&format!("country-{}", o.country.as_str().to_lowercase())),
        territory,
        programmes,
        can_manage: a.actor.can(Permission::ManageOrganisations),
        o,
    })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct OrganisationForm {
    name: String,
    kind: String,
    country: String,
    territory_id: String,
    city: String,
    programme_id: String,
}

impl OrganisationForm {
    fn parse(&self) -> Result<OrganisationDraft, domain::Invalid> {
        Ok(OrganisationDraft {
            name: domain::programme::parse_name(&self.name)?,
            kind: OrganisationKind::parse(&self.kind)?,
            country: Country::parse(&self.country)?,
            territory_id: Some(self.territory_id.trim().to_owned()).filter(|t| !t.is_empty()),
            city: self.city.trim().to_owned(),
        })
    }
}

#[derive(Template)]
#[template(path = "organisations/form.html")]
struct FormPage {
    page: Page,
    action: String,
    f: OrganisationForm,
    kinds: Vec<Choice>,
    territories: Vec<Choice>,
    programmes: Vec<Choice>,
    creating: bool,
    error: Option<String>,
    invalid: &'static str,
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    title: &str,
    action: String,
    f: OrganisationForm,
    error: Option<&domain::Invalid>,
) -> Result<FormPage, AppError> {
    let a = ctx.authed()?;
    let scope = a
        .actor
        .scope(Permission::ManageProgrammes)
        .or_else(|| a.actor.scope(Permission::ViewProgrammes))
        .ok_or(AppError::Forbidden)?;
    let (programmes, territories) = state
        .db
        .read(move |c| {
            Ok((
                db::programmes::list(c, &scope)?,
                db::territories::list(c, &scope, None)?,
            ))
        })
        .await?;
    let tr = ctx.tr();
    Ok(FormPage {
        page: Page::new(ctx, title),
        kinds: kind_choices(ctx, &f.kind),
        territories: territories
            .into_iter()
            .map(|t| Choice {
                selected: t.id == f.territory_id,
                label: format!("{} ({})", t.name, t.country),
                value: t.id,
            })
            .collect(),
        programmes: Choice::programmes(programmes, &f.programme_id),
        creating: action == "/organisations",
        action,
        f,
        error: error.map(|e| tr.t(e.key)),
        invalid: error.map_or("", |e| e.field),
    })
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let f = OrganisationForm {
        country: "IT".into(),
        ..Default::default()
    };
    html(
        &form_page(
            &state,
            &ctx,
            "organisations-new",
            "/organisations".into(),
            f,
            None,
        )
        .await?,
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<OrganisationForm>,
) -> Result<Response, AppError> {
    let draft = match f.parse() {
        Ok(d) => d,
        Err(e) => {
            let page = form_page(
                &state,
                &ctx,
                "organisations-new",
                "/organisations".into(),
                f,
                Some(&e),
            )
            .await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let who = ctx.acting()?;
    // The organisation joins a programme the person manages, or none.
    let programme = (!f.programme_id.is_empty()).then(|| ProgrammeId::new(f.programme_id.clone()));
    match app::organisations::create(&state.db, &*state.clock, &who, draft, programme.as_ref())
        .await
    {
        Ok(id) => Ok(flash::redirect(
            &format!("/organisations/{id}"),
            Flash::new("flash-organisation-created"),
        )),
        Err(app::Error::Invalid(e)) => {
            let page = form_page(
                &state,
                &ctx,
                "organisations-new",
                "/organisations".into(),
                f,
                Some(&e),
            )
            .await?;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let lookup = id.clone();
    let o = state
        .db
        .read(move |c| db::organisations::find(c, &scope, &lookup))
        .await?;
    let f = OrganisationForm {
        name: o.name,
        kind: o.kind.into(),
        country: o.country.into(),
        territory_id: o.territory_id.unwrap_or_default(),
        city: o.city,
        programme_id: String::new(),
    };
    html(
        &form_page(
            &state,
            &ctx,
            "organisations-edit",
            format!("/organisations/{id}"),
            f,
            None,
        )
        .await?,
    )
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<OrganisationForm>,
) -> Result<Response, AppError> {
    let action = format!("/organisations/{id}");
    let draft = match f.parse() {
        Ok(d) => d,
        Err(e) => {
            let page = form_page(&state, &ctx, "organisations-edit", action, f, Some(&e)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let who = ctx.acting()?;
    let target = OrganisationId::new(id.clone());
    match app::organisations::update(&state.db, &*state.clock, &who, &target, draft).await {
        Ok(()) => Ok(flash::redirect(&action, Flash::new("flash-saved"))),
        Err(app::Error::Invalid(e)) => {
            let page = form_page(&state, &ctx, "organisations-edit", action, f, Some(&e)).await?;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e.into()),
    }
}
