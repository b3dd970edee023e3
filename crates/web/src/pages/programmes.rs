//! Programmes: list, show (with territories and partners), create, edit, add a territory.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::ids::ProgrammeId;
use domain::programme::ProgrammeFields;
use domain::{Country, Permission};
use serde::Deserialize;

use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

#[derive(Template)]
#[template(path = "programmes/list.html")]
struct ListPage {
    page: Page,
    programmes: Vec<db::programmes::Programme>,
    can_manage: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    let a = &granted.authed;
    let scope = granted.scope;
    let programmes = state
        .db
        .read(move |c| db::programmes::list(c, &scope))
        .await?;
    html(&ListPage {
        page: Page::new(&ctx, "programmes-title"),
        programmes,
        can_manage: a.actor.can(Permission::ManageProgrammes),
    })
}

#[derive(Template)]
#[template(path = "programmes/show.html")]
struct ShowPage {
    page: Page,
    p: db::programmes::Programme,
    countries: Vec<String>,
    territories: Vec<TerritoryLine>,
    partners: Vec<PartnerLine>,
    can_manage: bool,
    error: Option<String>,
}

/// A territory of the programme and its translated country.
pub struct TerritoryLine {
    pub name: String,
    pub country: String,
}

/// A partner organisation of the programme, with its translated kind.
pub struct PartnerLine {
    pub id: String,
    pub name: String,
    pub kind: String,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    error: Option<String>,
) -> Result<ShowPage, AppError> {
    let a = ctx.authed()?;
    let tr = ctx.tr();
    let scope = a.scope_for(Permission::ViewProgrammes)?;
    let org_scope = a.scope_for(Permission::ViewOrganisations)?;
    let (p, territories, partners) = state
        .db
        .read(move |c| {
            let p = db::programmes::find(c, &scope, &id)?;
            let territories = db::territories::list(c, &scope, Some(&p.id))?;
            let filter = db::organisations::Filter {
                kind: None,
                programme_id: Some(p.id.clone()),
            };
            let partners = db::organisations::list(c, &org_scope, &filter)?;
            Ok((p, territories, partners))
        })
        .await?;
    Ok(ShowPage {
        page: Page::titled(ctx, p.name.clone()),
        countries: p
            .country_list()
            .iter()
            .map(|c| tr.t(&format!("country-{}", c.to_lowercase())))
            .collect(),
        territories: territories
            .into_iter()
            .map(|t| TerritoryLine {
                name: t.name,
                country: tr.t(&format!("country-{}", t.country.as_str().to_lowercase())),
            })
            .collect(),
        partners: partners
            .into_iter()
            .map(|o| PartnerLine {
                kind: tr.t(&format!("kind-{}", o.kind.as_str().replace('_', "-"))),
                id: o.id,
                name: o.name,
            })
            .collect(),
        can_manage: a.actor.can(Permission::ManageProgrammes),
        p,
        error,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    html(&show_page(&state, &ctx, id, None).await?)
}

#[derive(Template)]
#[template(path = "programmes/form.html")]
struct FormPage {
    page: Page,
    action: String,
    f: ProgrammeFields,
    error: Option<String>,
    invalid: &'static str,
}

pub async fn new_form(ctx: Ctx) -> Result<Response, AppError> {
    let f = ProgrammeFields {
        countries: "IT,MA,TN".into(),
        currency: "EUR".into(),
        ..Default::default()
    };
    html(&FormPage {
        page: Page::new(&ctx, "programmes-new"),
        action: "/programmes".into(),
        f,
        error: None,
        invalid: "",
    })
}

fn invalid_form(
    ctx: &Ctx,
    title: &str,
    action: String,
    f: ProgrammeFields,
    e: &domain::Invalid,
) -> Result<Response, AppError> {
    let error = Some(ctx.tr().t(e.key));
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &FormPage {
            page: Page::new(ctx, title),
            action,
            f,
            error,
            invalid: e.field,
        },
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<ProgrammeFields>,
) -> Result<Response, AppError> {
    let draft = match f.parse(state.clock.today()) {
        Ok(d) => d,
        Err(e) => return invalid_form(&ctx, "programmes-new", "/programmes".into(), f, &e),
    };
    let who = ctx.acting()?;
    match app::programmes::create(&state.db, &*state.clock, &who, draft).await {
        Ok(id) => Ok(flash::redirect(
            &format!("/programmes/{id}"),
            Flash::new("flash-programme-created"),
        )),
        Err(app::Error::Conflict(_)) => invalid_form(
            &ctx,
            "programmes-new",
            "/programmes".into(),
            f,
            &domain::Invalid::new("slug", "error-slug-taken"),
        ),
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
    let p = state
        .db
        .read(move |c| db::programmes::find(c, &scope, &lookup))
        .await?;
    let f = ProgrammeFields {
        name: p.name.clone(),
        slug: p.slug.clone(),
        countries: p.countries.clone(),
        starts_on: p.starts_on.to_string(),
        ends_on: p.ends_on.to_string(),
        budget: format!("{}.{:02}", p.budget_cents / 100, p.budget_cents % 100),
        currency: p.currency.clone(),
    };
    html(&FormPage {
        page: Page::new(&ctx, "programmes-edit"),
        action: format!("/programmes/{id}"),
        f,
        error: None,
        invalid: "",
    })
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<ProgrammeFields>,
) -> Result<Response, AppError> {
    let action = format!("/programmes/{id}");
    let draft = match f.parse(state.clock.today()) {
        Ok(d) => d,
        Err(e) => return invalid_form(&ctx, "programmes-edit", action, f, &e),
    };
    let who = ctx.acting()?;
    let target = ProgrammeId::new(id.clone());
    match app::programmes::update(&state.db, &*state.clock, &who, &target, draft).await {
        Ok(()) => Ok(flash::redirect(&action, Flash::new("flash-saved"))),
        Err(app::Error::Conflict(_)) => invalid_form(
            &ctx,
            "programmes-edit",
            action,
            f,
            &domain::Invalid::new("slug", "error-slug-taken"),
        ),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TerritoryForm {
    name: String,
    country: String,
}

pub async fn add_territory(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<TerritoryForm>,
) -> Result<Response, AppError> {
    let parsed =
        domain::programme::parse_name(&f.name).and_then(|n| Ok((n, Country::parse(&f.country)?)));
    let (name, country) = match parsed {
        Ok(v) => v,
        Err(e) => {
            let msg = ctx.tr().t(e.key);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &show_page(&state, &ctx, id, Some(msg)).await?,
            );
        }
    };
    let who = ctx.acting()?;
    let pid = ProgrammeId::new(id.clone());
    let result =
        app::programmes::add_territory(&state.db, &*state.clock, &who, &pid, name, country).await;
    match result {
        Ok(_) => Ok(flash::redirect(
            &format!("/programmes/{id}"),
            Flash::new("flash-territory-added"),
        )),
        Err(app::Error::Conflict(rule)) => {
            let msg = ctx.tr().t(rule.key());
            html_status(
                StatusCode::CONFLICT,
                &show_page(&state, &ctx, id, Some(msg)).await?,
            )
        }
        Err(e) => Err(e.into()),
    }
}
