//! Matching for a call: settings (weights, quotas, method), runs with explanations, locks
//! and forbids, comparison of two runs, approval into placements.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::Permission;
use domain::ids::{CallId, CandidateId, PositionId};
use domain::permission::Scope;
use matching::{Method, Weights};
use serde::Deserialize;

use super::see_other;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};
use app::matching_problem::{Settings, decode, load_inputs, run_detached};
use app::matching_runs::PairConstraint;
use i18n::FluentArg;

pub struct RunRow {
    pub id: String,
    pub when: String,
    pub method: String,
    pub pairs: i32,
    pub total: String,
    pub approved: bool,
}

fn run_row(tr: &i18n::Tr, r: &db::matching::Run) -> RunRow {
    RunRow {
        id: r.id.clone(),
        when: tr.date_time(&r.created_at),
        method: tr.t(&format!("method-{}", r.method)),
        pairs: r.pair_count,
        total: tr.number(&r.total_score),
        approved: r.approved_at.is_some(),
    }
}

pub struct Quota {
    pub name: String,
    /// The maximum and the minimum as typed last time ("" for none).
    pub value: String,
    pub min: String,
}

/// One scoring component's weight as the settings form shows it.
struct Weight {
    /// The component's name in the form field (`w_<name>`).
    name: &'static str,
    label: String,
    value: u32,
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
}

const WEIGHT_NAMES: [&str; 7] = [
    "occupation",
    "skills",
    "language",
    "education",
    "city",
    "sector",
    "availability",
];

fn weight_of(w: &Weights, name: &str) -> u32 {
    match name {
        "occupation" => w.occupation,
        "skills" => w.skills,
        "language" => w.language,
        "education" => w.education,
        "city" => w.city,
        "sector" => w.sector,
        _ => w.availability,
    }
}

async fn index_page(
    state: &AppState,
    ctx: &Ctx,
    call_id: String,
    error: Option<String>,
) -> Result<IndexPage, AppError> {
    let s = ctx.scope_for(Permission::ManageMatching)?;
    let (call, inputs, runs) = state
        .db
        .read(move |c| {
            let (call, inputs) = load_inputs(c, &s, &call_id)?;
            let runs = db::matching::runs_of(c, &call.id)?;
            Ok((call, inputs, runs))
        })
        .await?;
    let tr = ctx.tr();
    let last = runs
        .first()
        .and_then(|r| decode(r).ok())
        .map(|(p, _)| p.settings)
        .unwrap_or_default();
    let mut countries: Vec<String> = inputs
        .candidates
        .iter()
        .map(|(c, _)| c.residence_country.map(String::from).unwrap_or_default())
        .collect();
    countries.sort();
    countries.dedup();
    let mut cities: Vec<String> = inputs
        .positions
        .iter()
        .map(|l| l.position.city.clone())
        .collect();
    cities.sort();
    cities.dedup();
    let open_places = inputs
        .positions
        .iter()
        .map(|l| i64::from(l.position.places))
        .sum::<i64>();
    Ok(IndexPage {
        page: Page::titled(ctx, tr.t1("matching-title", "call", &call.title)),
        summary: tr.t_with(
            "matching-summary",
            &[
                ("candidates", FluentArg::Num(inputs.candidates.len() as i64)),
                ("placed", FluentArg::Num(inputs.placements.len() as i64)),
                ("places", FluentArg::Num(open_places)),
            ],
        ),
        weights: WEIGHT_NAMES
            .iter()
            .map(|n| Weight {
                name: n,
                label: tr.t(&format!("component-{n}")),
                value: weight_of(&last.weights, n),
            })
            .collect(),
        stable: last.method == Method::Stable,
        spread: last.spread,
        countries: countries
            .into_iter()
            .map(|c| Quota {
                value: last
                    .country_max
                    .get(&c)
                    .map(u32::to_string)
                    .unwrap_or_default(),
                min: last
                    .country_min
                    .get(&c)
                    .map(u32::to_string)
                    .unwrap_or_default(),
                name: c,
            })
            .collect(),
        cities: cities
            .into_iter()
            .map(|c| Quota {
                value: last
                    .city_max
                    .get(&c)
                    .map(u32::to_string)
                    .unwrap_or_default(),
                min: last
                    .city_min
                    .get(&c)
                    .map(u32::to_string)
                    .unwrap_or_default(),
                name: c,
            })
            .collect(),
        runs: runs.iter().map(|r| run_row(&tr, r)).collect(),
        call,
        error,
    })
}

