//! A call's ranking: applications by their weighted total, with their staged decision and
//! the buttons that stage one (published for the whole call on `/calls/{id}/decisions`).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::Permission;
use domain::selection::{self, assess};

use super::total_text;
use crate::pages::candidates::view::{country_name, status_label};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};
use i18n::FluentArg;

pub struct Decision {
    pub value: &'static str,
    pub label: String,
}

pub struct RankRow {
    pub rank: usize,
    pub id: String,
    pub name: String,
    pub country: String,
    pub status: String,
    pub total: String,
    pub complete: bool,
    pub assessors: usize,
    pub interview: Option<i64>,
    pub decisions: Vec<Decision>,
    /// The decision staged and not yet published (value, label).
    pub staged: Option<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "selection/ranking.html")]
struct RankingPage {
    page: Page,
    call_id: String,
    criteria: Vec<String>,
    rows: Vec<RankRow>,
    unassessed: usize,
    can_decide: bool,
    can_manage: bool,
    /// Decisions staged on the call (shown to those who publish, with the link).
    staged_total: usize,
}

/// `GET /calls/{id}/ranking`: the assessed applications of a call the reader reaches, best
/// first (see `domain::selection::compare`), with the decisions their status allows.
pub async fn ranking(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let scope = granted.scope;
    let actor_id = granted.authed.user.id.clone();
    let a = &granted.authed;
    let identity = a.actor.sees_candidate_identity();
    let (call, criteria, inputs, staged) = state
        .db
        .read(move |c| {
            let call = db::calls::find(c, &scope, &id)?;
            let criteria = db::selection::criteria(c, &call.id)?;
            let inputs = db::selection::ranking_inputs(c, &scope, &actor_id, &call.id)?;
            let ids: Vec<String> = inputs.candidates.iter().map(|c| c.id.clone()).collect();
            let staged = db::decisions::staged_of_many(c, &ids)?;
            Ok((call, criteria, inputs, staged))
        })
        .await?;
    let tr = ctx.tr();
    let domain_criteria: Vec<selection::Criterion> =
        criteria.iter().map(|k| k.to_domain()).collect();
    let mut by_id: HashMap<String, db::selection::Ranked> = HashMap::new();
    let mut entries = Vec::new();
    let mut unassessed = 0;
    for c in inputs.candidates {
        let scores = inputs.scores.get(&c.id).cloned().unwrap_or_default();
        let assessment = assess(&domain_criteria, &scores);
        if !assessment.assessed() {
            unassessed += 1;
            continue;
        }
        entries.push(selection::Entry {
            id: c.id.clone(),
            assessment,
            interview: inputs.interviews.get(&c.id).copied(),
            submitted_at: c.submitted_at,
        });
        by_id.insert(c.id.clone(), c);
    }
    selection::rank(&mut entries);
    let can_decide = a.actor.can(Permission::ScreenCandidates);
    let rows = entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let c = by_id.remove(&e.id)?;
            let status = c.status;
            Some(RankRow {
                rank: i + 1,
                name: if identity {
                    format!("{} {}", c.family_name, c.given_names)
                } else {
                    crate::pages::candidates::anonymous(&ctx, &c.id)
                },
                country: country_name(&tr, c.residence_country.as_ref().map_or("", |c| c.as_str())),
                status: status_label(&tr, c.status.as_str()),
                total: total_text(&tr, e.assessment.total_tenths),
                complete: e.assessment.complete(),
                assessors: e.assessment.assessors,
                interview: e.interview,
                staged: staged
                    .get(&c.id)
                    .map(|s| (s.decision.as_str(), status_label(&tr, s.decision.as_str()))),
                decisions: if can_decide {
                    domain::decision::stageable(status)
                        .iter()
                        .map(|s| Decision {
                            value: s.as_str(),
                            label: status_label(&tr, s.as_str()),
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                id: e.id,
            })
        })
        .collect();
    html(&RankingPage {
        page: Page::titled(&ctx, tr.t1("ranking-title", "call", &call.title)),
        call_id: call.id,
        criteria: criteria
            .iter()
            .map(|k| {
                tr.t_with(
                    "ranking-criterion",
                    &[
                        ("name", FluentArg::Str(k.name.clone())),
                        ("weight", FluentArg::Num(k.weight)),
                        ("max", FluentArg::Num(k.max_score)),
                    ],
                )
            })
            .collect(),
        rows,
        unassessed,
        can_decide,
        can_manage: a.actor.can(Permission::ManageCalls),
        staged_total: staged.len(),
    })
}
