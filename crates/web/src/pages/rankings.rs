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
use domain::ids::{CandidateId, PositionId};
use domain::permission::Scope;

use super::localized::Localized;
use crate::flash::{self, Flash};
use crate::render::{Page, html, html_status};
use crate::{AppError, AppState, Ctx, Granted};
use domain::content::{Field, Kind};

pub struct Item {
    pub id: String,
    /// A position's title in the reader's language (the candidate's side).
    pub title: Option<Localized>,
    /// What the candidate reads of the position, in their language.
    pub description: Option<Localized>,
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

/// Reads `rank_<id>` fields: whole numbers, under the rule of [`app::rankings::check`];
/// empty means unranked.
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
        let rank = v.parse::<i32>().map_err(|_| "error-ranking-number")?;
        out.push((id.clone(), rank));
    }
    app::rankings::check(&out).map_err(|e| e.key)?;
    Ok(out)
}

fn company_items(
    conn: &mut db::DbConn,
    scope: &Scope,
    position: &PositionId,
) -> Result<Vec<Item>, db::DbError> {
    let choices = app::rankings::company_choices(conn, scope, position)?;
    let ranks = db::matching::rankings(conn, &choices.call_id)?;
    let italian = ["", "A1", "A2", "B1", "B2", "C1", "C2"];
    let items = choices
        .candidates
        .into_iter()
        .map(|r| {
            let c = r.candidate;
            let rank = ranks
                .iter()
                .find(|k| {
                    k.side == "company"
                        && k.position_id == choices.position_id
                        && k.candidate_id == c.id
                })
                .map(|k| k.rank.to_string())
                .unwrap_or_default();
            let (studies, experience) = r
                .profile
                .as_ref()
                .map(|p| {
                    (
                        format!("{} — {}", p.qualification_title, p.field_of_study),
                        p.experience.clone(),
                    )
                })
                .unwrap_or_default();
            Item {
                detail: format!(
                    "{studies} · Italiano {} · {}",
                    italian
                        .get(usize::try_from(c.italian_rank).unwrap_or(0))
                        .copied()
                        .unwrap_or(""),
                    experience.lines().next().unwrap_or("")
                ),
                id: c.id,
                title: None,
                description: None,
                label: format!("#{}", r.number),
                rank,
            }
        })
        .collect();
    Ok(items)
}

pub async fn company_form(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let position = PositionId::new(id.clone());
    let items = state
        .db
        .read(move |c| company_items(c, &s, &position))
        .await?;
    html(&ranking_page(
        &ctx,
        Side::Company,
        format!("/positions/{id}/ranking"),
        items,
        None,
    ))
}

/// What a ranking form's answer became: stored, or refused with the message's key.
async fn refused_or_stored(
    parsed: Result<Vec<(String, i32)>, &'static str>,
    store: impl AsyncFnOnce(Vec<(String, i32)>) -> app::AppResult<()>,
) -> Result<Option<&'static str>, AppError> {
    let ranked = match parsed {
        Ok(r) => r,
        Err(key) => return Ok(Some(key)),
    };
    match store(ranked).await {
        Ok(()) => Ok(None),
        Err(app::Error::Invalid(e)) => Ok(Some(e.key)),
        Err(e) => Err(e.into()),
    }
}

pub async fn company_save(
    State(state): State<AppState>,
    ctx: Ctx,
    granted: Granted,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let s = granted.scope;
    let position = PositionId::new(id.clone());
    let p = position.clone();
    let items = state.db.read(move |c| company_items(c, &s, &p)).await?;
    let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
    let who = ctx.acting()?;
    let refused = refused_or_stored(parse_ranks(&form, &ids), async |ranked| {
        app::rankings::rank_candidates(&state.db, &*state.clock, &who, &position, ranked).await
    })
    .await?;
    let Some(key) = refused else {
        return Ok(flash::redirect(
            &format!("/positions/{id}"),
            Flash::new("flash-ranking-saved"),
        ));
    };
    let page = ranking_page(
        &ctx,
        Side::Company,
        format!("/positions/{id}/ranking"),
        items,
        Some(key),
    );
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

fn candidate_items(
    conn: &mut db::DbConn,
    user_id: &str,
    candidate: &CandidateId,
    tr: i18n::Tr,
) -> Result<Vec<Item>, db::DbError> {
    let (me, positions) = app::rankings::candidate_choices(conn, user_id, candidate)?;
    let ranks = db::matching::rankings(conn, &me.call_id)?;
    let ids = positions.iter().map(|l| l.position.id.clone());
    let texts = super::localized::versions(conn, Kind::Position, ids, tr.locale)?;
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
            title: Some(Localized::pick(
                &tr,
                &texts,
                &l.position.id,
                Field::Title,
                &l.position.title,
                l.position.lang,
            )),
            description: Some(Localized::pick(
                &tr,
                &texts,
                &l.position.id,
                Field::Description,
                &l.position.description,
                l.position.lang,
            ))
            .filter(|d| !d.is_empty()),
            label: l.company_name,
            detail: format!(
                "{} · {} · {}",
                l.position.city,
                tr.date(&l.position.starts_on),
                tr.money(&l.position.allowance_cents, "EUR")
            ),
            id: l.position.id,
        })
        .collect();
    Ok(items)
}

pub async fn candidate_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = ctx.authed()?.user.id.clone();
    let tr = ctx.tr();
    let candidate = CandidateId::new(id.clone());
    let items = state
        .db
        .read(move |c| candidate_items(c, &user, &candidate, tr))
        .await?;
    html(&ranking_page(
        &ctx,
        Side::Candidate,
        format!("/applications/{id}/ranking"),
        items,
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
    let candidate = CandidateId::new(id.clone());
    let c = candidate.clone();
    let items = state
        .db
        .read(move |conn| candidate_items(conn, &user, &c, tr))
        .await?;
    let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
    let who = ctx.acting()?;
    let refused = refused_or_stored(parse_ranks(&form, &ids), async |ranked| {
        app::rankings::rank_positions(&state.db, &*state.clock, &who, &candidate, ranked).await
    })
    .await?;
    let Some(key) = refused else {
        return Ok(flash::redirect(
            &format!("/applications/{id}"),
            Flash::new("flash-ranking-saved"),
        ));
    };
    let page = ranking_page(
        &ctx,
        Side::Candidate,
        format!("/applications/{id}/ranking"),
        items,
        Some(key),
    );
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
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
