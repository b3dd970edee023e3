//! Selection decisions (issue 11): staged on an application's page or the call's ranking
//! (`/candidates/{id}/decision`), withdrawn while staged, published for a whole call by the
//! coordinator (`/calls/{id}/decisions`: the preview with its counts and warnings, then one
//! confirmed action), and a published one reversed by the coordinator with a reason
//! (`/candidates/{id}/reverse`). The candidate sees a decision only once published; each
//! consequential step asks for confirmation on its own page (`confirm`, no JavaScript
//! needed) and says it succeeded (`flash`).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::candidate::Status;
use domain::decision::{self, Warning};
use domain::ids::{CallId, CandidateId};
use domain::{Invalid, Permission};
use serde::Deserialize;

use super::candidates::view::status_label;
use super::candidates::{form_refusal, show_page};
use super::confirm;
use super::view::Choice;
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx};
use i18n::{FluentArg, Tr};

// ---------------------------------------------------------------------------------------
// The decision section of an application's page

/// A staged decision as staff read it.
pub struct StagedView {
    /// `shortlisted`, `waiting_list` or `rejected` (for `data-staged`).
    pub value: &'static str,
    pub label: String,
    pub reason: Option<String>,
    /// A reason exists but is hidden for blind review.
    pub reason_hidden: bool,
    pub when: String,
}

impl StagedView {
    pub fn of(tr: &Tr, s: &db::decisions::Staged, identity: bool) -> StagedView {
        StagedView {
            value: s.decision.as_str(),
            label: status_label(tr, s.decision.as_str()),
            // Blind review: a reason is free text by staff and may name the candidate.
            reason: s.reason.clone().filter(|_| identity),
            reason_hidden: !identity && s.reason.is_some(),
            when: tr.date_time(&s.staged_at),
        }
    }
}

/// The decision part of an application's page: what is staged, the decisions staff may
/// stage, and the coordinator's reversal of a published one.
pub struct Section {
    pub staged: Option<StagedView>,
    pub choices: Vec<Choice>,
    pub can_stage: bool,
    pub can_reverse: bool,
    /// The published decision, when there is one (what the candidate was told).
    pub published: Option<String>,
}

impl Section {
    pub fn new(
        tr: &Tr,
        actor: &domain::Actor,
        status: Status,
        staged: Option<&db::decisions::Staged>,
    ) -> Section {
        let identity = actor.sees_candidate_identity();
        let choices: Vec<Choice> = decision::stageable(status)
            .iter()
            .map(|s| Choice {
                value: s.as_str().to_owned(),
                label: status_label(tr, s.as_str()),
                selected: staged.is_some_and(|st| st.decision == *s),
            })
            .collect();
        Section {
            staged: staged.map(|s| StagedView::of(tr, s, identity)),
            can_stage: actor.can(Permission::ScreenCandidates) && !choices.is_empty(),
            choices,
            can_reverse: actor.can(Permission::ManageCalls) && decision::is_decision(status),
            published: decision::is_decision(status).then(|| status_label(tr, status.as_str())),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Staging and withdrawing

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StageForm {
    decision: String,
    reason: String,
    /// Where to go afterwards: the call's ranking, when staged there.
    back: String,
}

/// A ranking page to return to, or nothing: only `/calls/<id>/ranking`, optionally with
/// `?page=<n>`, is accepted (never another site or path).
fn ranking_back(back: &str) -> Option<&str> {
    let (path, page) = match back.split_once("?page=") {
        Some((path, n)) => (path, Some(n)),
        None => (back, None),
    };
    let rest = path.strip_prefix("/calls/")?.strip_suffix("/ranking")?;
    let call_ok = !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let page_ok =
        page.is_none_or(|n| !n.is_empty() && n.len() < 8 && n.bytes().all(|b| b.is_ascii_digit()));
    (call_ok && page_ok).then_some(back)
}

/// The application's page again with a refused decision form (422). The reason field of
/// this form is `decision_reason` on the page (the status form has its own `reason`).
async fn refused(
    state: &AppState,
    ctx: &Ctx,
    id: String,
    e: Invalid,
) -> Result<Response, AppError> {
    let e = Invalid {
        field: if e.field == "reason" {
            "decision_reason"
        } else {
            e.field
        },
        ..e
    };
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &show_page(state, ctx, id, None, Some(&e)).await?,
    )
}

/// `POST /candidates/{id}/decision`: stages (or changes) the decision; the candidate sees
/// nothing until the call's decisions are published.
pub async fn stage(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<StageForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let parsed = Status::parse(&f.decision)
        .ok()
        .filter(|s| decision::is_decision(*s))
        .ok_or(Invalid::new("decision", "decisions-error-not-stageable"));
    let outcome = match parsed {
        Err(e) => Err(e),
        Ok(to) => {
            let target = CandidateId::new(id.clone());
            form_refusal(
                app::decisions::stage(&state.db, &*state.clock, &who, &target, to, &f.reason).await,
            )?
        }
    };
    match outcome {
        Ok(()) => {
            let to = match ranking_back(&f.back) {
                Some(back) => format!("{back}#c-{id}"),
                None => format!("/candidates/{id}#decision"),
            };
            Ok(flash::redirect(&to, Flash::new("flash-decision-staged")))
        }
        Err(e) => refused(&state, &ctx, id, e).await,
    }
}

/// `POST /candidates/{id}/decision/withdraw`: the staged decision is dropped.
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let target = CandidateId::new(id.clone());
    app::decisions::withdraw(&state.db, &*state.clock, &who, &target).await?;
    Ok(flash::redirect(
        &format!("/candidates/{id}#decision"),
        Flash::new("flash-decision-withdrawn"),
    ))
}

// ---------------------------------------------------------------------------------------
// Publishing a call's decisions

pub struct Line {
    pub id: String,
    pub name: String,
    pub value: &'static str,
    pub label: String,
    pub reason: Option<String>,
}

#[derive(Template)]
#[template(path = "decisions/publish.html")]
struct PublishPage {
    page: Page,
    call_id: String,
    counts: Vec<String>,
    staged: i64,
    messages: String,
    warnings: Vec<String>,
    lines: Vec<Line>,
}

/// The preview's figures, one a line: per decision, then the messages to be queued.
fn count_lines(tr: &Tr, p: &decision::Preview) -> (Vec<String>, String) {
    let counts = [
        ("decisions-count-shortlisted", p.shortlisted),
        ("decisions-count-waiting-list", p.waiting_list),
        ("decisions-count-rejected", p.rejected),
    ]
    .into_iter()
    .map(|(k, n)| tr.tn(k, "count", n))
    .collect();
    (
        counts,
        tr.tn("decisions-count-messages", "count", p.messages),
    )
}

fn warning_lines(tr: &Tr, p: &decision::Preview) -> Vec<String> {
    p.warnings()
        .into_iter()
        .map(|w| match w {
            Warning::OverPlaces { shortlist, places } => tr.t_with(
                "decisions-warning-over-places",
                &[
                    ("shortlist", FluentArg::Num(shortlist)),
                    ("places", FluentArg::Num(places)),
                ],
            ),
            Warning::CallOpen => tr.t("decisions-warning-call-open"),
        })
        .collect()
}

/// `GET /calls/{id}/decisions`: what publishing would do, and the button that asks to.
pub async fn preview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let p = app::decisions::preview(&state.db, &*state.clock, &who, &CallId::new(id)).await?;
    let tr = ctx.tr();
    let (counts, messages) = count_lines(&tr, &p.preview);
    html(&PublishPage {
        page: Page::titled(&ctx, tr.t1("decisions-title", "call", &p.call.title)),
        counts,
        staged: p.preview.staged(),
        messages,
        warnings: warning_lines(&tr, &p.preview),
        lines: p
            .lines
            .into_iter()
            .map(|l| Line {
                name: format!("{} {}", l.family_name, l.given_names),
                value: l.decision.as_str(),
                label: status_label(&tr, l.decision.as_str()),
                reason: l.reason,
                id: l.candidate_id,
            })
            .collect(),
        call_id: p.call.id,
    })
}

