//! Stated preferences for stable matching: a company ranks the shortlisted candidates who
//! qualify for one of its positions (shown without names, as the matching will show them),
//! and a shortlisted candidate ranks the open positions.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use db::matching::Side;
use domain::permission::Scope;

use super::see_other;
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};
use app::matching_problem::{Settings, build, load_inputs};

pub struct Item {
    pub id: String,
    pub label: String,
    pub detail: String,
    pub rank: String,
}

#[derive(Template)]
#[template(path = "rankings/form.html")]
struct RankingPage {
    page: Page,
    intro: String,
    action: String,
    items: Vec<Item>,
    error: Option<String>,
}

fn ranking_page(
    ctx: &Ctx,
    side: Side,
    action: String,
    items: Vec<Item>,
    error: Option<&str>,
) -> RankingPage {
    let tr = ctx.tr();
    let (title, intro) = match side {
        Side::Company => ("ranking-company-title", tr.t("ranking-company-intro")),
        Side::Candidate => ("ranking-candidate-title", tr.t("ranking-candidate-intro")),
    };
    RankingPage {
        page: Page::new(ctx, title),
        intro,
        action,
        items,
        error: error.map(|k| tr.t(k)),
    }
}

/// The call whose shortlist a programme's positions are matched with: the latest one.
fn current_call(conn: &mut db::DbConn, programme_id: &str) -> Result<db::calls::Call, db::DbError> {
    let mut calls = db::calls::list(conn, &Scope::Programmes(vec![programme_id.to_owned()]))?;
    calls.sort_by_key(|c| std::cmp::Reverse(c.opens_on));
    calls.into_iter().next().ok_or(db::DbError::NotFound)
}

/// Reads `rank_<id>` fields: whole numbers from 1, each used once; empty means unranked.
fn parse_ranks(
    form: &HashMap<String, String>,
    ids: &[String],
) -> Result<Vec<(String, i32)>, &'static str> {
    let mut out: Vec<(String, i32)> = Vec::new();
    for id in ids {
        let Some(v) = form
            .get(&format!("rank_{id}"))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
        else {
            continue;
        };
        let rank = v
            .parse::<i32>()
            .ok()
            .filter(|r| (1..=999).contains(r))
            .ok_or("error-ranking-number")?;
        if out.iter().any(|(_, r)| *r == rank) {
            return Err("error-ranking-repeated");
        }
        out.push((id.clone(), rank));
    }
    Ok(out)
}

struct CompanyView {
    call_id: String,
    items: Vec<Item>,
}

fn company_view(
    conn: &mut db::DbConn,
    scope: &Scope,
    position_id: &str,
) -> Result<CompanyView, db::DbError> {
    let position = db::positions::find(conn, scope, position_id)?.position;
    let call = current_call(conn, &position.programme_id)?;
    let (_, inputs) = load_inputs(conn, &Scope::All, &call.id)?;
    let problem = build(&inputs, &Settings::default());
    let ranks = db::matching::rankings(conn, &call.id)?;
    let target = problem
        .positions
        .iter()
        .find(|p| p.id == position.id)
        .cloned();
    let italian = ["", "A1", "A2", "B1", "B2", "C1", "C2"];
    let mut items = Vec::new();
    for (n, (c, profile)) in inputs.candidates.iter().enumerate() {
        let Some(mc) = problem.candidates.iter().find(|x| x.id == c.id) else {
            continue;
        };
        if target
            .as_ref()
            .is_none_or(|t| matching::score::check_hard(mc, t, problem.start_delay_days).is_err())
        {
            continue;
        }
        let rank = ranks
            .iter()
            .find(|r| r.side == "company" && r.position_id == position.id && r.candidate_id == c.id)
            .map(|r| r.rank.to_string())
            .unwrap_or_default();
        let (studies, experience) = profile
            .as_ref()
            .map(|p| {
                (
                    format!("{} — {}", p.qualification_title, p.field_of_study),
                    p.experience.clone(),
                )
            })
            .unwrap_or_default();
        items.push(Item {
            id: c.id.clone(),
            label: format!("#{}", n + 1),
            detail: format!(
                "{studies} · Italiano {} · {}",
                italian
                    .get(usize::try_from(c.italian_rank).unwrap_or(0))
                    .copied()
                    .unwrap_or(""),
                experience.lines().next().unwrap_or("")
            ),
            rank,
        });
    }
    Ok(CompanyView {
        call_id: call.id,
        items,
    })
}

