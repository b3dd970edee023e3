//! User accounts and memberships, for administrators and coordinators (within their
//! programmes): list, create, show, add or remove a role, disable or enable.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::organisations::Filter;
use domain::ids::UserId;
use domain::password::NewPassword;
use domain::permission::Actor;
use domain::{Email, Permission, Role};
use serde::Deserialize;

use super::see_other;
use super::view::{Choice, MembershipLine};
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

/// Checks that the organisation is within reach and the role fits it.
fn check_grant(
    conn: &mut db::DbConn,
    actor: &Actor,
    organisation_id: &str,
    role: Role,
) -> Result<Result<(), domain::Invalid>, db::DbError> {
    let scope = actor
        .scope(Permission::ManageUsers)
        .unwrap_or(domain::permission::Scope::OwnAccount);
    let org = match db::organisations::find(conn, &scope, organisation_id) {
        Ok(o) => o,
        Err(db::DbError::NotFound) => {
            return Ok(Err(domain::Invalid::new(
                "organisation_id",
                "error-invalid-organisation",
            )));
        }
        Err(e) => return Err(e),
    };
    if role == Role::Admin && !actor.is_admin() {
        return Ok(Err(domain::Invalid::new("role", "error-invalid-role")));
    }
    let fits = org.kind.allows_role(role);
    Ok(if fits {
        Ok(())
    } else {
        Err(domain::Invalid::new(
            "role",
            "error-role-not-for-organisation",
        ))
    })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Form(f): Form<UserForm>,
) -> Result<Response, AppError> {
    let actor = granted.authed.actor.clone();
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
    let org = f.organisation_id.clone();
    let result = state
        .db
        .write(ctx.origin(), move |tx| {
            if let Err(invalid) = check_grant(tx.conn, &actor, &org, role)? {
                return Ok(Err(invalid));
            }
            let id = db::users::create(tx, &email, &name, &hash, None)?;
            db::memberships::add(tx, &id, &org, role)?;
            Ok(Ok(id))
        })
        .await;
    match result {
        Ok(Ok(id)) => Ok(see_other(&format!("/users/{id}"))),
        Ok(Err(invalid)) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&state, &ctx, f, Some(&invalid)).await?,
        ),
        Err(db::DbError::Conflict(_)) => {
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
    granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<MembershipForm>,
) -> Result<Response, AppError> {
    let actor = granted.authed.actor.clone();
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
    let target = id.clone();
    let result = state
        .db
        .write(ctx.origin(), move |tx| {
            app::accounts::reach(tx.conn, &actor, &UserId::new(target.clone()))?;
            if let Err(invalid) = check_grant(tx.conn, &actor, &f.organisation_id, role)? {
                return Ok(Err(invalid));
            }
            db::memberships::add(tx, &target, &f.organisation_id, role)?;
            Ok(Ok(()))
        })
        .await;
    match result {
        Ok(Ok(())) => Ok(see_other(&format!("/users/{id}"))),
        Ok(Err(invalid)) => {
            let msg = ctx.tr().t(invalid.key);
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &show_page(&state, &ctx, id, Some(msg)).await?,
            )
        }
        Err(db::DbError::Conflict(rule)) => {
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
    granted: Granted,
    Path((id, membership)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let actor = granted.authed.actor.clone();
    let target = id.clone();
    state
        .db
        .write(ctx.origin(), move |tx| {
            app::accounts::reach(tx.conn, &actor, &UserId::new(target.clone()))?;
            let m = db::memberships::find(tx.conn, &membership)?;
            if m.user_id != target {
                return Err(db::DbError::NotFound);
            }
            // Only administrators may take a role away from an administrator.
            if m.role == Role::Admin && !actor.is_admin() {
                return Err(db::DbError::NotFound);
            }
            let scope = actor
                .scope(Permission::ManageUsers)
                .unwrap_or(domain::permission::Scope::OwnAccount);
            db::organisations::find(tx.conn, &scope, &m.organisation_id)?;
            db::memberships::remove(tx, &membership)
        })
        .await?;
    Ok(see_other(&format!("/users/{id}")))
}

async fn set_disabled(
    state: AppState,
    ctx: Ctx,
    id: String,
    disabled: bool,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = UserId::new(id.clone());
    app::accounts::set_disabled(&state.db, &*state.clock, &who, &target, disabled).await?;
    Ok(see_other(&format!("/users/{id}")))
}

pub async fn disable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    set_disabled(state, ctx, id, true).await
}

pub async fn enable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    set_disabled(state, ctx, id, false).await
}