/// `POST /calls/{id}/decisions/publish`: first the confirmation (the counts and warnings
/// again), then, confirmed, every staged decision published with its message at once.
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<confirm::OnlyConfirmation>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let call = CallId::new(id.clone());
    if !f.given() {
        let p = app::decisions::preview(&state.db, &*state.clock, &who, &call).await?;
        if p.preview.staged() == 0 {
            return Err(AppError::Conflict(domain::Conflict::NothingStaged));
        }
        let tr = ctx.tr();
        let (mut lines, messages) = count_lines(&tr, &p.preview);
        lines.push(messages);
        lines.push(tr.t("decisions-publish-hint"));
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t1("decisions-publish-question", "call", &p.call.title),
                lines,
                warnings: warning_lines(&tr, &p.preview),
                action: format!("/calls/{id}/decisions/publish"),
                hidden: Vec::new(),
                reason: None,
                confirm: tr.t("decisions-action-publish"),
                cancel: format!("/calls/{id}/decisions"),
                danger: false,
                name: "publish-decisions",
            },
        );
    }
    let n = app::decisions::publish(&state.db, &*state.clock, &who, &call).await?;
    Ok(flash::redirect(
        &format!("/calls/{id}/decisions"),
        Flash::counted(
            "flash-decisions-published",
            i64::try_from(n).unwrap_or(i64::MAX),
        ),
    ))
}

// ---------------------------------------------------------------------------------------
// Reversing a published decision

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReverseForm {
    reason: String,
    confirmed: Option<String>,
}

/// The reversal's confirmation, with its required reason (and why it was refused).
fn reverse_confirm(
    ctx: &Ctx,
    id: &str,
    reason: &str,
    error: Option<&Invalid>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    confirm::page(
        ctx,
        confirm::Confirm {
            title: tr.t("decisions-reverse-question"),
            lines: vec![tr.t("decisions-reverse-hint")],
            warnings: Vec::new(),
            action: format!("/candidates/{id}/reverse"),
            hidden: Vec::new(),
            reason: Some(confirm::Reason {
                label: tr.t("decisions-reverse-reason"),
                required: true,
                value: reason.to_owned(),
                error: error.map(|e| tr.t(e.key)),
            }),
            confirm: tr.t("decisions-action-reverse"),
            cancel: format!("/candidates/{id}#decision"),
            danger: true,
            name: "reverse-decision",
        },
    )
}

/// `POST /candidates/{id}/reverse`: the coordinator takes a published decision back, with
/// a reason; asked on the confirmation page first.
pub async fn reverse(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<ReverseForm>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    if !confirm::confirmed(f.confirmed.as_deref()) {
        return reverse_confirm(&ctx, &id, &f.reason, None);
    }
    let target = CandidateId::new(id.clone());
    let r = app::decisions::reverse(&state.db, &*state.clock, &who, &target, &f.reason).await;
    match form_refusal(r)? {
        Ok(()) => Ok(flash::redirect(
            &format!("/candidates/{id}#decision"),
            Flash::new("flash-decision-reversed"),
        )),
        Err(e) => reverse_confirm(&ctx, &id, &f.reason, Some(&e)),
    }
}
