//! One's own account: name, language preference, password.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Locale;
use domain::password::NewPassword;
use domain::zone::Zone;
use serde::Deserialize;

use super::see_other;
use super::view::MembershipLine;
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    email: String,
    display_name: String,
    preference: String,
    memberships: Vec<MembershipLine>,
    /// Whether the person gets the daily digest.
    digest: bool,
    notice: Option<String>,
    error: Option<String>,
    /// The zones offered, with the one chosen (none: automatic).
    zones: Vec<(&'static str, bool)>,
    /// The automatic zone, as the "automatic" option names it.
    zone_auto: String,
    zone_chosen: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    saved: Option<String>,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    notice: Option<String>,
    error: Option<String>,
) -> Result<AccountPage, AppError> {
    let a = ctx.authed()?;
    let tr = ctx.tr();
    let id = a.user.id.clone();
    let (memberships, opted_out, chosen, home) = state
        .db
        .read(move |c| {
            let chosen = db::users::time_zone(c, &id)?;
            let home = db::interviews::home_country(c, &id)?;
            Ok((
                db::memberships::of_user(c, &id)?,
                db::digests::opted_out(c, &id)?,
                chosen,
                home,
            ))
        })
        .await?;
    let chosen = chosen.and_then(|z| Zone::parse(&z).ok());
    let mut offered: Vec<Zone> = Zone::OFFERED.to_vec();
    if let Some(z) = chosen.filter(|z| !offered.contains(z)) {
        offered.push(z);
    }
    Ok(AccountPage {
        page: Page::new(ctx, "account-title"),
        email: a.user.email.clone(),
        display_name: a.user.display_name.clone(),
        preference: a.user.locale.clone().unwrap_or_default(),
        memberships: memberships
            .into_iter()
            .map(|m| MembershipLine {
                role: tr.t(&format!("role-{}", m.role.as_str().replace('_', "-"))),
                id: m.id,
                organisation: m.organisation_name,
            })
            .collect(),
        digest: !opted_out,
        notice,
        error,
        zones: offered
            .into_iter()
            .map(|z| (z.name(), Some(z) == chosen))
            .collect(),
        zone_auto: tr.t1(
            "account-time-zone-auto",
            "zone",
            home.map_or(Zone::UTC, Zone::of_country).name(),
        ),
        zone_chosen: chosen.is_some(),
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let notice = q.saved.map(|_| ctx.tr().t("notice-saved"));
    html(&page(&state, &ctx, notice, None).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProfileForm {
    display_name: String,
    locale: String,
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<ProfileForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let name = match domain::programme::parse_name(&f.display_name) {
        Ok(n) => n,
        Err(e) => {
            let msg = ctx.tr().t(e.key);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, &ctx, None, Some(msg)).await?,
            );
        }
    };
    let locale = Locale::parse(&f.locale);
    app::account::update_profile(&state.db, &*state.clock, &who, name, locale).await?;
    Ok(see_other("/account?saved=1"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ZoneForm {
    time_zone: String,
}

/// Sets one's time zone; empty: automatic (the country's).
pub async fn set_time_zone(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<ZoneForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let zone = if f.time_zone.trim().is_empty() {
        None
    } else {
        match Zone::parse(&f.time_zone) {
            Ok(z) => Some(z),
            Err(e) => {
                let msg = ctx.tr().t(e.key);
                return html_status(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &page(&state, &ctx, None, Some(msg)).await?,
                );
            }
        }
    };
    app::account::set_time_zone(&state.db, &*state.clock, &who, zone).await?;
    Ok(flash::redirect(
        "/account",
        Flash::new("flash-time-zone-saved"),
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current: String,
    new_password: String,
    confirm: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let a = ctx.authed()?;
    let email = domain::Email::parse(&a.user.email)?;
    let fail = |key: &str| {
        let msg = ctx.tr().t(key);
        let state = state.clone();
        let ctx = ctx.clone();
        async move {
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, &ctx, None, Some(msg)).await?,
            )
        }
    };
    let creds = state
        .db
        .read(move |c| db::users::credentials(c, &email))
        .await?
        .ok_or(AppError::NotFound)?;
    let current = f.current.clone();
    let ok = tokio::task::spawn_blocking(move || {
        domain::password::verify(&creds.password_hash, &current)
    })
    .await
    .map_err(|_| AppError::Internal("password check task failed".into()))?;
    if !ok {
        return fail("error-current-password").await;
    }
    if f.new_password != f.confirm {
        return fail("error-password-mismatch").await;
    }
    let new = match NewPassword::parse(&f.new_password) {
        Ok(p) => p,
        Err(e) => return fail(e.key).await,
    };
    let mut salt = [0u8; 16];
    db::id::fill_random(&mut salt);
    let hash = tokio::task::spawn_blocking(move || new.hash(salt))
        .await
        .map_err(|_| AppError::Internal("hash task failed".into()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    // Changing the password ends every session, this one included: sign in again.
    app::account::change_password(&state.db, &*state.clock, &ctx.acting()?, hash).await?;
    Ok(see_other("/login"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DigestForm {
    /// A checkbox: present ("on") when the daily e-mail is wanted.
    wanted: Option<String>,
}

/// Turns the daily digest on or off for one's own account.
pub async fn set_digest(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<DigestForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let wanted = f.wanted.is_some();
    app::account::set_digest(&state.db, &*state.clock, &who, wanted).await?;
    let key = if wanted {
        "flash-digest-on"
    } else {
        "flash-digest-off"
    };
    Ok(crate::flash::redirect(
        "/account",
        crate::flash::Flash::new(key),
    ))
}