pub async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<String>,
) -> Result<Response, AppError> {
    html(&index_page(&state, &ctx, call_id, None).await?)
}

fn settings_from(form: &HashMap<String, String>) -> Settings {
    let num = |k: &str| form.get(k).and_then(|v| v.trim().parse::<u32>().ok());
    let mut w = Weights::default();
    for name in WEIGHT_NAMES {
        if let Some(v) = num(&format!("w_{name}")).map(|v| v.min(1000)) {
            match name {
                "occupation" => w.occupation = v,
                "skills" => w.skills = v,
                "language" => w.language = v,
                "education" => w.education = v,
                "city" => w.city = v,
                "sector" => w.sector = v,
                _ => w.availability = v,
            }
        }
    }
    let quotas = |prefix: &str| -> BTreeMap<String, u32> {
        form.iter()
            .filter_map(|(k, v)| {
                Some((
                    k.strip_prefix(prefix)?.to_owned(),
                    v.trim().parse::<u32>().ok()?,
                ))
            })
            .collect()
    };
    Settings {
        method: if form.get("method").map(String::as_str) == Some("stable") {
            Method::Stable
        } else {
            Method::Optimal
        },
        weights: w,
        country_max: quotas("country_"),
        city_max: quotas("city_"),
        country_min: quotas("countrymin_"),
        city_min: quotas("citymin_"),
        spread: form.contains_key("spread"),
    }
}

