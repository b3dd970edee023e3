//! User accounts and memberships, for administrators and coordinators (within their
//! programmes): list, create, show, add or remove a role, disable or enable.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::organisations::Filter;
use domain::ids::{OrganisationId, UserId};
use domain::password::NewPassword;
use domain::permission::Actor;
use domain::{Email, Permission, Role};
use serde::Deserialize;

use super::view::{Choice, MembershipLine};
use super::{confirm, see_other};
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};

fn role_label(ctx: &Ctx, role: &str) -> String {
    ctx.tr().t(&format!("role-{}", role.replace('_', "-")))
}

/// Roles the actor may hand out: only administrators make administrators.
fn grantable(actor: &Actor) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|r| *r != Role::Admin || actor.is_admin())
        .collect()
}

#[derive(Template)]
#[template(path = "users/list.html")]
struct ListPage {
    page: Page,
    users: Vec<db::users::User>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
) -> Result<Response, AppError> {
    let a = &granted.authed;
    let scope = granted.scope;
    let me = a.user.id.clone();
    let users = state
        .db
        .read(move |c| db::users::list(c, &scope, &me))
        .await?;
    html(&ListPage {
        page: Page::new(&ctx, "users-title"),
        users,
    })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct UserForm {
    email: String,
    display_name: String,
    password: String,
    organisation_id: String,
    role: String,
}

#[derive(Template)]
#[template(path = "users/form.html")]
struct FormPage {
    page: Page,
    f: UserForm,
    organisations: Vec<Choice>,
    roles: Vec<Choice>,
    error: Option<String>,
    invalid: &'static str,
}

async fn choices(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    role: &str,
) -> Result<(Vec<Choice>, Vec<Choice>), AppError> {
    let a = ctx.authed()?;
    let scope = a.scope_for(Permission::ManageUsers)?;
    let orgs = state
        .db
        .read(move |c| db::organisations::list(c, &scope, &Filter::default()))
        .await?;
    let organisations = orgs
        .into_iter()
        .map(|o| Choice {
            selected: o.id == org,
            label: o.name,
            value: o.id,
        })
        .collect();
    let roles = grantable(&a.actor)
        .into_iter()
        .map(|r| Choice {
            value: r.as_str().into(),
            label: role_label(ctx, r.as_str()),
            selected: r.as_str() == role,
        })
        .collect();
    Ok((organisations, roles))
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    f: UserForm,
    error: Option<&domain::Invalid>,
) -> Result<FormPage, AppError> {
    let (organisations, roles) = choices(state, ctx, &f.organisation_id, &f.role).await?;
    Ok(FormPage {
        page: Page::new(ctx, "users-new"),
        f: UserForm {
            password: String::new(),
            ..f
        },
        organisations,
        roles,
        error: error.map(|e| ctx.tr().t(e.key)),
        invalid: error.map_or("", |e| e.field),
    })
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    html(&form_page(&state, &ctx, UserForm::default(), None).await?)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<UserForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let parsed = (|| {
        Ok::<_, domain::Invalid>((
            Email::parse(&f.email)?,
            domain::programme::parse_name(&f.display_name)?,
            NewPassword::parse(&f.password)?,
            Role::parse(&f.role)?,
        ))
    })();
    let (email, name, password, role) = match parsed {
        Ok(v) => v,
        Err(e) => {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, &ctx, f, Some(&e)).await?,
            );
        }
    };
    let mut salt = [0u8; 16];
    db::id::fill_random(&mut salt);
    let hash = tokio::task::spawn_blocking(move || password.hash(salt))
        .await
        .map_err(|_| AppError::Internal("hash task failed".into()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let new = app::accounts::NewAccount {
        email,
        display_name: name,
        password_hash: hash,
        organisation: OrganisationId::new(f.organisation_id.clone()),
        role,
    };
    match app::accounts::create(&state.db, &*state.clock, &who, new).await {
        Ok(id) => Ok(see_other(&format!("/users/{id}"))),
        Err(app::Error::Invalid(invalid)) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&state, &ctx, f, Some(&invalid)).await?,
        ),
        Err(app::Error::Conflict(_)) => {
            let e = domain::Invalid::new("email", "error-email-taken");
            html_status(
                StatusCode::CONFLICT,
                &form_page(&state, &ctx, f, Some(&e)).await?,
            )
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "users/show.html")]
struct ShowPage {
    page: Page,
    u: db::users::User,
    memberships: Vec<MembershipLine>,
    organisations: Vec<Choice>,
    roles: Vec<Choice>,
    is_self: bool,
    error: Option<String>,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    error: Option<String>,
) -> Result<ShowPage, AppError> {
    let a = ctx.authed()?;
    a.scope_for(Permission::ManageUsers)?;
    let actor = a.actor.clone();
    let (u, ms) = state
        .db
        .read(move |c| {
            let u = app::accounts::reach(c, &actor, &UserId::new(id))?;
            let ms = db::memberships::of_user(c, &u.id)?;
            Ok((u, ms))
        })
        .await?;
    let (organisations, roles) = choices(state, ctx, "", "").await?;
    Ok(ShowPage {
        page: Page::titled(ctx, u.display_name.clone()),
        memberships: ms
            .into_iter()
            .map(|m| MembershipLine {
                role: role_label(ctx, m.role.as_str()),
                id: m.id,
                organisation: m.organisation_name,
            })
            .collect(),
        organisations,
        roles,
        is_self: u.id == a.user.id,
        u,
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

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MembershipForm {
    organisation_id: String,
    role: String,
}

pub async fn add_membership(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<MembershipForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let role = match Role::parse(&f.role) {
        Ok(r) => r,
        Err(e) => {
            let msg = ctx.tr().t(e.key);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &show_page(&state, &ctx, id, Some(msg)).await?,
            );
        }
    };
    let target = UserId::new(id.clone());
    let org = OrganisationId::new(f.organisation_id);
    let result =
        app::accounts::add_membership(&state.db, &*state.clock, &who, &target, &org, role).await;
    match result {
        Ok(()) => Ok(see_other(&format!("/users/{id}"))),
        Err(app::Error::Invalid(invalid)) => {
            let msg = ctx.tr().t(invalid.key);
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &show_page(&state, &ctx, id, Some(msg)).await?,
            )
        }
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

pub async fn remove_membership(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, membership)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = UserId::new(id.clone());
    app::accounts::remove_membership(&state.db, &*state.clock, &who, &target, &membership).await?;
    Ok(see_other(&format!("/users/{id}")))
}

#[derive(Deserialize)]
pub struct DisableForm {
    #[serde(default)]
    confirmed: Option<String>,
}

/// Disabling an account signs its person out and stops their tokens: it is confirmed on a
/// page of its own first.
pub async fn disable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<DisableForm>,
) -> Result<Response, AppError> {
    if !confirm::confirmed(f.confirmed.as_deref()) {
        let actor = ctx.authed()?.actor.clone();
        let target = UserId::new(id.clone());
        let user = state
            .db
            .read(move |c| app::accounts::reach(c, &actor, &target))
            .await?;
        let tr = ctx.tr();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("users-disable-question", "name", &user.display_name),
                lines: vec![tr.t("users-disable-hint")],
                warnings: Vec::new(),
                action: format!("/users/{id}/disable"),
                hidden: Vec::new(),
                reason: None,
                confirm: tr.t("action-disable"),
                cancel: format!("/users/{id}"),
                danger: true,
                name: "disable-user",
            },
        );
    }
    let who = ctx.acting()?;
    let target = UserId::new(id.clone());
    app::accounts::set_disabled(&state.db, &*state.clock, &who, &target, true).await?;
    Ok(flash::redirect(
        &format!("/users/{id}"),
        Flash::new("flash-user-disabled"),
    ))
}

pub async fn enable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = UserId::new(id.clone());
    app::accounts::set_disabled(&state.db, &*state.clock, &who, &target, false).await?;
    Ok(flash::redirect(
        &format!("/users/{id}"),
        Flash::new("flash-user-enabled"),
    ))
}
