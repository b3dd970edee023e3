//! Comparing two runs of a call, and approving one into placements.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::{RunRow, names, run_row};
use crate::flash::{self, Flash};
use crate::pages::confirm;
use crate::render::{Page, html};
use crate::{AppError, AppState, Ctx, Granted};
use app::matching_problem::decode;

/// A pair found by one of two compared runs only: candidate and position names.
struct PairLabel {
    candidate: String,
    /// "title — company".
    position: String,
}

/// Approving proposes every pair to its company, which cannot be taken back: it is
/// confirmed first, on a page saying how many candidates will be proposed.
pub async fn approve_run(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(f): Form<confirm::OnlyConfirmation>,
) -> Result<Response, AppError> {
    if !f.given() {
        let scope = ctx.scope_for(domain::Permission::ManageMatching)?;
        let run_id = id.clone();
        let pairs = state
            .db
            .read(move |c| {
                let run = db::matching::find_run(c, &run_id)?;
                db::calls::find(c, &scope, &run.call_id)?;
                Ok(decode(&run).map_or(0, |(_, s)| s.pairs.len()))
            })
            .await?;
        let tr = ctx.tr();
        return confirm::page(
            &ctx,
            confirm::Confirm {
                title: tr.t("matching-approve-question"),
                lines: vec![tr.tn(
                    "matching-approve-count",
                    "count",
                    i64::try_from(pairs).unwrap_or(0),
                )],
                warnings: vec![tr.t("matching-approve-final")],
                action: format!("/matching-runs/{id}/approve"),
                hidden: Vec::new(),
                reason: None,
                confirm: tr.t("action-approve-run"),
                cancel: format!("/matching-runs/{id}"),
                danger: false,
                name: "approve-run",
            },
        );
    }
    let who = ctx.acting()?;
    let run = domain::ids::RunId::new(id);
    let count = app::matching_problem::approve_run(&state.db, &*state.clock, &who, &run).await?;
    Ok(flash::redirect(
        &format!("/placements?proposed={count}"),
        Flash::counted("flash-run-approved", i64::try_from(count).unwrap_or(0)),
    ))
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
            let (cands, pos, _) = names(c, &ra.call_id)?;
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
    let row = |r: &db::matching::Run| run_row(&tr, &r.summary());
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
