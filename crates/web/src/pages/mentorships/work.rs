//! The forms of a mentorship's page: its terms, a session, an action item and marking one
//! done; and the three actions confirmed on a page of their own with a note (the concern,
//! its handling, the closing). A refused form shows the page again (422) with its
//! mistakes; a refused note shows the confirmation again with it; nothing is written.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::mentorship::form::{ItemFields, SessionFields, TermsFields};
use serde::Deserialize;

use super::show::{mine_with, respond};
use crate::flash::{self, Flash};
use crate::pages::cases::checked_id;
use crate::pages::confirm;
use crate::{AppError, AppState, Ctx, Granted};

/// Where a form came from: the participant's own page or the mentorship's.
fn page_of(id: &str, own: bool) -> String {
    if own {
        "/my/mentorship".to_owned()
    } else {
        format!("/mentorships/{id}")
    }
}

/// Success goes back to the page with a flash; a form's mistakes show it again.
async fn after<T>(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    own: bool,
    anchor: &str,
    flash_key: &str,
    done: app::AppResult<T>,
) -> Result<Response, AppError> {
    let errors = match done {
        Ok(_) => {
            return Ok(flash::redirect(
                &format!("{}#{anchor}", page_of(id, own)),
                Flash::new(flash_key),
            ));
        }
        Err(e) => crate::pages::form_errors::refused(Err(e))?,
    };
    if own {
        mine_with(state, ctx, StatusCode::UNPROCESSABLE_ENTITY, errors).await
    } else {
        respond(state, ctx, id, StatusCode::UNPROCESSABLE_ENTITY, errors).await
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TermsForm {
    whereabouts: String,
    goals: String,
    reminder_days: String,
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<TermsForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let fields = TermsFields {
        whereabouts: f.whereabouts,
        goals: f.goals,
        reminder_days: f.reminder_days,
    };
    let done = app::mentorships::work::update(&state.db, &*state.clock, &who, &id, &fields).await;
    after(
        &state,
        &ctx,
        &id,
        false,
        "goals",
        "flash-mentoring-updated",
        done,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SessionForm {
    held_on: String,
    mode: String,
    topics: String,
    notes: String,
}

pub async fn session(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<SessionForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let fields = SessionFields {
        held_on: f.held_on,
        mode: f.mode,
        topics: f.topics,
        notes: f.notes,
    };
    let done =
        app::mentorships::work::log_session(&state.db, &*state.clock, &who, &id, &fields).await;
    after(
        &state,
        &ctx,
        &id,
        false,
        "sessions",
        "flash-mentoring-session-logged",
        done,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ItemForm {
    action: String,
    due_on: String,
}

pub async fn item(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<ItemForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let fields = ItemFields {
        action: f.action,
        due_on: f.due_on,
    };
    let done = app::mentorships::work::add_item(&state.db, &*state.clock, &who, &id, &fields).await;
    after(
        &state,
        &ctx,
        &id,
        false,
        "plan",
        "flash-mentoring-item-added",
        done,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneForm {
    own: Option<String>,
}

pub async fn done(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path((id, item)): Path<(String, String)>,
    Form(f): Form<DoneForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    checked_id(&item)?;
    let who = ctx.acting()?;
    let done = app::mentorships::work::mark_done(&state.db, &*state.clock, &who, &id, &item).await;
    let own = f.own.as_deref() == Some("yes");
    after(
        &state,
        &ctx,
        &id,
        own,
        "plan",
        "flash-mentoring-item-done",
        done,
    )
    .await
}

/// The note of a confirmed action, as posted from the page and again from its
/// confirmation.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoteForm {
    reason: String,
    confirmed: Option<String>,
    own: Option<String>,
}

/// One of the three actions confirmed with a note.
#[derive(Clone, Copy)]
enum Noted {
    Concern,
    Handled,
    Close,
}

impl Noted {
    fn path(self) -> &'static str {
        match self {
            Noted::Concern => "concern",
            Noted::Handled => "concern/handled",
            Noted::Close => "close",
        }
    }

    /// The stem of its messages: `mentoring-<stem>-question`, `-note`, `-confirm`, and
    /// `flash-mentoring-<stem>`.
    fn stem(self) -> &'static str {
        match self {
            Noted::Concern => "concern",
            Noted::Handled => "handled",
            Noted::Close => "close",
        }
    }
}

async fn noted(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    what: Noted,
    f: NoteForm,
) -> Result<Response, AppError> {
    checked_id(id)?;
    let who = ctx.acting()?;
    let own = f.own.as_deref() == Some("yes");
    let tr = ctx.tr();
    let ask = |error: Option<String>| {
        let mut hidden = Vec::new();
        if own {
            hidden.push(("own".to_owned(), "yes".to_owned()));
        }
        confirm::page(
            ctx,
            confirm::Confirm {
                title: tr.t(&format!("mentoring-{}-question", what.stem())),
                lines: Vec::new(),
                warnings: match what {
                    Noted::Concern => vec![tr.t("mentoring-concern-warning")],
                    Noted::Close => vec![tr.t("mentoring-close-warning")],
                    Noted::Handled => Vec::new(),
                },
                action: format!("/mentorships/{id}/{}", what.path()),
                hidden,
                reason: Some(confirm::Reason {
                    label: tr.t(&format!("mentoring-{}-note", what.stem())),
                    required: true,
                    value: f.reason.clone(),
                    error,
                }),
                confirm: tr.t(&format!("mentoring-{}-confirm", what.stem())),
                cancel: page_of(id, own),
                danger: matches!(what, Noted::Close),
                name: match what {
                    Noted::Concern => "mentoring-concern",
                    Noted::Handled => "mentoring-handled",
                    Noted::Close => "mentoring-close",
                },
            },
        )
    };
    if !confirm::confirmed(f.confirmed.as_deref()) {
        // The mentorship must be within reach before anything about it is asked.
        app::mentorships::view(&state.db, &who, id).await?;
        return ask(None);
    }
    let (db, clock) = (&state.db, &*state.clock);
    let done = match what {
        Noted::Concern => {
            app::mentorships::work::raise_concern(db, clock, &who, id, &f.reason).await
        }
        Noted::Handled => {
            app::mentorships::work::handle_concern(db, clock, &who, id, &f.reason).await
        }
        Noted::Close => app::mentorships::work::close(db, clock, &who, id, &f.reason).await,
    };
    match done {
        Ok(()) => Ok(flash::redirect(
            &format!("{}#concern", page_of(id, own)),
            Flash::new(&format!("flash-mentoring-{}", what.stem())),
        )),
        Err(app::Error::Invalid(i)) if i.field == "reason" => {
            let message = tr.t(i.key);
            let mut res = ask(Some(message))?;
            *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

/// "I am worried about this mentorship": the mentor, to the coordinator.
pub async fn concern(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<NoteForm>,
) -> Result<Response, AppError> {
    noted(&state, &ctx, &id, Noted::Concern, f).await
}

/// A coordinator marks the concern handled.
pub async fn handled(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<NoteForm>,
) -> Result<Response, AppError> {
    noted(&state, &ctx, &id, Noted::Handled, f).await
}

/// Either side closes the mentorship.
pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<NoteForm>,
) -> Result<Response, AppError> {
    noted(&state, &ctx, &id, Noted::Close, f).await
}
