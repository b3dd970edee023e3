//! The forms of a case page: moving the case (asked on a confirmation page first), a fact,
//! a document (multipart; downloads audited), a task added or marked done, and the
//! trainee's identity revealed (audited, for hosts, promoters and coordinators). Each
//! success leaves a flash; each refusal shows the case page again with the form's values
//! and the reason in the reader's language (422, or 409 when the case moved or closed
//! meanwhile), nothing written.

use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use chrono::{NaiveDate, NaiveTime};
use domain::document::FileType;
use domain::procedure::Refusal;
use domain::{Invalid, bounds};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::show::{AdvanceValues, Extras, IdentityView, respond};
use super::{checked_id, words};
use crate::flash::{self, Flash};
use crate::pages::confirm;
use crate::{AppError, AppState, Ctx, Granted};

/// How a refusal of a use case shows on the case page: its status and what it adds.
fn refused(ctx: &Ctx, e: app::Error, mut x: Extras) -> Result<(StatusCode, Extras), AppError> {
    let tr = ctx.tr();
    match e {
        app::Error::Invalid(i) => {
            x.errors.push(i);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, x))
        }
        app::Error::Form(all) => {
            x.errors.extend(all.all().iter().cloned());
            Ok((StatusCode::UNPROCESSABLE_ENTITY, x))
        }
        app::Error::Rule(r) => {
            let missing = match r.case_refusal() {
                Some(Refusal::Incomplete { documents, fields }) => documents
                    .iter()
                    .map(|d| words::document(&tr, d))
                    .chain(fields.iter().map(|f| words::field(&tr, f)))
                    .collect(),
                _ => Vec::new(),
            };
            x.refusal = Some((tr.t(crate::error::rule_key(&r)), missing));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, x))
        }
        app::Error::Conflict(c) => {
            x.conflict = Some(tr.t(c.key()));
            Ok((StatusCode::CONFLICT, x))
        }
        e => Err(e.into()),
    }
}

