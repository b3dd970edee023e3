//! One run: its settings, its pairs with each score component on its scale, and for a
//! candidate below their best option (or without a place) the constraint that binds and
//! what moving them would change; the constraints that bind the run as a whole.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use i18n::FluentArg;

use super::why::{Names, binding_text, counterfactual_text, reason_text};
use super::{RunRow, names, run_row};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};
use app::matching_problem::settings::{COMPONENTS, weight_of};
use app::matching_problem::{StoredProblem, binding_groups, decode, why};

pub use super::why::failure_text;

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
    /// Why the candidate is not at their best option, when they are not.
    pub why: Option<WhyRow>,
}

/// One scoring component of a pair on its scale: its value and the most it can be
/// with the run's weights (weight × 100), so that 0 reads as "none of this".
pub struct Component {
    pub name: &'static str,
    pub label: String,
    pub value: i64,
    pub max: i64,
    /// "value of max", formatted.
    pub text: String,
}

/// The binding reason of one candidate, and the counterfactual.
pub struct WhyRow {
    /// `Why::kind`, for `data-reason`.
    pub kind: &'static str,
    pub text: String,
    pub counterfactual: String,
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
    why: Option<WhyRow>,
}

/// A constraint binding the run: `Why::kind` and its sentence.
struct Binding {
    kind: &'static str,
    text: String,
}

/// The settings that produced the run, as shown on its page.
struct Shown {
    method: String,
    spread: bool,
    /// (component label, weight).
    weights: Vec<(String, u32)>,
    /// Quotas in words ("at most 23 from TN").
    quotas: Vec<String>,
    locks: usize,
    forbids: usize,
}

/// A position the run left with places free.
struct Unfilled {
    /// "title — company".
    position: String,
    free_places: u32,
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
    binding: Vec<Binding>,
    settings: Shown,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let (run, cands, pos, companies, runs) = state
        .db
        .read(move |c| {
            let run = db::matching::find_run(c, &id)?;
            db::calls::find(c, &s, &run.call_id)?;
            let (cands, pos, companies) = names(c, &run.call_id)?;
            let runs = db::matching::run_summaries(c, &run.call_id)?;
            Ok((run, cands, pos, companies, runs))
        })
        .await?;
    let names = Names {
        candidates: &cands,
        positions: &pos,
        companies: &companies,
    };
    let (stored, solution) = decode(&run).map_err(AppError::Internal)?;
    let tr = ctx.tr();
    let eligible = matching::eligible_by_candidate(&stored.problem)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let explained: HashMap<&str, &matching::Explanation> = solution
        .explanations
        .iter()
        .map(|e| (e.candidate.as_str(), e))
        .collect();
    let unknown = || (String::new(), String::new(), String::new());
    let pairs = solution
        .pairs
        .iter()
        .map(|p| {
            let (cand, country) = cands.get(&p.candidate).cloned().unwrap_or_default();
            let (title, company, city) = pos.get(&p.position).cloned().unwrap_or_else(unknown);
            let components = scaled(&tr, &stored, &p.components);
            // The candidate's other eligible options, best first: why this one was chosen.
            let others = eligible
                .get(p.candidate.as_str())
                .into_iter()
                .flatten()
                .filter(|q| q.position != p.position)
                .take(5)
                .map(|q| {
                    let (title, company, city) =
                        pos.get(q.position).cloned().unwrap_or_else(unknown);
                    Alternative {
                        title,
                        place: format!("{company}, {city}"),
                        score: tr.number(&q.score),
                    }
                })
                .collect();
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
                others,
                why: why_row(&tr, &names, &stored, &explained, &p.candidate),
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
                why: why_row(&tr, &names, &stored, &explained, &u.id),
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
        binding: binding_groups(&stored, &solution.explanations)
            .iter()
            .map(|(w, n)| Binding {
                kind: w.kind(),
                text: binding_text(&tr, &names, w, *n),
            })
            .collect(),
        settings: shown(&tr, &stored),
        run,
    })
}

/// The components of a pair, each with its maximum under the run's weights.
fn scaled(tr: &i18n::Tr, stored: &StoredProblem, k: &matching::Components) -> Vec<Component> {
    let values = [
        k.occupation,
        k.skills,
        k.language,
        k.education,
        k.city,
        k.sector,
        k.availability,
    ];
    COMPONENTS
        .iter()
        .zip(values)
        .map(|(name, value)| {
            let max = i64::from(weight_of(&stored.problem.weights, name)) * 100;
            Component {
                name,
                label: tr.t(&format!("component-{name}")),
                value,
                max,
                text: tr.t_with(
                    "matching-component-scale",
                    &[
                        ("value", FluentArg::Str(tr.number(&value))),
                        ("max", FluentArg::Str(tr.number(&max))),
                    ],
                ),
            }
        })
        .collect()
}

/// The explanation of `candidate` in the run, if they have one.
fn why_row(
    tr: &i18n::Tr,
    names: &Names<'_>,
    stored: &StoredProblem,
    explained: &HashMap<&str, &matching::Explanation>,
    candidate: &str,
) -> Option<WhyRow> {
    let e = *explained.get(candidate)?;
    let w = why(stored, e);
    Some(WhyRow {
        kind: w.kind(),
        text: reason_text(tr, names, &w, e.best.as_deref().unwrap_or_default()),
        counterfactual: match e.best {
            Some(_) => counterfactual_text(tr, e.gain, e.total_change),
            None => String::new(),
        },
    })
}

/// The run's settings in words.
fn shown(tr: &i18n::Tr, stored: &StoredProblem) -> Shown {
    let s = &stored.settings;
    let mut quotas = Vec::new();
    for (key, map) in [
        ("matching-quota-shown-country-max", &s.country_max),
        ("matching-quota-shown-country-min", &s.country_min),
        ("matching-quota-shown-city-max", &s.city_max),
        ("matching-quota-shown-city-min", &s.city_min),
    ] {
        for (name, n) in map {
            quotas.push(tr.t_with(
                key,
                &[
                    ("name", FluentArg::Str(name.clone())),
                    ("count", FluentArg::Num(i64::from(*n))),
                ],
            ));
        }
    }
    Shown {
        method: tr.t(match s.method {
            matching::Method::Stable => "method-stable",
            matching::Method::Optimal => "method-optimal",
        }),
        spread: s.spread,
        weights: COMPONENTS
            .iter()
            .map(|n| (tr.t(&format!("component-{n}")), weight_of(&s.weights, n)))
            .collect(),
        quotas,
        locks: stored.problem.locked.len(),
        forbids: stored.problem.forbidden.len(),
    }
}
