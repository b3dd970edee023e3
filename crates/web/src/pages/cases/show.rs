//! `/cases/{id}`: one case. Staff see where it stands on its template's steps, its path
//! (dates and who), what the step still lacks and who must act, the deadlines running with
//! why each falls when it does, the date checks (passport, duration, the permit's
//! conversion window), and — when they may work on it — the forms to move it, record its
//! facts, add documents and tasks, and (hosts, promoters, coordinators) to reveal the
//! trainee's identity. The trainee gets the same case as a checklist: what they must do
//! now, their deadlines in plain words, the steps ahead, and their calendar.

use std::collections::HashMap;

use app::cases::CaseView;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::permission::Scope;
use domain::procedure::facts::{self, FactKind};
use domain::{Invalid, Role};

use super::{Templates, main_line, today, words};
use crate::pages::form_errors::FormErrors;
use crate::pages::view::Choice;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

/// A step of the template as the progress list shows it.
pub struct StepLine {
    pub name: String,
    /// `done`, `current` or `ahead`.
    pub state: &'static str,
}

pub struct PathLine {
    pub step: String,
    pub date: String,
    pub time: Option<String>,
    pub by: String,
    pub note: String,
}

pub struct DeadlineRow {
    pub rule: String,
    pub who: String,
    pub date: String,
    pub at: Option<String>,
    pub standing: &'static str,
    pub badge: String,
    pub why: Vec<String>,
    /// The trainee must act on it.
    pub mine: bool,
}

pub struct FactRow {
    pub field: String,
    pub label: String,
    /// The value as read (empty when not recorded; sealed ones are never shown here).
    pub shown: String,
    pub recorded: bool,
    /// Read left to right (a date, a time, an amount, a number).
    pub ltr: bool,
    pub sealed: bool,
    /// The value the form starts with.
    pub input: String,
    pub input_type: &'static str,
    pub inputmode: &'static str,
    pub may_record: bool,
    /// The current step asks for it and it is not recorded.
    pub missing: bool,
}

pub struct DocRow {
    pub id: String,
    pub kind: String,
    pub uploaded: String,
    pub size: String,
    pub expires: Option<String>,
}

pub struct TaskRow {
    pub id: String,
    pub title: String,
    pub due: String,
    pub who: String,
    pub done: bool,
    pub standing: &'static str,
    pub mine: bool,
}

/// The trainee's identity, once revealed (audited).
pub struct IdentityView {
    pub name: String,
    pub birth_date: String,
    pub birth_place: String,
    pub codice_fiscale: String,
    pub passport: String,
}

/// What the advance form carries back when it is refused.
#[derive(Default, Clone)]
pub struct AdvanceValues {
    pub to: String,
    pub on: String,
    pub at: String,
    pub note: String,
}

/// What a refused action adds to the page.
#[derive(Default)]
pub struct Extras {
    pub errors: Vec<Invalid>,
    /// A refused transition: its message and what is missing (translated).
    pub refusal: Option<(String, Vec<String>)>,
    /// A refused fact: (field, message).
    pub fact_error: Option<(String, String)>,
    /// A conflict's message (moved meanwhile, closed).
    pub conflict: Option<String>,
    pub identity: Option<IdentityView>,
    pub advance: AdvanceValues,
}

#[derive(Template)]
#[template(path = "cases/show.html")]
pub struct ShowPage {
    page: Page,
    id: String,
    /// The participant's page (`/participants/{candidate_id}`, issue 14).
    candidate_id: String,
    /// The reader may see the outcome and follow-ups (`/cases/{id}/outcome`).
    sees_outcome: bool,
    reference: String,
    trainee_name: String,
    company: String,
    city: String,
    template: String,
    step: String,
    closed: bool,
    progress: Vec<StepLine>,
    path: Vec<PathLine>,
    waiting_for: Option<String>,
    /// The trainee must act at the current step.
    waiting_for_me: bool,
    missing_documents: Vec<String>,
    /// What the trainee must upload: (document, where an application's own document is
    /// uploaded — their application's page — or `None`: this page's form).
    todo_documents: Vec<(String, Option<String>)>,
    missing_fields: Vec<String>,
    deadlines: Vec<DeadlineRow>,
    passport_flags: Vec<String>,
    duration: Option<(String, bool)>,
    conversion: Option<String>,
    facts: Vec<FactRow>,
    documents: Vec<DocRow>,
    upload_action: String,
    kinds: Vec<Choice>,
    max_mb: i64,
    tasks: Vec<TaskRow>,
    task_roles: Vec<Choice>,
    may_work: bool,
    next: Vec<Choice>,
    today: String,
    may_reveal: bool,
    readiness: Option<crate::pages::courses::readiness::ReadinessView>,
    errors: FormErrors,
    x: Extras,
    /// The reader is the trainee: the checklist page.
    trainee: bool,
}

impl ShowPage {
    /// The trainee has recorded facts they may still correct.
    fn has_details(&self) -> bool {
        self.facts.iter().any(|f| f.may_record && f.recorded)
    }