fn back(id: &str, anchor: &str, key: &str) -> Response {
    flash::redirect(&format!("/cases/{id}{anchor}"), Flash::new(key))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdvanceForm {
    to: String,
    on: String,
    at: String,
    note: String,
    confirmed: Option<String>,
}

/// The day and the optional time a step happened, as the form gives them.
fn when(f: &AdvanceForm) -> Result<(NaiveDate, Option<chrono::NaiveDateTime>), Invalid> {
    if f.on.trim().is_empty() {
        return Err(Invalid::new("on", "error-required"));
    }
    let on = bounds::date("on", &f.on)?;
    let at = match f.at.trim() {
        "" => None,
        t => Some(
            NaiveTime::parse_from_str(t, "%H:%M")
                .map(|t| on.and_time(t))
                .map_err(|_| Invalid::new("at", "case-error-datetime"))?,
        ),
    };
    Ok((on, at))
}

/// Moves a case: asked on a confirmation page when the step is one the person may take,
/// then recorded. A step they may not take is refused at once, with why.
pub async fn advance(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<AdvanceForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let values = AdvanceValues {
        to: f.to.clone(),
        on: f.on.clone(),
        at: f.at.clone(),
        note: f.note.clone(),
    };
    let x = Extras {
        advance: values,
        ..Extras::default()
    };
    let (on, at) = match when(&f) {
        Ok(w) => w,
        Err(e) => {
            let (status, x) = refused(&ctx, app::Error::Invalid(e), x)?;
            return respond(&state, &ctx, &id, status, x).await;
        }
    };
    let who = ctx.acting()?;
    let tr = ctx.tr();
    if !confirm::confirmed(f.confirmed.as_deref()) {
        let today = super::today(&state);
        let v = app::cases::view(&state.db, &who, &id, today).await?;
        if v.next.contains(&f.to) {
            let mut lines = vec![
                tr.t_with(
                    "case-advance-from-to",
                    &[
                        ("from", i18n::FluentArg::Str(words::step(&tr, &v.case.step))),
                        ("to", i18n::FluentArg::Str(words::step(&tr, &f.to))),
                    ],
                ),
                tr.t1(
                    "case-advance-on",
                    "date",
                    &match at {
                        Some(t) => tr.date_time(&t),
                        None => tr.date(&on),
                    },
                ),
            ];
            if !f.note.trim().is_empty() {
                lines.push(f.note.trim().to_owned());
            }
            return confirm::page(
                &ctx,
                confirm::Confirm {
                    title: tr.t1("case-advance-question", "reference", &v.case.reference),
                    lines,
                    warnings: vec![tr.t("case-advance-warning")],
                    action: format!("/cases/{id}/advance"),
                    hidden: vec![
                        ("to".into(), f.to.clone()),
                        ("on".into(), f.on.clone()),
                        ("at".into(), f.at.clone()),
                        ("note".into(), f.note.clone()),
                    ],
                    reason: None,
                    confirm: tr.t("case-advance-confirm"),
                    cancel: format!("/cases/{id}"),
                    danger: false,
                    name: "advance-case",
                },
            );
        }
    }
    let step = app::cases::advance::Step {
        to: f.to.trim().to_owned(),
        on,
        at,
        note: f.note.clone(),
    };
    match app::cases::advance::advance(&state.db, &*state.clock, &who, &id, step).await {
        Ok(()) => Ok(back(&id, "", "flash-case-moved")),
        Err(e) => {
            let (status, x) = refused(&ctx, e, x)?;
            respond(&state, &ctx, &id, status, x).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FactForm {
    field: String,
    value: String,
}

/// Records or corrects one fact (a date that anchors a step moves its deadlines).
pub async fn fact(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<FactForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let keys = state.field_keys.clone();
    let done = app::cases::facts::record(
        &state.db,
        &*state.clock,
        &keys,
        &who,
        &id,
        &f.field,
        &f.value,
    )
    .await;
    match done {
        Ok(()) => Ok(back(&id, "#facts", "flash-case-fact-saved")),
        Err(app::Error::Invalid(e)) => {
            let x = Extras {
                fact_error: Some((f.field.clone(), ctx.tr().t(e.key))),
                ..Extras::default()
            };
            respond(&state, &ctx, &id, StatusCode::UNPROCESSABLE_ENTITY, x).await
        }
        Err(e) => {
            let (status, x) = refused(&ctx, e, Extras::default())?;
            respond(&state, &ctx, &id, status, x).await
        }
    }
}

/// Adds a document of a kind the case's template asks for.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let up = crate::pages::documents::read_upload(multipart).await;
    let who = ctx.acting()?;
    let expires = match up.fields.expires_on.trim() {
        "" => Ok(None),
        s => bounds::date("expires_on", s).map(Some),
    };
    let done = match (up.too_large, expires) {
        (true, _) => Err(app::Error::Invalid(Invalid::new(
            "file",
            "error-document-too-large",
        ))),
        (false, Err(e)) => Err(app::Error::Invalid(e)),
        (false, Ok(expires)) => {
            let file = up
                .file
                .map(|(original_name, bytes)| app::documents::UploadedFile {
                    sha256: hex::encode(Sha256::digest(&bytes)),
                    original_name,
                    bytes,
                });
            app::cases::documents::upload(
                &state.db,
                &*state.clock,
                state.document_store()?,
                state.field_keys.clone(),
                &who,
                &id,
                &up.fields.kind,
                expires,
                file,
            )
            .await
            .map(|_| ())
        }
    };
    match done {
        Ok(()) => Ok(back(&id, "#documents", "flash-document-uploaded")),
        Err(e) => {
            let (status, x) = refused(&ctx, e, Extras::default())?;
            respond(&state, &ctx, &id, status, x).await
        }
    }
}

/// A case's document as an attachment (audited `case.document.download`), named by its
/// kind: file names often carry the person's name.
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, doc)): Path<(String, String)>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&doc)?;
    let who = ctx.acting()?;
    let d = app::cases::documents::download(&state.db, &*state.clock, &who, &id, &doc).await?;
    let store = state.document_store()?;
    let keys = state.field_keys.clone();
    let (name, stored) = (d.id.clone(), d.stored_name.clone());
    let bytes = tokio::task::spawn_blocking(move || {
        let sealed = store.get(&stored).map_err(|e| format!("read: {e}"))?;
        app::files::open(&keys, &name, &sealed).map_err(|e| format!("open: {e}"))
    })
    .await
    .map_err(|_| AppError::Internal("case document read task failed".into()))?
    .map_err(|e| AppError::Internal(format!("case document {doc}: {e}")))?;
    let kind = FileType::sniff(&bytes);
    let mime = kind.map_or("application/octet-stream", FileType::mime);
    let ext = match mime {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "bin",
    };
    let disposition = format!("attachment; filename=\"{}.{ext}\"", d.kind);
    Ok(crate::pages::documents::attachment(
        bytes,
        mime,
        &disposition,
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TaskForm {
    title: String,
    due_on: String,
    who: String,
}

/// Adds a task to a case, for a role, due on a day.
pub async fn add_task(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<TaskForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let done = match f.due_on.trim() {
        "" => Err(app::Error::Invalid(Invalid::new(
            "due_on",
            "error-required",
        ))),
        s => match bounds::date("due_on", s) {
            Ok(due) => {
                app::cases::tasks::add(&state.db, &*state.clock, &who, &id, &f.title, due, &f.who)
                    .await
                    .map(|_| ())
            }
            Err(e) => Err(app::Error::Invalid(e)),
        },
    };
    match done {
        Ok(()) => Ok(back(&id, "#tasks", "flash-case-task-added")),
        Err(e) => {
            let (status, x) = refused(&ctx, e, Extras::default())?;
            respond(&state, &ctx, &id, status, x).await
        }
    }
}

/// Marks a task done.
pub async fn finish_task(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, task)): Path<(String, String)>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&task)?;
    let who = ctx.acting()?;
    app::cases::tasks::finish(&state.db, &*state.clock, &who, &id, &task).await?;
    Ok(back(&id, "#tasks", "flash-case-task-done"))
}

/// Shows the trainee's identity on the case page, once asked (a POST: each reading is
/// audited `case.identity.read`).
pub async fn identity(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let keys = state.field_keys.clone();
    let i = app::cases::identity::read(&state.db, &*state.clock, &keys, &who, &id).await?;
    let tr = ctx.tr();
    let none = || "—".to_owned();
    let x = Extras {
        identity: Some(IdentityView {
            name: format!("{} {}", i.family_name, i.given_names),
            birth_date: i.birth_date.map_or_else(none, |d| tr.date(&d)),
            birth_place: i.birth_place.unwrap_or_else(none),
            codice_fiscale: i.codice_fiscale.unwrap_or_else(none),
            passport: i.passport_number.unwrap_or_else(none),
        }),
        ..Extras::default()
    };
    let mut res = respond(&state, &ctx, &id, StatusCode::OK, x).await?;
    res.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}
