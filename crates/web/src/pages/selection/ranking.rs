//! A call's ranking: applications by their weighted total, with their staged decision and
//! the buttons that stage one (published for the whole call on `/calls/{id}/decisions`).
//! The whole call is ranked (a rank depends on every other application) but a page of
//! [`PER_PAGE`] rows is shown: a call of a thousand applications was a 288 KB page, each
//! row a form, rendered and compressed on every visit.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::Permission;

use super::total_text;
use crate::pages::candidates::view::{country_name, status_label};
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};
use i18n::FluentArg;
use serde::Deserialize;

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
    /// This page's address, where a decision staged from it comes back to.
    here: String,
    prev: Option<String>,
    next: Option<String>,
    page_of: String,
}

/// Rows a page shows.
const PER_PAGE: usize = 100;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RankingQuery {
    /// From 1; past the last page shows the last.
    page: usize,
}

/// The address of page `n` of a call's ranking (the first has no query).
fn page_link(call_id: &str, n: usize) -> String {
    if n <= 1 {
        format!("/calls/{call_id}/ranking")
    } else {
        format!("/calls/{call_id}/ranking?page={n}")
    }
}

/// `GET /calls/{id}/ranking`: the assessed applications of a call the reader reaches, best
/// first (see `domain::selection::compare`), with the decisions their status allows.
pub async fn ranking(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Query(q): Query<RankingQuery>,
) -> Result<Response, AppError> {
    let a = &granted.authed;
    let identity = a.actor.sees_candidate_identity();
    let now = state.clock.now();
    let ranking = state
        .rankings
        .ranking(&state.db, &a.actor, granted.scope, &id, now)
        .await?;
    let tr = ctx.tr();
    let (call, criteria, staged) = (&ranking.call, &ranking.criteria, &ranking.staged);
    let pages = ranking.rows.len().div_ceil(PER_PAGE).max(1);
    let page_no = q.page.clamp(1, pages);
    let first = (page_no - 1) * PER_PAGE;
    let can_decide = a.actor.can(Permission::ScreenCandidates);
    let rows = ranking
        .rows
        .iter()
        .enumerate()
        .skip(first)
        .take(PER_PAGE)
        .map(|(i, r)| {
            let c = &r.application;
            RankRow {
                rank: i + 1,
                name: if identity {
                    format!("{} {}", c.family_name, c.given_names)
                } else {
                    crate::pages::candidates::anonymous(&ctx, &c.id)
                },
                country: country_name(&tr, c.residence_country.as_ref().map_or("", |c| c.as_str())),
                status: status_label(&tr, c.status.as_str()),
                total: total_text(&tr, r.assessment.total_tenths),
                complete: r.assessment.complete(),
                assessors: r.assessment.assessors,
                interview: r.interview,
                staged: staged
                    .get(&c.id)
                    .map(|s| (s.decision.as_str(), status_label(&tr, s.decision.as_str()))),
                decisions: if can_decide {
                    domain::decision::stageable(c.status)
                        .iter()
                        .map(|s| Decision {
                            value: s.as_str(),
                            label: status_label(&tr, s.as_str()),
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                id: c.id.clone(),
            }
        })
        .collect();
    html(&RankingPage {
        page: Page::titled(&ctx, tr.t1("ranking-title", "call", &call.title)),
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
        unassessed: ranking.unassessed,
        can_decide,
        can_manage: a.actor.can(Permission::ManageCalls),
        staged_total: staged.len(),
        here: page_link(&call.id, page_no),
        prev: (page_no > 1).then(|| page_link(&call.id, page_no - 1)),
        next: (page_no < pages).then(|| page_link(&call.id, page_no + 1)),
        page_of: tr.t_with(
            "page-of",
            &[
                ("page", FluentArg::Num(page_no as i64)),
                ("pages", FluentArg::Num(pages as i64)),
            ],
        ),
        call_id: call.id.clone(),
    })
}
