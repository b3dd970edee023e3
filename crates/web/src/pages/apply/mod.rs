//! Applying to an open call: sign up (account and `participant` membership in the
//! programme's lead partner), the form in steps that save as they go (`steps.rs`), and the
//! candidate's own status page with the timeline.

pub mod interview;
pub mod steps;

use app::applications::{Applied, NewApplicant};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::ids::CallId;
use domain::password::NewPassword;
use domain::permission::Scope;
use domain::{Conflict, Email};
use serde::Deserialize;

use super::candidates::view::{OutcomeLine, TimelineLine, outcome_lines, status_label, timeline};
use super::see_other;
use crate::auth::session_cookie;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct SignupForm {
    display_name: String,
    email: String,
    password: String,
    confirm: String,
}

#[derive(Template)]
#[template(path = "apply/signup.html")]
struct SignupPage {
    page: Page,
    call_id: String,
    call_title: String,
    f: SignupForm,
    signed_in: bool,
    error: Option<String>,
    invalid: &'static str,
}

async fn open_call(state: &AppState, id: String) -> Result<db::calls::Call, AppError> {
    Ok(app::applications::open_call(&state.db, &*state.clock, &CallId::new(id)).await?)
}

fn signup_page(
    ctx: &Ctx,
    call: &db::calls::Call,
    f: SignupForm,
    error: Option<(&str, &'static str)>,
) -> SignupPage {
    SignupPage {
        page: Page::new(ctx, "apply-title"),
        call_id: call.id.clone(),
        call_title: call.title.clone(),
        signed_in: ctx.user.is_some(),
        f: SignupForm {
            password: String::new(),
            confirm: String::new(),
            ..f
        },
        error: error.map(|(key, _)| ctx.tr().t(key)),
        invalid: error.map_or("", |(_, field)| field),
    }
}

/// The way in: create an account, or (signed in) start an application with it.
pub async fn signup_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let call = open_call(&state, id).await?;
    html(&signup_page(&ctx, &call, SignupForm::default(), None))
}