pub async fn company_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let pid = id.clone();
    let view = state.db.read(move |c| company_view(c, &s, &pid)).await?;
    html(&ranking_page(
        &ctx,
        Side::Company,
        format!("/positions/{id}/ranking"),
        view.items,
        None,
    ))
}

pub async fn company_save(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let pid = id.clone();
    let view = state.db.read(move |c| company_view(c, &s, &pid)).await?;
    let ids: Vec<String> = view.items.iter().map(|i| i.id.clone()).collect();
    let ranked = match parse_ranks(&form, &ids) {
        Ok(r) => r,
        Err(key) => {
            let page = ranking_page(
                &ctx,
                Side::Company,
                format!("/positions/{id}/ranking"),
                view.items,
                Some(key),
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let pid = id.clone();
    state
        .db
        .write(ctx.origin(), move |tx| {
            db::matching::set_rankings(tx, &view.call_id, Side::Company, &pid, &ranked)
        })
        .await?;
    Ok(see_other(&format!("/positions/{id}")))
}

struct CandidateView {
    call_id: String,
    items: Vec<Item>,
}

fn candidate_view(
    conn: &mut db::DbConn,
    user_id: &str,
    id: &str,
    tr: i18n::Tr,
) -> Result<CandidateView, db::DbError> {
    let me = db::candidates::find(conn, &Scope::OwnAccount, user_id, id)?;
    if me.status != domain::candidate::Status::Shortlisted {
        return Err(db::DbError::NotFound);
    }
    let open = db::positions::Filter {
        company_id: None,
        status: Some(domain::position::PositionStatus::Open),
    };
    let positions = db::positions::list(
        conn,
        &Scope::Programmes(vec![me.programme_id.clone()]),
        &open,
    )?;
    let ranks = db::matching::rankings(conn, &me.call_id)?;
    let items = positions
        .into_iter()
        .map(|l| Item {
            rank: ranks
                .iter()
                .find(|r| {
                    r.side == "candidate"
                        && r.candidate_id == me.id
                        && r.position_id == l.position.id
                })
                .map(|r| r.rank.to_string())
                .unwrap_or_default(),
            label: format!("{} — {}", l.position.title, l.company_name),
            detail: format!(
                "{} · {} · {}",
                l.position.city,
                tr.date(&l.position.starts_on),
                tr.money(&l.position.allowance_cents, "EUR")
            ),
            id: l.position.id,
        })
        .collect();
    Ok(CandidateView {
        call_id: me.call_id,
        items,
    })
}

pub async fn candidate_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = ctx.authed()?.user.id.clone();
    let tr = ctx.tr();
    let cid = id.clone();
    let view = state
        .db
        .read(move |c| candidate_view(c, &user, &cid, tr))
        .await?;
    html(&ranking_page(
        &ctx,
        Side::Candidate,
        format!("/applications/{id}/ranking"),
        view.items,
        None,
    ))
}

pub async fn candidate_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let user = ctx.authed()?.user.id.clone();
    let tr = ctx.tr();
    let cid = id.clone();
    let view = state
        .db
        .read(move |c| candidate_view(c, &user, &cid, tr))
        .await?;
    let ids: Vec<String> = view.items.iter().map(|i| i.id.clone()).collect();
    let ranked = match parse_ranks(&form, &ids) {
        Ok(r) => r,
        Err(key) => {
            let page = ranking_page(
                &ctx,
                Side::Candidate,
                format!("/applications/{id}/ranking"),
                view.items,
                Some(key),
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let cid = id.clone();
    state
        .db
        .write(ctx.origin(), move |tx| {
            db::matching::set_rankings(tx, &view.call_id, Side::Candidate, &cid, &ranked)
        })
        .await?;
    Ok(see_other(&format!("/applications/{id}")))
}

#[cfg(test)]
mod tests {
    use super::parse_ranks;

    #[test]
    fn ranks_are_whole_numbers_each_used_once() {
        let ids = vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let form = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        assert_eq!(
            parse_ranks(
                &form(&[("rank_a", "2"), ("rank_b", " 1 "), ("rank_c", "")]),
                &ids
            ),
            Ok(vec![("a".into(), 2), ("b".into(), 1)])
        );
        assert_eq!(
            parse_ranks(&form(&[("rank_a", "1"), ("rank_b", "1")]), &ids),
            Err("error-ranking-repeated")
        );
        assert_eq!(
            parse_ranks(&form(&[("rank_a", "0")]), &ids),
            Err("error-ranking-number")
        );
        assert_eq!(
            parse_ranks(&form(&[("rank_zzz", "1")]), &ids),
            Ok(vec![]),
            "unknown ids are ignored"
        );
    }
}
