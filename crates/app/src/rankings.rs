//! Stated preferences for stable matching: a company ranks the shortlisted candidates who
//! qualify for one of its positions, a shortlisted candidate ranks the open positions of
//! their programme. What may be ranked is read again in the transaction that stores the
//! ranking, so a list cannot name someone outside it.

use db::candidates::{Candidate, Profile};
use db::matching::Side;
use domain::ids::{CandidateId, PositionId};
use domain::permission::Scope;
use domain::{Invalid, Permission};

use crate::matching_problem::{Settings, build, load_inputs};
use crate::{Acting, AppResult, Clock};

/// The highest rank one may give.
const RANK_MAX: i32 = 999;

/// The call whose shortlist a programme's positions are matched with: the latest one.
pub fn current_call(conn: &mut db::DbConn, programme_id: &str) -> db::DbResult<db::calls::Call> {
    let mut calls = db::calls::list(conn, &Scope::Programmes(vec![programme_id.to_owned()]))?;
    calls.sort_by_key(|c| std::cmp::Reverse(c.opens_on));
    calls.into_iter().next().ok_or(db::DbError::NotFound)
}

/// A shortlisted candidate a position may rank, with their number in the shortlist (from
/// 1), by which the company knows them: it sees no names.
pub struct Rankable {
    pub number: usize,
    pub candidate: Candidate,
    pub profile: Option<Profile>,
}

/// What a position within reach may rank: the current call and the shortlisted candidates
/// who meet the position's hard requirements.
pub struct CompanyChoices {
    pub call_id: String,
    pub position_id: String,
    pub candidates: Vec<Rankable>,
}

pub fn company_choices(
    conn: &mut db::DbConn,
    scope: &Scope,
    position: &PositionId,
) -> db::DbResult<CompanyChoices> {
    let position = db::positions::find(conn, scope, position.as_str())?.position;
    let call = current_call(conn, &position.programme_id)?;
    let (_, inputs) = load_inputs(conn, &Scope::All, &call.id)?;
    let problem = build(&inputs, &Settings::default());
    let target = problem.positions.iter().find(|p| p.id == position.id);
    let mut candidates = Vec::new();
    for (n, (c, profile)) in inputs.candidates.into_iter().enumerate() {
        let Some(mc) = problem.candidates.iter().find(|x| x.id == c.id) else {
            continue;
        };
        if target
            .is_none_or(|t| matching::score::check_hard(mc, t, problem.start_delay_days).is_err())
        {
            continue;
        }
        candidates.push(Rankable {
            number: n + 1,
            candidate: c,
            profile,
        });
    }
    Ok(CompanyChoices {
        call_id: call.id,
        position_id: position.id,
        candidates,
    })
}

/// What a candidate may rank: their own application, if shortlisted, and the open
/// positions of its programme.
pub fn candidate_choices(
    conn: &mut db::DbConn,
    user_id: &str,
    candidate: &CandidateId,
) -> db::DbResult<(Candidate, Vec<db::positions::Listed>)> {
    let me = db::candidates::find(conn, &Scope::OwnAccount, user_id, candidate.as_str())?;
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
    Ok((me, positions))
}

/// A ranking's rule: whole numbers from 1 to [`RANK_MAX`], each used once.
pub fn check(ranked: &[(String, i32)]) -> Result<(), Invalid> {
    for (i, (_, rank)) in ranked.iter().enumerate() {
        if !(1..=RANK_MAX).contains(rank) {
            return Err(Invalid::new("rank", "error-ranking-number"));
        }
        if ranked[..i].iter().any(|(_, r)| r == rank) {
            return Err(Invalid::new("rank", "error-ranking-repeated"));
        }
    }
    Ok(())
}

/// Replaces a position's ranking of candidates (`ranked` holds candidate ids and ranks).
/// A candidate it may not rank is refused as an unknown reference (`Invalid` on `rank`).
pub async fn rank_candidates(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    position: &PositionId,
    ranked: Vec<(String, i32)>,
) -> AppResult<()> {
    let s = who.scope(Permission::EditPositions)?;
    check(&ranked)?;
    let position = position.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let choices = company_choices(tx.conn, &s, &position)?;
        let allowed = |id: &String| choices.candidates.iter().any(|r| &r.candidate.id == id);
        if !ranked.iter().all(|(id, _)| allowed(id)) {
            return Err(crate::reach::unknown("rank"));
        }
        Ok(db::matching::set_rankings(
            tx,
            &choices.call_id,
            Side::Company,
            &choices.position_id,
            &ranked,
        )?)
    })
    .await
}

/// Replaces a shortlisted candidate's own ranking of positions (`ranked` holds position
/// ids and ranks). A position they may not rank is refused as an unknown reference.
pub async fn rank_positions(
    db: &db::Database,
    clock: &dyn Clock,
    who: &Acting,
    candidate: &CandidateId,
    ranked: Vec<(String, i32)>,
) -> AppResult<()> {
    check(&ranked)?;
    let user_id = who.actor.user_id.clone();
    let candidate = candidate.clone();
    db.write_at(who.origin.clone(), clock.now(), move |tx| {
        let (me, positions) = candidate_choices(tx.conn, &user_id, &candidate)?;
        let allowed = |id: &String| positions.iter().any(|l| &l.position.id == id);
        if !ranked.iter().all(|(id, _)| allowed(id)) {
            return Err(crate::reach::unknown("rank"));
        }
        Ok(db::matching::set_rankings(
            tx,
            &me.call_id,
            Side::Candidate,
            &me.id,
            &ranked,
        )?)
    })
    .await
}