pub async fn signup(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<SignupForm>,
) -> Result<Response, AppError> {
    let call = open_call(&state, id).await?;
    if let Some(a) = &ctx.user {
        // Signed in already: one application per account and call.
        let email = a.user.email.clone();
        let who = ctx.acting()?;
        let call_id = CallId::new(call.id.clone());
        return Ok(
            match app::applications::apply(&state.db, &*state.clock, &who, &email, &call_id).await?
            {
                Applied::Existing(x) => see_other(&format!("/applications/{x}")),
                Applied::Started(x) => see_other(&format!("/applications/{x}/identity")),
            },
        );
    }
    let refuse = |key: &'static str, field: &'static str| {
        html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &signup_page(&ctx, &call, f.clone(), Some((key, field))),
        )
    };
    let name = match domain::programme::parse_name(&f.display_name) {
        Ok(n) => n,
        Err(e) => return refuse(e.key, "display_name"),
    };
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(e) => return refuse(e.key, "email"),
    };
    let password = match NewPassword::parse(&f.password) {
        Ok(p) => p,
        Err(e) => return refuse(e.key, "password"),
    };
    if f.password != f.confirm {
        return refuse("error-password-mismatch", "confirm");
    }
    let mut salt = [0u8; 16];
    db::id::fill_random(&mut salt);
    let hash = tokio::task::spawn_blocking(move || password.hash(salt))
        .await
        .map_err(|_| AppError::Internal("hash task failed".into()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let applicant = NewApplicant {
        email,
        display_name: name,
        password_hash: hash,
        locale: ctx.locale,
    };
    let call_id = CallId::new(call.id.clone());
    let signed_up =
        app::applications::sign_up(&state.db, &*state.clock, ctx.origin(), &call_id, applicant)
            .await;
    let (id, token) = match signed_up {
        Ok(x) => x,
        Err(app::Error::Conflict(Conflict::EmailTaken)) => {
            return refuse("error-email-taken-sign-in", "email");
        }
        Err(e) => return Err(e.into()),
    };
    let mut res = see_other(&format!("/applications/{id}/identity"));
    let cookie = HeaderValue::from_str(&session_cookie(&token, state.config.https))
        .map_err(|_| AppError::Internal("cookie".into()))?;
    res.headers_mut().append(SET_COOKIE, cookie);
    Ok(res.into_response())
}

pub struct MineRow {
    pub id: String,
    pub call: crate::pages::localized::Localized,
    pub status: String,
    pub draft: bool,
}

#[derive(Template)]
#[template(path = "apply/mine.html")]
struct MinePage {
    page: Page,
    rows: Vec<MineRow>,
}

/// The signed-in person's own applications.
pub async fn mine(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let user_id = ctx.authed()?.user.id.clone();
    let (rows, calls) = state
        .db
        .read(move |c| {
            let rows = db::candidates::of_user(c, &user_id)?;
            let ids: Vec<String> = rows.iter().map(|x| x.call_id.clone()).collect();
            Ok((rows, db::calls::by_ids(c, &ids)?))
        })
        .await?;
    let titles: std::collections::HashMap<String, crate::pages::localized::Localized> = calls
        .iter()
        .map(|c| c.id.clone())
        .zip(crate::pages::localized::call_titles(&state, &ctx, &calls).await?)
        .collect();
    let tr = ctx.tr();
    html(&MinePage {
        page: Page::new(&ctx, "mine-title"),
        rows: rows
            .into_iter()
            .filter_map(|x| Some((titles.get(&x.call_id)?.clone(), x)))
            .map(|(call, x)| MineRow {
                draft: x.status == domain::candidate::Status::Draft,
                status: status_label(&tr, x.status.as_str()),
                id: x.id,
                call,
            })
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "apply/status.html")]
struct StatusPage {
    page: Page,
    id: String,
    call: crate::pages::localized::Localized,
    status: String,
    draft: bool,
    shortlisted: bool,
    submitted_at: Option<String>,
    outcomes: Vec<OutcomeLine>,
    timeline: Vec<TimelineLine>,
    reason: Option<String>,
    interviews: Vec<interview::InterviewView>,
}

/// "My application": where it stands, and what happened so far.
pub async fn status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user_id = ctx.authed()?.user.id.clone();
    let (c, call, events) = state
        .db
        .read(move |conn| {
            let c = db::candidates::find(conn, &Scope::OwnAccount, &user_id, &id)?;
            let call = db::calls::find_published(conn, &c.call_id)?;
            let events = db::candidates::events(conn, &c)?;
            Ok((c, call, events))
        })
        .await?;
    let title = crate::pages::localized::call_titles(&state, &ctx, std::slice::from_ref(&call))
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    let interviews = interview::views(&state, &tr, c.clone()).await?;
    // A candidate reads the reason of a rejection; other notes stay with staff.
    let reason = c
        .decision_reason
        .clone()
        .filter(|_| c.status == domain::candidate::Status::Rejected);
    html(&StatusPage {
        page: Page::new(&ctx, "status-title"),
        draft: c.status == domain::candidate::Status::Draft,
        shortlisted: c.status == domain::candidate::Status::Shortlisted,
        status: status_label(&tr, c.status.as_str()),
        submitted_at: c.submitted_at.map(|t| tr.date_time(&t)),
        outcomes: outcome_lines(&tr, &c.outcomes()),
        // Staff notes (justifications, reasons) stay on the staff page.
        timeline: timeline(
            &tr,
            &events
                .into_iter()
                .filter(|e| !super::candidates::view::staff_only(&e.kind))
                .collect::<Vec<_>>(),
            true,
        )
        .into_iter()
        .map(|l| TimelineLine {
            note: None,
            note_hidden: false,
            ..l
        })
        .collect(),
        reason,
        interviews,
        call: title,
        id: c.id,
    })
}
