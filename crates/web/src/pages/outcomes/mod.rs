//! How traineeships ended and what came after (issue 14): a case's outcome with its
//! follow-ups and the form to record or correct it (`/cases/{id}/outcome`), the follow-up
//! form that opens with the previous answers (`follow_ups`), and the per-country figures of
//! DOMAIN.md §6 (`summary`). Everything goes through `app::outcomes`, which checks reach
//! and the rules; these pages ask, show and translate.

pub mod follow_ups;
pub mod summary;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Invalid;
use domain::outcome::schedule::{self, Due};
use domain::outcome::{OutcomeFields, OutcomeKind};
use serde::Deserialize;

use super::candidates::view::country_name;
use super::cases::{checked_id, today, words};
use crate::flash::{self, Flash};
use crate::pages::form_errors::FormErrors;
use crate::render::{Page, html_status};
use crate::{AppError, AppState, Ctx, Granted};

/// The countries offered in the forms: Italy, the programme's countries of origin and
/// their neighbours (any ISO code is accepted through the API).
pub(crate) const COUNTRIES: [&str; 6] = ["IT", "TN", "MA", "DZ", "EG", "LY"];

pub(crate) struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The country choices, the current one selected (kept even if not among the usual).
pub(crate) fn country_choices(tr: &i18n::Tr, current: &str) -> Vec<Choice> {
    let mut codes: Vec<String> = COUNTRIES.iter().map(|c| (*c).to_owned()).collect();
    let current = current.trim().to_ascii_uppercase();
    if !current.is_empty() && !codes.contains(&current) {
        codes.push(current.clone());
    }
    codes
        .into_iter()
        .map(|c| Choice {
            label: country_name(tr, &c),
            selected: c == current,
            value: c,
        })
        .collect()
}

/// An outcome kind in words.
pub(crate) fn kind_label(tr: &i18n::Tr, k: OutcomeKind) -> String {
    tr.t(&format!("outcome-kind-{}", k.as_str().replace('_', "-")))
}

struct Shown {
    kind: &'static str,
    kind_label: String,
    day: String,
    country: String,
    note: String,
    corrected: bool,
}

struct DueLine {
    months: i64,
    on: String,
    done: bool,
    overdue: bool,
}

#[derive(Template)]
#[template(path = "outcomes/show.html")]
struct ShowPage {
    page: Page,
    id: String,
    candidate_id: String,
    trainee: String,
    outcome: Option<Shown>,
    may_record: bool,
    may_follow_up: bool,
    kinds: Vec<Choice>,
    countries: Vec<Choice>,
    form: OutcomeFields,
    today: String,
    schedule: Vec<DueLine>,
    next_due: bool,
    errors: FormErrors,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    render(&state, &ctx, &id, StatusCode::OK, None, Vec::new()).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    status: StatusCode,
    typed: Option<OutcomeFields>,
    errors: Vec<Invalid>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let o = app::outcomes::of_case(&state.db, &who, id).await?;
    let tr = ctx.tr();
    let today = today(state);
    let form = typed.unwrap_or_else(|| match &o.outcome {
        Some(r) => OutcomeFields {
            kind: r.kind.as_str().to_owned(),
            day: r.day.to_string(),
            country: r.country.to_string(),
            note: r.note.clone(),
        },
        None => OutcomeFields {
            day: today.to_string(),
            ..Default::default()
        },
    });
    let done: Vec<i64> = o.follow_ups.iter().map(|f| f.months).collect();
    let sched: Vec<Due> = o
        .outcome
        .as_ref()
        .map(|r| schedule::schedule(r.day, &done))
        .unwrap_or_default();
    let page = ShowPage {
        page: Page::titled(
            ctx,
            tr.t1("outcome-page-title", "reference", &o.case.reference),
        ),
        id: o.case.id.clone(),
        candidate_id: o.case.candidate_id.clone(),
        trainee: format!("{} {}", o.family_name, o.given_names),
        outcome: o.outcome.as_ref().map(|r| Shown {
            kind: r.kind.as_str(),
            kind_label: kind_label(&tr, r.kind),
            day: tr.date(&r.day),
            country: country_name(&tr, r.country.as_str()),
            note: r.note.clone(),
            corrected: r.corrected(),
        }),
        may_record: o.may_record,
        may_follow_up: o.may_follow_up,
        kinds: OutcomeKind::ALL
            .into_iter()
            .map(|k| Choice {
                value: k.as_str().to_owned(),
                label: kind_label(&tr, k),
                selected: form.kind == k.as_str(),
            })
            .collect(),
        countries: country_choices(&tr, &form.country),
        today: today.to_string(),
        next_due: sched.iter().any(|d| !d.done),
        schedule: sched
            .iter()
            .map(|d| DueLine {
                months: i64::from(d.months),
                on: tr.date(&d.on),
                done: d.done,
                overdue: !d.done && d.on < today,
            })
            .collect(),
        form,
        errors: FormErrors::new(ctx, &errors),
    };
    html_status(status, &page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OutcomeForm {
    kind: String,
    day: String,
    country: String,
    note: String,
}

/// Records or corrects the outcome; a form that does not fit comes back (422) with every
/// mistake, nothing written.
pub async fn record(
    State(state): State<AppState>,
    ctx: Ctx,
    _granted: Granted,
    Path(id): Path<String>,
    Form(f): Form<OutcomeForm>,
) -> Result<Response, AppError> {
    checked_id(&id)?;
    let who = ctx.acting()?;
    let fields = OutcomeFields {
        kind: f.kind,
        day: f.day,
        country: f.country,
        note: f.note,
    };
    match app::outcomes::record(&state.db, &*state.clock, &who, &id, &fields).await {
        Ok(corrected) => Ok(flash::redirect(
            &format!("/cases/{id}/outcome"),
            Flash::new(if corrected {
                "flash-outcome-corrected"
            } else {
                "flash-outcome-recorded"
            }),
        )),
        Err(app::Error::Invalid(i)) => {
            let errors = vec![i];
            render(
                &state,
                &ctx,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(fields),
                errors,
            )
            .await
        }
        Err(app::Error::Form(all)) => {
            let errors = all.all().to_vec();
            render(
                &state,
                &ctx,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(fields),
                errors,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// A case's step in words (for the participant's page too).
pub(crate) fn step_label(tr: &i18n::Tr, step: &str) -> String {
    words::step(tr, step)
}