    fn any_mine(&self) -> bool {
        self.waiting_for_me
            || self.facts.iter().any(|f| f.missing && f.may_record)
            || self.tasks.iter().any(|t| t.mine && !t.done)
    }
}

fn fact_shown(tr: &i18n::Tr, field: &str, value: &str) -> String {
    match facts::kind(field) {
        FactKind::Date => facts::date(value).map_or_else(|| value.to_owned(), |d| tr.date(&d)),
        FactKind::DateTime => {
            facts::parse_datetime(value).map_or_else(|| value.to_owned(), |t| tr.date_time(&t))
        }
        FactKind::Money => value
            .parse::<i64>()
            .map_or_else(|_| value.to_owned(), |c| tr.money(&c, "EUR")),
        FactKind::Count => value
            .parse::<i64>()
            .map_or_else(|_| value.to_owned(), |n| tr.number(&n)),
        FactKind::Text => value.to_owned(),
    }
}

fn input_of(field: &str, value: &str) -> (&'static str, &'static str, String) {
    match facts::kind(field) {
        FactKind::Date => ("date", "", value.to_owned()),
        FactKind::DateTime => ("datetime-local", "", value.to_owned()),
        FactKind::Count => ("number", "numeric", value.to_owned()),
        FactKind::Money => (
            "text",
            "decimal",
            value
                .parse::<i64>()
                .map(|c| format!("{},{:02}", c / 100, c % 100))
                .unwrap_or_default(),
        ),
        FactKind::Text => ("text", "", value.to_owned()),
    }
}

/// The template's names of the reader's roles (an administrator acts as a coordinator),
/// as `app::cases` counts them.
fn template_roles(actor: &domain::Actor) -> Vec<Role> {
    let mut roles = actor.roles();
    if actor.is_admin() {
        roles.push(Role::Coordinator);
    }
    roles
}