pub async fn create_run(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(call_id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let settings = settings_from(&form);
    let outcome = run_detached(&state.db, ctx.origin(), s, call_id.clone(), settings).await?;
    match outcome {
        Ok(id) => Ok(see_other(&format!("/matching-runs/{id}"))),
        Err(failure) => {
            let tr = ctx.tr();
            let msg = match &failure {
                matching::Error::Infeasible(_) => tr.t("error-matching-infeasible"),
                matching::Error::Limit(_) => tr.t("error-matching-limit"),
                matching::Error::BadInput(reason) => {
                    tr.t1("error-matching-failed", "reason", reason)
                }
            };
            crate::render::html_status(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                &index_page(&state, &ctx, call_id, Some(msg)).await?,
            )
        }
    }
}

pub struct PairRow {
    pub candidate_id: String,
    pub candidate: String,
    pub country: String,
    pub position_id: String,
    pub position: String,
    pub company: String,
    pub city: String,
    pub score: String,
    pub rank_text: String,
    pub locked: bool,
    pub components: Vec<Component>,
    /// The candidate's other eligible positions, best first (at most five).
    pub others: Vec<Alternative>,
}

/// One scoring component of a pair: its translated name and formatted score.
pub struct Component {
    pub label: String,
    pub value: String,
}

/// A position the candidate could also have been given.
pub struct Alternative {
    pub title: String,
    /// "company, city".
    pub place: String,
    pub score: String,
}

/// A candidate the run left without a position.
struct Unassigned {
    name: String,
    /// How many positions the candidate was eligible for.
    options: usize,
}

/// A position the run left with places free.
struct Unfilled {
    /// "title — company".
    position: String,
    free_places: u32,
}

/// A pair found by one of two compared runs only: candidate and position names.
struct PairLabel {
    candidate: String,
    /// "title — company".
    position: String,
}

#[derive(Template)]
#[template(path = "matching/run.html")]
struct RunPage {
    page: Page,
    run: db::matching::Run,
    call_id: String,
    summary: String,
    pairs: Vec<PairRow>,
    unassigned: Vec<Unassigned>,
    unfilled: Vec<Unfilled>,
    is_latest: bool,
    others: Vec<RunRow>,
}

/// Candidate id → (name, country).
type CandidateNames = HashMap<String, (String, String)>;
/// Position id → (title, company, city).
type PositionNames = HashMap<String, (String, String, String)>;

/// Names of candidates and positions for the pages (coordinators see identities).
fn names(
    conn: &mut db::DbConn,
    call_id: &str,
) -> Result<(CandidateNames, PositionNames), db::DbError> {
    let cands = db::matching::shortlisted(conn, call_id)?
        .into_iter()
        .map(|(c, _)| {
            (
                c.id.clone(),
                (
                    format!("{} {}", c.given_names, c.family_name),
                    c.residence_country.map(String::from).unwrap_or_default(),
                ),
            )
        })
        .collect();
    let pos = db::positions::list(conn, &Scope::All, &Default::default())?
        .into_iter()
        .map(|l| {
            (
                l.position.id.clone(),
                (
                    l.position.title.clone(),
                    l.company_name.clone(),
                    l.position.city.clone(),
                ),
            )
        })
        .collect();
    Ok((cands, pos))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let (run, cands, pos, runs) = state
        .db
        .read(move |c| {
            let run = db::matching::find_run(c, &id)?;
            db::calls::find(c, &s, &run.call_id)?;
            let (cands, pos) = names(c, &run.call_id)?;
            let runs = db::matching::runs_of(c, &run.call_id)?;
            Ok((run, cands, pos, runs))
        })
        .await?;
    let (stored, solution) = decode(&run).map_err(AppError::Internal)?;
    let tr = ctx.tr();
    let problem = &stored.problem;
    let pair_of = |c: &str, p: &str| {
        problem
            .pairs
            .as_ref()
            .and_then(|ps| ps.iter().find(|f| f.candidate == c && f.position == p))
    };
    let unknown = || (String::new(), String::new(), String::new());
    let pairs = solution
        .pairs
        .iter()
        .map(|p| {
            let (cand, country) = cands.get(&p.candidate).cloned().unwrap_or_default();
            let (title, company, city) = pos.get(&p.position).cloned().unwrap_or_else(unknown);
            let k = &p.components;
            let components = [
                ("occupation", k.occupation),
                ("skills", k.skills),
                ("language", k.language),
                ("education", k.education),
                ("city", k.city),
                ("sector", k.sector),
                ("availability", k.availability),
            ]
            .into_iter()
            .map(|(n, v)| Component {
                label: tr.t(&format!("component-{n}")),
                value: tr.number(&v),
            })
            .collect();
            // The candidate's other eligible options, best first: why this one was chosen.
            let mut others: Vec<(i64, String, String, String)> = Vec::new();
            if let Some(c) = problem.candidates.iter().find(|c| c.id == p.candidate) {
                for q in problem.positions.iter().filter(|q| q.id != p.position) {
                    if matching::score::check_hard(c, q, problem.start_delay_days).is_ok()
                        && !problem
                            .forbidden
                            .iter()
                            .any(|(a, b)| a == &c.id && b == &q.id)
                    {
                        let total = matching::score::components(
                            &problem.weights,
                            c,
                            q,
                            pair_of(&c.id, &q.id),
                        )
                        .total();
                        let (t, co, ci) = pos.get(&q.id).cloned().unwrap_or_else(unknown);
                        others.push((total, t, format!("{co}, {ci}"), tr.number(&total)));
                    }
                }
            }
            others.sort_by_key(|o| std::cmp::Reverse(o.0));
            PairRow {
                candidate_id: p.candidate.clone(),
                candidate: cand,
                country,
                position_id: p.position.clone(),
                position: title,
                company,
                city,
                score: tr.number(&p.score),
                rank_text: tr.t_with(
                    "matching-rank-of",
                    &[
                        ("rank", FluentArg::Num(p.rank as i64)),
                        ("count", FluentArg::Num(p.alternatives as i64)),
                    ],
                ),
                locked: p.locked,
                components,
                others: others
                    .into_iter()
                    .take(5)
                    .map(|(_, title, place, score)| Alternative {
                        title,
                        place,
                        score,
                    })
                    .collect(),
            }
        })
        .collect();
    let is_latest = runs.first().is_some_and(|r| r.id == run.id);
    html(&RunPage {
        page: Page::titled(&ctx, tr.t("matching-run-title")),
        call_id: run.call_id.clone(),
        summary: tr.t_with(
            "matching-run-summary",
            &[
                ("pairs", FluentArg::Num(solution.pairs.len() as i64)),
                ("total", FluentArg::Str(tr.number(&solution.total_score))),
            ],
        ),
        pairs,
        unassigned: solution
            .unassigned_candidates
            .iter()
            .map(|u| Unassigned {
                name: cands.get(&u.id).map(|c| c.0.clone()).unwrap_or_default(),
                options: u.eligible_options,
            })
            .collect(),
        unfilled: solution
            .unfilled_positions
            .iter()
            .map(|u| Unfilled {
                position: pos
                    .get(&u.id)
                    .map(|p| format!("{} — {}", p.0, p.1))
                    .unwrap_or_default(),
                free_places: u.free_places,
            })
            .collect(),
        is_latest,
        others: runs
            .iter()
            .filter(|r| r.id != run.id)
            .map(|r| run_row(&tr, r))
            .collect(),
        run,
    })
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
    let back = super::safe_next(Some(&f.back));
    Ok(see_other(if back == "/" { "/" } else { &back }))
}

pub async fn approve_run(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let who = ctx.acting()?;
    let run = domain::ids::RunId::new(id);
    let count = app::matching_problem::approve_run(&state.db, &*state.clock, &who, &run).await?;
    Ok(see_other(&format!("/placements?proposed={count}")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CompareQuery {
    a: String,
    b: String,
}

#[derive(Template)]
#[template(path = "matching/compare.html")]
struct ComparePage {
    page: Page,
    a: RunRow,
    b: RunRow,
    only_a: Vec<PairLabel>,
    only_b: Vec<PairLabel>,
    same: usize,
    delta: String,
}

pub async fn compare(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Query(q): Query<CompareQuery>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let (ra, rb, cands, pos) = state
        .db
        .read(move |c| {
            let ra = db::matching::find_run(c, &q.a)?;
            let rb = db::matching::find_run(c, &q.b)?;
            db::calls::find(c, &s, &ra.call_id)?;
            db::calls::find(c, &s, &rb.call_id)?;
            let (cands, pos) = names(c, &ra.call_id)?;
            Ok((ra, rb, cands, pos))
        })
        .await?;
    let (_, sa) = decode(&ra).map_err(AppError::Internal)?;
    let (_, sb) = decode(&rb).map_err(AppError::Internal)?;
    let tr = ctx.tr();
    let key = |p: &matching::MatchedPair| (p.candidate.clone(), p.position.clone());
    let set_a: Vec<(String, String)> = sa.pairs.iter().map(key).collect();
    let set_b: Vec<(String, String)> = sb.pairs.iter().map(key).collect();
    let label = |(c, p): &(String, String)| PairLabel {
        candidate: cands.get(c).map(|x| x.0.clone()).unwrap_or_default(),
        position: pos
            .get(p)
            .map(|x| format!("{} — {}", x.0, x.1))
            .unwrap_or_default(),
    };
    let row = |r: &db::matching::Run| run_row(&tr, r);
    html(&ComparePage {
        page: Page::new(&ctx, "matching-compare-title"),
        only_a: set_a
            .iter()
            .filter(|x| !set_b.contains(x))
            .map(label)
            .collect(),
        only_b: set_b
            .iter()
            .filter(|x| !set_a.contains(x))
            .map(label)
            .collect(),
        same: set_a.iter().filter(|x| set_b.contains(x)).count(),
        delta: tr.number(&(sb.total_score - sa.total_score)),
        a: row(&ra),
        b: row(&rb),
    })
}
