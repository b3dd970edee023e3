//! The way in to apply: sign up, then confirm the address by the link sent to it. The form
//! answers the same page whatever the address (`app::sign_up`: a page never tells which
//! addresses have accounts), and the work runs after the answer so that its time tells
//! nothing either. The link's token travels in the query, never in the path (request logs
//! name paths), and the link opens a page with a button rather than acting itself, since
//! mail scanners open links. A signed-in person starts an application at once.

use app::applications::Applied;
use app::sign_up::NewApplicant;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::ids::CallId;
use domain::password::NewPassword;
use domain::{Checks, Conflict, Email, Invalid};
use serde::Deserialize;

use crate::auth::session_cookie;
use crate::flash::{self, Flash};
use crate::pages::form_errors::FormErrors;
use crate::pages::localized::{Localized, call_titles};
use crate::pages::see_other;
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
    call_title: Localized,
    f: SignupForm,
    signed_in: bool,
    errors: FormErrors,
    /// The address the confirmation went to (the form is taken: say what happens next).
    sent: Option<String>,
}

async fn open_call(state: &AppState, id: String) -> Result<db::calls::Call, AppError> {
    Ok(app::applications::open_call(&state.db, &*state.clock, &CallId::new(id)).await?)
}

/// The call and its title in the reader's language.
async fn open_call_titled(
    state: &AppState,
    ctx: &Ctx,
    id: String,
) -> Result<(db::calls::Call, Localized), AppError> {
    let call = open_call(state, id).await?;
    let title = call_titles(state, ctx, std::slice::from_ref(&call))
        .await?
        .pop()
        .unwrap_or_else(|| Localized::original(&call.title, call.lang));
    Ok((call, title))
}

fn signup_page(
    ctx: &Ctx,
    (call, title): &(db::calls::Call, Localized),
    f: SignupForm,
    errors: FormErrors,
) -> SignupPage {
    SignupPage {
        page: Page::new(ctx, "apply-title"),
        call_id: call.id.clone(),
        call_title: title.clone(),
        signed_in: ctx.user.is_some(),
        // Passwords are never sent back.
        f: SignupForm {
            password: String::new(),
            confirm: String::new(),
            ..f
        },
        errors,
        sent: None,
    }
}

/// The way in: create an account, or (signed in) start an application with it.
pub async fn signup_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let call = open_call_titled(&state, &ctx, id).await?;
    html(&signup_page(
        &ctx,
        &call,
        SignupForm::default(),
        FormErrors::default(),
    ))
}

/// The form's fields read, or every mistake at once.
fn check(f: &SignupForm) -> Result<(String, Email, NewPassword), Vec<Invalid>> {
    let mut c = Checks::default();
    let name = c.check(
        domain::programme::parse_name(&f.display_name).map_err(|e| Invalid {
            field: "display_name",
            ..e
        }),
    );
    let email = c.check(Email::parse(&f.email).map_err(|e| Invalid {
        field: "email",
        ..e
    }));
    let password = c.check(NewPassword::parse(&f.password).map_err(|e| Invalid {
        field: "password",
        ..e
    }));
    if f.password != f.confirm {
        c.refuse(Invalid::new("confirm", "error-password-mismatch"));
    }
    match (name, email, password) {
        (Some(n), Some(e), Some(p)) if c.is_clean() => Ok((n, e, p)),
        _ => Err(c
            .invalids()
            .map(|all| all.all().to_vec())
            .unwrap_or_default()),
    }
}

pub async fn signup(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<SignupForm>,
) -> Result<Response, AppError> {
    let titled = open_call_titled(&state, &ctx, id).await?;
    let call = &titled.0;
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
    let (name, email, password) = match check(&f) {
        Ok(x) => x,
        Err(all) => {
            let errors = FormErrors::new(&ctx, &all);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &signup_page(&ctx, &titled, f, errors),
            );
        }
    };
    let mut salt = [0u8; 16];
    db::id::fill_random(&mut salt);
    let hash = tokio::task::spawn_blocking(move || password.hash(salt))
        .await
        .map_err(|_| AppError::Internal("hash task failed".into()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let applicant = NewApplicant {
        email: email.clone(),
        display_name: name,
        password_hash: hash,
        locale: ctx.locale,
    };
    let (db, clock, origin) = (state.db.clone(), state.clock.clone(), ctx.origin());
    let (call_id, base) = (CallId::new(call.id.clone()), state.config.base_url.clone());
    tokio::spawn(async move {
        if let Err(e) =
            app::sign_up::request(&db, &*clock, origin, &call_id, applicant, &base).await
        {
            tracing::error!(error = %e, "a sign-up could not be recorded");
        }
    });
    let mut page = signup_page(&ctx, &titled, SignupForm::default(), FormErrors::default());
    page.sent = Some(email.as_str().to_owned());
    html(&page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    t: String,
}

#[derive(Template)]
#[template(path = "apply/sign_up_confirm.html")]
struct ConfirmPage {
    page: Page,
    token: String,
    error: Option<String>,
}

/// A link that no longer confirms anything (410), or an address taken meanwhile (409).
fn refused(ctx: &Ctx, status: StatusCode, key: &str) -> Result<Response, AppError> {
    html_status(
        status,
        &ConfirmPage {
            page: Page::new(ctx, "sign-up-confirm-title"),
            token: String::new(),
            error: Some(ctx.tr().t(key)),
        },
    )
}

/// The link in the e-mail: a page that confirms with one button.
pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    if !crate::pages::password::plausible(&q.t)
        || !app::sign_up::is_live(&state.db, &*state.clock, &q.t).await?
    {
        return refused(&ctx, StatusCode::GONE, "error-sign-up-link-dead");
    }
    html(&ConfirmPage {
        page: Page::new(&ctx, "sign-up-confirm-title"),
        token: q.t,
        error: None,
    })
}

/// Opens the account and its application, signs in, and goes to the first step.
pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<TokenQuery>,
) -> Result<Response, AppError> {
    if !crate::pages::password::plausible(&f.t) {
        return refused(&ctx, StatusCode::GONE, "error-sign-up-link-dead");
    }
    let (id, token) =
        match app::sign_up::confirm(&state.db, &*state.clock, ctx.origin(), &f.t).await {
            Ok(x) => x,
            Err(app::Error::Invalid(_)) => {
                return refused(&ctx, StatusCode::GONE, "error-sign-up-link-dead");
            }
            Err(app::Error::Conflict(Conflict::EmailTaken)) => {
                return refused(&ctx, StatusCode::CONFLICT, "error-email-taken-sign-in");
            }
            Err(e) => return Err(e.into()),
        };
    let mut res = flash::redirect(
        &format!("/applications/{id}/identity"),
        Flash::new("flash-sign-up-confirmed"),
    );
    let cookie = HeaderValue::from_str(&session_cookie(&token, state.config.https))
        .map_err(|_| AppError::Internal("cookie".into()))?;
    res.headers_mut().append(SET_COOKIE, cookie);
    Ok(res.into_response())
}