/// The case page for the reader, with what a refused action adds.
pub async fn page(state: &AppState, ctx: &Ctx, id: &str, x: Extras) -> Result<ShowPage, AppError> {
    super::checked_id(id)?;
    let who = ctx.acting()?;
    let today = today(state);
    let v: CaseView = app::cases::view(&state.db, &who, id, today).await?;
    let actor = who.actor.clone();
    let trainee = actor.scope(domain::Permission::ViewCases) == Some(Scope::OwnAccount)
        && actor.roles().contains(&Role::Participant);
    let template_id = v.case.template_id.clone();
    let by_ids: Vec<String> = v.path.iter().filter_map(|e| e.by_user.clone()).collect();
    let (template, names) = state
        .db
        .read(move |c| {
            let mut ts = Templates::default();
            let t = ts.get(c, &template_id)?.cloned();
            let mut names = HashMap::new();
            for u in by_ids {
                if !names.contains_key(&u)
                    && let Ok(user) = db::users::me(c, &u)
                {
                    names.insert(u, user.display_name);
                }
            }
            Ok((t, names))
        })
        .await?;
    let tr = ctx.tr();
    let roles = template_roles(&actor);
    let may_record = |field: &str| {
        v.may_work
            && !v.case.closed
            && template
                .as_ref()
                .is_some_and(|t| app::cases::facts::may_record(t, &roles, field))
    };
    let entered: Vec<&str> = v.path.iter().map(|e| e.step.as_str()).collect();
    let line = template.as_ref().map(main_line).unwrap_or_default();
    let progress = v
        .steps
        .iter()
        .filter(|(s, _)| line.contains(s) || entered.contains(&s.as_str()))
        .map(|(s, _)| StepLine {
            name: words::step(&tr, s),
            state: if *s == v.case.step {
                "current"
            } else if entered.contains(&s.as_str()) {
                "done"
            } else {
                "ahead"
            },
        })
        .collect();
    let path = v
        .path
        .iter()
        .map(|e| PathLine {
            step: words::step(&tr, &e.step),
            date: tr.date(&e.entered_on),
            time: e.entered_at.map(|t| t.format("%H:%M").to_string()),
            by: e
                .by_user
                .as_ref()
                .and_then(|u| names.get(u).cloned())
                .unwrap_or_default(),
            note: e.note.clone(),
        })
        .collect();
    let deadlines = v
        .deadlines
        .iter()
        .map(|d| DeadlineRow {
            rule: words::rule(&tr, &d.rule),
            who: words::role(&tr, &d.who),
            date: tr.date(&d.due.date),
            at: d.due.at.map(|t| t.format("%H:%M").to_string()),
            standing: words::standing_attr(d.standing),
            badge: words::standing(&tr, d.standing),
            why: words::why(&tr, &d.due),
            mine: d.who == Role::Participant.as_str(),
        })
        .collect();
    let facts = v
        .fields
        .iter()
        .map(|f| {
            let stored = v.facts.iter().find(|x| &x.field == f);
            let sealed = facts::is_sealed(f);
            let value = stored.map(|x| x.value.as_str()).unwrap_or("");
            let (input_type, inputmode, input) = input_of(f, value);
            FactRow {
                label: words::field(&tr, f),
                shown: if sealed {
                    String::new()
                } else {
                    fact_shown(&tr, f, value)
                },
                recorded: stored.is_some(),
                ltr: facts::kind(f) != FactKind::Text,
                sealed,
                input: if sealed { String::new() } else { input },
                input_type,
                inputmode,
                may_record: may_record(f),
                missing: v.missing_fields.contains(f),
                field: f.clone(),
            }
        })
        .collect();
    let kinds = v
        .document_kinds
        .iter()
        .filter(|k| domain::procedure::CASE_DOCUMENTS.contains(&k.as_str()))
        .map(|k| Choice {
            value: k.clone(),
            label: words::document(&tr, k),
            selected: v.missing_documents.first() == Some(k),
        })
        .collect();
    let tasks = v
        .tasks
        .iter()
        .map(|t| TaskRow {
            id: t.id.clone(),
            title: t.title.clone(),
            due: tr.date(&t.due_on),
            who: words::role(&tr, &t.who),
            done: t.done_at.is_some(),
            standing: words::standing_attr(domain::deadline::Due::standing_of(
                t.due_on,
                today,
                app::cases::UPCOMING_DAYS,
            )),
            mine: t.who == Role::Participant.as_str(),
        })
        .collect();
    let waiting_for_me = trainee && v.waiting_for.as_deref() == Some(Role::Participant.as_str());
    let title = if trainee {
        tr.t("case-mine-title")
    } else {
        tr.t1("case-title", "reference", &v.case.reference)
    };
    Ok(ShowPage {
        page: Page::titled(ctx, title),
        id: v.case.id.clone(),
        candidate_id: v.case.candidate_id.clone(),
        sees_outcome: actor.can(domain::Permission::ViewOutcomes),
        reference: v.case.reference.clone(),
        trainee_name: format!("{} {}", v.family_name, v.given_names),
        company: v.company.clone(),
        city: v.case.city.clone(),
        template: format!("{} (v{})", v.template_name, v.template_version),
        step: words::step(&tr, &v.case.step),
        closed: v.case.closed,
        progress,
        path,
        waiting_for: v.waiting_for.as_deref().map(|w| words::role(&tr, w)),
        waiting_for_me,
        missing_documents: v
            .missing_documents
            .iter()
            .map(|d| words::document(&tr, d))
            .collect(),
        todo_documents: v
            .missing_documents
            .iter()
            .map(|d| {
                let elsewhere = !domain::procedure::CASE_DOCUMENTS.contains(&d.as_str());
                (
                    words::document(&tr, d),
                    elsewhere.then(|| format!("/applications/{}/documents", v.case.candidate_id)),
                )
            })
            .collect(),
        missing_fields: v
            .missing_fields
            .iter()
            .map(|f| words::field(&tr, f))
            .collect(),
        deadlines,
        passport_flags: v
            .passport_flags
            .iter()
            .map(|f| words::passport_flag(&tr, *f))
            .collect(),
        duration: v
            .duration
            .map(|(m, ok)| (tr.tn("case-duration-months", "count", m), ok)),
        conversion: v.conversion_window.map(|(from, to)| {
            tr.t_with(
                "case-conversion-window",
                &[
                    ("from", i18n::FluentArg::Str(tr.date(&from))),
                    ("to", i18n::FluentArg::Str(tr.date(&to))),
                ],
            )
        }),
        facts,
        documents: v
            .documents
            .iter()
            .map(|d| DocRow {
                id: d.id.clone(),
                kind: words::document(&tr, &d.kind),
                uploaded: tr.date(&d.uploaded_at.date()),
                size: tr.tn("document-size-kb", "kb", (d.size_bytes + 1023) / 1024),
                expires: d.expires_on.map(|x| tr.date(&x)),
            })
            .collect(),
        upload_action: format!(
            "/cases/{}/documents?csrf={}",
            v.case.id,
            crate::csrf::masked(&ctx.csrf)
        ),
        kinds,
        max_mb: i64::try_from(domain::document::MAX_DOCUMENT_BYTES / (1024 * 1024)).unwrap_or(10),
        tasks,
        task_roles: app::cases::tasks::WHO
            .iter()
            .map(|r| Choice {
                value: r.as_str().to_owned(),
                label: words::role(&tr, r.as_str()),
                selected: false,
            })
            .collect(),
        may_work: v.may_work && !v.case.closed,
        next: v
            .next
            .iter()
            .map(|s| Choice {
                value: s.clone(),
                label: words::step(&tr, s),
                selected: *s == x.advance.to,
            })
            .collect(),
        today: today.to_string(),
        may_reveal: !trainee && app::cases::identity::may_read(&actor),
        readiness: app::courses::readiness(&state.db, &who, &v.case.id)
            .await
            .ok()
            .map(|r| crate::pages::courses::readiness::ReadinessView::new(ctx, &r)),
        errors: FormErrors::new(ctx, &x.errors),
        x,
        trainee,
    })
}

/// Renders the case page with `status`.
pub async fn respond(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    x: Extras,
) -> Result<Response, AppError> {
    html_status(status, &page(state, ctx, id, x).await?)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    respond(&state, &ctx, &id, StatusCode::OK, Extras::default()).await
}
