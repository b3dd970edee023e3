//! The settings form of a call's matching (weights, quotas, method), running it, and the
//! coordinator's locks and forbids. The form is read by `Settings::from_form` (app): a
//! refused value comes back 422 with its field marked and nothing run.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Permission;
use domain::ids::{CallId, CandidateId, PositionId};
use matching::Method;
use serde::Deserialize;

use super::{RunRow, run, run_row};
use crate::pages::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};
use app::matching_problem::settings::{COMPONENTS, weight_of};
use app::matching_problem::{Failure, Settings, overview, run_detached};
use app::matching_runs::PairConstraint;
use i18n::FluentArg;

pub struct Quota {
    /// The field's key (a country code or a city).
    pub name: String,
    /// What the person reads: the country's name in their language, or the city.
    pub label: String,
    /// The maximum and the minimum as typed last time ("" for none).
    pub value: String,
    pub min: String,
}

/// One scoring component's weight as the settings form shows it.
struct Weight {
    /// The component's name in the form field (`w_<name>`).
    name: &'static str,
    label: String,
    value: String,
}

#[derive(Template)]
#[template(path = "matching/index.html")]
struct IndexPage {
    page: Page,
    call: db::calls::Call,
    summary: String,
    weights: Vec<Weight>,
    stable: bool,
    spread: bool,
    countries: Vec<Quota>,
    cities: Vec<Quota>,
    runs: Vec<RunRow>,
    error: Option<String>,
    /// The field refused ("" for none), marked `aria-invalid`.
    invalid: String,
    /// What binds when no assignment exists: (kind, text).
    binding: Vec<(&'static str, String)>,
}

/// What a refused form or a failed run brings back to the settings page.
#[derive(Default)]
struct Retry {
    error: Option<String>,
    invalid: String,
    binding: Vec<(&'static str, String)>,
    /// The values as typed, shown again instead of the last run's.
    typed: HashMap<String, String>,
}

async fn index_page(
    state: &AppState,
    ctx: &Ctx,
    call_id: String,
    retry: Retry,
) -> Result<IndexPage, AppError> {
    let s = ctx.scope_for(Permission::ManageMatching)?;
    let (call, o) = state.db.read(move |c| overview(c, &s, &call_id)).await?;
    let tr = ctx.tr();
    let last = o.last;
    let mut countries: Vec<String> = o
        .shortlisted
        .iter()
        .map(|c| c.residence_country.clone())
        .collect();
    countries.sort();
    countries.dedup();
    let mut cities: Vec<String> = o
        .positions
        .iter()
        .map(|l| l.position.city.clone())
        .collect();
    cities.sort();
    cities.dedup();
    let open_places = o
        .positions
        .iter()
        .map(|l| i64::from(l.position.places))
        .sum::<i64>();
    Ok(IndexPage {
        page: Page::titled(ctx, tr.t1("matching-title", "call", &call.title)),
        summary: tr.t_with(
            "matching-summary",
            &[
                ("candidates", FluentArg::Num(o.shortlisted.len() as i64)),
                ("placed", FluentArg::Num(o.placed)),
                ("places", FluentArg::Num(open_places)),
            ],
        ),
        weights: COMPONENTS
            .iter()
            .map(|n| Weight {
                name: n,
                label: tr.t(&format!("component-{n}")),
                value: retry
                    .typed
                    .get(&format!("w_{n}"))
                    .cloned()
                    .unwrap_or_else(|| weight_of(&last.weights, n).to_string()),
            })
            .collect(),
        stable: last.method == Method::Stable,
        spread: last.spread,
        countries: countries
            .into_iter()
            .map(|c| Quota {
                value: shown(&retry, "country_", &c, &last.country_max),
                min: shown(&retry, "countrymin_", &c, &last.country_min),
                label: crate::pages::candidates::view::country_name(&tr, &c),
                name: c,
            })
            .collect(),
        cities: cities
            .into_iter()
            .map(|c| Quota {
                value: shown(&retry, "city_", &c, &last.city_max),
                min: shown(&retry, "citymin_", &c, &last.city_min),
                label: c.clone(),
                name: c,
            })
            .collect(),
        runs: o.runs.iter().map(|r| run_row(&tr, r)).collect(),
        call,
        error: retry.error,
        invalid: retry.invalid,
        binding: retry.binding,
    })
}

/// A quota's value in the form: as typed when the form came back, else the last run's.
fn shown(
    retry: &Retry,
    prefix: &str,
    name: &str,
    last: &std::collections::BTreeMap<String, u32>,
) -> String {
    match retry.typed.get(&format!("{prefix}{name}")) {
        Some(v) => v.clone(),
        None => last.get(name).map(u32::to_string).unwrap_or_default(),
    }
}

pub async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<String>,
) -> Result<Response, AppError> {
    html(&index_page(&state, &ctx, call_id, Retry::default()).await?)
}

pub async fn create_run(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(call_id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let tr = ctx.tr();
    let settings = match Settings::from_form(&form) {
        Ok(settings) => settings,
        Err(e) => {
            let retry = Retry {
                error: Some(tr.t(e.key)),
                invalid: e.field,
                binding: Vec::new(),
                typed: form,
            };
            let page = index_page(&state, &ctx, call_id, retry).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let outcome = run_detached(&state.db, ctx.origin(), s, call_id.clone(), settings).await?;
    match outcome {
        Ok(id) => Ok(see_other(&format!("/matching-runs/{id}"))),
        Err(Failure { error, binding }) => {
            let msg = match &error {
                matching::Error::Infeasible(_) => tr.t("error-matching-infeasible"),
                matching::Error::Limit(_) => tr.t("error-matching-limit"),
                matching::Error::BadInput(reason) => {
                    tr.t1("error-matching-failed", "reason", reason)
                }
            };
            let retry = Retry {
                error: Some(msg),
                binding: binding
                    .iter()
                    .map(|w| (w.kind(), run::failure_text(&tr, w)))
                    .collect(),
                typed: form,
                ..Default::default()
            };
            html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &index_page(&state, &ctx, call_id, retry).await?,
            )
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConstraintForm {
    candidate: String,
    position: String,
    kind: String,
    back: String,
}

/// Locks, forbids or releases a pair, then re-runs with the same settings.
pub async fn constrain(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<String>,
    Form(f): Form<ConstraintForm>,
) -> Result<Response, AppError> {
    let kind = match f.kind.as_str() {
        "lock" => Some(PairConstraint::Lock),
        "forbid" => Some(PairConstraint::Forbid),
        "clear" => None,
        _ => return Err(AppError::BadRequest("error-matching-constraint")),
    };
    let who = ctx.acting()?;
    app::matching_runs::constrain(
        &state.db,
        &*state.clock,
        &who,
        &CallId::new(call_id),
        &CandidateId::new(f.candidate.clone()),
        &PositionId::new(f.position.clone()),
        kind,
    )
    .await?;
    let back = crate::pages::safe_next(Some(&f.back));
    Ok(see_other(if back == "/" { "/" } else { &back }))
}
